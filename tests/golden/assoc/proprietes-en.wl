//! args: --lang en
// English twin of proprietes (doc 1514058): properties of the array and
// of a key without duplicates, [key, 1], default value.
arrVAT is associative array of real = ...
	[["Normal", 0.2], ["Intermediate", 0.1], ["Reduced", 0.055]]
Trace(arrVAT["Reduced"], arrVAT..Occurrence, arrVAT..Empty)
Trace(arrVAT["Normal"]..Exist, arrVAT["Normal"]..Empty, arrVAT["Normal"]..Occurrence)
Trace(arrVAT["X"]..Exist, arrVAT["X"]..Empty, arrVAT["X"]..Occurrence)
Trace(arrVAT["X"], arrVAT..Occurrence)
Trace(arrVAT["Normal", 1])
arrVAT["Normal", 1] = 0.21
Trace(arrVAT["Normal"])
arrEmpty is associative array of string
Trace(arrEmpty..Empty, arrEmpty..Occurrence)

arrCount is associative array (WithoutDuplicates, 5) of int
Trace(arrCount["absent"], arrCount["absent"]..Exist, arrCount..Occurrence)
arrCount["x"]++
Trace(arrCount["x"], arrCount..Occurrence)
arrDefault is associative array (*, "?") of string
Trace(arrDefault["nothing"])

IndexTwo()
MissingKey()
PROCEDURE IndexTwo()
WHEN EXCEPTION
	Trace("error:", ExceptionInfo(errMessage))
	RETURN
END
arr is associative array of int
arr["a"] = 1
Trace(arr["a", 2])
PROCEDURE MissingKey()
WHEN EXCEPTION
	Trace("error:", ExceptionInfo(errMessage))
	RETURN
END
arr is associative array of int
arr["b", 1] = 3
