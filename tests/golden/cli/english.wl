//! args: --lang en
// --lang en: runtime and compile messages in English
Trace("before")
n is int = 0
Trace(5 / n)
