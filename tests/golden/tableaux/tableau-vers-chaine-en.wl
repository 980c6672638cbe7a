//! args: --lang en
// ArrayToString (doc 1000017007), English names: for a one-dimension
// array the elements are separated by CR by default; for two dimensions,
// the rows by CR and the columns by TAB.

// Example 1: one dimension
sMyValues is a string
MyArray is an array of 3 strings
MyArray[1] = "A"
MyArray[2] = "B"
MyArray[3] = "C"
sMyValues = ArrayToString(MyArray)
Trace(sMyValues = "A" + CR + "B" + CR + "C")
Trace(Visible(sMyValues))
Trace(ArrayToString(MyArray, " - "))

// Example 2: two dimensions
sMyValues2 is a string
MyArray2 is an array of 2 by 3 strings
MyArray2[1,1] = "A"; MyArray2[1,2] = "B"
MyArray2[1,3] = "C"; MyArray2[2,1] = "D"
MyArray2[2,2] = "E"; MyArray2[2,3] = "F"
sMyValues2 = ArrayToString(MyArray2)
Trace(sMyValues2 = "A" + TAB + "B" + TAB + "C" + CR + "D" + TAB + "E" + TAB + "F")
Trace(Visible(sMyValues2))
Trace(ArrayToString(MyArray2, "|"))
Trace(ArrayToString(MyArray2, "|", ";"))

// An array of 3 dimensions cannot be converted.
MyCube is an array of 2 by 2 by 2 integers
Trace(ArrayToString(MyCube))

PROCEDURE Visible(s is a string)
RESULT Replace(Replace(s, CR, "<CR>"), TAB, "<TAB>")
END
