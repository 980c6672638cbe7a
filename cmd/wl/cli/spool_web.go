package cli

import (
	"context"
	"errors"
	"net"
	"net/http"
	"time"

	"github.com/wlangage/wl/stdlib/email/spool"
	"github.com/wlangage/wl/stdlib/email/spool/web"
)

// startWeb serves the spool's page on addr until stop is called.
func startWeb(ctx context.Context, sp *spool.Spool, addr, token, lang string) (stop func(), bound string, err error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, "", err
	}
	srv := &http.Server{Handler: web.New(sp, web.Options{Token: token, Lang: lang}), ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout: 30 * time.Second, WriteTimeout: 30 * time.Second, MaxHeaderBytes: 64 << 10}
	go func() {
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			_ = err
		}
	}()
	return func() {
		c, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(c)
	}, ln.Addr().String(), nil
}
