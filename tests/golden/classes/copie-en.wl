//! args: --lang en
// Copy and reference in English keywords (6010001, 6010002, 6010003,
// 6010006): `=` between automatic objects copies the members except
// arrays, `=` to a dynamic object and `<-` take a reference, `= NULL`.
CBox is a Class
	Value is int
	Notes is array of strings
END

a is a CBox
a.Value = 1
Add(a.Notes, "n1")
b is a CBox
b = a
b.Value = 2
Add(b.Notes, "n2")
Trace(a.Value, b.Value, a.Notes.Count, b.Notes.Count)
d is a CBox dynamic
d = a
d.Value = 3
Trace(a.Value, d.Value)
r is a CBox = NULL
Trace(r = Null)
r <- b
r.Value = 4
Trace(b.Value, r = b, r = a)
