//! args: --lang en
// The Member property of a Variant (doc 1000021078), in English.
jedi is string = [
	{"id": 5, "name": "Luke Skywalker", "isForceUser": true}
]
v is Variant = JSONToVariant(jedi)
FOR EACH x OF v..Member
	Trace("The member " + x.Name + " has the value " + x.Value)
END
Trace(v..Member..Count)
