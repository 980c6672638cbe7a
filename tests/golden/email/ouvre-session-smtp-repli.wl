//! smtp: starttls auth alice:secret
// Un mot de passe sur une session en clair vers la boucle locale : le
// serveur n'offre AUTH qu'après STARTTLS, la session s'ouvre sans
// authentification (fr:3032025 « SMTP authentifié », SPEC §8.2)
Trace(EmailOuvreSessionSMTP("alice", "secret", "localhost"))
EmailFermeSession("alice")
