// ChaîneCommencePar / ChaîneFinitPar : taille de la partie trouvée, 0 sinon (doc 1000018827, 1000018828)
MaRéponse est une chaîne = "HTTP/1.0 200 OK"
SI ChaîneCommencePar(MaRéponse, "HTTP/1.0 20") <> 0 ALORS
	Trace("succès")
FIN
Trace(ChaîneCommencePar(MaRéponse, "HTTP/1.0 20"))
Trace(ChaîneCommencePar("Bonjour", "bon"))
Trace(ChaîneCommencePar("Bonjour", "BON", ccSansCasse))
Trace(ChaîneFinitPar("rapport.txt", [".doc", ".txt"]))
Trace(ChaîneFinitPar("Été", "ete", ccSansCasse + ccSansAccent))
