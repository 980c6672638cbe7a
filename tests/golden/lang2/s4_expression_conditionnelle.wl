// SPEC §4.1 : « condition ? v1 SINON v2 » utilisable partout dans une expression
Âge est un entier = 17
Trace(Âge >= 18 ? "majeur" SINON "mineur")
Tarif est un entier = Âge < 12 ? 5 SINON 9
Trace(Tarif)
Trace("Tarif " + (Âge < 12 ? "enfant" SINON "plein"))
Âge = 8
Trace(Âge >= 18 ? "majeur" SINON (Âge >= 12 ? "ado" SINON "enfant"))
