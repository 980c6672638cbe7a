// Héritage sur trois niveaux (6010007) : hérite de / un objet X, méthodes
// virtuelles par défaut, Ancêtre:M() et Base.M(), ordre des constructeurs
// (ancêtre d'abord, « Constructeur Base(...) » en première instruction,
// 6010001), destructeurs en fin de traitement et par libérer (6010003),
// polymorphisme par objets dynamiques dans un tableau, POUR TOUT.
CAnimal est une Classe
	Nom est une chaîne
PROTÉGÉ
	Pattes est un entier = 4
FIN
CChien est une Classe
	hérite de CAnimal
	Race est une chaîne
FIN
CChiot est une Classe
	un objet CChien
	Age est un entier
FIN

Démo()
t est un tableau de CAnimal dynamique
a est un CAnimal dynamique
a = allouer un CAnimal("Bête")
Ajoute(t, a)
Ajoute(t, allouer un CChien("Médor", "labrador"))
Ajoute(t, new CChiot("Bill"))
POUR TOUT x DE t
	Trace(x.Présente())
FIN
POUR i = 1 _À_ t..Occurrence
	Trace(t[i].Cri())
FIN
libérer t[2]
Trace(t[2] = Null)
libérer a
Trace(a = Null)
Trace("fin")

PROCÉDURE CAnimal.Constructeur(s = "?")
Nom = s
Trace("constructeur CAnimal", Nom)
PROCÉDURE CAnimal.Destructeur()
Trace("destructeur CAnimal", Nom)
PROCÉDURE CAnimal.Cri()
RENVOYER "..."
PROCÉDURE CAnimal.Présente()
RENVOYER Nom + " (" + Pattes + " pattes) dit " + Cri()

PROCÉDURE CChien.Constructeur(s, r)
Constructeur CAnimal(s)
Race = r
Trace("constructeur CChien", Race)
PROCÉDURE CChien.Destructeur()
Trace("destructeur CChien", Nom)
PROCÉDURE CChien.Cri()
RENVOYER "Ouaf"

PROCÉDURE CChiot.Constructeur(s)
Constructeur CChien(s, "bâtard")
Age = 1
Trace("constructeur CChiot", Age)
PROCÉDURE CChiot.Cri()
RENVOYER "Wif (" + Ancêtre:Cri() + ", " + CAnimal.Cri() + ")"

PROCÉDURE Démo()
	c est un CChiot("Rex")
	Trace(c.Présente())
	Trace(c.Nom, c.Race, c.Age)
	Trace("fin de Démo")

