//! args: --lang en
// <extension> before the result type, English keywords (doc 1514086).
Trace("[" + TabsToSpaces(TAB + "x", 3) + "]")

PROCEDURE TabsToSpaces(s is string, n is int) <extension> : string
RESULT Replace(s, TAB, RepeatString(" ", n))
