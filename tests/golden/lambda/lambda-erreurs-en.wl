//! args: --lang en
// Badly written lambdas (doc 1514084), in English: a positioned compile
// error, never a silently wrong value.
x is int = 3
// "=>" is no comparison (>=): x=>2 is a lambda, which cannot be a
// condition.
IF x=>2 THEN Trace("never")
// A parameter cannot be declared twice.
p is procedure = (a, a) => a
