// EstPair (doc 3050064) et EstImpair (doc 3050015) ; zéro est pair
Trace(EstPair(66))
Trace(EstPair(6 + 13))
Trace(EstPair(0))
Trace(EstImpair(19), EstImpair(4))
SI EstPair(10) ALORS Trace("10 est pair")
