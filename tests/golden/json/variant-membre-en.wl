//! args: --lang en
// The Member property of a Variant (doc 1000021078), in English: the
// array of its named sub-elements, each with Name and Value, walked by
// FOR EACH (and, doc 1514019, Count and [ ]).
sBuilding is string = [
	{"code": "B-12", "floors": 4, "lift": false, "keeper": "Mrs Roux"}
]
bld is Variant = JSONToVariant(sBuilding)
FOR EACH m OF bld..Member
	Trace(m.Name + " -> " + m.Value)
END
Trace(bld..Member..Count, bld..Member[2].Name, bld..Member[4].Value)
