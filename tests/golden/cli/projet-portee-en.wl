//! args: --projet portee-erreur --lang en
// wl run --project: a project procedure that reads a script variable is a
// compile error positioned in the .wdg file (in WinDev a global procedure
// sees only the project's globals).
nLocale is string = "script variable"
CONSTANT KSCRIPT = "script constant"
Trace(Décrit(), LitConstante())
