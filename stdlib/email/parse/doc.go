// Package parse turns the raw source of a received message (RFC 5322 with
// MIME) into the fields of the WLangage Email type [fr:1000018713], with
// github.com/emersion/go-message: charsets through internal/charset (the
// labels go-message/charset knows, golang.org/x/text encodings: ISO-8859-x,
// Windows-125x, UTF-8, ...), quoted-
// printable and base64 bodies, RFC 2047 encoded words, RFC 2231 file names.
//
// The mapping of the reception column of the doc's RFC table: From →
// Expéditeur, Reply-To → AdresseExpéditeur, Return-Path →
// AdresseRetourErreur, Return-Receipt-To → AccuséRéception,
// Disposition-Notification-To → ConfirmationLecture.
//
// Bounds: a header block over 1 MB, more than MaxParts parts or a nesting
// deeper than MaxDepth make Parse fail with an *Error; so does a body that
// cannot be decoded. Parse still returns what it understood (at least the
// source), so a caller can show the message and go on with the next one.
package parse
