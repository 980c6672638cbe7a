//! args: --no-files
// EmailConstruitSource [fr:1000017225] construit la source d'un Email ;
// EmailImporteSource [fr:1000017226] remplit un autre Email à partir de
// cette source (sujet accentué, pièce jointe au nom accentué, HTML) ; une
// source MIME mal formée donne Faux et un message clair ; sans accès aux
// fichiers (--no-files), EmailSauveFichierAttaché [fr:3032020] est refusée.
m est un Email
m.Expéditeur = "Zoé <zoe@example.org>"
m.Destinataire = "bob@example.org"
Ajoute(m.Cc, "carol@example.org")
m.Sujet = "Réunion d'été"
m.Message = "Texte"
m.HTML = "<p>Texte</p>"
m.Priorité = emailPrioritéHaute
a est un emailAttache
a.Nom = "résumé.txt"
a.Contenu = "contenu de la pièce"
a.ContentType = "text/plain"
Ajoute(m.Attache, a)
Trace(EmailConstruitSource(m), Taille(m.Source) > 0)
r est un Email
r.Source = m.Source
Trace(EmailImporteSource(r))
Trace(r.Expéditeur, "|", r.Destinataire[1], "|", r.Cc[1], "|", r.Sujet, "|", r.Priorité = emailPrioritéHaute)
Trace(r.Message, "|", r.HTML, "|", r.Attache.Occurrence, r.Attache[1].Nom, r.Attache[1].Contenu)
Trace(r.DateRéception, r.EnDehors)
x est un Email
x.Source = "Subject: cassé" + RC + "Content-Type: multipart/mixed; boundary=B" + RC + RC + "--B" + RC + "Content-Transfer-Encoding: base64" + RC + RC + "@@@" + RC + "--B--" + RC
Trace(EmailImporteSource(x), x.Sujet)
Trace(ErreurInfo())
Trace(EmailSauveFichierAttaché(r.Attache[1], "copie.txt"))
Trace(ErreurInfo())
// La structure Email.
Email.Source = m.Source
Trace(EmailImporteSource(), Email.Sujet, Email.NbAttache, Email.Attache[1])
