package parser

// check runs the checks that need the whole tree: RETOUR and RENVOYER in
// the same traitement (WinDev error 803).
func check(f *File) ErrorList {
	var errs ErrorList
	checkTraitement(f.Main, &errs)
	for _, p := range f.Procs {
		checkTraitement(p.Body, &errs)
	}
	return errs
}

func checkTraitement(body []Stmt, errs *ErrorList) {
	var retour, renvoyer *Return
	WalkStmts(body, func(s Stmt) bool {
		switch s := s.(type) {
		case *ProcDecl:
			checkTraitement(s.Body, errs)
			return false
		case *Return:
			if s.Kw == "RENVOYER" && renvoyer == nil {
				renvoyer = s
			} else if s.Kw == "RETOUR" && retour == nil {
				retour = s
			}
		}
		return true
	})
	if retour != nil && renvoyer != nil {
		second := retour
		if renvoyer.P.Offset > retour.P.Offset {
			second = renvoyer
		}
		*errs = append(*errs, &Error{Pos: second.P, Code: CodeReturnAndResult,
			FR: "RETOUR et RENVOYER ne peuvent pas être utilisés dans le même traitement",
			EN: "RETURN and RESULT cannot be used in the same process"})
	}
}
