package files

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/wlangage/wl/runtime"
)

// fsys is the file system a run works on: the real one, or one confined to
// a root. Paths are absolute host paths (already checked against the root
// by state.hostPath).
type fsys interface {
	OpenFile(p string, flag int, perm fs.FileMode) (*os.File, error)
	Stat(p string) (fs.FileInfo, error)
	Lstat(p string) (fs.FileInfo, error)
	Remove(p string) error
	Rename(from, to string) error
	MkdirAll(p string, perm fs.FileMode) error
	ReadDir(p string) ([]fs.DirEntry, error)
	Close() error
}

// osFS is the real file system.
type osFS struct{}

func (osFS) OpenFile(p string, flag int, perm fs.FileMode) (*os.File, error) {
	return os.OpenFile(p, flag, perm)
}
func (osFS) Stat(p string) (fs.FileInfo, error)        { return os.Stat(p) }
func (osFS) Lstat(p string) (fs.FileInfo, error)       { return os.Lstat(p) }
func (osFS) Remove(p string) error                     { return os.Remove(p) }
func (osFS) Rename(from, to string) error              { return os.Rename(from, to) }
func (osFS) MkdirAll(p string, perm fs.FileMode) error { return os.MkdirAll(p, perm) }
func (osFS) ReadDir(p string) ([]fs.DirEntry, error)   { return os.ReadDir(p) }
func (osFS) Close() error                              { return nil }

// rootFS confines every operation to a directory through os.Root, which
// refuses `..` and symbolic links leading outside it.
type rootFS struct {
	r    *os.Root
	base string
}

// rel is p relative to the root (p is inside: state.hostPath checked it).
func (r *rootFS) rel(p string) string {
	rel, _ := filepath.Rel(r.base, p)
	return rel
}

func (r *rootFS) OpenFile(p string, flag int, perm fs.FileMode) (*os.File, error) {
	return r.r.OpenFile(r.rel(p), flag, perm)
}
func (r *rootFS) Stat(p string) (fs.FileInfo, error)     { return r.r.Stat(r.rel(p)) }
func (r *rootFS) Lstat(p string) (fs.FileInfo, error)    { return r.r.Lstat(r.rel(p)) }
func (r *rootFS) Remove(p string) error                  { return r.r.Remove(r.rel(p)) }
func (r *rootFS) Rename(from, to string) error           { return r.r.Rename(r.rel(from), r.rel(to)) }
func (r *rootFS) MkdirAll(p string, m fs.FileMode) error { return r.r.MkdirAll(r.rel(p), m) }
func (r *rootFS) Close() error                           { return r.r.Close() }

func (r *rootFS) ReadDir(p string) ([]fs.DirEntry, error) {
	d, err := r.r.Open(r.rel(p))
	if err != nil {
		return nil, err
	}
	defer d.Close()
	es, err := d.ReadDir(-1)
	sort.Slice(es, func(i, j int) bool { return es[i].Name() < es[j].Name() })
	return es, err
}

// stateKey keys the family's per-run state.
type stateKey struct{}

// state is what one run of a script holds: the grant, the file system
// (opened on first use), the current directory and the open files.
type state struct {
	grant   *FS
	sys     fsys
	sysErr  error
	root    string // absolute root, "" for the whole machine
	cwd     string // current directory, absolute host path
	handles map[int64]*handle
	next    int64
}

func get(c *runtime.Call) *state { return runState(c.Run) }

func runState(r *runtime.Run) *state {
	return r.State(stateKey{}, func() any {
		s := &state{handles: map[int64]*handle{}}
		s.grant, _ = r.Engine().Host(HostKey{}).(*FS)
		r.AtEnd(s.closeAll)
		return s
	}).(*state)
}

// closeAll closes the files a run left open (and its root).
func (s *state) closeAll() {
	for _, id := range s.ids() {
		s.handles[id].close(s)
		delete(s.handles, id)
	}
	if s.sys != nil {
		s.sys.Close()
	}
}

// ids lists the open handles in order.
func (s *state) ids() []int64 {
	ids := make([]int64, 0, len(s.handles))
	for id := range s.handles {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	return ids
}

// flushAll writes out what the open files buffer, so that a function
// working on a path sees what the script wrote through a handle.
func (s *state) flushAll() {
	for _, h := range s.handles {
		h.flush()
	}
}

// ErrNoGrant is returned by ReadFile when the host granted no file
// access.
var ErrNoGrant = errors.New("the host did not grant file access")

// ErrOutsideRoot is returned by ReadFile for a path that leaves the
// directory the host granted.
var ErrOutsideRoot = errors.New("the path is outside the directory granted by the host")

// ReadFile reads a file through the run's grant, exactly as the file
// functions do: relative names from the run's current directory
// (fRepEnCours), the root enforced, what open files buffer written out
// first. Other families (e-mail attachments) use it so that one grant
// governs every file access of a script. Errors: ErrNoGrant,
// ErrOutsideRoot, or the system error (fs.ErrNotExist, ...).
func ReadFile(r *runtime.Run, name string) ([]byte, error) {
	s := runState(r)
	if err := s.prepare(); err != nil {
		return nil, err
	}
	p, err := s.hostPath(name)
	if errors.Is(err, errEscape) {
		err = ErrOutsideRoot
	}
	if err != nil {
		return nil, err
	}
	s.flushAll()
	b, err := s.readAll(ctxOf(r), p)
	if err != nil && strings.Contains(err.Error(), "path escapes from parent") {
		err = ErrOutsideRoot
	}
	return b, err
}

// prepare opens the file system on first use.
func (s *state) prepare() error {
	if s.grant == nil {
		return ErrNoGrant
	}
	if s.sys == nil && s.sysErr == nil {
		s.sysErr = s.open()
	}
	return s.sysErr
}

// ready is prepare for a built-in: false with the error reported when the
// host granted nothing or the grant is unusable.
func (s *state) ready(c *runtime.Call) bool {
	err := s.prepare()
	switch {
	case err == nil:
		return true
	case errors.Is(err, ErrNoGrant):
		c.Fail(codeNoGrant,
			"L'hôte n'a pas accordé l'accès aux fichiers : "+c.Name+" ne peut pas être utilisée.",
			"The host did not grant file access: "+c.Name+" cannot be used.")
	default:
		c.Fail(codeNoGrant,
			"Le répertoire accordé par l'hôte n'est pas utilisable : "+err.Error(),
			"The directory granted by the host cannot be used: "+err.Error())
	}
	return false
}

func (s *state) open() error {
	g := s.grant
	if g.Root == "" {
		dir := g.Dir
		if dir == "" {
			wd, err := os.Getwd()
			if err != nil {
				return err
			}
			dir = wd
		}
		abs, err := filepath.Abs(dir)
		if err != nil {
			return err
		}
		s.sys, s.cwd = osFS{}, abs
		return nil
	}
	root, err := filepath.Abs(g.Root)
	if err != nil {
		return err
	}
	r, err := os.OpenRoot(root)
	if err != nil {
		return err
	}
	s.sys, s.root, s.cwd = &rootFS{r: r, base: root}, root, root
	if g.Dir != "" {
		d := g.Dir
		if !filepath.IsAbs(d) {
			d = filepath.Join(root, d)
		}
		d = filepath.Clean(d)
		if !within(root, d) {
			r.Close()
			s.sys = nil
			return errors.New(d + " is outside " + root)
		}
		s.cwd = d
	}
	return nil
}

// errEscape is a path that leaves the granted root.
var errEscape = errors.New("path escapes from the granted directory")

// errEmpty is an empty path.
var errEmpty = errors.New("empty path")

// hostPath maps a script path to an absolute host path: separators made
// native, relative paths taken from the run's current directory, `..`
// resolved, and under a root the result checked to stay inside.
func (s *state) hostPath(name string) (string, error) {
	if filepath.Separator == '/' && hasDrive(name) {
		return "", errDrive
	}
	p := nativeSeparators(name)
	if p == "" {
		return "", errEmpty
	}
	if filepath.IsAbs(p) {
		p = filepath.Clean(p)
	} else {
		p = filepath.Join(s.cwd, p)
	}
	if s.root != "" && !within(s.root, p) {
		return "", errEscape
	}
	return p, nil
}

// errDrive is a drive letter or UNC path on a system without them.
var errDrive = errors.New("drive letters and UNC paths are not available on this system")

// hasDrive reports a Windows drive ("C:", "C:\...") or UNC ("\\server")
// prefix.
func hasDrive(p string) bool {
	if len(p) >= 2 && p[1] == ':' && isLetter(p[0]) && (len(p) == 2 || isSep(p[2])) {
		return true
	}
	return strings.HasPrefix(p, `\\`)
}

// nativeSeparators turns the separators of a script path into the host's:
// on Unix a backslash is a separator (Windows-style paths keep working).
func nativeSeparators(p string) string {
	if filepath.Separator == '/' {
		return strings.ReplaceAll(p, `\`, "/")
	}
	return strings.ReplaceAll(p, "/", `\`)
}

// within reports whether p is root or below it (both clean and absolute).
func within(root, p string) bool {
	rel, err := filepath.Rel(root, p)
	if err != nil {
		return false
	}
	return rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) && !filepath.IsAbs(rel)
}

// writable reports, with the error set, whether the grant allows changes.
func (s *state) writable(c *runtime.Call, o op, name string) bool {
	if s.grant.ReadOnly {
		s.fail(c, o, name, errReadOnly)
		return false
	}
	return true
}

// errReadOnly is a change refused by a read-only grant.
var errReadOnly = errors.New("read-only grant")

// errIsDir and errNotDir are reported when a path has the wrong kind.
var (
	errIsDir   = errors.New("is a directory")
	errNotDir  = errors.New("not a directory")
	errOpen    = errors.New("file is open")
	errCwd     = errors.New("current directory")
	errSame    = errors.New("same file")
	errWild    = errors.New("wildcards not allowed")
	errNoMatch = errors.New("no file matches")
)
