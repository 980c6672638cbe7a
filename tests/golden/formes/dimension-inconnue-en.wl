//! args: --lang en
// English keywords: an array dimension naming nothing declared is the
// unknown identifier (301); a declared non-constant variable is 9404.
arrA is array fixed of nMaxAnswers int
nSize is int = 3
arrB is array fixed of nSize int
Trace("never")
