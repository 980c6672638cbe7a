// Une chaîne affectée à un Buffer ; [[ ]] en extrait une partie (fr:1514042).
MonBuffer est un Buffer
MonBuffer = "WINDEV est formidable"
Trace(MonBuffer[[8 À 15]])
Trace(Taille(MonBuffer))
Trace(Gauche(MonBuffer, 6))
