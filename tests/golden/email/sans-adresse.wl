// Sans adresse de serveur, l'ouverture échoue tout de suite (rien n'est
// composé sur le réseau)
s est une emailSessionSMTP
Trace(s.OuvreSession())
Trace(ErreurDétectée)
Erreur(ErreurInfo())
