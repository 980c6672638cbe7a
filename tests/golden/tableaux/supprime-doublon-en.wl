//! args: --lang en
// ArrayDeleteDuplicate (doc 1000019422), English names: of equal
// elements the first stays, in its place.
arrDraws is an array of int = [7, 3, 7, 7, 9, 3, 1]
ArrayDeleteDuplicate(arrDraws)
Trace(ArrayToString(arrDraws, ","))

// By members, then by members ignoring case.
stItem is a Structure
	Code is a string
	Shelf is a string
END
arrItems is an array of stItem
it is a stItem
it.Code = "P1"; it.Shelf = "dry"; ArrayAdd(arrItems, it)
it.Code = "P1"; it.Shelf = "DRY"; ArrayAdd(arrItems, it)
it.Code = "P1"; it.Shelf = "dry"; ArrayAdd(arrItems, it)
ArrayDeleteDuplicate(arrItems, asMember, "Code;Shelf")
Trace(arrItems.Count)
ArrayDeleteDuplicate(arrItems, asMember + tccIgnoreCase, "Code;Shelf")
Trace(arrItems.Count)

// Two dimensions, by one column.
arrRows is an array of 3 by 2 strings
arrRows[1, 1] = "k"; arrRows[1, 2] = "first"
arrRows[2, 1] = "m"; arrRows[2, 2] = "second"
arrRows[3, 1] = "k"; arrRows[3, 2] = "third"
ArrayDeleteDuplicate(arrRows, asColumn, 1)
Trace(ArrayToString(arrRows, "|", ","))

// A comparison procedure.
arrValues is an array of int = [5, 8, 5, 2, 8]
ArrayDeleteDuplicate(arrValues, asFunction, CompareValues)
Trace(ArrayToString(arrValues, ","))

// asFunction needs a procedure.
ArrayDeleteDuplicate(arrValues, asFunction, "CompareValues")

INTERNAL PROCEDURE CompareValues(v1, v2)
	IF v1 < v2 THEN RESULT -1
	IF v1 > v2 THEN RESULT 1
	RESULT 0
END
