// Les sous-éléments nommés et indicés d'un Variant (doc 1514019) : les
// exemples de la page, chacun suivi de ce que la page dit qu'il donne.

// Un membre affecté est créé, puis modifié.
Personne est un Variant
Personne.Nom = "DUPONT"
Personne.Prénom = "Michel"
Trace(Personne.Nom + " " + Personne.Prénom)
Personne.Nom = "MARTIN"
Trace(Personne.Nom)

// Un membre lu qui n'existe pas : Null, et il n'est pas créé ; Existe
// le teste sans le créer.
Fiche est un Variant
SI PAS Fiche.Nom..Existe ALORS Trace("Le nom n'a pas été renseigné")
Elément est un Variant
SI Elément.MembreInexistant..Valeur = Null ALORS Trace("Valeur Null")
SI Elément.MembreInexistant = Null ALORS Trace("Null")
Trace(Personne.Age..Existe, Personne.Nom..Existe, Personne..Occurrence)

// Les sous-éléments indicés : [ ] crée le tableau ; Occurrence, POUR TOUT.
Jours est un Variant
Jours[1] = "lundi"
Jours[2] = "mardi"
Jours[3] = "mercredi"
Jours[4] = "jeudi"
Jours[5] = "vendredi"
Jours[6] = "samedi"
Jours[7] = "dimanche"
Trace(Jours..Occurrence, Jours[7])
POUR TOUT j DE Jours
	Trace(j)
FIN

// Imbrication des sous-éléments nommés et indicés.
Bibliotheque est un Variant
Bibliotheque.Livre[1].Titre = "Les trois mousquetaires"
Bibliotheque.Livre[1].Auteur = "Alexandre Dumas"
Bibliotheque.Livre[2].Titre = "Les misérables"
Bibliotheque.Livre[2].Auteur = "Victor Hugo"
POUR TOUT l DE Bibliotheque.Livre
	Trace(l.Titre + " (" + l.Auteur + ")")
FIN

// Un membre est un Variant : il prend ses sous-éléments de la même façon.
Cmd est un Variant
Cmd.Client.Adresse.Ville = "Lyon"
Cmd.Total = 10
Cmd.Total += 5
Cmd.Total++
Trace(Cmd.Client.Adresse.Ville, Cmd.Total)
