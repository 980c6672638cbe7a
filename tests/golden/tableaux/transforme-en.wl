//! args: --lang en
// Map (doc 1000024734), English names.
arrValue is an array of int = [1,2,3,4,5]
arrTriple is an array of int
arrTriple = Map(arrValue, Triple)
Trace(ArrayToString(arrTriple, ","))
arr1 is an array of strings = ["A", "b", "C"]
arr1 = arr1.Map(ToLower)
Trace(ArrayToString(arr1, ","))
arrValues is an array of int = [1,2]
FOR EACH x, c OF Map(arrValues, PlusKey)
	Trace(x, c)
END
// Anything but a procedure is an error.
n is int = 3
Map(arrValue, n)

INTERNAL PROCEDURE ToLower(X)
	RESULT Lower(X)
END
INTERNAL PROCEDURE PlusKey(v, k)
	RESULT v + k
END

PROCEDURE Triple(v)
RESULT v * 3
