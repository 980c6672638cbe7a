// Procédures multisyntaxes et paramètres de type classe (doc 1514063,
// « Dynamic dispatch ») : la syntaxe dont la classe du paramètre est la plus
// proche de la classe de l'objet reçu est appelée, choisie à l'exécution ;
// une classe sans rapport ne convient pas.
Animal est une Classe
	Nom est une chaîne
FIN
Chien est une Classe
	hérite de Animal
FIN
Chat est une Classe
	hérite de Animal
FIN
Caniche est une Classe
	hérite de Chien
FIN
Pierre est une Classe
FIN
Véto est une Classe
FIN
Niche est une Classe
FIN
a est un Animal dynamique
a = allouer un Animal
Décrit(a)
a = allouer un Chien
Décrit(a)
a = allouer un Chat
Décrit(a)
a = allouer un Caniche
Décrit(a)
c est un Caniche
Décrit(c)
t est un tableau de Animal dynamique
Ajoute(t, allouer un Chien)
Ajoute(t, allouer un Animal)
POUR TOUT x DE t
	Décrit(x)
FIN
Décrit(5)
p est une Pierre
Décrit(p)
// Méthode multisyntaxe : la même règle, sur la classe de l'objet reçu.
v est un Véto
v.Soigne(c)
v.Soigne(a)
a = allouer un Chat
v.Soigne(a)
v.Soigne(p)
// Constructeur multisyntaxe : choisi à la construction, de la même façon.
a = allouer un Caniche
n1 est une Niche(a)
a = allouer un Chat
n2 est une Niche(a)

PROCÉDURE Décrit(LOCAL x est un Animal)
Trace("animal")
PROCÉDURE Décrit(LOCAL x est un Chien)
Trace("chien")
PROCÉDURE Décrit(n est un entier)
Trace("entier", n)
PROCÉDURE Décrit(LOCAL x est une Pierre)
Trace("pierre")

PROCÉDURE Véto.Soigne(LOCAL x est un Animal)
Trace("soigne un animal")
PROCÉDURE Véto.Soigne(LOCAL x est un Chien)
Trace("soigne un chien")
PROCÉDURE Véto.Soigne(LOCAL x est une Pierre)
Trace("soigne une pierre")
PROCÉDURE Niche.Constructeur(LOCAL x est un Animal)
Trace("niche pour un animal")
PROCÉDURE Niche.Constructeur(LOCAL x est un Chien)
Trace("niche pour un chien")
