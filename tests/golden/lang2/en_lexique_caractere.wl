//! args: --lang en
// English lexer message (issue 11): a character that starts no token, code 9002
x is int = 1 # 2
