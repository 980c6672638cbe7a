// Égalité souple et comparaisons de début, fin et contenu (SPEC §5.3)
s est une chaîne = "Bonjour le monde"
Trace("  Été  " ~= "ETE", "abc" ~= "abd")
Trace(s [= "Bon", s =] "monde", s [=] "jour", s [= "monde")
