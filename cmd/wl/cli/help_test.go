package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	goruntime "runtime"
	"strings"
	"testing"
)

// `wl help help` helps (issue 12 point 20): it used to answer that there
// is no help on help, while the usage lists it.
func TestHelpHelp(t *testing.T) {
	for _, lang := range []string{"fr", "en"} {
		var out, errb bytes.Buffer
		e := &Env{Stdout: &out, Stderr: &errb}
		if code := e.Main([]string{"--lang", lang, "help", "help"}); code != ExitOK || errb.Len() != 0 {
			t.Fatalf("%s: status %d, stderr %q", lang, code, errb.String())
		}
		if !strings.Contains(out.String(), "wl help [run|check|version|help]") {
			t.Errorf("%s: %q", lang, out.String())
		}
	}
}

// Every file the help's examples name exists (from the repository root,
// as the help says).
func TestHelpExamplesExist(t *testing.T) {
	root := filepath.Join("..", "..", "..")
	re := regexp.MustCompile(`(?m)^  wl (?:run|check) .*$`)
	n := 0
	for _, text := range []string{helpFR, helpEN} {
		for _, line := range re.FindAllString(text, -1) {
			for _, w := range strings.Fields(line)[2:] {
				if strings.HasPrefix(w, "-") {
					continue
				}
				n++
				matches, err := filepath.Glob(filepath.Join(root, w))
				if err != nil || len(matches) == 0 {
					t.Errorf("the help names %s, which does not exist", w)
				}
			}
		}
	}
	if n < 4 {
		t.Errorf("only %d example files found in the help", n)
	}
}

// `wl version` prints the release kept in the source and the Go version,
// never "(devel)".
func TestVersion(t *testing.T) {
	if !regexp.MustCompile(`^0\.\d+\.\d+$`).MatchString(Release) {
		t.Errorf("Release %q is not 0.N.M", Release)
	}
	v := versionString()
	if !strings.HasPrefix(v, "wl "+Release+" ") || !strings.Contains(v, " "+goruntime.Version()+" ") || strings.Contains(v, "devel") {
		t.Errorf("version %q", v)
	}
}

// WL_OAUTH_TOKEN supplies the token when --oauth-token is absent; the
// flag wins over it.
func TestOAuthTokenSources(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "t.txt"), []byte("  du-fichier \n"), 0o600); err != nil {
		t.Fatal(err)
	}
	env := map[string]string{oauthEnv: "de-l-environnement"}
	e := &Env{Dir: dir, Getenv: func(k string) string { return env[k] }}
	m, fr, _ := e.setupMail("fr", mailFlags{})
	if fr != "" || m.oauthToken != "de-l-environnement" {
		t.Errorf("environment: %q %q", m.oauthToken, fr)
	}
	m, fr, _ = e.setupMail("fr", mailFlags{oauthFile: "t.txt"})
	if fr != "" || m.oauthToken != "du-fichier" {
		t.Errorf("file: %q %q", m.oauthToken, fr)
	}
	env[oauthEnv] = "a\nb"
	if _, fr, en := e.setupMail("fr", mailFlags{}); fr == "" || en == "" {
		t.Errorf("a token on two lines was accepted")
	}
	delete(env, oauthEnv)
	if m, _, _ := e.setupMail("fr", mailFlags{}); m.oauthToken != "" {
		t.Errorf("no source gave %q", m.oauthToken)
	}
}
