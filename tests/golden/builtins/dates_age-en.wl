//! args: --lang en
// Age (doc 3027034), English names: the age in calendar years, months and
// days as YYYYMMDD; without a date of calculation, today (the tests' clock
// is 15/06/2025).
Trace(Age("19690513", "20051010"))	// doc: "00360427"
Trace(Age("19730912", "20050812"))	// doc: "00311100"

MyAge is Date
MyAge = Age("19790201", "20061025")
Trace(MyAge, MyAge.Year, MyAge.Month, MyAge.Day)

Birth is Date = "19690513"
AtTime is DateTime = "200510102359"
Trace(Age(Birth, AtTime), Age("1969051308300000", "20051010"))
Trace(Age("19690513"), Age("20250615"))

Trace("[" + Age("20300101", "20250101") + "]", ErrorOccurred)
Trace(ErrorInfo())
Trace("[" + Age("19690231", "20050101") + "]", ErrorOccurred)
Trace(ErrorInfo())
Trace(Age("20230131", "20230301"), Age("20000229", "20010228"))
