package compose

import (
	"html"
	"path"
	"regexp"
	"strings"
	"sync"
)

// types maps file extensions to MIME types. It is fixed (not read from
// the system's mime.types) so that a message is the same on every machine.
var types = map[string]string{
	".txt": "text/plain", ".csv": "text/csv", ".htm": "text/html", ".html": "text/html",
	".css": "text/css", ".xml": "application/xml", ".json": "application/json",
	".ics": "text/calendar", ".vcf": "text/vcard", ".md": "text/markdown",
	".pdf": "application/pdf", ".zip": "application/zip", ".gz": "application/gzip",
	".rtf": "application/rtf",
	".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".gif": "image/gif",
	".bmp": "image/bmp", ".svg": "image/svg+xml", ".webp": "image/webp", ".tif": "image/tiff",
	".tiff": "image/tiff", ".ico": "image/vnd.microsoft.icon",
	".mp3": "audio/mpeg", ".wav": "audio/wav", ".ogg": "audio/ogg", ".mp4": "video/mp4",
	".doc": "application/msword", ".xls": "application/vnd.ms-excel",
	".ppt":  "application/vnd.ms-powerpoint",
	".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
	".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
	".pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
	".odt":  "application/vnd.oasis.opendocument.text",
	".ods":  "application/vnd.oasis.opendocument.spreadsheet",
	".odp":  "application/vnd.oasis.opendocument.presentation",
}

// TypeByName returns the MIME type of a file name from its extension,
// application/octet-stream when unknown.
func TypeByName(name string) string {
	ext := strings.ToLower(path.Ext(strings.ReplaceAll(name, "\\", "/")))
	if t, ok := types[ext]; ok {
		return t
	}
	return "application/octet-stream"
}

var (
	reDrop = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`(?is)<(script|style|head)\b.*?</(script|style|head)\s*>`)
	})
	reBreak = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`(?i)<br\s*/?>|</(p|div|tr|h[1-6]|table|ul|ol|blockquote|pre)\s*>`)
	})
	reItem   = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`(?i)<li\b[^>]*>`) })
	reTag    = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`(?s)<[^>]*>`) })
	reSpaces = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`[ \t\f\v]+`) })
	reBlank  = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`\n{3,}`) })
)

// HTMLToText is the plain-text alternative of an HTML body when the script
// gave none: tags removed, line breaks kept, entities decoded.
func HTMLToText(h string) string {
	s := reDrop().ReplaceAllString(h, "")
	s = strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ").Replace(s)
	s = reItem().ReplaceAllString(s, "\n- ")
	s = reBreak().ReplaceAllString(s, "\n")
	s = reTag().ReplaceAllString(s, "")
	s = html.UnescapeString(s)
	s = strings.ReplaceAll(s, "\u00a0", " ")
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimSpace(reSpaces().ReplaceAllString(l, " "))
	}
	s = strings.Join(lines, "\n")
	s = reBlank().ReplaceAllString(s, "\n\n")
	s = strings.ReplaceAll(s, "\n\n- ", "\n- ")
	return strings.TrimSpace(s) + "\n"
}
