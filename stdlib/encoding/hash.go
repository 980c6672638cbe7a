package encoding

import (
	"crypto/hmac"
	"crypto/md5"
	"crypto/pbkdf2"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha3"
	"crypto/sha512"
	"hash"

	"github.com/wlangage/wl/runtime"
)

// HashChaîne (1000007111): the hash of a chaîne (its UTF-8 bytes) or a
// Buffer, as a Buffer; with a secret key, the HMAC algorithms; with a
// salt, an iteration count and a length, the PBKDF2 ones.
func hashChaine(c *runtime.Call, args []runtime.Value) (runtime.Value, error) {
	var algo int64
	var data, key string
	var kdf pbkdf2Params
	if err := c.Unpack(args, "type d'algorithme", &algo, "chaîne", &data, "clé secrète?", &key,
		"itération?", &kdf.iter, "longueur?", &kdf.length); err != nil {
		return runtime.Null, err
	}
	kdf.iterGiven, kdf.lengthGiven = !c.Omit(args, 3), !c.Omit(args, 4)
	sum, err := digest(c, algo, data, key, !c.Omit(args, 2), kdf)
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
	var kdf pbkdf2Params
	if err := c.Unpack(args, "type d'algorithme", &algo, "chaîne", &data, "hash", &want, "clé secrète?", &key,
		"itération?", &kdf.iter, "longueur?", &kdf.length); err != nil {
		return runtime.Null, err
	}
	kdf.iterGiven, kdf.lengthGiven = !c.Omit(args, 4), !c.Omit(args, 5)
	sum, err := digest(c, algo, data, key, !c.Omit(args, 3), kdf)
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

// pbkdf2Params are the last parameters of the PBKDF2 syntax.
type pbkdf2Params struct {
	iter, length           int64
	iterGiven, lengthGiven bool
}

// Bounds of PBKDF2: the doc's default iteration count, and a derived key
// of at most 1 MiB (the doc bounds it by (2^32-1) blocks; a script asking
// for more than a megabyte is an error rather than an allocation).
const (
	pbkdf2DefaultIter = 10000
	pbkdf2MaxLength   = 1 << 20
	pbkdf2MaxWork     = 10_000_000 // iterations × blocks of the derived key
)

// digest computes algo over data. An HMAC algorithm needs the key and a
// simple one refuses it; HA_SHA_256_DOUBLE is SHA-256 applied twice (as
// Bitcoin does), its HMAC variant the SHA-256 of the HMAC-SHA-256. A
// PBKDF2 algorithm takes the key as the salt, 10000 iterations and the
// hash's length by default.
func digest(c *runtime.Call, algo int64, data, key string, withKey bool, kdf pbkdf2Params) ([]byte, error) {
	if algo >= unsupportedBase && algo < unsupportedBase+int64(len(unsupportedHashes)) {
		return nil, c.Errorf(1004, "%s : l'algorithme %s n'est pas disponible dans wl.",
			"%s: algorithm %s is not available in wl.", c.Name, unsupportedHashes[algo-unsupportedBase])
	}
	isKDF := algo > pbkdf2Base && algo < unsupportedBase
	isHMAC := algo > hmacBase && algo < pbkdf2Base
	base := algo
	switch {
	case isKDF:
		base = algo - pbkdf2Base
	case isHMAC:
		base = algo - hmacBase
	}
	h := newHash(base)
	if h == nil || isKDF && base == HaSHA256Double {
		return nil, c.Errorf(1004, "%s : type d'algorithme inconnu (%d).", "%s: unknown algorithm type (%d).", c.Name, algo)
	}
	if isKDF {
		return derive(c, h, hashNames[base], data, key, withKey, kdf)
	}
	if kdf.iterGiven || kdf.lengthGiven {
		return nil, c.Errorf(1005, "%s : <Itération> et <Longueur> ne vont qu'avec un algorithme HA_PBKDF2_*.",
			"%s: <Iteration> and <Length> only go with an HA_PBKDF2_* algorithm.", c.Name)
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

// derive is PBKDF2 (RFC 8018) with HMAC over h.
func derive(c *runtime.Call, h func() hash.Hash, name, password, salt string, withSalt bool, kdf pbkdf2Params) ([]byte, error) {
	if !withSalt {
		return nil, c.Errorf(1005, "%s : l'algorithme HA_PBKDF2_HMAC%s demande un sel.",
			"%s: algorithm HA_PBKDF2_HMAC%s needs a salt.", c.Name, name[2:])
	}
	iter, length := kdf.iter, kdf.length
	if !kdf.iterGiven {
		iter = pbkdf2DefaultIter
	}
	if !kdf.lengthGiven {
		length = int64(h().Size())
	}
	if iter < 1 || length < 1 || length > pbkdf2MaxLength {
		return nil, c.Errorf(1006, "%s : <Itération> doit être au moins 1 et <Longueur> entre 1 et %d (%d, %d).",
			"%s: <Iteration> must be at least 1 and <Length> between 1 and %d (%d, %d).", c.Name, pbkdf2MaxLength, iter, length)
	}
	if blocks := (length + int64(h().Size()) - 1) / int64(h().Size()); iter > pbkdf2MaxWork/blocks {
		// A built-in call cannot be stopped by the run's time limit: the
		// work is bounded instead (10 million HMAC, some seconds).
		return nil, c.Errorf(1006, "%s : %d itérations pour %d octets dépassent la limite de %d calculs HMAC.",
			"%s: %d iterations for %d bytes exceed the limit of %d HMAC computations.", c.Name, iter, length, pbkdf2MaxWork)
	}
	c.Charge(length)
	k, err := pbkdf2.Key(h, password, []byte(salt), int(iter), int(length))
	if err != nil {
		return nil, c.Errorf(1006, "%s : %v.", "%s: %v.", c.Name, err)
	}
	return k, nil
}
