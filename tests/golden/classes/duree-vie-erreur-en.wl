//! args: --lang en
// After delete, the other references to the object are Null and using
// them is a positioned runtime error (6010003).
CResource is a Class
	Name is a string
END
x is a CResource dynamic = new CResource
x.Name = "x"
y is a CResource dynamic <- x
delete x
Trace(y = Null)
Trace(y.Name)

PROCEDURE CResource.Destructor()
Trace("destructor", Name)
