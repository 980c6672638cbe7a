//! args: --lang en
// RoundDown (doc 1000019395) and RoundUp (doc 1000019396) of a Duration, a
// DateTime or a Time to an interval, English names.
MyDuration is Duration
MyDuration = RoundDown(13 min, 5 min)
Trace(MyDuration)	// doc: 10 min (0001000000)
MyDuration = RoundUp(13 min, 5 min)
Trace(MyDuration)	// doc: 15 min (0001500000)

MyDateTime is DateTime = "202211041524"
Trace("MyDateTime: " + MyDateTime)
Trace("RoundDown: " + RoundDown(MyDateTime, 7 min))	// doc: 20221104152400000
Trace("RoundUp: " + RoundUp(MyDateTime, 7 min))	// doc: 20221104153100000

MyTime is Time = "1524"
Trace(RoundDown(MyTime, 1 h), RoundUp(MyTime, 1 h))

// A DateTime without its interval: a clear error.
Trace(RoundDown(MyDateTime))
