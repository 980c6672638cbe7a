package compose

import (
	"html"
	"path"
	"regexp"
	"strings"
	"sync"
)

// typeOfExt maps a file extension to its MIME type. The table is fixed
// (not read from the system's mime.types) so that a message is the same on
// every machine, and is a switch so that nothing is built at package
// initialisation.
func typeOfExt(ext string) (string, bool) {
	switch ext {
	case ".txt":
		return "text/plain", true
	case ".csv":
		return "text/csv", true
	case ".htm", ".html":
		return "text/html", true
	case ".css":
		return "text/css", true
	case ".xml":
		return "application/xml", true
	case ".json":
		return "application/json", true
	case ".ics":
		return "text/calendar", true
	case ".vcf":
		return "text/vcard", true
	case ".md":
		return "text/markdown", true
	case ".pdf":
		return "application/pdf", true
	case ".zip":
		return "application/zip", true
	case ".gz":
		return "application/gzip", true
	case ".rtf":
		return "application/rtf", true
	case ".png":
		return "image/png", true
	case ".jpg", ".jpeg":
		return "image/jpeg", true
	case ".gif":
		return "image/gif", true
	case ".bmp":
		return "image/bmp", true
	case ".svg":
		return "image/svg+xml", true
	case ".webp":
		return "image/webp", true
	case ".tif", ".tiff":
		return "image/tiff", true
	case ".ico":
		return "image/vnd.microsoft.icon", true
	case ".mp3":
		return "audio/mpeg", true
	case ".wav":
		return "audio/wav", true
	case ".ogg":
		return "audio/ogg", true
	case ".mp4":
		return "video/mp4", true
	case ".doc":
		return "application/msword", true
	case ".xls":
		return "application/vnd.ms-excel", true
	case ".ppt":
		return "application/vnd.ms-powerpoint", true
	case ".docx":
		return "application/vnd.openxmlformats-officedocument.wordprocessingml.document", true
	case ".xlsx":
		return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", true
	case ".pptx":
		return "application/vnd.openxmlformats-officedocument.presentationml.presentation", true
	case ".odt":
		return "application/vnd.oasis.opendocument.text", true
	case ".ods":
		return "application/vnd.oasis.opendocument.spreadsheet", true
	case ".odp":
		return "application/vnd.oasis.opendocument.presentation", true
	}
	return "", false
}

// TypeByName returns the MIME type of a file name from its extension,
// application/octet-stream when unknown.
func TypeByName(name string) string {
	ext := strings.ToLower(path.Ext(strings.ReplaceAll(name, "\\", "/")))
	if t, ok := typeOfExt(ext); ok {
		return t
	}
	return "application/octet-stream"
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
