//! args: --lang en
// Procedures with several syntaxes in English (doc 1514063, "Prototype
// overload"): the syntax whose parameter count fits and needs the fewest
// conversions is called; between equivalent ones, the first declared.
p("A")
p(1)
p(1, "A")
p("A", 1)
p(1, 1)
v is a Variant = 2
p(v)
v = "z"
p(v)
Trace(ReadableColor(0))
Trace(ReadableColor("blue"))

PROCEDURE p(s is a string)
Trace("string " + s)
PROCEDURE p(n is an int)
Trace("int " + n)
PROCEDURE p(n is an int, s is a string)
Trace("int, string")
PROCEDURE p(s is a string, n is an int)
Trace("string, int")

PROCEDURE ReadableColor(n is an int)
RETURN "color #" + n
PROCEDURE ReadableColor(name is a string)
RETURN "color " + name
