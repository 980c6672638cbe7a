//! pop3: plain
//! imap: plain
//! args: --mail-max-size 1K
// Un message plus grand que la limite de l'hôte (--mail-max-size) est
// refusé sans être téléchargé ; la session continue [fr:3032030].
EmailOuvreSessionPOP3("taille-max", "secret", "localhost")
Trace(EmailTailleMessage("taille-max", 2))
Trace(EmailLitMessage("taille-max", 2), Email.EnDehors)
Trace(ErreurInfo())
Trace(EmailLitMessage("taille-max", 3), Email.Sujet)
EmailFermeSession("taille-max")
EmailOuvreSessionIMAP("taille-max", "secret", "localhost")
Trace(EmailLitPremier("taille-max"), Email.Sujet)
Trace(EmailLitSuivant("taille-max"), ErreurInfo())
Trace(EmailLitSuivant("taille-max"), Email.Sujet)
EmailFermeSession("taille-max")
