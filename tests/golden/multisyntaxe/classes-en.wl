//! args: --lang en
// Procedures with several syntaxes and class parameters in English (doc
// 1514063, "Dynamic dispatch"): the syntax whose parameter class is the
// closest to the class of the object passed runs, chosen at run time.
CVehicle is a Class
END
CCar is a Class
	inherits from CVehicle
END
CTruck is a Class
	inherits from CVehicle
END
CRacer is a Class
	inherits from CCar
END
v is a CVehicle dynamic
v = new CVehicle
Show(v)
v = new CCar
Show(v)
v = new CTruck
Show(v)
v = new CRacer
Show(v)
Show("text")

PROCEDURE Show(LOCAL x is a CVehicle)
Trace("vehicle")
PROCEDURE Show(LOCAL x is a CCar)
Trace("car")
PROCEDURE Show(s is a string)
Trace("string", s)
