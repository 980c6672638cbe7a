// Les propriétés Heure, Minute, Seconde, Milliseconde d'une Heure (fr:1514068).
h est une Heure = "143005123"
Trace(h.Heure, h.Minute, h.Seconde, h.Milliseconde)
Trace(h.Hour, h.Minute, h.Second, h.Millisecond)
