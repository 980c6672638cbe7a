//! smtp: starttls cert wrongname
//! args: --lang en
// --lang en: ErreurInfo in English (DECISIONS 19)
s is an emailSMTPSession
s.ServerAddress = "localhost"
s.Option = emailProtocoleSMTPS
IF NOT s.StartSession() THEN
	Error(ErrorInfo())
END
