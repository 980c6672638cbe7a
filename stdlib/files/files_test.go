package files_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"

	wlrt "github.com/wlangage/wl/runtime"
	"github.com/wlangage/wl/stdlib"
	"github.com/wlangage/wl/stdlib/files"
	"github.com/wlangage/wl/stdlib/internal/wl"
	"github.com/wlangage/wl/stdlib/internal/wltest"
)

var (
	S = wltest.S
	I = wltest.I
)

// env makes an engine whose runs are confined to a fresh directory.
func env(t *testing.T, opts ...wlrt.Option) (*wltest.Env, string) {
	t.Helper()
	dir := t.TempDir()
	return wltest.New(append([]wlrt.Option{files.WithRoot(dir)}, opts...)...), dir
}

func write(t *testing.T, p string, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(p), 0o777); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o666); err != nil {
		t.Fatal(err)
	}
}

func read(t *testing.T, p string) string {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// failed checks that the last call failed non-fatally with a message
// containing want.
func failed(t *testing.T, e *wltest.Env, want string) {
	t.Helper()
	if !e.Run.ErrorDetected() {
		t.Fatalf("ErreurDétectée is Faux, want an error containing %q", want)
	}
	if msg := e.Run.LastError().Message(e.Run.Lang); !strings.Contains(msg, want) {
		t.Fatalf("ErreurInfo = %q, want it to contain %q", msg, want)
	}
}

func ok(t *testing.T, e *wltest.Env) {
	t.Helper()
	if e.Run.ErrorDetected() {
		t.Fatalf("unexpected error: %s", e.Run.LastError().Message("fr"))
	}
}

// Without a grant every function fails cleanly: its failure value, and
// ErreurInfo saying the host did not grant file access (DESIGN, host
// boundary).
func TestNoGrant(t *testing.T) {
	for _, c := range []struct {
		name string
		args []wlrt.Value
		want string // text of the failure value
	}{
		{"fOuvre", []wlrt.Value{S("a.txt")}, "-1"},
		{"fCrée", []wlrt.Value{S("a.txt")}, "-1"},
		{"fFerme", []wlrt.Value{I(1)}, "-1"},
		{"fLitLigne", []wlrt.Value{I(1)}, ""},
		{"fEcritLigne", []wlrt.Value{I(1), S("x")}, "0"},
		{"fLit", []wlrt.Value{I(1), I(3)}, ""},
		{"fEcrit", []wlrt.Value{I(1), S("x")}, "-1"},
		{"fPositionne", []wlrt.Value{I(1), I(0), I(files.FpDebut)}, "-1"},
		{"fTaille", []wlrt.Value{S("a.txt")}, "-1"},
		{"fChargeTexte", []wlrt.Value{S("a.txt")}, ""},
		{"fSauveTexte", []wlrt.Value{S("a.txt"), S("x")}, "0"},
		{"fAjouteTexte", []wlrt.Value{S("a.txt"), S("x")}, "0"},
		{"fChargeBuffer", []wlrt.Value{S("a.txt")}, ""},
		{"fSauveBuffer", []wlrt.Value{S("a.txt"), S("x")}, "0"},
		{"fFichierExiste", []wlrt.Value{S("a.txt")}, "0"},
		{"fRepExiste", []wlrt.Value{S(".")}, "0"},
		{"fRépertoireExiste", []wlrt.Value{S(".")}, "0"},
		{"fSupprime", []wlrt.Value{S("a.txt")}, "0"},
		{"fCopieFichier", []wlrt.Value{S("a.txt"), S("b.txt")}, "0"},
		{"fRenomme", []wlrt.Value{S("a.txt"), S("b.txt")}, "0"},
		{"fDéplaceFichier", []wlrt.Value{S("a.txt"), S("b.txt")}, "0"},
		{"fRepCrée", []wlrt.Value{S("d")}, "0"},
		{"fRepSupprime", []wlrt.Value{S("d")}, "0"},
		{"fListeFichier", []wlrt.Value{S("*.*")}, ""},
		{"fRepEnCours", nil, "-1"},
	} {
		for _, e := range []*wltest.Env{wltest.New(), wltest.New(files.WithOS(), files.WithoutFiles())} {
			v, err := e.Try(c.name, c.args)
			if err != nil {
				t.Fatalf("%s: fatal error %v", c.name, err)
			}
			if v.Text() != c.want {
				t.Errorf("%s = %q, want %q", c.name, v.Text(), c.want)
			}
			failed(t, e, "n'a pas accordé l'accès aux fichiers")
		}
	}
	en := wltest.New(wlrt.WithLang("en"))
	en.Call(t, "fOpen", S("a.txt"))
	failed(t, en, "The host did not grant file access: fOpen cannot be used.")
	// The pure path functions need no grant.
	e := wltest.New()
	if got := e.Text(t, "fExtraitChemin", S(`C:\a\b.txt`), I(files.FFichier)); got != "b" {
		t.Errorf("fExtraitChemin without grant = %q", got)
	}
	ok(t, e)
}

// Under WithRoot, `..`, absolute paths elsewhere and symbolic links out
// are refused; paths inside (relative, absolute, through an inner link)
// work.
func TestRootConfinement(t *testing.T) {
	outside := t.TempDir()
	write(t, filepath.Join(outside, "secret.txt"), "secret")
	e, root := env(t)
	write(t, filepath.Join(root, "in.txt"), "dedans")
	write(t, filepath.Join(root, "sub", "deep.txt"), "profond")
	for _, p := range []string{
		"../secret.txt",
		`..\secret.txt`,
		"sub/../../secret.txt",
		filepath.Join(outside, "secret.txt"),
		"/etc/passwd",
	} {
		if v := e.Call(t, "fChargeTexte", S(p)); v.Text() != "" {
			t.Errorf("fChargeTexte(%q) = %q", p, v.Text())
		}
		failed(t, e, "sort du répertoire accordé par l'hôte")
		if v := e.Call(t, "fSauveTexte", S(p), S("x")); v.Text() != "0" {
			t.Errorf("fSauveTexte(%q) = %s", p, v.Text())
		}
		failed(t, e, "sort du répertoire accordé")
		if v := e.Call(t, "fFichierExiste", S(p)); v.Text() != "0" {
			t.Errorf("fFichierExiste(%q) = %s", p, v.Text())
		}
		failed(t, e, "sort du répertoire accordé")
	}
	if got := read(t, filepath.Join(outside, "secret.txt")); got != "secret" {
		t.Fatalf("the outside file changed: %q", got)
	}
	// Inside: relative, with a harmless `..`, absolute.
	for _, p := range []string{"in.txt", "sub/../in.txt", `sub\..\in.txt`, filepath.Join(root, "in.txt")} {
		if got := e.Text(t, "fChargeTexte", S(p)); got != "dedans" {
			t.Errorf("fChargeTexte(%q) = %q", p, got)
		}
		ok(t, e)
	}
	if runtime.GOOS == "windows" {
		return
	}
	// Symbolic links pointing out: a file, a directory.
	if err := os.Symlink(filepath.Join(outside, "secret.txt"), filepath.Join(root, "lien.txt")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(outside, filepath.Join(root, "dehors")); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{"lien.txt", "dehors/secret.txt"} {
		if got := e.Text(t, "fChargeTexte", S(p)); got != "" {
			t.Errorf("fChargeTexte(%q) through a link out = %q", p, got)
		}
		failed(t, e, "sort du répertoire accordé")
		if got := e.Text(t, "fOuvre", S(p), I(files.FoLecture)); got != "-1" {
			t.Errorf("fOuvre(%q) through a link out = %s", p, got)
		}
		failed(t, e, "sort du répertoire accordé")
	}
	if got := e.Text(t, "fSauveTexte", S("dehors/nouveau.txt"), S("x")); got != "0" {
		t.Errorf("fSauveTexte through a link out = %s", got)
	}
	if _, err := os.Stat(filepath.Join(outside, "nouveau.txt")); err == nil {
		t.Fatal("a file was created outside the root")
	}
	if got := e.Text(t, "fListeFichier", S("dehors/*.*")); got != "" {
		t.Errorf("fListeFichier through a link out = %q", got)
	}
	if got := e.Text(t, "fRepEnCours", S("dehors")); got != "-1" {
		t.Errorf("fRepEnCours through a link out = %q", got)
	}
	if got := e.Text(t, "fCopieFichier", S("in.txt"), S("dehors/copie.txt")); got != "0" {
		t.Errorf("fCopieFichier through a link out = %s", got)
	}
	if got := e.Text(t, "fRenomme", S("in.txt"), S("dehors/in.txt")); got != "0" {
		t.Errorf("fRenomme through a link out = %s", got)
	}
	if got := e.Text(t, "fSupprime", S("dehors/secret.txt")); got != "0" {
		t.Errorf("fSupprime through a link out = %s", got)
	}
	if got := read(t, filepath.Join(outside, "secret.txt")); got != "secret" {
		t.Fatalf("the outside file changed: %q", got)
	}
	// A relative link that stays inside is followed.
	if err := os.Symlink("in.txt", filepath.Join(root, "interne.txt")); err != nil {
		t.Fatal(err)
	}
	if got := e.Text(t, "fChargeTexte", S("interne.txt")); got != "dedans" {
		t.Errorf("inner link: %q", got)
	}
}

// fRepEnCours (3036022) is per run: it moves inside the root, refuses to
// leave it, and relative names follow it.
func TestCurrentDirectory(t *testing.T) {
	e, root := env(t)
	write(t, filepath.Join(root, "sub", "a.txt"), "A")
	if got := e.Text(t, "fRepEnCours"); got != root {
		t.Fatalf("fRepEnCours() = %q, want %q", got, root)
	}
	if got := e.Text(t, "fRepEnCours", S("sub   ")); got != filepath.Join(root, "sub") {
		t.Fatalf("fRepEnCours(sub) = %q", got)
	}
	if got := e.Text(t, "fChargeTexte", S("a.txt")); got != "A" {
		t.Fatalf("relative to the new directory: %q", got)
	}
	if got := e.Text(t, "fRepEnCours", S("../..")); got != "-1" {
		t.Fatalf("fRepEnCours(../..) = %q", got)
	}
	failed(t, e, "sort du répertoire accordé")
	if got := e.Text(t, "fRepEnCours", S("absent")); got != "-1" {
		t.Fatalf("fRepEnCours(absent) = %q", got)
	}
	failed(t, e, "inexistant")
	if got := e.Text(t, "fRepEnCours", S("a.txt")); got != "-1" {
		t.Fatalf("fRepEnCours(file) = %q", got)
	}
	if got := e.Text(t, "fRepEnCours", S("..")); got != root {
		t.Fatalf("back to the root: %q", got)
	}
	// The process directory did not move.
	wd, _ := os.Getwd()
	if wd == root || wd == filepath.Join(root, "sub") {
		t.Fatal("the process working directory changed")
	}
}

// FS.Dir chooses where runs start; a Dir outside the root is unusable.
func TestGrantDir(t *testing.T) {
	root := t.TempDir()
	write(t, filepath.Join(root, "d", "x.txt"), "X")
	e := wltest.New(files.WithFS(&files.FS{Root: root, Dir: "d"}))
	if got := e.Text(t, "fChargeTexte", S("x.txt")); got != "X" {
		t.Fatalf("start directory: %q", got)
	}
	bad := wltest.New(files.WithFS(&files.FS{Root: root, Dir: "../elsewhere"}))
	bad.Call(t, "fChargeTexte", S("x.txt"))
	failed(t, bad, "n'est pas utilisable")
	missing := wltest.New(files.WithRoot(filepath.Join(root, "absent")))
	missing.Call(t, "fFichierExiste", S("x.txt"))
	failed(t, missing, "n'est pas utilisable")
	osDir := wltest.New(files.WithOSDir(filepath.Join(root, "d")))
	if got := osDir.Text(t, "fChargeTexte", S("x.txt")); got != "X" {
		t.Fatalf("WithOSDir: %q", got)
	}
}

// A read-only grant refuses every change and opens files for reading.
func TestReadOnlyGrant(t *testing.T) {
	root := t.TempDir()
	write(t, filepath.Join(root, "a.txt"), "l1\r\nl2\r\n")
	e := wltest.New(files.WithFS(&files.FS{Root: root, ReadOnly: true}))
	for _, c := range [][]wlrt.Value{
		{S("fSauveTexte"), S("b.txt"), S("x")},
		{S("fAjouteTexte"), S("a.txt"), S("x")},
		{S("fSupprime"), S("a.txt")},
		{S("fRepCrée"), S("d")},
		{S("fCopieFichier"), S("a.txt"), S("c.txt")},
		{S("fRenomme"), S("a.txt"), S("c.txt")},
		{S("fCrée"), S("n.txt")},
	} {
		v := e.Call(t, c[0].Text(), c[1:]...)
		if v.Text() != "0" && v.Text() != "-1" {
			t.Errorf("%s = %s", c[0].Text(), v.Text())
		}
		failed(t, e, "qu'en lecture")
	}
	if got := e.Text(t, "fOuvre", S("a.txt"), I(files.FoLectureEcriture)); got != "-1" {
		t.Fatalf("fOuvre read/write = %s", got)
	}
	id := e.Call(t, "fOuvre", S("a.txt"))
	ok(t, e)
	if got := e.Text(t, "fLitLigne", id); got != "l1" {
		t.Fatalf("fLitLigne = %q", got)
	}
	if got := e.Text(t, "fEcritLigne", id, S("x")); got != "0" {
		t.Fatalf("fEcritLigne on a read-only handle = %s", got)
	}
	failed(t, e, "pas ouvert en écriture")
	if got := read(t, filepath.Join(root, "a.txt")); got != "l1\r\nl2\r\n" {
		t.Fatalf("file changed: %q", got)
	}
}

// fEcritLigne ends lines with RC (CR LF); fLitLigne reads them back, and
// LF-only lines, and returns EOT at the end (3036025, 3036031).
func TestLines(t *testing.T) {
	e, root := env(t)
	id := e.Call(t, "fCrée", S("l.txt"))
	ok(t, e)
	for _, l := range []string{"première", "", "troisième"} {
		if got := e.Text(t, "fEcritLigne", id, S(l)); got != "1" {
			t.Fatalf("fEcritLigne = %s", got)
		}
	}
	if got := e.Text(t, "fFerme", id); got != "0" {
		t.Fatalf("fFerme = %s", got)
	}
	if got := read(t, filepath.Join(root, "l.txt")); got != "première\r\n\r\ntroisième\r\n" {
		t.Fatalf("content %q", got)
	}
	write(t, filepath.Join(root, "lf.txt"), "a\nb\r\nc")
	id = e.Call(t, "fOuvre", S("lf.txt"), I(files.FoLecture))
	var got []string
	for {
		l := e.Text(t, "fLitLigne", id)
		ok(t, e)
		if l == wl.EOT {
			break
		}
		got = append(got, l)
	}
	if strings.Join(got, "|") != "a|b|c" {
		t.Fatalf("lines %q", got)
	}
	if l := e.Text(t, "fLitLigne", id); l != wl.EOT {
		t.Fatalf("after the end: %q", l)
	}
	e.Call(t, "fFerme", id)
	// Empty file: EOT at once.
	write(t, filepath.Join(root, "vide.txt"), "")
	id = e.Call(t, "fOuvre", S("vide.txt"))
	if l := e.Text(t, "fLitLigne", id); l != wl.EOT {
		t.Fatalf("empty file: %q", l)
	}
	// An explicit separator is matched exactly.
	write(t, filepath.Join(root, "sep.txt"), "a;b\r\n;c")
	id = e.Call(t, "fOuvre", S("sep.txt"))
	for _, want := range []string{"a", "b\r\n", "c", wl.EOT} {
		if l := e.Text(t, "fLitLigne", id, S(";")); l != want {
			t.Fatalf("separator ';': %q, want %q", l, want)
		}
	}
	// A binary zero stops fEcritLigne (3036025).
	id = e.Call(t, "fCrée", S("zero.txt"))
	e.Call(t, "fEcritLigne", id, S("ab\x00cd"))
	e.Call(t, "fFerme", id)
	if got := read(t, filepath.Join(root, "zero.txt")); got != "ab\r\n" {
		t.Fatalf("binary zero: %q", got)
	}
	// Lines longer than the read buffer.
	long := strings.Repeat("x", 200_000)
	write(t, filepath.Join(root, "long.txt"), long+"\r\n"+long+"y")
	id = e.Call(t, "fOuvre", S("long.txt"))
	if l := e.Text(t, "fLitLigne", id); l != long {
		t.Fatalf("long line: %d bytes", len(l))
	}
	if l := e.Text(t, "fLitLigne", id); l != long+"y" {
		t.Fatalf("long last line: %d bytes", len(l))
	}
}

// Many lines in, the same lines out (buffers keep their order).
func TestManyLines(t *testing.T) {
	e, root := env(t)
	id := e.Call(t, "fCrée", S("n.txt"))
	var want strings.Builder
	for i := range 20000 {
		l := strings.Repeat("é", i%7) + wlrt.Int(int64(i)).Text()
		e.Call(t, "fEcritLigne", id, S(l))
		want.WriteString(l + "\r\n")
	}
	if got := e.Text(t, "fTaille", id); got != wlrt.Int(int64(want.Len())).Text() {
		t.Fatalf("fTaille(handle) = %s, want %d", got, want.Len())
	}
	e.Call(t, "fPositionne", id, I(0), I(files.FpDebut))
	for i := range 20000 {
		l := e.Text(t, "fLitLigne", id)
		if w := strings.Repeat("é", i%7) + wlrt.Int(int64(i)).Text(); l != w {
			t.Fatalf("line %d = %q, want %q", i, l, w)
		}
	}
	e.Call(t, "fFerme", id)
	if read(t, filepath.Join(root, "n.txt")) != want.String() {
		t.Fatal("content differs")
	}
}

// foAnsi is Windows-1252; foUnicode UTF-16 little endian with its FF FE
// mark (3036036); the default is UTF-8, a line that is not valid UTF-8
// being read as Windows-1252.
func TestEncodings(t *testing.T) {
	e, root := env(t)
	id := e.Call(t, "fOuvre", S("ansi.txt"), I(files.FoCreation|files.FoAnsi))
	e.Call(t, "fEcritLigne", id, S("été 10 € ☃"))
	e.Call(t, "fFerme", id)
	if got := read(t, filepath.Join(root, "ansi.txt")); got != "\xe9t\xe9 10 \x80 ?\r\n" {
		t.Fatalf("ANSI bytes %q", got)
	}
	id = e.Call(t, "fOuvre", S("ansi.txt"), I(files.FoLecture|files.FoAnsi))
	if got := e.Text(t, "fLitLigne", id); got != "été 10 € ?" {
		t.Fatalf("ANSI read %q", got)
	}
	// The default mode reads the same ANSI line (not valid UTF-8).
	id = e.Call(t, "fOuvre", S("ansi.txt"))
	if got := e.Text(t, "fLitLigne", id); got != "été 10 € ?" {
		t.Fatalf("default read of ANSI %q", got)
	}
	if got := e.Text(t, "fChargeTexte", S("ansi.txt"), I(files.FoAnsi)); got != "été 10 € ?\r\n" {
		t.Fatalf("fChargeTexte foAnsi %q", got)
	}

	id = e.Call(t, "fOuvre", S("u.txt"), I(files.FoCreation|files.FoUnicode))
	e.Call(t, "fEcritLigne", id, S("é𝄞"))
	e.Call(t, "fFerme", id)
	if got := read(t, filepath.Join(root, "u.txt")); got != "\xff\xfe\xe9\x00\x34\xd8\x1e\xdd\r\x00\n\x00" {
		t.Fatalf("UTF-16 bytes %q", got)
	}
	id = e.Call(t, "fOuvre", S("u.txt"), I(files.FoLecture|files.FoUnicode))
	if got := e.Text(t, "fLitLigne", id); got != "é𝄞" {
		t.Fatalf("UTF-16 read %q", got)
	}
	if got := e.Text(t, "fLitLigne", id); got != wl.EOT {
		t.Fatalf("UTF-16 end %q", got)
	}
	if got := e.Text(t, "fChargeTexte", S("u.txt"), I(files.FoUnicode)); got != "é𝄞\r\n" {
		t.Fatalf("fChargeTexte foUnicode %q", got)
	}
	// foCréationSiInexistant + foUnicode on an existing file: the mark is
	// read, not written again.
	id = e.Call(t, "fOuvre", S("u.txt"), I(files.FoCreationSiInexistant|files.FoUnicode|files.FoAjout))
	e.Call(t, "fEcritLigne", id, S("b"))
	e.Call(t, "fFerme", id)
	if got := read(t, filepath.Join(root, "u.txt")); got != "\xff\xfe\xe9\x00\x34\xd8\x1e\xdd\r\x00\n\x00b\x00\r\x00\n\x00" {
		t.Fatalf("UTF-16 append %q", got)
	}
	// A UTF-8 mark is skipped by fLitLigne and fChargeTexte.
	write(t, filepath.Join(root, "bom.txt"), "\xef\xbb\xbfété\r\n")
	id = e.Call(t, "fOuvre", S("bom.txt"))
	if got := e.Text(t, "fLitLigne", id); got != "été" {
		t.Fatalf("UTF-8 mark: %q", got)
	}
	if got := e.Text(t, "fChargeTexte", S("bom.txt")); got != "été\r\n" {
		t.Fatalf("fChargeTexte UTF-8 mark: %q", got)
	}
}

// fLit / fEcrit / fPositionne work on bytes at the current position;
// fEcrit overwrites (3036014); fLit at the end is an error (3036048).
func TestBlocks(t *testing.T) {
	e, root := env(t)
	write(t, filepath.Join(root, "b.bin"), "0123456789")
	id := e.Call(t, "fOuvre", S("b.bin"))
	if got := e.Text(t, "fLit", id, I(3)); got != "012" {
		t.Fatalf("fLit = %q", got)
	}
	if got := e.Text(t, "fEcrit", id, S("ABCDEF"), I(2)); got != "2" {
		t.Fatalf("fEcrit = %s", got)
	}
	if got := e.Text(t, "fPositionne", id, I(0), I(files.FpCourant)); got != "5" {
		t.Fatalf("position %s", got)
	}
	if got := e.Text(t, "fPositionne", id, I(-2), I(files.FpFin)); got != "8" {
		t.Fatalf("from the end %s", got)
	}
	if got := e.Text(t, "fLit", id, I(10)); got != "89" {
		t.Fatalf("fLit at the end = %q", got)
	}
	if got := e.Text(t, "fLit", id, I(1)); got != "" {
		t.Fatalf("fLit past the end = %q", got)
	}
	failed(t, e, "fin du fichier")
	if got := e.Text(t, "fPositionne", id, I(-1), I(files.FpDebut)); got != "-1" {
		t.Fatalf("negative position = %s", got)
	}
	e.Call(t, "fPositionne", id, I(0), I(files.FpFin))
	e.Call(t, "fEcrit", id, S("\x00\xff"))
	if got := e.Text(t, "fTaille", S("b.bin")); got != "12" {
		t.Fatalf("fTaille(path) sees the buffered bytes: %s", got)
	}
	e.Call(t, "fFerme", id)
	if got := read(t, filepath.Join(root, "b.bin")); got != "012AB56789\x00\xff" {
		t.Fatalf("content %q", got)
	}
	if got := e.Text(t, "fFerme", id); got != "-1" {
		t.Fatalf("second fFerme = %s", got)
	}
	failed(t, e, "n'est pas ouvert")
	// foAjout starts at the end.
	id = e.Call(t, "fOuvre", S("b.bin"), I(files.FoAjout))
	if got := e.Text(t, "fPositionne", id, I(0), I(files.FpCourant)); got != "12" {
		t.Fatalf("foAjout position %s", got)
	}
}

// fOuvre failures (3036036): a missing file, a directory; -1 and
// ErreurInfo; two opens of one file get two identifiers.
func TestOpenFailures(t *testing.T) {
	e, root := env(t)
	if got := e.Text(t, "fOuvre", S("absent.txt"), I(files.FoLecture)); got != "-1" {
		t.Fatalf("fOuvre(absent) = %s", got)
	}
	failed(t, e, "Impossible d'ouvrir le fichier « absent.txt » : fichier ou répertoire inexistant.")
	if code := e.Run.LastError().Code; code != 2 {
		t.Fatalf("errCode %d", code)
	}
	os.Mkdir(filepath.Join(root, "rep"), 0o777)
	if got := e.Text(t, "fOuvre", S("rep")); got != "-1" {
		t.Fatalf("fOuvre(dir) = %s", got)
	}
	failed(t, e, "c'est un répertoire")
	write(t, filepath.Join(root, "a.txt"), "x")
	a, b := e.Call(t, "fOuvre", S("a.txt")), e.Call(t, "fOuvre", S("a.txt"))
	if a.Text() == b.Text() || a.Text() == "-1" {
		t.Fatalf("identifiers %s %s", a.Text(), b.Text())
	}
	en := wltest.New(files.WithRoot(root), wlrt.WithLang("en"))
	en.Call(t, "fOpen", S("absent.txt"))
	failed(t, en, "Cannot open the file 'absent.txt': no such file or directory.")
}

// Files a run leaves open are written out and closed when it ends;
// foSuppressionAutomatique files are deleted then.
func TestClosedAtEndOfRun(t *testing.T) {
	root := t.TempDir()
	var out bytes.Buffer
	eng := stdlib.NewEngine(wlrt.WithOutput(&out, &out), files.WithRoot(root))
	prog, err := eng.Compile("t.wl", []byte(`f est un entier = fCrée("ouvert.txt")
fEcritLigne(f, "gardé")
g est un entier = fOuvre("temp.txt", foCréation + foSuppressionAutomatique)
fEcritLigne(g, "x")
Trace(fFichierExiste("temp.txt"))
`))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := prog.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	if out.String() != "1\n" {
		t.Fatalf("output %q", out.String())
	}
	if got := read(t, filepath.Join(root, "ouvert.txt")); got != "gardé\r\n" {
		t.Fatalf("content %q", got)
	}
	if _, err := os.Stat(filepath.Join(root, "temp.txt")); err == nil {
		t.Fatal("foSuppressionAutomatique file still there")
	}
	// Even when the run ends with an error.
	prog, _ = eng.Compile("t.wl", []byte(`f est un entier = fCrée("erreur.txt")
fEcritLigne(f, "avant")
ExceptionDéclenche(1, "stop")
`))
	if _, err := prog.Run(context.Background()); err == nil {
		t.Fatal("no error")
	}
	if got := read(t, filepath.Join(root, "erreur.txt")); got != "avant\r\n" {
		t.Fatalf("content %q", got)
	}
}

// The current directory is per run: concurrent runs of one program do
// not see each other's fRepEnCours.
func TestConcurrentRuns(t *testing.T) {
	root := t.TempDir()
	for _, d := range []string{"a", "b"} {
		write(t, filepath.Join(root, d, "nom.txt"), d)
	}
	eng := stdlib.NewEngine(wlrt.WithOutput(&bytes.Buffer{}, &bytes.Buffer{}), files.WithRoot(root))
	src := `fRepEnCours("%[1]s")
n est un entier = 0
POUR i = 1 À 200
	SI fChargeTexte("nom.txt") = "%[1]s" ALORS n++
FIN
RENVOYER n`
	var wg sync.WaitGroup
	for _, d := range []string{"a", "b", "a", "b"} {
		p, err := eng.Compile("t.wl", []byte(fmt.Sprintf(src, d)))
		if err != nil {
			t.Fatal(err)
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			res, err := p.Run(context.Background())
			if err != nil || res.Value.Text() != "200" {
				t.Errorf("run in %s: %v %s", d, err, res.Value.Text())
			}
		}()
	}
	wg.Wait()
}

// fSupprime (3036029): wildcards, read-only files only with
// frLectureSeule, open files refused.
func TestDelete(t *testing.T) {
	e, root := env(t)
	for _, n := range []string{"a.txt", "b.TXT", "c.csv"} {
		write(t, filepath.Join(root, "d", n), n)
	}
	if got := e.Text(t, "fSupprime", S(`d\*.txt`)); got != "1" {
		t.Fatalf("fSupprime(*.txt) = %s", got)
	}
	ok(t, e)
	if got := e.Text(t, "fListeFichier", S("d/*.*")); got != filepath.Join(root, "d", "c.csv") {
		t.Fatalf("left %q", got)
	}
	if got := e.Text(t, "fSupprime", S(`d\*.txt`)); got != "0" {
		t.Fatalf("no match = %s", got)
	}
	failed(t, e, "aucun fichier ne correspond")
	if got := e.Text(t, "fSupprime", S("absent")); got != "0" {
		t.Fatalf("absent = %s", got)
	}
	failed(t, e, "inexistant")
	if runtime.GOOS != "windows" {
		os.Chmod(filepath.Join(root, "d", "c.csv"), 0o444)
		if got := e.Text(t, "fSupprime", S("d/c.csv")); got != "0" {
			t.Fatalf("read-only = %s", got)
		}
		failed(t, e, "lecture seule")
		if got := e.Text(t, "fSupprime", S("d/c.csv"), I(files.FrLectureSeule)); got != "1" {
			t.Fatalf("frLectureSeule = %s", got)
		}
	}
	write(t, filepath.Join(root, "o.txt"), "o")
	id := e.Call(t, "fOuvre", S("o.txt"))
	if got := e.Text(t, "fSupprime", S("o.txt")); got != "0" {
		t.Fatalf("open file = %s", got)
	}
	failed(t, e, "le fichier est ouvert")
	e.Call(t, "fFerme", id)
	if got := e.Text(t, "fSupprime", S("o.txt")); got != "1" {
		t.Fatalf("closed file = %s", got)
	}
	if got := e.Text(t, "fSupprime", S("d")); got != "0" {
		t.Fatalf("directory = %s", got)
	}
	failed(t, e, "c'est un répertoire")
}

// fCopieFichier (3036004): into a file or a directory, wildcards,
// frRécursif, missing directories created, same file refused.
func TestCopy(t *testing.T) {
	e, root := env(t)
	write(t, filepath.Join(root, "src", "a.txt"), "A")
	write(t, filepath.Join(root, "src", "b.csv"), "B")
	write(t, filepath.Join(root, "src", "sous", "c.txt"), "C")
	if got := e.Text(t, "fCopieFichier", S(`src\a.txt`), S(`neuf\x\copie.txt`)); got != "1" {
		t.Fatalf("copy = %s", got)
	}
	if read(t, filepath.Join(root, "neuf", "x", "copie.txt")) != "A" {
		t.Fatal("copy content")
	}
	if got := e.Text(t, "fCopieFichier", S("src/a.txt"), S("neuf/")); got != "1" {
		t.Fatalf("copy into a directory = %s", got)
	}
	if read(t, filepath.Join(root, "neuf", "a.txt")) != "A" {
		t.Fatal("copy into a directory content")
	}
	if got := e.Text(t, "fCopieFichier", S("src/*.txt"), S("plat")); got != "1" {
		t.Fatalf("wildcard copy = %s", got)
	}
	if _, err := os.Stat(filepath.Join(root, "plat", "sous")); err == nil {
		t.Fatal("not recursive: sub-directory copied")
	}
	if got := e.Text(t, "fCopieFichier", S("src/*.*"), S("arbre"), I(files.FrRecursif)); got != "1" {
		t.Fatalf("recursive copy = %s", got)
	}
	if read(t, filepath.Join(root, "arbre", "sous", "c.txt")) != "C" || read(t, filepath.Join(root, "arbre", "b.csv")) != "B" {
		t.Fatal("recursive copy content")
	}
	if got := e.Text(t, "fCopieFichier", S("src/a.txt"), S("src/a.txt")); got != "0" {
		t.Fatalf("same file = %s", got)
	}
	failed(t, e, "même fichier")
	if got := e.Text(t, "fCopieFichier", S("src/absent.txt"), S("x.txt")); got != "0" {
		t.Fatalf("missing source = %s", got)
	}
	failed(t, e, "inexistant")
	if got := e.Text(t, "fCopieFichier", S("src/a.txt"), S("")); got != "0" {
		t.Fatalf("empty destination = %s", got)
	}
	failed(t, e, "vide")
	// Copying a tree into itself stops at the destination.
	if got := e.Text(t, "fCopieFichier", S("src/*.*"), S("src/dedans"), I(files.FrRecursif)); got != "1" {
		t.Fatalf("copy into itself = %s", got)
	}
	if _, err := os.Stat(filepath.Join(root, "src", "dedans", "dedans")); err == nil {
		t.Fatal("copied into itself")
	}
}

// fRenomme (3036038) / fDéplaceFichier (3036060): an existing
// destination is an error; renaming moves.
func TestRename(t *testing.T) {
	e, root := env(t)
	write(t, filepath.Join(root, "a.txt"), "A")
	write(t, filepath.Join(root, "b.txt"), "B")
	if got := e.Text(t, "fRenomme", S("a.txt"), S("b.txt")); got != "0" {
		t.Fatalf("onto an existing file = %s", got)
	}
	failed(t, e, "existe déjà")
	os.Mkdir(filepath.Join(root, "d"), 0o777)
	if got := e.Text(t, "fDéplaceFichier", S("a.txt"), S(`d\c.txt`)); got != "1" {
		t.Fatalf("move = %s", got)
	}
	if read(t, filepath.Join(root, "d", "c.txt")) != "A" {
		t.Fatal("moved content")
	}
	if got := e.Text(t, "fRenomme", S("d"), S("e")); got != "1" {
		t.Fatalf("rename a directory = %s", got)
	}
	if got := e.Text(t, "fRenomme", S("*.txt"), S("x.txt")); got != "0" {
		t.Fatalf("wildcard = %s", got)
	}
	failed(t, e, "génériques")
	if got := e.Text(t, "fRenomme", S("absent"), S("x")); got != "0" {
		t.Fatalf("absent = %s", got)
	}
	failed(t, e, "inexistant")
}

// fRepCrée (3036043), fRepExiste (1000021899), fRepSupprime (3036051).
func TestDirectories(t *testing.T) {
	e, root := env(t)
	if got := e.Text(t, "fRepCrée", S(`x\y\z\`)); got != "1" {
		t.Fatalf("fRepCrée = %s", got)
	}
	if got := e.Text(t, "fRepCrée", S("x/y")); got != "1" {
		t.Fatalf("fRepCrée existing = %s", got)
	}
	write(t, filepath.Join(root, "x", "y", "z", "f.txt"), "f")
	if got := e.Text(t, "fRepCrée", S("x/y/z/f.txt")); got != "0" {
		t.Fatalf("fRepCrée over a file = %s", got)
	}
	if e.Text(t, "fRepExiste", S("x/y/z")) != "1" || e.Text(t, "fRépertoireExiste", S("x/y/z/f.txt")) != "0" || e.Text(t, "fDirExist", S("nope")) != "0" {
		t.Fatal("fRepExiste")
	}
	if e.Text(t, "fFichierExiste", S("x/y/z/f.txt")) != "1" || e.Text(t, "fFichierExiste", S("x/y")) != "0" {
		t.Fatal("fFichierExiste")
	}
	if got := e.Text(t, "fRepSupprime", S("x")); got != "0" {
		t.Fatalf("not empty = %s", got)
	}
	failed(t, e, "n'est pas vide")
	e.Call(t, "fRepEnCours", S("x/y"))
	if got := e.Text(t, "fRepSupprime", S(".."), I(files.FrRecursif)); got != "0" {
		t.Fatalf("parent of the current directory = %s", got)
	}
	failed(t, e, "répertoire en cours")
	e.Call(t, "fRepEnCours", S(root))
	if runtime.GOOS != "windows" {
		os.Chmod(filepath.Join(root, "x", "y", "z", "f.txt"), 0o444)
		if got := e.Text(t, "fRepSupprime", S("x"), I(files.FrRecursif)); got != "0" {
			t.Fatalf("read-only file inside = %s", got)
		}
		failed(t, e, "lecture seule")
		if e.Text(t, "fFichierExiste", S("x/y/z/f.txt")) != "1" {
			t.Fatal("something was removed")
		}
	}
	if got := e.Text(t, "fRepSupprime", S("x"), I(files.FrRecursif|files.FrLectureSeule)); got != "1" {
		t.Fatalf("recursive = %s", got)
	}
	if e.Text(t, "fRepExiste", S("x")) != "0" {
		t.Fatal("still there")
	}
	if got := e.Text(t, "fRepSupprime", S(root), I(files.FrRecursif)); got != "0" {
		t.Fatalf("the root = %s", got)
	}
}

// fListeFichier (3036058): full names separated by RC, recursive by
// default, wildcards ignoring case.
func TestList(t *testing.T) {
	e, root := env(t)
	for _, n := range []string{"b.txt", "A.TXT", "c.csv", "s/d.txt", "s/t/e.txt", ".cache.txt"} {
		write(t, filepath.Join(root, filepath.FromSlash(n)), n)
	}
	j := func(ns ...string) string {
		for i, n := range ns {
			ns[i] = filepath.Join(root, filepath.FromSlash(n))
		}
		return strings.Join(ns, "\r\n")
	}
	if got := e.Text(t, "fListeFichier", S("*.txt")); got != j(".cache.txt", "A.TXT", "b.txt", "s/d.txt", "s/t/e.txt") {
		t.Fatalf("recursive %q", got)
	}
	if got := e.Text(t, "fListeFichier", S("*.txt"), I(files.FrNonRecursif)); got != j(".cache.txt", "A.TXT", "b.txt") {
		t.Fatalf("not recursive %q", got)
	}
	if got := e.Text(t, "fListeFichier", S(`s\?.TXT`)); got != j("s/d.txt", "s/t/e.txt") {
		t.Fatalf("? %q", got)
	}
	got := e.Text(t, "fListeFichier", S("b.txt"), I(files.FrInformationComplete|files.FrNonRecursif))
	if f := strings.Split(got, "\t"); len(f) != 4 || f[0] != j("b.txt") || f[1] != "5" || len(f[2]) != 14 {
		t.Fatalf("full information %q", got)
	}
	if got := e.Text(t, "fListeFichier", S("*.txt"), I(files.FrInformationComplete|files.FrSansFichierCache|files.FrNonRecursif)); strings.Contains(got, ".cache") {
		t.Fatalf("hidden file listed %q", got)
	}
	if got := e.Text(t, "fListeFichier", S("absent/*.*")); got != "" {
		t.Fatalf("missing directory %q", got)
	}
	failed(t, e, "inexistant")
	if _, err := e.Try("fListeFichier", []wlrt.Value{S("*.*"), S("MaProcédure")}); err == nil {
		t.Fatal("the procedure syntax must say it is not available")
	}
}

// fExtraitChemin (3036026), with the documented examples.
func TestExtraitChemin(t *testing.T) {
	e := wltest.New()
	for _, c := range []struct {
		path  string
		parts int64
		want  string
	}{
		{`C:\MesRépertoires\Fichier.doc`, files.FFichier, "Fichier"},
		{`C:\MesRépertoires\Fichier.doc`, files.FDisque + files.FRepertoire, `C:\MesRépertoires\`},
		{`\\lg-br\sharedfiles\downloads\Windev\setup.exe`, files.FDisque, `\\lg-br\sharedfiles`},
		{`\\lg-br\sharedfiles\downloads\Windev\setup.exe`, files.FRepertoire, `\downloads\Windev\`},
		{`C:\Temp\Donnée\Fichier.txt`, files.FExtension, ".txt"},
		{`C:\Temp\Donnée\Fichier.txt`, files.FDisque, "C:"},
		{`C:\Temp\Donnée\Fichier.txt`, files.FFichier + files.FExtension, "Fichier.txt"},
		{`C:\Temp\Donnée\Fichier.txt`, files.FRepertoire + files.FFichier, `\Temp\Donnée\Fichier`},
		{"/home/moi/archive.tar.gz", files.FRepertoire, "/home/moi/"},
		{"/home/moi/archive.tar.gz", files.FExtension, ".gz"},
		{"/home/moi/", files.FFichier, ""},
		{"nom", files.FFichier + files.FExtension, "nom"},
	} {
		if got := e.Text(t, "fExtraitChemin", S(c.path), I(c.parts)); got != c.want {
			t.Errorf("fExtraitChemin(%q, %d) = %q, want %q", c.path, c.parts, got, c.want)
		}
	}
	e.Call(t, "fExtraitChemin", S("a"), I(0))
	failed(t, e, "fDisque")
}

// fSep (1000019647) and fSéparateur (1000018861).
func TestSeparators(t *testing.T) {
	e := wltest.New()
	sep := string(filepath.Separator)
	if got := e.Text(t, "fSep"); got != sep {
		t.Fatalf("fSep = %q", got)
	}
	if got := e.Text(t, "fSéparateur", S(`a\b/c`)); got != "a"+sep+"b"+sep+"c" {
		t.Fatalf("platform %q", got)
	}
	if got := e.Text(t, "fSeparator", S(`a\b/c`), e.Const(t, "fSéparateurUnix")); got != "a/b/c" {
		t.Fatalf("Unix %q", got)
	}
	if got := e.Text(t, "fSéparateur", S(`a\b/c`), e.Const(t, "fSeparatorWindows")); got != `a\b\c` {
		t.Fatalf("Windows %q", got)
	}
	if got := e.Text(t, "fSéparateur", S(`a\b/c`), S("::")); got != "a::b::c" {
		t.Fatalf("string %q", got)
	}
}

// Whole-file functions: fSauveTexte replaces, fAjouteTexte appends and
// creates, binary zeros kept (3036046, 1000020494, 3036006).
func TestWholeFiles(t *testing.T) {
	e, root := env(t)
	if e.Text(t, "fSauveTexte", S("t.txt"), S("a\x00b")) != "1" {
		t.Fatal("fSauveTexte")
	}
	if e.Text(t, "fSauveTexte", S("t.txt"), S("nouveau")) != "1" || read(t, filepath.Join(root, "t.txt")) != "nouveau" {
		t.Fatal("fSauveTexte replaces")
	}
	e.Call(t, "fAjouteTexte", S("t.txt"), S("+suite"))
	e.Call(t, "fAddText", S("créé.txt"), S("x"))
	if read(t, filepath.Join(root, "t.txt")) != "nouveau+suite" || read(t, filepath.Join(root, "créé.txt")) != "x" {
		t.Fatal("fAjouteTexte")
	}
	e.Call(t, "fSauveTexte", S("z.bin"), S("a\x00\xff"))
	if got := e.Text(t, "fChargeTexte", S("z.bin")); got != "a\x00\xff" {
		t.Fatalf("binary round trip %q", got)
	}
	buf := e.Call(t, "fChargeBuffer", S("z.bin"))
	if buf.Kind() != wlrt.KBuffer || buf.Text() != "a\x00\xff" {
		t.Fatalf("fChargeBuffer %v %q", buf.Kind(), buf.Text())
	}
	if e.Text(t, "fSauveBuffer", S("copie.bin"), buf) != "1" || read(t, filepath.Join(root, "copie.bin")) != "a\x00\xff" {
		t.Fatal("fSauveBuffer")
	}
	if e.Text(t, "fTaille", S("z.bin")) != "3" || e.Text(t, "fSize", S("absent")) != "-1" {
		t.Fatal("fTaille")
	}
	os.Mkdir(filepath.Join(root, "rep"), 0o777)
	if e.Text(t, "fSauveTexte", S("rep"), S("x")) != "0" {
		t.Fatal("fSauveTexte onto a directory")
	}
	if e.Text(t, "fChargeTexte", S("rep")) != "" {
		t.Fatal("fChargeTexte of a directory")
	}
	failed(t, e, "répertoire")
}

// The real file system (WithOS) starts in the process directory and
// accepts absolute paths anywhere.
func TestOS(t *testing.T) {
	dir := t.TempDir()
	e := wltest.New(files.WithOS())
	wd, _ := os.Getwd()
	if got := e.Text(t, "fRepEnCours"); got != wd {
		t.Fatalf("fRepEnCours() = %q, want %q", got, wd)
	}
	p := filepath.Join(dir, "os.txt")
	if e.Text(t, "fSauveTexte", S(p), S("réel")) != "1" || read(t, p) != "réel" {
		t.Fatal("fSauveTexte with WithOS")
	}
}

// ReadFile lets other families read through the same grant.
func TestReadFile(t *testing.T) {
	root := t.TempDir()
	outside := t.TempDir()
	write(t, filepath.Join(root, "sub", "a.txt"), "A")
	write(t, filepath.Join(outside, "s.txt"), "S")
	e := wltest.New(files.WithRoot(root))
	if b, err := files.ReadFile(e.Run, "sub/a.txt"); err != nil || string(b) != "A" {
		t.Fatalf("ReadFile = %q, %v", b, err)
	}
	e.Call(t, "fRepEnCours", S("sub"))
	if b, err := files.ReadFile(e.Run, "a.txt"); err != nil || string(b) != "A" {
		t.Fatalf("ReadFile from the current directory = %q, %v", b, err)
	}
	if _, err := files.ReadFile(e.Run, filepath.Join(outside, "s.txt")); !errors.Is(err, files.ErrOutsideRoot) {
		t.Fatalf("outside: %v", err)
	}
	if runtime.GOOS != "windows" {
		os.Symlink(filepath.Join(outside, "s.txt"), filepath.Join(root, "sub", "lien"))
		if _, err := files.ReadFile(e.Run, "lien"); !errors.Is(err, files.ErrOutsideRoot) {
			t.Fatalf("link out: %v", err)
		}
	}
	if _, err := files.ReadFile(e.Run, "absent"); !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("absent: %v", err)
	}
	if _, err := files.ReadFile(wltest.New().Run, "x"); !errors.Is(err, files.ErrNoGrant) {
		t.Fatalf("no grant: %v", err)
	}
}

// Drive letters and UNC paths do not exist on Unix: an error, not a
// folder named "C:".
func TestDriveLetters(t *testing.T) {
	if filepath.Separator != '/' {
		t.Skip("Unix only")
	}
	e, root := env(t)
	for _, p := range []string{`C:\Temp\x.txt`, "c:/x.txt", `\\serveur\partage\x.txt`} {
		if got := e.Text(t, "fSauveTexte", S(p), S("x")); got != "0" {
			t.Errorf("fSauveTexte(%q) = %s", p, got)
		}
		failed(t, e, "n'existent pas sur ce système")
	}
	if es, _ := os.ReadDir(root); len(es) != 0 {
		t.Fatalf("created %v", es)
	}
}

// Every function and constant answers to its French and English names.
func TestNames(t *testing.T) {
	e := wltest.New()
	for _, n := range []string{
		"fOuvre", "fOpen", "fCrée", "fCreate", "fFerme", "fClose", "fLitLigne", "fReadLine",
		"fEcritLigne", "fWriteLine", "fLit", "fRead", "fEcrit", "fWrite", "fPositionne", "fSeek",
		"fTaille", "fSize", "fChargeTexte", "fLoadText", "fSauveTexte", "fSaveText", "fAjouteTexte",
		"fAddText", "fChargeBuffer", "fLoadBuffer", "fSauveBuffer", "fSaveBuffer", "fFichierExiste",
		"fFileExist", "fRepExiste", "fDirExist", "fRépertoireExiste", "fDirectoryExist", "fSupprime",
		"fDelete", "fCopieFichier", "fCopyFile", "fRenomme", "fRename", "fDéplaceFichier", "fMoveFile",
		"fRepCrée", "fMakeDir", "fRepSupprime", "fRemoveDir", "fListeFichier", "fListFile",
		"fRepEnCours", "fCurrentDir", "fExtraitChemin", "fExtractPath", "fSep", "fSéparateur", "fSeparator",
	} {
		if e.Eng.Registry().LookupFunc(wlrt.Fold(n)) == nil {
			t.Errorf("function %s is not registered", n)
		}
	}
	for _, n := range []string{
		"foLecture", "foRead", "foEcriture", "foWrite", "foLectureEcriture", "foReadWrite", "foAjout",
		"foAdd", "foCréation", "foCreate", "foCréationSiInexistant", "foCreateIfNotExist", "foAnsi",
		"foUnicode", "fpDébut", "fpBeginning", "fpCourant", "fpCurrent", "fpFin", "fpEnd", "frRécursif",
		"frRecursive", "frNonRécursif", "frLectureSeule", "frReadOnly", "fDisque", "fDrive",
		"fRépertoire", "fDirectory", "fFichier", "fFile", "fExtension",
	} {
		e.Const(t, n)
	}
	if e.Const(t, "foLectureEcriture").ToInt() != e.Const(t, "foLecture").ToInt()+e.Const(t, "foEcriture").ToInt() {
		t.Error("foLectureEcriture is not foLecture + foEcriture (3036036)")
	}
}
