// La propriété Membre d'un Variant (doc 1000021078) : l'exemple de la page,
// le JSON Jedi lu par JSONVersVariant et parcouru par POUR TOUT ; les
// membres viennent dans l'ordre du texte.
jedi est une chaîne = [
	{
	"id": 5,
	"name": "Luke Skywalker",
	"pilotingScore": 98,
	"shootingScore": 56,
	"isForceUser": true
	}
]
v est un Variant = JSONVersVariant(jedi)
Trace("Dans le JSON Jedi :")
POUR TOUT x DE v..Membre
	Trace("Le membre " + x.Nom + " a la valeur " + x.Valeur)
FIN
Trace(v..Membre..Occurrence)
