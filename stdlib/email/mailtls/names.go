package mailtls

import (
	"net/netip"
	"strings"
)

// IsLoopbackName reports whether the host name h is "localhost" or a
// loopback IP literal (a zone suffix allowed). The dial rules of both
// sending and reading use it: credentials go in clear only to loopback.
func IsLoopbackName(h string) bool {
	h = strings.TrimSuffix(strings.ToLower(h), ".")
	if h == "localhost" {
		return true
	}
	if i := strings.IndexByte(h, '%'); i >= 0 {
		h = h[:i]
	}
	ip, err := netip.ParseAddr(h)
	return err == nil && ip.Unmap().IsLoopback()
}

// IsInvalidName reports whether h is in the reserved ".invalid" domain
// (RFC 2606), which is never dialled.
func IsInvalidName(h string) bool {
	h = strings.TrimSuffix(strings.ToLower(h), ".")
	return h == "invalid" || strings.HasSuffix(h, ".invalid")
}
