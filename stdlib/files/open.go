package files

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"strings"

	"github.com/wlangage/wl/runtime"
	"github.com/wlangage/wl/stdlib/internal/wl"
)

// fOuvre (3036036): opens a file and returns its identifier, -1 on error
// (ErreurInfo tells why). Without an access mode the file is opened for
// reading and writing, or for reading only when it cannot be written
// ("selon l'attribut du fichier").
func fOuvre(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	var name string
	var mode int64
	if err := c.Unpack(args, "nom", &name, "mode?", &mode); err != nil {
		return runtime.Null, err
	}
	return openFile(c, name, mode, opOpen)
}

// fCrée (3036017): creates (or empties) a file and opens it for reading
// and writing; -1 on error. foAnsi / foUnicode choose the text type.
func fCree(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	var name string
	var mode int64
	if err := c.Unpack(args, "nom", &name, "mode?", &mode); err != nil {
		return runtime.Null, err
	}
	mode &= FoAnsi | FoUnicode | FoSuppressionAuto | FoBloqueLecture | FoBloqueEcriture
	return openFile(c, name, mode|FoCreation|FoLectureEcriture, opCreate)
}

func openFile(c *runtime.Call, name string, mode int64, o op) (runtime.Value, error) {
	fail := runtime.Int(-1)
	s, p, ok := pathOf(c, name, o)
	if !ok {
		return fail, nil
	}
	read, write := mode&FoLecture != 0, mode&FoEcriture != 0
	byAttribute := !read && !write
	if byAttribute {
		read, write = true, !s.grant.ReadOnly
	}
	create := mode&(FoCreation|FoCreationSiInexistant) != 0
	_, statErr := s.sys.Stat(p)
	existed := statErr == nil
	if s.grant.ReadOnly && (write || (create && (mode&FoCreation != 0 || !existed))) {
		s.fail(c, o, name, errReadOnly)
		return fail, nil
	}
	if s.grant.ReadOnly {
		create = false // foCréationSiInexistant on an existing file
		mode &^= FoCreationSiInexistant
	}
	flag := os.O_RDONLY
	switch {
	case read && write, create:
		flag = os.O_RDWR
	case write:
		flag = os.O_WRONLY
	}
	if mode&FoCreation != 0 {
		flag |= os.O_CREATE | os.O_TRUNC
	} else if mode&FoCreationSiInexistant != 0 {
		flag |= os.O_CREATE
	}
	f, err := s.sys.OpenFile(p, flag, 0o666)
	if err != nil && byAttribute && errors.Is(err, fs.ErrPermission) && flag&os.O_RDWR != 0 && !create {
		write = false
		f, err = s.sys.OpenFile(p, os.O_RDONLY, 0)
	}
	if err != nil {
		s.fail(c, o, name, err)
		return fail, nil
	}
	if fi, err := f.Stat(); err == nil && fi.IsDir() {
		f.Close()
		s.fail(c, o, name, errIsDir)
		return fail, nil
	}
	h := &handle{f: f, name: name, path: p, read: read, write: write, autoDelete: mode&FoSuppressionAuto != 0}
	switch {
	case mode&FoUnicode != 0:
		h.enc = encUTF16
	case mode&FoAnsi != 0:
		h.enc = encAnsi
	}
	fresh := mode&FoCreation != 0 || (mode&FoCreationSiInexistant != 0 && !existed)
	switch {
	case fresh && h.enc == encUTF16:
		// foCréation + foUnicode writes the FF FE mark (3036036).
		if h.writeBytes(bomUTF16) == nil {
			h.flush()
		}
	case h.enc == encUTF16:
		h.skipMark(bomUTF16)
	case h.enc == encUTF8:
		h.skipMark(bomUTF8)
	}
	if mode&FoAjout != 0 {
		if n, err := h.size(); err == nil {
			h.pos = n
		}
	}
	s.next++
	s.handles[s.next] = h
	return runtime.Int(s.next), nil
}

// skipMark moves past a byte order mark at the start of the file.
func (h *handle) skipMark(mark []byte) {
	b := make([]byte, len(mark))
	if n, _ := h.f.ReadAt(b, 0); n == len(mark) && bytes.Equal(b, mark) {
		h.pos = int64(len(mark))
	}
}

// lookup finds the handle an argument names; false with the error set.
func lookup(c *runtime.Call, v runtime.Value) (*state, *handle, bool) {
	s := get(c)
	if !s.ready(c) {
		return s, nil, false
	}
	id := v.First().ToInt()
	h := s.handles[id]
	if h == nil {
		c.Fail(codeHandle,
			"Le fichier n° "+runtime.Int(id).Text()+" n'est pas ouvert ("+c.Name+").",
			"File #"+runtime.Int(id).Text()+" is not open ("+c.Name+").")
		return s, nil, false
	}
	return s, h, true
}

// lookupFor is lookup for reading (o is opRead) or writing (opWrite):
// false, with the error set, when the open mode forbids it.
func lookupFor(c *runtime.Call, v runtime.Value, o op) (*state, *handle, bool) {
	s, h, ok := lookup(c, v)
	if !ok {
		return s, h, false
	}
	allowed, err := h.read, errNotReadable
	if o == opWrite {
		allowed, err = h.write, errNotWritable
	}
	if !allowed {
		s.fail(c, o, h.name, err)
		return s, h, false
	}
	return s, h, true
}

// fFerme (3036027): closes a file; 0, or -1 when it is not open.
func fFerme(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	var id runtime.Value
	if err := c.Unpack(args, "identifiant", &id); err != nil {
		return runtime.Null, err
	}
	s, h, ok := lookup(c, id)
	if !ok {
		return runtime.Int(-1), nil
	}
	delete(s.handles, id.ToInt())
	if err := h.close(s); err != nil {
		s.fail(c, opClose, h.name, err)
		return runtime.Int(-1), nil
	}
	return runtime.Int(0), nil
}

// fLitLigne (3036031): the next line, EOT at the end of the file, "" on
// error. The separator defaults to the end of line (CR LF or LF).
func fLitLigne(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	var id, sepv runtime.Value
	if err := c.Unpack(args, "identifiant", &id, "séparateur?", &sepv); err != nil {
		return runtime.Null, err
	}
	if sepv.Kind() == runtime.KProc {
		return runtime.Null, noProcSyntax(c)
	}
	s, h, ok := lookupFor(c, id, opRead)
	if !ok {
		return runtime.Str(""), nil
	}
	var sep []byte
	if !c.Omit(args, 1) {
		sep = h.encode(sepv.Text())
		if len(sep) == 0 {
			sep = nil
		}
	}
	line, eof, err := h.readLine(sep)
	if err != nil {
		s.fail(c, opRead, h.name, err)
		return runtime.Str(""), nil
	}
	if eof {
		return runtime.Str(wl.EOT), nil
	}
	return runtime.Str(h.decode(line)), nil
}

// errNotReadable / errNotWritable: the open mode forbids the operation.
var (
	errNotReadable = errors.New("not open for reading")
	errNotWritable = errors.New("not open for writing")
)

// fEcritLigne (3036025): writes the line and RC (CR LF); Vrai, or Faux on
// error. Writing stops at a binary zero (3036025).
func fEcritLigne(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	var id runtime.Value
	var line string
	if err := c.Unpack(args, "identifiant", &id, "ligne", &line); err != nil {
		return runtime.Null, err
	}
	s, h, ok := lookupFor(c, id, opWrite)
	if !ok {
		return runtime.Bool(false), nil
	}
	if i := strings.IndexByte(line, 0); i >= 0 {
		line = line[:i]
	}
	return s.done(c, opWrite, h.name, h.writeBytes(h.encode(line+wl.RC)))
}

// fEcrit (3036014): writes the bytes of the block unchanged (at most
// <Taille à écrire> of them); the number written, -1 on error.
func fEcrit(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	var id runtime.Value
	var b string
	var n int64
	if err := c.Unpack(args, "identifiant", &id, "bloc", &b, "taille?", &n); err != nil {
		return runtime.Null, err
	}
	s, h, ok := lookupFor(c, id, opWrite)
	if !ok {
		return runtime.Int(-1), nil
	}
	if !c.Omit(args, 2) {
		if n < 0 {
			s.fail(c, opWrite, h.name, errNegative)
			return runtime.Int(-1), nil
		}
		if n < int64(len(b)) {
			b = b[:n]
		}
	}
	if err := h.writeBytes([]byte(b)); err != nil {
		s.fail(c, opWrite, h.name, err)
		return runtime.Int(-1), nil
	}
	return runtime.Int(int64(len(b))), nil
}

var errNegative = errors.New("negative size")

// fLit (3036048): reads up to n bytes, unchanged; "" with an error when
// the end of the file is already reached.
func fLit(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	var id runtime.Value
	var n int64
	if err := c.Unpack(args, "identifiant", &id, "taille", &n); err != nil {
		return runtime.Null, err
	}
	s, h, ok := lookupFor(c, id, opRead)
	if !ok {
		return runtime.Str(""), nil
	}
	if n < 0 {
		s.fail(c, opRead, h.name, errNegative)
		return runtime.Str(""), nil
	}
	b, err := h.readBytes(n)
	if err != nil {
		s.fail(c, opRead, h.name, err)
		return runtime.Str(""), nil
	}
	if len(b) == 0 && n > 0 {
		c.Fail(codeEOF,
			"Impossible de lire le fichier « "+h.name+" » : la fin du fichier est atteinte.",
			"Cannot read the file '"+h.name+"': the end of the file is reached.")
		return runtime.Str(""), nil
	}
	return runtime.Str(string(b)), nil
}

// fPositionne (3036039): moves the current position (in bytes, from
// fpDébut, fpCourant or fpFin) and returns it; -1 on error.
func fPositionne(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	var id runtime.Value
	var off, origin int64
	if err := c.Unpack(args, "identifiant", &id, "position", &off, "origine", &origin); err != nil {
		return runtime.Null, err
	}
	s, h, ok := lookup(c, id)
	if !ok {
		return runtime.Int(-1), nil
	}
	var base int64
	switch origin {
	case FpDebut:
	case FpCourant:
		base = h.pos
	case FpFin:
		n, err := h.size()
		if err != nil {
			s.fail(c, opSeek, h.name, err)
			return runtime.Int(-1), nil
		}
		base = n
	default:
		s.fail(c, opSeek, h.name, errOrigin)
		return runtime.Int(-1), nil
	}
	if base+off < 0 {
		s.fail(c, opSeek, h.name, errNegative)
		return runtime.Int(-1), nil
	}
	h.pos = base + off
	return runtime.Int(h.pos), nil
}

var errOrigin = errors.New("unknown origin")

// fTaille (3036055): the size in bytes of a file given by its path or by
// the identifier of an open file; -1 on error.
func fTaille(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	var v runtime.Value
	if err := c.Unpack(args, "fichier", &v); err != nil {
		return runtime.Null, err
	}
	if v.IsNumeric() {
		s, h, ok := lookup(c, v)
		if !ok {
			return runtime.Int(-1), nil
		}
		n, err := h.size()
		if err != nil {
			s.fail(c, opSize, h.name, err)
			return runtime.Int(-1), nil
		}
		return runtime.Int(n), nil
	}
	name := v.Text()
	s, p, ok := pathOf(c, name, opSize)
	if !ok {
		return runtime.Int(-1), nil
	}
	fi, err := s.sys.Stat(p)
	if err == nil && fi.IsDir() {
		err = errIsDir
	}
	if err != nil {
		s.fail(c, opSize, name, err)
		return runtime.Int(-1), nil
	}
	return runtime.Int(fi.Size()), nil
}
