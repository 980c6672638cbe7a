//! args: --lang en
// Filter (doc 1000024845): the elements of an array for which a
// procedure returns True. The page allows a global or local procedure,
// an internal procedure or a lambda: here the first two, on our own data
// (the lambdas are in lambda/filtre-transforme-en.wl). English twin of
// filtre.wl.

// A global procedure on an array of structures: the thick books.
Book is a Structure
	Title is string
	Pages is int
END
arrBooks is array of Book
b is a Book
b.Title = "Atlas"; b.Pages = 120; ArrayAdd(arrBooks, b)
b.Title = "Brume"; b.Pages = 450; ArrayAdd(arrBooks, b)
b.Title = "Cendres"; b.Pages = 80; ArrayAdd(arrBooks, b)
b.Title = "Delta"; b.Pages = 320; ArrayAdd(arrBooks, b)
arrThick is array of Book
arrThick = Filter(arrBooks, IsThick)
Trace(arrThick.Count)
FOR EACH aBook OF arrThick
	Trace(aBook.Title, aBook.Pages)
END
// The result holds copies: changing one leaves the source as it was.
arrThick[1].Pages = 1
Trace(arrBooks[2].Pages, arrBooks.Count)

// An internal procedure, in prefixed syntax, the result assigned back to
// the source.
arrSizes is array of int = [15, 8, 23, 42, 4]
arrSizes = arrSizes.Filter(AtLeastTen)
Trace(ArrayToString(arrSizes, "-"))

// As the source of a FOR EACH: the element kept and its index in the
// result.
arrSmall is array of int = [3, 11, 6, 14]
FOR EACH nVal, nRank OF Filter(arrSmall, AtLeastTen)
	Trace(nVal, nRank)
END

// Associative array: the result keeps the key of each element kept, and
// the procedure gets that key as its second parameter.
dictStock is associative array of int
dictStock["ambre"] = 12
dictStock["bleu"] = 5
dictStock["cyan"] = 30
dictStock["jade"] = 9
FOR EACH nQty, sColour OF Filter(dictStock, AtLeastTen)
	Trace(nQty, sColour)
END
FOR EACH nQty, sColour OF Filter(dictStock, ShortKey)
	Trace(nQty, sColour)
END

// Simple array: the second parameter is the index; the internal
// procedure reads a variable of the code that declares it.
nStart is int = 3
arrDays is array of strings = ["lun", "mar", "mer", "jeu", "ven"]
Trace(ArrayToString(Filter(arrDays, FromStart), ","))

// Chains (remarks of the page): Filter, Map then Sum; Filter then
// Average.
Trace(arrSmall.Filter(AtLeastTen).Map(MinusOne).Sum())
Trace(arrSmall.Filter(AtLeastTen).Average())

// The procedure must return True or False: anything else is an error.
Filter(arrDays, InChevrons)

INTERNAL PROCEDURE AtLeastTen(n)
	RESULT n >= 10
END
INTERNAL PROCEDURE ShortKey(n, sKey)
	RESULT Length(sKey) <= 4
END
INTERNAL PROCEDURE FromStart(sDay, nIndex)
	RESULT nIndex >= nStart
END
INTERNAL PROCEDURE MinusOne(n)
	RESULT n - 1
END
INTERNAL PROCEDURE InChevrons(s)
	RESULT "<" + s + ">"
END

PROCEDURE IsThick(aBook is a Book)
RESULT aBook.Pages > 300
