package parser

import (
	plexer "github.com/alecthomas/participle/v2/lexer"

	"github.com/wlangage/wl/lexer"
)

// Object-oriented WLangage: the class declaration block, allocation,
// release, ancestor constructor calls and `:membre`. Doc pages: POO
// overview 6010009, classes/members/methods/properties 6010006,
// constructor and destructor 6010001, object declaration 6010002, dynamic
// instantiation 6010003, inheritance 6010007.

// Codes of the class syntax errors (parser range, next to CodeClasses).
const (
	// CodeClassMember: a class block holds something other than members,
	// sections, constants, structures and `hérite de`.
	CodeClassMember = 9210
	// CodeClassName: a class name is expected (after `hérite de`,
	// `allouer`, `Constructeur`).
	CodeClassName = 9211
)

// ClassDecl is `C est une Classe [, abstraite] ... FIN` (6010006).
type ClassDecl struct {
	At
	Name     Name
	Abstract bool
	// Bases are the ancestors (`hérite de X`, `un objet X`, 6010007).
	Bases   []Name
	Members []*ClassMember
	Consts  []*ConstDecl
	Structs []*StructDecl
	// Enums are the enumerations and combinations declared in the class
	// (1514067: `C::E` outside the class).
	Enums []*EnumDecl
	// Implements are the interfaces of `implémente I` (6010017).
	Implements []Name
	// Interface is `I est une Interface`: Protos are its methods and
	// properties, nothing else is allowed in it.
	Interface bool
	Protos    []*Proto
}

// Proto is a method or property prototype of an interface (6010017).
type Proto struct {
	At
	Name     Name
	Property bool
	// Read and Write are a property's <lecture> / <écriture> attributes
	// (reading only when none is given).
	Read, Write bool
}

// ClassMember is one member declaration with its access.
type ClassMember struct {
	At
	Decl *VarDecl
	// Access is "PUBLIC", "PROTEGE" or "PRIVE"; ReadOnly is the CONSTANT
	// after it (readable outside, writable inside); Global is a class
	// member shared by every object.
	Access   string
	ReadOnly bool
	Global   bool
}

// NewExpr is `allouer un C(args)` / `new C(args)` (6010003).
type NewExpr struct {
	At
	Class   Name
	Args    []Expr
	HasArgs bool
}

// Free is `libérer o` / `delete o` (6010003).
type Free struct {
	At
	X Expr
}

// CtorCall is `Constructeur Base(args)` or `Constructeur membre(args)`,
// the first instruction of a constructor (6010001).
type CtorCall struct {
	At
	Target Name
	Args   []Expr
}

// TypeTest is `x est C`: whether x is an object of C or of a class
// derived from it (6010019).
type TypeTest struct {
	At
	X     Expr
	Class Name
}

// ObjCast is the explicit conversion `(C) x` (raises an error when x is
// not a C) or `(C?) x` (gives Null), 6010019.
type ObjCast struct {
	At
	Class Name
	X     Expr
	Soft  bool
}

func (*NewExpr) exprNode()   {}
func (*TypeTest) exprNode()  {}
func (*ObjCast) exprNode()   {}
func (*ClassDecl) stmtNode() {}
func (*Free) stmtNode()      {}
func (*CtorCall) stmtNode()  {}

// SelfKey is the folded name the parser gives the current object in
// `:membre` (MoiMême, 6010007).
const SelfKey = "MOIMEME"

var accessWords = map[string]string{
	"PUBLIC": "PUBLIC", "PUBLIQUE": "PUBLIC",
	"PROTEGE": "PROTEGE", "PROTEGEE": "PROTEGE", "PROTECTED": "PROTEGE",
	"PRIVE": "PRIVE", "PRIVEE": "PRIVE", "PRIVATE": "PRIVE",
}

// opensClass reports whether the identifier at i is the CLASSE of
// `C est une Classe` ending its line (or followed by its options): a block
// that FIN closes.
func opensClass(toks []plexer.Token, i int) bool {
	t := &toks[i]
	if _, enum := isEnumWord(t.Value); t.Value != "CLASSE" && t.Value != "CLASS" && t.Value != "INTERFACE" && !enum {
		return false // E est une Enumération ... FIN too (enum.go)
	}
	j := i - 1
	if j >= 0 && toks[j].Type == tIdent && isArticle(toks[j].Value) {
		j--
	}
	if j < 0 || !isKw(&toks[j], "EST") {
		return false
	}
	n := &toks[i+1]
	return n.Type == tNewline || n.EOF() || isPunct(n, ",") || isPunct(n, "<")
}

// skipDynamic consumes `dynamique` after a type and marks it.
func (p *exprParser) skipDynamic(tr *TypeRef) bool {
	n := p.peek()
	if n.Type == tIdent && (n.Value == "DYNAMIQUE" || n.Value == "DYNAMIC" || n.Value == "DYNAMIQUES" || n.Value == "DYNAMICS") {
		p.next()
		tr.Dynamic = true
		if tr.Array != nil && tr.Array.Elem != nil {
			// tableau de C dynamiques: the elements are dynamic.
			tr.Array.Elem.Dynamic = true
		}
		return true
	}
	return false
}

// skipObjectWord consumes the `[un] objet` of `o est un objet C`
// (6010002) when a name follows it.
func (p *exprParser) skipObjectWord() {
	cp := p.lx.MakeCheckpoint()
	p.skipArticle()
	if t := p.peek(); t.Type == tIdent && (t.Value == "OBJET" || t.Value == "OBJECT") {
		p.next()
		if p.peek().Type == tIdent {
			return
		}
	}
	p.lx.LoadCheckpoint(cp)
}

// tryClassDecl parses the class block after `C est une`; nothing is
// consumed when the type is not Classe.
func (p *exprParser) tryClassDecl(names []Name) (Stmt, bool, error) {
	cp := p.lx.MakeCheckpoint()
	p.skipArticle()
	t := p.peek()
	if t.Type != tIdent || (t.Value != "CLASSE" && t.Value != "CLASS" && t.Value != "INTERFACE") || len(names) != 1 {
		p.lx.LoadCheckpoint(cp)
		return nil, false, nil
	}
	p.next()
	if n := p.peek(); n.Type != tNewline && !n.EOF() && !isPunct(n, ",") && !isPunct(n, "<") {
		p.lx.LoadCheckpoint(cp) // a variable of a type named Classe
		return nil, false, nil
	}
	cd := &ClassDecl{At: names[0].At, Name: names[0], Interface: t.Value == "INTERFACE"}
	// Options on the header line: `, abstraite`, `, immuable`, <attributs>.
	for {
		n := p.peek()
		if n.Type == tNewline || n.EOF() {
			break
		}
		if n.Type == tIdent && (n.Value == "ABSTRAITE" || n.Value == "ABSTRACT") {
			cd.Abstract = true
		}
		if isPunct(n, "<") && p.skipAttrs() {
			continue
		}
		p.next()
	}
	access, global, readOnly := "PUBLIC", false, false
	for {
		if end, err := p.blockEnd("FIN attendu pour terminer la classe", "END expected to close the class"); end {
			return cd, true, nil
		} else if err != nil {
			return nil, true, err
		}
		t := p.peek()
		if cd.Interface {
			pr, err := p.proto()
			if err != nil {
				return nil, true, err
			}
			cd.Protos = append(cd.Protos, pr)
			continue
		}
		if n := t; n.Type == tIdent && (n.Value == "IMPLEMENTE" || n.Value == "IMPLEMENTS") {
			p.next()
			for {
				in := p.peek()
				if in.Type != tIdent {
					return nil, true, p.errf(in, CodeClassName, "Nom d'interface attendu, "+found(in).FR, "Interface name expected, "+found(in).EN)
				}
				p.next()
				cd.Implements = append(cd.Implements, Name{At: At{posOf(in)}, Key: in.Value})
				if !isPunct(p.peek(), ",") {
					break
				}
				p.next()
			}
			continue
		}
		if base, ok, err := p.classBase(); err != nil {
			return nil, true, err
		} else if ok {
			cd.Bases = append(cd.Bases, base)
			continue
		}
		if isKw(t, "CONSTANTE") {
			c, err := p.classConsts()
			if err != nil {
				return nil, true, err
			}
			cd.Consts = append(cd.Consts, c)
			continue
		}
		// Access words and GLOBAL: a section when alone on their line,
		// else the attributes of the member that follows.
		acc, glob, ro, any := "", false, false, false
		for {
			w := p.peek()
			if a, ok := accessWords[w.Value]; ok && w.Type == tIdent {
				acc, any = a, true
				p.next()
				continue
			}
			if isKw(w, "GLOBAL") {
				glob, any = true, true
				p.next()
				continue
			}
			if any && isKw(w, "CONSTANTE") {
				ro = true
				p.next()
				continue
			}
			break
		}
		if any {
			if n := p.peek(); n.Type == tNewline || n.EOF() {
				if acc == "" {
					acc = "PUBLIC"
				}
				access, global, readOnly = acc, glob, ro
				continue
			}
		}
		if acc == "" {
			acc = access
		}
		glob = glob || global
		ro = ro || (readOnly && acc == access)
		st, ok, err := p.tryDecl()
		if err != nil {
			return nil, true, err
		}
		if !ok {
			return nil, true, p.errf(t, CodeClassMember, "Déclaration de membre attendue dans la classe, "+found(t).FR,
				"Member declaration expected in the class, "+found(t).EN)
		}
		switch d := st.(type) {
		case *VarDecl:
			cd.Members = append(cd.Members, &ClassMember{At: d.At, Decl: d, Access: acc, ReadOnly: ro, Global: glob})
		case *StructDecl:
			cd.Structs = append(cd.Structs, d)
		case *EnumDecl:
			cd.Enums = append(cd.Enums, d)
		default:
			return nil, true, p.errf(t, CodeClassMember, "Déclaration de membre attendue dans la classe", "Member declaration expected in the class")
		}
		// Member options: `, immuable [= v]`, `, sérialise = faux`.
		if err := p.memberOptions(st); err != nil {
			return nil, true, err
		}
	}
}

// classBase parses `hérite de X`, `inherits from X` or `[un] objet X`
// alone on its line (6010007).
func (p *exprParser) classBase() (Name, bool, error) {
	cp := p.lx.MakeCheckpoint()
	t := p.peek()
	if t.Type != tIdent {
		return Name{}, false, nil
	}
	switch {
	case t.Value == "HERITE" || t.Value == "INHERITS":
		p.next()
		if n := p.peek(); isKw(n, "DE") || (n.Type == tIdent && n.Value == "FROM") {
			p.next()
		}
	default:
		if a, ok := accessWords[t.Value]; ok && a != "" {
			// PRIVÉ hérite de X: the inheritance's own access is not
			// checked (public inheritance assumed).
			p.next()
			if n := p.peek(); n.Type == tIdent && (n.Value == "HERITE" || n.Value == "INHERITS") {
				p.lx.LoadCheckpoint(cp)
				p.next()
				return p.classBase()
			}
			p.lx.LoadCheckpoint(cp)
			return Name{}, false, nil
		}
		p.skipArticle()
		o := p.peek()
		if o.Type != tIdent || (o.Value != "OBJET" && o.Value != "OBJECT") {
			p.lx.LoadCheckpoint(cp)
			return Name{}, false, nil
		}
		p.next()
		n := p.peek()
		if n.Type != tIdent {
			p.lx.LoadCheckpoint(cp)
			return Name{}, false, nil
		}
		p.next()
		if e := p.peek(); e.Type != tNewline && !e.EOF() {
			p.lx.LoadCheckpoint(cp)
			return Name{}, false, nil
		}
		return Name{At: At{posOf(n)}, Key: n.Value}, true, nil
	}
	n := p.peek()
	if n.Type != tIdent {
		return Name{}, true, p.errf(n, CodeClassName, "Nom de la classe ancêtre attendu, "+found(n).FR, "Ancestor class name expected, "+found(n).EN)
	}
	p.next()
	return Name{At: At{posOf(n)}, Key: n.Value}, true, nil
}

// classConsts parses a CONSTANTE line or block inside a class.
func (p *exprParser) classConsts() (*ConstDecl, error) {
	kw := p.next()
	cd := &ConstDecl{At: At{posOf(kw)}}
	item := func() error {
		n := p.peek()
		if n.Type != tIdent {
			return p.errf(n, CodeClassMember, "Nom de constante attendu, "+found(n).FR, "Constant name expected, "+found(n).EN)
		}
		p.next()
		if err := p.expectPunct("="); err != nil {
			return err
		}
		v, err := p.parseExpr()
		if err != nil {
			return err
		}
		cd.Names = append(cd.Names, Name{At: At{posOf(n)}, Key: n.Value})
		cd.Values = append(cd.Values, v)
		return nil
	}
	if n := p.peek(); n.Type != tNewline && !n.EOF() {
		return cd, item()
	}
	for {
		if end, err := p.blockEnd("FIN attendu pour terminer le bloc CONSTANTE", "END expected to close the CONSTANT block"); end {
			return cd, nil
		} else if err != nil {
			return nil, err
		}
		if err := item(); err != nil {
			return nil, err
		}
	}
}

// parseNew parses `allouer [un] C[(args)]` / `new C[(args)]`.
func (p *exprParser) parseNew() (Expr, error) {
	kw := p.next()
	p.skipArticle()
	p.skipObjectWord()
	class, err := p.className("allouer", "new")
	if err != nil {
		return nil, err
	}
	ne := &NewExpr{At: At{posOf(kw)}, Class: class}
	if isPunct(p.peek(), "(") {
		p.next()
		args, err := p.parseArgs()
		if err != nil {
			return nil, err
		}
		ne.Args, ne.HasArgs = args, true
	}
	return ne, nil
}

// parseSelfMember parses `:membre` (a member of the current object, old
// syntax) and `::membre`.
func (p *exprParser) parseSelfMember(t *plexer.Token) (Expr, error) {
	p.next()
	n := p.peek()
	if n.Type != tIdent && n.Type != tKeyword {
		return nil, p.errf(n, CodeMemberName, "Nom de membre attendu après « "+t.Value+" »", "Member name expected after '"+t.Value+"'")
	}
	p.next()
	self := &Ident{Name{At: At{posOf(t)}, Key: SelfKey}}
	return &Member{At: At{posOf(t)}, X: self, Name: Name{At: At{posOf(n)}, Key: n.Value}}, nil
}

// tryClassStmt parses the statements that start with a class word:
// `libérer o`, `delete o`, `Constructeur Base(args)`. Nothing is consumed
// when the line is something else (a variable called Libérer).
func (p *exprParser) tryClassStmt() (Stmt, bool, error) {
	t := p.peek()
	switch t.Value {
	case "LIBERER", "DELETE", "CONSTRUCTEUR", "CONSTRUCTOR":
	default:
		return nil, false, nil
	}
	cp := p.lx.MakeCheckpoint()
	p.next()
	n := p.peek()
	if n.Type != tIdent {
		p.lx.LoadCheckpoint(cp)
		return nil, false, nil
	}
	if t.Value == "LIBERER" || t.Value == "DELETE" {
		x, err := p.parseLValue()
		if err != nil {
			return nil, true, err
		}
		return &Free{At: At{posOf(t)}, X: x}, true, nil
	}
	p.next()
	if !isPunct(p.peek(), "(") {
		p.lx.LoadCheckpoint(cp)
		return nil, false, nil
	}
	p.next()
	args, err := p.parseArgs()
	if err != nil {
		return nil, true, err
	}
	return &CtorCall{At: At{posOf(t)}, Target: Name{At: At{posOf(n)}, Key: n.Value}, Args: args}, true, nil
}

// parseTypeTest parses the `est [un] C` after x.
func (p *exprParser) parseTypeTest(x Expr, kw *plexer.Token) (Expr, error) {
	p.next()
	p.skipArticle()
	class, err := p.className("est", "is")
	if err != nil {
		return nil, err
	}
	return &TypeTest{At: At{posOf(kw)}, X: x, Class: class}, nil
}

// className reads the class name after the keyword fr (en in English) of
// allouer / est.
func (p *exprParser) className(fr, en string) (Name, error) {
	n := p.peek()
	if n.Type != tIdent {
		return Name{}, p.errf(n, CodeClassName, "Nom de classe attendu après « "+fr+" », "+found(n).FR, "Class name expected after '"+en+"', "+found(n).EN)
	}
	p.next()
	return Name{At: At{posOf(n)}, Key: n.Value}, nil
}

// parseObjCast parses `(C) x` and `(C?) x` at "(" when a name, an
// optional "?" and ")" are followed by a name or "(": otherwise it
// consumes nothing and returns nil.
func (p *exprParser) parseObjCast() (Expr, error) {
	cp := p.lx.MakeCheckpoint()
	open := p.next()
	name := p.next()
	soft := false
	if isPunct(p.peek(), "?") {
		p.next()
		soft = true
	}
	if !isPunct(p.peek(), ")") {
		p.lx.LoadCheckpoint(cp)
		return nil, nil
	}
	p.next()
	if n := p.peek(); (n.Type != tIdent && !isPunct(n, "(")) || (n.Type == tIdent && notOperand[n.Value]) {
		p.lx.LoadCheckpoint(cp)
		return nil, nil
	}
	x, err := p.castOperand(open)
	if err != nil {
		return nil, err
	}
	return &ObjCast{At: At{posOf(open)}, Class: Name{At: At{posOf(name)}, Key: name.Value}, X: x, Soft: soft}, nil
}

// notOperand are the words written as identifiers that may follow a
// parenthesised expression without being an operand: `(a) À (b)`.
var notOperand = map[string]bool{"A": true, "WHERE": true, "FROM": true, "BY": true, "SEPAREE": true, "SEPAREES": true, "SEPARATED": true}

// memberOptions reads what may follow a member declaration (6010006):
// `, immuable` (then the initial value may follow), `, sérialise = x`
// (dropped); anything else up to the end of the line is dropped.
func (p *exprParser) memberOptions(st Stmt) error {
	d, _ := st.(*VarDecl)
	for isPunct(p.peek(), ",") {
		p.next()
		n := p.peek()
		if n.Type == tIdent && (n.Value == "IMMUABLE" || n.Value == "IMMUTABLE") {
			p.next()
			if isPunct(p.peek(), "=") && d != nil {
				p.next()
				v, err := p.parseExpr()
				if err != nil {
					return err
				}
				d.Init = []Expr{v}
			}
			continue
		}
		for n := p.peek(); n.Type != tNewline && !n.EOF() && !isPunct(n, ","); n = p.peek() {
			p.next()
		}
	}
	return nil
}

// proto parses one line of an interface: `Procédure Nom(...) [: type]` or
// `Propriété Nom [: type] [<lecture>] [<écriture>]` (6010017).
func (p *exprParser) proto() (*Proto, error) {
	t := p.peek()
	pr := &Proto{At: At{posOf(t)}}
	switch {
	case isKw(t, "PROCEDURE") || isKw(t, "FONCTION"):
	case t.Type == tIdent && (t.Value == "PROPRIETE" || t.Value == "PROPERTY"):
		pr.Property = true
	default:
		return nil, p.errf(t, CodeClassMember, "Prototype de procédure ou de propriété attendu dans l'interface, "+found(t).FR,
			"Procedure or property prototype expected in the interface, "+found(t).EN)
	}
	p.next()
	n := p.peek()
	if n.Type != tIdent {
		return nil, p.errf(n, CodeClassMember, "Nom attendu, "+found(n).FR, "Name expected, "+found(n).EN)
	}
	p.next()
	pr.Name = Name{At: At{posOf(n)}, Key: n.Value}
	for r := p.peek(); r.Type != tNewline && !r.EOF(); r = p.peek() {
		if r.Type == tIdent {
			switch r.Value {
			case "LECTURE", "READ":
				pr.Read = true
			case "ECRITURE", "WRITE":
				pr.Write = true
			}
		}
		p.next()
	}
	if !pr.Read && !pr.Write {
		pr.Read = true
	}
	return pr, nil
}

// interfaceState tells, as tokens arrive in buf, whether the last one is
// inside an interface block: it opens at the end of the line
// `I est [une] Interface` and closes at a FIN that starts a line.
func interfaceState(buf []lexer.Token, was bool) bool {
	n := len(buf)
	if was {
		return !(n >= 2 && buf[n-1].Type == lexer.Keyword && buf[n-1].Value == "FIN" && buf[n-2].Type == lexer.Newline)
	}
	if n < 3 || buf[n-1].Type != lexer.Newline || buf[n-2].Type != lexer.Ident || buf[n-2].Value != "INTERFACE" {
		return false
	}
	j := n - 3
	if buf[j].Type == lexer.Ident && isArticle(buf[j].Value) {
		j--
	}
	return j >= 0 && buf[j].Type == lexer.Keyword && buf[j].Value == "EST"
}

// blockEnd is the step of a FIN-terminated block's loop: it skips blank
// lines, reports true once FIN is consumed, and fails (CodeEndMissing,
// with fr / en) at the end of the file.
func (p *exprParser) blockEnd(fr, en string) (bool, error) {
	for {
		t := p.peek()
		switch {
		case t.Type == tNewline:
			p.next()
			continue
		case isKw(t, "FIN"):
			p.next()
			return true, nil
		case t.EOF():
			return false, p.errf(t, CodeEndMissing, fr, en)
		}
		return false, nil
	}
}
