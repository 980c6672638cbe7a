package encoding_test

import (
	"bytes"
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"

	"github.com/wlangage/wl/runtime"
	"github.com/wlangage/wl/stdlib/internal/wltest"
)

var (
	S = wltest.S
	I = wltest.I
)

// TestBase64RoundTrip: every byte string, empty included, comes back from
// Décode(Encode(x, f), f) whole, in the three base 64 formats, and
// encodeBASE64's lines are at most 76 characters joined by CR LF.
func TestBase64RoundTrip(t *testing.T) {
	e := wltest.New()
	rnd := rand.New(rand.NewPCG(1, 2))
	for _, f := range []string{"encodeBASE64", "encodeBASE64SansRC", "encodeBASE64URL"} {
		k := e.Const(t, f)
		for n := 0; n < 300; n += 1 + n/10 {
			b := make([]byte, n)
			for i := range b {
				b[i] = byte(rnd.UintN(256))
			}
			enc := e.Text(t, "Encode", runtime.Buffer(b), k)
			if f == "encodeBASE64" {
				for _, l := range strings.Split(enc, "\r\n") {
					if len(l) > 76 || len(l) == 0 && n > 0 {
						t.Fatalf("%s %d bytes: line of %d characters in %q", f, n, len(l), enc)
					}
				}
			} else if strings.ContainsAny(enc, "\r\n") {
				t.Fatalf("%s: line break in %q", f, enc)
			}
			if f == "encodeBASE64URL" && strings.ContainsAny(enc, "+/=") {
				t.Fatalf("%s: %q is not URL-safe", f, enc)
			}
			dec := e.Call(t, "Décode", S(enc), k)
			if dec.Kind() != runtime.KBuffer || !bytes.Equal([]byte(dec.Text()), b) {
				t.Fatalf("%s %d bytes: Décode(Encode(x)) = %q (kind %v), want %q", f, n, dec.Text(), dec.Kind(), b)
			}
		}
	}
}

// TestDecodeInvalid: text that is not base 64 is a positioned error
// naming the faulty character, never a partial value.
func TestDecodeInvalid(t *testing.T) {
	e := wltest.New()
	std, url := e.Const(t, "encodeBASE64"), e.Const(t, "encodeBASE64URL")
	for _, c := range []struct {
		in   string
		f    runtime.Value
		want string
	}{
		{"Zm9v!", std, "caractère 5"},
		{"Zm9v-_8", std, "caractère 5"},
		{"+/8=", url, "caractère 1"},
		{"Z", std, "BASE 64"},
		{"Zm9vYmFy====x", std, "BASE 64"},
		{"Zm9vYmE", std, ""}, // no padding: accepted
	} {
		v, err := e.Try("Décode", []runtime.Value{S(c.in), c.f})
		if c.want == "" {
			if err != nil || v.Text() != "fooba" {
				t.Errorf("Décode(%q) = %q, %v; want fooba", c.in, v.Text(), err)
			}
			continue
		}
		if err == nil || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), "test.wl:1:") {
			t.Errorf("Décode(%q): error %v, want a positioned error with %q", c.in, err, c.want)
		}
	}
	if _, err := e.Try("Encode", []runtime.Value{S("x"), I(999)}); err == nil || !strings.Contains(err.Error(), "inconnu") {
		t.Errorf("Encode with an unknown format: %v", err)
	}
	for _, f := range []string{"encodeBASE85", "encodePCS", "encodeUUEncode"} {
		if _, err := e.Try("Encode", []runtime.Value{S("x"), e.Const(t, f)}); err == nil || !strings.Contains(err.Error(), f) {
			t.Errorf("Encode %s: %v, want an error naming it", f, err)
		}
	}
}

// TestHashErrors: every algorithm of the doc wl does not compute, an
// unknown value, a missing or extra key, are errors.
func TestHashErrors(t *testing.T) {
	e := wltest.New()
	for _, n := range []string{"HA_MD4", "HA_DJB2_32", "HA_CKSUM_64", "HA_TIGER_192", "HA_WHIRLPOOL", "HA_RIPEMD_160", "HA_MURMUR_2_64A"} {
		if _, err := e.Try("HashChaîne", []runtime.Value{e.Const(t, n), S("abc")}); err == nil || !strings.Contains(err.Error(), n) {
			t.Errorf("HashChaîne(%s): %v, want an error naming it", n, err)
		}
	}
	for _, n := range []string{"HA_HMAC_MD4", "HA_HMAC_WHIRLPOOL"} {
		if _, err := e.Try("HashChaîne", []runtime.Value{e.Const(t, n), S("abc"), S("k")}); err == nil || !strings.Contains(err.Error(), n) {
			t.Errorf("HashChaîne(%s): %v, want an error naming it", n, err)
		}
	}
	if _, err := e.Try("HashChaîne", []runtime.Value{I(0), S("abc")}); err == nil {
		t.Error("HashChaîne(0): no error")
	}
	if _, err := e.Try("HashVérifieChaîne", []runtime.Value{e.Const(t, "HA_HMAC_SHA_512"), S("abc"), S("x")}); err == nil {
		t.Error("HashVérifieChaîne HMAC without a key: no error")
	}
	// A hash of the wrong length or of other data does not match.
	sum := e.Call(t, "HashChaîne", e.Const(t, "HA_SHA_256"), S("abc"))
	for _, h := range []string{"", sum.Text()[:31], sum.Text() + "\x00"} {
		if v := e.Call(t, "HashVérifieChaîne", e.Const(t, "HA_SHA_256"), S("abc"), runtime.Buffer([]byte(h))); v.Text() != "0" {
			t.Errorf("HashVérifieChaîne with %d bytes = %s", len(h), v.Text())
		}
	}
}

// TestURLRoundTrip: URLDécode(URLEncode(s)) = s for UTF-8 text and, with
// the ANSI constants, for Windows-1252 text; the encoded URL holds only
// the characters the doc allows.
func TestURLRoundTrip(t *testing.T) {
	e := wltest.New()
	allowed := regexp.MustCompile(`^[A-Za-z0-9;/?:@&=$,\-_.!~*'(|)#%]*$`)
	ansi := e.Const(t, "encodeURLDepuisAnsi")
	for _, s := range []string{"", "a b+c%d", "100%", "é€œ", "日本語 😀", "a&b=c?d#e", "\x00\x01\t\r\n", "&#8364"} {
		enc := e.Text(t, "URLEncode", S(s))
		if !allowed.MatchString(enc) {
			t.Errorf("URLEncode(%q) = %q: characters outside the doc's list", s, enc)
		}
		if got := e.Text(t, "URLDécode", S(enc)); got != s {
			t.Errorf("URLDécode(URLEncode(%q)) = %q", s, got)
		}
	}
	if got := e.Text(t, "URLEncode", S("€"), ansi); got != "%80" {
		t.Errorf("URLEncode(€, ANSI) = %q, want %%80 (Windows-1252)", got)
	}
	if _, err := e.Try("URLEncode", []runtime.Value{S("日"), ansi}); err == nil || !strings.Contains(err.Error(), "ANSI") {
		t.Errorf("URLEncode(日, ANSI): %v, want an error", err)
	}
	for in, want := range map[string]string{"%": "%", "%4": "%4", "a%2": "a%2", "%%41": "%A", "%e9": "é", "%26%23xyz%3B": "&#xyz;"} {
		if got := e.Text(t, "URLDécode", S(in)); got != want {
			t.Errorf("URLDécode(%q) = %q, want %q", in, got, want)
		}
	}
	p := e.Text(t, "URLEncode", S("https://x.fr/?a=%E9&b=1"), e.Const(t, "encodeURLParamètre"))
	if p != "https%3A%2F%2Fx.fr%2F%3Fa%3D%25E9%26b%3D1" {
		t.Errorf("encodeURLParamètre: %q", p)
	}
	if got := e.Text(t, "URLDécode", S(p)); got != "https://x.fr/?a=%E9&b=1" {
		t.Errorf("URLDécode of a parameter: %q", got)
	}
}

// TestGUIDAndIdentifier: the formats of DonneGUID, version 4 and distinct
// values; DonneIdentifiant counts from 1 in each run.
func TestGUIDAndIdentifier(t *testing.T) {
	e := wltest.New()
	formats := map[string]*regexp.Regexp{
		"guidFormaté": regexp.MustCompile(`^\{[0-9A-F]{8}-[0-9A-F]{4}-4[0-9a-f]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}\}$`),
		"guidBrut":    regexp.MustCompile(`^[0-9A-F]{12}4[0-9A-F]{3}[89AB][0-9A-F]{15}$`),
		"guidBrut256": regexp.MustCompile(`^[0-9a-f]{64}$`),
	}
	for name, re := range formats {
		seen := map[string]bool{}
		for i := 0; i < 200; i++ {
			g := e.Text(t, "DonneGUID", e.Const(t, name))
			if !re.MatchString(g) || seen[g] {
				t.Fatalf("DonneGUID(%s) = %q (seen before: %v)", name, g, seen[g])
			}
			seen[g] = true
		}
	}
	if g := e.Text(t, "DonneGUID"); !formats["guidFormaté"].MatchString(g) {
		t.Errorf("DonneGUID() = %q, want guidFormaté", g)
	}
	if _, err := e.Try("DonneGUID", []runtime.Value{I(42)}); err == nil {
		t.Error("DonneGUID(42): no error")
	}
	for want := int64(1); want <= 3; want++ {
		if v := e.Call(t, "DonneIdentifiant"); v.ToInt() != want {
			t.Fatalf("DonneIdentifiant = %d, want %d", v.ToInt(), want)
		}
	}
	if v := wltest.New().Call(t, "DonneIdentifiant"); v.ToInt() != 1 {
		t.Errorf("a new run's DonneIdentifiant = %d, want 1", v.ToInt())
	}
}

// TestHexaAndUTF8 covers the edges of BufferVersHexa, ChaîneVersUTF8 and
// UTF8VersChaîne.
func TestHexaAndUTF8(t *testing.T) {
	e := wltest.New()
	if got := e.Text(t, "BufferVersHexa", runtime.Buffer(nil)); got != "" {
		t.Errorf("BufferVersHexa(empty) = %q", got)
	}
	if got := e.Text(t, "BufferVersHexa", runtime.Buffer([]byte{1, 2, 3}), I(4)); got != "01 02 03" {
		t.Errorf("BufferVersHexa(3 bytes, 4) = %q", got)
	}
	for _, w := range []int64{3, -1, 8} {
		if _, err := e.Try("BufferVersHexa", []runtime.Value{S("ab"), I(w)}); err == nil {
			t.Errorf("BufferVersHexa word %d: no error", w)
		}
	}
	if got := e.Call(t, "ChaîneVersUTF8", runtime.Buffer([]byte{0xe9, 0x80})); got.Text() != "é€" || got.Kind() != runtime.KBuffer {
		t.Errorf("ChaîneVersUTF8(ANSI buffer) = %q %v", got.Text(), got.Kind())
	}
	if got := e.Text(t, "UTF8VersChaîne", runtime.Buffer([]byte{0xc3})); got != "\x04" {
		t.Errorf("UTF8VersChaîne(truncated) = %q, want EOT", got)
	}
	if got := e.Text(t, "UTF8VersChaîne", S("")); got != "" {
		t.Errorf("UTF8VersChaîne(\"\") = %q", got)
	}
}

// TestPBKDF2Edges: the defaults (10000 iterations, the hash's length), the
// bounds, and the PBKDF2 parameters refused with another algorithm.
func TestPBKDF2Edges(t *testing.T) {
	e := wltest.New()
	kdf := e.Const(t, "HA_PBKDF2_HMAC_SHA_256")
	// RFC 7914 §11: PBKDF2-HMAC-SHA256("passwd", "salt", 1, 64) starts 55ac046e.
	if got := e.Call(t, "HashChaîne", kdf, S("passwd"), S("salt"), I(1), I(64)).Text(); len(got) != 64 || !strings.HasPrefix(got, "\x55\xac\x04\x6e") {
		t.Errorf("PBKDF2-HMAC-SHA256 RFC 7914 vector: % x", got)
	}
	def, err := e.Try("HashChaîne", []runtime.Value{kdf, S("p"), S("s"), runtime.Null, I(8)}, 3)
	want := e.Call(t, "HashChaîne", kdf, S("p"), S("s"), I(10000), I(8))
	if err != nil || def.Text() != want.Text() {
		t.Errorf("omitted <Itération>: %q, %v; want the 10000 iterations' %q", def.Text(), err, want.Text())
	}
	for _, c := range [][]runtime.Value{
		{kdf, S("p"), S("s"), I(0), I(8)},
		{kdf, S("p"), S("s"), I(1), I(0)},
		{kdf, S("p"), S("s"), I(1), I(1<<20 + 1)},
		{kdf, S("p")},
		{e.Const(t, "HA_SHA_256"), S("p"), S("s"), I(1), I(8)},
		{e.Const(t, "HA_PBKDF2_HMAC_WHIRLPOOL"), S("p"), S("s"), I(1), I(8)},
	} {
		if _, err := e.Try("HashChaîne", c); err == nil {
			t.Errorf("HashChaîne%v: no error", c)
		}
	}
}

// TestHexaRoundTrip: HexaVersBuffer(BufferVersHexa(b, w, o), w, o) = b for
// every grouping and line option; text that is not hexadecimal bytes is an
// error.
func TestHexaRoundTrip(t *testing.T) {
	e := wltest.New()
	rnd := rand.New(rand.NewPCG(3, 4))
	big := e.Const(t, "BigEndian").ToInt()
	for n := 0; n < 70; n += 1 + n/7 {
		b := make([]byte, n)
		for i := range b {
			b[i] = byte(rnd.UintN(256))
		}
		for _, w := range []int64{0, 1, 2, 4} {
			for _, o := range []int64{0, big} {
				line := o
				if line == 0 {
					line = 5
				}
				h := e.Text(t, "BufferVersHexa", runtime.Buffer(b), I(w), I(line))
				got := e.Call(t, "HexaVersBuffer", S(h), I(w), I(o)).Text()
				if got != string(b) {
					t.Fatalf("%d bytes, word %d, option %d: %q gives % x, want % x", n, w, o, h, got, b)
				}
			}
		}
	}
	for _, s := range []string{"6", "0x12", "6G", "61 0"} {
		if _, err := e.Try("HexaVersBuffer", []runtime.Value{S(s)}); err == nil {
			t.Errorf("HexaVersBuffer(%q): no error", s)
		}
	}
	if got := e.Text(t, "HexaVersBuffer", S(" \r\n ")); got != "" {
		t.Errorf("HexaVersBuffer(blank) = %q", got)
	}
}
