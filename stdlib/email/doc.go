// Package email binds the WLangage e-mail family (SPEC §8) to real SMTP
// through stdlib/email/smtpx (transport) and stdlib/email/compose (MIME):
//
//   - function syntax: EmailOuvreSessionSMTP, EmailOuvreSession (session
//     variable, or the SMTP part of the POP3+SMTP form), EmailEnvoieMessage,
//     EmailFermeSession, EmailEtat, EmailChangeTimeOut / EmailLitTimeOut,
//     EmailParamètre, EmailChargeFichierAttaché, EmailRAZ;
//   - types: emailSessionSMTP with its methods OuvreSession, EnvoieMessage
//     and FermeSession, Email, emailAttache, emailEntête, and the predefined
//     global Email structure of older code;
//   - the constants of these functions.
//
// Reading mail (POP3, IMAP, read.go and readfolders.go) goes through
// stdlib/email/pop3, stdlib/email/imap and stdlib/email/parse.
//
// Choices where the documentation leaves room (see also DECISIONS 13a–20):
//
//   - Header text that needs it is always RFC 2047-encoded, so
//     emailOptionEncodeEntête changes nothing; blind copies never go into
//     the headers, so emailOptionEntêteCCi is ignored by EmailEnvoieMessage.
//   - Every message gets a Date and a generated Message-ID; Email.MessageID
//     and Email.Référence are used with emailOptionMessageID /
//     emailOptionRéférence, as documented.
//   - Destinataire, Cc, Cci and Attache accept a single value as well as an
//     array (the doc assigns a string to Destinataire); the Email
//     structure's Nb... counters limit its arrays when they are set.
//   - An attachment without a Nom is not transmitted, as documented.
//   - Asynchronous sessions queue their messages in the host's spool
//     (DECISIONS 20, async.go); EmailEtat reports the outcome of any send,
//     by Email.IdentifiantMail or the Email variable's ID.
//   - EmailEnvoieMessage() without a session (the PHP syntax) sends through
//     the host's relay, the equivalent of php.ini's SMTP entry.
//   - Attachment files are read by one function, loadFile, through the
//     files family's grant (files.ReadFile): --no-files, files.WithRoot
//     and the run's current directory apply to them as to fOuvre; there
//     is no second path.
//
// Everything that touches the network goes through the host's HostConfig:
// the CLI's --smtp-relay, --smtp-ca and --mail-sink, or an embedder's own
// dialer and roots; files go through the files family's grant.
package email
