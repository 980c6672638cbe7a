//! args: --lang en
// Methods with several syntaxes in English (doc 1514063, "Virtual
// methods"): the derived syntax redefines the one with its parameters.
CBase is a Class
END
CDerived is a Class
	inherits from CBase
END

o is a CDerived
o.meth("A")
o.meth(1)


PROCEDURE CBase.meth(s is a string)
Trace("CBase string " + s)
PROCEDURE CBase.meth(n is an int)
Trace("CBase int " + n)

PROCEDURE CDerived.meth(n is an int)
Trace("CDerived int " + n)
