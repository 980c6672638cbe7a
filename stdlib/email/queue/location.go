package queue

import (
	"os"
	"path/filepath"
	goruntime "runtime"
	"strings"
)

// DefaultLocation is where the spool lives without --spool: $WL_SPOOL, else
// spool.db in the user's state directory ($XDG_STATE_HOME/wl, else
// ~/.local/state/wl; %LOCALAPPDATA%\wl on Windows, ~/Library/Application
// Support/wl on macOS).
func DefaultLocation() (string, error) {
	if v := os.Getenv("WL_SPOOL"); v != "" {
		return v, nil
	}
	if v := os.Getenv("XDG_STATE_HOME"); v != "" && filepath.IsAbs(v) {
		return filepath.Join(v, "wl", "spool.db"), nil
	}
	switch goruntime.GOOS {
	case "windows", "darwin", "ios":
		d, err := os.UserConfigDir()
		if goruntime.GOOS == "windows" {
			if v := os.Getenv("LOCALAPPDATA"); v != "" {
				d, err = v, nil
			}
		}
		if err != nil {
			return "", err
		}
		return filepath.Join(d, "wl", "spool.db"), nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(home, ".local", "state", "wl", "spool.db"), nil
}

// IsPostgres reports whether a location names a PostgreSQL database.
func IsPostgres(loc string) bool {
	l := strings.ToLower(loc)
	return strings.HasPrefix(l, "postgres://") || strings.HasPrefix(l, "postgresql://")
}
