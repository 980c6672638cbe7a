//! args: --lang en
// Text that is not JSON: an error that says where (doc 1000021052).
v is Variant = JSONToVariant("{""a"": tru}")
