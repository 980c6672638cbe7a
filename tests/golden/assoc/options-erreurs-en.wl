//! args: --lang en
// English twin of options-erreurs (doc 1514058): unknown or non-constant
// options, positioned compile errors.
n is an int = 3
ta is an associative array (WithDuplicate) of int
tb is an associative array (*, n) of int
tc is an associative array (*, *, wlBoolean) of int
td is an associative array (*, *, *, -1) of int
Trace("never")
