//! args: --lang en
// English parser message (issue 11): a block left open is named as written (FOR), code 9106
FOR i = 1 TO 3
	Trace(i)
