//! args: --lang en
// Inheritance three levels deep in English keywords (6010007): inherits
// from, virtual methods, Ancestor:M(), constructor order with
// Constructor Base(...) first (6010001), destructors at the end of the
// process and with delete (6010003), polymorphism through dynamic objects.
CAnimal is a Class
	Name is a string
PROTECTED
	Legs is int = 4
END
CDog is a Class
	inherits from CAnimal
	Breed is a string
END
CPuppy is a Class
	inherits from CDog
	Age is int
END

Demo()
t is array of CAnimal dynamic
Add(t, new CAnimal("Beast"))
Add(t, new CDog("Fido", "lab"))
Add(t, new CPuppy("Bill"))
FOR EACH x OF t
	Trace(x.Describe())
END
delete t[3]
Trace(t[3] = Null, t[1] <> Null)

PROCEDURE CAnimal.Constructor(s = "?")
Name = s
Trace("constructor CAnimal", Name)
PROCEDURE CAnimal.Destructor()
Trace("destructor CAnimal", Name)
PROCEDURE CAnimal.Sound()
RESULT "..."
PROCEDURE CAnimal.Describe()
RESULT Name + " (" + Legs + " legs) says " + Sound()

PROCEDURE CDog.Constructor(s, r)
Constructor CAnimal(s)
Breed = r
Trace("constructor CDog", Breed)
PROCEDURE CDog.Sound()
RESULT "Woof"

PROCEDURE CPuppy.Constructor(s)
Constructor CDog(s, "mutt")
Age = 1
Trace("constructor CPuppy", Age)
PROCEDURE CPuppy.Destructor()
Trace("destructor CPuppy", Name)
PROCEDURE CPuppy.Sound()
RESULT "Yip (" + Ancestor:Sound() + ")"

PROCEDURE Demo()
	p is a CPuppy("Rex")
	Trace(p.Describe())
	Trace("end of Demo")

