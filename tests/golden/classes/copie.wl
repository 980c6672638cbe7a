// Copie et référence (6010001, 6010002, 6010003, 6010006) : « = » entre
// objets automatiques copie les membres sauf les tableaux (partagés),
// « = » vers un objet dynamique et « <- » prennent une référence, « = NULL »
// à la déclaration n'instancie pas ; objets dans une structure, dans un
// tableau associatif, passés à une procédure, renvoyés par une procédure.
CBoîte est une Classe
	Valeur est un entier
	Notes est un tableau de chaînes
FIN
SBoîtes est une Structure
	Titre est une chaîne
	Contenu est un CBoîte dynamique
FIN

a est un CBoîte
a.Valeur = 1
Ajoute(a.Notes, "n1")
b est un CBoîte
b = a
b.Valeur = 2
Ajoute(b.Notes, "n2")
Trace(a.Valeur, b.Valeur, a.Notes..Occurrence, b.Notes..Occurrence)

d est un CBoîte dynamique
d = a
d.Valeur = 3
Trace(a.Valeur, d.Valeur)

r est un CBoîte = NULL
Trace(r = Null)
r <- b
r.Valeur = 4
Trace(b.Valeur, r = b, r = a)

s est un SBoîtes
s.Titre = "structure"
s.Contenu = allouer un CBoîte
s.Contenu.Valeur = 5
Trace(s.Titre, s.Contenu.Valeur)

ta est un tableau associatif de CBoîte dynamique
ta["x"] = a
ta["y"] = new CBoîte
ta["y"].Valeur = 6
POUR TOUT o, k DE ta
	Trace(k, o.Valeur)
FIN

Incrémente(a)
Trace(a.Valeur)
n est un CBoîte dynamique = Fabrique(7)
Trace(n.Valeur)

PROCÉDURE Incrémente(o est un CBoîte)
o.Valeur++

PROCÉDURE Fabrique(v)
	f est un CBoîte
	f.Valeur = v
	RENVOYER f
