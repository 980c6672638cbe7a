//! args: --lang en
// fChargeTexte (3036006) and fChargeBuffer of a device never end: they
// are refused with a clear non-fatal error (issue 12 point 6), and
// fCopieFichier (3036004) refuses a device as its source.
x est une chaîne = fChargeTexte("/dev/zero")
Trace(ErreurDétectée, Taille(x))
Trace(ErreurInfo())
b est un Buffer = fChargeBuffer("/dev/zero")
Trace(ErreurDétectée, Taille(b))
Trace(fCopieFichier("/dev/zero", "copie.bin"), fFichierExiste("copie.bin"))
Trace(ErreurInfo())
