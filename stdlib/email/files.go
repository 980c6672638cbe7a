package email

import (
	"errors"
	"os"
	"path/filepath"

	"github.com/wlangage/wl/runtime"
	"github.com/wlangage/wl/stdlib/files"

	"github.com/wlangage/wl/lexer/diag"
)

// loadFile reads an attachment. It is the only file access of the e-mail
// family, and it goes through the files family's grant exactly like
// fChargeTexte (--no-files, a root directory, the run's current
// directory): an attachment is no way around it (issue 12 point 9).
func loadFile(r *runtime.Run, name string) ([]byte, error) {
	data, err := files.ReadFile(r, name)
	if err != nil {
		return nil, &fileError{name: name, err: err}
	}
	return data, nil
}

// fileError is an attachment that could not be read.
var _ diag.Error = (*fileError)(nil)

// fileError is an attachment that could not be read.
type fileError struct {
	name string
	err  error
}

func (e *fileError) Error() string { return e.Message("fr") }

func (e *fileError) Unwrap() error { return e.err }

// Message describes the failure in French ("fr") or English ("en").
func (e *fileError) Message(lang string) string {
	en := diag.English(lang)
	reason := e.err.Error()
	if pe, ok := e.err.(*os.PathError); ok {
		reason = pe.Err.Error()
	}
	switch {
	case errors.Is(e.err, files.ErrNoGrant) && en:
		return "Cannot read the attached file " + e.name + ": the host did not grant file access"
	case errors.Is(e.err, files.ErrNoGrant):
		return "Impossible de lire le fichier attaché " + e.name + " : l'hôte n'a pas accordé l'accès aux fichiers"
	case errors.Is(e.err, files.ErrOutsideRoot) && en:
		return "Cannot read the attached file " + e.name + ": it is outside the directory the host granted"
	case errors.Is(e.err, files.ErrOutsideRoot):
		return "Impossible de lire le fichier attaché " + e.name + " : il est hors du répertoire accordé par l'hôte"
	case os.IsNotExist(e.err) && en:
		return "Attached file not found: " + e.name
	case os.IsNotExist(e.err):
		return "Fichier attaché introuvable : " + e.name
	case en:
		return "Cannot read the attached file " + e.name + ": " + reason
	}
	return "Impossible de lire le fichier attaché " + e.name + " : " + reason
}

// chargeFichierAttache implements EmailChargeFichierAttaché(<Email>,
// <file>) [fr:1000019126] and <Email>.ChargeFichierAttaché(<file>)
// [fr:1000022277]: the file becomes an emailAttache (name, content, MIME
// type from the extension) appended to Attache. It returns the rank of
// the attachment, or -1 with ErreurInfo set.
func chargeFichierAttache(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	var v runtime.Value
	var name string
	if err := c.Unpack(args, "email", &v, "fichier", &name); err != nil {
		return runtime.Null, err
	}
	m := v.Struct()
	if m == nil || (m.Type != EmailType && m.Type != StructureType) {
		return runtime.Null, c.Errorf(0, "%s attend une variable de type Email", "%s expects an Email variable", c.Name)
	}
	data, err := loadFile(c.Run, name)
	if err != nil {
		fe := err.(*fileError)
		c.Fail(1, fe.Message("fr"), fe.Message("en"))
		return runtime.Int(-1), nil
	}
	if m.Type == StructureType {
		// The structure lists file names: the file is read when sent.
		arr := m.Fields[sAttache].Array()
		if arr == nil {
			m.Fields[sAttache] = stringArray()
			arr = m.Fields[sAttache].Array()
		}
		n := arr.Append(runtime.Str(name))
		m.Fields[sNbAttache] = runtime.Int(int64(n))
		return runtime.Int(int64(n)), nil
	}
	a := runtime.NewStruct(AttacheType)
	a.Fields[aNom] = runtime.Str(filepath.Base(filepath.ToSlash(name)))
	a.Fields[aContenu] = runtime.Buffer(data)
	a.Fields[aContentType] = runtime.Str(typeOf(name))
	arr := m.Fields[eAttache].Array()
	if arr == nil {
		m.Fields[eAttache] = structArray(AttacheType)()
		arr = m.Fields[eAttache].Array()
	}
	return runtime.Int(int64(arr.Append(runtime.StructValue(a)))), nil
}
