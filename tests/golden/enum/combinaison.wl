// Combinations (doc 1514074): options activated and deactivated with
// + / - and c[option] = Vrai / Faux, tests c = 0, c = option,
// c[option], predefined combinations, extension, ..Nom, POUR TOUT over the
// options (1510024), CombinaisonDepuisNom (1000020771).
TypeCombinaison est une Combinaison
	CréationFic
	LectureFic
	EcritureFic
	SuppressionFic
	Lecture_Ecriture_Fic = LectureFic + EcritureFic
FIN

ActionFichier est un TypeCombinaison
Trace(ActionFichier = 0, "[" + ActionFichier..Nom + "]")
ActionFichier = LectureFic + EcritureFic
Trace(ActionFichier..Nom)
Trace(ActionFichier = LectureFic, ActionFichier = Lecture_Ecriture_Fic, ActionFichier = CréationFic)
Trace(ActionFichier[EcritureFic], ActionFichier[SuppressionFic], ActionFichier[LectureFic + EcritureFic])
SI ActionFichier[LectureFic] OU ActionFichier[SuppressionFic] ALORS Trace("au moins une")

ActionFichier[LectureFic] = Faux
Trace(ActionFichier..Nom)
ActionFichier[CréationFic + SuppressionFic] = Vrai
Trace(ActionFichier..Nom)
ActionFichier = ActionFichier - SuppressionFic
Trace(ActionFichier..Nom)
ActionFichier += LectureFic
ActionFichier -= EcritureFic
Trace(ActionFichier..Nom)
// Adding an option already active changes nothing.
ActionFichier = ActionFichier + LectureFic
Trace(ActionFichier..Nom)
ActionFichier = 0
Trace(ActionFichier = 0)

TypeFichier(LectureFic + EcritureFic)

POUR TOUT o DE TypeCombinaison
	Trace(o..Nom)
FIN

TypeCombinaisonAvancé est une Combinaison
	[TypeCombinaison]
	AutresAttributs
FIN
x est un TypeCombinaisonAvancé = AutresAttributs + LectureFic
Trace(x..Nom)

c est un TypeCombinaison = CombinaisonDepuisNom(TypeCombinaison, "LectureFic+SuppressionFic")
Trace(c..Nom, CombinaisonVérifieNom(TypeCombinaison, "LectureFic+Inconnue"))

PROCÉDURE TypeFichier(p est TypeCombinaison)
Trace("TypeFichier", p..Nom, p[EcritureFic])
