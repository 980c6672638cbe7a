// Package wdexport reads the text exports of WinDev project elements
// (.wdg procedure collections, .wdc classes, .wdw windows; WinDev 25 and
// later write them for version control). Such a file is YAML-like: every
// `code : |1+` or `code : |1-` key opens a literal block holding one unit
// of WLangage code, and the sibling `type :` number says what the unit is.
//
// Read gives every unit with its kind, its name and its position in the
// export file; Text lays the code out at those positions so that a
// compiler's line and column numbers are the export file's.
package wdexport
