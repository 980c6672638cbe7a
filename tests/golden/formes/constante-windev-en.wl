//! args: --lang en
// A WinDev constant of a family wl does not provide, English spelling
// (hQueryDefault, mode of HExecuteQuery, doc 3044080): a warning (9409),
// and reading it is a positioned runtime error.
Trace("before")
n is an int = hQueryDefault
Trace("never", n)
