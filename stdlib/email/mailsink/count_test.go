package mailsink

import "testing"

func TestCountPlural(t *testing.T) {
	for _, c := range []struct {
		lang string
		n    int
		want string
	}{
		{"fr", 0, "0 message reçu"},
		{"fr", 1, "1 message reçu"},
		{"fr", 2, "2 messages reçus"},
		{"en", 0, "0 messages received"},
		{"en", 1, "1 message received"},
		{"en", 3, "3 messages received"},
	} {
		if got := count(c.lang, c.n, "message reçu", "message received"); got != c.want {
			t.Errorf("count(%s, %d) = %q, want %q", c.lang, c.n, got, c.want)
		}
	}
}
