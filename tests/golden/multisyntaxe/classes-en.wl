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
CGarage is a Class
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
// A method with several syntaxes: the same rule on the object's class.
g is a CGarage
g.Repair(v)
v = new CTruck
g.Repair(v)

PROCEDURE Show(LOCAL x is a CVehicle)
Trace("vehicle")
PROCEDURE Show(LOCAL x is a CCar)
Trace("car")
PROCEDURE Show(s is a string)
Trace("string", s)
PROCEDURE CGarage.Repair(LOCAL x is a CVehicle)
Trace("repairs a vehicle")
PROCEDURE CGarage.Repair(LOCAL x is a CCar)
Trace("repairs a car")
