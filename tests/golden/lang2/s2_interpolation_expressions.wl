// SPEC §2.4 : [% %] accepte une variable, un élément indexé ou une expression ; -% le désactive pour un littéral
Tab est un tableau de chaînes = ["rouge", "vert"]
n est un entier = 4
Trace("Premier : [%Tab[1]%], double : [%n * 2%], taille : [%Tab.Occurrence%]")
Trace(-%"[%n%] reste brut", "[%n%] est remplacé")
Modèle est une chaîne = [
Quantité : [%n%]
]
Trace(Modèle)
