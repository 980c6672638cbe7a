//! args: --lang en
// English parser message (issue 11): two statements on one line, code 9103
Trace(1) Trace(2)
