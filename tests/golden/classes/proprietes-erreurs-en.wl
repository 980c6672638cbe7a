//! args: --lang en
// Compile errors on properties (6010006, 6010011): writing a property
// without a set event (read-only), reading one without a get event
// (write-only), assigning a property whose set event is private, a
// property outside a class, an event with two parameters, a property
// with only one global event, a property used in its own event (with no
// member of the same name).
CSensor is a Class
PRIVATE
	m_n is int
END
c is a CSensor
c.Reading = 3
Trace(c.Target)
c.Gauge = 2
Trace(c.Gauge)

PROPERTY CSensor.Reading()
RESULT m_n

PROPERTY CSensor.Target(v)
m_n = v

PROPERTY CSensor.Gauge()
RESULT m_n

PROPERTY PRIVATE CSensor.Gauge(v)
m_n = v

PROPERTY Orphan()
RESULT 1

PROPERTY CSensor.Two(a, b)
m_n = a + b

PROPERTY GLOBAL CSensor.Mixed()
RESULT 1

PROPERTY CSensor.Mixed(v)
m_n = v

PROPERTY CSensor.Again()
RESULT Again + 1
