package runtime

// memberValue reads a property that is not a structure field.
func memberValue(f *frame, v Value, key, name string, pos Position) Value {
	switch key {
	case "OCCURRENCE", "COUNT":
		switch v.k {
		case KArray:
			return Int(int64(v.Array().Len()))
		case KAssoc:
			return Int(int64(v.Assoc().Len()))
		case KString:
			return Int(int64(len([]rune(v.strRaw()))))
		}
	case "ENSECONDES", "INSECONDS":
		if v.k == KDuration {
			return Int(v.n / 1000)
		}
	case "ENMILLISECONDES", "INMILLISECONDS":
		if v.k == KDuration {
			return Int(v.n)
		}
	case "VIDE", "EMPTY":
		switch v.k {
		case KArray:
			return Bool(v.Array().Len() == 0)
		case KAssoc:
			return Bool(v.Assoc().Len() == 0)
		}
	}
	if v.k == KNull {
		f.run.raise(pos, 0, "Accès au membre « "+name+" » d'une variable vide (Null)", "Access to member '"+name+"' of an empty (Null) variable")
	}
	f.run.raise(pos, 0, "Membre ou propriété inconnu « "+name+" » pour une valeur de type "+typeName(v), "Unknown member or property '"+name+"' for a value of type "+typeName(v))
	return Null
}

func typeName(v Value) string {
	if s := v.Struct(); s != nil {
		return s.Type.Name
	}
	return v.k.String()
}
