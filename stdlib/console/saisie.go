package console

import (
	"strconv"
	"strings"

	"github.com/wlangage/wl/runtime"
)

// Icons of Saisie's direct syntax (dlgIcôneErreur, dlgIcôneInfo,
// dlgIcôneQuestion: 3021010).
const (
	IconError    = 1
	IconInfo     = 2
	IconQuestion = 3
)

// InputQuestion is a Saisie with the buttons the script names (direct
// syntax, 3021016).
type InputQuestion struct {
	Question string
	// Current is the variable's value, proposed as the default answer.
	Current runtime.Value
	// Buttons are the captions, in order; button n is Buttons[n-1].
	Buttons []string
	// Default and Cancel are button numbers (from 1): the one selected
	// by default and the one that cancels.
	Default, Cancel int
	// Icon is IconQuestion unless given: one of the Icon constants or the
	// path of an icon file.
	Icon runtime.Value
}

// Saisie (3021016) asks the host for a value and writes the answer into
// the variable (second parameter) whatever the button. Three syntaxes:
//
//   - Saisie(question, variable): 1 for OK, 0 for Annuler;
//   - Saisie(question, variable, p1, …, pN): the same, %1…%N of the
//     question replaced by the parameters (the message base of the
//     assistant syntax lives in the IDE, so its buttons are OK/Annuler);
//   - Saisie(question, variable, captions array [, default [, cancel
//     [, icon]]]): the number of the button clicked, from 1; the default
//     button is 1 and the cancel button the last one unless given.
func saisie(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	d := dialogs(c)
	if d == nil || d.Input == nil && d.InputButtons == nil {
		return runtime.Null, needHost(c)
	}
	var question string
	var cur runtime.Value
	var ref *runtime.Value
	var rest []runtime.Value
	if err := c.Unpack(args, "question", &question, "variable?", &cur, "paramètres*", &rest); err != nil {
		return runtime.Null, err
	}
	if err := c.Unpack(args[:min(len(args), 2)], "question", &question, "&variable", &ref); err != nil {
		return runtime.Null, err
	}
	var v runtime.Value
	var n int
	var err error
	if len(rest) > 0 && rest[0].Kind() == runtime.KArray {
		q, qerr := directQuestion(c, args, question, cur, rest)
		if qerr != nil {
			return runtime.Null, qerr
		}
		v, n, err = askButtons(c, d, q)
	} else {
		for i := len(rest); i > 0; i-- {
			question = strings.ReplaceAll(question, "%"+strconv.Itoa(i), rest[i-1].First().Text())
		}
		v, n, err = askOKCancel(c, d, question, cur)
	}
	if err != nil {
		return runtime.Null, hostFailed(c, err)
	}
	if ref != nil {
		*ref = like(v, cur)
	}
	return runtime.Int(int64(n)), nil
}

// directQuestion reads the parameters of the direct syntax after the
// variable; a default or cancel button out of the captions is error 1031.
func directQuestion(c *runtime.Call, args []runtime.Value, question string, cur runtime.Value, rest []runtime.Value) (InputQuestion, error) {
	var buttons *runtime.Array
	q := InputQuestion{Question: question, Current: cur, Default: 1, Icon: runtime.Int(IconQuestion)}
	if err := c.Unpack(rest, "libellés des boutons", &buttons, "bouton par défaut?", &q.Default,
		"bouton d'annulation?", &q.Cancel, "icône?", &q.Icon); err != nil {
		return q, err
	}
	for _, b := range buttons.Data {
		q.Buttons = append(q.Buttons, b.Text())
	}
	if c.Omit(args, 4) {
		q.Cancel = len(q.Buttons)
	}
	if len(q.Buttons) == 0 {
		return q, c.Errorf(1031, "%s : le tableau des libellés des boutons est vide",
			"%s: the array of button captions is empty", c.Name)
	}
	if q.Default < 1 || q.Default > len(q.Buttons) {
		return q, c.Errorf(1031, "%s : le bouton par défaut %d n'est pas l'un des %d boutons",
			"%s: the default button %d is not one of the %d buttons", c.Name, q.Default, len(q.Buttons))
	}
	if q.Cancel < 1 || q.Cancel > len(q.Buttons) {
		return q, c.Errorf(1031, "%s : le bouton d'annulation %d n'est pas l'un des %d boutons",
			"%s: the cancel button %d is not one of the %d buttons", c.Name, q.Cancel, len(q.Buttons))
	}
	return q, nil
}

// askButtons asks with InputButtons, or with Input when the host has only
// that one (Oui is the default button, anything else the cancel button).
func askButtons(c *runtime.Call, d *Dialogs, q InputQuestion) (runtime.Value, int, error) {
	if d.InputButtons != nil {
		v, n, err := d.InputButtons(c.Run, q)
		if err == nil && (n < 1 || n > len(q.Buttons)) {
			n = q.Cancel
		}
		return v, n, err
	}
	v, n, err := d.Input(c.Run, q.Question, q.Current)
	if n == Oui {
		return v, q.Default, err
	}
	return v, q.Cancel, err
}

// askOKCancel asks with Input, or with InputButtons offering OK and
// Annuler; it returns 1 for OK and 0 for Annuler (3021016).
func askOKCancel(c *runtime.Call, d *Dialogs, question string, cur runtime.Value) (runtime.Value, int, error) {
	if d.Input != nil {
		v, n, err := d.Input(c.Run, question, cur)
		if n == Oui {
			return v, 1, err
		}
		return v, 0, err
	}
	q := InputQuestion{Question: question, Current: cur, Default: 1, Cancel: 2, Icon: runtime.Int(IconQuestion),
		Buttons: []string{"OK", "Annuler"}}
	v, n, err := d.InputButtons(c.Run, q)
	if n == 1 {
		return v, 1, err
	}
	return v, 0, err
}
