//! args: --lang en
// A Variant's named and indexed sub-elements (doc 1514019), in English.
Person is Variant
Person.Name = "DUPONT"
Person.FirstName = "Michel"
Trace(Person.Name + " " + Person.FirstName)
Record is Variant
IF NOT Record.Name..Exist THEN Trace("The name was not filled")
Item is Variant
IF Item.MissingMember..Value = Null THEN Trace("Value Null")
Trace(Person.Age..Exist, Person.Name..Exist, Person..Count)
Days is Variant
Days[1] = "Monday"
Days[2] = "Tuesday"
Trace(Days..Count, Days[2])
Library is Variant
Library.Book[1].Title = "The Three Musketeers"
Library.Book[2].Title = "Les Misérables"
FOR EACH bk OF Library.Book
	Trace(bk.Title)
END
