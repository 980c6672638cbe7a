// Complète : complète à droite ou tronque (doc 3024010)
Trace("[" + Complète("Alain", 8) + "]")
Trace("[" + Complète("Alain", 8, "A") + "]")
Trace("[" + Complète("Alexandre", 4) + "]")
