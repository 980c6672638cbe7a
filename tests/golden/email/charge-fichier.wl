// EmailChargeFichierAttaché (fr:1000019126) : -1 et ErreurInfo quand le
// fichier n'existe pas ; la méthode ChargeFichierAttaché aussi
m est un Email
Trace(EmailChargeFichierAttaché(m, "pas-de-fichier-ici.pdf"))
Trace(ErreurDétectée, ErreurInfo())
Trace(m.ChargeFichierAttaché("pas-de-fichier-ici.pdf"))
Trace(TableauOccurrence(m.Attache))
