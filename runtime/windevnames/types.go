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

func loadTypes() { typeTable = readNames(typeData, 800, TypeKey) }

// LookupType returns the built-in variable type whose French or English
// name has the key key (TypeKey).
func LookupType(key string) (Name, bool) {
	typeOnce.Do(loadTypes)
	n, ok := typeTable[key]
	return n, ok
}
