package runtime

import "github.com/wlangage/wl/parser"

// Places and assignment: what can be written (variables, elements,
// members, extracts) and the assignment operators.

// lval is a compiled assignable place.
type lval struct {
	ref func(*frame) *Value
	typ *Type
}

// lvalue compiles an assignment target (or an argument passed by
// reference). Expressions that are not places give a fresh temporary.
func (c *compiler) lvalue(b *procBuild, e parser.Expr) lval {
	switch e := e.(type) {
	case *parser.Ident:
		if vi := c.lookupVar(b, e.Key); vi == nil {
			if lv, ok := c.classLvalue(b, e); ok {
				return lv
			}
			if g := c.eng.reg.LookupGlobal(e.Key); g != nil {
				// A built-in variable such as the legacy Email structure:
				// its members are written through the value it holds.
				get := g.Get
				return lval{func(f *frame) *Value { v := get(f.run); return &v }, TypeVariant}
			}
		}
		vr := c.varRef(b, e.Key, e.P)
		if vr.local >= 0 {
			slot := vr.local
			return lval{func(f *frame) *Value { return &f.locals[slot] }, vr.typ}
		}
		return lval{vr.ref, vr.typ}
	case *parser.Paren:
		return c.lvalue(b, e.X)
	case *parser.Indirection:
		find := c.indirection(b, e)
		return lval{func(f *frame) *Value { v, _ := find(f); return v }, TypeVariant}
	}
	p := c.place(b, e)
	return lval{p.ref, p.typ}
}

// place is an expression compiled once as both a value and a place (an
// argument that may be passed by reference, a receiver). Each
// sub-expression is compiled once, so compiling a chain t[1][1]… or
// t.a.a… takes time and memory linear in its length (issue 12).
type place struct {
	read exprFn
	ref  func(*frame) *Value
	typ  *Type
}

func (c *compiler) place(b *procBuild, e parser.Expr) place {
	if cm, ok := c.enumExpr(b, e); ok {
		return place{cm.fn, func(f *frame) *Value { v := cm.fn(f); return &v }, cm.typ}
	}
	switch e := e.(type) {
	case *parser.Ident:
		x := c.expr(b, e)
		lv := c.lvalue(b, e)
		return place{x.fn, lv.ref, lv.typ}
	case *parser.Index:
		return c.index(b, e)
	case *parser.Member:
		if isExiste(e) {
			break
		}
		// v.a as the base of v.a.b = x or v.a[i] = x: the member of a
		// Variant's named sub-elements, created as it is written (doc
		// 1514019), which needs the place of v itself (bref). X is
		// compiled once: objLvalue takes it from lastBase.
		var base compiled
		var bref func(*frame) *Value
		pre := chainBase(e.X)
		if pre {
			base, bref = c.baseAndRef(b, e.X)
			c.lastBase = cachedBase{e.X, base}
		}
		if lv, ok := c.objLvalue(b, e); ok {
			x := c.expr(b, e)
			return place{x.fn, lv.ref, lv.typ}
		}
		if c.lastBase.x == e.X && pre {
			c.lastBase = cachedBase{}
		}
		if cm, ok := c.dynProp(b, e); ok {
			return place{cm.fn, func(f *frame) *Value { t := cm.fn(f); return &t }, cm.typ}
		}
		if !pre {
			base, bref = c.baseAndRef(b, e.X)
		}
		full := c.memberOf(b, e, base)
		bf, ff, key := base.fn, full.fn, e.Name.Key
		name, pos := c.spell(e.Name), e.P
		if full.typ != TypeVariant {
			bref = nil
		}
		return place{ff, func(f *frame) *Value {
			v := bf(f)
			if s := v.Struct(); s != nil {
				if i := s.Type.FieldIndex(key); i >= 0 {
					return &s.Fields[i]
				}
			}
			if bref != nil && (v.k == KNull || variantObject(v) != nil) {
				if m := dynMember(f, bref(f), name, pos); m != nil {
					return m
				}
			}
			t := ff(f)
			return &t
		}, full.typ}
	case *parser.Paren:
		return c.place(b, e.X)
	}
	x := c.expr(b, e)
	return place{x.fn, func(f *frame) *Value { v := x.fn(f); return &v }, x.typ}
}

// index compiles T[i], T[i, j] and A[k]: reading a missing key of an
// associative array gives the element's default and adds nothing; as a
// place, it adds the key.
func (c *compiler) index(b *procBuild, e *parser.Index) place {
	base, bref := c.baseAndRef(b, e.X)
	bf := base.fn
	var idx []exprFn
	for _, x := range e.Idx {
		idx = append(idx, c.expr(b, x).fn)
	}
	// A subscript x + y ("k" + i) of an associative array is looked up
	// without making the key's string (concatParts).
	var ck *concatParts
	if len(idx) == 1 {
		if be, ok := e.Idx[0].(*parser.Binary); ok && c.concat.e == be {
			ck = &concatParts{be, c.concat.l, c.concat.r, c.concat.pos}
		}
	}
	pos := e.P
	elem := TypeVariant
	if base.typ != nil && base.typ.Elem != nil {
		elem = base.typ.Elem
	}
	at := func(f *frame, v Value) *Value {
		switch v.k {
		case KArray:
			a := v.Array()
			if len(a.Dims) > 1 && len(idx) < len(a.Dims) {
				// T[i] of a two-dimensional array is its row i, sharing
				// the elements: T[i][j] reads and writes T[i, j].
				row := rowOf(f, a, idx, pos)
				return &row
			}
			i := arrayOffset(f, a, idx, pos)
			return &a.Data[i]
		case KAssoc:
			return assocPlace(f, v.Assoc(), idx, ck, pos)
		case KString:
			rs := []rune(v.strRaw())
			i := idx[0](f).ToInt()
			t := Str("")
			if i >= 1 && i <= int64(len(rs)) {
				t = Str(string(rs[i-1]))
			}
			return &t
		case KNull:
			f.run.raise(pos, 0, "Accès indicé sur une variable vide (Null)", "Indexing an empty (Null) variable")
		}
		f.run.raise(pos, 0, "Accès indicé impossible sur une valeur de type "+v.k.String(), "Cannot index a value of type "+v.k.String())
		return nil
	}
	ref := func(f *frame) *Value { return at(f, bf(f)) }
	if len(idx) == 1 && bref != nil && base.typ != nil && base.typ.Any && base.typ.Kind == KNull {
		ref = dynIndexRef(bf, bref, at)
	}
	read := func(f *frame) Value { return *at(f, bf(f)) }
	if len(idx) == 1 {
		key := idx[0]
		read = func(f *frame) Value {
			v := bf(f)
			if a := v.arrayRaw(); a != nil && a.unboxed && a.Elem.Kind != KStruct {
				// t[i] of an array stored unboxed, read as it is.
				i := key(f).ToInt()
				if a.unboxed && i >= 1 && i <= int64(len(a.ints)) {
					return a.unboxedAt(int(i - 1))
				}
				a.box()
				return a.Data[arrayOffset1(f, a, i, pos)]
			}
			if a := v.Assoc(); a != nil {
				return assocRead(f, a, idx, ck, pos)
			}
			return *at(f, v)
		}
	}
	return place{read, ref, elem}
}

// rowOf returns row i of a multi-dimensional array as an array sharing
// its elements.
func rowOf(f *frame, a *Array, idx []exprFn, pos Position) Value {
	i := int(idx[0](f).ToInt())
	if i < 1 || i > a.Dims[0] {
		f.run.raise(pos, 0, "Indice "+Int(int64(i)).Text()+" en dehors des bornes du tableau", "Index "+Int(int64(i)).Text()+" out of the array bounds")
	}
	n := len(a.Data) / a.Dims[0]
	row := &Array{Elem: a.Elem, Data: a.Data[(i-1)*n : i*n : i*n]}
	if len(a.Dims) > 2 {
		row.Dims = a.Dims[1:]
	}
	return ArrayValue(row)
}

// arrayOffset computes the 0-based offset of an element, growing the
// array when it was declared with <agrandissement> (SPEC §3.5).
func arrayOffset(f *frame, a *Array, idx []exprFn, pos Position) int {
	if len(idx) == 1 {
		return arrayOffset1(f, a, idx[0](f).ToInt(), pos)
	}
	return arrayOffsetN(f, a, idx, pos)
}

// arrayOffset1 is arrayOffset for the one subscript i, evaluated.
func arrayOffset1(f *frame, a *Array, i int64, pos Position) int {
	if i >= 1 && i <= int64(len(a.Data)) {
		return int(i - 1)
	}
	if i >= 1 && a.Grow > 0 && i <= 1<<26 {
		f.run.charge(pos, (i-int64(len(a.Data)))*valueSize)
		a.room(int(i) - len(a.Data))
		for int64(len(a.Data)) < i {
			a.Data = append(a.Data, Zero(a.Elem))
		}
		return int(i - 1)
	}
	f.run.raise(pos, 0, "Indice "+Int(i).Text()+" en dehors des bornes du tableau (1 à "+Int(int64(len(a.Data))).Text()+")",
		"Index "+Int(i).Text()+" out of the array bounds (1 to "+Int(int64(len(a.Data))).Text()+")")
	return 0
}

// arrayOffsetN is arrayOffset for several subscripts.
func arrayOffsetN(f *frame, a *Array, idx []exprFn, pos Position) int {
	if len(a.Dims) != len(idx) {
		f.run.raise(pos, 0, "Nombre d'indices incorrect pour ce tableau", "Wrong number of indices for this array")
	}
	off := 0
	for k, x := range idx {
		i := int(x(f).ToInt())
		if i < 1 || i > a.Dims[k] {
			f.run.raise(pos, 0, "Indice "+Int(int64(i)).Text()+" en dehors des bornes du tableau", "Index "+Int(int64(i)).Text()+" out of the array bounds")
		}
		off = off*a.Dims[k] + (i - 1)
	}
	if off >= len(a.Data) {
		// Dimensions that do not match the elements (an array a built-in
		// reshaped): an error, never a Go panic.
		f.run.raise(pos, 0, "Indice en dehors des bornes du tableau", "Index out of the array bounds")
	}
	return off
}

func (c *compiler) assign(b *procBuild, s *parser.Assign) stmtFn {
	pos := s.P
	if st, ok := c.enumAssign(b, s); ok {
		return st
	}
	if s.Multi {
		return c.assignMulti(b, s)
	}
	// s += [sep] and s += [sep] + fin: optional concatenation (SPEC §5.2).
	if s.Op == "+=" {
		if al, ok := s.Value.(*parser.ArrayLit); ok && len(al.Elems) == 1 {
			return c.assign(b, &parser.Assign{At: s.At, Targets: s.Targets, Op: "=", Value: &parser.Binary{At: s.At, Op: "+", L: s.Targets[0], R: al}})
		}
		if bin, ok := s.Value.(*parser.Binary); ok && bin.Op == "+" {
			if al, ok := bin.L.(*parser.ArrayLit); ok && len(al.Elems) == 1 {
				inner := &parser.Binary{At: s.At, Op: "+", L: s.Targets[0], R: al}
				return c.assign(b, &parser.Assign{At: s.At, Targets: s.Targets, Op: "=", Value: &parser.Binary{At: s.At, Op: "+", L: inner, R: bin.R}})
			}
		}
	}
	if fn, ok := c.objAssign(b, s); ok {
		return fn
	}
	if ind, ok := s.Targets[0].(*parser.Indirection); ok && s.Op == "=" {
		// {nom} = v converts v to the type of the variable found (fr:1512005).
		find, val := c.indirection(b, ind), c.expr(b, s.Value).fn
		return func(f *frame) ctl {
			v := val(f)
			ref, t := find(f)
			*ref = c.convertChecked(f, v, t, pos)
			return ctlNone
		}
	}
	if ex, ok := s.Targets[0].(*parser.Extract); ok && s.Op == "=" {
		return c.assignExtract(b, ex, s.Value)
	}
	if m, ok := s.Targets[0].(*parser.Member); ok && (s.Op == "=" || s.Op == "+=" || s.Op == "-=") {
		return c.assignMember(b, m, s.Op, s.Value)
	}
	lv := c.lvalue(b, s.Targets[0])
	switch s.Op {
	case "=":
		rv := c.expr(b, s.Value)
		vf := rv.fn
		t := lv.typ
		if lv.ref == nil {
			return nil
		}
		ref := lv.ref
		if t.Kind == KInt && isIntType(rv.typ) && t.Bits == 64 && !t.Unsigned {
			return func(f *frame) ctl { *ref(f) = vf(f); return ctlNone }
		}
		if lit, ok := arrayLiteral(s.Value); ok && t.Kind == KArray && !t.Any && len(lit.Elems) > 0 {
			lpos := lit.P
			// t = [[1, 2], [3, 4]] writes the values into the array in
			// place (doc 1514031): the elements it does not reach keep
			// their values. An empty [] still empties it (the doc is
			// silent; what a WinDev user means by it).
			return func(f *frame) ctl {
				v := vf(f)
				p := ref(f)
				if p.k != KArray {
					f.run.charge(pos, arrayBytes(t))
					*p = zeroRun(f.run, t)
				}
				fillLiteral(f, p.Array(), v, lpos)
				return ctlNone
			}
		}
		return func(f *frame) ctl {
			v := c.assigned(f, vf(f), t, pos) // before ref: the right side runs first
			*ref(f) = v
			return ctlNone
		}
	case "+=", "-=":
		op := s.Op[:1]
		t := lv.typ
		ref := lv.ref
		if slot := c.localSlot(b, s.Targets[0]); slot >= 0 && t.Kind == KInt && t.Bits == 64 && !t.Unsigned && c.isIntExpr(b, s.Value) {
			// A local entier and an entier expression (s += i in a loop):
			// the slot is addressed directly and no Value is built for
			// the right-hand side; same overflow rule as below.
			ie, sub := c.intCode(b, s.Value), s.Op == "-="
			return func(f *frame) ctl {
				y := ie(f)
				p := &f.locals[slot]
				if p.k == KInt {
					if addInt(&p.n, y, sub) {
						return ctlNone
					}
				}
				r, err := arith(op, *p, Value{k: KInt, n: y})
				if err != nil {
					f.run.raiseOp(pos, err)
				}
				*p = c.convertChecked(f, r, t, pos)
				return ctlNone
			}
		}
		if slot, rslot := c.localSlot(b, s.Targets[0]), c.localSlot(b, s.Value); slot >= 0 && rslot >= 0 && t.Kind == KInt && t.Bits == 64 && !t.Unsigned {
			// s += i with two locals (i a POUR variable, a Variant holding
			// an entier): both slots read in place.
			sub := s.Op == "-="
			return func(f *frame) ctl {
				p, q := &f.locals[slot], &f.locals[rslot]
				if p.k == KInt && q.k == KInt {
					y := q.n
					if addInt(&p.n, y, sub) {
						return ctlNone
					}
				}
				r, err := arith(op, *p, *q)
				if err != nil {
					f.run.raiseOp(pos, err)
				}
				*p = c.convertChecked(f, r, t, pos)
				return ctlNone
			}
		}
		rv := c.expr(b, s.Value).fn
		if t.Kind == KInt && t.Bits == 64 && !t.Unsigned {
			sub := op == "-"
			return func(f *frame) ctl {
				p := ref(f)
				v := rv(f)
				if p.k == KInt && v.k == KInt && addInt(&p.n, v.n, sub) {
					return ctlNone
				}
				r, err := arith(op, *p, v)
				if err != nil {
					f.run.raiseOp(pos, err)
				}
				*p = c.convertChecked(f, r, t, pos)
				return ctlNone
			}
		}
		return func(f *frame) ctl {
			p := ref(f)
			v := rv(f)
			if p.k == KArray && op == "+" {
				f.run.charge(pos, valueSize)
				p.arrayRaw().appendRaw(v)
				return ctlNone
			}
			xb, xcap := bufOf(*p)
			r, err := arith(op, *p, v)
			if err != nil {
				f.run.raiseOp(pos, err)
			}
			f.run.charge(pos, growth(xb, xcap, r))
			if t.Any || (t.Kind == KString && r.k == KString) {
				*p = r
			} else {
				*p = c.convertChecked(f, r, t, pos)
			}
			return ctlNone
		}
	case "<-":
		rv := c.expr(b, s.Value).fn
		ref := lv.ref
		return func(f *frame) ctl { *ref(f) = rv(f); return ctlNone }
	case "<=":
		rv := c.expr(b, s.Value).fn
		ref := lv.ref
		return func(f *frame) ctl {
			dst, src := ref(f), rv(f)
			ds, ss := dst.Struct(), src.Struct()
			if ds == nil || ss == nil {
				*dst = copyValue(src)
				return ctlNone
			}
			for i, fd := range ss.Type.Fields {
				if j := ds.Type.FieldIndex(Fold(fd.Name)); j >= 0 {
					ds.Fields[j] = convertLoose(copyValue(ss.Fields[i]), ds.Type.Fields[j].Type)
				}
			}
			return ctlNone
		}
	case "<=>":
		other := c.lvalue(b, s.Value)
		ref := lv.ref
		return func(f *frame) ctl {
			p, q := ref(f), other.ref(f)
			*p, *q = *q, *p
			return ctlNone
		}
	}
	c.errorf(pos, codeUnsupported, "Affectation non prise en charge "+s.Op, "Unsupported assignment "+s.Op)
	return nil
}

// assignExtract compiles s[[a]] = v, s[[a À b]] = v, s[[a SUR n]] = v: the
// characters in the range are replaced by v (SPEC §5.2); for a Buffer,
// the bytes.
func (c *compiler) assignExtract(b *procBuild, e *parser.Extract, value parser.Expr) stmtFn {
	base := c.lvalue(b, e.X)
	r := c.extractRange(b, e)
	val := c.expr(b, value).fn
	return func(f *frame) ctl {
		p := base.ref(f)
		if p.k == KBuffer {
			start, end := r.bounds(f, p.n)
			bufferExtractAssign(p, start, end, val(f))
			return ctlNone
		}
		rs := []rune(p.Text())
		n := int64(len(rs))
		start, end := r.bounds(f, n)
		start = min(start, n+1)
		end = max(min(end, n), start-1)
		ins := val(f).Text()
		f.run.charge(e.P, int64(len(rs))*4+int64(len(ins)))
		*p = Str(string(rs[:start-1]) + ins + string(rs[end:]))
		return ctlNone
	}
}

// bufferExtractAssign writes bytes of a Buffer: b[[i]] = 65 stores the
// byte 65 [fr:1514042]; a string stores its bytes.
func bufferExtractAssign(p *Value, start, end int64, v Value) {
	bs := []byte(p.strRaw())
	n := int64(len(bs))
	var ins []byte
	if isNum(v) {
		ins = []byte{byte(v.ToInt())}
	} else {
		ins = []byte(v.Text())
	}
	if start > n+1 {
		bs = append(bs, make([]byte, start-n-1)...)
		n = start - 1
	}
	end = max(min(end, n), start-1)
	out := append(append(append([]byte(nil), bs[:start-1]...), ins...), bs[end:]...)
	*p = bytesValue(KBuffer, string(out))
}

// initContainer builds an array or associative array from a literal.
func initContainer(f *frame, t *Type, v Value, pos Position) Value {
	if v.k == KArray || v.k == KAssoc {
		src := v
		if t.Kind == KArray && v.k == KArray && len(t.Dims) > 1 && len(v.Array().Dims) <= 1 {
			// A series of series into an array of several dimensions (a
			// member, o.M = [[1, 2], [3, 4]]): filled as a literal is
			// (arraylit.go).
			f.run.charge(pos, arrayBytes(t))
			a := zeroRun(f.run, t)
			fillLiteral(f, a.Array(), v, pos)
			return a
		}
		if t.Kind == KArray && v.k == KArray {
			a := NewArray(t.Elem, 0)
			for _, e := range src.Array().Data {
				a.Append(e)
			}
			return ArrayValue(a)
		}
		if t.Kind == KAssoc && v.k == KArray {
			a := newAssocOf(t) // with the declaration's options
			for _, kv := range src.Array().Data {
				if p := kv.Array(); p != nil && len(p.Data) == 2 {
					*a.Add(p.Data[0]) = convertLoose(p.Data[1], t.Elem)
				}
			}
			return AssocValue(a)
		}
		return copyValue(v)
	}
	if t.Kind == KArray && v.k != KNull {
		// A single value assigned to an array makes a one-element array
		// (MonMessage.Destinataire = "x" [fr:3032002]).
		a := NewArray(t.Elem, 0)
		a.Append(v.First())
		return ArrayValue(a)
	}
	return zeroRun(f.run, t)
}

// addInt adds y to *p (subtracts it when sub) in place and reports true,
// or reports false and leaves *p alone when the entier would overflow
// (the caller then goes the general way, which raises the error).
func addInt(p *int64, y int64, sub bool) bool {
	if !sub {
		if n := *p + y; (n > *p) == (y > 0) {
			*p = n
			return true
		}
		return false
	}
	if n := *p - y; (n < *p) == (y > 0) {
		*p = n
		return true
	}
	return false
}

// assigned is the value v takes once assigned to a variable of type t:
// a copy for a Variant (or an untyped place, t nil), a new container for
// an array or an associative array, else the checked conversion.
func (c *compiler) assigned(f *frame, v Value, t *Type, pos Position) Value {
	switch {
	case t == nil || t.Any:
		return copyValue(v.First())
	case t.Kind == KArray || t.Kind == KAssoc:
		return initContainer(f, t, v, pos)
	}
	return c.convertChecked(f, v, t, pos)
}

// convertChecked converts for an assignment to a typed variable and
// checks entier ranges (DECISIONS 5).
func (c *compiler) convertChecked(f *frame, v Value, t *Type, pos Position) Value {
	if t.Kind == KStruct && v.k == KArray && t.Struct != nil {
		// p est un point3D = [0, 0, 50]: members in order.
		s := NewStruct(t.Struct)
		for i, e := range v.Array().Data {
			if i < len(s.Fields) {
				s.Fields[i] = convertLoose(e, t.Struct.Fields[i].Type)
			}
		}
		return StructValue(s)
	}
	if t.Kind == KString && v.k == KString {
		return v
	}
	if t.Kind == KBool && v.k == KString {
		f.run.raise(pos, 0, "Une chaîne ne peut pas être utilisée comme un booléen", "A string cannot be used as a boolean")
	}
	if (v.k == KArray || v.k == KAssoc) && isSimpleKind(t.Kind) && !t.Any {
		// s = tab: no simple value to take from an array; an error
		// rather than an empty string or 0 (found with (a, b) = tab,
		// which assigned the array to a).
		f.run.raise(pos, 0, "Impossible d'affecter un "+v.k.String()+" à une variable de type "+t.Name,
			"Cannot assign an array to a variable of type "+t.Name)
	}
	out := convertLoose(v, t)
	if assignOverflow(v, out, t) {
		f.run.raise(pos, 0, "Dépassement de capacité : la valeur "+v.Text()+" ne tient pas dans un "+t.Name, "Overflow: the value "+v.Text()+" does not fit in "+t.Name)
	}
	return out
}

// localSlot returns the slot of e when e names a variable of the
// traitement being compiled (not a parameter, not an enclosing
// traitement's), else -1.
func (c *compiler) localSlot(b *procBuild, e parser.Expr) int {
	id, ok := e.(*parser.Ident)
	if !ok {
		return -1
	}
	if vi := c.lookupVar(b, id.Key); vi == nil || vi.isConst || (vi.param && !vi.byValue) || hops(b, vi.owner) != 0 {
		return -1
	}
	return c.lookupVar(b, id.Key).slot
}

// isSimpleKind reports whether k is a simple type (numbers, strings,
// booleans, dates, times and durations), which no array converts to.
func isSimpleKind(k Kind) bool {
	switch k {
	case KBool, KInt, KReal, KString, KDuration, KDate, KTime, KCurrency, KNumeric, KDateTime:
		return true
	}
	return false
}
