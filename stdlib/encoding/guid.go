package encoding

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"strings"
	"sync/atomic"

	"github.com/wlangage/wl/runtime"
)

// DonneGUID (1000018857): a random (version 4) UUID. guidFormaté, the
// default, is spelt as the doc's example "{CD9FE4B6-AE1D-448c-B157-
// D9EA074726CF}" (braces, upper case but for the third group, as Windows
// prints it); guidBrut is its 32 upper-case digits; guidBrut256 32 random
// bytes as 64 lower-case digits, as in the doc's example.
func donneGUID(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	format := int64(GuidFormate)
	if err := c.Unpack(args, "format du GUID?", &format); err != nil {
		return runtime.Null, err
	}
	switch format {
	case GuidFormate, GuidBrut:
		var u [16]byte
		_, _ = rand.Read(u[:])  // crypto/rand.Read never fails (Go 1.24)
		u[6] = u[6]&0x0f | 0x40 // version 4
		u[8] = u[8]&0x3f | 0x80 // RFC 9562 variant
		h := strings.ToUpper(hex.EncodeToString(u[:]))
		if format == GuidBrut {
			return runtime.Str(h), nil
		}
		return runtime.Str(fmt.Sprintf("{%s-%s-%s-%s-%s}", h[:8], h[8:12], strings.ToLower(h[12:16]), h[16:20], h[20:])), nil
	case GuidBrut256:
		var u [32]byte
		_, _ = rand.Read(u[:])
		return runtime.Str(hex.EncodeToString(u[:])), nil
	}
	return runtime.Null, c.Errorf(1007, "%s : format de GUID inconnu (%d).", "%s: unknown GUID format (%d).", c.Name, format)
}

// identKey keys the run's DonneIdentifiant counter in Run.State.
type identKey struct{}

// DonneIdentifiant (3013028): 1 on the first call of the run, then 2, 3...
// The counter is an entier (32 bits): past 2^31-1 it turns negative, as
// the doc says.
func donneIdentifiant(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	n := c.Run.State(identKey{}, func() any { return new(atomic.Int32) }).(*atomic.Int32)
	return runtime.Int(int64(n.Add(1))), nil
}
