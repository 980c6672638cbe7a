//! args: --lang en
// A variable of a WinDev built-in type wl does not provide, English
// keywords: a runtime error when its declaration is reached.
Trace("before")
resp is an httpResponse
Trace("never")
