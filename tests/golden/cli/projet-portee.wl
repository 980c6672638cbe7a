//! args: --projet portee-ok
// wl run --projet : une procédure du projet voit les globales du projet
// (bloc de déclaration de la collection), pas les variables du script ;
// les procédures du script voient les variables du script.
nLocale est une chaîne = "variable du script"
Trace(Décrit())
Trace(nLocale)
gsProjet = "modifiée par le script"
Trace(Décrit())
Trace(DuScript())

PROCÉDURE DuScript()
RENVOYER nLocale + " / " + gsProjet + " / " + gnAppels
