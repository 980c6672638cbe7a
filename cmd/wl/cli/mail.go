package cli

import (
	"crypto/x509"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"os"
	"strconv"
	"strings"

	"github.com/wlangage/wl/stdlib/email/mailsink"
	"github.com/wlangage/wl/stdlib/email/sinkread"
	"github.com/wlangage/wl/stdlib/email/smtpx"
)

// mailFlags are the options of wl run for sending mail (SMTP); readFlags
// below are those for reading it.
type mailFlags struct {
	relay      string // --smtp-relay
	caFile     string // --smtp-ca
	allowPlain bool   // --smtp-allow-plaintext-auth
	sink       bool   // --mail-sink
	oauthFile  string // --oauth-token
}

// mailSetup is what the e-mail functions of the script get from the host.
type mailSetup struct {
	relay      string         // "host:port" every SMTP connection goes to; "" for none
	roots      *x509.CertPool // trusted roots; nil for the system roots
	allowPlain bool
	sink       *mailsink.Sink // the in-process server of --mail-sink, or nil
	oauthToken string         // what AuthIdentifie returns; "" for no hook
	spool      RunSpool       // the run's spool (asynchronous mode), opened lazily; nil without one
}

// oauthEnv is the environment variable that supplies AuthIdentifie's token
// when --oauth-token is not given.
const oauthEnv = "WL_OAUTH_TOKEN"

// maxTokenFile bounds what --oauth-token reads: tokens are a few
// kilobytes at most.
const maxTokenFile = 64 << 10

// setupMail validates the e-mail options and starts the mail sink. On
// error it returns the usage message in French and English.
func (e *Env) setupMail(lang string, f mailFlags) (m *mailSetup, fr, en string) {
	m = &mailSetup{relay: f.relay, allowPlain: f.allowPlain}
	if f.sink && f.relay != "" {
		return m, "--mail-sink et --smtp-relay ne vont pas ensemble", "--mail-sink and --smtp-relay cannot be used together"
	}
	if f.relay != "" {
		host, port, err := net.SplitHostPort(f.relay)
		n, perr := strconv.Atoi(port)
		if err != nil || host == "" || perr != nil || n < 1 || n > 65535 {
			return m, fmt.Sprintf("--smtp-relay attend HÔTE:PORT, reçu « %s »", f.relay),
				fmt.Sprintf("--smtp-relay expects HOST:PORT, got %q", f.relay)
		}
	}
	if f.caFile != "" {
		pem, err := os.ReadFile(e.path(f.caFile))
		if err != nil {
			fr, en := fileError(lang, f.caFile, err)
			return m, "--smtp-ca : " + fr, "--smtp-ca: " + en
		}
		pool, err := x509.SystemCertPool()
		if err != nil || pool == nil {
			pool = x509.NewCertPool()
		}
		if !pool.AppendCertsFromPEM(pem) {
			return m, fmt.Sprintf("--smtp-ca : aucun certificat PEM dans « %s »", f.caFile),
				fmt.Sprintf("--smtp-ca: no PEM certificate in %s", f.caFile)
		}
		m.roots = pool
	}
	switch {
	case f.oauthFile != "":
		b, err := readBounded(e.path(f.oauthFile), maxTokenFile)
		if err != nil {
			fr, en := fileError(lang, f.oauthFile, err)
			return m, "--oauth-token : " + fr, "--oauth-token: " + en
		}
		m.oauthToken = strings.TrimSpace(string(b))
		if m.oauthToken == "" || strings.ContainsAny(m.oauthToken, "\r\n\x00") {
			return m, fmt.Sprintf("--oauth-token : « %s » doit contenir un jeton, sur une ligne", f.oauthFile),
				fmt.Sprintf("--oauth-token: %s must hold one token, on one line", f.oauthFile)
		}
	case e.getenv(oauthEnv) != "":
		m.oauthToken = strings.TrimSpace(e.getenv(oauthEnv))
		if strings.ContainsAny(m.oauthToken, "\r\n\x00") {
			return m, oauthEnv + " doit contenir un jeton, sur une ligne", oauthEnv + " must hold one token, on one line"
		}
	}
	if f.sink {
		// No socket: the script's connections are handed to the sink in
		// process, so no other program can send it mail.
		s, err := mailsink.New()
		if err != nil {
			return m, "--mail-sink : impossible de démarrer le serveur SMTP local : " + err.Error(),
				"--mail-sink: cannot start the local SMTP server: " + err.Error()
		}
		m.sink = s
		if m.roots == nil {
			m.roots = x509.NewCertPool()
		}
		m.roots.AddCert(s.CA().Cert)
	}
	return m, "", ""
}

// readBounded reads the file name, refusing one larger than limit.
func readBounded(name string, limit int64) ([]byte, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > limit {
		return nil, &os.PathError{Op: "read", Path: name, Err: errors.New("file too large")}
	}
	return b, nil
}

// delivery is the SMTP settings of the process, shared by the e-mail
// functions and the spool: the relay, the roots, the plaintext permission
// and, with --mail-sink, the in-process dialer.
func (m *mailSetup) delivery() smtpx.Delivery {
	d := smtpx.Delivery{Relay: m.relay, RootCAs: m.roots, AllowPlaintextAuth: m.allowPlain}
	if m.sink != nil {
		d.Dial, d.InProcess = m.sink.Dial, true
	}
	return d
}

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
