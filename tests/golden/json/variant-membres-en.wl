//! args: --lang en
// A Variant's named and indexed sub-elements (doc 1514019), in English.
Parcel is Variant
Parcel.Weight = 2
Parcel.Recipient = "Mrs Roux"
Parcel.Weight = 3
Trace(Parcel.Recipient, Parcel.Weight, Parcel..Member..Count)
Empty is Variant
IF NOT Empty.Status..Exist THEN Trace("no status")
IF Empty.Status..Value = Null THEN Trace("Status..Value is Null")
IF Empty.Status = Null THEN Trace("Status is Null")
read is Variant = Parcel.Volume
Trace(Parcel.Volume..Exist, Parcel.Weight..Exist, Parcel..Member..Count)
Marks is Variant
Marks[1] = 12
Marks[2] = 15
Marks[3] = 9
Trace(Marks..Count, Marks[2])
total is int
FOR EACH n OF Marks
	total += n
END
Trace(total)
Form is Variant
Form.Pupil[1].Name = "Inès"
Form.Pupil[1].Average = 14.5
Form.Pupil[2].Name = "Hugo"
Form.Pupil[2].Average = 11
FOR EACH p OF Form.Pupil
	Trace(p.Name + " : " + p.Average)
END
