package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/wlangage/wl/lexer/diag"
	"github.com/wlangage/wl/runtime"
)

// Exit statuses returned by Main.
const (
	ExitOK      = 0 // success, or FinProgramme
	ExitRuntime = 1 // uncaught runtime error or exception
	ExitUsage   = 2 // compile errors or bad command line
)

// Env is the environment one invocation of wl runs in. The zero value is not
// usable: Stdout and Stderr must be set.
type Env struct {
	Stdin  io.Reader // read by `wl run -`
	Stdout io.Writer // Trace, Info, help texts
	Stderr io.Writer // Erreur, Avertissement, error messages
	// Dir, when not empty, is the directory relative file names are
	// resolved against instead of the process's working directory.
	// Messages always show file names as given on the command line.
	Dir string
	// Context, when not nil, is the parent of every run's context:
	// cancelling it stops the run.
	Context context.Context
	// EngineOptions are applied after the options the flags give (tests use
	// them to fix the clock).
	EngineOptions []runtime.Option
	// Getenv, when not nil, replaces os.Getenv (WL_OAUTH_TOKEN).
	Getenv func(string) string
}

func (e *Env) getenv(name string) string {
	if e.Getenv != nil {
		return e.Getenv(name)
	}
	return os.Getenv(name)
}

// Main runs the wl command with args (without the program name) and
// returns the exit status.
func Main(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := &Env{Stdin: stdin, Stdout: stdout, Stderr: stderr}
	return e.Main(args)
}

// Main runs the wl command with args (without the program name) in e and
// returns the exit status.
func (e *Env) Main(args []string) int {
	if e.Stdin == nil {
		e.Stdin = strings.NewReader("")
	}
	// Leading --lang options apply to the subcommand and to the messages
	// about the command line itself: `wl --lang en run x.wl`.
	var global []string
	for len(args) > 0 && isLangFlag(args[0]) {
		if !strings.Contains(args[0], "=") && len(args) > 1 {
			global = append(global, args[0], args[1])
			args = args[2:]
			continue
		}
		global = append(global, args[0])
		args = args[1:]
	}
	lang := langHint(global)
	if len(args) == 0 {
		fmt.Fprint(e.Stderr, diag.Tr(lang, usageFR, usageEN))
		return ExitUsage
	}
	cmd, rest := args[0], append(global, args[1:]...)
	switch cmd {
	case "run":
		return e.run(rest)
	case "check":
		return e.check(rest)
	case "spool":
		return e.spoolCmd(rest)
	case "version", "-version", "--version":
		fmt.Fprintln(e.Stdout, versionString())
		return ExitOK
	case "help", "-h", "-help", "--help", "aide":
		return e.help(rest)
	}
	if strings.HasSuffix(strings.ToLower(cmd), ".wl") {
		return e.usageError(lang, "",
			fmt.Sprintf("commande inconnue « %s » ; pour exécuter un script : wl run %s", cmd, cmd),
			fmt.Sprintf("unknown command %q; to run a script: wl run %s", cmd, cmd))
	}
	return e.usageError(lang, "",
		fmt.Sprintf("commande inconnue « %s »", cmd),
		fmt.Sprintf("unknown command %q", cmd))
}

// help prints the general help or the help of one subcommand on stdout.
func (e *Env) help(args []string) int {
	lang := langHint(args)
	var topic string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if isLangFlag(a) {
			if !strings.Contains(a, "=") {
				i++
			}
			continue
		}
		topic = a
	}
	switch topic {
	case "":
		fmt.Fprint(e.Stdout, diag.Tr(lang, helpFR, helpEN))
	case "run":
		fmt.Fprint(e.Stdout, diag.Tr(lang, runHelpFR, runHelpEN))
	case "check":
		fmt.Fprint(e.Stdout, diag.Tr(lang, checkHelpFR, checkHelpEN))
	case "spool", "serve", "drain", "list", "retry", "purge", "migrate":
		fmt.Fprint(e.Stdout, diag.Tr(lang, spoolHelpFR, spoolHelpEN))
	case "version":
		fmt.Fprint(e.Stdout, diag.Tr(lang, "wl version : affiche la version de wl (numéro de version, révision), de Go et la plateforme.\n",
			"wl version: prints the version of wl (release number, revision), of Go and the platform.\n"))
	case "help", "aide":
		fmt.Fprint(e.Stdout, diag.Tr(lang, helpHelpFR, helpHelpEN))
	default:
		return e.usageError(lang, "help",
			fmt.Sprintf("pas d'aide sur « %s » (commandes : run, check, version, help)", topic),
			fmt.Sprintf("no help on %q (commands: run, check, version, help)", topic))
	}
	return ExitOK
}

// usageError prints a command-line error and a pointer to the help, and
// returns ExitUsage.
func (e *Env) usageError(lang, cmd, fr, en string) int {
	name, help := "wl", "wl help"
	if cmd != "" {
		name += " " + cmd
		help += " " + cmd
	}
	if diag.English(lang) {
		fmt.Fprintf(e.Stderr, "%s: %s\n", name, en)
		fmt.Fprintf(e.Stderr, "Run '%s' for usage.\n", help)
	} else {
		fmt.Fprintf(e.Stderr, "%s : %s\n", name, fr)
		fmt.Fprintf(e.Stderr, "Voir « %s » pour l'aide.\n", help)
	}
	return ExitUsage
}

// failf prints a message that is not a usage error (unreadable file, ...)
// prefixed with the command name.
func (e *Env) failf(lang, cmd, fr, en string) {
	if diag.English(lang) {
		fmt.Fprintf(e.Stderr, "wl %s: %s\n", cmd, en)
	} else {
		fmt.Fprintf(e.Stderr, "wl %s : %s\n", cmd, fr)
	}
}

// path resolves a file name given on the command line.
func (e *Env) path(name string) string {
	if e.Dir == "" || filepath.IsAbs(name) {
		return name
	}
	return filepath.Join(e.Dir, name)
}

// readSource reads a script; "-" is standard input.
func (e *Env) readSource(name string) ([]byte, error) {
	if name == "-" {
		return io.ReadAll(e.Stdin)
	}
	return os.ReadFile(e.path(name))
}

// fileError explains why a file could not be read, in the given language.
func fileError(lang, name string, err error) (fr, en string) {
	var reasonFR, reasonEN string
	var pe *os.PathError
	switch {
	case errors.Is(err, os.ErrNotExist):
		reasonFR, reasonEN = "fichier introuvable", "no such file"
	case errors.Is(err, os.ErrPermission):
		reasonFR, reasonEN = "accès refusé", "permission denied"
	case errors.As(err, &pe):
		reasonFR, reasonEN = pe.Err.Error(), pe.Err.Error()
		if strings.Contains(reasonFR, "is a directory") {
			reasonFR, reasonEN = "c'est un répertoire", "is a directory"
		}
	default:
		reasonFR, reasonEN = err.Error(), err.Error()
	}
	return fmt.Sprintf("impossible de lire « %s » : %s", name, reasonFR),
		fmt.Sprintf("cannot read %s: %s", name, reasonEN)
}

// isLangFlag reports whether a is a --lang option (with or without value).
func isLangFlag(a string) bool {
	for _, p := range []string{"--lang", "-lang"} {
		if a == p || strings.HasPrefix(a, p+"=") {
			return true
		}
	}
	return false
}

// langHint finds the language asked for by --lang in args before flag
// parsing, so that messages about the command line itself are in that
// language. Anything but "en" means French.
func langHint(args []string) string {
	lang := "fr"
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			break
		}
		if !isLangFlag(a) {
			continue
		}
		if k := strings.IndexByte(a, '='); k >= 0 {
			lang = a[k+1:]
		} else if i+1 < len(args) {
			lang = args[i+1]
			i++
		}
	}
	if strings.EqualFold(lang, "en") {
		return "en"
	}
	return "fr"
}
