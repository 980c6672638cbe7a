//! imap: tls
//! args: --lang en
// English names and messages (--lang en).
IF NOT EmailStartIMAPSession("english", "wrong", "localhost", 993, optionTLS) THEN
	Trace(ErrorInfo())
END
s is an emailIMAPSession
s.ServerAddress = "localhost"
s.Port = 993
s.Option = optionTLS
s.Name = "english"
s.Password = "secret"
IF s.StartSession() THEN
	m is an Email
	Trace(EmailReadFirst(s, m), m.Subject, m.Sender)
	Trace(EmailReadNext(s, m), m.Attach[1].Name, EmailNbMessage(s))
	Trace(EmailListFolder(s, LstFolderSorted) = "Archives" + CR + "INBOX")
	Trace(EmailChangeFolder(s, "Nowhere"), ErrorInfo())
	Trace(EmailSeekFirst(s, m, emailSubject, "premier"), m.Subject, ErrorInfo())
	Trace(ArrayToString(EmailGetIndicator(s, m), " "))
	s.CloseSession()
END
Trace(EmailReadFirst(s, m), ErrorInfo())
Trace(EmailStartPOP3Session("english", "secret", "remote.example.invalid"), ErrorInfo())
