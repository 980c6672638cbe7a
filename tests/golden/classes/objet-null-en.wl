//! args: --lang en
// A dynamic object not allocated is Null (6010003): using it is a
// positioned run-time error; so is using it after delete.
CNode is a Class
	Value is int
END
n is a CNode dynamic
IF n = Null THEN Trace("not allocated")
n = new CNode
n.Value = 1
Trace(n <> Null, n.Value)
delete n
Trace(n = Null)
Trace(n.Value)
