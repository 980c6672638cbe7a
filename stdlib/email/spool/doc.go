// Package spool is the durable outgoing mail queue behind the WLangage
// asynchronous e-mail mode (DECISIONS 20): EmailEnvoieMessage on an
// asynchronous session commits the built message, its envelope and the
// session's server settings here, and EmailEtat reads the state back.
//
// The queue is River (github.com/riverqueue/river): one River job per
// message, kind "wl_email", with the message itself in a table of ours
// (wl_spool_message) written in the same transaction as the job. The
// identifier a script sees is the River job ID. SQLite (modernc.org/sqlite
// through riversqlite) is the embedded default; PostgreSQL (pgx through
// River's database/sql driver) lets many hosts share one queue. Both go
// through database/sql, so there is one code path.
//
// Delivery is at-least-once. A worker sends one message on a reused SMTP
// session, then marks the job completed in its own transaction
// (river.JobCompleteTx) before the next MAIL FROM of the process: a
// process-wide lock spans the SMTP transaction and the commit, so at most
// one message per delivering process can be accepted by the server and not
// yet recorded. A crash in that window re-sends that one message, with the
// same Message-ID.
//
// Every delivering process holds a liveness lock (a flock'd file beside a
// SQLite spool, a session advisory lock on PostgreSQL). A job left running
// by a process whose lock is free is handed back to River at once through
// its own rescue primitive, instead of after River's one-hour rescuer.
//
// A process that queues mail (wl run) works only its own queue,
// "run_<process id>"; once that process is gone its queue is adopted by
// serve and drain, which otherwise work the "mail" queue.
package spool
