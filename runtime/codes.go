package runtime

// The compiler's diagnostic codes: wl's own, in the compiler's range
// 9400–9699 (see lexer/diag), each for one fault and never reused; 301
// (unknown identifier) is WinDev's. CodeNotProvided (9400, units.go),
// codeConstNotProvided (9409, constnotprovided.go) and
// the class codes (9450–9457, class.go) are in the same range.
const (
	codeRedeclared    = 9401 // a name declared twice where both are visible
	codeUnknownType   = 9402 // a type name that is neither built in nor declared
	codeArgCount      = 9403 // too many, too few or a missing parameter in a call
	codeConstRequired = 9404 // a constant's value or an array dimension not known at compile time
	codeUnsupported   = 9405 // an expression, statement, operator or assignment the compiler does not handle
	codeMyParameters  = 9406 // MesParamètres outside a procedure declared with *
	codeImplicitDecl  = 9407 // warning: first assignment declares a Variant (DECISIONS 4)
	codeMisplacedEnd  = 9408 // the FIN: label inside a block instead of the traitement's level
	codeTooDeep       = 9410 // expression nested deeper than maxExprDepth
	codeCompileMemory = 9411 // compilation over the memory limit
	codeCompileCancel = 9412 // compilation cancelled by its context
	codeArrayTooBig   = 9413 // array dimensions negative or too large
	codeIndirection   = 9414 // runtime: an indirection {…} naming no visible variable (indirect.go)
	codeMultiValues   = 9420 // a multiple assignment given more values than places (fr:1515003)
	codeUnknownIdent  = 301  // WinDev's « Identificateur inconnu »
)
