//! args: --lang en
// English twin of builtins/console_info_erreur (SPEC §7.1, DECISIONS 10–11): Trace on one line, Info on stdout one line per parameter, Error and Warning on stderr, Error() alone prints ErrorInfo()
Trace("a", 1, True)
Info("first line", "second line")
Error("Customer code unknown", "Create it first")
Warning("Careful")
Left("abc", -1)
Error()
