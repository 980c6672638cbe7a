package windevnames

import (
	_ "embed"
	"sync"

	"github.com/wlangage/wl/lexer"
)

//go:embed constants.tsv
var constData string

var (
	constOnce  sync.Once
	constTable map[string]Name
)

func loadConsts() { constTable = readNames(constData, 64, lexer.Fold) }

// LookupConst returns the built-in constant whose French or English name
// folds (lexer.Fold) to key.
func LookupConst(key string) (Name, bool) {
	constOnce.Do(loadConsts)
	n, ok := constTable[key]
	return n, ok
}
