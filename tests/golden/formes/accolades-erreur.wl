// A brace block left open: the block's opener is reported (no FIN and no
// closing brace).
SI Vrai ALORS {
	Trace("a")
Trace("b")
