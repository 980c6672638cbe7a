//! args: --lang en
// English twin of declarations_reelles (issue 9; fr:1513001, fr:1514049,
// fr:1515003): `are` in a parameter list, `1-byte unsigned int` written
// after its size, declaration with reference assignment <-.
Trace(Sum3("1", "2", 3)) // a and b are ints: 6, not "123"
t is array of int = [1, 2]
r is array of int <- t
ArrayAdd(r, 3)
Trace(ArrayCount(t), ArrayCount(r))
PROCEDURE Sum3(a, b, c are ints) : int
RESULT a + b + c
