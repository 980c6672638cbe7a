package console

import (
	"io"
	"strings"

	"github.com/wlangage/wl/runtime"
)

// Answers of OuiNon and Confirmer (3021005, 3021007).
const (
	Non     = 0
	Oui     = 1
	Annuler = 2
)

// Dialogs are the host functions that answer the interactive dialogs.
// A nil function means the dialog is not available (DECISIONS 13).
type Dialogs struct {
	// YesNo shows the lines and returns Oui or Non; def is the default
	// button.
	YesNo func(r *runtime.Run, def int, lines []string) (int, error)
	// Confirm shows the lines and returns Oui, Non or Annuler.
	Confirm func(r *runtime.Run, def int, lines []string) (int, error)
	// Input asks the question with the variable's current value and
	// returns the new value and Oui (validated) or Annuler.
	Input func(r *runtime.Run, question string, current runtime.Value) (runtime.Value, int, error)
	// InputButtons answers Saisie's direct syntax (3021016), whose buttons
	// the script names: it returns the answer and the number (from 1) of
	// the button clicked. When nil, Input answers: Oui is the default
	// button, anything else the cancel button.
	InputButtons func(r *runtime.Run, q InputQuestion) (runtime.Value, int, error)
}

// DialogsKey is the engine host key of a *Dialogs value:
// runtime.WithHost(console.DialogsKey{}, &console.Dialogs{...}), or
// WithDialogs.
type DialogsKey struct{}

// WithDialogs installs the host dialogs.
func WithDialogs(d *Dialogs) runtime.Option { return runtime.WithHost(DialogsKey{}, d) }

func dialogs(c *runtime.Call) *Dialogs {
	d, _ := c.Run.Engine().Host(DialogsKey{}).(*Dialogs)
	return d
}

// Install registers the console family.
func Install(r *runtime.Registry) {
	r.AddConstTable(consoleConsts)
	installInputSettings(r)
	r.AddFuncs([]runtime.Func{
		{Name: "Trace", Min: 0, Max: -1, Fn: trace},
		{Name: "Info", Min: 0, Max: -1, Fn: info},
		{Name: "Avertissement", Aliases: []string{"Warning"}, Min: 0, Max: -1, Fn: warning},
		{Name: "Erreur", Aliases: []string{"Error"}, Min: 0, Max: -1, Fn: erreur},
		{Name: "ToastAffiche", Aliases: []string{"ToastDisplay"}, Min: 1, Max: 5, Fn: toast},
		{Name: "TraceConstruit", Aliases: []string{"TraceBuild"}, Min: 1, Max: -1, Fn: built(trace)},
		{Name: "InfoConstruit", Aliases: []string{"InfoBuild"}, Min: 1, Max: -1, Fn: built(info)},
		{Name: "ErreurConstruit", Aliases: []string{"ErrorBuild"}, Min: 1, Max: -1, Fn: built(erreur)},
		{Name: "AvertissementConstruit", Aliases: []string{"WarningBuild"}, Min: 1, Max: -1, Fn: built(warning)},
		{Name: "OuiNon", Aliases: []string{"YesNo"}, Min: 1, Max: -1, Fn: ouiNon},
		{Name: "Confirmer", Aliases: []string{"Confirm"}, Min: 1, Max: -1, Fn: confirmer},
		{Name: "Saisie", Aliases: []string{"Input"}, Min: 1, Max: -1, Places: true, Fn: saisie},
		{Name: "EnModeTest", Aliases: []string{"InTestMode"}, Min: 0, Max: 0, Fn: func(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
			return runtime.Bool(false), nil
		}},
	})
}

// consoleConsts are the constants of the console family (AddConstTable).
func consoleConsts() []runtime.Const {
	ks := []struct {
		name string
		v    int64
		en   string
	}{
		{"Oui", Oui, "Yes"}, {"Non", Non, "No"}, {"Annuler", Annuler, "Cancel"},
		{"toastCourt", 0, "toastShort"}, {"toastLong", 1, "toastLong"},
		// Placements of ToastAffiche (1000019358): cvBas and chCentre are
		// the defaults. cvMilieu = 1 and chCentre = 1 as WinDev Mobile's
		// generated code passes them; the other values and the English
		// spellings are UNCONFIRMED.
		{"cvBas", 0, "cvBottom"}, {"cvMilieu", 1, "cvMiddle"}, {"cvHaut", 2, "cvTop"},
		{"chGauche", 0, "chLeft"}, {"chCentre", 1, "chCenter"}, {"chDroite", 2, "chRight"},
		// Icons of Saisie's direct syntax (3021010, 3021016); the values
		// and the English spellings are UNCONFIRMED.
		{"dlgIcôneErreur", IconError, "dlgIconError"}, {"dlgIcôneInfo", IconInfo, "dlgIconInfo"},
		{"dlgIcôneQuestion", IconQuestion, "dlgIconQuestion"},
	}
	cs := make([]runtime.Const, len(ks))
	for i, k := range ks {
		cs[i] = runtime.Const{Name: k.name, Aliases: []string{k.en}, Value: runtime.Int(k.v)}
	}
	return cs
}

func texts(args []runtime.Value) []string {
	out := make([]string, len(args))
	for i, a := range args {
		out[i] = a.First().Text()
	}
	return out
}

// writeLines writes each text on its own line.
func writeLines(w io.Writer, lines []string) error {
	if w == nil {
		return nil
	}
	var b strings.Builder
	for _, l := range lines {
		b.WriteString(l)
		b.WriteByte('\n')
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// Trace (3013050): one line on standard output, the parameters joined by
// one space (DECISIONS 10).
func trace(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	var vals []runtime.Value
	if err := c.Unpack(args, "valeurs*", &vals); err != nil {
		return runtime.Null, err
	}
	return runtime.Null, writeLines(c.Run.Stdout, []string{strings.Join(texts(vals), " ")})
}

// Info (3021011): each parameter on its own line of standard output
// (DECISIONS 11).
func info(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	var lines []runtime.Value
	if err := c.Unpack(args, "lignes*", &lines); err != nil {
		return runtime.Null, err
	}
	return runtime.Null, writeLines(c.Run.Stdout, texts(lines))
}

// Avertissement: each parameter on its own line of standard error.
func warning(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	var lines []runtime.Value
	if err := c.Unpack(args, "lignes*", &lines); err != nil {
		return runtime.Null, err
	}
	return runtime.Null, writeLines(c.Run.Stderr, texts(lines))
}

// Erreur (3021013): each parameter on its own line of standard error;
// without parameter, the message of the last error (ErreurInfo()).
func erreur(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	var lines []runtime.Value
	if err := c.Unpack(args, "lignes*", &lines); err != nil {
		return runtime.Null, err
	}
	if len(lines) == 0 {
		msg := ""
		if e := c.Run.LastError(); e != nil {
			msg = e.Message(c.Run.Lang)
		}
		return runtime.Null, writeLines(c.Run.Stderr, []string{msg})
	}
	return runtime.Null, writeLines(c.Run.Stderr, texts(lines))
}

// ToastAffiche prints its message like Info; the duration and placement
// parameters have no meaning on a console.
func toast(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	var msg string
	var placement []runtime.Value // durée, cadrages, couleur: no meaning here
	if err := c.Unpack(args, "message", &msg, "présentation*", &placement); err != nil {
		return runtime.Null, err
	}
	return runtime.Null, writeLines(c.Run.Stdout, []string{msg})
}

// built makes the xxxConstruit variants: the first parameter is a
// ChaîneConstruit model (%1..%n) filled with the others.
func built(f func(c *runtime.Call, args []runtime.Value) (runtime.Value, error)) func(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	return func(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
		var model string
		var params []runtime.Value
		if err := c.Unpack(args, "modèle", &model, "paramètres*", &params); err != nil {
			return runtime.Null, err
		}
		return f(c, []runtime.Value{runtime.Str(buildModel(model, texts(params)))})
	}
}

func buildModel(tpl string, params []string) string {
	var b strings.Builder
	for i := 0; i < len(tpl); i++ {
		if tpl[i] != '%' || i+1 >= len(tpl) {
			b.WriteByte(tpl[i])
			continue
		}
		if tpl[i+1] == '%' {
			b.WriteByte('%')
			i++
			continue
		}
		j, n := i+1, 0
		for j < len(tpl) && tpl[j] >= '0' && tpl[j] <= '9' {
			n = n*10 + int(tpl[j]-'0')
			j++
		}
		if j == i+1 {
			b.WriteByte('%')
			continue
		}
		if n >= 1 && n <= len(params) {
			b.WriteString(params[n-1])
		}
		i = j - 1
	}
	return b.String()
}

// needHost is the runtime error of a dialog without host hook
// (DECISIONS 13).
func needHost(c *runtime.Call) error {
	return c.Errorf(1010, "La fonction %s a besoin d'un hôte interactif pour afficher une question : elle n'est pas disponible dans ce contexte.",
		"%s needs an interactive host to ask a question: it is not available here.", c.Name)
}

// dialogArgs splits the optional default button from the lines.
func dialogArgs(vals []runtime.Value, def, maxButton int) (int, []string) {
	if len(vals) >= 2 {
		k := vals[0].First().Kind()
		if k == runtime.KInt || k == runtime.KBool {
			if n := int(vals[0].ToInt()); n >= 0 && n <= maxButton {
				return n, texts(vals[1:])
			}
		}
	}
	return def, texts(vals)
}

// OuiNon (3021005): asks the host; Oui (1) or Non (0).
func ouiNon(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	return ask(c, args, func(d *Dialogs) buttonDialog { return d.YesNo }, Oui)
}

// Confirmer (3021007): asks the host; Oui (1), Non (0) or Annuler (2).
func confirmer(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	return ask(c, args, func(d *Dialogs) buttonDialog { return d.Confirm }, Annuler)
}

// buttonDialog is a host dialog answered with a button (YesNo, Confirm).
type buttonDialog = func(r *runtime.Run, def int, lines []string) (int, error)

// ask shows the lines of args with the host dialog that hook picks; the
// default button (Oui unless given) goes up to maxButton.
func ask(c *runtime.Call, args []runtime.Value, hook func(*Dialogs) buttonDialog, maxButton int) (runtime.Value, error) {
	d := dialogs(c)
	if d == nil || hook(d) == nil {
		return runtime.Null, needHost(c)
	}
	var vals []runtime.Value
	if err := c.Unpack(args, "bouton par défaut et lignes*", &vals); err != nil {
		return runtime.Null, err
	}
	def, lines := dialogArgs(vals, Oui, maxButton)
	n, err := hook(d)(c.Run, def, lines)
	if err != nil {
		return runtime.Null, hostFailed(c, err)
	}
	return runtime.Int(int64(n)), nil
}

// hostFailed is the runtime error of a host dialog that failed.
func hostFailed(c *runtime.Call, err error) error {
	return c.Errorf(1011, "%s : %v", "%s: %v", c.Name, err)
}

// like converts an answer to the kind of the variable's current value
// when it is one of the scalar kinds below; otherwise the answer is kept.
func like(v, cur runtime.Value) runtime.Value {
	for _, t := range [...]*runtime.Type{runtime.TypeInt, runtime.TypeReal, runtime.TypeString,
		runtime.TypeBool, runtime.TypeDate, runtime.TypeTime, runtime.TypeDuration} {
		if t.Kind == cur.Kind() {
			return runtime.Convert(v, t)
		}
	}
	return v
}
