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

func load() {
	table = make(map[string]Name, 8192)
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
		table[lexer.Fold(fr)] = n
		if _, dup := table[lexer.Fold(en)]; !dup {
			table[lexer.Fold(en)] = n
		}
	}
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
