//! args: --lang en
// Every syntax of a procedure or method has the same scope (doc 1514063,
// "Portée des procédures"); otherwise a compile error.
CAccount is a Class
END
PROCEDURE PRIVATE CAccount.Credit(s is a string)
Trace(s)
PROCEDURE CAccount.Credit(n is int)
Trace(n)
PROCEDURE CAccount.Credit(r is a real)
Trace(r)
