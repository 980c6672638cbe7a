// SPEC §5.3 : comparaison de chaînes lexicographique ; [= commence par, =] finit par, [=] contient ; [~ commence par (souple) ; ~= et ~~
Trace("abc" < "abd", "b" > "abc", "Zoé" = "Zoé", "a" <> "A")
Trace("Bonjour" [= "Bon", "Bonjour" =] "jour", "Bonjour" [=] "njo", "Bonjour" [=] "xyz")
Trace("Été" [~ "et", "Été" [~ "x")
Trace("  Été " ~= "ete", "Jean-Pierre" ~~ "JEAN PIERRE", "a" ~= "b")
