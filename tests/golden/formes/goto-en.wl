//! args: --lang en
// GOTO and labels, English keywords (doc 1510005).
Try(1)
Try(2)

PROCEDURE Try(n is int)
IF n = 1 THEN GOTO FAILED
Trace(n, "OK")
RETURN
FAILED:
Trace(n, "failed")
