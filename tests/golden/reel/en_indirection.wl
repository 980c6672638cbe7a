//! args: --lang en
// English twin of indirection (fr:1512005): {name} and {name, indVariable}
// find a visible variable at run time; another kind (indControl) is a
// warning and, when reached, a runtime error.
nCount is int = 2
sName is string = "nCount"
{sName} = {sName} * 10
Trace(nCount, {"ncount", indVariable})
WHEN EXCEPTION IN
	Trace({"EDT_Name", indControl})
DO
	Trace("error:", ExceptionInfo(errMessage))
END
Trace({"nMissing"})
