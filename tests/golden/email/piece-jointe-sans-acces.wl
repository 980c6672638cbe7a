//! args: --no-files
// An attachment is read through the host's file grant: with --no-files it is refused
m est un Email
Trace(m.ChargeFichierAttaché("rapport.txt"))
Trace(ErreurDétectée, ErreurInfo())
