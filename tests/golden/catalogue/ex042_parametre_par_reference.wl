// Reproduit le comportement documenté de fr:1410087517 (exemple 042) : une procédure globale (en-tête sans FIN, écrite après le code appelant) à paramètre typé chaîne reçoit la variable par référence : la modifier avec <Chaîne>.Remplace modifie la variable de l'appelant.
Slogan est une chaîne
Slogan = "le code est ma passion"
Tirets(Slogan)
Trace("Slogan : " + Slogan)
// un argument qui n'est pas une variable est une copie
Tirets("a b c")

PROCÉDURE Tirets(Texte est une chaîne)
Texte = Texte.Remplace(" ", "-")
Trace("Avec des tirets : [%Texte%]")
