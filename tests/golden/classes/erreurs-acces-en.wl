//! args: --lang en
// Compile-time checks in English (6010006, 6010001): private or protected
// member outside its class, private method, PUBLIC CONSTANT member written
// outside the class, abstract class instantiated, unknown member, this
// outside a method. Every error is reported at its position.
CBase is a Class, abstract
	Public1 is int
PRIVATE
	Private1 is int
PROTECTED
	Protected1 is int
PUBLIC CONSTANT
	ReadOnly is int = 3
END
CDerived is a Class
	inherits from CBase
END

o is a CDerived
Trace(o.Private1)
Trace(o.Protected1)
o.ReadOnly = 4
Trace(o.ReadOnly, o.Unknown)
o.Hidden()
b is a CBase
Trace(this.Public1)

PROCEDURE PRIVATE CBase.Hidden()
Trace(Private1)

PROCEDURE CDerived.Essai()
Trace(Protected1, ReadOnly)
ReadOnly = 5
Trace(Private1)
