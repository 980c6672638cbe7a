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
		*errs = append(*errs, &Error{Pos: second.P, Code: 803,
			FR: "RETOUR et RENVOYER ne peuvent pas être utilisés dans le même traitement",
			EN: "RETURN and RESULT cannot be used in the same process"})
	}
}

// WalkStmts calls fn for every statement of body and, when fn returns
// true, for the statements nested in it.
func WalkStmts(body []Stmt, fn func(Stmt) bool) {
	for _, s := range body {
		if !fn(s) {
			continue
		}
		for _, sub := range Children(s) {
			WalkStmts(sub, fn)
		}
	}
}

// Children returns the statement lists nested directly in s.
func Children(s Stmt) [][]Stmt {
	switch s := s.(type) {
	case *If:
		return [][]Stmt{s.Then, s.Else}
	case *Switch:
		out := make([][]Stmt, 0, len(s.Cases)+1)
		for _, c := range s.Cases {
			out = append(out, c.Body)
		}
		return append(out, s.Other)
	case *For:
		return [][]Stmt{s.Body}
	case *ForEach:
		return [][]Stmt{s.Body}
	case *While:
		return [][]Stmt{s.Body}
	case *Loop:
		return [][]Stmt{s.Body}
	case *When:
		return [][]Stmt{s.Handler}
	case *Try:
		return [][]Stmt{s.Body, s.Handler, s.Else}
	case *ProcDecl:
		return [][]Stmt{s.Body}
	}
	return nil
}
