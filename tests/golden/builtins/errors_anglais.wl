//! args: --lang en
// English names and messages of the error functions (SPEC §9, DECISIONS 19)
s is string = Middle("abc", -1)
Trace(ErrorOccurred, ErrorInfo(errFunction))
Trace(ErrorInfo(errMessage))
Trace(ErrorInfo(errCode) <> 0)
