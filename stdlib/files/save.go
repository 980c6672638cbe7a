package files

import "github.com/wlangage/wl/runtime"

// SaveFile creates or replaces a file with data through the run's grant,
// exactly as fSauveBuffer does: same path rules, same refusals (no grant,
// read-only grant, outside the root) and the same error messages, set on
// c. Other families (EmailSauveFichierAttaché) use it so that one grant
// governs every file a script writes. It reports success.
func SaveFile(c *runtime.Call, name string, data []byte) bool {
	s, p, ok := changePath(c, name, opCreate)
	if !ok {
		return false
	}
	if err := s.writeAll(p, data, false); err != nil {
		s.fail(c, opCreate, name, err)
		return false
	}
	return true
}
