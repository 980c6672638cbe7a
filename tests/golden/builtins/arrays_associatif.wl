// Tableau associatif : TableauInsère, TableauSupprime, TableauOccurrence (doc 3075009, 3075008)
taNomPrénom est un tableau associatif de chaînes
TableauInsère(taNomPrénom, "Moulin", "Françoise")
TableauInsère(taNomPrénom, "Montgomery", "Julie")
Trace(TableauOccurrence(taNomPrénom))
Trace(TableauSupprime(taNomPrénom, "Moulin"))
Trace(TableauSupprime(taNomPrénom, "Absent"))
Trace(taNomPrénom.Occurrence, taNomPrénom["Montgomery"])
