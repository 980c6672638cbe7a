// English twin of s3_associatif_existe / s3_structure_affectations (SPEC §3.6, §3.7, §9): associative array of, FOR EACH value, key OF, structure copy
Stock is an associative array of int
Stock["apple"] = 12
Stock["pear"] = 3
FOR EACH Qty, Fruit OF Stock
	Trace(Fruit, Qty)
END
Customer is a Structure
	Name is a string
	City is a string
END
c1 is a Customer
c1.Name = "Durand"; c1.City = "Lyon"
c2 is a Customer
c2 = c1
c2.Name = "Martin"
Trace(c1.Name, c2.Name, c2.City)
