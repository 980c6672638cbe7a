// Package mimetype maps file extensions to MIME types for the families
// that need one (fContentType in files; the e-mail family may use it for
// attachments). The table is fixed, not read from the system's
// mime.types, so that a script gives the same result on every machine.
package mimetype
