// <Date>.VersJourEnLettre (fr:1000024031) : le 25/12/2001 était un mardi ;
// <Date>.VersMoisEnLettre donne le mois.
d est une Date = "20011225"
Trace(d.VersJourEnLettre())
Trace(d.VersMoisEnLettre())
Trace(VersJourEnLettre(d))
d = "19851026"
Trace(d.VersJourEnLettre())
