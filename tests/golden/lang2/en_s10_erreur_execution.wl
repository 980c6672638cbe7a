//! args: --lang en
// English twin of s3_tableau_hors_bornes / s5_chaine_condition (SPEC §10): runtime errors in English with --lang en, exit status 1
Items is an array of 2 int
Trace("before")
Items[3] = 1
