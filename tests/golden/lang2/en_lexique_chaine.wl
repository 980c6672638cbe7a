//! args: --lang en
// English lexer message (issue 11): unterminated string, WinDev compile error 3 (SPEC §10)
Trace("open)
