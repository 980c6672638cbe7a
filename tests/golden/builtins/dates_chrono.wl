// ChronoDébut / ChronoFin renvoient une Durée en millisecondes (doc 3027031, 3027032) ;
// l'horloge des tests est figée : la durée mesurée est nulle
ChronoDébut()
ChronoDébut(2)
DuréeChronoDébut est une Durée = ChronoFin(1)
DuréeMaFonction est une Durée = ChronoFin(2)
Trace(DuréeChronoDébut, DuréeMaFonction)
QUAND EXCEPTION DANS
	ChronoFin(7)
FAIRE
	Trace("chronomètre 7 non démarré")
FIN
