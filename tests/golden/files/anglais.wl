//! args: --lang en
// English names of the functions and constants, English messages
// (DECISIONS 2, 19).
Dir est une chaîne = "tmp_anglais"
fRemoveDir(Dir, frRecursive + frReadOnly)
Trace(fMakeDir(Dir))
f est un entier = fCreate(Dir + "/en.txt")
Trace(fWriteLine(f, "first"), fWriteLine(f, "second"))
Trace(fSeek(f, 0, fpBeginning))
Trace(fReadLine(f), fReadLine(f), fReadLine(f) = EOT)
Trace(fClose(f))
Trace(fOpen(Dir + "/missing.txt", foRead), ErrorInfo())
Trace(fFileExist(Dir + "/en.txt"), fDirExist(Dir), fSize(Dir + "/en.txt"))
Trace(fCopyFile(Dir + "/en.txt", Dir + "/copy.txt"), fRename(Dir + "/copy.txt", Dir + "/en.txt"), ErrorInfo())
Trace(fDelete(Dir + "/en.txt"), fLoadText(Dir + "/copy.txt") = "first" + RC + "second" + RC)
Trace(fRemoveDir(Dir), ErrorInfo())
Trace(fRemoveDir(Dir, frRecursive))
