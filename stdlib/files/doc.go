// Package files is the external-file family (fonctions de gestion des
// fichiers externes, doc 3036034): fOuvre / fCrée / fFerme, fLitLigne /
// fEcritLigne, fLit / fEcrit / fPositionne, fChargeTexte / fSauveTexte /
// fAjouteTexte, fChargeBuffer / fSauveBuffer, fFichierExiste, fTaille,
// fSupprime, fCopieFichier, fRenomme / fDéplaceFichier, fRepCrée /
// fRepSupprime / fRepExiste, fListeFichier, fRepEnCours, and the path
// helpers fExtraitChemin, fSep, fSéparateur.
//
// # The host boundary
//
// A script reaches the file system only through what the host grants
// (DESIGN "The host boundary"): a *FS stored under HostKey, usually with
// WithOS (the real machine, what `wl run` grants) or WithRoot (every path
// confined to one directory). With no grant every function of the family
// fails cleanly: it returns its documented failure value and sets
// ErreurDétectée / ErreurInfo with a message saying the host did not grant
// file access. The pure path functions (fExtraitChemin, fSep, fSéparateur)
// need no grant.
//
// Under WithRoot, a path that leaves the directory (`..`, an absolute path
// elsewhere, a symbolic link pointing out) is refused; the checks are done
// by os.Root, so a symbolic link is never followed outside the root.
//
// Other families that read files for a script (e-mail attachments) should
// go through ReadFile, so that the same grant governs them.
//
// The current directory (fRepEnCours) belongs to each run: it starts at
// FS.Dir (the process working directory, or the root) and changing it never
// changes the process's directory, so runs may go on concurrently.
//
// # Choices where the documentation leaves room
//
//   - Paths: on Linux and macOS a backslash in a script path is a directory
//     separator, so Windows-style relative paths ("données\clients.txt")
//     work unchanged. `..` is resolved lexically before the root check. A
//     drive letter ("C:\...") or a UNC path ("\\serveur\...") is an error
//     there rather than a folder named "C:".
//   - Wildcards (* and ?) ignore case, as on Windows; "*.*" matches every
//     name. fListeFichier gives the files of a directory in name order,
//     before those of its sub-directories.
//   - A read-only file is deleted (fSupprime, fRepSupprime) only with
//     frLectureSeule: there is no confirmation dialog to ask.
//   - The syntaxes with a callback procedure (fLitLigne, fListeFichier,
//     fCopieFichier) and the FichierDisque type are not available yet: a
//     procedure argument is a runtime error that says so.
//   - Text encodings (fOuvre 3036036, fLitLigne 3036031): without foAnsi or
//     foUnicode a file is UTF-8 (a UTF-8 byte order mark at the start is
//     skipped; a line that is not valid UTF-8 is read as Windows-1252, as the
//     lexer does for sources). foAnsi is Windows-1252 (a character it lacks
//     is written as '?'); foUnicode is UTF-16 little endian with its FF FE
//     mark, read and written as fOuvre documents.
//   - Line endings: fEcritLigne ends every line with RC (CR LF), as WinDev
//     does on Windows, so the files are the same on every platform.
//     fLitLigne's default separator accepts CR LF and a lone LF (a CR before
//     the LF is dropped); an explicit separator is matched exactly.
//   - fLit / fEcrit move bytes without conversion (3036014); fChargeTexte
//     without a mode returns the bytes as they are (binary zeros included)
//     except a leading UTF-8 mark in front of valid UTF-8.
//   - foBloqueLecture / foBloqueEcriture are accepted and do not lock
//     (there is no portable mandatory lock); foSuppressionAutomatique
//     deletes the file when it is closed or when the run ends.
//   - The numeric values of the constants are not documented; ours are
//     bit flags so that sums such as foLecture + foUnicode work.
//   - Handles belong to a run and are closed when it ends, however it ends.
package files
