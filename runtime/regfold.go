package runtime

import (
	"unicode/utf8"
	"unsafe"
)

// latin1Fold is Fold of each rune from U+00C0 to U+00FF when it is one
// ASCII letter (é -> E, ç -> C), '?' when it is not (Æ, ß, ×...).
// TestRegistryFold checks it against Fold.
const latin1Fold = "AAAAAA?CEEEEIIII?NOOOOO??UUUUY??AAAAAA?CEEEEIIII?NOOOOO??UUUUY?Y"

// keyChunk is the size of the blocks registry keys are folded into.
const keyChunk = 4096

// nameBucket returns funcBucket(Fold(s)) without folding s whole
// (funcTable tells names by it): from an ASCII or Latin-1 initial, else
// from Fold's.
func nameBucket(s string) int {
	if s == "" {
		return funcBuckets - 1
	}
	c := s[0]
	switch {
	case 'a' <= c && c <= 'z':
		return int(c - 'a')
	case 'A' <= c && c <= 'Z':
		return int(c - 'A')
	case c < utf8.RuneSelf:
		return funcBuckets - 1
	case c == 0xC3 && len(s) > 1 && s[1] >= 0x80 && s[1] <= 0xBF && latin1Fold[s[1]-0x80] != '?':
		return int(latin1Fold[s[1]-0x80] - 'A')
	}
	return funcBucket(Fold(s))
}

// fold returns Fold(s) for a registry key. Built-in names are ASCII or
// Latin-1 letters with French accents: those are folded into the
// registry's current block of bytes, so that registering the standard
// library's ~1,400 names costs a few allocations instead of one per name.
// Other names go through Fold. The blocks are never written again once a
// key points into them.
func (r *Registry) fold(s string) string {
	if s == "" {
		return ""
	}
	if cap(r.keyBuf)-len(r.keyBuf) < len(s) {
		r.keyBuf = make([]byte, 0, max(keyChunk, len(s)))
	}
	// One pass, writing into the block; a key is never longer than s.
	start := len(r.keyBuf)
	dst := r.keyBuf[start : start+len(s)]
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			// Latin-1 letters U+00C0..U+00FF are C3 80..C3 BF in UTF-8.
			if c != 0xC3 || i+1 >= len(s) || s[i+1] < 0x80 || s[i+1] > 0xBF {
				return Fold(s)
			}
			i++
			if c = latin1Fold[s[i]-0x80]; c == '?' {
				return Fold(s)
			}
		} else if 'a' <= c && c <= 'z' {
			c -= 'a' - 'A'
		}
		dst[n] = c
		n++
	}
	r.keyBuf = r.keyBuf[:start+n]
	return unsafe.String(&dst[0], n)
}
