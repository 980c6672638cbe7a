package parser

import (
	plexer "github.com/alecthomas/participle/v2/lexer"
)

// The statement grammar, in participle's struct-tag form. Keyword
// literals match the canonical French keyword the lexer produced for both
// languages ("SI" for SI and IF). Statements that start with an expression
// are parsed by pSimple; expressions and types by the Pratt parser.
// Converted to the AST by convert.go right after parsing.

type gFile struct {
	Main  []*gStmt `( Newline | @@ )*`
	Procs []*gProc `@@*`
}

type gProc struct {
	Pos    plexer.Position
	Kind   string      `@("PROCEDURE":Keyword | "FONCTION":Keyword)`
	Head   *gProcHead  `@@`
	Body   []*gStmt    `( Newline | @@ )*`
	Closed bool        `( @"FIN":Keyword Newline* )?`
}

type gProcHead struct {
	Name    gName     `@@`
	Params  []*gParam `( "(":Punct ( @@ ( ",":Punct @@ )* )? ")":Punct )?`
	Results []*pType  `( ":":Punct ( "(":Punct @@ ( ",":Punct @@ )* ")":Punct | @@ ) )?`
}

type gParam struct {
	Pos     plexer.Position
	Star    bool   `( @"*":Punct`
	Local   bool   `| @"LOCAL":Keyword?`
	Name    *gName `  @@`
	Type    *pType `  ( "EST":Keyword @@ )?`
	Default *pExpr `  ( "=":Punct @@ )? )`
}

type gName struct {
	Pos plexer.Position
	Key string `@Ident`
}

type gStmt struct {
	Pos      plexer.Position
	If       *gIf       `  @@`
	Selon    *gSelon    `| @@`
	For      *gFor      `| @@`
	While    *gWhile    `| @@`
	Loop     *gLoop     `| @@`
	When     *gWhen     `| @@`
	Label    *gLabel    `| @@`
	Break    *gBreak    `| @@`
	Continue *gContinue `| @@`
	Return   *gReturn   `| @@`
	Result   *gResult   `| @@`
	Internal *gInternal `| @@`
	Const    *gConst    `| @@`
	Let      *gLet      `| @@`
	Rethrow  bool       `| @"EXCEPTION":Keyword`
	Scope    bool       `| @("GLOBAL":Keyword | "LOCAL":Keyword)`
	Simple   *pSimple   `| @@`
}

type gIf struct {
	Cond  *pExpr     `"SI":Keyword @@ "ALORS":Keyword`
	Block *gIfBlock  `( @@`
	Line  *gIfInline `| @@ )`
}

type gIfBlock struct {
	Then  []*gStmt `Newline ( Newline | @@ )*`
	Elifs []*gElif `@@*`
	Else  *gElse   `@@? "FIN":Keyword`
}

type gElif struct {
	Pos  plexer.Position
	Cond *pExpr   `"SINON":Keyword "SI":Keyword @@ "ALORS":Keyword`
	Body []*gStmt `( Newline | @@ )*`
}

type gElse struct {
	Body []*gStmt `"SINON":Keyword ( Newline | @@ )*`
}

type gIfInline struct {
	Then *gStmt `@@`
	Else *gStmt `( "SINON":Keyword @@ )?`
}

type gSelon struct {
	X     *pExpr   `"SELON":Keyword @@ Newline`
	Cases []*gCase `( Newline | @@ )*`
	Other *gOther  `@@? "FIN":Keyword`
}

type gCase struct {
	Pos   plexer.Position
	Items []*pCaseItem `"CAS":Keyword @@ ( ",":Punct @@ )* ":":Punct?`
	Body  []*gStmt     `( Newline | @@ )*`
}

type gOther struct {
	Body []*gStmt `("AUTRE":Keyword | "AUTRES":Keyword) "CAS":Keyword ":":Punct? ( Newline | @@ )*`
}

type gFor struct {
	Each *gForEach `"POUR":Keyword ( @@`
	Num  *gForNum  `| @@ )`
}

type gForNum struct {
	Var  gName    `@@ "=":Punct`
	From *pExpr   `@@`
	To   string   `@("A" | "_A_":Keyword)`
	Lim  *pExpr   `@@`
	StKw string   `( @("PAS":Keyword | "_PAS_":Keyword)`
	Step *pExpr   `  @@ )?`
	Body []*gStmt `( Newline | @@ )* "FIN":Keyword`
}

type gForEach struct {
	Kind  string   `@("TOUT":Keyword | "TOUS":Keyword | "TOUTE":Keyword | "TOUTES":Keyword | "CHAQUE":Keyword)`
	Str   bool     `@("CHAINE":Ident | "CHAINES":Ident | "STRING":Ident)?`
	Elem  bool     `@("ELEMENT":Ident | "ELEMENTS":Ident)?`
	Vars  []gName  `@@ ( ",":Punct @@ )*`
	Seq   *pExpr   `"DE":Keyword @@`
	Sep   []*pExpr `( ( "SEPAREE":Ident | "SEPAREES":Ident | "SEPARATED":Ident ) ( "PAR":Keyword | "BY":Ident ) @@ ( ",":Punct @@ )* )?`
	Where *pExpr   `( "AVEC":Keyword @@ )?`
	Dir   string   `@("DEPUISFIN":Ident | "DEPUISDEBUT":Ident | "FROMEND":Ident | "FROMBEGINNING":Ident)?`
	Body  []*gStmt `( Newline | @@ )* "FIN":Keyword`
}

type gWhile struct {
	Cond *pExpr   `"TANTQUE":Keyword @@`
	Body []*gStmt `Newline ( Newline | @@ )* "FIN":Keyword`
}

type gLoop struct {
	Count *pExpr   `"BOUCLE":Keyword ( "(":Punct @@ ")":Punct )?`
	Body  []*gStmt `Newline ( Newline | @@ )*`
	Until *gUntil  `( "FIN":Keyword | @@ )`
}

type gUntil struct {
	Cond *pExpr `"A" "FAIRE":Keyword "TANTQUE":Keyword @@`
}

type gWhen struct {
	Try   *gTry    `"QUAND":Keyword "EXCEPTION":Keyword ( @@`
	Body  []*gStmt `| Newline ( Newline | @@ )* ) "FIN":Keyword`
}

type gTry struct {
	Body    []*gStmt `"DANS":Keyword ( Newline | @@ )*`
	Handler []*gStmt `"FAIRE":Keyword ( Newline | @@ )*`
	Else    *gElse   `@@?`
}

type gLabel struct {
	Kind string `( "CAS":Keyword @("ERREUR":Ident | "ERROR":Ident | "EXCEPTION":Keyword) | @("SORTIR":Keyword | "CONTINUER":Keyword) ) ":":Punct`
}

type gBreak struct {
	Pos   plexer.Position
	Kw    string `@"SORTIR":Keyword`
	Selon bool   `( @"SELON":Keyword`
	N     *pExpr `| "(":Punct @@ ")":Punct )?`
}

type gContinue struct {
	Pos plexer.Position
	Kw  string `@"CONTINUER":Keyword`
	N   *pExpr `( "(":Punct @@ ")":Punct )?`
}

type gReturn struct {
	Kw    string `@"RETOUR":Keyword`
	Value *pExpr `( "=":Punct @@ )?`
}

type gResult struct {
	Kw     string   `@"RENVOYER":Keyword`
	Values []*pExpr `( @@ ( ",":Punct @@ )* )?`
}

type gInternal struct {
	Pos  plexer.Position
	Head *gProcHead `( "PROCEDURE":Keyword "INTERNE":Keyword | "INTERNE":Keyword ( "PROCEDURE":Keyword | "FONCTION":Keyword ) ) @@`
	Body []*gStmt   `( Newline | @@ )* "FIN":Keyword`
}

type gConst struct {
	Items []*gConstItem `"CONSTANTE":Keyword ( Newline ( Newline | @@ )* "FIN":Keyword | @@ )`
}

type gConstItem struct {
	Name  gName  `@@ "=":Punct`
	Value *pExpr `@@`
}

type gLet struct {
	Pos   plexer.Position
	Name  gName  `"SOIT":Keyword @@`
	Type  *pType `( "EST":Keyword @@ )?`
	Value *pExpr `"=":Punct @@`
}
