// RoundFloor (doc 1000019395) and RoundCeil (doc 1000019396), English
// names: an optional second parameter gives the number of decimals kept.
Trace(RoundFloor(-7.4512, 2))
Trace(RoundFloor(5.987, 2))
Trace(RoundDown(2.7))
Trace(RoundCeil(5.981, 2))
Trace(RoundUp(-2.7))
