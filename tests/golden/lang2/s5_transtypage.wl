// SPEC §5.6 : conversion explicite (chaîne) 378 + (chaîne) 578 = "378578" ; (entier) sur un réel
Trace((chaîne) 378 + (chaîne) 578)
Trace(378 + 578)
Trace((entier) 7.9 + 1)
