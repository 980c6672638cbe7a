package encoding

import (
	"crypto/hmac"
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha3"
	"crypto/sha512"
	"hash"

	"github.com/wlangage/wl/runtime"
)

// HashChaîne (1000007111): the hash of a chaîne (its UTF-8 bytes) or a
// Buffer, as a Buffer; with a secret key, the HMAC algorithms.
func hashChaine(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	var algo int64
	var data, key string
	if err := c.Unpack(args, "type d'algorithme", &algo, "chaîne", &data, "clé secrète?", &key); err != nil {
		return runtime.Null, err
	}
	sum, err := digest(c, algo, data, key, !c.Omit(args, 2))
	if err != nil {
		return runtime.Null, err
	}
	return runtime.Buffer(sum), nil
}

// HashVérifieChaîne (1000007113): whether the hash of the chaîne with the
// algorithm (and key) is the given one. The comparison takes constant
// time, as for a password hash.
func hashVerifieChaine(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	var algo int64
	var data, want, key string
	if err := c.Unpack(args, "type d'algorithme", &algo, "chaîne", &data, "hash", &want, "clé secrète?", &key); err != nil {
		return runtime.Null, err
	}
	sum, err := digest(c, algo, data, key, !c.Omit(args, 3))
	if err != nil {
		return runtime.Null, err
	}
	return runtime.Bool(hmac.Equal(sum, []byte(want))), nil
}

// newHash gives the hash function of a simple algorithm, nil if wl does
// not compute it.
func newHash(algo int64) func() hash.Hash {
	switch algo {
	case HaMD5:
		return md5.New
	case HaSHA160:
		return sha1.New
	case HaSHA256, HaSHA256Double:
		return sha256.New
	case HaSHA384:
		return sha512.New384
	case HaSHA512:
		return sha512.New
	case HaSHA3_224:
		return func() hash.Hash { return sha3.New224() }
	case HaSHA3_256:
		return func() hash.Hash { return sha3.New256() }
	case HaSHA3_384:
		return func() hash.Hash { return sha3.New384() }
	case HaSHA3_512:
		return func() hash.Hash { return sha3.New512() }
	}
	return nil
}

// digest computes algo over data. An HMAC algorithm needs the key and a
// simple one refuses it; HA_SHA_256_DOUBLE is SHA-256 applied twice (as
// Bitcoin does), its HMAC variant the SHA-256 of the HMAC-SHA-256.
func digest(c *runtime.Call, algo int64, data, key string, withKey bool) ([]byte, error) {
	if algo >= unsupportedBase && algo < unsupportedBase+int64(len(unsupportedHashes)) {
		return nil, c.Errorf(1004, "%s : l'algorithme %s n'est pas disponible dans wl.",
			"%s: algorithm %s is not available in wl.", c.Name, unsupportedHashes[algo-unsupportedBase])
	}
	isHMAC := algo > hmacBase && algo < unsupportedBase
	base := algo
	if isHMAC {
		base = algo - hmacBase
	}
	h := newHash(base)
	if h == nil {
		return nil, c.Errorf(1004, "%s : type d'algorithme inconnu (%d).", "%s: unknown algorithm type (%d).", c.Name, algo)
	}
	if isHMAC != withKey {
		name := hashNames[base]
		if isHMAC {
			return nil, c.Errorf(1005, "%s : l'algorithme HA_HMAC%s demande une clé secrète.",
				"%s: algorithm HA_HMAC%s needs a secret key.", c.Name, name[2:])
		}
		return nil, c.Errorf(1005, "%s : une clé secrète demande un algorithme HMAC (HA_HMAC%s au lieu de %s).",
			"%s: a secret key needs an HMAC algorithm (HA_HMAC%s instead of %s).", c.Name, name[2:], name)
	}
	var sum []byte
	if isHMAC {
		m := hmac.New(h, []byte(key))
		m.Write([]byte(data))
		sum = m.Sum(nil)
	} else {
		d := h()
		d.Write([]byte(data))
		sum = d.Sum(nil)
	}
	if base == HaSHA256Double {
		s := sha256.Sum256(sum)
		sum = s[:]
	}
	return sum, nil
}
