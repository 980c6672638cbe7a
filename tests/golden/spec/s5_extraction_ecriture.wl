// SPEC §5.2: string extraction is also assignable
mot est une chaîne = "parfait"
mot[[1]] = "P"
Trace(mot)
mot[[2 À 4]] = "ARF"
Trace(mot)
mot[[5 SUR 3]] = "!"
Trace(mot)
