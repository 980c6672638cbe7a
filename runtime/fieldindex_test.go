package runtime

import "testing"

// TestFieldIndex checks the scan of small structures against the map used
// by the others: folded names, aliases, a repeated name (last wins).
func TestFieldIndex(t *testing.T) {
	small := &StructType{Fields: []Field{{Name: "Été"}, {Name: "Y"}, {Name: "y"}}}
	aliased := &StructType{Fields: []Field{{Name: "Nom", Aliases: []string{"Name"}}, {Name: "Y"}}}
	for _, c := range []struct {
		st   *StructType
		key  string
		want int
	}{
		{small, "été", 0},
		{small, "y", 2},
		{small, "z", -1},
		{aliased, "name", 0},
		{aliased, "nom", 0},
		{aliased, "y", 1},
		{aliased, "x", -1},
	} {
		if got := c.st.FieldIndex(Fold(c.key)); got != c.want {
			t.Errorf("FieldIndex(%q) = %d, want %d", c.key, got, c.want)
		}
	}
	if small.names == nil || aliased.names != nil {
		t.Errorf("scan used for small=%v aliased=%v", small.names != nil, aliased.names != nil)
	}
}
