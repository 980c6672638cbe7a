// Durée de vie des objets (6010002 « Durée de vie d'un objet », 6010003,
// 6010001, 1511012) : un objet est détruit (son destructeur s'exécute)
// quand plus aucune variable ne le référence ; à la fin d'un traitement
// seule la référence locale est libérée ; un objet déclaré dans une boucle
// est réalloué à chaque itération ; « libérer » détruit tout de suite ;
// des objets qui se référencent en cycle ne sont détruits que par
// « libérer ».
CRessource est une Classe
	Nom est une chaîne
	Lien est un CRessource dynamique
FIN
CPropriétaire est une Classe
	Nom est une chaîne
	Contenu est un CRessource
FIN
SDossier est une Structure
	Titre est une chaîne
	Pièce est un CRessource dynamique
FIN

gpo est un CRessource dynamique
gTab est un tableau de CRessource dynamique

Trace("1. fin de traitement : seule la référence locale est libérée")
Portée()
Trace("après Portée :", gpo.Nom, gTab[1].Nom)

Trace("2. dernière référence : = Null")
gpo = Null
Trace("gpo libéré")
copie est un CRessource dynamique <- gTab[1]
Supprime(gTab, 1)
Trace("encore référencé par copie")
copie = Null
Trace("copie libérée")

Trace("3. boucle : un objet par itération")
DansUneBoucle()

Trace("4. libérer : destruction immédiate, les autres références valent Null")
x est un CRessource dynamique = allouer un CRessource("x")
y est un CRessource dynamique = x
libérer x
Trace(x = Null, y = Null)

Trace("5. copie et référence")
a est un CRessource("a")
b est un CRessource("b")
b = a
b.Nom = "copie de a"
r est un CRessource dynamique
r <- a
Trace(a.Nom, b.Nom, r.Nom)
CopieEtRéférence()

Trace("6. objets dans une structure, membre objet")
DansUneStructure()
Composition()

Trace("7. objet renvoyé par une procédure")
f est un CRessource dynamique = Fabrique("fabriqué")
Trace("reçu :", f.Nom)
f = Null

Trace("8. cycle : seul libérer le détruit")
Cycle()

Trace("9. fin du programme : les objets encore référencés sont détruits")
gpo = allouer un CRessource("global")
Trace("fin")

PROCÉDURE CRessource.Constructeur(s = "?")
Nom = s
Trace("  + " + Nom)

PROCÉDURE CRessource.Destructeur()
Trace("  - " + Nom)

PROCÉDURE CPropriétaire.Constructeur(s)
Nom = s
Contenu.Nom = "interne de " + s
Trace("  + " + Nom)

PROCÉDURE CPropriétaire.Destructeur()
Trace("  - " + Nom)

PROCÉDURE Portée()
	o1, o2, o3 sont des CRessource
	o1.Nom = "o1"
	o2.Nom = "o2"
	o3.Nom = "o3"
	gpo = o1
	Ajoute(gTab, o2)
	Trace("fin de Portée")

PROCÉDURE DansUneBoucle()
	t est un tableau de CRessource dynamique
	POUR i = 1 _À_ 3
		o est un CRessource("itération " + i)
		SI i = 2 ALORS Ajoute(t, o)
	FIN
	Trace("fin de DansUneBoucle, gardé :", t[1].Nom)

PROCÉDURE CopieEtRéférence()
	c est un CRessource("c")
	d est un CRessource("d")
	d = c
	d.Nom = "copie de c"
	e est un CRessource dynamique
	e <- c
	Trace("fin de CopieEtRéférence")

PROCÉDURE DansUneStructure()
	s est un SDossier
	s.Titre = "dossier"
	s.Pièce = allouer un CRessource("pièce")
	Trace("fin de DansUneStructure")

PROCÉDURE Composition()
	p est un CPropriétaire("propriétaire")
	Trace("fin de Composition")

PROCÉDURE Fabrique(s)
	o est un CRessource(s)
	RENVOYER o

PROCÉDURE Cycle()
	c1 est un CRessource dynamique = allouer un CRessource("c1")
	c2 est un CRessource dynamique = allouer un CRessource("c2")
	c1.Lien = c2
	c2.Lien = c1
	c3 est un CRessource dynamique = allouer un CRessource("c3")
	c4 est un CRessource dynamique = allouer un CRessource("c4")
	c3.Lien = c4
	c4.Lien = c3
	libérer c3
	Trace("fin de Cycle")
