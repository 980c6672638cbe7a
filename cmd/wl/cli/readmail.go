package cli

import (
	"flag"
	"fmt"
	"net"
	"os"
	"strconv"
	"strings"

	"github.com/wlangage/wl/stdlib/email/sinkread"
)

// readFlags are the options of wl run for reading mail (POP3, IMAP).
type readFlags struct {
	pop3Relay string // --pop3-relay
	imapRelay string // --imap-relay
	maxSize   string // --mail-max-size
	seed      string // --mail-sink-seed
}

// registerReadFlags adds --mail-ca (the extra authorities of SMTP, POP3
// and IMAP; --smtp-ca stays its alias), --pop3-relay, --imap-relay and
// --mail-max-size.
func registerReadFlags(fs *flag.FlagSet, f *runFlags) {
	fs.StringVar(&f.mail.caFile, "mail-ca", "", "")
	fs.StringVar(&f.read.pop3Relay, "pop3-relay", "", "")
	fs.StringVar(&f.read.imapRelay, "imap-relay", "", "")
	fs.StringVar(&f.read.maxSize, "mail-max-size", "", "")
	fs.StringVar(&f.read.seed, "mail-sink-seed", "", "")
}

// attachReading makes the sink of --mail-sink answer POP3 and IMAP with
// the mail it receives, after the messages of --mail-sink-seed. The seed
// file is read as the script's files are: --no-files refuses it.
func (e *Env) attachReading(lang string, m *mailSetup, f readFlags, files bool) (mb *sinkread.Mailbox, fr, en string) {
	var seed [][]byte
	if f.seed != "" {
		if m.sink == nil {
			return nil, "--mail-sink-seed ne va qu'avec --mail-sink", "--mail-sink-seed goes only with --mail-sink"
		}
		if !files {
			return nil, "--mail-sink-seed lit un fichier : --no-files le refuse", "--mail-sink-seed reads a file: --no-files refuses it"
		}
		data, err := os.ReadFile(e.path(f.seed))
		if err != nil {
			fr, en := fileError(lang, f.seed, err)
			return nil, "--mail-sink-seed : " + fr, "--mail-sink-seed: " + en
		}
		if seed, err = sinkread.ParseMbox(data); err != nil {
			return nil, fmt.Sprintf("--mail-sink-seed : « %s » n'est pas un fichier mbox (il ne commence pas par une ligne « From »)", f.seed),
				fmt.Sprintf("--mail-sink-seed: %s is not an mbox file (it does not start with a \"From \" line)", f.seed)
		}
	}
	if m.sink == nil {
		return nil, "", ""
	}
	return sinkread.Attach(m.sink, seed), "", ""
}

// readSetup is what the reading functions get from the command line.
type readSetup struct {
	pop3Relay, imapRelay string
	maxSize              int64
}

// setupRead validates the reading options; on error it returns the usage
// message in French and English.
func setupRead(f readFlags) (r readSetup, fr, en string) {
	for _, x := range []struct{ flag, v string }{{"--pop3-relay", f.pop3Relay}, {"--imap-relay", f.imapRelay}} {
		if x.v == "" {
			continue
		}
		host, port, err := net.SplitHostPort(x.v)
		n, perr := strconv.Atoi(port)
		if err != nil || host == "" || perr != nil || n < 1 || n > 65535 {
			return r, fmt.Sprintf("%s attend HÔTE:PORT, reçu « %s »", x.flag, x.v), fmt.Sprintf("%s expects HOST:PORT, got %q", x.flag, x.v)
		}
	}
	r.pop3Relay, r.imapRelay = f.pop3Relay, f.imapRelay
	if f.maxSize != "" {
		n, ok := parseSize(f.maxSize)
		if !ok {
			return r, fmt.Sprintf("--mail-max-size attend une taille en octets (par exemple 50M, 512K), reçu « %s »", f.maxSize),
				fmt.Sprintf("--mail-max-size expects a size in bytes (for example 50M, 512K), got %q", f.maxSize)
		}
		r.maxSize = n
	}
	return r, "", ""
}

// parseSize reads 1234, 512K, 50M or 1G (powers of 1024).
func parseSize(s string) (int64, bool) {
	s = strings.TrimSpace(strings.ToUpper(s))
	mul := int64(1)
	switch {
	case strings.HasSuffix(s, "K"):
		mul, s = 1<<10, s[:len(s)-1]
	case strings.HasSuffix(s, "M"):
		mul, s = 1<<20, s[:len(s)-1]
	case strings.HasSuffix(s, "G"):
		mul, s = 1<<30, s[:len(s)-1]
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n <= 0 || n > (1<<40)/mul {
		return 0, false
	}
	return n * mul, true
}
