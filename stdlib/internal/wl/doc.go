// Package wl holds helpers shared by the standard library families
// (arguments are read with runtime.Call.Unpack): Unicode-correct text
// handling (positions in runes, case and accent folding), the
// Windows-1252 table used by Asc and Caract, and the EOT and RC
// constants.
package wl
