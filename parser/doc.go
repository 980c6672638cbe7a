// Package parser turns WLangage tokens into the syntax tree of ast.go.
//
// Statements are described by a participle grammar (grammar.go);
// expressions, types and the statements that begin with an expression use
// a Pratt parser plugged into participle as Parseable types. The
// participle structures are converted to our own AST right after parsing:
// nothing outside this package sees them.
//
// Files by job:
//
//	parser.go    entry points (Parse, ParseBytes): a correct script is parsed
//	             procedure by procedure; participle errors translated
//	lexdef.go    package lexer adapted to participle (token types, Definition)
//	codes.go     the codes of syntax errors (WinDev's, else wl 9100–9399)
//	tokens.go    token predicates and the rewrites made before parsing
//	precheck.go  errors found on the token stream before parsing (FIN, ALORS)
//	grammar.go   the participle statement grammar (g* structures)
//	adapters.go  every participle.Parseable adapter (p* types)
//	decl.go      declarations: variables, structures, multiple assignment
//	types.go     the type grammar (entier sur 8 octets, tableau de ...)
//	expr.go      the Pratt expression parser: operators by precedence
//	primary.go   operands, postfix forms, calls, conversions
//	literal.go   integer literals and [% %] interpolation
//	caseitem.go  the items of a CAS list
//	convert.go   grammar structures to AST (ast.go)
//	check.go     checks over the whole tree (RETOUR and RENVOYER)
//	walk.go      the one tree walker every pass uses (Inspect, WalkStmts)
//	errors.go    the positioned syntax error
package parser
