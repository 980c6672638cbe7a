//! args: --lang en
// Multiple assignment from an array: the elements are assigned in order
// (doc 1000022322, StringSplit, "multiple assignment" examples). More
// variables than values: only the first ones are assigned (doc 1515003).
// More elements than variables: the last ones are ignored (wl's choice,
// the doc says nothing for an array).
sLine is a string = "Lyon, Nantes, Lille, Brest"
sV1, sV2, sV3, sV4 are strings
(sV1, sV2, sV3, sV4) = StringSplit(sLine, ", ")
Trace(sV1, sV2, sV3, sV4)

// A different separator between each substring
sCard is a string = "Dupont Jean Marie; Paris"
sName, sFirstNames, sCity are strings
(sName, sFirstNames, sCity) = StringSplit(sCard, " ", "; ")
Trace(sName)
Trace(sFirstNames)
Trace(sCity)

// An array variable, converted to the type of each variable
arrNumbers is an array of int = [10, 20, 30]
n1, n2 are int
s3 is a string
(n1, n2, s3) = arrNumbers
Trace(n1 + n2, s3 + "!")

// Fewer elements than variables: the last one is left alone
sA, sB, sC are strings
sC = "unchanged"
(sA, sB, sC) = StringSplit("one;two", ";")
Trace(sA, sB, sC)
