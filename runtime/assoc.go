package runtime

import (
	"hash/maphash"
	"slices"
	"strconv"
	"sync"
	"unicode/utf8"

	"github.com/wlangage/wl/parser"
)

// Assoc is an associative array; it keeps insertion order (DECISIONS 9c).
//
// Keys and Vals hold the elements in that order; the index finding a key
// is an open-addressing table of its own (slots) rather than a Go map:
// each slot is one uint64, the key's 32-bit hash above its position in
// Keys plus one (0: an empty slot). The table holds no pointer, so the
// collector does not scan it; adding a key probes it once (a Go map
// takes a lookup, then an assignment that hashes again); growing it
// re-spreads the slots from the stored hashes, without hashing a key
// again. A key is compared by its text: a chaîne key's own bytes, or,
// once a key of another kind is stored or the array compares keys with
// options (Cmp), the texts kept in texts.
//
// An array with duplicates (Dup, AvecDoublon in doc 1514058) indexes its
// distinct keys instead: a slot holds a group number plus one, texts[g]
// is the text of group g, and groups[g] the positions in Keys of its
// elements, in insertion order. Keys and Vals still hold every element
// in insertion order, so POUR TOUT and the array functions see them all.
type Assoc struct {
	Elem *Type
	Keys []Value
	Vals []Value
	// The options of the declaration (doc 1514058), set before the first
	// key: Cmp the cc* comparison bits (CmpNoCase...), Dup AvecDoublon,
	// KeyType the key type (nil: the key as given, compared as text).
	Cmp     int
	Dup     bool
	KeyType *Type
	// Dyn marks the named sub-elements of a Variant (doc 1514019):
	// `v.nom` reads and writes its elements (variantobj.go).
	Dyn bool
	// entry marks an element of v..Membre, whose Nom and Valeur are
	// also read as Name and Value (dynRead).
	entry bool

	def    Value // the value of a missing key, when hasDef
	hasDef bool

	// texts is nil while every key is a chaîne compared as it is; else
	// texts[i] is the text Keys[i] (groups[i] with Dup) is found by.
	texts  []string
	groups [][]int32
	slots  []uint64
	seed   maphash.Seed
}

// assocSeed is the hash seed of associative arrays: random for each
// process (a script fed chosen keys cannot make every key collide), made
// on first use rather than at initialisation.
var (
	assocSeedOnce sync.Once
	assocSeedVal  maphash.Seed
)

func assocSeed() maphash.Seed {
	assocSeedOnce.Do(func() { assocSeedVal = maphash.MakeSeed() })
	return assocSeedVal
}

// NewAssoc makes an empty associative array.
func NewAssoc(elem *Type) *Assoc { return &Assoc{Elem: elem, seed: assocSeed()} }

// keyText returns the text k is found by: the text of its value, as the
// comparison options make it (cmpText).
func (a *Assoc) keyText(k Value) string {
	if k.k == KString && a.Cmp == 0 {
		return k.strRaw()
	}
	s := k.Text()
	if a.Cmp != 0 {
		s = cmpText(s, a.Cmp)
	}
	return s
}

// key converts k to the key type of the array, when it has one.
func (a *Assoc) key(k Value) Value {
	if a.KeyType != nil && k.k != a.KeyType.Kind {
		return Convert(k, a.KeyType)
	}
	return k
}

// fast reports whether a chaîne key is found by its own bytes (no
// option changes how keys compare or are stored).
func (a *Assoc) fast() bool { return a.Cmp == 0 && !a.Dup && a.KeyType == nil }

// textAt returns the text of key i.
func (a *Assoc) textAt(i int) string {
	if a.texts != nil {
		return a.texts[i]
	}
	return a.Keys[i].strRaw()
}

// hash returns the 32-bit hash of a key text.
func (a *Assoc) hash(s string) uint32 {
	if a.seed == (maphash.Seed{}) {
		a.seed = assocSeed() // an Assoc{} not made by NewAssoc
	}
	h := maphash.String(a.seed, s)
	return uint32(h ^ h>>32)
}

// hashBytes is hash for a text held in b: maphash gives bytes the hash
// of the string holding them.
func (a *Assoc) hashBytes(b []byte) uint32 {
	if a.seed == (maphash.Seed{}) {
		a.seed = assocSeed()
	}
	h := maphash.Bytes(a.seed, b)
	return uint32(h ^ h>>32)
}

// find returns the position of the key of text s (hash h) in Keys, or -1
// and the empty slot where it would go (-1 while the table is empty).
func (a *Assoc) find(s string, h uint32) (i, slot int) { return findText(a, s, h) }

// findBytes is find for a key text held in b (no string is made).
func (a *Assoc) findBytes(b []byte, h uint32) (i, slot int) { return findText(a, b, h) }

// findText is find and findBytes: one instance each, the comparison of a
// []byte converted in place by the compiler.
func findText[T string | []byte](a *Assoc, s T, h uint32) (i, slot int) {
	if len(a.slots) == 0 {
		return -1, -1
	}
	mask := len(a.slots) - 1
	for j := int(h) & mask; ; j = (j + 1) & mask {
		e := a.slots[j]
		if e == 0 {
			return -1, j
		}
		if uint32(e>>32) == h {
			if k := int(uint32(e)) - 1; a.textAt(k) == string(s) {
				return k, j
			}
		}
	}
}

// add appends key k (text s, hash h) with the element default and
// returns a pointer to its value; slot is the empty slot find returned.
func (a *Assoc) add(k Value, s string, h uint32, slot int) *Value {
	n := len(a.Keys)
	if (n+1)*4 > len(a.slots)*3 {
		a.grow()
		slot = a.free(h)
	}
	a.slots[slot] = uint64(h)<<32 | uint64(n+1)
	if a.texts == nil && (k.k != KString || a.Cmp != 0) {
		a.texts = make([]string, n, cap(a.Keys))
		for i := range a.texts {
			a.texts[i] = a.Keys[i].strRaw()
		}
	}
	if a.texts != nil {
		a.texts = append(a.texts, s)
	}
	// Large arrays double their capacity (as Array.room does): append's
	// 1.25 would leave twice the garbage while 1e5 keys are added.
	if n == cap(a.Keys) && n >= doubleFrom {
		a.Keys = slices.Grow(a.Keys, n)
	}
	if n == cap(a.Vals) && n >= doubleFrom {
		a.Vals = slices.Grow(a.Vals, n)
	}
	a.Keys = append(a.Keys, k)
	a.Vals = append(a.Vals, a.missing(nil))
	return &a.Vals[n]
}

// free returns the first empty slot on the probe sequence of hash h.
func (a *Assoc) free(h uint32) int {
	mask := len(a.slots) - 1
	j := int(h) & mask
	for a.slots[j] != 0 {
		j = (j + 1) & mask
	}
	return j
}

// grow doubles the table (8 slots at first) and puts every slot back
// from its stored hash.
func (a *Assoc) grow() {
	old := a.slots
	a.slots = make([]uint64, max(8, 2*len(old)))
	for _, e := range old {
		if e != 0 {
			a.slots[a.free(uint32(e>>32))] = e
		}
	}
}

// reindex rebuilds the table for the keys as they are now: each key's
// text is hashed again.
func (a *Assoc) reindex() {
	if a.Dup {
		a.regroup()
		return
	}
	n := 8
	for n*3 < len(a.Keys)*4 {
		n *= 2
	}
	a.slots = make([]uint64, n)
	for i := range a.Keys {
		h := a.hash(a.textAt(i))
		a.slots[a.free(h)] = uint64(h)<<32 | uint64(i+1)
	}
}

// addDup appends an element under key k (text s, hash h) to an array
// with duplicates, in the group of its key (made when it is the key's
// first element), and returns a pointer to its value.
func (a *Assoc) addDup(k Value, s string, h uint32) *Value {
	g, slot := a.find(s, h)
	if g < 0 {
		g = len(a.groups)
		if (g+1)*4 > len(a.slots)*3 {
			a.grow()
			slot = a.free(h)
		}
		a.slots[slot] = uint64(h)<<32 | uint64(g+1)
		a.texts = append(a.texts, s)
		a.groups = append(a.groups, nil)
	}
	n := len(a.Keys)
	a.groups[g] = append(a.groups[g], int32(n))
	a.Keys = append(a.Keys, k)
	a.Vals = append(a.Vals, a.missing(nil))
	return &a.Vals[n]
}

// regroup rebuilds the groups and the table of an array with duplicates
// from Keys and Vals, as they are now.
func (a *Assoc) regroup() {
	keys, vals := a.Keys, a.Vals
	a.Keys, a.Vals = make([]Value, 0, len(keys)), make([]Value, 0, len(vals))
	a.texts, a.groups, a.slots = nil, nil, nil
	for i, k := range keys {
		s := a.keyText(k)
		p := a.addDup(k, s, a.hash(s))
		*p = vals[i]
	}
}

// Get returns the value stored under k (the first one, with duplicates).
func (a *Assoc) Get(k Value) (Value, bool) {
	s := a.keyText(a.key(k))
	i, _ := a.find(s, a.hash(s))
	if i < 0 {
		return Null, false
	}
	if a.Dup {
		i = int(a.groups[i][0])
	}
	return a.Vals[i], true
}

// Count returns the number of elements stored under k: 0 or 1 without
// duplicates.
func (a *Assoc) Count(k Value) int {
	switch i := a.slotOf(k); {
	case i < 0:
		return 0
	case a.Dup:
		return len(a.groups[i])
	}
	return 1
}

// slotOf returns the index slot of key k, -1 when k is absent.
func (a *Assoc) slotOf(k Value) int {
	s := a.keyText(a.key(k))
	i, _ := a.find(s, a.hash(s))
	return i
}

// At returns a pointer to the n-th element (from 1) stored under k, or
// nil when there is none.
func (a *Assoc) At(k Value, n int64) *Value {
	i := a.slotOf(k)
	if i >= 0 && a.Dup {
		if g := a.groups[i]; n >= 1 && n <= int64(len(g)) {
			return &a.Vals[g[n-1]]
		}
	} else if i >= 0 && n == 1 {
		return &a.Vals[i]
	}
	return nil
}

// Slot returns a pointer to the value stored under k (the first one,
// with duplicates), adding it with the element default when absent.
func (a *Assoc) Slot(k Value) *Value {
	k = a.key(k)
	s := a.keyText(k)
	h := a.hash(s)
	i, slot := a.find(s, h)
	if i >= 0 {
		if a.Dup {
			return &a.Vals[a.groups[i][0]]
		}
		return &a.Vals[i]
	}
	if a.Dup {
		return a.addDup(k, s, h)
	}
	return a.add(k, s, h, slot)
}

// Add returns a pointer to the element `A[k] = v` assigns: with
// duplicates, a new element under k even when k has some (doc 1514058);
// else Slot's.
func (a *Assoc) Add(k Value) *Value {
	if !a.Dup {
		return a.Slot(k)
	}
	k = a.key(k)
	s := a.keyText(k)
	return a.addDup(k, s, a.hash(s))
}

// Len returns the number of elements.
func (a *Assoc) Len() int { return len(a.Keys) }

func (a *Assoc) clone() *Assoc {
	c := *a
	c.Keys = append([]Value(nil), a.Keys...)
	c.Vals = make([]Value, len(a.Vals))
	copyValues(c.Vals, a.Vals)
	if a.texts != nil {
		c.texts = append([]string(nil), a.texts...)
	}
	if a.groups != nil {
		c.groups = make([][]int32, len(a.groups))
		for i, g := range a.groups {
			c.groups[i] = append([]int32(nil), g...)
		}
	}
	c.slots = append([]uint64(nil), a.slots...)
	return &c
}

// Delete removes the element stored under k (every element of k, with
// duplicates); it reports whether it existed.
func (a *Assoc) Delete(k Value) bool {
	s := a.keyText(a.key(k))
	i, slot := a.find(s, a.hash(s))
	if i < 0 {
		return false
	}
	if a.Dup {
		// Rare enough to rebuild: the positions of the elements after
		// each removed one all move.
		drop := make(map[int32]bool, len(a.groups[i]))
		for _, p := range a.groups[i] {
			drop[p] = true
		}
		w := 0
		for r := range a.Keys {
			if !drop[int32(r)] {
				a.Keys[w], a.Vals[w] = a.Keys[r], a.Vals[r]
				w++
			}
		}
		clear(a.Keys[w:])
		clear(a.Vals[w:])
		a.Keys, a.Vals = a.Keys[:w], a.Vals[:w]
		a.regroup()
		return true
	}
	a.Keys = append(a.Keys[:i], a.Keys[i+1:]...)
	a.Vals = append(a.Vals[:i], a.Vals[i+1:]...)
	if a.texts != nil {
		a.texts = append(a.texts[:i], a.texts[i+1:]...)
	}
	// The element's slot is emptied by moving back the slots after it
	// that it kept from their first choice (linear probing has no
	// tombstones); the keys after i moved down by one.
	mask := len(a.slots) - 1
	for j := (slot + 1) & mask; a.slots[j] != 0; j = (j + 1) & mask {
		home := int(uint32(a.slots[j]>>32)) & mask
		// The slot at j may fill the hole when its first choice is not
		// cyclically in (slot, j].
		if (j > slot && (home <= slot || home > j)) || (j < slot && home <= slot && home > j) {
			a.slots[slot] = a.slots[j]
			slot = j
		}
	}
	a.slots[slot] = 0
	for j, e := range a.slots {
		if e != 0 && int(uint32(e)) > i+1 {
			a.slots[j] = e - 1
		}
	}
	return true
}

// Has reports whether an element is stored under k.
func (a *Assoc) Has(k Value) bool {
	s := a.keyText(a.key(k))
	i, _ := a.find(s, a.hash(s))
	return i >= 0
}

// Clear removes every element.
func (a *Assoc) Clear() {
	a.Keys, a.Vals, a.texts, a.groups, a.slots = nil, nil, nil, nil, nil
}

// Reorder puts the elements in the order given by perm (perm[i] is the old
// position of the new i-th element); used by TableauTrie.
func (a *Assoc) Reorder(perm []int) {
	keys := make([]Value, len(perm))
	vals := make([]Value, len(perm))
	var texts []string
	if a.texts != nil && !a.Dup {
		texts = make([]string, len(perm))
	}
	for i, p := range perm {
		keys[i], vals[i] = a.Keys[p], a.Vals[p]
		if texts != nil {
			texts[i] = a.texts[p]
		}
	}
	a.Keys, a.Vals = keys, vals
	if !a.Dup {
		a.texts = texts
	}
	a.reindex()
}

// concatKey writes the text of the subscript x + y into buf when x is a
// short chaîne and y an entier ("k" + i, the usual computed key), as the
// concatenation would print it; ok is false for any other operands.
func concatKey(buf []byte, x, y Value) (b []byte, ok bool) {
	if x.k != KString || y.k != KInt || x.n >= 40 {
		return nil, false
	}
	return strconv.AppendInt(append(buf, x.strRaw()...), y.n, 10), true
}

// getBytes is Get for a chaîne key whose text is in b.
func (a *Assoc) getBytes(b []byte) (Value, bool) {
	if !a.fast() {
		return a.getBytesSlow(b)
	}
	if i, _ := a.findBytes(b, a.hashBytes(b)); i >= 0 {
		return a.Vals[i], true
	}
	return Null, false
}

// slotBytes is Slot for a chaîne key whose text is in b: the key's
// string is made only when it is added. added tells the caller to charge
// the new entry to the memory limit.
func (a *Assoc) slotBytes(b []byte) (p *Value, added bool) {
	if !a.fast() {
		return a.slotBytesSlow(b)
	}
	h := a.hashBytes(b)
	i, slot := a.findBytes(b, h)
	if i >= 0 {
		return &a.Vals[i], false
	}
	k := Str(string(b))
	return a.add(k, k.strRaw(), h, slot), true
}

// getBytesSlow is getBytes for an array with options (kept out of the
// fast path: its buffer would be zeroed on every access).
func (a *Assoc) getBytesSlow(b []byte) (Value, bool) {
	var ub [64]byte
	if t, ok := a.upperASCII(&ub, b); ok {
		if i, _ := a.findBytes(t, a.hashBytes(t)); i >= 0 {
			return a.Vals[i], true
		}
		return Null, false
	}
	return a.Get(Str(string(b)))
}

// slotBytesSlow is slotBytes for an array with options.
func (a *Assoc) slotBytesSlow(b []byte) (p *Value, added bool) {
	var ub [64]byte
	if t, ok := a.upperASCII(&ub, b); ok {
		h := a.hashBytes(t)
		i, slot := a.findBytes(t, h)
		if i >= 0 {
			return &a.Vals[i], false
		}
		return a.add(Str(string(b)), string(t), h, slot), true
	}
	n := len(a.Keys)
	p = a.Slot(Str(string(b)))
	return p, len(a.Keys) > n
}

// upperASCII writes into buf the text key b is found by in an array
// that ignores case alone (ccSansCasse: upper case), when b is ASCII and
// fits: the key is then looked up without making a string. ok is false
// for any other array or key.
func (a *Assoc) upperASCII(buf *[64]byte, b []byte) (t []byte, ok bool) {
	if a.Cmp != CmpNoCase || a.Dup || a.KeyType != nil || len(b) > len(buf) {
		return nil, false
	}
	for i, c := range b {
		if c >= utf8.RuneSelf {
			return nil, false
		}
		if 'a' <= c && c <= 'z' {
			c -= 'a' - 'A'
		}
		buf[i] = c
	}
	return buf[:len(b)], true
}

// concatParts are the compiled operands of a subscript x + y of an
// associative array (e is the expression, pos the position of its +):
// when x is a short chaîne and y an entier, the key's text is written
// into a buffer on the stack, so that reading an element or writing an
// existing one makes no string; any other operands give the value of
// x + y (addValues) as the general subscript does.
type concatParts struct {
	e    *parser.Binary
	l, r exprFn
	pos  Position
}

// key returns the value of x + y.
func (ck *concatParts) key(f *frame) Value {
	x := ck.l(f)
	xb, xcap := bufOf(x)
	return addValues(f, ck.pos, x, xb, xcap, ck.r(f))
}

// slot returns a pointer to the element of a under the key x + y,
// adding it (charged to the memory limit at pos) when absent.
func (ck *concatParts) slot(f *frame, a *Assoc, pos Position) *Value {
	if a.Dup {
		return addCharged(f, a, ck.key(f), pos)
	}
	x := ck.l(f)
	xb, xcap := bufOf(x)
	y := ck.r(f)
	var buf [64]byte
	if b, ok := concatKey(buf[:0], x, y); ok {
		p, added := a.slotBytes(b)
		if added {
			f.run.charge(pos, assocEntrySize+int64(len(b)))
		}
		return p
	}
	n := a.Len()
	p := a.Slot(addValues(f, ck.pos, x, xb, xcap, y))
	if a.Len() > n {
		f.run.charge(pos, assocEntrySize)
	}
	return p
}

// get returns the element of a under the key x + y, or the element
// default (nothing is added).
func (ck *concatParts) get(f *frame, a *Assoc) Value {
	x := ck.l(f)
	xb, xcap := bufOf(x)
	y := ck.r(f)
	var buf [64]byte
	var v Value
	ok := false
	if b, fast := concatKey(buf[:0], x, y); fast {
		v, ok = a.getBytes(b)
	} else {
		v, ok = a.Get(addValues(f, ck.pos, x, xb, xcap, y))
	}
	if ok {
		return v
	}
	return a.missing(f.run)
}
