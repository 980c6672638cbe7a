// Affectation multiple depuis un tableau : les éléments sont affectés dans
// l'ordre (doc 1000022322, ChaîneDécoupe, exemples « affectation multiple »).
// Plus de variables que de valeurs : seules les premières sont affectées
// (doc 1515003). Plus d'éléments que de variables : les derniers sont ignorés
// (choix de wl, la doc ne dit rien pour un tableau).
sLigne est une chaîne = "Lyon, Nantes, Lille, Brest"
sV1, sV2, sV3, sV4 sont des chaînes
(sV1, sV2, sV3, sV4) = ChaîneDécoupe(sLigne, ", ")
Trace(sV1)
Trace(sV2)
Trace(sV3)
Trace(sV4)

// Un séparateur différent entre chaque sous-chaîne
sFiche est une chaîne = "Dupont Jean Marie; Paris"
sNom, sPrénoms, sVille sont des chaînes
(sNom, sPrénoms, sVille) = ChaîneDécoupe(sFiche, " ", "; ")
Trace(sNom)
Trace(sPrénoms)
Trace(sVille)

// Un tableau en variable, converti dans le type de chaque variable
tabNombres est un tableau d'entiers = [10, 20, 30]
n1, n2 sont des entiers
s3 est une chaîne
(n1, n2, s3) = tabNombres
Trace(n1 + n2, s3 + "!")

// Une position laissée vide
(n1, , s3) = [7, 8, 9]
Trace(n1, s3)

// Moins d'éléments que de variables : la dernière n'est pas affectée
sA, sB, sC sont des chaînes
sC = "inchangée"
(sA, sB, sC) = ChaîneDécoupe("un;deux", ";")
Trace(sA, sB, sC)

// Plus d'éléments que de variables : les premiers seulement
(sA, sB) = ChaîneDécoupe("a;b;c;d", ";")
Trace(sA, sB)

// Les valeurs d'une procédure qui en renvoie plusieurs ne changent pas
(n1, n2) = Deux()
Trace(n1, n2)

// soit (a, b) = tableau : de même (la doc 3087003 ne montre que des listes
// et des procédures ; choix de wl, cohérent avec l'affectation multiple)
soit (sX, sY) = ChaîneDécoupe("gauche|droite", "|")
Trace(sY, sX)

PROCÉDURE Deux()
RENVOYER (4, 5)
