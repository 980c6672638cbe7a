// Un Buffer s'initialise avec des octets en hexadécimal et se compare à un buffer
// littéral (fr:1514042) ; Taille donne sa taille en octets.
b est un Buffer = [0x57, 0x4C, 0x21]
Trace(b)
Trace(Taille(b))
SI b = [0x57, 0x4C, 0x21] ALORS Trace("égaux")
SI b <> [0x57, 0x4C] ALORS Trace("différents")
v est un Buffer
Trace(Taille(v))
