// SPEC §5.6, §6 : Date affectée par une chaîne AAAAMMJJ ; convertie en chaîne (concaténation) elle donne AAAAMMJJ ; comparaison de dates
Début est une Date = "20240131"
Échéance est une Date
Échéance = "20240201"
Trace("Début : " + Début)
Trace(Début < Échéance, Début = "20240131")
Trace(DateVersChaîne(Échéance))
