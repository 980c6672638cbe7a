//! args: --lang en
// Lambdas (doc 1514084, "Lambda: Expressions and procedures"): anonymous
// internal procedures, passed where a procedure is expected (a Procedure
// parameter of a project procedure, a WLanguage function), that see the
// variables of their process (closure, doc 1514075). Each syntax of the
// page, on our own data. English twin of lambda.wl.

// A lambda procedure, then the lambda expression that simplifies it (the
// code comes down to RESULT): how many multiples of 3 among these squares.
arrSquares is array of int = [4, 9, 16, 25, 36, 49]
Trace(CountIf(arrSquares, n=>{RESULT n modulo 3 = 0}))
Trace(CountIf(arrSquares, n=>n modulo 3 = 0))

// Full syntax with one parameter, as a procedure then as an expression;
// the second reads a variable of the process.
nLimit is int = 20
Trace(CountIf(arrSquares, (n) => {RESULT n < 10}))
Trace(CountIf(arrSquares, (n) => n > nLimit))

// No parameter (expression, then procedure), then several parameters, in
// variables of type Procedure.
Greeting is procedure = () => "aucun argument"
Trace(Greeting())
Greeting = () => {RESULT "bloc sans argument"}
Trace(Greeting())
Weigh is procedure = (a, b, c) => a + b * c
Trace(Weigh(1, 2, 3))

// A lambda procedure that fills an array of the process, given to a
// project procedure that calls it back with a shelf and an item.
arrItems is array of strings
WalkShelves((sShelf, sItem) => {arrItems.Add(sItem)})
Trace(arrItems.Count, arrItems[1], arrItems[2])

// Parameters left out at the end of the prototype: no error at run time;
// parameters received but unused: nothing to report.
WalkShelves(sShelf => {Trace("rayon " + sShelf)})
nCalls is int
WalkShelves((sShelf, sItem) => {nCalls++})
Trace(nCalls)

// A typed lambda procedure: one parameter typed, the other not, a return
// type.
WalkShelves(PROCEDURE(sShelf is string, sItem):string {arrItems.Add(sItem + "@" + sShelf)})
Trace(arrItems[3], arrItems[4])

// Several statements between braces, over several lines; the lambda
// changes a variable of the process.
sLog is string
Note is procedure = s => {
	IF sLog <> "" THEN
		sLog += "|"
	END
	sLog += s
}
Note("ouverture")
Note("lecture")
Note("fermeture")
Trace(sLog)

// With a WLanguage function that expects a procedure: ArraySort and
// asFunction (doc 3075007), from the shortest name to the longest.
arrFruits is array of strings = ["melon", "kaki", "pamplemousse", "orange"]
ArraySort(arrFruits, asFunction, (s1, s2) => {
	IF Length(s1) < Length(s2) THEN RESULT -1
	IF Length(s1) > Length(s2) THEN RESULT 1
	RESULT 0
})
Trace(ArrayToString(arrFruits, " "))

// The variable of the process is shared, not copied: the lambda reads
// its value when it is called.
nShift is int = 2
Shift is procedure = n => n + nShift
nShift = 100
Trace(Shift(1))

// A lambda returned by a procedure keeps that call's parameter.
PlusTwo is procedure = Adder(2)
PlusNine is procedure = Adder(9)
Trace(PlusTwo(10), PlusNine(10))

PROCEDURE CountIf(arrNumbers is array of int, Criterion is procedure(n int):boolean)
nFound is int
FOR EACH nVal OF arrNumbers
	IF Criterion(nVal) THEN nFound++
END
RESULT nFound

PROCEDURE WalkShelves(Callback is procedure)
Callback("A1", "stylo")
Callback("B7", "cahier")

PROCEDURE Adder(nBase is int)
RESULT x => x + nBase
