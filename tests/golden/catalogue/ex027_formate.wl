// Reproduit le comportement documenté de fr:1410087514 (exemple 027) : <Chaîne>.Formate avec ccSansAccent + ccMinuscule, puis ccMajuscule + ccSansEspaceIntérieur sur le résultat.
// Contradiction de la page : sa 2e ligne affiche un « É » alors que la 1re formate a déjà retiré les accents (SPEC §11.14).
// Lecture retenue : la valeur logique, sans accent (la chaîne n'en contient plus).
Titre est une chaîne = "Un Été à Évian, c'est génial !"
Titre = Titre.Formate(ccSansAccent + ccMinuscule)
Trace(Titre)
Titre = Titre.Formate(ccMajuscule + ccSansEspaceIntérieur)
Trace(Titre)
// ccMajuscule seul garde les accents (fr:3024019)
Saison est une chaîne = "été"
Trace(Saison.Formate(ccMajuscule))
