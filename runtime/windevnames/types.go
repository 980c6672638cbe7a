package windevnames

import (
	_ "embed"
	"strings"
	"sync"

	"github.com/wlangage/wl/lexer"
)

//go:embed types.tsv
var typeData string

var (
	typeOnce  sync.Once
	typeTable map[string]Name
)

// TypeKey is the key of a type name in the types table: folded
// (lexer.Fold), without spaces or apostrophes, as the parser joins
// multi-word type names (`Description de Fichier`).
func TypeKey(s string) string {
	return strings.NewReplacer(" ", "", "'", "").Replace(lexer.Fold(s))
}

func loadTypes() {
	typeTable = make(map[string]Name, 800)
	for _, line := range strings.Split(typeData, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fr, en, ok := strings.Cut(line, "\t")
		if !ok {
			en = fr
		}
		n := Name{FR: fr, EN: en}
		typeTable[TypeKey(fr)] = n
		if _, dup := typeTable[TypeKey(en)]; !dup {
			typeTable[TypeKey(en)] = n
		}
	}
}

// LookupType returns the built-in variable type whose French or English
// name has the key key (TypeKey).
func LookupType(key string) (Name, bool) {
	typeOnce.Do(loadTypes)
	n, ok := typeTable[key]
	return n, ok
}
