//! args: --lang en
// Lambdas in English (doc 1514084, "Lambda: Expressions and procedures"):
// anonymous internal procedures, usable wherever a procedure is expected,
// with access to the variables of their process (closure, doc 1514075).

// The doc's example: count the odd elements of an array, with a lambda
// procedure then with the lambda expression that simplifies it.
arrValue is array of int = [1,2,3,4,5]
Trace(CountValues(arrValue, x=>{RESULT modulo(x,2)=1}))
Trace(CountValues(arrValue, x=>modulo(x,2)=1))

// Full syntax with one parameter; the lambda reads a variable of the
// process.
nThreshold is int = 3
Trace(CountValues(arrValue, (x) => x > nThreshold))

// A lambda in a Procedure variable: no parameter, several parameters.
p is procedure = () => "no parameter"
Trace(p())
p = (a, b) => a * 10 + b
Trace(p(4, 2))

// A lambda procedure that fills an array of the process (the fListFile
// example, here with a project procedure that calls the lambda with a
// directory and a file name).
arrFile is array of strings
ListFiles((Directory,File)=>{arrFile.Add(File)})
Trace(ArrayCount(arrFile), arrFile[1], arrFile[2])

// A lambda does not need to take every parameter: those left out at the
// end cause no error.
ListFiles(Directory => {Trace("Directory: " + Directory)})

// Typed lambda procedure (parameters typed or not, return type).
ListFiles(PROCEDURE(Directory is string, File is string):string {arrFile.Add(Directory + File)})
Trace(arrFile[3])

// A lambda procedure over several lines, between braces; it changes a
// variable of the process.
nTotal is int
AddTo is procedure = n => {
	nTotal += n
	IF nTotal > 10 THEN
		Trace("over 10")
	END
}
AddTo(4)
AddTo(8)
Trace(nTotal)

// With a WLanguage function that takes a procedure: ArraySort with
// asFunction (3075007), descending.
arrSort is array of int = [3, 1, 4, 2]
ArraySort(arrSort, asFunction, (e1, e2) => {
	IF e1 < e2 THEN RESULT 1
	IF e1 > e2 THEN RESULT -1
	RESULT 0
})
Trace(arrSort[1], arrSort[2], arrSort[3], arrSort[4])

// The variable is shared, not copied: the lambda sees its value when it
// is called.
nStep is int = 1
NextOne is procedure = n => n + nStep
nStep = 10
Trace(NextOne(5))

// A lambda returned by a procedure keeps that procedure's variables.
Triple is procedure = Multiplier(3)
Quintuple is procedure = Multiplier(5)
Trace(Triple(7), Quintuple(7))

PROCEDURE CountValues(arrValue is array of int,
	Condition is procedure(x int):boolean)
LET n = 0
FOR EACH x OF arrValue
	IF Condition(x) THEN
		n++
	END
END
RESULT n

PROCEDURE ListFiles(Process is procedure)
Process("C:\Data\", "customers.fic")
Process("C:\Data\", "orders.fic")

PROCEDURE Multiplier(nFactor is int)
RESULT x => x * nFactor
