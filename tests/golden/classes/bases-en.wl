//! args: --lang en
// Classes in English keywords: members, PRIVATE section, GLOBAL members,
// CONSTANT block, methods, constructor, this / :member, automatic objects.
// Pages: 6010009, 6010006, 6010001, 6010002.
CAccount is a Class
	Owner is a string
	Balance is a currency = 10
PRIVATE
	History is a string
GLOBAL
	Count is int
PUBLIC
CONSTANT
	LIMIT = 1000
END
END

a1 is a CAccount("Alice")
a2 is an object CAccount("Bob", 50)
Trace(a1.Owner, a1.Balance, a2.Owner, a2.Balance)
a1.Deposit(25)
a2.Deposit(2000)
Trace(a1.Balance, a2.Balance)
Trace(a1.Log())
Trace(CAccount::Count, CAccount.LIMIT)
Trace(CAccount.Total())

PROCEDURE CAccount.Constructor(sName is string = "(none)", mStart is currency = 10)
Owner = sName
:Balance = mStart
this.History = "opened"
Count++

PROCEDURE CAccount.Deposit(m is currency)
IF Balance + m > LIMIT THEN
	History += ", refused " + m
	RETURN
END
Balance += m
:History += ", +" + m

PROCEDURE CAccount.Log()
RESULT Owner + ": " + History

PROCEDURE GLOBAL CAccount.Total()
RESULT "accounts: " + Count
