// SPEC §6 : monétaire et numérique sont décimaux (pas de flottant) : 0.1 ajouté dix fois vaut exactement 1 ; affichage sans zéros inutiles
m est un monétaire
POUR i = 1 À 10
	m += 0.1
FIN
Trace(m, m = 1)
Prix est un monétaire = 19.90
Trace(Prix * 3, Prix / 2)
n est un numérique = 1 / 3
Trace(n * 3 > 0.99)
