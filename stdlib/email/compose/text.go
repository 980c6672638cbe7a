package compose

import (
	"html"
	"regexp"
	"strings"
	"sync"

	"github.com/wlangage/wl/stdlib/internal/mimetype"
)

// TypeByName returns the MIME type of a file name from its extension
// (the one fixed table of the stdlib, the same on every machine),
// application/octet-stream when unknown. A message attached as a file
// (.eml) is sent as bytes too: a message/rfc822 part may not be base64
// encoded (RFC 2046 §5.2.1), and attachments always are.
func TypeByName(name string) string {
	if t, ok := mimetype.ByName(name); ok && t != "message/rfc822" {
		return t
	}
	return mimetype.Binary
}

// htmlRegexps are the expressions of HTMLToText, compiled together on
// first use.
type htmlRegexps struct{ drop, brk, item, tag, spaces, blank *regexp.Regexp }

var htmlRes = sync.OnceValue(func() *htmlRegexps {
	return &htmlRegexps{
		drop:   regexp.MustCompile(`(?is)<(script|style|head)\b.*?</(script|style|head)\s*>`),
		brk:    regexp.MustCompile(`(?i)<br\s*/?>|</(p|div|tr|h[1-6]|table|ul|ol|blockquote|pre)\s*>`),
		item:   regexp.MustCompile(`(?i)<li\b[^>]*>`),
		tag:    regexp.MustCompile(`(?s)<[^>]*>`),
		spaces: regexp.MustCompile(`[ \t\f\v]+`),
		blank:  regexp.MustCompile(`\n{3,}`),
	}
})

// HTMLToText is the plain-text alternative of an HTML body when the script
// gave none: tags removed, line breaks kept, entities decoded.
func HTMLToText(h string) string {
	re := htmlRes()
	s := re.drop.ReplaceAllString(h, "")
	s = strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ").Replace(s)
	s = re.item.ReplaceAllString(s, "\n- ")
	s = re.brk.ReplaceAllString(s, "\n")
	s = re.tag.ReplaceAllString(s, "")
	s = html.UnescapeString(s)
	s = strings.ReplaceAll(s, "\u00a0", " ")
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimSpace(re.spaces.ReplaceAllString(l, " "))
	}
	s = strings.Join(lines, "\n")
	s = re.blank.ReplaceAllString(s, "\n\n")
	s = strings.ReplaceAll(s, "\n\n- ", "\n- ")
	return strings.TrimSpace(s) + "\n"
}
