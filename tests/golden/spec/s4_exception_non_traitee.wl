// DECISIONS 12: an uncaught exception stops the run, exit status 1
Trace("avant")
ExceptionDéclenche(7, "erreur fatale")
Trace("après")
