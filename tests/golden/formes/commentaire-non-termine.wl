// A /** comment block left open (seen in real projects, where the
// code after it was commented out up to the end of the traitement): a
// lexical error positioned at its opening, nothing runs.
Trace("avant")
SI Vrai ALORS
	Trace("dedans")
FIN
	/**
	listFrag est tableau de chaînes
	Trace(listFrag)
