//! args: --lang en
// No syntax fits (doc 1514063): a compile error positioned on the call.
p()

PROCEDURE p(s is a string)
Trace(s)
PROCEDURE p(n is an int, s is a string)
Trace(n)
