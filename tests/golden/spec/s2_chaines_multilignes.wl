// SPEC §2.4: doubled quotes, multi-line literals, [% %] interpolation and -%
nom est une chaîne = "Marc"
Trace("Il a dit ""bonjour""")
Trace("Bonjour [%nom%] !")
Trace(-%"[%nom%] reste tel quel")
texte est une chaîne = [
	WINDEV
	WEBDEV
	WINDEV Mobile
	]
POUR TOUTE CHAÎNE ligne DE texte SÉPARÉE PAR RC
	Trace(ligne)
FIN
Trace(Taille(texte))
