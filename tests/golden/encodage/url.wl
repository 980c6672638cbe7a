// URLEncode (doc 3024040) et URLDécode (doc 3024041) : exemples et cas
// particuliers de la doc.
URLEncodée est une chaîne = URLEncode("http://mon site/ma page")
Trace(URLEncodée)
URLDécodée est une chaîne = URLDécode("http://monsite/mon%20etat")
Trace(URLDécodée)
// Chaîne vide ; '%' et '+' sont eux-mêmes encodés.
Trace("[" + URLEncode("") + "][" + URLDécode("") + "]")
Trace(URLEncode("a+b%c"))
// Les caractères admissibles restent tels quels.
Trace(URLEncode("a-z_A.Z~0!9*'(|);/?:@&=$,#"))
// '+' devient un espace ; "%26%238364%3B" (&#8364;) devient € ; un '%'
// suivi de caractères invalides est ignoré.
Trace(URLDécode("mon+etat"), URLDécode("%26%238364%3B"), URLDécode("100%zz"))
// é : E9 en ANSI (Windows-1252), C3 A9 en UTF-8 (valeur par défaut).
Trace(URLEncode("é", encodeURLDepuisAnsi), URLEncode("é"), URLEncode("é", encodeURLDepuisUTF8))
Trace(URLDécode("%E9", encodeURLVersAnsi), URLDécode("%C3%A9"), URLDécode("%C3%A9", encodeURLVersUTF8))
