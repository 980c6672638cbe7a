//! skip: le compilateur part en récursion infinie (débordement de pile Go, le processus meurt) sur ~= et [= : à réactiver quand c'est corrigé
// Égalité souple et comparaisons de début, fin et contenu (SPEC §5.3)
s est une chaîne = "Bonjour le monde"
Trace("  Été  " ~= "ETE", "abc" ~= "abd")
Trace(s [= "Bon", s =] "monde", s [=] "jour", s [= "monde")
