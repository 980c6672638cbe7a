package files

import (
	"errors"
	"path/filepath"
	"strings"

	"github.com/wlangage/wl/runtime"
	"github.com/wlangage/wl/stdlib/internal/mimetype"
)

// errPart is an fExtraitChemin part that combines none of the constants.
var errPart = errors.New("unknown part")

// fExtraitChemin (3036026): the parts of a path asked for (fDisque,
// fRépertoire, fFichier, fExtension, combined with +), in that order. The
// path is only read as text, with both separators; the file system is not
// touched, so no grant is needed. A path ending with a separator has no
// file part. fDisque is "C:" or the server and share of a UNC path
// (\\serveur\partage), "" otherwise.
func fExtraitChemin(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	var p string
	var parts int64
	if err := c.Unpack(args, "chemin", &p, "éléments", &parts); err != nil {
		return runtime.Null, err
	}
	if parts&(FDisque|FRepertoire|FFichier|FExtension) == 0 {
		code, fr, en := reason(errPart)
		c.Fail(code, "Impossible d'extraire les éléments du chemin « "+p+" » : "+fr+".",
			"Cannot extract the parts of the path '"+p+"': "+en+".")
		return runtime.Str(""), nil
	}
	drive, dir, file, ext := splitPath(p)
	var b strings.Builder
	if parts&FDisque != 0 {
		b.WriteString(drive)
	}
	if parts&FRepertoire != 0 {
		b.WriteString(dir)
	}
	if parts&FFichier != 0 {
		b.WriteString(file)
	}
	if parts&FExtension != 0 {
		b.WriteString(ext)
	}
	return runtime.Str(b.String()), nil
}

func isSep(b byte) bool { return b == '\\' || b == '/' }

// splitPath cuts a path into drive, directories (with their final
// separator), file name and extension (with its dot).
func splitPath(p string) (drive, dir, file, ext string) {
	rest := p
	switch {
	case len(p) >= 2 && p[1] == ':' && isLetter(p[0]):
		drive, rest = p[:2], p[2:]
	case len(p) >= 2 && isSep(p[0]) && isSep(p[1]):
		// \\server\share: the drive ends before the separator after the
		// share name.
		seps := 0
		end := len(p)
		for i := 2; i < len(p); i++ {
			if isSep(p[i]) {
				seps++
				if seps == 2 {
					end = i
					break
				}
			}
		}
		drive, rest = p[:end], p[end:]
	}
	last := strings.LastIndexAny(rest, `\/`)
	dir, name := rest[:last+1], rest[last+1:]
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		return drive, dir, name[:i], name[i:]
	}
	return drive, dir, name, ""
}

func isLetter(b byte) bool { return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' }

// fSep (1000019647): the directory separator of the platform wl runs on.
func fSep(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	return runtime.Str(string(filepath.Separator)), nil
}

// fSéparateur (1000018861): the path with every separator (\ and /)
// replaced by the platform's, by '/' (fSéparateurUnix), by '\'
// (fSéparateurWindows) or by a given string.
func fSeparateur(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	var p string
	var v runtime.Value
	if err := c.Unpack(args, "chemin", &p, "séparateur?", &v); err != nil {
		return runtime.Null, err
	}
	sep := string(filepath.Separator)
	if !c.Omit(args, 1) {
		switch {
		case v.Kind() == runtime.KString:
			sep = v.Text()
		case v.ToInt() == FSeparateurUnix:
			sep = "/"
		case v.ToInt() == FSeparateurWindows:
			sep = `\`
		}
	}
	return runtime.Str(strings.NewReplacer(`\`, sep, "/", sep).Replace(p)), nil
}

// fContentType (1000024732) and fTypeMIME (1410089105, "identique"): the
// MIME type of a file from its extension ("Le type MIME est déterminé à
// partir de l'extension du fichier"), "" when it cannot be determined.
// The file is not read, so no grant is needed.
func fContentType(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	var p string
	if err := c.Unpack(args, "chemin", &p); err != nil {
		return runtime.Null, err
	}
	t, _ := mimetype.ByName(p)
	return runtime.Str(t), nil
}

// mimeConsts are the typeMime* constants of fContentType (1000024732);
// their English spellings are not documented.
var mimeConsts = []struct{ name, v string }{
	{"typeMimeApplicationXML", mimetype.ApplicationXML}, {"typeMimeBinaire", mimetype.Binary},
	{"typeMimeDOC", mimetype.DOC}, {"typeMimeDOCX", mimetype.DOCX}, {"typeMimeGIF", mimetype.GIF},
	{"typeMimeHTML", mimetype.HTML}, {"typeMimeJPEG", mimetype.JPEG}, {"typeMimeJSON", mimetype.JSON},
	{"typeMimePDF", mimetype.PDF}, {"typeMimePNG", mimetype.PNG}, {"typeMimeSOAP", mimetype.SOAP},
	{"typeMimeTexte", mimetype.Text}, {"typeMimeTexteXML", mimetype.TextXML}, {"typeMimeXLS", mimetype.XLS},
	{"typeMimeXLSX", mimetype.XLSX}, {"typeMimeZIP", mimetype.ZIP},
}
