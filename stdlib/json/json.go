package json

import (
	"github.com/wlangage/wl/runtime"
)

// maxDepth bounds the nesting of the arrays and objects read.
const maxDepth = 512

// Install registers JSONVersVariant and VariantVersJSON.
func Install(r *runtime.Registry) {
	r.AddFuncs([]runtime.Func{
		{Name: "JSONVersVariant", Aliases: []string{"JSONToVariant"}, Min: 1, Max: 1, Fn: jsonToVariant},
		{Name: "VariantVersJSON", Aliases: []string{"VariantToJSON"}, Min: 1, Max: 2, Fn: variantToJSON},
	})
	r.AddConstIfAbsent(&runtime.Const{Name: "psdMinifié", Aliases: []string{"psdMinified"}, Value: runtime.Int(runtime.JSONMinified)})
	r.AddConstIfAbsent(&runtime.Const{Name: "psdMiseEnForme", Aliases: []string{"psdFormatting"}, Value: runtime.Int(runtime.JSONFormatted)})
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
	s, err := runtime.VariantJSON(v, opt)
	if je, ok := err.(*runtime.JSONError); ok {
		return runtime.Null, c.Errorf(0, "%[1]s : %[2]s", "%[1]s: %[3]s", c.Name, je.FR, je.EN)
	}
	return runtime.Str(s), nil
}
