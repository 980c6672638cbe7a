// SPEC §2.4 : littéral entre accents graves : « ` » doublé à l'intérieur, [% %] toujours interprété, « " » sans échappement
Nom est une chaîne = "Zoé"
Trace(`Bonjour [%Nom%], dit "l'accent ``grave``"`)
Trace(-%"Texte [%Nom%] laissé tel quel")
Trace("Entre guillemets : [%Nom%]")
