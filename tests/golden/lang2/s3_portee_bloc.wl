// SPEC §3.2, DECISIONS 8 : une variable déclarée dans un bloc reste visible après lui ; la variable de POUR aussi
SI Vrai ALORS
	Message est une chaîne = "déclaré dans le SI"
FIN
Trace(Message)
POUR k = 1 À 5
FIN
Trace(k)
POUR j = 10 À 1 PAS -3
FIN
Trace(j)
