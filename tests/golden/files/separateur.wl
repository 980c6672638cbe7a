// fSéparateur (doc 1000018861) et fSep (doc 1000019647).
Trace(fSéparateur("C:\Temp/Données\f.txt", fSéparateurUnix))
Trace(fSéparateur("/home/moi/f.txt", fSéparateurWindows))
Trace(fSéparateur("a\b/c", " > "))
Trace(fSep() = "/" OU fSep() = "\")
Trace(fSéparateur("a\b/c") = "a" + fSep() + "b" + fSep() + "c")
