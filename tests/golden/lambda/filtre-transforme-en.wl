//! args: --lang en
// Filter (doc 1000024845) and Map (doc 1000024734) with the lambdas their
// pages write (doc 1514084): the examples as they are, in English.

// Filter: the customers whose account is in debit.
Customer is a Structure
	Name is string
	Balance is real
END
arrCustomer is array of Customer
c is a Customer
c.Name = "Alice"; c.Balance = -12.5; ArrayAdd(arrCustomer, c)
c.Name = "Bruno"; c.Balance = 40; ArrayAdd(arrCustomer, c)
c.Name = "Chloe"; c.Balance = -3; ArrayAdd(arrCustomer, c)
arrDebtor is array of Customer
arrDebtor = Filter(arrCustomer, ACustomer => ACustomer.Balance<0)
FOR EACH ACustomer OF arrDebtor
	Trace(ACustomer.Name)
END

// Filter in prefixed syntax: arr2 = [2, 4].
arr2 is array of int = [1, 2, 3, 4]
arr2 = arr2.Filter(X => IsEven(X))
Trace(ArrayToString(arr2, ","))

// Map: arrTriple holds [3, 6, 9, 12, 15].
arrValue is array of int = [1,2,3,4,5]
arrTriple is array of int
arrTriple = Map(arrValue, AValue => AValue * 3)
Trace(ArrayToString(arrTriple, ","))

// Map in prefixed syntax: arr1 = ["a", "b", "c"].
arr1 is array of strings = ["A", "b", "C"]
arr1 = arr1.Map(X => Lower(X))
Trace(ArrayToString(arr1, ","))

// A lambda with two parameters gets the element and its key: shows 2,1
// then 4,2.
arrValues is array of int = [1,2]
FOR EACH x,k OF Map(arrValues, (value, key) => value + key)
	Trace(x,k)
END

// Chained, with a variable of the process in the lambda.
nMin is int = 2
Trace(ArrayToString(arrValue.Filter(v => v > nMin).Map(v => v * 10), ","))
