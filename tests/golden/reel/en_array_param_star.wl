//! args: --lang en
// English twin of tableau_parametre_etoile: an "array of * T" parameter
// takes an array of any size (SPEC.md, arrays passed to procedures; doc
// 1514030). Passed by reference, it keeps the caller's dimensions;
// "* by *" for two dimensions.
t is array of 2 by 3 int
t[2, 3] = 7
Trace(Count([1, 2, 3]), Two(t))
Fill(t)
Trace(t[1, 1])

empty is array of * string
Add(empty, "one")
Trace(ArrayCount(empty))

PROCEDURE Count(tab is array of * int)
RETURN ArrayCount(tab)

PROCEDURE Two(m is array of * by * int)
RETURN m[2, 3] + ArrayCount(m)

PROCEDURE Fill(m is array of * by * int)
m[1, 1] = 42
