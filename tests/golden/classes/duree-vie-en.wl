//! args: --lang en
// Object lifetime in English keywords (6010002 "Durée de vie d'un objet",
// 6010003, 6010001, 1511012): an object is destroyed when no variable
// refers to it any more; at the end of a process only the local reference
// goes; an object declared in a loop is allocated again at each iteration;
// delete destroys at once; objects in a cycle only go with delete.
CResource is a Class
	Name is a string
	Link is a CResource dynamic
END
COwner is a Class
	Name is a string
	Part is a CResource
END
SFolder is a Structure
	Title is a string
	Doc is a CResource dynamic
END

gpo is a CResource dynamic
gTab is array of CResource dynamic

Trace("1. end of a process: only the local reference goes")
InScope()
Trace("after InScope:", gpo.Name, gTab[1].Name)

Trace("2. last reference: = Null")
gpo = Null
Trace("gpo released")
kept is a CResource dynamic <- gTab[1]
ArrayDelete(gTab, 1)
Trace("still referenced by kept")
kept = Null
Trace("kept released")

Trace("3. loop: one object per iteration")
InALoop()

Trace("4. delete: destroyed at once, the other references are Null")
x is a CResource dynamic = new CResource("x")
y is a CResource dynamic = x
delete x
Trace(x = Null, y = Null)

Trace("5. copy and reference")
a is a CResource("a")
b is a CResource("b")
b = a
b.Name = "copy of a"
r is a CResource dynamic
r <- a
Trace(a.Name, b.Name, r.Name)
CopyAndReference()

Trace("6. objects in a structure, object member")
InAStructure()
Composition()

Trace("7. object returned by a procedure")
f is a CResource dynamic = Make("made")
Trace("received:", f.Name)
f = Null

Trace("8. cycle: only delete destroys it")
Cycle()

Trace("9. end of the program: the objects still referenced are destroyed")
gpo = new CResource("global")
Trace("end")

PROCEDURE CResource.Constructor(s = "?")
Name = s
Trace("  + " + Name)

PROCEDURE CResource.Destructor()
Trace("  - " + Name)

PROCEDURE COwner.Constructor(s)
Name = s
Part.Name = "part of " + s
Trace("  + " + Name)

PROCEDURE COwner.Destructor()
Trace("  - " + Name)

PROCEDURE InScope()
	o1, o2, o3 are CResource
	o1.Name = "o1"
	o2.Name = "o2"
	o3.Name = "o3"
	gpo = o1
	Add(gTab, o2)
	Trace("end of InScope")

PROCEDURE InALoop()
	t is array of CResource dynamic
	FOR i = 1 _TO_ 3
		o is a CResource("iteration " + i)
		IF i = 2 THEN Add(t, o)
	END
	Trace("end of InALoop, kept:", t[1].Name)

PROCEDURE CopyAndReference()
	c is a CResource("c")
	d is a CResource("d")
	d = c
	d.Name = "copy of c"
	e is a CResource dynamic
	e <- c
	Trace("end of CopyAndReference")

PROCEDURE InAStructure()
	s is a SFolder
	s.Title = "folder"
	s.Doc = new CResource("document")
	Trace("end of InAStructure")

PROCEDURE Composition()
	p is a COwner("owner")
	Trace("end of Composition")

PROCEDURE Make(s)
	o is a CResource(s)
	RESULT o

PROCEDURE Cycle()
	c1 is a CResource dynamic = new CResource("c1")
	c2 is a CResource dynamic = new CResource("c2")
	c1.Link = c2
	c2.Link = c1
	c3 is a CResource dynamic = new CResource("c3")
	c4 is a CResource dynamic = new CResource("c4")
	c3.Link = c4
	c4.Link = c3
	delete c3
	Trace("end of Cycle")
