//! args: --lang en
// No constructor fits (doc 1514063): a positioned error.
CPoint is a Class
	x is an int
END

o is a CPoint(1, 2, 3)

PROCEDURE CPoint.Constructor()
PROCEDURE CPoint.Constructor(a is an int)
x = a
