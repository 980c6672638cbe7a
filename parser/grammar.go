package parser

import (
	plexer "github.com/alecthomas/participle/v2/lexer"
)

// The statement grammar, in participle's struct-tag form. Keyword
// literals match the canonical French keyword the lexer produced for both
// languages ("SI" for SI and IF). Statements that start with an expression
// are parsed by pSimple; expressions and types by the Pratt parser.
// Converted to the AST by convert.go right after parsing. The statement
// types follow gStmt's alternatives in order, each followed by the types
// its fields use, depth first: the grammar reads top-down.

type gFile struct {
	Main  []*gStmt `parser:"( @@ | Newline )*"`
	Procs []*gProc `parser:"@@*"`
}

type gProc struct {
	Pos    plexer.Position
	Kind   string     `parser:"@('PROCEDURE':Keyword | 'FONCTION':Keyword)"`
	Head   *gProcHead `parser:"@@"`
	Body   []*gStmt   `parser:"( @@ | Newline )*"`
	Closed bool       `parser:"( @'FIN':Keyword Newline* )?"`
}

type gProcHead struct {
	Mods    *pProcMods `parser:"@@?"`
	Name    gName      `parser:"@@"`
	Sub     *gName     `parser:"( ( '.':Punct | '::':Punct ) @@ )?"`
	Params  []*gParam  `parser:"( '(':Punct ( @@ ( ',':Punct @@ )* )? ')':Punct )?"`
	Pre     *pAttrs    `parser:"@@?"` // <extension> : chaîne (doc 1514086)
	Results []*pType   `parser:"( ':':Punct ( '(':Punct @@ ( ',':Punct @@ )* ')':Punct | @@ ) )?"`
	Attrs   *pAttrs    `parser:"@@?"`
}

// gParam is one parameter: `[LOCAL] nom [est] [type] [<attribut>] [= défaut]`
// (real code often writes the type without EST: `sNom chaîne`); `a, b
// sont des entiers` types the names before it too.
type gParam struct {
	Pos     plexer.Position
	Star    bool       `parser:"( @'*':Punct"`
	Local   bool       `parser:"| @'LOCAL':Keyword?"`
	Name    *gName     `parser:"  @@"`
	Are     bool       `parser:"  ( ( @'SONT':Keyword | 'EST':Keyword )"`
	Type    *pType     `parser:"    @@"`
	Bare    *pBareType `parser:"  | @@ )?"`
	Attrs   *pAttrs    `parser:"  @@?"`
	Default *pExpr     `parser:"  ( '=':Punct @@ )? )"`
}

type gName struct {
	Pos plexer.Position
	Key string `parser:"@Ident"`
}

// gStmt is one statement. pSimple comes first: most statements start with
// a name (assignments, calls, declarations) and every other alternative
// starts with a keyword, which pSimple declines (participle.NextMatch)
// without consuming anything. pStmtKw then declines, in one step, the
// keywords that start no statement (FIN, SINON, CAS of a SELON...): they end
// every block, and without it participle would try each alternative below
// in a branch it allocates. The keyword alternatives are ordered by how often
// scripts use them; their first tokens differ except for gLabel, which must
// come before gBreak and gContinue (SORTIR: vs SORTIR). BenchmarkParse
// measures what the order costs.
type gStmt struct {
	Pos      plexer.Position
	Simple   *pSimple   `parser:"( @@"`
	Kw       *pStmtKw   `parser:"| @@ ("`
	If       *gIf       `parser:"    @@"`
	Result   *gResult   `parser:"  | @@"`
	For      *gFor      `parser:"  | @@"`
	Selon    *gSelon    `parser:"  | @@"`
	While    *gWhile    `parser:"  | @@"`
	Return   *gReturn   `parser:"  | @@"`
	Loop     *gLoop     `parser:"  | @@"`
	Label    *gLabel    `parser:"  | @@"`
	Break    *gBreak    `parser:"  | @@"`
	Continue *gContinue `parser:"  | @@"`
	When     *gWhen     `parser:"  | @@"`
	Const    *gConst    `parser:"  | @@"`
	Let      *gLet      `parser:"  | @@"`
	Internal *gInternal `parser:"  | @@"`
	Rethrow  bool       `parser:"  | @'EXCEPTION':Keyword"`
	Scope    bool       `parser:"  | @('GLOBAL':Keyword | 'LOCAL':Keyword) ) )"`
	End      *pStmtEnd  `parser:"@@"`
}

// gIf: ALORS may be left out when the condition ends the line (DECISIONS
// 9g); the one-line form needs it (checked by the converter: error 25).
type gIf struct {
	Cond  *pExpr     `parser:"'SI':Keyword @@"`
	Alors bool       `parser:"@'ALORS':Keyword?"`
	Block *gIfBlock  `parser:"( @@"`
	Line  *gIfInline `parser:"| @@ )"`
}

type gIfBlock struct {
	Then  []*gStmt `parser:"Newline ( @@ | Newline )*"`
	Elifs []*gElif `parser:"@@*"`
	Else  *gElse   `parser:"@@? 'FIN':Keyword"`
}

type gElif struct {
	Pos  plexer.Position
	Cond *pExpr   `parser:"'SINON':Keyword 'SI':Keyword @@ 'ALORS':Keyword?"`
	Body []*gStmt `parser:"( @@ | Newline )*"`
}

type gElse struct {
	Body []*gStmt `parser:"'SINON':Keyword ( @@ | Newline )*"`
}

// gIfInline is the one-line SI. Its SINON must be on the same line: the
// Then statement consumed its line break when it has one (pStmtEnd), and
// pSameLine then declines.
type gIfInline struct {
	Then     *gStmt     `parser:"@@"`
	SameLine *pSameLine `parser:"( @@"`
	Else     *gStmt     `parser:"  'SINON':Keyword @@ )?"`
}

type gResult struct {
	Kw     string   `parser:"@'RENVOYER':Keyword"`
	Values []*pExpr `parser:"( @@ ( ',':Punct @@ )* )?"`
}

type gFor struct {
	Rows *gForRows `parser:"'POUR':Keyword ( @@"`
	Each *gForEach `parser:"| @@"`
	File *gForFile `parser:"| @@"`
	Num  *gForNum  `parser:"| @@ )"`
}

// gForRows is POUR TOUTE LIGNE [SÉLECTIONNÉE] [i] DE champ: the rows of a
// control (doc 1510017). Parsed and checked, not run. It comes before
// gForEach, which would take LIGNE for the loop variable.
type gForRows struct {
	Kind     string   `parser:"('TOUT':Keyword | 'TOUS':Keyword | 'TOUTE':Keyword | 'TOUTES':Keyword | 'CHAQUE':Keyword)"`
	Row      gRowWord `parser:"@@"`
	Selected bool     `parser:"@('SELECTIONNEE':Ident | 'SELECTIONNEES':Ident | 'SELECTED':Ident)?"`
	Var      *gName   `parser:"( @@"`
	Counter  *gName   `parser:"  ( ',':Punct @@ )? )?"`
	Control  *pExpr   `parser:"'DE':Keyword @@"`
	Body     []*gStmt `parser:"( @@ | Newline )* 'FIN':Keyword"`
}

// gRowWord is LIGNE in POUR TOUTE LIGNE, kept as a name: without a
// variable after it, it may be a loop variable named ligne (see
// ForRows.Row).
type gRowWord struct {
	Pos plexer.Position
	Key string `parser:"@('LIGNE':Ident | 'LIGNES':Ident | 'ROW':Ident | 'ROWS':Ident)"`
}

type gForEach struct {
	Kind  string     `parser:"@('TOUT':Keyword | 'TOUS':Keyword | 'TOUTE':Keyword | 'TOUTES':Keyword | 'CHAQUE':Keyword)"`
	Str   *pStrWord  `parser:"@@?"`
	Elem  *pElemWord `parser:"@@?"`
	Vars  []gName    `parser:"@@ ( ',':Punct @@ )*"`
	Seq   *pExpr     `parser:"'DE':Keyword @@"`
	Sep   []*pExpr   `parser:"( ( 'SEPAREE':Ident | 'SEPAREES':Ident | 'SEPARATED':Ident ) ( 'PAR':Keyword | 'BY':Ident ) @@ ( ',':Punct @@ )* )?"`
	Where *pExpr     `parser:"( ( 'AVEC':Keyword | 'WHERE':Ident ) @@ )?"`
	Dir   string     `parser:"@('DEPUISFIN':Ident | 'DEPUISDEBUT':Ident | 'FROMEND':Ident | 'FROMBEGINNING':Ident)?"`
	Body  []*gStmt   `parser:"( @@ | Newline )* 'FIN':Keyword"`
}

// gForFile is POUR TOUT source [SUR clé] [AVEC / WHERE condition [SUR
// clé]] [[SANSSAUVEPOSITION,] DEPUISFIN]: a browse of an HFSQL data file,
// query or data source (doc 1510013); SANS FILTRE / WITHOUT FILTER is
// accepted too (not in the doc mirror). No DE: that is what tells it from
// gForEach, tried before. Parsed and checked, not run.
type gForFile struct {
	Kind     string   `parser:"('TOUT':Keyword | 'TOUS':Keyword | 'TOUTE':Keyword | 'TOUTES':Keyword | 'CHAQUE':Keyword)"`
	Source   gName    `parser:"@@"`
	Key      *pExpr   `parser:"( 'SUR':Keyword @@ )?"`
	Where    *pExpr   `parser:"( ( 'AVEC':Keyword | 'WHERE':Ident ) @@"`
	KeyAfter *pExpr   `parser:"  ( 'SUR':Keyword @@ )? )?"`
	NoSave   bool     `parser:"( @('SANSSAUVEPOSITION':Ident | 'NOSAVEPOSITION':Ident) ','? )?"`
	Dir      string   `parser:"@('DEPUISFIN':Ident | 'DEPUISDEBUT':Ident | 'FROMEND':Ident | 'FROMBEGINNING':Ident)?"`
	NoFilter bool     `parser:"( @('SANS':Ident 'FILTRE':Ident | 'WITHOUT':Ident 'FILTER':Ident) )?"`
	Body     []*gStmt `parser:"( @@ | Newline )* 'FIN':Keyword"`
}

type gForNum struct {
	Var  gName    `parser:"@@ '=':Punct"`
	From *pExpr   `parser:"@@"`
	To   string   `parser:"@('A' | '_A_':Keyword)"`
	Lim  *pExpr   `parser:"@@"`
	StKw string   `parser:"( @('PAS':Keyword | '_PAS_':Keyword)"`
	Step *pExpr   `parser:"  @@ )?"`
	Body []*gStmt `parser:"( @@ | Newline )* 'FIN':Keyword"`
}

type gSelon struct {
	X     *pExpr   `parser:"'SELON':Keyword @@ Newline"`
	Cases []*gCase `parser:"( @@ | Newline )*"`
	Other *gOther  `parser:"@@? 'FIN':Keyword"`
}

type gCase struct {
	Pos   plexer.Position
	Items []*pCaseItem `parser:"'CAS':Keyword @@ ( ',':Punct @@ )* ':':Punct?"`
	Body  []*gStmt     `parser:"( @@ | Newline )*"`
}

type gOther struct {
	Body []*gStmt `parser:"('AUTRE':Keyword | 'AUTRES':Keyword) 'CAS':Keyword ':':Punct? ( @@ | Newline )*"`
}

type gWhile struct {
	Cond *pExpr   `parser:"'TANTQUE':Keyword @@"`
	Body []*gStmt `parser:"Newline ( @@ | Newline )* 'FIN':Keyword"`
}

// gReturn is RETOUR, RETOUR = v, or RETOUR v: "le mot-clé RETOUR peut
// également être utilisé à la place du mot-clé RENVOYER" (SPEC §4.7).
type gReturn struct {
	Kw    string `parser:"@'RETOUR':Keyword"`
	Value *pExpr `parser:"( '=':Punct @@ | @@ )?"`
}

type gLoop struct {
	Count *pExpr   `parser:"'BOUCLE':Keyword ( '(':Punct @@ ')':Punct )?"`
	Body  []*gStmt `parser:"Newline ( @@ | Newline )*"`
	Until *gUntil  `parser:"( 'FIN':Keyword | @@ )"`
}

type gUntil struct {
	Cond *pExpr `parser:"'A' 'FAIRE':Keyword 'TANTQUE':Keyword @@"`
}

type gLabel struct {
	Kind string `parser:"( 'CAS':Keyword @('ERREUR':Ident | 'ERROR':Ident | 'EXCEPTION':Keyword) | @('SORTIR':Keyword | 'CONTINUER':Keyword | 'FIN:':Keyword) ) ':':Punct"`
}

type gBreak struct {
	Pos   plexer.Position
	Kw    string `parser:"@'SORTIR':Keyword"`
	Selon bool   `parser:"( @'SELON':Keyword"`
	N     *pExpr `parser:"| '(':Punct @@ ')':Punct )?"`
}

type gContinue struct {
	Pos plexer.Position
	Kw  string `parser:"@'CONTINUER':Keyword"`
	N   *pExpr `parser:"( '(':Punct @@ ')':Punct )?"`
}

type gWhen struct {
	Try  *gTry    `parser:"'QUAND':Keyword 'EXCEPTION':Keyword ( @@"`
	Body []*gStmt `parser:"| Newline ( @@ | Newline )* ) 'FIN':Keyword"`
}

type gTry struct {
	Body    []*gStmt `parser:"'DANS':Keyword ( @@ | Newline )*"`
	Handler []*gStmt `parser:"'FAIRE':Keyword ( @@ | Newline )*"`
	Else    *gElse   `parser:"@@?"`
}

type gConst struct {
	Items []*gConstItem `parser:"'CONSTANTE':Keyword ( Newline ( @@ | Newline )* 'FIN':Keyword | @@ )"`
}

type gConstItem struct {
	Name  gName  `parser:"@@ '=':Punct"`
	Value *pExpr `parser:"@@"`
}

type gLet struct {
	Pos   plexer.Position
	Name  *gName  `parser:"'SOIT':Keyword ( @@"`
	Type  *pType  `parser:"  ( 'EST':Keyword @@ )?"`
	Names []gName `parser:"| '(':Punct @@ ( ',':Punct @@ )* ')':Punct )"`
	Value *pExpr  `parser:"'=':Punct @@"`
}

type gInternal struct {
	Pos  plexer.Position
	Head *gProcHead `parser:"( 'PROCEDURE':Keyword 'INTERNE':Keyword | 'INTERNE':Keyword ( 'PROCEDURE':Keyword | 'FONCTION':Keyword ) ) @@"`
	Body []*gStmt   `parser:"( @@ | Newline )* 'FIN':Keyword"`
}
