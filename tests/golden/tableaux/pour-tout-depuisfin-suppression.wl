// POUR TOUT ... DEPUISFIN over an associative array whose body removes
// other elements by key (TableauSupprime, doc 3075008): the loop ends
// without error (it stopped on an internal error, index out of range,
// before). Which of the elements left are still visited is not said by
// the page: here the loop, counting its turns, ends after the first.
tb est un tableau associatif d'entiers
tb["a"] = 1; tb["b"] = 2; tb["c"] = 3; tb["d"] = 4; tb["e"] = 5
POUR TOUT v, k DE tb DEPUISFIN
	Trace(k)
	TableauSupprime(tb, "a"); TableauSupprime(tb, "b"); TableauSupprime(tb, "c")
FIN
Trace(tb.Occurrence)
