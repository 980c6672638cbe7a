//! args: --lang en
// DateToInteger (doc 3027014) and <Date>.ToInteger (doc 1000024029),
// English names: the days since 01/01/1800 or, with <Since start of year>
// True, since 1 January of the date's year.
Trace(DateToInteger("20011225"))	// doc: 73773
Trace(DateToInteger("18000103"))	// doc: 3
Trace(DateToInteger("20040125", True))	// doc: 25
Trace(DateToInteger("20040125", False))

MyDate is Date
MyDate = "20040125"
Trace(MyDate.ToInteger(True), MyDate.ToInteger())

dt is DateTime = "200412312359"
Trace(DateToInteger(dt, True), dt.ToInteger(True))

Trace(DateToInteger("20230229", True))
