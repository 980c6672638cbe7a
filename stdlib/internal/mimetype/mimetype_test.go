package mimetype

import "testing"

func TestByName(t *testing.T) {
	for _, c := range []struct{ name, want string }{
		{"image.png", PNG}, {"video.mpeg", "video/mpeg"}, {"fichier.pdf", PDF},
		{`C:\Docs\Rapport.DOCX`, DOCX}, {"/tmp/a.b/c", ""}, {"sans", ""}, {"dir/", ""},
	} {
		if got, _ := ByName(c.name); got != c.want {
			t.Errorf("ByName(%q) = %q, want %q", c.name, got, c.want)
		}
	}
}
