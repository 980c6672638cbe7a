// Constructeurs multisyntaxes (doc 1514063 ; constructeur : 6010001) : la
// syntaxe est choisie à la construction selon le nombre et le type des
// paramètres, pour un objet automatique, dynamique ou un ancêtre.
CPoint est une Classe
	x est un entier
	y est un entier
	nom est une chaîne
FIN

CPoint3D est une Classe
	hérite de CPoint
	z est un entier
FIN

o1 est un CPoint
Trace(o1.Texte())
o2 est un CPoint(3, 4)
Trace(o2.Texte())
o3 est un CPoint("nommé")
Trace(o3.Texte())
p est un CPoint dynamique = allouer un CPoint(5, 6)
Trace(p.Texte())
v est un Variant = "variant"
p = allouer un CPoint(v)
Trace(p.Texte())
q est un CPoint3D(1, 2, 3)
Trace(q.Texte(), q.z)
r est un CPoint3D("espace")
Trace(r.Texte(), r.z)

PROCÉDURE CPoint.Constructeur()
nom = "origine"

PROCÉDURE CPoint.Constructeur(a est un entier, b est un entier)
x = a
y = b
nom = "point"

PROCÉDURE CPoint.Constructeur(s est une chaîne)
nom = s

PROCÉDURE CPoint.Texte()
RENVOYER nom + " (" + x + ", " + y + ")"

PROCÉDURE CPoint3D.Constructeur(a est un entier, b est un entier, c est un entier)
Constructeur CPoint(a, b)
z = c

PROCÉDURE CPoint3D.Constructeur(s est une chaîne)
Constructeur CPoint(s)
