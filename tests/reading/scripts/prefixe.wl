//! imap: plain
//! saved: p.bin
// La syntaxe préfixée [fr:1000022311] : méthodes des variables
// emailSessionIMAP, Email et emailAttache.
s est une emailSessionIMAP
s.AdresseServeur = "localhost"
s.Nom = "prefixe"
s.MotDePasse = "secret"
Trace(s.OuvreSession(), s.NbMessage(), s.DossierCourant())
Trace(s.AjouteDossier("Lus"), Remplace(s.ListeDossier(LstDossierTrié), RC, ", "))
t est un tableau de Email = s.RécupèreTout()
Trace(t.Occurrence, t[2].Sujet, t[2].Attache[1].SauveFichierAttaché("p.bin"))
m est un Email
EmailLitPremier(s, m)
Trace(s.ChangeEtat(m, emailEtatLu), TableauVersChaîne(EmailRécupèreIndicateur(s, m), " "))
Trace(s.ChangeDossier("Lus"), s.NbMessage(), s.SupprimeDossier("Archives"), s.Détruit())
c est un Email
c.Source = m.Source
Trace(c.ImporteSource(), c.Sujet, c.ConstruitSource(), Taille(c.Source) > 0, ErreurInfo())
s.FermeSession()
