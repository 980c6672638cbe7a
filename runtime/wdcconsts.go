package runtime

import (
	"path/filepath"
	"strings"

	"github.com/wlangage/wl/parser"
)

// fileConsts gives a class of a .wdc text export the constants of the
// file's declaration code that lie outside the class block: WinDev
// exports put a CONSTANTE block before `C est une Classe`, and the
// class's code and its users reach them as C::K (doc 6010006). Constants
// of the class block itself, read next, win.
func (c *compiler) fileConsts(cl *Class) {
	file := cl.decl.P.File
	if !strings.EqualFold(filepath.Ext(file), ".wdc") {
		return
	}
	for _, st := range c.file.Main {
		cd, ok := st.(*parser.ConstDecl)
		if !ok || cd.P.File != file {
			continue
		}
		for i, n := range cd.Names {
			if i < len(cd.Values) {
				if v, ok := c.constValue(cd.Values[i]); ok {
					cl.consts[n.Key] = v
				}
			}
		}
	}
}

// classConsts reads the constants of a class: those of its .wdc file's
// declaration code, then those of its own CONSTANTE blocks.
func (c *compiler) classConsts(cl *Class) {
	c.fileConsts(cl)
	for _, cd := range cl.decl.Consts {
		for i, n := range cd.Names {
			v, ok := c.constValue(cd.Values[i])
			if !ok {
				c.errorf(cd.Values[i].Position(), codeClassDecl, "La valeur d'une constante doit être connue à la compilation", "A constant's value must be known at compile time")
			}
			cl.consts[n.Key] = v
		}
	}
}
