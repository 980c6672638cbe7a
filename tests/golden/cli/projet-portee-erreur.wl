//! args: --projet portee-erreur
// Une procédure du projet qui lit une variable du script : erreur de
// compilation positionnée dans le fichier .wdg (comme dans WinDev, où une
// procédure globale ne voit que les globales du projet).
nLocale est une chaîne = "variable du script"
CONSTANTE KSCRIPT = "constante du script"
Trace(Décrit(), LitConstante())
