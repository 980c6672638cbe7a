package console

import (
	"regexp"
	"strings"
	"sync"

	"github.com/wlangage/wl/runtime"
)

// The variables Saisie.MasqueSaisie and Saisie.LibelléOptionnel (English
// Input.InputMask, Input.OptionalCaption) set the next questions of
// Saisie (3021016): the input mask of the answer, and the caption of the
// check box that asks for a boolean variable. Each run has its own.

// inputSettingsType is the structure behind the built-in variable
// Saisie, made on first use (no work at package initialisation).
var inputSettingsType = sync.OnceValue(func() *runtime.StructType {
	return &runtime.StructType{
		Name: "Saisie",
		Fields: []runtime.Field{
			// A mask constant of WinDev, or "regexp:" and a regular
			// expression the whole answer matches.
			{Name: "MasqueSaisie", Aliases: []string{"InputMask"}, Type: runtime.TypeVariant},
			{Name: "LibelléOptionnel", Aliases: []string{"OptionalCaption"}, Type: runtime.TypeString},
		},
	}
})

type inputSettingsKey struct{}

// inputSettingsOf returns the run's Saisie variable.
func inputSettingsOf(r *runtime.Run) *runtime.Struct {
	return r.State(inputSettingsKey{}, func() any { return runtime.NewStruct(inputSettingsType()) }).(*runtime.Struct)
}

// InputSettings are what the script set for its next Saisie questions:
// hosts read them with InputSettingsOf to show the question as WinDev
// would.
type InputSettings struct {
	// Mask is Saisie.MasqueSaisie: "" when none is set.
	Mask string
	// Pattern is the regular expression of a "regexp:" mask, anchored
	// to the whole answer; nil for other masks, which wl does not apply.
	Pattern *regexp.Regexp
	// OptionalCaption is Saisie.LibelléOptionnel: the caption of the
	// check box that asks for a boolean variable.
	OptionalCaption string
}

// InputSettingsOf returns the settings of r's next Saisie question (none
// for a nil r). A "regexp:" mask that does not compile gives a nil
// Pattern.
func InputSettingsOf(r *runtime.Run) InputSettings {
	if r == nil {
		return InputSettings{}
	}
	st := inputSettingsOf(r)
	s := InputSettings{Mask: st.Fields[0].Text(), OptionalCaption: st.Fields[1].Text()}
	if expr, ok := strings.CutPrefix(s.Mask, "regexp:"); ok {
		s.Pattern, _ = regexp.Compile(`^(?:` + expr + `)$`)
	}
	return s
}

// installInputSettings registers the variable Saisie (Input).
func installInputSettings(r *runtime.Registry) {
	r.AddGlobal(&runtime.Global{Name: "Saisie", Aliases: []string{"Input"}, Get: func(r *runtime.Run) runtime.Value {
		return runtime.StructValue(inputSettingsOf(r))
	}})
}
