package tests

import (
	"strings"
	"testing"
)

// TestMaskMessage checks the masking of the volatile parts of a message
// before it is compared with a NAME.mail file.
func TestMaskMessage(t *testing.T) {
	in := strings.Join([]string{
		"Date: Mon, 15 Jun 2025",
		"\t14:30:45 +0200",
		"Message-ID: <1234.5678@wl>",
		"Subject: Essai",
		"Content-Type: multipart/mixed;",
		` boundary="b1_abc"`,
		"",
		"--b1_abc",
		`Content-Type: multipart/alternative; boundary=b2_xyz`,
		"",
		"--b2_xyz",
		"Content-Type: text/plain",
		"",
		"Date: not a header here",
		"--b2_xyz--",
		"--b1_abc",
		"Content-Type: message/rfc822",
		"",
		"Date: Tue, 1 Jan 2030",
		"  00:00:00 +0000",
		"X-Autre: garde",
		"",
		"corps",
		"--b1_abc--",
		"",
	}, "\r\n")
	want := strings.Join([]string{
		"Date: <DATE>",
		"Message-ID: <MESSAGE-ID>",
		"Subject: Essai",
		"Content-Type: multipart/mixed;",
		` boundary="BOUNDARY-1"`,
		"",
		"--BOUNDARY-1",
		`Content-Type: multipart/alternative; boundary=BOUNDARY-2`,
		"",
		"--BOUNDARY-2",
		"Content-Type: text/plain",
		"",
		"Date: not a header here",
		"--BOUNDARY-2--",
		"--BOUNDARY-1",
		"Content-Type: message/rfc822",
		"",
		"Date: Tue, 1 Jan 2030",
		"  00:00:00 +0000",
		"X-Autre: garde",
		"",
		"corps",
		"--BOUNDARY-1--",
		"",
	}, "\n")
	if got := maskMessage([]byte(in)); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}
