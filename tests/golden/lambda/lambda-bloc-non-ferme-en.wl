//! args: --lang en
// A lambda procedure written as a block ("{" ending its line, doc 1514084)
// must be closed by "}": otherwise the error shows the line that opens it.
p is procedure = x => {
	Trace(x)
p(1)
