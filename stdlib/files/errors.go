package files

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"strings"
	"syscall"

	"github.com/wlangage/wl/runtime"
)

// Error codes of the family (ErreurInfo(errCode)). The documentation gives
// none: where one fits, the Windows system error number is used.
const (
	codeNotFound  = 2    // ERROR_FILE_NOT_FOUND
	codeDenied    = 5    // ERROR_ACCESS_DENIED
	codeHandle    = 6    // ERROR_INVALID_HANDLE
	codeExists    = 80   // ERROR_FILE_EXISTS
	codeParam     = 87   // ERROR_INVALID_PARAMETER
	codeNotEmpty  = 145  // ERROR_DIR_NOT_EMPTY
	codeNoGrant   = 1100 // the host granted no file access
	codeEscape    = 1101 // the path leaves the granted directory
	codeReadOnly  = 1102 // the host granted read-only access
	codeEOF       = 1103 // end of file reached (fLit)
	codeIO        = 1104 // any other system error
	codeIsDir     = 1105 // a directory where a file is expected (and back)
	codeOpenInRun = 1106 // the file is open in this run
)

// op is what a function was doing, for the messages: "Impossible d'ouvrir
// le fichier « x » : raison." / "Cannot open the file 'x': reason."
type op struct{ fr, en string }

var (
	opOpen   = op{"d'ouvrir le fichier", "open the file"}
	opCreate = op{"de créer le fichier", "create the file"}
	opClose  = op{"de fermer le fichier", "close the file"}
	opRead   = op{"de lire le fichier", "read the file"}
	opWrite  = op{"d'écrire dans le fichier", "write to the file"}
	opSeek   = op{"de se positionner dans le fichier", "seek in the file"}
	opSize   = op{"de lire la taille de", "get the size of"}
	opDelete = op{"de supprimer le fichier", "delete the file"}
	opCopy   = op{"de copier le fichier", "copy the file"}
	opRename = op{"de renommer", "rename"}
	opMove   = op{"de déplacer le fichier", "move the file"}
	opMkdir  = op{"de créer le répertoire", "create the directory"}
	opRmdir  = op{"de supprimer le répertoire", "remove the directory"}
	opList   = op{"de lister les fichiers de", "list the files of"}
	opChdir  = op{"de changer le répertoire en cours en", "change the current directory to"}
	opExists = op{"de tester l'existence de", "check"}
)

// reason describes err in French and English with its code.
func reason(err error) (code int, fr, en string) {
	msg := err.Error()
	switch {
	case errors.Is(err, errEscape) || strings.Contains(msg, "path escapes from parent"):
		return codeEscape, "ce chemin sort du répertoire accordé par l'hôte", "the path is outside the directory granted by the host"
	case errors.Is(err, errReadOnly):
		return codeReadOnly, "l'hôte n'a accordé l'accès aux fichiers qu'en lecture", "the host granted read-only file access"
	case errors.Is(err, errDrive):
		return codeParam, "les lecteurs (C:) et les chemins UNC (\\\\serveur) n'existent pas sur ce système", "drive letters (C:) and UNC paths (\\\\server) do not exist on this system"
	case errors.Is(err, errEmpty):
		return codeParam, "le chemin est vide", "the path is empty"
	case errors.Is(err, errIsDir) || errors.Is(err, syscall.EISDIR):
		return codeIsDir, "c'est un répertoire", "it is a directory"
	case errors.Is(err, errNotDir) || errors.Is(err, syscall.ENOTDIR):
		return codeIsDir, "ce n'est pas un répertoire", "it is not a directory"
	case errors.Is(err, errNotRegular):
		return codeParam, "ce n'est pas un fichier ordinaire (périphérique, tube ou socket)", "it is not a regular file (device, pipe or socket)"
	case errors.Is(err, errTooLarge):
		return codeParam, "le fichier dépasse 2 Go", "the file is over 2 GB"
	case errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded):
		return codeIO, "l'exécution a été interrompue", "the run was interrupted"
	case errors.Is(err, errOpen):
		return codeOpenInRun, "le fichier est ouvert", "the file is open"
	case errors.Is(err, errCwd):
		return codeDenied, "c'est le répertoire en cours ou l'un de ses parents", "it is the current directory or one of its parents"
	case errors.Is(err, errSame):
		return codeParam, "la source et la destination sont le même fichier", "the source and the destination are the same file"
	case errors.Is(err, errWild):
		return codeParam, "les caractères génériques (* et ?) sont interdits ici", "wildcards (* and ?) are not allowed here"
	case errors.Is(err, errNotReadable):
		return codeDenied, "le fichier n'est pas ouvert en lecture", "the file is not open for reading"
	case errors.Is(err, errNotWritable):
		return codeDenied, "le fichier n'est pas ouvert en écriture", "the file is not open for writing"
	case errors.Is(err, errNegative):
		return codeParam, "la taille ou la position est négative", "the size or the position is negative"
	case errors.Is(err, errOrigin):
		return codeParam, "l'origine doit être fpDébut, fpCourant ou fpFin", "the origin must be fpBeginning, fpCurrent or fpEnd"
	case errors.Is(err, errPart):
		return codeParam, "la portion demandée doit combiner fDisque, fRépertoire, fFichier et fExtension", "the part must combine fDrive, fDirectory, fFile and fExtension"
	case errors.Is(err, errReadOnlyFile):
		return codeDenied, "le fichier est en lecture seule (frLectureSeule permet de le supprimer)", "the file is read-only (frReadOnly allows deleting it)"
	case errors.Is(err, errNoMatch):
		return codeNotFound, "aucun fichier ne correspond", "no file matches"
	case errors.Is(err, syscall.ENOTEMPTY): // before ErrExist, which matches it
		return codeNotEmpty, "le répertoire n'est pas vide", "the directory is not empty"
	case errors.Is(err, fs.ErrNotExist):
		return codeNotFound, "fichier ou répertoire inexistant", "no such file or directory"
	case errors.Is(err, fs.ErrPermission):
		return codeDenied, "accès refusé", "access denied"
	case errors.Is(err, fs.ErrExist):
		return codeExists, "le fichier existe déjà", "the file already exists"
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		msg = pe.Err.Error()
	}
	return codeIO, msg, msg
}

// fail reports a non-fatal error about name (the path as the script gave
// it).
func (s *state) fail(c *runtime.Call, o op, name string, err error) {
	code, fr, en := reason(err)
	c.Fail(code,
		fmt.Sprintf("Impossible %s « %s » : %s.", o.fr, name, fr),
		fmt.Sprintf("Cannot %s '%s': %s.", o.en, name, en))
}

// done ends an operation the WLangage way: Vrai, or Faux with err
// recorded against name (fail).
func (s *state) done(c *runtime.Call, o op, name string, err error) (runtime.Value, error) {
	if err != nil {
		s.fail(c, o, name, err)
		return runtime.Bool(false), nil
	}
	return runtime.Bool(true), nil
}
