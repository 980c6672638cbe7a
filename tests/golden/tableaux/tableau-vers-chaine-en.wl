//! args: --lang en
// ArrayToString (doc 1000017007), English names: one dimension, elements
// separated by CR by default; two dimensions, rows by CR and columns by
// TAB by default.

// One dimension, integers converted.
arrSquares is an array of 4 int
FOR i = 1 _TO_ 4
	arrSquares[i] = i * i
END
sSquares is a string = ArrayToString(arrSquares)
Trace(sSquares = "1" + CR + "4" + CR + "9" + CR + "16")
Trace(Visible(sSquares))
Trace(ArrayToString(arrSquares, " < "))

// Two dimensions: 3 rows of 2 columns.
arrMarks is an array of 3 by 2 strings
arrMarks[1, 1] = "Léa"; arrMarks[1, 2] = "12"
arrMarks[2, 1] = "Tom"; arrMarks[2, 2] = "9"
arrMarks[3, 1] = "Noé"; arrMarks[3, 2] = "15"
sMarks is a string = ArrayToString(arrMarks)
Trace(sMarks = "Léa" + TAB + "12" + CR + "Tom" + TAB + "9" + CR + "Noé" + TAB + "15")
Trace(Visible(sMarks))
Trace(ArrayToString(arrMarks, "|"))
Trace(ArrayToString(arrMarks, "|", "="))

// An array of 3 dimensions cannot be converted.
arrCube is an array of 2 by 2 by 2 int
Trace(ArrayToString(arrCube))

PROCEDURE Visible(s is a string)
RESULT Replace(Replace(s, CR, "<CR>"), TAB, "<TAB>")
END
