//! args: --lang en
// English twin of comparaison (doc 1514058): key comparison options, key
// type and initial size.
arr2 is an associative array (ccIgnoreCase) of int
arr2["ABC"] = 1
Trace(arr2["abc"], arr2["aBc"]..Exist, arr2["ÀBC"]..Exist)
arr2["abc"] = 2
Trace(arr2..Occurrence, arr2["ABC"])
arrAccent is an associative array (ccIgnoreAccent) of string
arrAccent["Été"] = "saison"
Trace(arrAccent["Ete"], arrAccent["ete"]..Exist)
arrSpace is an associative array (ccIgnoreSpace) of int
arrSpace["12 rue"] = 7
Trace(arrSpace["12rue"], arrSpace[" 12  rue "], arrSpace["12-rue"]..Exist)
arrPunct is an associative array (ccIgnorePunctuationAndSpace) of int
arrPunct["l'été, enfin !"] = 3
Trace(arrPunct["lété enfin"], arrPunct["l.été;enfin"], arrPunct["lete enfin"]..Exist)
arrAll is an associative array (ccIgnoreCase + ccIgnoreAccent + ccIgnoreSpace) of int
arrAll["Élève Modèle"] = 9
Trace(arrAll["ELEVEMODELE"], arrAll["élève modèle"])
arrInit is an associative array (ccIgnoreCase) of real = [["Normal", 0.2]]
Trace(arrInit["NORMAL"])
FOR EACH n, s OF arr2
	Trace(s, n)
END

arrInt is an associative array (*, *, wlInt) of string
arrInt["12"] = "douze"
Trace(arrInt[12], arrInt..Occurrence)
FOR EACH s, n OF arrInt
	Trace(n + 1, s)
END
arrDate is an associative array (*, *, wlDate) of int
arrDate["20240131"] = 31
d is a Date = "20240131"
Trace(arrDate[d])
arrBig is an associative array (*, *, *, 1000) of int
arrBig["a"] = 1
Trace(arrBig..Occurrence)
