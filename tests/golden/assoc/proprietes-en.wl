//! args: --lang en
// English twin of proprietes (doc 1514058): properties of the array and
// of a key without duplicates, default value.
arrVAT is associative array of real = ...
	[["Normal", 0.2], ["Intermediate", 0.1], ["Reduced", 0.055]]
Trace(arrVAT["Reduced"], arrVAT..Occurrence, arrVAT..Empty)
Trace(arrVAT["Normal"]..Exist, arrVAT["Normal"]..Empty, arrVAT["Normal"]..Occurrence)
Trace(arrVAT["X"]..Exist, arrVAT["X"]..Empty, arrVAT["X"]..Occurrence)
Trace(arrVAT["X"], arrVAT..Occurrence)
arrEmpty is associative array of string
Trace(arrEmpty..Empty, arrEmpty..Occurrence)

arrCount is associative array (WithoutDuplicates, 5) of int
Trace(arrCount["absent"], arrCount["absent"]..Exist, arrCount..Occurrence)
arrCount["x"]++
Trace(arrCount["x"], arrCount..Occurrence)
arrDefault is associative array (*, "?") of string
Trace(arrDefault["nothing"])
