//! args: --lang en
// English twin of membres (doc 1514058): an associative array of
// objects copies them, of dynamic objects shares them; a member of an
// absent element cannot be assigned.
CCounter is a Class
	nValue is an int
END
oCounter is a CCounter
arrCopies is associative array of CCounter
oCounter:nValue = 10
arrCopies["c1"] = oCounter
oCounter:nValue = 11
Trace(arrCopies["c1"]:nValue)
pCounter is a CCounter dynamic
arrShared is associative array of CCounter dynamic
pCounter = new CCounter
pCounter:nValue = 20
arrShared["c1"] = pCounter
pCounter:nValue = 21
Trace(arrShared["c1"]:nValue)
arrCopies["c1"]:nValue = 12
Trace(arrCopies["c1"]:nValue, arrCopies..Occurrence)
AbsentMember()
Trace(arrCopies["c2"]..Exist, arrCopies..Occurrence)
STPoint is a Structure
	x is an int
END
arrPoints is associative array of STPoint
p is a STPoint
arrPoints["a"] = p
arrPoints["a"].x = 3
Trace(arrPoints["a"].x)
AbsentPoint()
Trace(arrPoints..Occurrence)
PROCEDURE AbsentMember()
WHEN EXCEPTION
	Trace("error:", ExceptionInfo(errMessage))
	RETURN
END
arrCopies["c2"]:nValue = 5
PROCEDURE AbsentPoint()
WHEN EXCEPTION
	Trace("error:", ExceptionInfo(errMessage))
	RETURN
END
arrPoints["b"].x = 4
