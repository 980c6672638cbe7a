package cli

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/wlangage/wl/lexer/diag"
	"github.com/wlangage/wl/runtime"
	wlconsole "github.com/wlangage/wl/stdlib/console"
)

// stdinDialogs answers OuiNon, Confirmer and Saisie from standard input
// (wl run --interactive): each question goes to stderr, one line of input
// answers it. An empty line takes the default button; end of input
// cancels (Non for OuiNon). Scripts stay deterministic when the answers are
// piped in.
func stdinDialogs(in io.Reader, prompt io.Writer, lang string) *wlconsole.Dialogs {
	r := bufio.NewReader(in)
	readLine := func() (string, bool) {
		s, err := r.ReadString('\n')
		if err != nil && s == "" {
			return "", false
		}
		return strings.TrimRight(s, "\r\n"), true
	}
	ask := func(lines []string, choices string) {
		for _, l := range lines {
			fmt.Fprintln(prompt, l)
		}
		fmt.Fprint(prompt, choices)
	}
	button := func(s string, def, eof int, withCancel bool) int {
		switch strings.ToLower(strings.TrimSpace(s)) {
		case "":
			return def
		case "o", "oui", "y", "yes":
			return wlconsole.Oui
		case "n", "non", "no":
			return wlconsole.Non
		case "a", "annuler", "c", "cancel":
			if withCancel {
				return wlconsole.Annuler
			}
		}
		return def
	}
	// value reads Saisie's answer: an empty line keeps current; a
	// boolean is asked with Saisie.LibelléOptionnel as its caption and
	// read as a yes or no; an answer a "regexp:" Saisie.MasqueSaisie
	// refuses is asked again (3021016). false at the end of input.
	value := func(run *runtime.Run, question string, current runtime.Value) (runtime.Value, bool) {
		set := wlconsole.InputSettingsOf(run)
		lines := []string{question}
		isBool := current.Kind() == runtime.KBool
		if isBool && set.OptionalCaption != "" {
			lines = append(lines, set.OptionalCaption)
		}
		for {
			ask(lines, "["+current.Text()+"] ")
			s, ok := readLine()
			switch {
			case !ok:
				return current, false
			case s == "":
				return current, true
			case isBool:
				return runtime.Bool(button(s, wlconsole.Non, wlconsole.Non, false) == wlconsole.Oui || isTrueWord(s)), true
			case set.Pattern != nil && !set.Pattern.MatchString(s):
				fmt.Fprintf(prompt, diag.Tr(lang, "Réponse refusée par le masque de saisie « %s » : recommencez.\n",
					"Answer refused by the input mask %q: try again.\n"), set.Mask)
				continue
			}
			return runtime.Str(s), true
		}
	}
	return &wlconsole.Dialogs{
		YesNo: func(_ *runtime.Run, def int, lines []string) (int, error) {
			ask(lines, diag.Tr(lang, "[o/n] ", "[y/n] "))
			s, ok := readLine()
			if !ok {
				return wlconsole.Non, nil
			}
			return button(s, def, wlconsole.Non, false), nil
		},
		Confirm: func(_ *runtime.Run, def int, lines []string) (int, error) {
			ask(lines, diag.Tr(lang, "[o/n/a] ", "[y/n/c] "))
			s, ok := readLine()
			if !ok {
				return wlconsole.Annuler, nil
			}
			return button(s, def, wlconsole.Annuler, true), nil
		},
		Input: func(run *runtime.Run, question string, current runtime.Value) (runtime.Value, int, error) {
			v, ok := value(run, question, current)
			if !ok {
				return current, wlconsole.Annuler, nil
			}
			return v, wlconsole.Oui, nil
		},
		// Saisie with the script's buttons (3021016): a first line answers
		// the value (empty keeps it), a second one picks the button by
		// number or caption (empty: the default button; end of input: the
		// cancel button).
		InputButtons: func(run *runtime.Run, q wlconsole.InputQuestion) (runtime.Value, int, error) {
			v, ok := value(run, q.Question, q.Current)
			if !ok {
				return q.Current, q.Cancel, nil
			}
			choices := make([]string, len(q.Buttons))
			for i, b := range q.Buttons {
				choices[i] = fmt.Sprintf("%d %s", i+1, b)
			}
			ask(nil, "["+strings.Join(choices, " / ")+"] ")
			s, ok := readLine()
			if !ok {
				return v, q.Cancel, nil
			}
			return v, pickButton(s, q), nil
		},
	}
}

// pickButton reads a button number or caption (case-insensitive); an
// empty or unknown answer is the default button.
func pickButton(s string, q wlconsole.InputQuestion) int {
	s = strings.TrimSpace(s)
	if n, err := strconv.Atoi(s); err == nil && n >= 1 && n <= len(q.Buttons) {
		return n
	}
	for i, b := range q.Buttons {
		if s != "" && strings.EqualFold(s, b) {
			return i + 1
		}
	}
	return q.Default
}

// isTrueWord reports whether s answers a boolean Saisie with true besides
// the yes words: vrai, true or 1.
func isTrueWord(s string) bool {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "vrai", "true", "1":
		return true
	}
	return false
}
