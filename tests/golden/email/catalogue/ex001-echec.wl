//! smtp: insecure-auth auth compta:s3cret
// Catalogue 001 (fr:3032025), échec : le serveur refuse le mot de passe,
// l'ouverture échoue et le script affiche trois lignes dont ErreurInfo
EmailChangeTimeOut(10)
SI EmailOuvreSessionSMTP("compta", "faux", "127.0.0.1") ALORS
	EmailFermeSession("compta")
SINON
	Erreur("Connexion impossible", ErreurInfo(), "Vérifiez le pare-feu (port 25)")
FIN
