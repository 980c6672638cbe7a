//! args: --lang en
// Class members in English (6010006): member options, a structure in the
// class, a GLOBAL singleton, a GLOBAL method, an array of objects.
CSingleton is a Class
	Name is a string, serialize = false
	Total is int, immutable = 5
	SPoint is a Structure
		x, y are int
	END
	p is a SPoint
GLOBAL
	m_Inst is CSingleton
END
Trace(CSingleton::m_Inst.Total)
CSingleton.m_Inst.Name = "unique"
Trace(CSingleton.m_Inst.Name, CSingleton.Instance().Name)
o is a CSingleton
o.p.x = 3
Trace(o.p.x)
t is array of 2 CSingleton
t[1].Name = "a"
Trace(t[1].Name, t[2].Total)
PROCEDURE GLOBAL CSingleton.Instance()
RESULT m_Inst
