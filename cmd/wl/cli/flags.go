package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/wlangage/wl/lexer/diag"
)

// commonFlags are the options of both run and check.
type commonFlags struct {
	lang   string
	strict bool
	projet string // --projet: a WinDev project's text exports (project.go)
}

// newFlagSet makes a flag set that reports nothing itself: errors are
// translated by flagError.
func newFlagSet(name string, c *commonFlags) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	c.lang = "fr"
	fs.StringVar(&c.lang, "lang", "fr", "fr|en")
	fs.BoolVar(&c.strict, "strict", false, "")
	fs.StringVar(&c.projet, "projet", "", "")
	fs.StringVar(&c.projet, "project", "", "")
	return fs
}

// parseFlags parses the options of command fs.Name(), then checks --lang.
// On -h or --help it prints the command's help; on a wrong option, a usage
// error. done says the command ends there, with status.
func (e *Env) parseFlags(fs *flag.FlagSet, c *commonFlags, args []string, lang, helpFR, helpEN string) (status int, done bool) {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprint(e.Stdout, diag.Tr(lang, helpFR, helpEN))
			return ExitOK, true
		}
		fr, en := flagError(lang, err)
		return e.usageError(lang, fs.Name(), fr, en), true
	}
	if fr, en, ok := checkLang(c); !ok {
		return e.usageError(lang, fs.Name(), fr, en), true
	}
	return ExitOK, false
}

// checkLang validates --lang and returns an error message pair when it is
// neither fr nor en.
func checkLang(c *commonFlags) (fr, en string, ok bool) {
	switch strings.ToLower(c.lang) {
	case "fr", "":
		c.lang = "fr"
		return "", "", true
	case "en":
		c.lang = "en"
		return "", "", true
	}
	return fmt.Sprintf("--lang attend fr ou en, reçu « %s »", c.lang),
		fmt.Sprintf("--lang expects fr or en, got %q", c.lang), false
}

// durationFlag parses --timeout: a Go duration (30s, 2m, 1h30m) or a number
// of seconds.
type durationFlag struct {
	d    *time.Duration
	lang *string
}

func (f durationFlag) String() string {
	if f.d == nil {
		return "0"
	}
	return f.d.String()
}

func (f durationFlag) Set(s string) error {
	if n, err := strconv.ParseFloat(s, 64); err == nil {
		*f.d = time.Duration(n * float64(time.Second))
	} else if d, err := time.ParseDuration(s); err == nil {
		*f.d = d
	} else {
		return errors.New(diag.Tr(*f.lang, "durée attendue, comme 30s, 2m ou 1h30m", "a duration is expected, such as 30s, 2m or 1h30m"))
	}
	if *f.d < 0 {
		return errors.New(diag.Tr(*f.lang, "la durée doit être positive", "the duration must be positive"))
	}
	return nil
}

// countFlag parses --max-steps: a non-negative integer.
type countFlag struct {
	n    *int64
	lang *string
}

func (f countFlag) String() string {
	if f.n == nil {
		return "0"
	}
	return strconv.FormatInt(*f.n, 10)
}

func (f countFlag) Set(s string) error {
	n, err := strconv.ParseInt(strings.ReplaceAll(s, "_", ""), 10, 64)
	if err != nil || n < 0 {
		return errors.New(diag.Tr(*f.lang, "entier positif attendu", "a non-negative integer is expected"))
	}
	*f.n = n
	return nil
}

// sizeFlag parses --max-memory: bytes, or a number followed by K, M or G
// (binary units: 512M, 1G, 1GiB); 0 means no limit.
type sizeFlag struct {
	n    *int64
	lang *string
}

func (f sizeFlag) String() string {
	if f.n == nil {
		return "0"
	}
	return strconv.FormatInt(*f.n, 10)
}

func (f sizeFlag) Set(s string) error {
	t := strings.ToUpper(strings.TrimSpace(s))
	t = strings.TrimSuffix(strings.TrimSuffix(t, "IB"), "O")
	t = strings.TrimSuffix(t, "B")
	shift := 0
	switch {
	case strings.HasSuffix(t, "K"):
		shift = 10
	case strings.HasSuffix(t, "M"):
		shift = 20
	case strings.HasSuffix(t, "G"):
		shift = 30
	}
	if shift > 0 {
		t = t[:len(t)-1]
	}
	n, err := strconv.ParseInt(strings.ReplaceAll(t, "_", ""), 10, 64)
	if err != nil || n < 0 || n > (1<<62)>>shift {
		return errors.New(diag.Tr(*f.lang, "taille attendue, comme 512M ou 2G", "a size is expected, such as 512M or 2G"))
	}
	*f.n = n << shift
	return nil
}

var (
	reUndefined = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^flag provided but not defined: -+(.*)$`) })
	reNeedsArg  = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^flag needs an argument: -+(.*)$`) })
	reInvalid   = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`(?s)^invalid (?:boolean )?value "(.*)" for (?:flag )?-+(\S+): (.*)$`)
	})
	reBadSyntax = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^bad flag syntax: (.*)$`) })
)

// flagError translates an error of the flag package.
func flagError(lang string, err error) (fr, en string) {
	s := err.Error()
	if m := reUndefined().FindStringSubmatch(s); m != nil {
		return fmt.Sprintf("option inconnue --%s", m[1]), fmt.Sprintf("unknown option --%s", m[1])
	}
	if m := reNeedsArg().FindStringSubmatch(s); m != nil {
		return fmt.Sprintf("l'option --%s attend une valeur", m[1]), fmt.Sprintf("option --%s needs a value", m[1])
	}
	if m := reInvalid().FindStringSubmatch(s); m != nil {
		reason := m[3]
		if strings.HasPrefix(reason, "parse error") {
			reason = diag.Tr(lang, "Vrai ou Faux attendu (true, false)", "true or false expected")
		}
		return fmt.Sprintf("valeur « %s » incorrecte pour --%s : %s", m[1], m[2], reason),
			fmt.Sprintf("invalid value %q for --%s: %s", m[1], m[2], reason)
	}
	if m := reBadSyntax().FindStringSubmatch(s); m != nil {
		return fmt.Sprintf("option mal formée « %s »", m[1]), fmt.Sprintf("bad option syntax %q", m[1])
	}
	return s, s
}
