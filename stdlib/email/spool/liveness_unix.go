//go:build unix

package spool

import (
	"errors"
	"os"
	"path/filepath"
	"syscall"
)

type fileLiveness struct{ f *os.File }

func (l fileLiveness) release() {
	os.Remove(l.f.Name())
	syscall.Flock(int(l.f.Fd()), syscall.LOCK_UN)
	l.f.Close()
}

// fileLock creates dir/id.lock (0600) and holds an exclusive flock on it.
func fileLock(dir, id string) (liveness, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, err
	}
	f, err := os.OpenFile(filepath.Join(dir, id+".lock"), os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, err
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		f.Close()
		return nil, err
	}
	return fileLiveness{f}, nil
}

// fileAlive reports whether some process holds dir/id.lock.
func fileAlive(dir, id string) bool {
	f, err := os.OpenFile(filepath.Join(dir, id+".lock"), os.O_RDWR, 0)
	if err != nil {
		return !errors.Is(err, os.ErrNotExist)
	}
	defer f.Close()
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		return true
	}
	syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
	return false
}
