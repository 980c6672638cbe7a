//! pop3: plain
// Un message MIME mal formé au milieu de la boîte : sa lecture échoue
// avec un message clair (la source reste lisible) et le reste de la boîte
// se lit.
EmailOuvreSessionPOP3("malforme", "secret", "localhost")
m est un Email
Trace(EmailLitPremier("malforme", m), m.Sujet)
Trace(EmailLitSuivant("malforme", m), m.Sujet, ErreurDétectée, Taille(m.Source) > 0)
Trace(ErreurInfo())
Trace(EmailLitSuivant("malforme", m), m.Sujet, ErreurDétectée)
t est un tableau de Email = EmailRécupèreTout("malforme")
Trace("récupérés :", t.Occurrence, ErreurDétectée)
EmailFermeSession("malforme")
