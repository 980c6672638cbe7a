package wdexport_test

import (
	"bufio"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/wlangage/wl/parser"
	"github.com/wlangage/wl/parser/wdexport"
)

// TestRealWorldCorpus measures how many units of the real-world corpus
// parse (shared/wlangage/REALWORLD.md, rebuilt outside the repository as
// its "How to extract" says). It runs only when WL_REALWORLD_DIR names a
// folder of .wdg/.wdc/.wdw exports; an optional langs.tsv there maps a
// file name to its keyword language. Nothing of the corpus is committed.
func TestRealWorldCorpus(t *testing.T) {
	dir := os.Getenv("WL_REALWORLD_DIR")
	if dir == "" {
		t.Skip("WL_REALWORLD_DIR not set: no corpus to measure")
	}
	langs := map[string]string{}
	if fh, err := os.Open(filepath.Join(dir, "langs.tsv")); err == nil {
		sc := bufio.NewScanner(fh)
		for sc.Scan() {
			if k, v, ok := strings.Cut(sc.Text(), "\t"); ok {
				langs[k] = v
			}
		}
		fh.Close()
	}
	paths, _ := filepath.Glob(filepath.Join(dir, "*.wd?"))
	type tally struct{ units, ok, empty int }
	by := map[string]*tally{}
	add := func(key string, ok, empty bool) {
		if by[key] == nil {
			by[key] = &tally{}
		}
		tl := by[key]
		if empty {
			tl.empty++
			return
		}
		tl.units++
		if ok {
			tl.ok++
		}
	}
	firsts := map[string]int{}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		f, err := wdexport.ReadBytes(p, data)
		if err != nil {
			t.Errorf("%s: %v", p, err)
			continue
		}
		lang := langs[filepath.Base(p)]
		for _, u := range f.Units {
			if !u.IsWLangage() {
				continue
			}
			_, err := parser.Parse(p, f.UnitSource(u))
			ok := err == nil
			for _, k := range []string{"all", f.Kind.String(), "lang " + lang, f.Kind.String() + "/" + lang} {
				add(k, ok, u.Empty())
			}
			if !ok {
				var msg string
				if l, isList := err.(parser.ErrorList); isList && len(l) > 0 {
					msg = l[0].Message("fr")
					if os.Getenv("WL_REALWORLD_VERBOSE") != "" {
						t.Logf("%s", l[0].Format("fr"))
					}
				} else {
					msg = err.Error()
				}
				if i := strings.Index(msg, "« POUR TOUT "); i >= 0 {
					if j := strings.Index(msg[i:], "»"); j >= 0 {
						msg = msg[:i] + "« POUR TOUT … »" + msg[i+j+len("»"):]
					}
				}
				firsts[msg]++
			}
		}
	}
	keys := make([]string, 0, len(by))
	for k := range by {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		tl := by[k]
		t.Logf("%-22s %4d/%4d units parse (%5.1f %%), %d empty", k, tl.ok, tl.units, 100*float64(tl.ok)/float64(max(tl.units, 1)), tl.empty)
	}
	type kv struct {
		k string
		n int
	}
	var ranked []kv
	for k, n := range firsts {
		ranked = append(ranked, kv{k, n})
	}
	sort.Slice(ranked, func(i, j int) bool {
		if ranked[i].n != ranked[j].n {
			return ranked[i].n > ranked[j].n
		}
		return ranked[i].k < ranked[j].k
	})
	for i, r := range ranked {
		if i == 40 {
			break
		}
		t.Logf("%3d  %s", r.n, r.k)
	}
}
