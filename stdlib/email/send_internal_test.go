package email

import (
	"testing"

	"github.com/wlangage/wl/runtime"
	"github.com/wlangage/wl/stdlib/email/compose"
)

// TestPriorityAndSensitivity: each WLangage constant gives compose's
// value of the same meaning; any other number is normal.
func TestPriorityAndSensitivity(t *testing.T) {
	prios := map[int64]compose.Priority{
		-1: compose.PriorityNormal, prioNormal: compose.PriorityNormal,
		prioLow: compose.PriorityLow, prioHigh: compose.PriorityHigh, 3: compose.PriorityNormal,
	}
	for n, want := range prios {
		if got := priority(runtime.Int(n)); got != want {
			t.Errorf("priority(%d) = %v, want %v", n, got, want)
		}
	}
	confs := map[int64]compose.Sensitivity{
		-1: compose.SensitivityNormal, confNormal: compose.SensitivityNormal,
		confConfidential: compose.SensitivityConfidential, confPersonal: compose.SensitivityPersonal,
		confPrivate: compose.SensitivityPrivate, 4: compose.SensitivityNormal,
	}
	for n, want := range confs {
		if got := sensitivity(runtime.Int(n)); got != want {
			t.Errorf("sensitivity(%d) = %v, want %v", n, got, want)
		}
	}
	if prioLow != 1 || prioHigh != 2 || confConfidential != 1 || confPersonal != 2 || confPrivate != 3 {
		t.Error("the WLangage constants changed value")
	}
}
