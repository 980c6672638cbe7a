package windevnames

import (
	_ "embed"
	"strings"
	"sync"

	"github.com/wlangage/wl/lexer"
)

//go:embed functions.tsv
var data string

// Name is one built-in function: its French and English spellings.
type Name struct {
	FR, EN string
}

var (
	once  sync.Once
	table map[string]Name
)

func load() { table = readNames(data, 8192, lexer.Fold) }

// readNames reads a table of names, one a line: the French name, then a
// tab and the English one when it differs; blank lines and # comments are
// skipped. A name is found under key(French) and, unless that key is
// already taken, under key(English).
func readNames(data string, size int, key func(string) string) map[string]Name {
	t := make(map[string]Name, size)
	for _, line := range strings.Split(data, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fr, en, ok := strings.Cut(line, "\t")
		if !ok {
			en = fr
		}
		n := Name{FR: fr, EN: en}
		t[key(fr)] = n
		if _, dup := t[key(en)]; !dup {
			t[key(en)] = n
		}
	}
	return t
}

// Lookup returns the built-in function whose French or English name folds
// (lexer.Fold) to key.
func Lookup(key string) (Name, bool) {
	once.Do(load)
	n, ok := table[key]
	return n, ok
}

// Len returns the number of spellings in the table (French and English).
func Len() int {
	once.Do(load)
	return len(table)
}
