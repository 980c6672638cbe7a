// SPEC §5.2, §5.3: extraction, optional concatenation, soft comparisons
s est une chaîne = "WINDEV Mobile"
Trace(s[[1 À 6]], s[[8 À]], s[[À 3]], s[[8 SUR 3]], s[[2]])
c est une chaîne = "C:\MesFichiers"
c += ["\"]
c += ["\"]
Trace(c)
Trace("Élève" ~= " eleve ", "Jean-Pierre" ~~ "jean pierre", "bonjour" [= "bon", "bonjour" =] "jour", "bonjour" [=] "njo")
