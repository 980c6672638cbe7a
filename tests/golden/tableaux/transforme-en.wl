//! args: --lang en
// Map (doc 1000024734): the array of the results of a procedure run on
// each element. The page allows a global or local procedure, an internal
// procedure or a lambda: here the first two, on our own data (the lambdas
// are in lambda/filtre-transforme-en.wl). English twin of transforme.wl.

// A global procedure: the diameters of these radii.
arrRadii is array of int = [1, 2, 4]
arrDiameters is array of int
arrDiameters = Map(arrRadii, Twice)
Trace(ArrayToString(arrDiameters, ";"))
// The result took the type of the array that receives it: a string put
// there becomes an int.
arrDiameters[2] = "30"
Trace(arrDiameters[2] + 5)

// An internal procedure, in prefixed syntax, on strings.
arrCodes is array of strings = ["abc", "Xy", "q"]
arrCodes = arrCodes.Map(ToUpper)
Trace(ArrayToString(arrCodes, ";"))

// Second parameter: the key, here the index; FOR EACH walks the result
// (value, index).
arrBase is array of int = [5, 6, 7]
FOR EACH nResult, nRank OF Map(arrBase, TimesIndex)
	Trace(nResult, nRank)
END

// Associative array: the procedure gets the indexing key, the result
// keeps the keys.
dictAges is associative array of int
dictAges["ana"] = 31
dictAges["marc"] = 47
dictAges["zoé"] = 8
FOR EACH sCard, sName OF Map(dictAges, Card)
	Trace(sCard, sName)
END

// The source is unchanged; a structure is read member by member, and the
// result chains with Sum.
Trace(ArrayToString(arrRadii, ";"))
stDish is a Structure
	Name is string
	Price is currency
END
arrMenu is array of stDish
d is a stDish
d.Name = "soupe"; d.Price = 4.5; Add(arrMenu, d)
d.Name = "tarte"; d.Price = 3.25; Add(arrMenu, d)
Trace(ArrayToString(Map(arrMenu, Board), " / "))
Trace(Map(arrMenu, PriceOf).Sum())

// Anything but a procedure is an error (here its name between quotes).
Map(arrRadii, "Twice")

INTERNAL PROCEDURE ToUpper(s)
	RESULT Upper(s)
END
INTERNAL PROCEDURE TimesIndex(n, nIndex)
	RESULT n * nIndex
END
INTERNAL PROCEDURE Card(n, sKey)
	RESULT sKey + ":" + n
END
INTERNAL PROCEDURE Board(aDish)
	RESULT aDish.Name + " = " + aDish.Price
END
INTERNAL PROCEDURE PriceOf(aDish)
	RESULT aDish.Price
END

PROCEDURE Twice(n)
RESULT n * 2
