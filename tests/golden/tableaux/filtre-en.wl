//! args: --lang en
// Filter (doc 1000024845), English names.
arr2 is an array of int = [1, 2, 3, 4]
arr2 = arr2.Filter(Even)
Trace(ArrayToString(arr2, ","))
arrValues is an array of int = [1, 2]
FOR EACH x, i OF Filter(arrValues, Even)
	Trace(x, i)
END
// A procedure that does not return a boolean is an error.
Filter(arrValues, AsText)

INTERNAL PROCEDURE Even(n)
	RESULT IsEven(n)
END
INTERNAL PROCEDURE AsText(n)
	RESULT "n" + n
END
