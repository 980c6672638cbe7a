//! args: --lang en
// English twin of proprietes (doc 1514058): properties of the array and
// of a key without duplicates, [key, 1], default value.
arrPrice is associative array of real = ...
	[["apple", 1.5], ["pear", 2.25], ["kiwi", 0.4]]
Trace(arrPrice["kiwi"], arrPrice..Occurrence, arrPrice..Empty)
Trace(arrPrice["apple"]..Exist, arrPrice["apple"]..Empty, arrPrice["apple"]..Occurrence)
Trace(arrPrice["X"]..Exist, arrPrice["X"]..Empty, arrPrice["X"]..Occurrence)
Trace(arrPrice["X"], arrPrice..Occurrence)
Trace(arrPrice["apple", 1])
arrPrice["apple", 1] = 1.75
Trace(arrPrice["apple"])
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
