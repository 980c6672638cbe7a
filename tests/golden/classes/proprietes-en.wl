//! args: --lang en
// Properties written in a script, English keywords (6010006, 6010011; the
// text form of a class, 9000183, writes PROPERTY instead of PROCEDURE):
// "PROPERTY C.Name()" is the get event, "PROPERTY C.Name(Value)" the set
// event. A property is used like a member; in its own events a member of
// the same name wins.
CAccount is a Class
	Holder is a string
PROTECTED
	m_Balance is currency
	m_Log is a string
END
CSavings is a Class
	inherits from CAccount
END
CBank is a Class
GLOBAL
	g_nAccounts is int
END

c is a CAccount
c.Holder = "lea"
Trace(c.Holder)
c.Balance = 100
c.Balance += 20.5
c.Balance -= 0.5
Trace(c.Balance, c.Log)
Trace("Label:", c.Label)
c.Withdraw = 30
Trace(c.Balance)
c.Twice()
Trace(c.Balance)

// The events are virtual: redefined in a derived class.
e is a CAccount dynamic = new CSavings
e.Holder = "noe"
e.Balance = 10
Trace(e.Holder, e.Balance, e.Label)

// Global property: both its events are global, C.Name without an object.
CBank.Accounts = 2
CBank::Accounts += 1
Trace(CBank.Accounts)

// The member Holder and the property Holder share a name: outside the
// events, the property wins.
PROPERTY CAccount.Holder()
RESULT Upper(Holder)

PROPERTY CAccount.Holder(s is string)
Holder = s + " (holder)"

PROPERTY CAccount.Balance()
RESULT m_Balance

PROPERTY CAccount.Balance(Value)
m_Balance = Value
m_Log += "[" + Value + "]"

// Read-only: no set event.
PROPERTY CAccount.Label()
RESULT Holder + ": " + m_Balance

PROPERTY CAccount.Log()
RESULT m_Log

// Write-only: no get event.
PROPERTY CAccount.Withdraw(m)
Balance = Balance - m

PROCEDURE CAccount.Twice()
Balance = Balance * 2

// Ancestor.Property and BaseClass.Property: the events of the base
// class (6010006, inheritance).
PROPERTY CSavings.Label()
RESULT "savings, " + Ancestor.Label

PROPERTY CSavings.Balance(Value)
CAccount.Balance = Value + 1

PROPERTY GLOBAL CBank.Accounts()
RESULT g_nAccounts

PROPERTY GLOBAL CBank.Accounts(n)
g_nAccounts = n
