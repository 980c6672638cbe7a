//! args: --lang en
// Extension procedures, English keywords (doc 1514086).
s is string = TAB + "x"
Trace("[" + TabsToSpaces(s, 3) + "]")
Trace("[" + s.TabsToSpaces(1) + "]")

PROCEDURE TabsToSpaces(s is string, n is int) <extension> : string
RESULT Replace(s, TAB, RepeatString(" ", n))
