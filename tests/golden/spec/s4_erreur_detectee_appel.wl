// ErreurDétectée (doc 3087001) est une variable ; le code réel l'écrit
// aussi avec des parenthèses vides, ErreurDétectée(), que WinDev compile :
// même valeur, et le test juste après l'appel désactive encore le
// CAS ERREUR automatique (SPEC §4.10).
Vérifie(1)
Trace(ErreurDétectée(), ErreurDétectée)
Vérifie(0)
SI ErreurDétectée() ALORS Trace("détectée :", ErreurInfo())
Trace("continue")
CAS ERREUR:
Trace("jamais")
PROCÉDURE Vérifie(n)
SI n = 0 ALORS ErreurDéclenche(7, "zéro")
