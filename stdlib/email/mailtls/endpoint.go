package mailtls

import (
	"net"
	"strconv"
	"strings"
)

// Endpoint is a mail server as the script names it (Host, Port) and the
// address actually dialled instead when Relay is set. Sending and reading
// name, dial and verify a server by these same rules.
type Endpoint struct {
	Host  string
	Port  int
	Relay string
}

// HostName is Host without IPv6 brackets.
func (e Endpoint) HostName() string {
	return strings.TrimSuffix(strings.TrimPrefix(e.Host, "["), "]")
}

// Label is the server as the script named it, "host:port" (the relay when
// no host is named).
func (e Endpoint) Label() string {
	if e.Host == "" && e.Relay != "" {
		return e.Relay
	}
	return net.JoinHostPort(e.HostName(), strconv.Itoa(e.Port))
}

// DialAddr is the address actually dialled.
func (e Endpoint) DialAddr() string {
	if e.Relay != "" {
		return e.Relay
	}
	return net.JoinHostPort(e.HostName(), strconv.Itoa(e.Port))
}

// RelayHost is the host part of Relay ("" when Relay is empty or malformed).
func (e Endpoint) RelayHost() string {
	h, _, err := net.SplitHostPort(e.Relay)
	if err != nil {
		return ""
	}
	return h
}

// TLSName is the name verified in the server certificate: the host, or
// the relay's host when no host is named.
func (e Endpoint) TLSName() string {
	if h := e.HostName(); h != "" {
		return h
	}
	return e.RelayHost()
}

// LoopbackOnly reports whether every name involved designates loopback
// (and at least one is named): only then may credentials go in clear.
func (e Endpoint) LoopbackOnly() bool {
	if e.Host != "" && !IsLoopbackName(e.HostName()) {
		return false
	}
	if e.Relay != "" && !IsLoopbackName(e.RelayHost()) {
		return false
	}
	return e.Host != "" || e.Relay != ""
}
