//! args: --lang en
// StringToArray (doc 1000017008), English names: fills a one or two
// dimension array from a string.

// Example 1: one dimension, CR separates by default.
sMyValues is a string = "A" + CR + "B" + CR + "C" + CR + "D" + CR + "D"
MyArray is an array of 3 strings
StringToArray(sMyValues, MyArray)
Trace(MyArray.Count, ArrayToString(MyArray, ","))

// Example 2: an array of separators.
E is a string = "E"
sString is a string = "A" + CR + "B" + ";" + "C" + CR + "D" + "," + E + CR + "F"
MyArray2 is an array of 6 strings
StringToArray(sString, MyArray2, [CR, ";", ","])
Trace(MyArray2.Count, ArrayToString(MyArray2, ","))

// Example 3: two dimensions.
sMyValues3 is a string = "A" + TAB + "B" + CR + "C" + TAB + "D" + CR + "E" + TAB + "F"
MyArray3 is an array of 2 by 3 strings
StringToArray(sMyValues3, MyArray3)
Trace(ArrayToString(MyArray3, "|", ";"))

// Example 4: arrays of line and column separators.
sString4 is a string = "A" + TAB + "B" + CR + "C" + "/" + "D" + "*" + E + "\" + "F"
MyArray4 is an array of 2 by 3 strings
StringToArray(sString4, MyArray4, [CR, "*"], [TAB, "/", "\"])
Trace(ArrayToString(MyArray4, "|", ";"))

// The second parameter must be an array.
n is an int
StringToArray("a", n)
