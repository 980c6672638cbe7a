//! args: --lang en
// HFSQL browses with their options and a data source, English keywords
// (doc 1510013): parsed and checked, not run.
WHEN EXCEPTION IN
	Browse()
DO
	Trace("error:", ExceptionInfo(errMessage))
END
dsCustomers is a Data Source
Trace("never")

PROCEDURE Browse()
n is int
FOR EACH Customer WHERE "City = 'Lyon'" ON CustNum
	n++
END
FOR EACH Orders WITHOUT FILTER
	n++
END
RESULT n
