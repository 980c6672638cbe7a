//! args: --lang en
ExceptionDéclenche(1)
