//! args: --lang en
// StringToArray (doc 1000017008), English names: the string is cut into
// the elements of a one or two dimension array.

// One dimension, default separator CR: the array grows.
sColors is a string = "rouge" + CR + "vert" + CR + "bleu" + CR + "vert"
arrColors is an array of 2 strings
StringToArray(sColors, arrColors)
Trace(arrColors.Count, ArrayToString(arrColors, "/"))

// An array of separators: each of them cuts.
sWeek is a string = "lun-mar" + CR + "mer+jeu-ven"
arrDays is an array of 1 string
StringToArray(sWeek, arrDays, ["-", CR, "+"])
Trace(arrDays.Count, ArrayToString(arrDays, "/"))

// Two dimensions: the 1 x 4 array ends 4 x 2.
sPoints is a string = "x1" + TAB + "y1" + CR + "x2" + TAB + "y2" + CR + "x3" + TAB + "y3" + CR + "x4" + TAB + "y4"
arrPoints is an array of 1 by 4 strings
StringToArray(sPoints, arrPoints)
Trace(ArrayCount(arrPoints), ArrayToString(arrPoints, "|", ";"))

// Arrays of row separators and of column separators.
sReadings is a string = "8h=12" + ";" + "9h:14" + CR + "10h=15"
arrReadings is an array of 1 by 1 strings
StringToArray(sReadings, arrReadings, [";", CR], ["=", ":"])
Trace(ArrayToString(arrReadings, "|", "->"))

// The second parameter must be an array.
n is an int
StringToArray("a", n)
