// SPEC §4.2, §10 : SELON(…) sans SINON et sans correspondance est une erreur d'exécution
Trace(SELON(1, "a", "b"))
Trace(SELON(3, "a", "b"))
Trace("jamais")
