// Package mailpart holds the shape of a message's attached files, the
// same whether a message is written (compose) or read (parse), so that
// both families share it without importing each other.
package mailpart

// Attachment is one attached or inline file (WLangage emailAttache).
type Attachment struct {
	// Name is the file name shown to the recipient. An attachment without
	// a name is not transmitted, as WinDev documents [fr:1000018713].
	Name string
	// ContentType is the MIME type; when composing, "" means guessed from
	// the name's extension (application/octet-stream when unknown).
	ContentType string
	// Description is the Content-Description.
	Description string
	// ContentID, when set, makes the attachment an inline part of the HTML
	// body, referenced there as "cid:ContentID" (WLangage Identifiant).
	ContentID string
	// Data is the content.
	Data []byte
}
