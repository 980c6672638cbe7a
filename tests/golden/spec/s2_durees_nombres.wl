// SPEC §2.5: hexadecimal, grouped digits, reals, duration literals
Trace(0x4D5, 1_000_000, 12.5, 0x_12_15)
d est une Durée = 2 min 8 s
Trace(d.EnSecondes)
