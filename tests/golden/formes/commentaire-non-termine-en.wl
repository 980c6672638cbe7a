//! args: --lang en
// An open /** comment block, English messages: positioned at its opening.
Trace("before")
/**** Section
IF True THEN
	Trace("inside")
