// DECISIONS 5 : entier sur 32 bits vérifié à l'affectation ; « entier sur 8 octets » sur 64 bits ; calcul intermédiaire sans débordement
Petit est un entier = 2000000000
Grand est un entier sur 8 octets = Petit
Grand = Grand * 1000
Trace(Grand)
Petit = (Petit * 4) / 8
Trace(Petit)
