//! smtp: starttls auth alice:secret
//! args: --lang en
// English names of the functions, types, properties and constants
IF EmailStartSMTPSession("alice", "secret", "localhost", 587, emailSynchronous, emailProtocolSMTPS) THEN
	msg is an Email
	msg.Sender = "alice@example.com"
	msg.Recipient.Add("bob@example.com")
	Add(msg.Bcc, "carol@example.com")
	msg.Subject = "Hello"
	msg.Message = "Hi Bob"
	msg.Priority = emailPriorityHigh
	att is an emailAttach
	att.Name = "note.txt"
	att.Content = "note"
	Add(msg.Attach, att)
	Trace(EmailSendMessage("alice", msg))
	Trace(EmailStatus(msg.ID) = emailSent)
	msg.Recipient = "bad address"
	Trace(EmailSendMessage("alice", msg))
	Error(ErrorInfo())
	EmailCloseSession("alice")
END
