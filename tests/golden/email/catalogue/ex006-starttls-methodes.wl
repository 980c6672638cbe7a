//! smtp: starttls cert-for smtp.example.com auth agent:mdp
// Catalogue 006 (fr:1000022286) : OuvreSession et FermeSession appelées
// comme instructions sur une session STARTTLS authentifiée, port 587 ;
// rien n'est affiché
srv est une emailSessionSMTP
srv.AdresseServeur = "smtp.example.com"
srv.Option = emailProtocoleSMTPS
srv.Port = 587
srv.Nom = "agent"
srv.MotDePasse = "mdp"
srv.OuvreSession()
srv.FermeSession()
