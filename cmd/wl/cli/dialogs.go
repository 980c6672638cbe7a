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
		Input: func(_ *runtime.Run, question string, current runtime.Value) (runtime.Value, int, error) {
			ask([]string{question}, "["+current.Text()+"] ")
			s, ok := readLine()
			if !ok {
				return current, wlconsole.Annuler, nil
			}
			if s == "" {
				return current, wlconsole.Oui, nil
			}
			return runtime.Str(s), wlconsole.Oui, nil
		},
		// Saisie with the script's buttons (3021016): a first line answers
		// the value (empty keeps it), a second one picks the button by
		// number or caption (empty: the default button; end of input: the
		// cancel button).
		InputButtons: func(_ *runtime.Run, q wlconsole.InputQuestion) (runtime.Value, int, error) {
			ask([]string{q.Question}, "["+q.Current.Text()+"] ")
			s, ok := readLine()
			if !ok {
				return q.Current, q.Cancel, nil
			}
			v := q.Current
			if s != "" {
				v = runtime.Str(s)
			}
			choices := make([]string, len(q.Buttons))
			for i, b := range q.Buttons {
				choices[i] = fmt.Sprintf("%d %s", i+1, b)
			}
			ask(nil, "["+strings.Join(choices, " / ")+"] ")
			s, ok = readLine()
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
