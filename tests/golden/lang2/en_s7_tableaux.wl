// English twin of builtins/arrays_* (SPEC §7.4, §9): Add, ArrayAdd, ArrayInsert, ArrayDelete, ArraySeek, ArraySort, ArrayCount, ArrayDeleteAll
Fruits is an array of strings = ["pear", "apple"]
Trace(Add(Fruits, "kiwi"), ArrayAdd(Fruits, "fig"))
ArrayInsert(Fruits, 1, "plum")
ArrayDelete(Fruits, 3)
Trace(Fruits[1], Fruits[2], Fruits[3], ArrayCount(Fruits))
ArraySort(Fruits)
Trace(Fruits[1], Fruits[4])
Trace(ArraySeek(Fruits, asLinear, "kiwi"), ArraySeek(Fruits, asLinear, "none"))
ArrayDeleteAll(Fruits)
Trace(Fruits.Count)
