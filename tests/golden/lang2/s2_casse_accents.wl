// DECISIONS 1, SPEC §2.1 : mots-clés, fonctions, types, propriétés, constantes et identificateurs ignorent casse et accents
Élément est une CHAINE = "ok"
si element = "ok" alors trace("casse et accents ignorés")
SI ELEMENT ~= "OK" ALORS Trace(Majuscule(élément))
t est un TABLEAU de Chaines
t.ajoute("x")
Trace(T.occurrence, TAILLE("abc"), ErreurDetectee, vrai)
procedure_test()
PROCEDURE Procedure_Test()
Trace("procédure appelée sans accent")
