//! args: --lang en
// English parser message (issue 11): the end of the file is named in English, with the wl code 9102
Trace("a", (1 + 2)
