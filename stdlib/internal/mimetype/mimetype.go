// Package mimetype maps file extensions to MIME types for the families
// that need one (fContentType in files; the e-mail family may use it for
// attachments). The table is fixed, not read from the system's
// mime.types, so that a script gives the same result on every machine.
package mimetype

import (
	"path"
	"strings"
)

// The typeMime* constants of fContentType (1000024732): their values are
// the standard MIME types of the formats they name.
const (
	ApplicationXML = "application/xml"
	Binary         = "application/octet-stream"
	DOC            = "application/msword"
	DOCX           = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
	GIF            = "image/gif"
	HTML           = "text/html"
	JPEG           = "image/jpeg"
	JSON           = "application/json"
	PDF            = "application/pdf"
	PNG            = "image/png"
	SOAP           = "application/soap+xml"
	Text           = "text/plain"
	TextXML        = "text/xml"
	XLS            = "application/vnd.ms-excel"
	XLSX           = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
	ZIP            = "application/zip"
)

// byExt is looked up with the lower-case extension, dot included.
var byExt = map[string]string{
	".txt": Text, ".csv": "text/csv", ".htm": HTML, ".html": HTML, ".css": "text/css",
	".xml": ApplicationXML, ".json": JSON, ".ics": "text/calendar", ".vcf": "text/vcard",
	".md": "text/markdown", ".js": "text/javascript", ".rtf": "application/rtf",
	".pdf": PDF, ".zip": ZIP, ".gz": "application/gzip", ".7z": "application/x-7z-compressed",
	".png": PNG, ".jpg": JPEG, ".jpeg": JPEG, ".gif": GIF, ".bmp": "image/bmp",
	".svg": "image/svg+xml", ".webp": "image/webp", ".tif": "image/tiff", ".tiff": "image/tiff",
	".ico": "image/vnd.microsoft.icon",
	".mp3": "audio/mpeg", ".wav": "audio/wav", ".ogg": "audio/ogg",
	".mp4": "video/mp4", ".mpeg": "video/mpeg", ".mpg": "video/mpeg", ".avi": "video/x-msvideo",
	".doc": DOC, ".docx": DOCX, ".xls": XLS, ".xlsx": XLSX,
	".ppt":  "application/vnd.ms-powerpoint",
	".pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
	".odt":  "application/vnd.oasis.opendocument.text",
	".ods":  "application/vnd.oasis.opendocument.spreadsheet",
	".odp":  "application/vnd.oasis.opendocument.presentation",
	".eml":  "message/rfc822",
}

// ByName returns the MIME type of a file name (a path with / or \
// separators) from its extension, and false when the extension is
// unknown.
func ByName(name string) (string, bool) {
	ext := strings.ToLower(path.Ext(strings.ReplaceAll(name, "\\", "/")))
	t, ok := byExt[ext]
	return t, ok
}
