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

// byExt maps a lower-case extension, dot included, to its type (a
// switch, not a map: nothing is built at package initialisation).
func byExt(ext string) (string, bool) {
	switch ext {
	case ".txt":
		return Text, true
	case ".csv":
		return "text/csv", true
	case ".htm", ".html":
		return HTML, true
	case ".css":
		return "text/css", true
	case ".xml":
		return ApplicationXML, true
	case ".json":
		return JSON, true
	case ".ics":
		return "text/calendar", true
	case ".vcf":
		return "text/vcard", true
	case ".md":
		return "text/markdown", true
	case ".js":
		return "text/javascript", true
	case ".rtf":
		return "application/rtf", true
	case ".pdf":
		return PDF, true
	case ".zip":
		return ZIP, true
	case ".gz":
		return "application/gzip", true
	case ".7z":
		return "application/x-7z-compressed", true
	case ".png":
		return PNG, true
	case ".jpg", ".jpeg":
		return JPEG, true
	case ".gif":
		return GIF, true
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
	case ".mpeg", ".mpg":
		return "video/mpeg", true
	case ".avi":
		return "video/x-msvideo", true
	case ".doc":
		return DOC, true
	case ".docx":
		return DOCX, true
	case ".xls":
		return XLS, true
	case ".xlsx":
		return XLSX, true
	case ".ppt":
		return "application/vnd.ms-powerpoint", true
	case ".pptx":
		return "application/vnd.openxmlformats-officedocument.presentationml.presentation", true
	case ".odt":
		return "application/vnd.oasis.opendocument.text", true
	case ".ods":
		return "application/vnd.oasis.opendocument.spreadsheet", true
	case ".odp":
		return "application/vnd.oasis.opendocument.presentation", true
	case ".eml":
		return "message/rfc822", true
	}
	return "", false
}

// ByName returns the MIME type of a file name (a path with / or \
// separators) from its extension, and false when the extension is
// unknown.
func ByName(name string) (string, bool) {
	ext := strings.ToLower(path.Ext(strings.ReplaceAll(name, "\\", "/")))
	return byExt(ext)
}
