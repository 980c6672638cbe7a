//! smtp:
// Une session restée ouverte est fermée (QUIT) à la fin du script
s est une emailSessionSMTP
s.AdresseServeur = "localhost"
Trace(s.OuvreSession())
