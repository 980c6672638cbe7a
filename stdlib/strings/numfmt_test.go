package strings

import "testing"

// TestParseNumFormat: flags in any order, the size and precision limits
// (below 100, 3024024) and what follows the type.
func TestParseNumFormat(t *testing.T) {
	for _, c := range []struct {
		f    string
		ok   bool
		want numFormat
	}{
		{"0-+7d", true, numFormat{left: true, plus: true, zero: true, width: 7, typ: 'd'}},
		{"99,99fS", true, numFormat{width: 99, prec: 99, hasPrec: true, comma: true, typ: 'f', thousands: true}},
		{".f", true, numFormat{hasPrec: true, typ: 'f'}},
		{"100d", false, numFormat{}},
		{"5.100f", false, numFormat{}},
		{"123456789d", false, numFormat{}},
		{"5q", false, numFormat{}},
		{"5dx", false, numFormat{}},
		{"-+", false, numFormat{}},
	} {
		got, ok := parseNumFormat(c.f)
		if ok != c.ok || ok && got != c.want {
			t.Errorf("parseNumFormat(%q) = %+v, %v; want %+v, %v", c.f, got, ok, c.want, c.ok)
		}
	}
}
