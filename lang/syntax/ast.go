package syntax

// A Node is a piece of the tree. Span reports the position of its first
// rune and the position just past its last rune.
type Node interface {
	Span() (start, end Position)
}

// Extent is embedded in every node to record its span.
type Extent struct {
	Start, End Position
}

// Span returns the node's start and end.
func (e Extent) Span() (Position, Position) { return e.Start, e.End }

// Expr is an expression node. The set is closed: only this package
// defines expressions.
type Expr interface {
	Node
	exprNode()
}

// Stmt is a statement node. The set is closed.
type Stmt interface {
	Node
	stmtNode()
}

// File is a parsed cell.
type File struct {
	Extent
	Name  string
	Stmts []Stmt
	// TrailingSemi is set when the last statement on the last line ends
	// with ';' (IPython then shows no result).
	TrailingSemi bool
}

// ---- expressions ----

// Ident is a name: x.
type Ident struct {
	Extent
	Name string
	// Scope and Slot cache how an evaluator resolved the name: Scope
	// identifies the function whose local variable number Slot it is.
	// The parser leaves both zero; the evaluator checks Scope before
	// trusting Slot, so a stale cache is only a missed shortcut.
	Scope any
	Slot  int
}

// Literal is a constant: 1, 1.5, 2j, 'a', b'a', None, True, False, ...
// Value holds int64, *big.Int, float64, complex128, string, []byte, bool,
// nil (None) or Ellipsis{}.
type Literal struct {
	Extent
	Token Token
	Raw   string
	Value any
	// Cache is the evaluator's own (its value for the literal, made once);
	// the parser leaves it nil.
	Cache any
}

// Ellipsis is the value of the literal "...".
type Ellipsis struct{}

// FString is an f-string: literal text interleaved with replacement fields.
type FString struct {
	Extent
	Parts []FPart
}

// FPart is literal text (X == nil) or a replacement field {X!Conv:Spec}.
// Debug holds the "x=" text of a self-documenting field {x=}.
type FPart struct {
	Lit   string
	X     Expr
	Conv  byte     // 0, 'r', 's' or 'a'
	Spec  *FString // nil if no format spec
	Debug string
}

// UnaryExpr is -x, +x, ~x or not x.
type UnaryExpr struct {
	Extent
	Op Token
	X  Expr
}

// BinaryExpr is x op y, including the short-circuit "and" and "or".
type BinaryExpr struct {
	Extent
	X     Expr
	Op    Token
	OpPos Position
	Y     Expr
}

// CmpOp is a comparison operator.
type CmpOp int8

// The comparison operators.
const (
	CmpLT CmpOp = iota
	CmpGT
	CmpLE
	CmpGE
	CmpEQ
	CmpNE
	CmpIn
	CmpNotIn
	CmpIs
	CmpIsNot
)

var cmpNames = [...]string{"<", ">", "<=", ">=", "==", "!=", "in", "not in", "is", "is not"}

// String returns the operator's spelling.
func (c CmpOp) String() string { return cmpNames[c] }

// Compare is a comparison chain: a < b <= c.
type Compare struct {
	Extent
	X   Expr
	Ops []CmpOp
	Ys  []Expr
}

// Arg is one argument of a call: a positional value, name=value,
// *iterable (Star 1) or **mapping (Star 2).
type Arg struct {
	Name    string
	NamePos Position
	Star    int
	Value   Expr
}

// CallExpr is f(args).
type CallExpr struct {
	Extent
	Fn     Expr
	Lparen Position
	Args   []Arg
	// Cache is the evaluator's own: how it last bound these arguments to
	// a callee's parameters. The parser leaves it nil; the evaluator
	// checks what it holds before trusting it, as with Ident.Scope.
	Cache any
}

// Simple reports whether every argument of x is positional: no keyword,
// no * or ** unpacking.
func (x *CallExpr) Simple() bool {
	for i := range x.Args {
		if x.Args[i].Name != "" || x.Args[i].Star != 0 {
			return false
		}
	}
	return true
}

// AttrExpr is x.name.
type AttrExpr struct {
	Extent
	X       Expr
	Name    string
	NamePos Position
}

// IndexExpr is x[index]; a multi-dimensional index is a TupleExpr.
type IndexExpr struct {
	Extent
	X     Expr
	Index Expr
}

// SliceExpr is lo:hi:step inside brackets; absent parts are nil.
type SliceExpr struct {
	Extent
	Lo, Hi, Step Expr
}

// TupleExpr is a, b or (a, b).
type TupleExpr struct {
	Extent
	Elts   []Expr
	Parens bool
}

// ListExpr is [a, b].
type ListExpr struct {
	Extent
	Elts []Expr
}

// SetExpr is {a, b}.
type SetExpr struct {
	Extent
	Elts []Expr
}

// DictEntry is key: value, or **mapping when Key is nil.
type DictEntry struct {
	Key, Value Expr
}

// DictExpr is {k: v, ...}.
type DictExpr struct {
	Extent
	Entries []DictEntry
}

// CompClause is "for Target in Iter if Ifs...".
type CompClause struct {
	Pos    Position
	Target Expr
	Iter   Expr
	Ifs    []Expr
}

// Comprehension is [x for ...], {x for ...}, {k: v for ...} or (x for ...).
// Kind is LBRACK, LBRACE (set), COLON (dict) or LPAREN (generator).
type Comprehension struct {
	Extent
	Kind    Token
	Body    Expr // element, or key for dicts
	Value   Expr // value for dicts
	Clauses []CompClause
	// Cache is the evaluator's own (its analysis of the comprehension's
	// scope); the parser leaves it nil.
	Cache any
}

// Param is a parameter of def or lambda. Star is 1 for *args, 2 for
// **kwargs; a bare "*" marker has Star 1 and an empty Name.
type Param struct {
	Pos     Position
	Name    string
	Default Expr
	Star    int
}

// LambdaExpr is lambda params: body.
type LambdaExpr struct {
	Extent
	Params []Param
	Body   Expr
}

// CondExpr is a if cond else b.
type CondExpr struct {
	Extent
	Then, Cond, Else Expr
}

// StarredExpr is *x in a call, display or assignment target.
type StarredExpr struct {
	Extent
	X Expr
}

func (*Ident) exprNode()         {}
func (*Literal) exprNode()       {}
func (*FString) exprNode()       {}
func (*UnaryExpr) exprNode()     {}
func (*BinaryExpr) exprNode()    {}
func (*Compare) exprNode()       {}
func (*CallExpr) exprNode()      {}
func (*AttrExpr) exprNode()      {}
func (*IndexExpr) exprNode()     {}
func (*SliceExpr) exprNode()     {}
func (*TupleExpr) exprNode()     {}
func (*ListExpr) exprNode()      {}
func (*SetExpr) exprNode()       {}
func (*DictExpr) exprNode()      {}
func (*Comprehension) exprNode() {}
func (*LambdaExpr) exprNode()    {}
func (*CondExpr) exprNode()      {}
func (*StarredExpr) exprNode()   {}

// ---- statements ----

// ExprStmt is an expression used as a statement.
type ExprStmt struct {
	Extent
	X Expr
}

// AssignStmt is t1 = t2 = value.
type AssignStmt struct {
	Extent
	Targets []Expr
	Value   Expr
}

// AugAssignStmt is target op= value; Op is the binary operator (PLUS for +=).
type AugAssignStmt struct {
	Extent
	Target Expr
	Op     Token
	Value  Expr
}

// AnnAssignStmt is target: annotation [= value].
type AnnAssignStmt struct {
	Extent
	Target     Expr
	Annotation Expr
	Value      Expr
}

// IfStmt is if/elif/else; an elif chain nests in Else.
type IfStmt struct {
	Extent
	Cond Expr
	Body []Stmt
	Else []Stmt
}

// ForStmt is for target in iter: body [else: ...].
type ForStmt struct {
	Extent
	Target Expr
	Iter   Expr
	Body   []Stmt
	Else   []Stmt
}

// WhileStmt is while cond: body [else: ...].
type WhileStmt struct {
	Extent
	Cond Expr
	Body []Stmt
	Else []Stmt
}

// DefStmt is a function definition.
type DefStmt struct {
	Extent
	Name    string
	NamePos Position
	Params  []Param
	Returns Expr
	Body    []Stmt
	// Doc is the docstring, if the body starts with a string literal.
	Doc string
}

// ReturnStmt is return [value].
type ReturnStmt struct {
	Extent
	Result Expr
}

// BranchStmt is break, continue or pass.
type BranchStmt struct {
	Extent
	Token Token
}

// ImportName is one "a.b.c as d" of an import.
type ImportName struct {
	Pos  Position
	Path []string
	As   string
}

// ImportStmt is import a.b [as c], ...
type ImportStmt struct {
	Extent
	Names []ImportName
}

// FromImportStmt is from module import names (Star for "*").
type FromImportStmt struct {
	Extent
	Module []string
	Level  int
	Names  []ImportName // Path has one element
	Star   bool
}

// ExceptClause is except [Type [as Name]]: body.
type ExceptClause struct {
	Pos  Position
	Type Expr
	Name string
	Body []Stmt
}

// TryStmt is try/except/else/finally.
type TryStmt struct {
	Extent
	Body     []Stmt
	Handlers []ExceptClause
	Else     []Stmt
	Finally  []Stmt
}

// WithStmt is with x [as target], ...: body.
type WithStmt struct {
	Extent
	Items []WithItem
	Body  []Stmt
}

// WithItem is one context manager of a with statement; Target is nil
// without as.
type WithItem struct {
	X      Expr
	Target Expr
}

// RaiseStmt is raise [exc [from cause]].
type RaiseStmt struct {
	Extent
	Exc, Cause Expr
}

// AssertStmt is assert cond [, msg].
type AssertStmt struct {
	Extent
	Cond, Msg Expr
}

// DelStmt is del targets.
type DelStmt struct {
	Extent
	Targets []Expr
}

// GlobalStmt is global names (or nonlocal names).
type GlobalStmt struct {
	Extent
	Names    []string
	Nonlocal bool
}

// MagicStmt is an IPython line or cell magic (%timeit ..., %%time),
// a shell escape (!ls) or a help request (x?, x??). Text is the line as
// written, without indentation.
type MagicStmt struct {
	Extent
	Text string
}

func (*ExprStmt) stmtNode()       {}
func (*AssignStmt) stmtNode()     {}
func (*AugAssignStmt) stmtNode()  {}
func (*AnnAssignStmt) stmtNode()  {}
func (*IfStmt) stmtNode()         {}
func (*ForStmt) stmtNode()        {}
func (*WhileStmt) stmtNode()      {}
func (*DefStmt) stmtNode()        {}
func (*ReturnStmt) stmtNode()     {}
func (*BranchStmt) stmtNode()     {}
func (*ImportStmt) stmtNode()     {}
func (*FromImportStmt) stmtNode() {}
func (*TryStmt) stmtNode()        {}
func (*WithStmt) stmtNode()       {}
func (*RaiseStmt) stmtNode()      {}
func (*AssertStmt) stmtNode()     {}
func (*DelStmt) stmtNode()        {}
func (*GlobalStmt) stmtNode()     {}
func (*MagicStmt) stmtNode()      {}
