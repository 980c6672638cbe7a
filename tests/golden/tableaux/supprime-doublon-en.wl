//! args: --lang en
// ArrayDeleteDuplicate (doc 1000019422), English names.
arrMyArray is an array of int = [ 1, 2, 3, 1, 4, 5, 2, 6 ]
ArrayDeleteDuplicate(arrMyArray)
Trace(ArrayToString(arrMyArray, ","))

stACategory is a Structure
	CATEGORY_CODE is a string
	CATEGORY is a string
END
arrCategories is an array of stACategory
c is a stACategory
c.CATEGORY_CODE = "A"; c.CATEGORY = "fruits"; ArrayAdd(arrCategories, c)
c.CATEGORY_CODE = "A"; c.CATEGORY = "FRUITS"; ArrayAdd(arrCategories, c)
c.CATEGORY_CODE = "A"; c.CATEGORY = "fruits"; ArrayAdd(arrCategories, c)
ArrayDeleteDuplicate(arrCategories, asMember, "CATEGORY_CODE;CATEGORY")
Trace(arrCategories.Count)
ArrayDeleteDuplicate(arrCategories, asMember + tccIgnoreCase, "CATEGORY_CODE;CATEGORY")
Trace(arrCategories.Count)

arrRows is an array of 3 by 2 strings
arrRows[1, 1] = "a"; arrRows[1, 2] = "1"
arrRows[2, 1] = "b"; arrRows[2, 2] = "2"
arrRows[3, 1] = "a"; arrRows[3, 2] = "3"
ArrayDeleteDuplicate(arrRows, asColumn, 1)
Trace(ArrayToString(arrRows, "|", ","))

arrValues is an array of int = [3, 1, 3, 2, 1]
ArrayDeleteDuplicate(arrValues, asFunction, CompareValues)
Trace(ArrayToString(arrValues, ","))

// asFunction needs a procedure.
ArrayDeleteDuplicate(arrValues, asFunction, "CompareValues")

INTERNAL PROCEDURE CompareValues(v1, v2)
	IF v1 < v2 THEN RESULT -1
	IF v1 > v2 THEN RESULT 1
	RESULT 0
END
