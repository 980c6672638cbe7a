//! args: --lang en
// Constructors with several syntaxes in English (doc 1514063; constructor:
// 6010001): chosen when the object is built, by count and type.
CBox is a Class
	w is an int
	label is a string
END

o1 is a CBox
Trace(o1.Show())
o2 is a CBox(7)
Trace(o2.Show())
o3 is a CBox("tag")
Trace(o3.Show())

PROCEDURE CBox.Constructor()
label = "empty"

PROCEDURE CBox.Constructor(n is an int)
w = n
label = "sized"

PROCEDURE CBox.Constructor(s is a string)
label = s

PROCEDURE CBox.Show()
RETURN label + " " + w
