// SPEC §2.5 : entiers décimaux et hexadécimaux, séparateurs de chiffres, réels avec point, booléens et Null
Trace(0x4D5, 0xFF, 0x_12_15)
Trace(1_000_000 + 1)
Trace(1256.67, 12.5, 0.25 * 4)
Trace(Vrai, Faux, Vrai = 1)
v est un Variant
Trace(v = Null)
