package tests

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/wlangage/wl/runtime"
	"github.com/wlangage/wl/stdlib"
	"github.com/wlangage/wl/stdlib/email"
	"github.com/wlangage/wl/stdlib/email/smtpx"
)

// FuzzRun compiles and runs arbitrary scripts with a step limit, a call
// depth limit and a deadline: no input may panic the host or hang. The
// e-mail family gets a dialer that refuses every connection.
func FuzzRun(f *testing.F) {
	files, _ := filepath.Glob("golden/*/*.wl")
	for _, fn := range files {
		if b, err := os.ReadFile(fn); err == nil {
			f.Add(b)
		}
	}
	refuse := func(ctx context.Context, network, addr string) (net.Conn, error) {
		return nil, errors.New("network disabled while fuzzing")
	}
	eng := stdlib.NewEngine(
		runtime.WithOutput(io.Discard, io.Discard),
		runtime.WithLimits(20000, 200),
		email.WithConfig(email.HostConfig{Delivery: smtpx.Delivery{Dial: refuse}}),
	)
	f.Fuzz(func(t *testing.T, src []byte) {
		if len(src) > 1<<16 {
			return
		}
		timer := time.AfterFunc(10*time.Second, func() { panic(fmt.Sprintf("run took more than 10s: %q", src)) })
		defer timer.Stop()
		p, err := eng.Compile("f.wl", src)
		if err != nil {
			var ce *runtime.CompileError
			if !errors.As(err, &ce) {
				t.Fatalf("compile error of type %T: %v", err, err)
			}
			for _, e := range ce.Errors {
				if e.Pos.Line < 1 {
					t.Fatalf("unpositioned compile error %v", e)
				}
			}
			return
		}
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_, err = p.Run(ctx)
		var re *runtime.Error
		if err != nil && errors.As(err, &re) && re.Kind == runtime.ErrInternal {
			t.Fatalf("internal error: %v\n%s", re, re.Message("en"))
		}
	})
}
