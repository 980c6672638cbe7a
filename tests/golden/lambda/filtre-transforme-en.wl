//! args: --lang en
// Filter (doc 1000024845) and Map (doc 1000024734) called with lambdas
// (doc 1514084), on our own data: each fact the two pages state, with a
// lambda standing where the procedure goes. English twin of
// filtre-transforme.wl.

// Filter: only the elements for which the lambda returns True remain;
// the lambda reads a member of the structure it gets.
Product is a Structure
	Ref is string
	Stock is int
END
arrStock is array of Product
p is a Product
p.Ref = "vis"; p.Stock = 0; ArrayAdd(arrStock, p)
p.Ref = "écrou"; p.Stock = 25; ArrayAdd(arrStock, p)
p.Ref = "rondelle"; p.Stock = 3; ArrayAdd(arrStock, p)
p.Ref = "clou"; p.Stock = 7; ArrayAdd(arrStock, p)
arrShort is array of Product
arrShort = Filter(arrStock, pr => pr.Stock < 5)
FOR EACH pr OF arrShort
	Trace(pr.Ref, pr.Stock)
END

// Prefixed syntax, the result assigned back to the array itself: the
// marks of at least 10, in their order.
arrMarks is array of int = [7, 12, 9, 15, 10]
arrMarks = arrMarks.Filter(n => n >= 10)
Trace(ArrayToString(arrMarks, ";"))

// Second parameter of the lambda: the key, that is the index for a
// simple array (every other letter).
arrLetters is array of strings = ["p", "q", "r", "s", "t"]
Trace(ArrayToString(Filter(arrLetters, (sLetter, nRank) => IsOdd(nRank)), ""))

// Map: the lambda's result for each element.
arrSides is array of int = [2, 5, 7]
arrSquares is array of int
arrSquares = Map(arrSides, k => k * k)
Trace(ArrayToString(arrSquares, ";"))

// Map in prefixed syntax, on strings.
arrTowns is array of strings = ["lyon", "Nice", "brest"]
arrTowns = arrTowns.Map(sTown => Upper(sTown))
Trace(ArrayToString(arrTowns, ";"))

// A lambda with two parameters (element, index), its result walked by
// FOR EACH (value, index).
arrWeights is array of int = [10, 20, 30]
FOR EACH nProduct, nIndex OF Map(arrWeights, (nWeight, nRank) => nWeight * nRank)
	Trace(nProduct, nIndex)
END

// Chains ending with Sum and with Average; the lambda reads a variable
// of the process.
nFloor is int = 3
Trace(arrSides.Filter(k => k > nFloor).Map(k => k + 100).Sum())
Trace(arrSides.Filter(k => k > nFloor).Average())
