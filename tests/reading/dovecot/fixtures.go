package dovecot

import (
	"encoding/base64"
	"strings"
)

// AttachmentName is the accented name of the attachment of Fixtures()[1];
// AttachmentData its bytes (binary, with every byte value).
const AttachmentName = "résumé été.bin"

// AttachmentData returns the attachment's bytes.
func AttachmentData() []byte {
	b := make([]byte, 700)
	for i := range b {
		b[i] = byte(i * 7)
	}
	return b
}

func crlf(s string) []byte { return []byte(strings.ReplaceAll(s, "\n", "\r\n")) }

// Fixtures returns the three messages of the interop acceptance: plain
// text; HTML with an attachment whose name is accented (RFC 2231);
// an ISO-8859-1 quoted-printable subject (RFC 2047) and body.
func Fixtures() [][]byte {
	att := base64.StdEncoding.EncodeToString(AttachmentData())
	var wrapped strings.Builder
	for len(att) > 76 {
		wrapped.WriteString(att[:76] + "\n")
		att = att[76:]
	}
	wrapped.WriteString(att + "\n")
	return [][]byte{
		crlf(`From: Alice Martin <alice@example.org>
To: bob@example.org
Subject: Premier message
Date: Mon, 02 Jun 2025 10:00:00 +0200
Message-ID: <un@example.org>
Content-Type: text/plain; charset=utf-8

Bonjour Bob,
ceci est le premier message.
.ligne qui commence par un point
`),
		crlf(`From: "Zoé Durand" <zoe@example.org>
To: bob@example.org, carol@example.org
Cc: dave@example.org
Subject: =?UTF-8?Q?Pi=C3=A8ce_jointe?=
Date: Tue, 03 Jun 2025 11:30:00 +0000
Message-ID: <deux@example.org>
X-Priority: 1
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="b1"

--b1
Content-Type: multipart/alternative; boundary="b2"

--b2
Content-Type: text/plain; charset=utf-8

Voir la pièce jointe.
--b2
Content-Type: text/html; charset=utf-8

<p>Voir la <b>pièce</b> jointe.</p>
--b2--
--b1
Content-Type: application/octet-stream
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename*=UTF-8''r%C3%A9sum%C3%A9%20%C3%A9t%C3%A9.bin

` + wrapped.String() + `--b1--
`),
		crlf(`From: =?ISO-8859-1?Q?Ren=E9?= <rene@example.org>
To: bob@example.org
Subject: =?ISO-8859-1?Q?R=E9union_d'=E9t=E9?=
Date: Wed, 04 Jun 2025 08:15:00 +0200
Message-ID: <trois@example.org>
MIME-Version: 1.0
Content-Type: text/plain; charset=ISO-8859-1
Content-Transfer-Encoding: quoted-printable

La r=E9union aura lieu =E0 l'=E9t=E9.
`),
	}
}
