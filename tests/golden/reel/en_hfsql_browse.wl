//! args: --lang en
// English twin of parcours_hfsql (fr:1510013, fr:1510017): parsed and
// checked, not run; reaching the statement is a positioned runtime error.
WHEN EXCEPTION IN
	Customers("Lyon")
DO
	Trace("error:", ExceptionInfo(errMessage))
END
FOR EACH ROW i OF TABLE_Customers
	Trace(i)
END
Trace("never")

PROCEDURE Customers(sCity is string)
nSeen is int
FOR EACH Customer ON CustName WHERE City = sCity
	nSeen++
END
RESULT nSeen
