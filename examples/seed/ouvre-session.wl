// Gestion d'une session email SMTP
MaSessionEmailSMTP est une emailSessionSMTP
SI  MaSessionEmailSMTP.OuvreSession() = Vrai ALORS
	NomUser = MaSessionEmailSMTP..Nom
SINON
	NomUser = ""
	Erreur("Impossible d'établir la connexion")
FIN
