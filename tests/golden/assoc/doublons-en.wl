//! args: --lang en
// English twin of doublons (doc 1514058, FOR EACH doc 1510019): an
// associative array with duplicates.
arr3 is an associative array (WithDuplicates) of int
arr3["a"] = 1
arr3["b"] = 5
arr3["a"] = 2
Trace(arr3["a"]..Occurrence, arr3["a", 1], arr3["a", 2])
Trace(arr3["a"]..Exist, arr3["a"]..Empty, arr3["z"]..Exist, arr3["z"]..Empty, arr3["z"]..Occurrence)
arr3["a", 2] = 20
FOR EACH n, s OF arr3
	Trace(s, n)
END
arrLit is associative array (WithDuplicates) of real = [["N", 0.2], ["N", 0.3]]
Trace(arrLit["N"]..Occurrence, arrLit["N", 2])

arrMarks is associative array (WithDuplicates + ccIgnoreCase + ccIgnoreAccent) of int
arrMarks["Zoé"] = 12
arrMarks["Marc"] = 9
arrMarks["zoe"] = 15
arrMarks["ZOÉ"] = 18
FOR EACH nMark OF arrMarks = "zoé"
	Trace(nMark)
END
arrSimple is associative array of int
arrSimple["x"] = 4
FOR EACH nMark OF arrSimple = "x"
	Trace(nMark)
END
FOR EACH nMark OF arrSimple = "y"
	Trace("never")
END

ReadWithoutIndex()
IndexTooLarge()
MissingKey()
PROCEDURE ReadWithoutIndex()
WHEN EXCEPTION
	Trace("error:", ExceptionInfo(errMessage))
	RETURN
END
arr is associative array (WithDuplicates) of int
arr["a"] = 1
Trace(arr["a"])
PROCEDURE IndexTooLarge()
WHEN EXCEPTION
	Trace("error:", ExceptionInfo(errMessage))
	RETURN
END
arr is associative array (WithDuplicates) of int
arr["a"] = 1
arr["a", 2] = 3
PROCEDURE MissingKey()
WHEN EXCEPTION
	Trace("error:", ExceptionInfo(errMessage))
	RETURN
END
arr is associative array (WithDuplicates) of int
Trace(arr["a", 1])
