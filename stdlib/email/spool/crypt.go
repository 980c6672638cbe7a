package spool

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"errors"
	"os"
	"strings"
)

// loadKey finds the key that encrypts the session settings at rest:
// Options.Key, else $WL_SPOOL_KEY (base64 of 32 bytes, or any passphrase,
// hashed), else for SQLite the 0600 file SPOOL.key beside the spool,
// created on first use. A PostgreSQL spool has no file fallback: every
// host sharing it must be given the same $WL_SPOOL_KEY.
func (s *Spool) loadKey() {
	if len(s.opts.Key) > 0 {
		s.key = deriveKey(s.opts.Key)
		return
	}
	if v := os.Getenv("WL_SPOOL_KEY"); v != "" {
		s.key = parseKey(v)
		return
	}
	if s.postgres {
		s.keyErr = errorf(nil, "spool PostgreSQL : la clé de chiffrement des identifiants n'est pas définie ($WL_SPOOL_KEY)",
			"PostgreSQL spool: the key that encrypts credentials is not set ($WL_SPOOL_KEY)")
		return
	}
	path := s.loc + ".key"
	if b, err := os.ReadFile(path); err == nil {
		s.key = parseKey(strings.TrimSpace(string(b)))
		return
	}
	k := make([]byte, 32)
	rand.Read(k)
	enc := base64.StdEncoding.EncodeToString(k)
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err == nil {
		_, err = f.WriteString(enc + "\n")
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		if b, rerr := os.ReadFile(path); rerr == nil { // another process won the race
			s.key = parseKey(strings.TrimSpace(string(b)))
			return
		}
		s.keyErr = errorf(err, "spool : impossible de créer la clé %s : %v", "spool: cannot create the key %s: %v", path, err)
		return
	}
	s.key = k
}

func parseKey(v string) []byte {
	if b, err := base64.StdEncoding.DecodeString(v); err == nil && len(b) == 32 {
		return b
	}
	return deriveKey([]byte(v))
}

func deriveKey(b []byte) []byte {
	if len(b) == 32 {
		return b
	}
	h := sha256.Sum256(b)
	return h[:]
}

// seal encrypts plain with AES-256-GCM; the job ID is authenticated with
// it so that a sealed blob cannot be moved to another message.
func (s *Spool) seal(id int64, plain []byte) ([]byte, error) {
	if s.keyErr != nil {
		return nil, s.keyErr
	}
	g, err := s.gcm()
	if err != nil {
		return nil, err
	}
	nonce := make([]byte, g.NonceSize())
	rand.Read(nonce)
	return g.Seal(nonce, nonce, plain, adFor(id)), nil
}

// open decrypts a blob sealed by seal.
func (s *Spool) open(id int64, blob []byte) ([]byte, error) {
	if s.keyErr != nil {
		return nil, s.keyErr
	}
	g, err := s.gcm()
	if err != nil {
		return nil, err
	}
	if len(blob) < g.NonceSize() {
		return nil, errBadKey
	}
	plain, err := g.Open(nil, blob[:g.NonceSize()], blob[g.NonceSize():], adFor(id))
	if err != nil {
		return nil, errBadKey
	}
	return plain, nil
}

var errBadKey = errors.New("the session settings cannot be decrypted: wrong key ($WL_SPOOL_KEY or the spool's .key file)")

func (s *Spool) gcm() (cipher.AEAD, error) {
	b, err := aes.NewCipher(s.key)
	if err != nil {
		return nil, err
	}
	return cipher.NewGCM(b)
}

func adFor(id int64) []byte {
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], uint64(id))
	return append([]byte("wl-spool-v1:"), b[:]...)
}
