package runtime

import (
	"bytes"
	"context"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// assocModel is the plain reference an Assoc is checked against: keys in
// insertion order, found by a linear search.
type assocModel struct {
	keys   []string
	vals   []int64
	noCase bool
}

func (m *assocModel) text(k string) string {
	if m.noCase {
		return strings.ToUpper(k)
	}
	return k
}

func (m *assocModel) find(k string) int {
	for i, x := range m.keys {
		if m.text(x) == m.text(k) {
			return i
		}
	}
	return -1
}

// checkAssoc compares a with the model: order, values, and every key
// found (and a key never added not found).
func checkAssoc(t *testing.T, step int, a *Assoc, m *assocModel) {
	t.Helper()
	if a.Len() != len(m.keys) {
		t.Fatalf("step %d: Len = %d, want %d", step, a.Len(), len(m.keys))
	}
	for i, k := range m.keys {
		if got := a.Keys[i].Text(); got != k {
			t.Fatalf("step %d: key %d = %q, want %q", step, i, got, k)
		}
		v, ok := a.Get(Str(k))
		if !ok || v.ToInt() != m.vals[i] || a.Vals[i].ToInt() != m.vals[i] {
			t.Fatalf("step %d: Get(%q) = %v, %v; want %d", step, k, v, ok, m.vals[i])
		}
	}
	if _, ok := a.Get(Str("absent")); ok {
		t.Fatalf("step %d: an absent key was found", step)
	}
}

// TestAssocRandom runs random additions, updates, deletions, reorders,
// clears and copies on associative arrays (case-sensitive or not, keys
// that are chaînes or entiers) and checks each against the model.
func TestAssocRandom(t *testing.T) {
	for _, noCase := range []bool{false, true} {
		rng := rand.New(rand.NewPCG(1, 2))
		a := NewAssoc(TypeInt64)
		if noCase {
			a.Cmp = CmpNoCase
		}
		m := &assocModel{noCase: noCase}
		for step := range 20000 {
			n := rng.IntN(300)
			var key Value
			switch rng.IntN(3) {
			case 0:
				key = Int(int64(n))
			case 1:
				key = Str("K" + strconv.Itoa(n))
			default:
				key = Str("k" + strconv.Itoa(n))
			}
			k := key.Text()
			switch op := rng.IntN(100); {
			case op < 60:
				v := int64(rng.IntN(1000))
				*a.Slot(key) = Int(v)
				if i := m.find(k); i >= 0 {
					m.vals[i] = v
				} else {
					m.keys, m.vals = append(m.keys, k), append(m.vals, v)
				}
			case op < 90:
				if got, want := a.Delete(key), m.find(k) >= 0; got != want {
					t.Fatalf("step %d: Delete(%q) = %v", step, k, got)
				}
				if i := m.find(k); i >= 0 {
					m.keys, m.vals = slices.Delete(m.keys, i, i+1), slices.Delete(m.vals, i, i+1)
				}
			case op < 95:
				perm := rng.Perm(len(m.keys))
				a.Reorder(perm)
				keys, vals := make([]string, len(perm)), make([]int64, len(perm))
				for i, p := range perm {
					keys[i], vals[i] = m.keys[p], m.vals[p]
				}
				m.keys, m.vals = keys, vals
			case op < 99:
				c := a.clone()
				*a.Slot(Str("absent")) = Int(1)
				a.Delete(Str("absent"))
				a = c
			default:
				if rng.IntN(10) == 0 {
					a.Clear()
					m.keys, m.vals = nil, nil
				}
			}
			checkAssoc(t, step, a, m)
		}
	}
}

// TestAssocZero checks that an Assoc not made by NewAssoc works.
func TestAssocZero(t *testing.T) {
	var a Assoc
	*a.Slot(Str("x")) = Int(1)
	if v, ok := a.Get(Str("x")); !ok || v.ToInt() != 1 {
		t.Fatalf("Get = %v, %v", v, ok)
	}
}

// TestAssocBytes checks that a key looked up from its bytes is the key
// of the same text stored as a chaîne, and the other way round.
func TestAssocBytes(t *testing.T) {
	a := NewAssoc(TypeInt64)
	for i := range 1000 {
		b, ok := concatKey(nil, Str("k"), Int(int64(i)))
		if !ok {
			t.Fatal("concatKey refused a chaîne and an entier")
		}
		if a.hashBytes(b) != a.hash(string(b)) {
			t.Fatalf("hash of %q differs between bytes and string", b)
		}
		p, added := a.slotBytes(b)
		if !added {
			t.Fatalf("%q not added", b)
		}
		*p = Int(int64(i))
	}
	for i := range 1000 {
		k := "k" + strconv.Itoa(i)
		if v, ok := a.Get(Str(k)); !ok || v.ToInt() != int64(i) {
			t.Fatalf("Get(%q) = %v, %v", k, v, ok)
		}
		if v, ok := a.getBytes([]byte(k)); !ok || v.ToInt() != int64(i) {
			t.Fatalf("getBytes(%q) = %v, %v", k, v, ok)
		}
		if _, added := a.slotBytes([]byte(k)); added {
			t.Fatalf("%q added twice", k)
		}
	}
	if _, ok := concatKey(nil, Int(1), Int(2)); ok {
		t.Fatal("concatKey accepted two entiers")
	}
	if _, ok := concatKey(nil, Str(strings.Repeat("x", 50)), Int(2)); ok {
		t.Fatal("concatKey accepted a long chaîne")
	}
}

// TestAssocComputedKeys runs the "k" + i subscript (read and written
// without building the key when it exists) beside other subscripts of
// the same texts, case-sensitive, in order.
func TestAssocComputedKeys(t *testing.T) {
	src := `a est un tableau associatif d'entiers
POUR i = 1 _À_ 5
	a["k" + i] = i * 10
FIN
a["k" + 3] += 1
a["k3"] += 1
Trace(a["k" + 3], a["K3"], a["k" + 9], a.Occurrence)
n est un entier = 2
c est une chaîne = "k"
a[c + n] = 7
a["k" + 1.5] = 8
a[1 + 1] = 9
POUR TOUT v, k DE a
	Trace(k, v)
FIN
`
	var out bytes.Buffer
	p, err := testEngine(&out).Compile("t.wl", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	// A subscript passed to a built-in that reads no place (Trace) is
	// read as an expression: the missing keys K3 and k9 are not added
	// (Func.Places).
	want := "32 0 0 5\nk1 10\nk2 7\nk3 32\nk4 40\nk5 50\nk1.5 8\n2 9\n"
	if out.String() != want {
		t.Errorf("printed\n%s\nwant\n%s", out.String(), want)
	}
}

// BenchmarkAssoc is the peer kit's assoc workload: 1e5 keys "k" + i
// written, then read back and summed, per iteration.
func BenchmarkAssoc(b *testing.B) {
	src := "Trace(principal())\n\nPROCÉDURE principal()\na est un tableau associatif d'entiers\nPOUR i = 1 _À_ 100000\n\ta[\"k\" + i] = i\nFIN\ns est un entier sur 8 octets = 0\nPOUR i = 1 _À_ 100000\n\ts += a[\"k\" + i]\nFIN\nRENVOYER s\n"
	benchScript(b, "assoc.wl", src, "5000050000\n")
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/2e5, "ns/access")
}

// TestAssocDupRandom runs random additions, deletions, reorders, copies
// and clears on associative arrays with duplicates (ignoring case or
// not) and checks each against a plain list: order, the count of each
// key and its n-th element.
func TestAssocDupRandom(t *testing.T) {
	for _, cmp := range []int{0, CmpNoCase} {
		rng := rand.New(rand.NewPCG(3, 4))
		a := NewAssoc(TypeInt64)
		a.Dup, a.Cmp = true, cmp
		var keys []string
		var vals []int64
		text := func(k string) string {
			if cmp != 0 {
				return strings.ToUpper(k)
			}
			return k
		}
		for step := range 5000 {
			k := []string{"a", "A", "b", "k" + strconv.Itoa(rng.IntN(40))}[rng.IntN(4)]
			switch op := rng.IntN(100); {
			case op < 70:
				v := int64(rng.IntN(1000))
				*a.Add(Str(k)) = Int(v)
				keys, vals = append(keys, k), append(vals, v)
			case op < 85:
				i := len(keys) - 1
				if i >= 0 {
					// A[k, n] = v changes the n-th element of k.
					n := int64(0)
					for j := 0; j <= i; j++ {
						if text(keys[j]) == text(keys[i]) {
							n++
						}
					}
					*a.At(Str(keys[i]), n) = Int(7)
					vals[i] = 7
				}
			case op < 92:
				found := false
				w := 0
				for j := range keys {
					if text(keys[j]) != text(k) {
						keys[w], vals[w] = keys[j], vals[j]
						w++
					} else {
						found = true
					}
				}
				keys, vals = keys[:w], vals[:w]
				if got := a.Delete(Str(k)); got != found {
					t.Fatalf("step %d: Delete(%q) = %v, want %v", step, k, got, found)
				}
			case op < 96:
				perm := rng.Perm(len(keys))
				a.Reorder(perm)
				nk, nv := make([]string, len(perm)), make([]int64, len(perm))
				for i, p := range perm {
					nk[i], nv[i] = keys[p], vals[p]
				}
				keys, vals = nk, nv
			case op < 99:
				c := a.clone()
				*a.Add(Str("z")) = Int(1)
				a = c
			default:
				a.Clear()
				keys, vals = nil, nil
			}
			if a.Len() != len(keys) {
				t.Fatalf("step %d: Len = %d, want %d", step, a.Len(), len(keys))
			}
			seen := map[string]int64{}
			for i, k := range keys {
				if got := a.Keys[i].Text(); got != k || a.Vals[i].ToInt() != vals[i] {
					t.Fatalf("step %d: element %d = %q %v, want %q %d", step, i, got, a.Vals[i], k, vals[i])
				}
				seen[text(k)]++
				if p := a.At(Str(k), seen[text(k)]); p == nil || p.ToInt() != vals[i] {
					t.Fatalf("step %d: At(%q, %d) = %v, want %d", step, k, seen[text(k)], p, vals[i])
				}
			}
			for k, n := range seen {
				if got := a.Count(Str(k)); got != int(n) {
					t.Fatalf("step %d: Count(%q) = %d, want %d", step, k, got, n)
				}
				if a.At(Str(k), n+1) != nil || a.At(Str(k), 0) != nil {
					t.Fatalf("step %d: At(%q) out of 1..%d found an element", step, k, n)
				}
			}
			if a.Count(Str("absent")) != 0 || a.Has(Str("absent")) {
				t.Fatalf("step %d: an absent key was found", step)
			}
		}
	}
}

// TestCmpText checks the key texts of the comparison options (doc
// 1514058): keys equal under an option, and keys it keeps apart.
func TestCmpText(t *testing.T) {
	same := []struct {
		cmp  int
		a, b string
	}{
		{CmpNoCase, "ABC", "abc"},
		{CmpNoCase, "Été", "éTÉ"},
		{CmpNoAccent, "été", "ete"},
		{CmpNoAccent | CmpNoCase, "Élève", "eleve"},
		{CmpNoSpace, " a b\tc ", "abc"},
		{CmpNoPunctNSpace, "a, b; c!", "abc"},
		{CmpNoPunctNSpace, "l'été", "lété"},
	}
	for _, c := range same {
		if x, y := cmpText(c.a, c.cmp), cmpText(c.b, c.cmp); x != y {
			t.Errorf("cmp %#x: %q -> %q, %q -> %q, want equal", c.cmp, c.a, x, c.b, y)
		}
	}
	apart := []struct {
		cmp  int
		a, b string
	}{
		{CmpNoCase, "été", "ete"},
		{CmpNoAccent, "E", "e"},
		{CmpNoSpace, "a,b", "ab"},
		{0, "a", "A"},
	}
	for _, c := range apart {
		if x, y := cmpText(c.a, c.cmp), cmpText(c.b, c.cmp); x == y {
			t.Errorf("cmp %#x: %q and %q both -> %q, want different", c.cmp, c.a, c.b, x)
		}
	}
}

// BenchmarkAssocNoCase is BenchmarkAssoc on an array declared
// (ccSansCasse): keys folded to upper case on each access.
func BenchmarkAssocNoCase(b *testing.B) {
	src := "Trace(principal())\n\nPROCÉDURE principal()\na est un tableau associatif (ccSansCasse) d'entiers\nPOUR i = 1 _À_ 100000\n\ta[\"k\" + i] = i\nFIN\ns est un entier sur 8 octets = 0\nPOUR i = 1 _À_ 100000\n\ts += a[\"K\" + i]\nFIN\nRENVOYER s\n"
	benchScript(b, "assoc.wl", src, "5000050000\n")
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/2e5, "ns/access")
}

// BenchmarkAssocDup is BenchmarkAssoc on an array declared (AvecDoublon),
// two elements per key, read back as [clé, n].
func BenchmarkAssocDup(b *testing.B) {
	src := "Trace(principal())\n\nPROCÉDURE principal()\na est un tableau associatif (AvecDoublon) d'entiers\nPOUR i = 1 _À_ 50000\n\ta[\"k\" + i] = i\n\ta[\"k\" + i] = i\nFIN\ns est un entier sur 8 octets = 0\nPOUR i = 1 _À_ 50000\n\ts += a[\"k\" + i, 1] + a[\"k\" + i, 2]\nFIN\nRENVOYER s\n"
	benchScript(b, "assoc.wl", src, "2500050000\n")
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/2e5, "ns/access")
}

// TestAssocBytesNoCase checks the byte paths of an array that ignores
// case: a key added from its bytes keeps its spelling and is found in
// any case, from bytes or from a chaîne, ASCII or not.
func TestAssocBytesNoCase(t *testing.T) {
	a := NewAssoc(TypeInt64)
	a.Cmp = CmpNoCase
	for i, k := range []string{"k1", "Élan", strings.Repeat("x", 70)} {
		p, added := a.slotBytes([]byte(k))
		if !added {
			t.Fatalf("%q not added", k)
		}
		*p = Int(int64(i + 1))
		if _, added := a.slotBytes([]byte(strings.ToUpper(k))); added {
			t.Fatalf("%q added twice", strings.ToUpper(k))
		}
	}
	for i, k := range []string{"k1", "Élan", strings.Repeat("x", 70)} {
		if got := a.Keys[i].Text(); got != k {
			t.Errorf("key %d = %q, want %q", i, got, k)
		}
		for _, q := range []string{k, strings.ToUpper(k), strings.ToLower(k)} {
			if v, ok := a.getBytes([]byte(q)); !ok || v.ToInt() != int64(i+1) {
				t.Errorf("getBytes(%q) = %v, %v", q, v, ok)
			}
			if v, ok := a.Get(Str(q)); !ok || v.ToInt() != int64(i+1) {
				t.Errorf("Get(%q) = %v, %v", q, v, ok)
			}
		}
	}
	if _, ok := a.getBytes([]byte("k2")); ok || a.Len() != 3 {
		t.Errorf("an absent key was found, or Len = %d", a.Len())
	}
}

// TestAssocDeleteAt checks that DeleteAt removes one element, the others
// of its key staying (with duplicates), and that Like keeps the options.
func TestAssocDeleteAt(t *testing.T) {
	a := NewAssoc(TypeInt64)
	a.Dup, a.Cmp = true, CmpNoCase
	for i, k := range []string{"a", "b", "A", "a"} {
		*a.Add(Str(k)) = Int(int64(i))
	}
	if !a.DeleteAt(2) || a.DeleteAt(9) {
		t.Fatal("DeleteAt(2) failed or DeleteAt(9) succeeded")
	}
	if n := a.Count(Str("a")); n != 2 || a.At(Str("A"), 2).ToInt() != 3 || a.Len() != 3 {
		t.Fatalf("after DeleteAt: Count(a) = %d, Len = %d", n, a.Len())
	}
	l := a.Like(TypeInt64)
	*l.Add(Str("x")) = Int(1)
	*l.Add(Str("X")) = Int(2)
	if l.Count(Str("x")) != 2 || l.Len() != 2 {
		t.Fatalf("Like lost the options: Count = %d", l.Count(Str("x")))
	}
}
