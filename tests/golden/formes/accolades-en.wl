//! args: --lang en
// Brace blocks, English keywords (see accolades.wl).
x is int = 1
IF x > 2 THEN {
	Trace("big")
} ELSE {
	Trace("small")
}
FOR EACH v OF [10, 20] {
	Trace(v)
}
LOOP {
	x++
	IF x = 3 THEN BREAK
}
Trace(x)
