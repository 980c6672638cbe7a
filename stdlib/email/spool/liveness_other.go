//go:build !unix

package spool

import (
	"errors"
	"os"
	"path/filepath"
)

type fileLiveness struct{ f *os.File }

func (l fileLiveness) release() {
	l.f.Close()
	os.Remove(l.f.Name())
}

// fileLock creates dir/id.lock and keeps it open: on Windows an open file
// cannot be removed, which is what fileAlive tests.
func fileLock(dir, id string) (liveness, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, err
	}
	f, err := os.OpenFile(filepath.Join(dir, id+".lock"), os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return nil, err
	}
	return fileLiveness{f}, nil
}

func fileAlive(dir, id string) bool {
	p := filepath.Join(dir, id+".lock")
	if _, err := os.Stat(p); errors.Is(err, os.ErrNotExist) {
		return false
	}
	return os.Remove(p) != nil
}
