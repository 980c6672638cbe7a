// The constructor called explicitly as a method (doc 6010001), English
// keywords: o.Constructor() resets the object; the constructor's own
// body runs again, members keep the values it does not set.
CCounter is a Class
	nValue is an int
	sTag is a string
END
c is a CCounter
c.nValue = 41
c.sTag = "kept"
c.Constructor()
Trace(c.nValue, c.sTag)

PROCEDURE CCounter.Constructor()
nValue = 1
