// Ouvre une session SMTP chiffrée (STARTTLS) puis la ferme.
// À essayer sans rien envoyer : wl run --mail-sink examples/session-starttls.wl
MaSession est une emailSessionSMTP
MaSession.AdresseServeur = "smtp.example.com"
MaSession.Port = 587
MaSession.Option = emailProtocoleSMTPS
SI MaSession.OuvreSession() ALORS
	Trace("Session ouverte sur", MaSession.AdresseServeur)
	MaSession.FermeSession()
SINON
	Erreur("Connexion impossible :", ErreurInfo())
FIN
