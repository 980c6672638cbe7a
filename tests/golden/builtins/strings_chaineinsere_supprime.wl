// ChaîneInsère (doc 1000020477), ChaîneSupprime (doc 1000019917), Tronque (doc 1000020476)
sNotes est une chaîne = "SiLaFaMiReDo"
Trace(ChaîneInsère(sNotes, "Sol", 5))
Trace(ChaîneSupprime("Antananarivo", "a"))
Trace(ChaîneSupprime("Antananarivo", 4, 1))
Trace(ChaîneSupprime("Exemple de phrase à supprimer", 8, 10))
sChaîne est une chaîne = " Turlututu"
Trace("[" + Tronque(sChaîne, 9) + "]")
Trace("[" + Tronque(sChaîne, 4, nombreDeCaractèresASupprimer) + "]")
