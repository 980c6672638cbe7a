// Info sur la sortie standard, Erreur et Avertissement sur la sortie
// d'erreur, un paramètre par ligne (DECISIONS 11)
Trace("trace")
Info("info 1", "info 2")
Erreur("erreur 1", "erreur 2")
Avertissement("attention")
Trace("fin")
