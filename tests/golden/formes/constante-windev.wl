// Une constante WinDev d'une famille que wl ne fournit pas
// (hRequêteDéfaut, mode de HExécuteRequête, doc 3044080) n'est pas
// l'erreur 301 : wl check avertit (9409), le reste est compilé, et lire
// la constante est une erreur d'exécution positionnée. Une constante du
// programme du même nom que rien de WinDev reste la sienne.
CONSTANTE
	nModeLocal = 3
FIN
Trace(nModeLocal)
QUAND EXCEPTION DANS
	Trace("jamais", hRequêteDéfaut)
FAIRE
	Trace("erreur :", ExceptionInfo(errMessage))
FIN
SI nModeLocal = 0 ALORS Trace(hVérifieIntégrité)
nMode est un entier = hAvecTransaction
Trace("jamais", nMode)
