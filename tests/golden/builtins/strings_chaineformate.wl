// ChaîneFormate et les constantes cc* (doc 3024019)
MaChaîne1 est une chaîne = "Le développement facile"
MaChaîne1 = ChaîneFormate(MaChaîne1, ccMajuscule)
Trace(MaChaîne1)
Trace(ChaîneFormate("Élève", ccMinuscule + ccSansAccent))
Trace("[" + ChaîneFormate("  a  b  ", ccSansEspace) + "]")
Trace("[" + ChaîneFormate("  a  b  ", ccSansEspaceIntérieur) + "]")
Trace(ChaîneFormate("a, b; c!", ccSansPonctuationNiEspace))
