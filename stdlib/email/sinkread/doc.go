// Package sinkread lets the mail sink of `wl run --mail-sink`
// (stdlib/email/mailsink) answer the script's own POP3 and IMAP sessions
// with what the sink received during the run, after the messages of an
// optional seed (--mail-sink-seed FICHIER.mbox). It plugs into the sink by
// port, through the same in-process connections as its SMTP side: POP3 on
// 110 (STLS offered) and 995 (implicit TLS), IMAP on 143 (STARTTLS
// offered) and 993 (implicit TLS), with the sink's certificates.
//
// Any user name and password are accepted: the sink has one mailbox, the
// mail it received, shown to every user. POP3 deletions are shared by the
// POP3 sessions of the run; each IMAP user has its own copy (go-imap v2's
// in-memory server), filled with the mailbox's messages at login.
package sinkread
