// Package console is the output and dialog family of a script run from
// the command line (SPEC §1, §7.1; DECISIONS 10, 11, 13): Trace, Info,
// Erreur, Avertissement, ToastAffiche, and the dialogs that need an
// answer (OuiNon, Confirmer, Saisie), which call a host hook.
package console
