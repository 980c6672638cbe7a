//! smtp: implicit-tls cert expired
// Un certificat expiré est accepté avec emailSessionIgnoreCertificatExpiré
// (fr:1000018765) ; sans ce drapeau il est refusé (certificat-expire.wl) ;
// chaque drapeau n'ignore que son contrôle (stdlib/email, TestIgnoreFlags)
EmailParamètre(emailParamètreMode, 1)
s est une emailSessionSMTP
s.AdresseServeur = "localhost"
s.Option = optionTLS
s.IgnoreErreur = emailSessionIgnoreCertificatExpiré
Trace(s.OuvreSession())
s.FermeSession()
