package parser

import "testing"

// TestForOnceFlags: _À_ evaluates the limit once, _PAS_ the step once;
// the two are independent (1510001, "Autres syntaxes disponibles").
func TestForOnceFlags(t *testing.T) {
	for _, tc := range []struct {
		src            string
		once, stepOnce bool
	}{
		{"POUR i = 1 À 10\nFIN\n", false, false},
		{"POUR i = 1 _À_ n\nFIN\n", true, false},
		{"POUR i = 1 _À_ n PAS p\nFIN\n", true, false},
		{"POUR i = 1 À n _PAS_ p\nFIN\n", false, true},
		{"POUR i = 1 _A_ n _PAS_ p\nFIN\n", true, true},
		{"FOR i = 1 _TO_ n _STEP_ p\nEND\n", true, true},
		{"FOR i = 1 TO n _STEP_ p\nEND\n", false, true},
	} {
		f, err := Parse("t.wl", tc.src)
		if err != nil {
			t.Fatalf("%q: %v", tc.src, err)
		}
		fs, ok := f.Main[0].(*For)
		if !ok {
			t.Fatalf("%q: %T, want *For", tc.src, f.Main[0])
		}
		if fs.Once != tc.once || fs.StepOnce != tc.stepOnce {
			t.Errorf("%q: Once=%v StepOnce=%v, want %v %v", tc.src, fs.Once, fs.StepOnce, tc.once, tc.stepOnce)
		}
	}
}
