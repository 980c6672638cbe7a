package compose

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

func TestBuildCached(t *testing.T) {
	var c Cache
	date := time.Date(2025, 6, 15, 14, 30, 45, 0, time.UTC)
	m := &Message{From: "Anne <anne@example.com>", To: []string{"bob@example.com"}, Subject: "Été", Text: "Bonjour\r\n", Date: date}
	first, err := BuildCached(m, &c)
	if err != nil {
		t.Fatal(err)
	}
	second, err := BuildCached(m, &c)
	if err != nil {
		t.Fatal(err)
	}
	if first.MessageID == second.MessageID || !strings.HasSuffix(second.MessageID, "@example.com") {
		t.Fatalf("identifiers %q then %q: want two different ones at the sender's domain", first.MessageID, second.MessageID)
	}
	// Apart from the identifier, the reused message is the built one.
	if got, want := bytes.Replace(second.Data, []byte(second.MessageID), []byte(first.MessageID), 1), first.Data; !bytes.Equal(got, want) {
		t.Fatalf("reused message differs:\n%s\n---\n%s", got, want)
	}
	direct, _ := Build(&Message{From: m.From, To: m.To, Subject: m.Subject, Text: m.Text, Date: date, MessageID: second.MessageID})
	if !bytes.Equal(direct.Data, second.Data) {
		t.Fatalf("reused message differs from a fresh build:\n%s\n---\n%s", second.Data, direct.Data)
	}
	// A changed property builds again.
	m2 := *m
	m2.Subject = "Autre"
	third, _ := BuildCached(&m2, &c)
	if !bytes.Contains(third.Data, []byte("Subject: Autre")) {
		t.Fatalf("changed subject not rebuilt:\n%s", third.Data)
	}
	// A fixed Message-ID is never taken from the cache.
	m3 := *m
	m3.MessageID = "fixe@example.com"
	fixed, _ := BuildCached(&m3, &c)
	if fixed.MessageID != "fixe@example.com" {
		t.Fatalf("fixed identifier lost: %q", fixed.MessageID)
	}
}
