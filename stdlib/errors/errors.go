package errors

import (
	"fmt"
	"strings"

	"github.com/wlangage/wl/lexer/diag"
	"github.com/wlangage/wl/runtime"
)

// Information types of ErreurInfo / ExceptionInfo (3013008, 3034006).
const (
	ErrMessage = iota + 1
	ErrCode
	ErrComplet
	ErrLigne
	ErrPile
	ErrTraitement
	ErrPendant
	ErrNombreSousErreur
	ErrCodeSysteme
	ErrMessageSysteme
	ErrInfo
	ErrResume
	ErrDateHeure
	ErrElement
	ErrFIC
	ErrFichier
	ErrInfoDebug
	ErrLiaison
	ErrMMO
	ErrNDX
	ErrNomCompletComposant
	ErrNumEnr
	ErrRubrique
	ErrWDD
	ErrExceptionDotNet
)

var constNames = []struct {
	fr  string
	v   int64
	ens []string
}{
	{"errMessage", ErrMessage, nil},
	{"errCode", ErrCode, nil},
	// EN spelling UNCONFIRMED (SPEC §7.2): errFullDetails.
	{"errComplet", ErrComplet, []string{"errFullDetails"}},
	{"errLigne", ErrLigne, []string{"errLine"}},
	{"errPile", ErrPile, []string{"errStack"}},
	{"errTraitement", ErrTraitement, []string{"errProcess"}},
	{"errPendant", ErrPendant, []string{"errFunction"}},
	{"errNombreSousErreur", ErrNombreSousErreur, []string{"errSubErrorCount"}},
	{"errCodeSystème", ErrCodeSysteme, []string{"errSystemCode"}},
	{"errMessageSystème", ErrMessageSysteme, []string{"errSystemMessage"}},
	{"errInfo", ErrInfo, nil},
	{"errRésumé", ErrResume, []string{"errSummary"}},
	{"errDateHeure", ErrDateHeure, []string{"errDateTime"}},
	{"errElément", ErrElement, []string{"errElement"}},
	{"errFIC", ErrFIC, nil},
	{"errFichier", ErrFichier, []string{"errFile"}},
	{"errInfoDebug", ErrInfoDebug, []string{"errDebugInfo"}},
	{"errLiaison", ErrLiaison, []string{"errLink"}},
	{"errMMO", ErrMMO, nil},
	{"errNDX", ErrNDX, nil},
	{"errNomCompletComposant", ErrNomCompletComposant, []string{"errComponentFullName"}},
	{"errNumEnr", ErrNumEnr, []string{"errRecNum"}},
	{"errRubrique", ErrRubrique, []string{"errItem"}},
	{"errWDD", ErrWDD, nil},
	{"errExceptionDotNet", ErrExceptionDotNet, []string{"errDotNetException"}},
}

// Install registers the error family.
func Install(r *runtime.Registry) {
	r.AddConstTable(errorConsts)
	r.AddGlobal(&runtime.Global{
		Name:    "ErreurDétectée",
		Aliases: []string{"ErrorOccurred"},
		Get:     func(r *runtime.Run) runtime.Value { return runtime.Bool(r.ErrorDetected()) },
		// Real code writes ErreurDétectée() as often as ErreurDétectée
		// (doc 3087001: a variable, which WinDev also compiles as a call).
		Callable: true,
	})
	r.AddFuncs([]runtime.Func{
		{Name: "ErreurInfo", Aliases: []string{"ErrorInfo"}, Min: 0, Max: 2, ReadsError: true, Fn: erreurInfo},
		{Name: "ExceptionInfo", Min: 0, Max: 2, ReadsError: true, Fn: exceptionInfo},
	})
}

// errorConsts are the constants of the error family (AddConstTable).
func errorConsts() []runtime.Const {
	cs := make([]runtime.Const, len(constNames))
	for i, k := range constNames {
		cs[i] = runtime.Const{Name: k.fr, Aliases: k.ens, Value: runtime.Int(k.v)}
	}
	return cs
}

// details is what both functions report, from a non-fatal error or an
// exception.
type details struct {
	code    int
	msg     string
	fn      string
	pos     runtime.Position
	stack   string
	hasPos  bool
	proc    string
	subErrs int
}

func fromErrInfo(e *runtime.ErrInfo, lang string) details {
	return details{code: e.Code, msg: e.Message(lang), fn: e.Func, pos: e.Pos, hasPos: e.Pos.Line > 0, proc: procName(e.Pos)}
}

func fromError(e *runtime.Error, lang string) details {
	d := details{code: e.Code, msg: e.Message(lang), pos: e.Pos, hasPos: e.Pos.Line > 0, stack: e.StackText(), proc: procName(e.Pos)}
	if len(e.Stack) > 0 {
		d.proc = e.Stack[0].Proc
	}
	return d
}

// procName names the traitement of a position: the script file.
func procName(p runtime.Position) string { return p.File }

// info answers one information type; "" when it is not available.
func (d details) info(c *runtime.Call, typ int64) runtime.Value {
	lang := c.Run.Lang
	switch typ {
	case ErrMessage:
		return runtime.Str(d.msg)
	case ErrCode:
		return runtime.Int(int64(d.code))
	case ErrLigne:
		if d.hasPos {
			return runtime.Int(int64(d.pos.Line))
		}
		return runtime.Str("")
	case ErrPendant:
		return runtime.Str(d.fn)
	case ErrTraitement, ErrElement:
		return runtime.Str(d.proc)
	case ErrPile:
		return runtime.Str(strings.TrimRight(d.stack, "\n"))
	case ErrNombreSousErreur:
		return runtime.Int(int64(d.subErrs))
	case ErrResume:
		return runtime.Str(d.msg)
	case ErrComplet:
		return runtime.Str(d.complete(lang))
	case ErrDateHeure:
		t := c.Run.Now()
		return runtime.Str(t.Format("20060102150405") + fmt.Sprintf("%02d", t.Nanosecond()/1e7))
	}
	return runtime.Str("")
}

// complete is the errComplet text: where, which function, the message
// and the code (our own wording).
func (d details) complete(lang string) string {
	var b strings.Builder
	if diag.English(lang) {
		if d.hasPos {
			fmt.Fprintf(&b, "Error at line %d of %s.\n", d.pos.Line, d.pos.File)
		}
		if d.fn != "" {
			fmt.Fprintf(&b, "Function %s was called.\n", d.fn)
		}
		fmt.Fprintf(&b, "%s\nError code: %d", d.msg, d.code)
	} else {
		if d.hasPos {
			fmt.Fprintf(&b, "Erreur à la ligne %d de %s.\n", d.pos.Line, d.pos.File)
		}
		if d.fn != "" {
			fmt.Fprintf(&b, "Vous avez appelé la fonction %s.\n", d.fn)
		}
		fmt.Fprintf(&b, "%s\nCode erreur : %d", d.msg, d.code)
	}
	if d.stack != "" {
		b.WriteString("\n")
		b.WriteString(strings.TrimRight(d.stack, "\n"))
	}
	return b.String()
}

// answer applies the optional type and sub-error index.
func answer(c *runtime.Call, args []runtime.Value, d *details) (runtime.Value, error) {
	typ, sub := int64(ErrMessage), int64(0)
	if err := c.Unpack(args, "type?", &typ, "sous-erreur?", &sub); err != nil {
		return runtime.Null, err
	}
	if !c.Omit(args, 1) {
		// Sub-errors: this runtime raises none, so every index is out
		// of range and the information is "" (3013008).
		return runtime.Str(""), nil
	}
	if d == nil {
		return runtime.Str(""), nil
	}
	return d.info(c, typ), nil
}

// ErreurInfo (3013008): information on the last non-fatal error, "" when
// there is none.
func erreurInfo(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	e := c.Run.LastError()
	if e == nil {
		return answer(c, args, nil)
	}
	d := fromErrInfo(e, c.Run.Lang)
	return answer(c, args, &d)
}

// ExceptionInfo (3034006): information on the exception being handled,
// "" outside a handler.
func exceptionInfo(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	e := c.Run.Exception()
	if e == nil {
		return answer(c, args, nil)
	}
	d := fromError(e, c.Run.Lang)
	return answer(c, args, &d)
}
