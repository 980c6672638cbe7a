//! args: --lang en
// English lexer message (issue 11): a comment left open, code 9001
Trace(1)
/* never closed
