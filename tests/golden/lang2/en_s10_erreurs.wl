//! args: --lang en
// English twin of s3_lecture_non_declaree / s10_plusieurs_erreurs (SPEC §10, DECISIONS 12, 19): every compile error listed, in English with --lang en
Trace(Missing + 1)
Total is int = 2
Trace(Total * Unknown)
