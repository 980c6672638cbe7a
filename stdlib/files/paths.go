package files

import (
	"bytes"
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"unicode"
	"unicode/utf8"

	"github.com/wlangage/wl/runtime"
	"github.com/wlangage/wl/stdlib/internal/wl"
)

// path prepares a function working on a path: the grant, the host path,
// the buffers of open files written out. ok is false with the error set.
func pathOf(c *runtime.Call, name string, o op) (*state, string, bool) {
	s := get(c)
	if !s.ready(c) {
		return s, "", false
	}
	p, err := s.hostPath(name)
	if err != nil {
		s.fail(c, o, name, err)
		return s, "", false
	}
	s.flushAll()
	return s, p, true
}

// changePath is pathOf for a function that changes the file system: a
// read-only grant refuses it.
func changePath(c *runtime.Call, name string, o op) (*state, string, bool) {
	s, p, ok := pathOf(c, name, o)
	return s, p, ok && s.writable(c, o, name)
}

// argsOrFalse is what a built-in returns when its arguments are refused
// (err) or its failure is already recorded (Faux).
func argsOrFalse(err error) (runtime.Value, error) {
	if err != nil {
		return runtime.Null, err
	}
	return runtime.Bool(false), nil
}

// changeArgs unpacks (nom [, options]) and resolves nom for o as
// changePath does; ok is false when the call must stop (err then tells
// an argument error from a failure already recorded).
func changeArgs(c *runtime.Call, args []runtime.Value, o op) (s *state, p, name string, flags int64, ok bool, err error) {
	if err := c.Unpack(args, "nom", &name, "options?", &flags); err != nil {
		return nil, "", "", 0, false, err
	}
	s, p, ok = changePath(c, name, o)
	return s, p, name, flags, ok, nil
}

// load reads the whole file name; false with the error set.
func load(c *runtime.Call, name string) ([]byte, bool) {
	s, p, ok := pathOf(c, name, opRead)
	if !ok {
		return nil, false
	}
	b, err := s.readAll(ctxOf(c.Run), p)
	if err != nil {
		s.fail(c, opRead, name, err)
		return nil, false
	}
	// Its bytes and the value made of them count against the run's
	// memory limit.
	c.Charge(2 * int64(len(b)))
	return b, true
}

// noProcSyntax is the error of a syntax with a procedure parameter, not
// implemented.
func noProcSyntax(c *runtime.Call) error {
	return c.Errorf(codeParam,
		"La syntaxe de %s avec une procédure n'est pas encore disponible.",
		"The syntax of %s with a procedure is not available yet.", c.Name)
}

// readAll reads a whole regular file, bounded in size and stopped by
// ctx (a device or a FIFO is refused: it may never end, issue 12 point 6).
func (s *state) readAll(ctx context.Context, p string) ([]byte, error) {
	f, fi, err := s.openRegular(p)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return readBounded(ctx, f, fi.Size())
}

// writeAll writes b to a file, created or emptied, or appended to.
func (s *state) writeAll(p string, b []byte, appendTo bool) error {
	flag := os.O_WRONLY | os.O_CREATE | os.O_TRUNC
	if appendTo {
		flag = os.O_WRONLY | os.O_CREATE | os.O_APPEND
	}
	f, err := s.sys.OpenFile(p, flag, 0o666)
	if err != nil {
		return err
	}
	_, err = f.Write(b)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// fChargeTexte (3036006): the content of a file, "" on error. Without a
// mode the bytes are returned as they are (a leading UTF-8 mark in front of
// valid UTF-8 is dropped); foAnsi decodes Windows-1252, foUnicode UTF-16
// little endian (its FF FE mark dropped).
func fChargeTexte(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	var name string
	var mode int64
	if err := c.Unpack(args, "nom", &name, "mode?", &mode); err != nil {
		return runtime.Null, err
	}
	b, ok := load(c, name)
	if !ok {
		return runtime.Str(""), nil
	}
	switch {
	case mode&FoUnicode != 0:
		return runtime.Str(decodeText(bytes.TrimPrefix(b, bomUTF16), encUTF16)), nil
	case mode&FoAnsi != 0:
		return runtime.Str(decodeText(b, encAnsi)), nil
	}
	if rest, found := bytes.CutPrefix(b, bomUTF8); found && utf8.Valid(rest) {
		b = rest
	}
	return runtime.Str(string(b)), nil
}

// fChargeBuffer (1000019410): the bytes of a file as a Buffer, empty on
// error.
func fChargeBuffer(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	var name string
	if err := c.Unpack(args, "nom", &name); err != nil {
		return runtime.Null, err
	}
	b, ok := load(c, name)
	if !ok {
		return runtime.Buffer(nil), nil
	}
	return runtime.Buffer(b), nil
}

// fSauveTexte (3036046): creates or replaces a file with the text,
// unchanged (binary zeros included); Vrai, or Faux on error.
func fSauveTexte(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	return save(c, args, false, opCreate)
}

// fSauveBuffer (1000019412): as fSauveTexte, for a Buffer.
func fSauveBuffer(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	return save(c, args, false, opCreate)
}

// fAjouteTexte (1000020494): adds the text at the end of the file, which
// is created when it does not exist; Vrai, or Faux on error.
func fAjouteTexte(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	return save(c, args, true, opWrite)
}

func save(c *runtime.Call, args []runtime.Value, appendTo bool, o op) (runtime.Value, error) {
	var name, content string
	if err := c.Unpack(args, "nom", &name, "contenu", &content); err != nil {
		return runtime.Null, err
	}
	s, p, ok := changePath(c, name, o)
	if !ok {
		return runtime.Bool(false), nil
	}
	return s.done(c, o, name, s.writeAll(p, []byte(content), appendTo))
}

// fFichierExiste (3036015): Vrai when the file exists (Faux for a
// directory). Only a refused path or a missing grant is an error.
func fFichierExiste(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	return exists(c, args, false)
}

// fRepExiste (1000021899) and fRépertoireExiste (3036059): Vrai when the
// directory exists (Faux for a file).
func fRepExiste(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	return exists(c, args, true)
}

func exists(c *runtime.Call, args []runtime.Value, dir bool) (runtime.Value, error) {
	var name string
	if err := c.Unpack(args, "nom", &name); err != nil {
		return runtime.Null, err
	}
	s, p, ok := pathOf(c, name, opExists)
	if !ok {
		return runtime.Bool(false), nil
	}
	fi, err := s.sys.Stat(p)
	if err != nil {
		if !errors.Is(err, fs.ErrNotExist) && !errors.Is(err, syscall.ENOTDIR) && !errors.Is(err, fs.ErrPermission) {
			s.fail(c, opExists, name, err)
		}
		return runtime.Bool(false), nil
	}
	return runtime.Bool(fi.IsDir() == dir), nil
}

// errReadOnlyFile is a read-only file deleted without frLectureSeule.
var errReadOnlyFile = errors.New("read-only file")

func readOnly(fi fs.FileInfo) bool { return fi.Mode().Perm()&0o200 == 0 }

// fSupprime (3036029): deletes a file (wildcards allowed in its name);
// Vrai, or Faux on error. A read-only file is deleted only with
// frLectureSeule (there is no confirmation dialog); a file this run has
// open is not deleted.
func fSupprime(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	s, p, name, flags, ok, err := changeArgs(c, args, opDelete)
	if err != nil || !ok {
		return argsOrFalse(err)
	}
	targets := []string{p}
	if dir, pat := filepath.Split(p); hasWild(pat) {
		es, err := s.sys.ReadDir(dir)
		if err != nil {
			s.fail(c, opDelete, name, err)
			return runtime.Bool(false), nil
		}
		targets = targets[:0]
		for _, e := range es {
			if !e.IsDir() && match(pat, e.Name()) {
				targets = append(targets, filepath.Join(dir, e.Name()))
			}
		}
		if len(targets) == 0 {
			s.fail(c, opDelete, name, errNoMatch)
			return runtime.Bool(false), nil
		}
	}
	for _, t := range targets {
		if err := s.deleteFile(t, flags&FrLectureSeule != 0); err != nil {
			s.fail(c, opDelete, name, err)
			return runtime.Bool(false), nil
		}
	}
	return runtime.Bool(true), nil
}

func (s *state) deleteFile(p string, force bool) error {
	fi, err := s.sys.Lstat(p)
	if err != nil {
		return err
	}
	if fi.IsDir() {
		return errIsDir
	}
	if !force && fi.Mode().IsRegular() && readOnly(fi) {
		return errReadOnlyFile
	}
	if s.isOpen(p) {
		return errOpen
	}
	return s.sys.Remove(p)
}

// isOpen reports whether this run has the file p open.
func (s *state) isOpen(p string) bool {
	for _, h := range s.handles {
		if h.path == p {
			return true
		}
	}
	return false
}

// fCopieFichier (3036004): copies a file, or the files a wildcard name
// matches (and with frRécursif the sub-directories), into a file or a
// directory; missing destination directories are created. Vrai, or Faux
// on error.
func fCopieFichier(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	var src, dst string
	var third runtime.Value
	if err := c.Unpack(args, "source", &src, "destination", &dst, "options?", &third); err != nil {
		return runtime.Null, err
	}
	if third.Kind() == runtime.KProc {
		return runtime.Null, noProcSyntax(c)
	}
	flags := third.ToInt()
	s, sp, ok := changePath(c, src, opCopy)
	if !ok {
		return runtime.Bool(false), nil
	}
	dp, err := s.hostPath(dst)
	if err != nil {
		s.fail(c, opCopy, dst, err)
		return runtime.Bool(false), nil
	}
	if dir, pat := filepath.Split(sp); hasWild(pat) {
		n, err := s.copyMatching(ctxOf(c.Run), filepath.Clean(dir), pat, dp, flags&FrRecursif != 0, dp)
		if err == nil && n == 0 {
			err = errNoMatch
		}
		return s.done(c, opCopy, src, err)
	}
	fi, err := s.sys.Stat(sp)
	if err == nil && fi.IsDir() {
		err = errIsDir
	}
	if err != nil {
		s.fail(c, opCopy, src, err)
		return runtime.Bool(false), nil
	}
	if endsWithSeparator(dst) {
		dp = filepath.Join(dp, filepath.Base(sp))
	} else if di, err := s.sys.Stat(dp); err == nil && di.IsDir() {
		dp = filepath.Join(dp, filepath.Base(sp))
	}
	if dp == sp {
		s.fail(c, opCopy, src, errSame)
		return runtime.Bool(false), nil
	}
	return s.done(c, opCopy, src, s.copyFile(ctxOf(c.Run), sp, dp))
}

func endsWithSeparator(p string) bool {
	return strings.HasSuffix(p, `\`) || strings.HasSuffix(p, "/")
}

// copyFile copies one file (with its permissions), creating the missing
// directories of the destination.
func (s *state) copyFile(ctx context.Context, sp, dp string) error {
	in, fi, err := s.openRegular(sp)
	if err != nil {
		return err
	}
	defer in.Close()
	if err := s.sys.MkdirAll(filepath.Dir(dp), 0o777); err != nil {
		return err
	}
	out, err := s.sys.OpenFile(dp, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, fi.Mode().Perm())
	if err != nil {
		return err
	}
	err = copyBounded(ctx, out, in)
	if cerr := out.Close(); err == nil {
		err = cerr
	}
	return err
}

// copyMatching copies the files of dir whose name matches pat into dst;
// with rec, the sub-directories too (top is the first destination, never
// copied into itself). It returns the number of files copied.
func (s *state) copyMatching(ctx context.Context, dir, pat, dst string, rec bool, top string) (int, error) {
	es, err := s.sys.ReadDir(dir)
	if err != nil {
		return 0, err
	}
	if err := s.sys.MkdirAll(dst, 0o777); err != nil {
		return 0, err
	}
	n := 0
	for _, e := range es {
		src := filepath.Join(dir, e.Name())
		switch {
		case e.IsDir():
			if rec && !within(top, src) {
				k, err := s.copyMatching(ctx, src, pat, filepath.Join(dst, e.Name()), rec, top)
				n += k
				if err != nil {
					return n, err
				}
			}
		case match(pat, e.Name()):
			to := filepath.Join(dst, e.Name())
			if to == src {
				return n, errSame
			}
			if err := s.copyFile(ctx, src, to); err != nil {
				return n, err
			}
			n++
		}
	}
	return n, nil
}

// fRenomme (3036038): renames (or moves) a file or a directory; Vrai, or
// Faux on error (among others when the new name already exists).
func fRenomme(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	return rename(c, args, opRename)
}

// fDéplaceFichier (3036060): moves (and renames) a file; as fRenomme.
func fDeplaceFichier(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	return rename(c, args, opMove)
}

func rename(c *runtime.Call, args []runtime.Value, o op) (runtime.Value, error) {
	var src, dst string
	if err := c.Unpack(args, "source", &src, "destination", &dst); err != nil {
		return runtime.Null, err
	}
	s, sp, ok := changePath(c, src, o)
	if !ok {
		return runtime.Bool(false), nil
	}
	if hasWild(src) || hasWild(dst) {
		s.fail(c, o, src, errWild)
		return runtime.Bool(false), nil
	}
	dp, err := s.hostPath(dst)
	if err != nil {
		s.fail(c, o, dst, err)
		return runtime.Bool(false), nil
	}
	fi, err := s.sys.Lstat(sp)
	if err != nil {
		s.fail(c, o, src, err)
		return runtime.Bool(false), nil
	}
	if _, err := s.sys.Lstat(dp); err == nil {
		s.fail(c, o, dst, fs.ErrExist)
		return runtime.Bool(false), nil
	}
	if fi.IsDir() && within(sp, s.cwd) {
		s.fail(c, o, src, errCwd)
		return runtime.Bool(false), nil
	}
	err = s.sys.Rename(sp, dp)
	if errors.Is(err, syscall.EXDEV) && fi.Mode().IsRegular() {
		// Another device: copy, then delete.
		if err = s.copyFile(ctxOf(c.Run), sp, dp); err == nil {
			err = s.sys.Remove(sp)
		}
	}
	return s.done(c, o, src, err)
}

// fRepCrée (3036043): creates a directory and the missing ones above it;
// Vrai, also when it already exists.
func fRepCree(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	var name string
	if err := c.Unpack(args, "nom", &name); err != nil {
		return runtime.Null, err
	}
	s, p, ok := pathOf(c, name, opMkdir)
	if !ok {
		return runtime.Bool(false), nil
	}
	if fi, err := s.sys.Stat(p); err == nil {
		if fi.IsDir() {
			return runtime.Bool(true), nil
		}
		s.fail(c, opMkdir, name, fs.ErrExist)
		return runtime.Bool(false), nil
	}
	if !s.writable(c, opMkdir, name) {
		return runtime.Bool(false), nil
	}
	return s.done(c, opMkdir, name, s.sys.MkdirAll(p, 0o777))
}

// fRepSupprime (3036051): removes a directory, which must be empty unless
// frRécursif is given; read-only files are removed only with
// frLectureSeule (otherwise nothing is removed and the result is Faux).
// The run's current directory (or a parent of it) is never removed.
func fRepSupprime(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	s, p, name, flags, ok, err := changeArgs(c, args, opRmdir)
	if err != nil || !ok {
		return argsOrFalse(err)
	}
	fi, err := s.sys.Lstat(p)
	switch {
	case err != nil:
	case !fi.IsDir():
		err = errNotDir
	case within(p, s.cwd):
		err = errCwd
	case flags&FrRecursif == 0:
		err = s.sys.Remove(p)
	default:
		if flags&FrLectureSeule == 0 {
			err = s.findReadOnly(p)
		}
		if err == nil {
			err = s.removeAll(p)
		}
	}
	return s.done(c, opRmdir, name, err)
}

// findReadOnly returns errReadOnlyFile when the tree holds a read-only
// file. (Files this run has open are refused by removeAll itself.)
func (s *state) findReadOnly(dir string) error {
	return s.walkTree(dir, func(_ string, e fs.DirEntry) error {
		if fi, err := e.Info(); err == nil && fi.Mode().IsRegular() && readOnly(fi) {
			return errReadOnlyFile
		}
		return nil
	}, nil)
}

// removeAll removes a tree without following symbolic links.
func (s *state) removeAll(dir string) error {
	return s.walkTree(dir, func(p string, _ fs.DirEntry) error {
		if s.isOpen(p) {
			return errOpen
		}
		return s.sys.Remove(p)
	}, s.sys.Remove)
}

// walkTree visits the tree below dir depth first, without following
// symbolic links: file for every entry that is not a directory, then
// done (when not nil) for each directory once its entries are visited.
// The first error stops the walk.
func (s *state) walkTree(dir string, file func(p string, e fs.DirEntry) error, done func(dir string) error) error {
	es, err := s.sys.ReadDir(dir)
	if err != nil {
		return err
	}
	for _, e := range es {
		p := filepath.Join(dir, e.Name())
		if e.IsDir() {
			err = s.walkTree(p, file, done)
		} else {
			err = file(p, e)
		}
		if err != nil {
			return err
		}
	}
	if done == nil {
		return nil
	}
	return done(dir)
}

// fListeFichier (3036058): the full names of the files matching a
// wildcard name, separated by RC; recursive unless frNonRécursif. With
// frInformationComplète each line is name TAB size TAB date (AAAAMMJJHHmmSS)
// TAB attributes ("R" read-only, "H" hidden: a name starting with a dot).
// The files of a directory come in name order, before its
// sub-directories. On error: "" with ErreurInfo set.
func fListeFichier(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	var name string
	var second runtime.Value
	var rest []runtime.Value
	if err := c.Unpack(args, "répertoire", &name, "options?", &second, "suite*", &rest); err != nil {
		return runtime.Null, err
	}
	if v := second; v.Kind() == runtime.KProc || (v.Kind() == runtime.KString && !isNumber(v.Text())) {
		return runtime.Null, noProcSyntax(c)
	}
	if len(rest) > 0 {
		return runtime.Null, c.Errorf(codeParam, "%s attend au plus deux paramètres sans procédure.", "%s takes at most two parameters without a procedure.", c.Name)
	}
	opts := second.ToInt()
	s, p, ok := pathOf(c, name, opList)
	if !ok {
		return runtime.Str(""), nil
	}
	dir, pat := filepath.Split(p)
	if pat == "" {
		pat = "*"
	}
	l := lister{ctx: ctxOf(c.Run), s: s, pat: pat, rec: opts&FrNonRecursif == 0, full: opts&FrInformationComplete != 0,
		noHiddenFile: opts&FrSansFichierCache != 0, noHiddenDir: opts&FrSansRepertoireCache != 0}
	if err := l.list(filepath.Clean(dir), true); err != nil {
		s.fail(c, opList, name, err)
		return runtime.Str(""), nil
	}
	return runtime.Str(strings.Join(l.out, wl.RC)), nil
}

type lister struct {
	ctx                       context.Context // checked at each directory
	s                         *state
	pat                       string
	rec, full                 bool
	noHiddenFile, noHiddenDir bool
	out                       []string
}

// list lists dir; an unreadable sub-directory is skipped, only the first
// directory must be readable.
func (l *lister) list(dir string, top bool) error {
	if err := l.ctx.Err(); err != nil {
		return err
	}
	es, err := l.s.sys.ReadDir(dir)
	if err != nil && (top || len(es) == 0) {
		if top {
			return err
		}
		return nil
	}
	var subs []string
	for _, e := range es {
		hidden := strings.HasPrefix(e.Name(), ".")
		p := filepath.Join(dir, e.Name())
		if e.IsDir() {
			if l.rec && !(hidden && l.noHiddenDir) {
				subs = append(subs, p)
			}
			continue
		}
		if !match(l.pat, e.Name()) || (hidden && l.noHiddenFile) {
			continue
		}
		if !l.full {
			l.out = append(l.out, p)
			continue
		}
		fi, err := e.Info()
		if err != nil {
			continue
		}
		attr := ""
		if readOnly(fi) {
			attr += "R"
		}
		if hidden {
			attr += "H"
		}
		l.out = append(l.out, p+"\t"+strconv.FormatInt(fi.Size(), 10)+"\t"+fi.ModTime().Format("20060102150405")+"\t"+attr)
	}
	for _, d := range subs {
		if err := l.list(d, false); err != nil {
			return err
		}
	}
	return nil
}

// hasWild reports wildcard characters.
func hasWild(s string) bool { return strings.ContainsAny(s, "*?") }

// match reports whether name matches the wildcard pattern (* any run of
// characters, ? one character), ignoring case as Windows does; "*.*"
// matches every name.
func match(pat, name string) bool {
	if pat == "*.*" || pat == "*" {
		return true
	}
	p, n := []rune(strings.ToLower(pat)), []rune(strings.ToLower(name))
	// Iterative matching with backtracking on the last star.
	pi, ni, star, mark := 0, 0, -1, 0
	for ni < len(n) {
		switch {
		case pi < len(p) && (p[pi] == '?' || p[pi] == n[ni]):
			pi++
			ni++
		case pi < len(p) && p[pi] == '*':
			star, mark = pi, ni
			pi++
		case star >= 0:
			pi = star + 1
			mark++
			ni = mark
		default:
			return false
		}
	}
	for pi < len(p) && p[pi] == '*' {
		pi++
	}
	return pi == len(p)
}

// fRepEnCours (3036022): the run's current directory, or with a path the
// new one (trailing spaces ignored); -1 on error. The change is the run's
// own: the process keeps its directory.
func fRepEnCours(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	s := get(c)
	if !s.ready(c) {
		return runtime.Int(-1), nil
	}
	var dir runtime.Value
	if err := c.Unpack(args, "répertoire?", &dir); err != nil {
		return runtime.Null, err
	}
	if c.Omit(args, 0) || dir.Kind() == runtime.KInt {
		return runtime.Str(s.cwd), nil
	}
	name := strings.TrimRightFunc(dir.Text(), unicode.IsSpace)
	if len(name) == 2 && name[1] == ':' {
		return runtime.Str(s.cwd), nil // a drive: there is one current directory
	}
	p, err := s.hostPath(name)
	if err == nil {
		var fi fs.FileInfo
		if fi, err = s.sys.Stat(p); err == nil && !fi.IsDir() {
			err = errNotDir
		}
	}
	if err != nil {
		s.fail(c, opChdir, name, err)
		return runtime.Int(-1), nil
	}
	s.cwd = p
	return runtime.Str(p), nil
}

// isNumber reports whether s is written as a number (an option passed as
// text), not a procedure name.
func isNumber(s string) bool {
	_, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
	return err == nil
}
