// Toutes les syntaxes d'une procédure ou d'une méthode ont la même portée
// (doc 1514063, « Portée des procédures ») : sinon, erreur de compilation.
CCompte est une Classe
FIN
PROCÉDURE CCompte.Crédite(s est une chaîne)
Trace(s)
PROCÉDURE PROTÉGÉE CCompte.Crédite(n est un entier)
Trace(n)
PROCÉDURE Journal(s est une chaîne)
Trace(s)
PROCÉDURE PRIVÉE Journal(n est un entier)
Trace(n)
PROCÉDURE CCompte.Constructeur()
Trace("vide")
PROCÉDURE PRIVÉE CCompte.Constructeur(n est un entier)
Trace(n)
