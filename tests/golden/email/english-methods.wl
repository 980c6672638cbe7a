//! smtp: plain
//! args: --lang en
// English method names: StartSession, SendMessage, CloseSession; English
// property names of Email and emailHeader
s is an emailSMTPSession
s.ServerAddress = "localhost"
IF s.StartSession() THEN
	msg is an Email
	msg.Sender = "ops@example.com"
	msg.SenderAddress = "replies@example.com"
	msg.Recipient = "team@example.com"
	msg.Subject = "Nightly build"
	msg.Message = "All green."
	msg.ReadReceipt = True
	h is an emailHeader
	h.Name = "X-Build"
	h.Value = "1234"
	Add(msg.Header, h)
	Trace(s.SendMessage(msg, emailOptionEncodeHeader))
	s.CloseSession()
END
