package parser

// Codes of the syntax errors. WinDev's own compile error numbers are used
// where WinDev has one for the fault; the others are wl codes in the
// parser's range 9100–9399 (see package diag), never reused for another
// fault. A test (TestEveryErrorHasACode) parses faulty scripts and checks
// that each error carries one.
const (
	// CodeCasSpace is WinDev's error 4: a space is required after the ':'
	// of a CAS when code follows on the line.
	CodeCasSpace = 4
	// CodeAlorsMissing is WinDev's error 25: ALORS missing after SI.
	CodeAlorsMissing = 25
	// CodeReturnAndResult is WinDev's error 803: RETOUR and RENVOYER in
	// the same traitement.
	CodeReturnAndResult = 803

	// CodeSyntax: a token the grammar does not accept where it stands.
	CodeSyntax = 9100
	// CodeExprExpected: an expression is expected (also an expression cut
	// by the end of the line or of the file).
	CodeExprExpected = 9101
	// CodeTokenExpected: a given punctuation mark or keyword is expected
	// (`')' expected`, SINON of `? :`, `<` after `*` in CAS).
	CodeTokenExpected = 9102
	// CodeStmtEnd: something follows a complete statement on its line.
	CodeStmtEnd = 9103
	// CodeAssignOrCall: a statement that is neither an assignment nor a
	// call.
	CodeAssignOrCall = 9104
	// CodeTypeExpected: a type, or a part of one (digits, size), is
	// expected.
	CodeTypeExpected = 9105
	// CodeEndMissing: a block or a structure is not closed by its FIN.
	CodeEndMissing = 9106
	// CodeTooDeep: nesting or an operator chain beyond the parser's bounds.
	CodeTooDeep = 9107
	// CodeBadLiteral: a literal that cannot be read (integer too large,
	// invalid real or duration, invalid [% %] expression).
	CodeBadLiteral = 9108
	// CodeStructMember: a structure holds something other than member
	// declarations.
	CodeStructMember = 9109
	// CodeMemberName: a member name is expected after '.'.
	CodeMemberName = 9110
	// CodeArgCount: an operator written as a call has the wrong number of
	// operands (Modulo).
	CodeArgCount = 9111
	// CodeEncoding: the bytes of the file cannot be decoded (the lexer's
	// code, repeated for ParseBytes).
	CodeEncoding = 9005

	// CodeClasses: classes, objects and their members, outside the
	// accepted language.
	CodeClasses = 9200
	// CodeIndirection: the { } indirection, once not supported; no longer
	// reported (parsed since issue 9, resolved at run time), kept so that
	// the code is never reused.
	CodeIndirection = 9201
	// CodeBrowse: browsing an HFSQL file or query, or the rows of a
	// control, once a syntax error; no longer reported (parsed and checked
	// since issue 9, not run), kept so that the code is never reused.
	CodeBrowse = 9202
	// CodeEndLabel: the FIN: label, once not supported; no longer
	// reported (the label is parsed since issue 9), kept so that the code
	// is never reused.
	CodeEndLabel = 9203
	// CodeEnumeration: enumerations and combinations, once not supported;
	// no longer reported (parsed, checked and run since issue 9), kept so
	// that the code is never reused.
	CodeEnumeration = 9204
	// CodeEnumItem: a line of an enumeration or combination block is not
	// a value, `Nom = valeur`, `[Base]` or an exclusion (doc 1514067,
	// 1514074).
	CodeEnumItem = 9205
)
