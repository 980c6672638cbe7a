package json

import (
	"github.com/wlangage/wl/runtime"
)

// The options of VariantVersJSON (doc 1000021051). The page gives no
// values: wl picks distinct bits.
const (
	psdMinified  = 1 // psdMinifié: no space at all
	psdFormatted = 2 // psdMiseEnForme: one member or element a line, indented
)

// maxDepth bounds the nesting of the arrays and objects read or written.
const maxDepth = 512

// Install registers JSONVersVariant and VariantVersJSON.
func Install(r *runtime.Registry) {
	r.AddFuncs([]runtime.Func{
		{Name: "JSONVersVariant", Aliases: []string{"JSONToVariant"}, Min: 1, Max: 1, Fn: jsonToVariant},
		{Name: "VariantVersJSON", Aliases: []string{"VariantToJSON"}, Min: 1, Max: 2, Fn: variantToJSON},
	})
	r.AddConstIfAbsent(&runtime.Const{Name: "psdMinifié", Aliases: []string{"psdMinified"}, Value: runtime.Int(psdMinified)})
	r.AddConstIfAbsent(&runtime.Const{Name: "psdMiseEnForme", Aliases: []string{"psdFormatting"}, Value: runtime.Int(psdFormatted)})
}

// jsonToVariant is JSONVersVariant (doc 1000021052).
func jsonToVariant(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	var s string
	if err := c.Unpack(args, "données JSON", &s); err != nil {
		return runtime.Null, err
	}
	p := parser{c: c, s: s, line: 1, col: 1}
	v, err := p.document()
	if err != nil {
		return runtime.Null, err
	}
	return v, nil
}

// variantToJSON is VariantVersJSON (doc 1000021051).
func variantToJSON(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	var v runtime.Value
	opt := int64(0)
	if err := c.Unpack(args, "variant", &v, "options?", &opt); err != nil {
		return runtime.Null, err
	}
	w := writer{c: c, opt: opt}
	if err := w.value(v, 0); err != nil {
		return runtime.Null, err
	}
	return runtime.Str(string(w.b)), nil
}
