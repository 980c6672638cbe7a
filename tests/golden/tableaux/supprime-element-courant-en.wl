//! args: --lang en
// ArrayDelete (doc 3075008), English names: CurrentElement removes the
// current element while FOR EACH goes over an associative array; by key
// it returns the number of elements removed (1, or 0 for a missing key).
aaStock is associative array of int
aaStock["apples"] = 4; aaStock["pears"] = 0; aaStock["kiwis"] = 7
aaStock["plums"] = 2
Trace(ArrayDelete(aaStock, "plums"), ArrayDelete(aaStock, "figs"))
FOR EACH ELEMENT nQuantity, sFruit OF aaStock
	IF nQuantity = 0 THEN ArrayDelete(aaStock, CurrentElement)
END
FOR EACH ELEMENT nQuantity, sFruit OF aaStock
	Trace(sFruit, nQuantity)
END
// Only for associative arrays.
arrValues is array of int = [1, 2, 3]
FOR EACH n OF arrValues
	ArrayDelete(arrValues, CurrentElement)
END
