package parser

import "github.com/wlangage/wl/lexer/diag"

// Pos is a position in a source file (see diag.Pos): Line and Col are
// 1-based; Col counts characters (runes), not bytes.
type Pos = diag.Pos

// Node is any syntax tree node. A node's fields are declared in source
// order, the order in which the walker (walk.go) visits its children.
type Node interface{ Position() Pos }

// Expr is an expression node.
type Expr interface {
	Node
	exprNode()
	walk(v visitor) // walk.go
}

// Stmt is a statement node.
type Stmt interface {
	Node
	stmtNode()
	walk(v visitor) // walk.go
}

// At carries a node's position; embedded in every node.
type At struct{ P Pos }

// Position returns the node's position.
func (a At) Position() Pos { return a.P }

// Name is an identifier: Key is its folded spelling, the one used for
// lookup. The spelling the script used is File.Spell(name).
type Name struct {
	At
	Key string
}

// ---- expressions ----

// Ident is a reference to a name.
type Ident struct{ Name }

// Indirection is {nom} or {nom, indVariable}: the variable whose name is
// the value of Name, found at run time (fr:1512005). Kind is the second
// parameter (indVariable, indChamp, ...), nil when it is left out.
type Indirection struct {
	At
	Name Expr
	Kind Expr
}

// IntLit is an integer literal.
type IntLit struct {
	At
	Value int64
}

// RealLit is a real literal; Text keeps the digits for exact decimals.
type RealLit struct {
	At
	Value float64
	Text  string
}

// CurrencyLit is a monétaire literal (0m12.32).
type CurrencyLit struct {
	At
	Text string
}

// NumericLit is a numérique literal (0n12.5).
type NumericLit struct {
	At
	Text string
}

// DurationLit is a duration literal such as `2 min 8 s`.
type DurationLit struct {
	At
	Millis int64
}

// StringLit is a string literal without interpolation.
type StringLit struct {
	At
	Value string
}

// InterpString is a string literal with [% %] parts: Parts alternate
// between *StringLit and arbitrary expressions.
type InterpString struct {
	At
	Parts []Expr
}

// BoolLit is Vrai or Faux.
type BoolLit struct {
	At
	Value bool
}

// NullLit is Null.
type NullLit struct{ At }

// ArrayLit is [a, b, c]; an associative literal is an ArrayLit of ArrayLits.
type ArrayLit struct {
	At
	Elems []Expr
}

// TupleLit is (a, b, c) on the right of a multiple assignment or after
// RENVOYER.
type TupleLit struct {
	At
	Elems []Expr
}

// Paren is a parenthesised expression; kept so that P((x)) passes x by value.
type Paren struct {
	At
	X Expr
}

// Cast is an explicit conversion `(type) x`, e.g. `(chaîne) 378`
// (1515004). Type is the folded name of a built-in simple type as
// written between the parentheses.
type Cast struct {
	At
	Type Name
	X    Expr
}

// Unary is a prefix operator: "-", "+", "PAS", "++", "--".
type Unary struct {
	At
	Op string
	X  Expr
}

// Postfix is x++ or x--.
type Postfix struct {
	At
	Op string
	X  Expr
}

// Binary is a binary operator. Op is the canonical spelling: "+", "-",
// "*", "/", "^", "%", "=", "<>", "<", "<=", ">", ">=", "~=", "~~", "[=",
// "=]", "[=]", "[~", "[~~", "[~]", "~]", "ET", "OU", "_ET_", "_OU_".
type Binary struct {
	At
	Op   string
	L, R Expr
}

// Between is `x = lo À hi` (inclusive) or the chained `lo <= x <= hi` form:
// LoOp and HiOp are "<=" or "<".
type Between struct {
	At
	X, Lo, Hi  Expr
	LoOp, HiOp string
}

// In is `x DANS (a, b)` / `x PAS DANS (...)`; Short for _DANS_.
type In struct {
	At
	X     Expr
	List  []Expr
	Not   bool
	Short bool
}

// Cond is `c ? a SINON b`.
type Cond struct {
	At
	C, A, B Expr
}

// Call is a call: Fun is an Ident (function or procedure) or a Member
// (method or prefixed syntax). An Omitted argument (written `*`) is nil.
type Call struct {
	At
	Fun  Expr
	Args []Expr
}

// Member is x.Name, x..Name or x:Name.
type Member struct {
	At
	X    Expr
	Name Name
}

// Index is x[i] or x[i, j].
type Index struct {
	At
	X   Expr
	Idx []Expr
}

// Extract is the string extraction s[[a]], s[[a À b]], s[[a À]], s[[À b]],
// s[[a SUR n]] (also with single brackets). Nil bounds are absent.
type Extract struct {
	At
	X        Expr
	From, To Expr
	Len      Expr
	Range    bool // a À form (To may be nil for "to the end")
}

// SelonExpr is SELON(v, r1, ..., SINON r).
type SelonExpr struct {
	At
	X     Expr
	Cases []Expr
	Else  Expr
}

// Omitted marks an omitted parameter (`*` or an empty position).
type Omitted struct{ At }

func (*Ident) exprNode()        {}
func (*Indirection) exprNode()  {}
func (*IntLit) exprNode()       {}
func (*RealLit) exprNode()      {}
func (*CurrencyLit) exprNode()  {}
func (*DurationLit) exprNode()  {}
func (*NumericLit) exprNode()   {}
func (*StringLit) exprNode()    {}
func (*InterpString) exprNode() {}
func (*BoolLit) exprNode()      {}
func (*NullLit) exprNode()      {}
func (*ArrayLit) exprNode()     {}
func (*TupleLit) exprNode()     {}
func (*Paren) exprNode()        {}
func (*Cast) exprNode()         {}
func (*Unary) exprNode()        {}
func (*Postfix) exprNode()      {}
func (*Binary) exprNode()       {}
func (*Between) exprNode()      {}
func (*In) exprNode()           {}
func (*Cond) exprNode()         {}
func (*Call) exprNode()         {}
func (*Member) exprNode()       {}
func (*Index) exprNode()        {}
func (*Extract) exprNode()      {}
func (*SelonExpr) exprNode()    {}
func (*Omitted) exprNode()      {}

// ---- types ----

// TypeRef is a declared type.
type TypeRef struct {
	At
	Name Name // base type (folded key, plural already reduced by the resolver)
	// Size is `sur N octets` (entier) or `sur N` (chaîne); 0 when absent.
	Size int
	// NumInt and NumDec are the digits of `numérique (i, d)`; NumAuto is
	// `numérique (*)` [fr:1514072]. Precision is false when none is given.
	NumInt, NumDec int
	// Array, when non-nil, makes this an array of Elem.
	Array *ArrayType
	// The flags come last, packed together: a tree holds a TypeRef per
	// declaration and parameter (144 bytes instead of 160).
	NumAuto   bool
	Precision bool
	// Unsigned is `entier sans signe` (EN `unsigned int`, `8-byte unsigned
	// int`).
	Unsigned bool
	// Dynamic is `C dynamique`: a dynamic object variable (6010003).
	Dynamic bool
}

// ArrayType describes `tableau [<agrandissement=N>] de [dims] T` and
// `tableau associatif [(options)] de T`.
type ArrayType struct {
	Assoc   bool
	Dims    []Expr // fixed dimensions; empty for a dynamic array
	Grow    Expr   // <agrandissement=N>, nil when absent
	Options []Expr // associative options
	Elem    *TypeRef
}

// ---- statements ----

// VarDecl declares one or more variables of one type.
type VarDecl struct {
	At
	Names []Name
	Type  *TypeRef // nil for `soit x = v`
	Init  []Expr   // one per name with `= (v1, v2)`, or one shared
	// Args are the constructor arguments of `o est un C(a, b)` (6010002);
	// HasArgs tells `C()` from `C`.
	Args []Expr
	// The flags come last, packed together (128 bytes instead of 144).
	HasArgs bool
	Infer   bool // soit / let
	// Spread is `soit (a, b) = f()`: the values of the one initialiser
	// go to the names in order.
	Spread bool
	// Ref is `<-` instead of `=`: the initial value is a reference.
	Ref bool
}

// StructDecl declares a structure type: `Nom est une Structure ... FIN`.
type StructDecl struct {
	At
	Name   Name
	Fields []*VarDecl
}

// ConstDecl is a CONSTANTE block.
type ConstDecl struct {
	At
	Names  []Name
	Values []Expr
}

// Assign is an assignment; Targets has several entries for the multiple
// form `(a, , c) = v` (nil for an empty position). Op is "=", "+=", "-=",
// "<=", "<-" or "<=>".
type Assign struct {
	At
	Targets []Expr
	Multi   bool
	Op      string
	Value   Expr
}

// ExprStmt is an expression evaluated for its effect (a call, x++).
type ExprStmt struct {
	At
	X Expr
}

// If is SI ... ALORS ... [SINON SI ...] [SINON ...] FIN (and the one-line form).
type If struct {
	At
	Cond Expr
	Then []Stmt
	Else []Stmt // a SINON SI chain is an Else holding one *If
}

// Case is one CAS of a SELON: each matcher tests the selector.
type Case struct {
	At
	Matchers []*CaseMatch
	Body     []Stmt
}

// CaseMatch is one item of a CAS list.
type CaseMatch struct {
	At
	// Kind is "=" (Value), "range" (Lo/Hi, either may be nil), a comparison
	// operator ("<", ">=", "[=", "~=", ...) against Value, or "between"
	// (Lo LoOp * HiOp Hi).
	Kind       string
	Value      Expr
	Lo, Hi     Expr
	LoOp, HiOp string
}

// Switch is SELON ... FIN.
type Switch struct {
	At
	X     Expr
	Cases []*Case
	Other []Stmt
	Has   bool // an AUTRE CAS is present
}

// For is POUR v = a À b [PAS s]. Once is the _À_ form: the limit is
// evaluated once; StepOnce is the _PAS_ form: the step is evaluated once
// (1510001: the two are independent).
type For struct {
	At
	Var            Name
	From, To, Step Expr
	Once           bool
	StepOnce       bool
	Body           []Stmt
}

// ForEach is POUR TOUT [ÉLÉMENT] v [, k [, n]] DE seq [AVEC cond]
// [DepuisFin], or POUR TOUTE CHAÎNE s DE c SÉPARÉE PAR sep.
type ForEach struct {
	At
	Vars    []Name
	Seq     Expr
	Where   Expr
	Reverse bool
	Sep     []Expr // string form: separators
	Strings bool
	Body    []Stmt
}

// ForFile is POUR TOUT source [SUR clé] [AVEC cond] [DEPUISFIN] ... FIN:
// a browse of an HFSQL data file, query or data source (doc 1510013).
// wl parses it and checks its body but does not run it: reaching it is a
// runtime error ("not provided by wl"). Key and Where name items of the
// data file, unknown to wl, so they are kept but not resolved.
type ForFile struct {
	At
	Source  Name
	Key     Expr
	Where   Expr
	Reverse bool
	// NoSave is SANSSAUVEPOSITION (1510013); NoFilter is SANS FILTRE /
	// WITHOUT FILTER.
	NoSave, NoFilter bool
	Body             []Stmt
}

// QueryDecl is `q est une requête SQL = [ texte ]`: a typed SQL query
// whose text has {param} slots. wl declares q (a Variant) and checks the
// code around it, but does not run the query: reaching the declaration is
// a runtime error ("not provided by wl"). Params are the names written
// between braces in SQL, in order.
type QueryDecl struct {
	At
	Names  []Name
	SQL    string
	Params []string
}

// ForRows is POUR TOUTE LIGNE [SÉLECTIONNÉE] [i [, n]] DE champ ... FIN: a
// browse of the rows of a control (doc 1510017). Parsed and checked,
// not run, like ForFile.
type ForRows struct {
	At
	// Row is the word LIGNE as written. Alone before DE (POUR TOUT ligne
	// DE t), it may also be read as a loop variable over t, which is how
	// the compiler reads it when t is a variable of the script.
	Row      Name
	Var      *Name
	Counter  *Name
	Control  Expr
	Selected bool
	Body     []Stmt
}

// While is TANTQUE c ... FIN.
type While struct {
	At
	Cond Expr
	Body []Stmt
}

// Loop is BOUCLE ... FIN, BOUCLE(n) ... FIN or BOUCLE ... À FAIRE TANTQUE c.
type Loop struct {
	At
	Count Expr
	Body  []Stmt
	Until Expr // À FAIRE TANTQUE condition (loop while true)
}

// Break is SORTIR [(n)]; Switch for SORTIR SELON.
type Break struct {
	At
	N      Expr
	Switch bool
}

// Continue is CONTINUER [(n)].
type Continue struct {
	At
	N Expr
}

// Return is RETOUR (no value) or RENVOYER v[, ...]; Assign for `RETOUR = v`.
type Return struct {
	At
	Values []Expr
	Result bool   // RENVOYER (or RETOUR = v)
	Kw     string // the keyword written: "RETOUR" or "RENVOYER"
}

// Param is a procedure parameter.
type Param struct {
	At
	Name    Name
	Type    *TypeRef
	Default Expr
	Local   bool
}

// ProcDecl is a procedure (PROCÉDURE / FONCTION / PROCÉDURE INTERNE).
type ProcDecl struct {
	At
	Name    Name
	Params  []*Param
	Results []*TypeRef
	Body    []Stmt
	// Class is the class of a method written `PROCÉDURE C.M()` (empty Key
	// otherwise); Mods are the folded modifiers of the header (PRIVEE,
	// GLOBAL, VIRTUELLE, ABSTRAITE...), 6010006.
	Class Name
	Mods  []string
	// The flags come last, packed together (256 bytes instead of 288).
	Variadic bool // PROCÉDURE P(*)
	Internal bool
	// Extension is the <extension> attribute (doc 1514086): the
	// procedure is also called as a method of its first parameter's
	// value, `s.P(b)` for `P(s, b)`.
	Extension bool
}

// When is the general exception handler QUAND EXCEPTION ... FIN.
type When struct {
	At
	Handler []Stmt
}

// Try is QUAND EXCEPTION DANS ... FAIRE ... [SINON ...] FIN.
type Try struct {
	At
	Body    []Stmt
	Handler []Stmt
	Else    []Stmt
}

// Label is CAS ERREUR: or CAS EXCEPTION: (Kind "ERREUR" / "EXCEPTION"),
// or SORTIR: / CONTINUER: inside a loop.
type Label struct {
	At
	Kind string
}

// The class nodes (ClassDecl, NewExpr, Free, CtorCall) are in class.go.

// Rethrow is the bare EXCEPTION statement inside a handler.
type Rethrow struct{ At }

func (*VarDecl) stmtNode()    {}
func (*StructDecl) stmtNode() {}
func (*ConstDecl) stmtNode()  {}
func (*Assign) stmtNode()     {}
func (*ExprStmt) stmtNode()   {}
func (*If) stmtNode()         {}
func (*Switch) stmtNode()     {}
func (*For) stmtNode()        {}
func (*ForEach) stmtNode()    {}
func (*ForFile) stmtNode()    {}
func (*ForRows) stmtNode()    {}
func (*QueryDecl) stmtNode()  {}
func (*While) stmtNode()      {}
func (*Loop) stmtNode()       {}
func (*Break) stmtNode()      {}
func (*Continue) stmtNode()   {}
func (*Return) stmtNode()     {}
func (*ProcDecl) stmtNode()   {}
func (*When) stmtNode()       {}
func (*Try) stmtNode()        {}
func (*Label) stmtNode()      {}
func (*Rethrow) stmtNode()    {}

// File is a parsed script: one traitement (Main) and its procedures.
type File struct {
	Name  string
	Src   string
	Main  []Stmt
	Procs []*ProcDecl
}
