// ErrorOccurred (doc 3087001) written as a call with empty parentheses,
// English keywords: same value as the variable.
Check(1)
Trace(ErrorOccurred(), ErrorOccurred)
Check(0)
IF ErrorOccurred() THEN Trace("caught:", ErrorInfo())
Trace("goes on")
CASE ERROR:
Trace("never")
PROCEDURE Check(n)
IF n = 0 THEN ErrorThrow(7, "zero")
