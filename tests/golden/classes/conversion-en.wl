//! args: --lang en
// Type test `x is C` and explicit conversion on classes in English
// (6010019): (C) x raises an error when x is not a C, (C?) x gives Null.
CShape is a Class
	Name is a string
END
CCircle is a Class
	inherits from CShape
	Radius is int
END
CSquare is a Class
	inherits from CShape
	Side is int
END

s is a CShape dynamic
s = new CCircle
Trace(s is CCircle, s is a CShape, s is CSquare)
IF s is CCircle THEN
	((CCircle)s).Radius = 3
	Trace(((CCircle)s).Radius, ((CCircle) s).Area())
END
q is a CSquare dynamic = (CSquare?) s
Trace(q = Null)
Trace(((CSquare)s).Side)

PROCEDURE CCircle.Area()
RESULT Radius * Radius * 3
