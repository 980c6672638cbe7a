//! smtp: plain
// Un élément de Destinataire, Cc ou Cci est une adresse (issue 12 point 11) :
// une liste ou un groupe dans un élément est refusé, l'erreur nomme
// l'élément, et rien n'est envoyé. Puis un envoi correct.
EmailOuvreSessionSMTP("u", "localhost")
m est un Email
m.Expéditeur = "moi@example.com"
m.Destinataire = "a@example.com, b@example.com"
Trace(EmailEnvoieMessage("u", m), ErreurInfo())
m.Destinataire = "equipe: a@example.com, b@example.com;"
Trace(EmailEnvoieMessage("u", m), ErreurInfo())
m.Destinataire = "a@example.com"
Ajoute(m.Cc, "b@example.com")
Ajoute(m.Cc, "b@example.com; c@example.com")
Trace(EmailEnvoieMessage("u", m), ErreurInfo())
m.Cc[2] = "c@example.com"
m.Sujet = "Un seul à la fois"
Trace(EmailEnvoieMessage("u", m))
m.Expéditeur = ""
Trace(EmailEnvoieMessage("u", m), ErreurInfo())
EmailFermeSession("u")
