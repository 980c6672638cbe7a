//! pop3: silent
//! imap: silent
// Un serveur qui ne salue jamais : l'ouverture échoue au bout du délai
// d'EmailChangeTimeOut [fr:3032001] (DECISIONS 18), en POP3 comme en IMAP.
EmailChangeTimeOut(1)
Trace(EmailOuvreSessionPOP3("delai", "secret", "localhost"))
Trace(ErreurInfo())
EmailChangeTimeOut(500 ms)
Trace(EmailOuvreSessionIMAP("delai", "secret", "localhost", 993, optionTLS))
Trace(ErreurInfo())
