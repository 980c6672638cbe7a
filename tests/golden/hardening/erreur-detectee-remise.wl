// DECISIONS 9f (issue 12, point 13): every built-in call resets
// ErreurDétectée, except those that read the error state.
x = fOuvre("absent-9f.txt", foLecture)
Trace(ErreurDétectée)
n = Taille("abc")
Trace(ErreurDétectée)
x = fOuvre("absent-9f.txt", foLecture)
Trace(ErreurInfo(errCode) <> 0, ErreurDétectée)
x = fOuvre("absent-9f.txt", foLecture)
Trace(ExceptionInfo(errCode), ErreurDétectée)
Trace(ErreurDétectée)
