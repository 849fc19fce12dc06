package syntax

import (
	"fmt"
	"math/big"
	"runtime"
	"strconv"
	"strings"
)

// maxDepth caps the nesting of expressions and blocks the parser recurses
// into, so that a pathological cell cannot exhaust the Go stack (the
// scanner caps brackets at maxParens and indentation at maxIndent, as
// CPython's tokenizer does). CPython 3.11's compiler refuses a tree
// nested deeper than about 3000 levels (3 per frame of its recursion
// limit 1000, less the frames in use) with RecursionError, its parser
// one deeper than 6000 rules with MemoryError. The value and the places
// the parser counts a level (each unary operator, not, conditional
// expression, lambda, '**', elif, block, bracket, expression in a
// bracket) make compile(src, "t", "exec")'s limit for a chain of unary
// operators, of not, of conditional expressions or of elif the same:
// 2989 nested ones compile, 2990 do not.
const maxDepth = 2990

// Parse parses the text of a cell. The error, if any, is an *Error with
// the position of the first problem (Python reports one syntax error at a
// time), chosen and placed as CPython 3.11's compile(src, filename,
// "exec") does. Parse never panics.
func Parse(filename, src string) (f *File, err error) {
	defer recoverError(filename, &err)
	p := newParser(filename, src, 1, 1)
	p.run(func() { f = p.parseFile() })
	return f, nil
}

// ParseExpr parses a single expression (a tuple if it has top-level
// commas), as used for %timeit and help requests.
func ParseExpr(filename, src string) (x Expr, err error) {
	defer recoverError(filename, &err)
	p := newParser(filename, src, 1, 1)
	p.run(func() {
		for p.tok.tok == NEWLINE {
			p.next()
		}
		x = p.parseTestListStar()
		for p.tok.tok == NEWLINE || p.tok.tok == OUTDENT {
			p.next()
		}
		if p.tok.tok != EOF {
			p.syntaxError(p.tok.pos, "invalid syntax")
		}
	})
	return x, nil
}

// run calls parse and decides which error the cell reports, as CPython
// does: a parser error gives way to a tokenizer error further on in the
// cell (CPython tokenizes the rest of the source after a parser error),
// and the compiler's errors count only if the whole cell parses.
func (p *parser) run(parse func()) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(*Error); ok && (e.class == parserError || e.class == unsupportedError) {
				if t := p.checkRest(); t != nil {
					panic(t)
				}
			}
			panic(r)
		}
	}()
	parse()
	if e := p.deferred.first(); e != nil {
		panic(e)
	}
}

// checkRest scans the rest of the cell after a parser error and returns
// the error that replaces it, if any: a tokenizer error, or the cell
// ending inside a bracket opened on a line before the last token read
// (_PyPegen_tokenize_full_source_to_check_for_errors).
func (p *parser) checkRest() (repl *Error) {
	errLine := p.lastLine
	e := catchError(func() {
		for p.sc.next().tok != EOF {
		}
	})
	switch {
	case e == nil:
	case e.class == tokenizerError:
		return e
	case e.class == unclosedError && e.Pos.Line < errLine:
		return e
	}
	return nil
}

// The passes of CPython's compiler after the parser, in order: building
// the symbol table, analysing it, generating code.
const (
	symtablePass = iota
	analysisPass
	codegenPass
	numPasses
)

// deferred holds the first error of each pass after the parser. They are
// raised only when the whole cell has parsed, the earliest pass's first.
type deferred [numPasses]*Error

func (d *deferred) first() *Error {
	for _, e := range d {
		if e != nil {
			return e
		}
	}
	return nil
}

// compileError records an error of one of CPython's passes after the
// parser at pos, which CPython reports with a column in bytes.
func (p *parser) compileError(pass int, pos Position, format string, args ...any) {
	if p.deferred[pass] == nil {
		p.deferred[pass] = &Error{Filename: p.sc.filename, Pos: p.cell.byteCol(pos), Msg: fmt.Sprintf(format, args...), Kind: "SyntaxError", class: compileError}
	}
}

func recoverError(filename string, err *error) {
	if r := recover(); r != nil {
		switch e := r.(type) {
		case *Error:
			*err = e
		case runtime.Error:
			*err = &Error{Filename: filename, Msg: fmt.Sprintf("internal error: %v", e), Kind: "SyntaxError"}
		default:
			*err = &Error{Filename: filename, Msg: fmt.Sprintf("internal error: %v", e), Kind: "SyntaxError"}
		}
	}
}

type parser struct {
	sc        *scanner
	cell      *scanner // the cell's scanner (sc is another in f-string fields)
	deferred  *deferred
	lastLine  int32  // line of the last token read from sc
	tok       tokval // current token
	prevEnd   Position
	prevLevel int // bracket nesting after the previous token
	// noInvalid turns off the error rules that read ahead (forgotComma,
	// checkNamedEq), as CPython's rules ending in _without_invalid do
	noInvalid bool
	// speculating counts the parsesAsExpr readings under way
	speculating int
	// keyNext tells parseTest it parses a dictionary key after the first
	// entry, where CPython reports a missing ':' before a missing comma
	keyNext   bool
	ahead     []tokval
	depth     int
	funcDepth int
	loopDepth int
	lastSemi  bool
	blockEnd  Position // end of the last statement of the last block parsed
}

func newParser(filename, src string, line, col int32) *parser {
	sc := newScanner(filename, src)
	sc.line, sc.col = line, col
	p := &parser{sc: sc, cell: sc, deferred: &deferred{}}
	p.tok = p.scan()
	return p
}

// scan reads the next token from the scanner.
func (p *parser) scan() tokval {
	t := p.sc.next()
	t.level = len(p.sc.parens)
	p.lastLine = t.pos.Line
	return t
}

func (p *parser) next() Position {
	p.prevEnd = p.tok.end
	p.prevLevel = p.tok.level
	pos := p.tok.pos
	if len(p.ahead) > 0 {
		p.tok = p.ahead[0]
		p.ahead = p.ahead[1:]
	} else {
		p.tok = p.scan()
	}
	return pos
}

func (p *parser) peek() tokval {
	if len(p.ahead) == 0 {
		p.ahead = append(p.ahead, p.scan())
	}
	return p.ahead[0]
}

// unsupported reports Python that golinalg does not run (CPython
// compiles it). Like a parser error, it gives way to a tokenizer error
// further on; in an f-string field it keeps its position and message.
func (p *parser) unsupported(pos Position, msg string) {
	panic(&Error{Filename: p.sc.filename, Pos: pos, Msg: msg, Kind: "SyntaxError", class: unsupportedError})
}

func (p *parser) syntaxError(pos Position, format string, args ...any) {
	panic(&Error{Filename: p.sc.filename, Pos: pos, Msg: fmt.Sprintf(format, args...), Kind: "SyntaxError"})
}

// unexpected reports the current token as a syntax error, marking it
// incomplete when the input simply ran out.
func (p *parser) unexpected() {
	t := p.tok
	if t.tok == EOF {
		panic(&Error{Filename: p.sc.filename, Pos: t.pos, Msg: "incomplete input", Kind: "SyntaxError", Incomplete: true})
	}
	if t.tok == INDENT {
		// CPython places it at its tokenizer's cursor, which is on the
		// first character after the indentation: column = its width
		// (and does not look at the rest of the cell)
		panic(&Error{Filename: p.sc.filename, Pos: Position{t.end.Line, t.end.Col - 1}, Msg: "unexpected indent", Kind: "IndentationError", class: tokenizerStop})
	}
	if t.tok == OUTDENT {
		panic(&Error{Filename: p.sc.filename, Pos: t.pos, Msg: "unindent does not match any outer indentation level", Kind: "IndentationError"})
	}
	p.syntaxError(t.pos, "invalid syntax")
}

func (p *parser) expect(t Token) Position {
	if p.tok.tok != t {
		p.unexpected()
	}
	return p.next()
}

// expectColon expects the ':' of a block header. CPython's grammar forces
// it after def, try, else and finally ("expected ':'" whatever comes
// instead); after the other headers it says so only at the end of the
// line.
func (p *parser) expectColon(forced bool) Position {
	if p.tok.tok != COLON && (forced || p.tok.tok == NEWLINE) {
		p.syntaxError(p.tok.pos, "expected ':'")
	}
	return p.expect(COLON)
}

func (p *parser) enter() {
	p.depth++
	if p.depth > maxDepth {
		panic(&Error{Filename: p.sc.filename, Pos: p.tok.pos, Msg: "maximum recursion depth exceeded during compilation", Kind: "RecursionError", class: compileError})
	}
}

func (p *parser) leave() { p.depth-- }

func (p *parser) parseFile() *File {
	f := &File{Name: p.sc.filename}
	f.Start = Position{1, 1}
	for p.tok.tok == NEWLINE {
		p.next()
	}
	for p.tok.tok != EOF {
		if p.tok.tok == NEWLINE {
			p.next()
			continue
		}
		before := len(f.Stmts)
		f.Stmts = append(f.Stmts, p.parseStmt()...)
		if len(f.Stmts) > before {
			_, end := f.Stmts[len(f.Stmts)-1].Span()
			f.End = end
		}
		if len(f.Stmts) > 0 {
			f.TrailingSemi = p.lastSemi
		}
	}
	if len(f.Stmts) > 0 {
		if _, ok := f.Stmts[len(f.Stmts)-1].(*ExprStmt); !ok {
			f.TrailingSemi = false
		}
	}
	return f
}

// parseStmt parses one statement; a line of simple statements joined by
// ';' yields several.
func (p *parser) parseStmt() []Stmt {
	switch p.tok.tok {
	case IF:
		return []Stmt{p.parseIf()}
	case WHILE:
		return []Stmt{p.parseWhile()}
	case FOR:
		return []Stmt{p.parseFor()}
	case TRY:
		return []Stmt{p.parseTry()}
	case DEF:
		return []Stmt{p.parseDef()}
	case CLASS:
		p.unsupported(p.tok.pos, "class definitions are not supported by golinalg")
	case WITH:
		return []Stmt{p.parseWith()}
	case ASYNC:
		p.unsupported(p.tok.pos, "'async' is not supported by golinalg")
	case AT:
		p.unsupported(p.tok.pos, "decorators are not supported by golinalg")
	case INDENT:
		p.unexpected()
	case IDENT:
		if p.tok.raw == "match" {
			switch nt := p.peek(); nt.tok {
			case IDENT, INT, FLOAT, STRING, LBRACK, MINUS:
				if nt.pos.Line == p.tok.pos.Line {
					p.unsupported(p.tok.pos, "'match' statements are not supported by golinalg")
				}
			}
		}
	}
	return p.parseSimpleStmts()
}

func (p *parser) parseSimpleStmts() []Stmt {
	var out []Stmt
	for {
		out = append(out, p.parseSmallStmt())
		p.lastSemi = false
		if p.tok.tok != SEMI {
			break
		}
		p.next()
		p.lastSemi = true
		if p.tok.tok == NEWLINE || p.tok.tok == EOF {
			break
		}
	}
	if p.tok.tok != NEWLINE && p.tok.tok != EOF {
		if es, ok := out[len(out)-1].(*ExprStmt); ok {
			p.forgotComma(es.X, es.Start)
		}
		if p.tok.tok == WALRUS {
			p.unsupported(p.tok.pos, "the walrus operator ':=' is not supported by golinalg")
		}
		p.unexpected()
	}
	if p.tok.tok == NEWLINE {
		p.next()
	}
	return out
}

func startsExpr(t Token) bool {
	switch t {
	case IDENT, INT, FLOAT, IMAG, STRING, BYTES, FSTRING, LPAREN, LBRACK, LBRACE, MINUS, PLUS, TILDE,
		NOT, LAMBDA, NONE, TRUE, FALSE, ELLIPSIS, STAR, AWAIT:
		return true
	}
	return false
}

func (p *parser) parseSmallStmt() Stmt {
	start := p.tok.pos
	switch p.tok.tok {
	case PASS, BREAK, CONTINUE:
		t := p.tok.tok
		p.next()
		if t == BREAK && p.loopDepth == 0 {
			p.compileError(codegenPass, start, "'break' outside loop")
		}
		if t == CONTINUE && p.loopDepth == 0 {
			p.compileError(codegenPass, start, "'continue' not properly in loop")
		}
		return &BranchStmt{Extent{start, p.prevEnd}, t}
	case RETURN:
		p.next()
		if p.funcDepth == 0 {
			p.compileError(codegenPass, start, "'return' outside function")
		}
		var x Expr
		if startsExpr(p.tok.tok) {
			x = p.parseTestListStar()
			p.checkStarredValue(x)
		}
		return &ReturnStmt{Extent{start, p.prevEnd}, x}
	case RAISE:
		p.next()
		s := &RaiseStmt{}
		if startsExpr(p.tok.tok) {
			s.Exc = p.parseTest()
			if p.tok.tok == FROM {
				p.next()
				s.Cause = p.parseTest()
			}
		}
		s.Extent = Extent{start, p.prevEnd}
		return s
	case GLOBAL, NONLOCAL:
		nonlocal := p.tok.tok == NONLOCAL
		p.next()
		s := &GlobalStmt{Nonlocal: nonlocal}
		for {
			if p.tok.tok != IDENT {
				p.unexpected()
			}
			s.Names = append(s.Names, p.tok.raw)
			p.next()
			if p.tok.tok != COMMA {
				break
			}
			p.next()
		}
		if nonlocal && p.funcDepth == 0 {
			p.compileError(analysisPass, start, "nonlocal declaration not allowed at module level")
		}
		s.Extent = Extent{start, p.prevEnd}
		return s
	case DEL:
		p.next()
		s := &DelStmt{}
		for {
			x := p.parseBitOr()
			p.checkTarget(x, "del")
			s.Targets = append(s.Targets, x)
			if p.tok.tok != COMMA {
				break
			}
			p.next()
			if !startsExpr(p.tok.tok) {
				break
			}
		}
		s.Extent = Extent{start, p.prevEnd}
		return s
	case ASSERT:
		p.next()
		s := &AssertStmt{Cond: p.parseTest()}
		if p.tok.tok == COMMA {
			p.next()
			s.Msg = p.parseTest()
		}
		s.Extent = Extent{start, p.prevEnd}
		return s
	case IMPORT:
		return p.parseImport()
	case FROM:
		return p.parseFromImport()
	case MAGIC:
		t := p.tok
		p.next()
		return &MagicStmt{Extent{t.pos, t.end}, t.raw}
	case YIELD:
		p.unsupported(start, "'yield' is not supported by golinalg")
	}
	x := p.parseTestListStar()
	switch p.tok.tok {
	case EQ:
		s := &AssignStmt{Targets: []Expr{x}}
		for p.tok.tok == EQ {
			// each target is checked at its '=', as CPython's
			// invalid_assignment rule does
			if t := s.Targets[len(s.Targets)-1]; catchError(func() { p.checkTarget(t, "star") }) != nil {
				if len(s.Targets) == 1 {
					p.firstTargetEq(t)
				}
				p.checkTarget(t, "star")
			}
			p.next()
			if p.tok.tok == YIELD {
				p.unsupported(p.tok.pos, "'yield' is not supported by golinalg")
			}
			if !startsExpr(p.tok.tok) {
				p.unexpected()
			}
			s.Targets = append(s.Targets, p.parseTestListStar())
		}
		s.Value = s.Targets[len(s.Targets)-1]
		s.Targets = s.Targets[:len(s.Targets)-1]
		p.checkStarredValue(s.Value)
		for _, t := range s.Targets {
			if st, ok := t.(*StarredExpr); ok {
				p.compileError(codegenPass, st.Start, "starred assignment target must be in a list or tuple")
			}
		}
		s.Extent = Extent{start, p.prevEnd}
		return s
	case PLUS_EQ, MINUS_EQ, STAR_EQ, SLASH_EQ, SLASHSLASH_EQ, PERCENT_EQ, STARSTAR_EQ, AT_EQ, AMP_EQ, PIPE_EQ, CIRCUMFLEX_EQ, LTLT_EQ, GTGT_EQ:
		op := augOps[p.tok.tok]
		switch x.(type) {
		case *Ident, *AttrExpr, *IndexExpr:
		default:
			p.syntaxError(start, "'%s' is an illegal expression for augmented assignment", describe(x))
		}
		p.next()
		v := p.parseTestListStar()
		p.checkStarredValue(v)
		return &AugAssignStmt{Extent{start, p.prevEnd}, x, op, v}
	case COLON:
		msg := ""
		switch x.(type) {
		case *Ident, *AttrExpr, *IndexExpr:
		case *TupleExpr:
			msg = "only single target (not tuple) can be annotated"
		default:
			msg = "illegal target for annotation"
		}
		colon := p.next()
		if msg != "" {
			// CPython's rule (invalid_assignment) needs an annotation
			if !p.attempt(func() { p.parseTest() }) {
				p.syntaxError(colon, "invalid syntax")
			}
			p.syntaxError(start, "%s", msg)
		}
		s := &AnnAssignStmt{Target: x, Annotation: p.parseTest()}
		if p.tok.tok == EQ {
			p.next()
			s.Value = p.parseTestListStar()
		}
		s.Extent = Extent{start, p.prevEnd}
		return s
	}
	p.checkStarredValue(x)
	return &ExprStmt{Extent{start, p.prevEnd}, x}
}

// checkStarredValue reports a starred expression used as a whole value
// ("*a", "x = *a", "return *a"), which CPython's compiler refuses.
func (p *parser) checkStarredValue(x Expr) {
	if s, ok := x.(*StarredExpr); ok {
		p.compileError(codegenPass, s.Start, "can't use starred expression here")
	}
}

var augOps = map[Token]Token{
	PLUS_EQ: PLUS, MINUS_EQ: MINUS, STAR_EQ: STAR, SLASH_EQ: SLASH, SLASHSLASH_EQ: SLASHSLASH,
	PERCENT_EQ: PERCENT, STARSTAR_EQ: STARSTAR, AT_EQ: AT, AMP_EQ: AMP, PIPE_EQ: PIPE,
	CIRCUMFLEX_EQ: CIRCUMFLEX, LTLT_EQ: LTLT, GTGT_EQ: GTGT,
}

// describe names an expression kind the way CPython's error messages do.
func describe(x Expr) string {
	switch x := x.(type) {
	case *Literal:
		switch x.Token {
		case NONE:
			return "None"
		case TRUE:
			return "True"
		case FALSE:
			return "False"
		case ELLIPSIS:
			return "ellipsis"
		}
		return "literal"
	case *FString:
		return "f-string expression"
	case *CallExpr:
		return "function call"
	case *Compare:
		return "comparison"
	case *LambdaExpr:
		return "lambda"
	case *CondExpr:
		return "conditional expression"
	case *DictExpr:
		return "dict literal"
	case *SetExpr:
		return "set display"
	case *TupleExpr:
		return "tuple"
	case *ListExpr:
		return "list"
	case *Comprehension:
		switch x.Kind {
		case LBRACK:
			return "list comprehension"
		case LBRACE:
			return "set comprehension"
		case COLON:
			return "dict comprehension"
		}
		return "generator expression"
	case *StarredExpr:
		return "starred"
	case *Ident:
		return "name"
	case *AttrExpr:
		return "attribute"
	case *IndexExpr:
		return "subscript"
	}
	return "expression"
}

// firstTargetEq handles "t = value" where the statement's first target t
// is not one: CPython's invalid_assignment rule reads t's elements as
// named expressions, so the one before the '=' (t itself, or the last
// element of a tuple) meets invalid_named_expression (see checkNamedEq),
// valid target or not. It returns if that rule does not apply.
func (p *parser) firstTargetEq(t Expr) {
	e := t
	if tup, ok := t.(*TupleExpr); ok && !tup.Parens && len(tup.Elts) > 0 {
		e = tup.Elts[len(tup.Elts)-1]
	}
	es, _ := e.Span()
	msg := ""
	if lit, ok := e.(*Literal); ok && (lit.Token == NONE || lit.Token == TRUE || lit.Token == FALSE) {
		return
	}
	switch e := e.(type) {
	case *Ident:
		msg = "invalid syntax. Maybe you meant '==' or ':=' instead of '='?"
	case *Comprehension:
		if e.Kind == LPAREN {
			return
		}
	}
	if !isBitwiseOr(e) {
		return
	}
	if msg == "" {
		msg = fmt.Sprintf("cannot assign to %s here. Maybe you meant '==' instead of '='?", describe(e))
	}
	st := p.mark()
	p.next()
	if p.parsesAsExpr(func() { p.parseBitOr() }, true) && p.tok.tok != EQ && p.tok.tok != WALRUS {
		p.syntaxError(es, "%s", msg)
	}
	p.reset(st)
}

// isBitwiseOr reports whether x is an expression at the level of '|'
// or tighter, as CPython's grammar names it (bitwise_or): not a
// comparison, a not, and, or, lambda, conditional or starred expression,
// nor a display CPython's rules single out (list, tuple).
func isBitwiseOr(x Expr) bool {
	switch x := x.(type) {
	case *ListExpr, *TupleExpr, *Compare, *LambdaExpr, *CondExpr, *StarredExpr:
		return false
	case *BinaryExpr:
		return x.Op != AND && x.Op != OR
	case *UnaryExpr:
		return x.Op != NOT
	}
	return true
}

// checkTarget reports a syntax error if x cannot be assigned (or deleted:
// kind "del"; the other kinds, "for", "with" and "star" for an
// assignment, say where the target is).
func (p *parser) checkTarget(x Expr, kind string) {
	start, _ := x.Span()
	switch x := x.(type) {
	case *Ident, *AttrExpr, *IndexExpr:
		return
	case *TupleExpr:
		if kind != "del" || true {
			for _, e := range x.Elts {
				p.checkTarget(e, kind)
			}
			return
		}
	case *ListExpr:
		for _, e := range x.Elts {
			p.checkTarget(e, kind)
		}
		return
	case *StarredExpr:
		if kind == "del" {
			p.syntaxError(start, "cannot delete starred")
		}
		p.checkTarget(x.X, kind)
		return
	case *Literal:
		if x.Token == NONE || x.Token == TRUE || x.Token == FALSE {
			if kind == "del" {
				p.syntaxError(start, "cannot delete %s", describe(x))
			}
			p.syntaxError(start, "cannot assign to %s", describe(x))
		}
	}
	if kind == "del" {
		p.syntaxError(start, "cannot delete %s", describe(x))
	}
	p.syntaxError(start, "cannot assign to %s", describe(x))
}

// parseBlock parses the suite after a block header's ':'.
func (p *parser) parseBlock(what string, line int32) []Stmt {
	if p.tok.tok != NEWLINE {
		if p.tok.tok == EOF {
			p.unexpected()
		}
		body := p.parseSimpleStmts()
		_, p.blockEnd = body[len(body)-1].Span()
		return body
	}
	nl := p.tok
	p.next()
	if p.tok.tok != INDENT {
		e := &Error{Filename: p.sc.filename, Pos: p.tok.pos, Kind: "IndentationError",
			Msg: fmt.Sprintf("expected an indented block after %s on line %d", what, line)}
		atEOF := p.tok.tok == EOF || p.tok.tok == OUTDENT && p.peekEOF()
		switch {
		case atEOF:
			e.Incomplete = true
			if p.tok.pos == nl.end {
				// CPython: at the end of the header's line
				e.Pos = nl.pos
			}
		case p.tok.tok == OUTDENT:
			// CPython: at its tokenizer's cursor, after the indentation
			e.Pos.Col--
		}
		panic(e)
	}
	p.next()
	p.enter()
	defer p.leave()
	var body []Stmt
	for p.tok.tok != OUTDENT && p.tok.tok != EOF {
		if p.tok.tok == NEWLINE {
			p.next()
			continue
		}
		body = append(body, p.parseStmt()...)
	}
	if p.tok.tok == OUTDENT {
		p.next()
	}
	if len(body) > 0 {
		_, p.blockEnd = body[len(body)-1].Span()
	}
	return body
}

func (p *parser) peekEOF() bool {
	for _, t := range p.ahead {
		if t.tok != OUTDENT {
			return t.tok == EOF
		}
	}
	for {
		t := p.scan()
		p.ahead = append(p.ahead, t)
		if t.tok != OUTDENT {
			return t.tok == EOF
		}
	}
}

func (p *parser) parseIf() Stmt {
	what := "'if' statement"
	if p.tok.tok == ELIF {
		what = "'elif' statement"
	}
	start := p.next()
	condStart := p.tok.pos
	s := &IfStmt{Cond: p.parseNamedTest()}
	p.checkNamedEq(s.Cond, condStart)
	p.expectColon(false)
	s.Body = p.parseBlock(what, start.Line)
	switch p.tok.tok {
	case ELIF:
		p.enter()
		s.Else = []Stmt{p.parseIf()}
		p.leave()
	case ELSE:
		elsePos := p.next()
		p.expectColon(true)
		s.Else = p.parseBlock("'else' statement", elsePos.Line)
	}
	s.Extent = Extent{start, p.blockEnd}
	return s
}

func (p *parser) parseWhile() Stmt {
	start := p.next()
	condStart := p.tok.pos
	s := &WhileStmt{Cond: p.parseNamedTest()}
	p.checkNamedEq(s.Cond, condStart)
	p.expectColon(false)
	p.loopDepth++
	s.Body = p.parseBlock("'while' statement", start.Line)
	p.loopDepth--
	if p.tok.tok == ELSE {
		elsePos := p.next()
		p.expectColon(true)
		s.Else = p.parseBlock("'else' statement", elsePos.Line)
	}
	s.Extent = Extent{start, p.blockEnd}
	return s
}

func (p *parser) parseFor() Stmt {
	start := p.next()
	tstart := p.tok.pos
	s := &ForStmt{Target: p.parseTargetList()}
	p.checkForTarget(s.Target, tstart)
	p.next()
	s.Iter = p.parseTestListStar()
	p.checkStarredValue(s.Iter)
	p.expectColon(false)
	p.loopDepth++
	s.Body = p.parseBlock("'for' statement", start.Line)
	p.loopDepth--
	if p.tok.tok == ELSE {
		elsePos := p.next()
		p.expectColon(true)
		s.Else = p.parseBlock("'else' statement", elsePos.Line)
	}
	s.Extent = Extent{start, p.blockEnd}
	return s
}

// parseWith parses with a [as b], c [as d]: body.
func (p *parser) parseWith() Stmt {
	start := p.next()
	s := &WithStmt{}
	for {
		it := WithItem{X: p.parseTest()}
		if p.tok.tok == AS {
			p.next()
			it.Target = p.parseBitOr()
			p.checkTarget(it.Target, "with")
		}
		s.Items = append(s.Items, it)
		if p.tok.tok != COMMA {
			break
		}
		p.next()
	}
	p.expectColon(false)
	s.Body = p.parseBlock("'with' statement", start.Line)
	s.Extent = Extent{start, p.blockEnd}
	return s
}

// parseTargetList parses the targets of for and comprehensions.
func (p *parser) parseTargetList() Expr {
	start := p.tok.pos
	var elts []Expr
	comma := false
	for {
		var x Expr
		if p.tok.tok == STAR {
			s := p.next()
			x = &StarredExpr{X: p.parseBitOr()}
			x.(*StarredExpr).Extent = Extent{s, p.prevEnd}
		} else {
			x = p.parseBitOr()
		}
		elts = append(elts, x)
		if p.tok.tok != COMMA {
			break
		}
		comma = true
		p.next()
		if p.tok.tok == IN {
			break
		}
	}
	if !comma {
		return elts[0]
	}
	return &TupleExpr{Extent: Extent{start, p.prevEnd}, Elts: elts}
}

// checkForTarget checks the target of a for loop or clause, which starts
// at start and must be followed by 'in'. Before that word, CPython's rule
// invalid_for_target reads the target as an expression (which may find
// a missing comma).
func (p *parser) checkForTarget(x Expr, start Position) {
	if p.tok.tok != IN {
		p.nextToExpr(x, start, false)
	}
	p.checkTarget(x, "for")
	if p.tok.tok != IN {
		p.syntaxError(p.tok.pos, "invalid syntax")
	}
}

func (p *parser) parseTry() Stmt {
	start := p.next()
	p.expectColon(true)
	s := &TryStmt{Body: p.parseBlock("'try' statement", start.Line)}
	for p.tok.tok == EXCEPT {
		h := ExceptClause{Pos: p.next()}
		if p.tok.tok == STAR {
			p.unsupported(p.tok.pos, "'except*' is not supported by golinalg")
		}
		if p.tok.tok != COLON && p.tok.tok != NEWLINE {
			h.Type = p.parseTest()
			if p.tok.tok == COMMA {
				p.syntaxError(h.Pos, "multiple exception types must be parenthesized")
			}
			if p.tok.tok == AS {
				p.next()
				if p.tok.tok != IDENT {
					p.unexpected()
				}
				h.Name = p.tok.raw
				p.next()
			}
		}
		p.expectColon(false)
		h.Body = p.parseBlock("'except' statement", h.Pos.Line)
		s.Handlers = append(s.Handlers, h)
	}
	if p.tok.tok == ELSE {
		if len(s.Handlers) == 0 {
			p.syntaxError(p.tok.pos, "invalid syntax")
		}
		e := p.next()
		p.expectColon(true)
		s.Else = p.parseBlock("'else' statement", e.Line)
	}
	if p.tok.tok == FINALLY {
		e := p.next()
		p.expectColon(true)
		s.Finally = p.parseBlock("'finally' statement", e.Line)
	}
	if len(s.Handlers) == 0 && s.Finally == nil {
		if p.tok.tok == EOF {
			p.unexpected()
		}
		p.syntaxError(p.tok.pos, "expected 'except' or 'finally' block")
	}
	s.Extent = Extent{start, p.blockEnd}
	return s
}

func (p *parser) parseDef() Stmt {
	start := p.next()
	if p.tok.tok != IDENT {
		p.unexpected()
	}
	s := &DefStmt{Name: p.tok.raw, NamePos: p.tok.pos}
	p.next()
	if p.tok.tok != LPAREN {
		p.syntaxError(p.tok.pos, "expected '('")
	}
	p.next()
	s.Params = p.parseParams(RPAREN, true)
	p.expect(RPAREN)
	if p.tok.tok == ARROW {
		p.next()
		s.Returns = p.parseTest()
	}
	p.expectColon(true)
	saveLoop := p.loopDepth
	p.loopDepth = 0
	p.funcDepth++
	s.Body = p.parseBlock(fmt.Sprintf("function definition"), start.Line)
	p.funcDepth--
	p.loopDepth = saveLoop
	if len(s.Body) > 0 {
		if es, ok := s.Body[0].(*ExprStmt); ok {
			if lit, ok := es.X.(*Literal); ok && lit.Token == STRING {
				s.Doc = lit.Value.(string)
			}
		}
	}
	s.Extent = Extent{start, p.blockEnd}
	return s
}

// parseParams parses a parameter list up to (not including) end.
func (p *parser) parseParams(end Token, annotations bool) []Param {
	var params []Param
	seen := map[string]bool{}
	sawDefault, sawStar, sawKw := false, false, false
	for p.tok.tok != end {
		if sawKw {
			p.syntaxError(p.tok.pos, "arguments cannot follow var-keyword argument")
		}
		pr := Param{Pos: p.tok.pos}
		switch p.tok.tok {
		case SLASH:
			p.next()
			if p.tok.tok == COMMA {
				p.next()
			}
			continue
		case STAR:
			p.next()
			pr.Star = 1
			if sawStar {
				p.syntaxError(pr.Pos, "* argument may appear only once")
			}
			sawStar = true
		case STARSTAR:
			p.next()
			pr.Star = 2
			sawKw = true
		}
		if p.tok.tok == IDENT {
			pr.Name = p.tok.raw
			if seen[pr.Name] {
				p.compileError(symtablePass, p.tok.pos, "duplicate argument '%s' in function definition", pr.Name)
			}
			seen[pr.Name] = true
			p.next()
			if annotations && p.tok.tok == COLON {
				p.next()
				p.parseTest()
			}
		} else if pr.Star != 1 {
			p.unexpected()
		}
		if pr.Star == 1 && pr.Name == "" && (p.tok.tok == end || p.tok.tok == COMMA && p.peek().tok == end) {
			p.syntaxError(pr.Pos, "named arguments must follow bare *")
		}
		if p.tok.tok == EQ {
			if pr.Star != 0 {
				p.syntaxError(p.tok.pos, "var-positional argument cannot have default value")
			}
			eq := p.next()
			if p.tok.tok == RPAREN || p.tok.tok == COMMA {
				p.syntaxError(eq, "expected default value expression")
			}
			pr.Default = p.parseTest()
			sawDefault = true
		} else if sawDefault && pr.Star == 0 && !sawStar {
			p.syntaxError(pr.Pos, "non-default argument follows default argument")
		}
		params = append(params, pr)
		if p.tok.tok != COMMA {
			break
		}
		p.next()
	}
	return params
}

func (p *parser) parseImport() Stmt {
	start := p.next()
	s := &ImportStmt{}
	for {
		n := ImportName{Pos: p.tok.pos}
		n.Path = p.parseDottedName()
		if p.tok.tok == AS {
			p.next()
			if p.tok.tok != IDENT {
				p.unexpected()
			}
			n.As = p.tok.raw
			p.next()
		}
		s.Names = append(s.Names, n)
		if p.tok.tok != COMMA {
			break
		}
		p.next()
	}
	s.Extent = Extent{start, p.prevEnd}
	return s
}

func (p *parser) parseDottedName() []string {
	var path []string
	for {
		if p.tok.tok != IDENT {
			p.unexpected()
		}
		path = append(path, p.tok.raw)
		p.next()
		if p.tok.tok != DOT {
			return path
		}
		p.next()
	}
}

func (p *parser) parseFromImport() Stmt {
	start := p.next()
	s := &FromImportStmt{}
	for p.tok.tok == DOT || p.tok.tok == ELLIPSIS {
		if p.tok.tok == DOT {
			s.Level++
		} else {
			s.Level += 3
		}
		p.next()
	}
	if p.tok.tok == IDENT || s.Level == 0 {
		s.Module = p.parseDottedName()
	}
	if p.tok.tok != IMPORT {
		p.unexpected()
	}
	p.next()
	if p.tok.tok == STAR {
		p.next()
		s.Star = true
		s.Extent = Extent{start, p.prevEnd}
		return s
	}
	parens := false
	if p.tok.tok == LPAREN {
		parens = true
		p.next()
	}
	for {
		if p.tok.tok != IDENT {
			if parens && p.tok.tok == RPAREN && len(s.Names) > 0 {
				break
			}
			if !parens && p.tok.tok == NEWLINE && len(s.Names) > 0 {
				p.syntaxError(p.prevEnd, "trailing comma not allowed without surrounding parentheses")
			}
			p.unexpected()
		}
		n := ImportName{Pos: p.tok.pos, Path: []string{p.tok.raw}}
		p.next()
		if p.tok.tok == AS {
			p.next()
			if p.tok.tok != IDENT {
				p.unexpected()
			}
			n.As = p.tok.raw
			p.next()
		}
		s.Names = append(s.Names, n)
		if p.tok.tok != COMMA {
			break
		}
		p.next()
	}
	if parens {
		p.expect(RPAREN)
	}
	s.Extent = Extent{start, p.prevEnd}
	return s
}

// ---- expressions ----

// checkNamedEq reports "x = ..." where a named expression x was parsed
// from start, as CPython's invalid_named_expression rule does: a name
// gets "Maybe you meant '==' or ':='", another target-like expression
// "cannot assign to ...", both when a bitwise_or follows the '=' (and no
// other '=' or ':=' after it); otherwise "invalid syntax" at the '='.
func (p *parser) checkNamedEq(x Expr, start Position) {
	if p.tok.tok != EQ {
		return
	}
	eq := p.tok.pos
	xs, _ := x.Span()
	msg := fmt.Sprintf("cannot assign to %s here. Maybe you meant '==' instead of '='?", describe(x))
	switch x := x.(type) {
	case *Ident:
		if xs == start {
			msg = "invalid syntax. Maybe you meant '==' or ':=' instead of '='?"
		}
	case *ListExpr, *TupleExpr, *Compare, *LambdaExpr, *CondExpr, *StarredExpr:
		msg = ""
	case *Comprehension:
		if x.Kind == LPAREN {
			msg = ""
		}
	case *Literal:
		if x.Token == NONE || x.Token == TRUE || x.Token == FALSE {
			msg = ""
		}
	case *BinaryExpr:
		if x.Op == AND || x.Op == OR {
			msg = ""
		}
	case *UnaryExpr:
		if x.Op == NOT {
			msg = ""
		}
	}
	if msg == "" || p.noInvalid {
		p.syntaxError(eq, "invalid syntax")
	}
	p.next()
	if !p.parsesAsExpr(func() { p.parseBitOr() }, true) || p.tok.tok == EQ || p.tok.tok == WALRUS {
		p.syntaxError(eq, "invalid syntax")
	}
	p.syntaxError(xs, "%s", msg)
}

// parseNamedTest parses a test where ':=' would be legal in Python, and
// reports the walrus operator as unsupported.
func (p *parser) parseNamedTest() Expr {
	x := p.parseTest()
	if p.tok.tok == WALRUS {
		p.unsupported(p.tok.pos, "the walrus operator ':=' is not supported by golinalg")
	}
	return x
}

// parseTestListStar parses a comma-separated list of tests or starred
// expressions; more than one element (or a trailing comma) makes a tuple.
func (p *parser) parseTestListStar() Expr {
	start := p.tok.pos
	x := p.parseTestOrStar()
	if p.tok.tok != COMMA {
		return x
	}
	elts := []Expr{x}
	for p.tok.tok == COMMA {
		p.next()
		if !startsExpr(p.tok.tok) {
			break
		}
		elts = append(elts, p.parseTestOrStar())
	}
	return &TupleExpr{Extent: Extent{start, p.prevEnd}, Elts: elts}
}

func (p *parser) parseTestOrStar() Expr {
	if p.tok.tok == STAR {
		s := p.next()
		x := p.parseBitOr()
		return &StarredExpr{Extent{s, p.prevEnd}, x}
	}
	return p.parseTest()
}

// parseTest parses a conditional expression or lambda.
func (p *parser) parseTest() Expr {
	p.enter()
	defer p.leave()
	key := p.keyNext
	p.keyNext = false
	if p.tok.tok == LAMBDA {
		return p.parseLambda(true)
	}
	if p.tok.tok == YIELD {
		p.unsupported(p.tok.pos, "'yield' is not supported by golinalg")
	}
	if p.tok.tok == AWAIT {
		p.unsupported(p.tok.pos, "'await' is not supported by golinalg")
	}
	start := p.tok.pos
	x := p.parseOrTest()
	if p.tok.tok == IF {
		p.next()
		cond := p.parseOrTest()
		if p.tok.tok != ELSE {
			p.syntaxError(start, "expected 'else' after 'if' expression")
		}
		p.next()
		els := p.parseTest()
		return &CondExpr{Extent{start, p.prevEnd}, x, cond, els}
	}
	// no expression can follow an expression
	if !key {
		p.forgotComma(x, start)
	}
	return x
}

func (p *parser) parseLambda(cond bool) Expr {
	start := p.next()
	params := p.parseParams(COLON, false)
	p.expect(COLON)
	p.funcDepth++
	var body Expr
	if cond {
		body = p.parseTest()
	} else {
		body = p.parseOrTest()
	}
	p.funcDepth--
	return &LambdaExpr{Extent{start, p.prevEnd}, params, body}
}

func (p *parser) parseOrTest() Expr {
	x := p.parseAndTest()
	for p.tok.tok == OR {
		op := p.next()
		y := p.parseAndTest()
		x = binary(x, OR, op, y, p.prevEnd)
	}
	return x
}

func (p *parser) parseAndTest() Expr {
	x := p.parseNotTest()
	for p.tok.tok == AND {
		op := p.next()
		y := p.parseNotTest()
		x = binary(x, AND, op, y, p.prevEnd)
	}
	return x
}

func binary(x Expr, op Token, opPos Position, y Expr, end Position) Expr {
	s, _ := x.Span()
	return &BinaryExpr{Extent{s, end}, x, op, opPos, y}
}

func (p *parser) parseNotTest() Expr {
	if p.tok.tok == NOT {
		p.enter()
		defer p.leave()
		start := p.next()
		x := p.parseNotTest()
		return &UnaryExpr{Extent{start, p.prevEnd}, NOT, x}
	}
	return p.parseComparison()
}

func (p *parser) parseComparison() Expr {
	x := p.parseBitOr()
	var c *Compare
	for {
		var op CmpOp
		switch p.tok.tok {
		case LT:
			op = CmpLT
		case GT:
			op = CmpGT
		case LE:
			op = CmpLE
		case GE:
			op = CmpGE
		case EQL:
			op = CmpEQ
		case NEQ:
			op = CmpNE
		case IN:
			op = CmpIn
		case IS:
			op = CmpIs
			if p.peek().tok == NOT {
				p.next()
				op = CmpIsNot
			}
		case NOT:
			if p.peek().tok != IN {
				return p.finishCompare(x, c)
			}
			p.next()
			op = CmpNotIn
		default:
			return p.finishCompare(x, c)
		}
		p.next()
		y := p.parseBitOr()
		if c == nil {
			s, _ := x.Span()
			c = &Compare{Extent: Extent{Start: s}, X: x}
		}
		c.Ops = append(c.Ops, op)
		c.Ys = append(c.Ys, y)
	}
}

func (p *parser) finishCompare(x Expr, c *Compare) Expr {
	if c == nil {
		return x
	}
	c.End = p.prevEnd
	return c
}

func (p *parser) parseBitOr() Expr {
	x := p.parseBitXor()
	for p.tok.tok == PIPE {
		op := p.next()
		x = binary(x, PIPE, op, p.parseBitXor(), p.prevEnd)
	}
	return x
}

func (p *parser) parseBitXor() Expr {
	x := p.parseBitAnd()
	for p.tok.tok == CIRCUMFLEX {
		op := p.next()
		x = binary(x, CIRCUMFLEX, op, p.parseBitAnd(), p.prevEnd)
	}
	return x
}

func (p *parser) parseBitAnd() Expr {
	x := p.parseShift()
	for p.tok.tok == AMP {
		op := p.next()
		x = binary(x, AMP, op, p.parseShift(), p.prevEnd)
	}
	return x
}

func (p *parser) parseShift() Expr {
	x := p.parseArith()
	for p.tok.tok == LTLT || p.tok.tok == GTGT {
		t := p.tok.tok
		op := p.next()
		x = binary(x, t, op, p.parseArith(), p.prevEnd)
	}
	return x
}

func (p *parser) parseArith() Expr {
	x := p.parseTerm()
	for p.tok.tok == PLUS || p.tok.tok == MINUS {
		t := p.tok.tok
		op := p.next()
		x = binary(x, t, op, p.parseTerm(), p.prevEnd)
	}
	return x
}

func (p *parser) parseTerm() Expr {
	x := p.parseFactor()
	for {
		switch p.tok.tok {
		case STAR, SLASH, SLASHSLASH, PERCENT, AT:
			t := p.tok.tok
			op := p.next()
			x = binary(x, t, op, p.parseFactor(), p.prevEnd)
		default:
			return x
		}
	}
}

func (p *parser) parseFactor() Expr {
	switch p.tok.tok {
	case PLUS, MINUS, TILDE:
		p.enter()
		defer p.leave()
		t := p.tok.tok
		start := p.next()
		x := p.parseFactor()
		return &UnaryExpr{Extent{start, p.prevEnd}, t, x}
	}
	return p.parsePower()
}

func (p *parser) parsePower() Expr {
	x := p.parsePrimary()
	if p.tok.tok == STARSTAR {
		p.enter()
		defer p.leave()
		op := p.next()
		y := p.parseFactor()
		x = binary(x, STARSTAR, op, y, p.prevEnd)
	}
	return x
}

func (p *parser) parsePrimary() Expr {
	x := p.parseAtom()
	start, _ := x.Span()
	for {
		switch p.tok.tok {
		case DOT:
			p.next()
			if p.tok.tok != IDENT {
				p.unexpected()
			}
			x = &AttrExpr{Extent{start, p.tok.end}, x, p.tok.raw, p.tok.pos}
			p.next()
		case LPAREN:
			lp := p.next()
			args := p.parseCallArgs()
			p.expect(RPAREN)
			x = &CallExpr{Extent: Extent{start, p.prevEnd}, Fn: x, Lparen: lp, Args: args}
		case LBRACK:
			p.next()
			idx := p.parseSubscript()
			p.expect(RBRACK)
			x = &IndexExpr{Extent{start, p.prevEnd}, x, idx}
		default:
			return x
		}
	}
}

func (p *parser) parseSubscript() Expr {
	start := p.tok.pos
	var elts []Expr
	comma := false
	for {
		elts = append(elts, p.parseSliceItem())
		if p.tok.tok != COMMA {
			break
		}
		comma = true
		p.next()
		if p.tok.tok == RBRACK {
			break
		}
	}
	if !comma {
		return elts[0]
	}
	return &TupleExpr{Extent: Extent{start, p.prevEnd}, Elts: elts}
}

func (p *parser) parseSliceItem() Expr {
	start := p.tok.pos
	if p.tok.tok == STAR {
		return p.parseTestOrStar()
	}
	var lo Expr
	if p.tok.tok != COLON {
		lo = p.parseNamedTest()
		if p.tok.tok != COLON {
			p.checkNamedEq(lo, start)
			return lo
		}
	}
	s := &SliceExpr{Lo: lo}
	p.next()
	if p.tok.tok != COLON && p.tok.tok != COMMA && p.tok.tok != RBRACK {
		s.Hi = p.parseTest()
	}
	if p.tok.tok == COLON {
		p.next()
		if p.tok.tok != COMMA && p.tok.tok != RBRACK {
			s.Step = p.parseTest()
		}
	}
	s.Extent = Extent{start, p.prevEnd}
	return s
}

func (p *parser) parseCallArgs() []Arg {
	var args []Arg
	sawKw, sawKwUnpack := false, false
	names := map[string]bool{}
	for p.tok.tok != RPAREN {
		a := Arg{}
		pos := p.tok.pos
		valuePos := pos // where a.Value starts
		switch p.tok.tok {
		case STAR:
			p.next()
			a.Star = 1
			if sawKwUnpack {
				p.syntaxError(pos, "iterable argument unpacking follows keyword argument unpacking")
			}
			valuePos = p.tok.pos
			a.Value = p.parseTest()
		case STARSTAR:
			p.next()
			a.Star = 2
			sawKwUnpack = true
			valuePos = p.tok.pos
			a.Value = p.parseTest()
		default:
			x := p.parseTest()
			if p.tok.tok == EQ {
				id, ok := x.(*Ident)
				if !ok {
					if _, isLit := x.(*Literal); isLit || true {
						p.syntaxError(pos, "expression cannot contain assignment, perhaps you meant \"==\"?")
					}
				}
				p.next()
				if names[id.Name] {
					p.compileError(codegenPass, pos, "keyword argument repeated: %s", id.Name)
				}
				names[id.Name] = true
				a.Name, a.NamePos = id.Name, id.Start
				valuePos = p.tok.pos
				a.Value = p.parseTest()
				sawKw = true
			} else if p.tok.tok == FOR {
				if len(args) == 0 {
					// CPython's first pass reads a generator as the only
					// argument (f(x for x in y))
					x = p.parseComprehension(LPAREN, pos, x, nil, ILLEGAL)
				} else if forPos := p.tok.pos; !p.attempt(func() { x = p.parseComprehension(LPAREN, pos, x, nil, ILLEGAL) }) {
					// only its error rules read one after other arguments
					p.syntaxError(forPos, "invalid syntax")
				}
				if len(args) > 0 || p.tok.tok == COMMA && p.peek().tok != RPAREN {
					p.syntaxError(pos, "Generator expression must be parenthesized")
				}
				a.Value = x
			} else {
				if sawKwUnpack {
					p.argsOrderError("positional argument follows keyword argument unpacking")
				}
				if sawKw {
					p.argsOrderError("positional argument follows keyword argument")
				}
				a.Value = x
			}
			if p.tok.tok == WALRUS {
				p.unsupported(p.tok.pos, "the walrus operator ':=' is not supported by golinalg")
			}
		}
		args = append(args, a)
		if p.tok.tok != COMMA {
			p.forgotComma(a.Value, valuePos)
			break
		}
		p.next()
	}
	return args
}

// argsOrderError reports a positional argument after keyword arguments.
// CPython's rule (invalid_arguments: args ',' args) reads the arguments
// that follow before it raises, and the error is located at the token
// after them, the last one it read.
func (p *parser) argsOrderError(msg string) {
	for p.tok.tok == COMMA {
		p.next()
		switch {
		case p.tok.tok == STAR || p.tok.tok == STARSTAR:
			p.next()
			p.parseTest()
		case startsExpr(p.tok.tok):
			p.parseTest()
			if p.tok.tok == EQ {
				p.next()
				p.parseTest()
			}
		}
	}
	p.syntaxError(p.tok.pos, "%s", msg)
}

func (p *parser) parseAtom() Expr {
	t := p.tok
	switch t.tok {
	case IDENT:
		p.next()
		return &Ident{Extent: Extent{t.pos, t.end}, Name: t.raw}
	case INT:
		p.next()
		return &Literal{Extent{t.pos, t.end}, INT, t.raw, parseInt(t.raw), nil}
	case FLOAT:
		p.next()
		f, _ := strconv.ParseFloat(strings.ReplaceAll(t.raw, "_", ""), 64)
		return &Literal{Extent{t.pos, t.end}, FLOAT, t.raw, f, nil}
	case IMAG:
		p.next()
		f, _ := strconv.ParseFloat(strings.ReplaceAll(t.raw[:len(t.raw)-1], "_", ""), 64)
		return &Literal{Extent{t.pos, t.end}, IMAG, t.raw, complex(0, f), nil}
	case NONE:
		p.next()
		return &Literal{Extent{t.pos, t.end}, NONE, "None", nil, nil}
	case TRUE, FALSE:
		p.next()
		return &Literal{Extent{t.pos, t.end}, t.tok, t.tok.String(), t.tok == TRUE, nil}
	case ELLIPSIS:
		p.next()
		return &Literal{Extent{t.pos, t.end}, ELLIPSIS, "...", Ellipsis{}, nil}
	case STRING, BYTES, FSTRING:
		return p.parseStrings()
	case LPAREN:
		return p.parseParen()
	case LBRACK:
		return p.parseList()
	case LBRACE:
		return p.parseBrace()
	case LAMBDA:
		return p.parseLambda(true)
	case YIELD:
		p.unsupported(t.pos, "'yield' is not supported by golinalg")
	case AWAIT:
		p.unsupported(t.pos, "'await' is not supported by golinalg")
	}
	p.unexpected()
	return nil
}

func parseInt(raw string) any {
	s := strings.ReplaceAll(raw, "_", "")
	if len(s) > 1 && s[0] == '0' && (s[1]|0x20) != 'x' && (s[1]|0x20) != 'o' && (s[1]|0x20) != 'b' {
		s = strings.TrimLeft(s, "0")
		if s == "" {
			s = "0"
		}
	}
	if v, err := strconv.ParseInt(s, 0, 64); err == nil {
		return v
	}
	b, ok := new(big.Int).SetString(s, 0)
	if !ok {
		return int64(0)
	}
	return b
}

// parseStrings parses a run of adjacent string literals. As CPython
// does, it reads the whole run first, then checks that bytes and str are
// not mixed and decodes each literal in turn; errors are located at the
// token after the run (p.tok), the ASCII check of bytes at the literal.
func (p *parser) parseStrings() Expr {
	start := p.tok.pos
	var toks []tokval
	hasBytes, hasStr := false, false
	for p.tok.tok == STRING || p.tok.tok == BYTES || p.tok.tok == FSTRING {
		toks = append(toks, p.tok)
		if p.tok.tok == BYTES {
			hasBytes = true
		} else {
			hasStr = true
		}
		p.next()
	}
	if hasBytes && hasStr {
		p.syntaxError(p.tok.pos, "cannot mix bytes and nonbytes literals")
	}
	var parts []FPart
	hasF := false
	var buf strings.Builder
	var bbuf []byte
	for _, t := range toks {
		if t.bad != "" {
			if t.badAtToken {
				p.syntaxError(t.pos, "%s", t.bad)
			}
			p.syntaxError(p.tok.pos, "%s", t.bad)
		}
		switch t.tok {
		case STRING:
			buf.WriteString(t.str)
		case BYTES:
			bbuf = append(bbuf, t.str...)
		case FSTRING:
			hasF = true
			fs := p.parseFString(t)
			for _, part := range fs.Parts {
				if part.X == nil {
					buf.WriteString(part.Lit)
					continue
				}
				if buf.Len() > 0 {
					parts = append(parts, FPart{Lit: buf.String()})
					buf.Reset()
				}
				parts = append(parts, part)
			}
		}
	}
	ext := Extent{start, p.prevEnd}
	if hasBytes {
		return &Literal{ext, BYTES, "", bbuf, nil}
	}
	if hasF {
		if buf.Len() > 0 {
			parts = append(parts, FPart{Lit: buf.String()})
		}
		return &FString{ext, parts}
	}
	return &Literal{ext, STRING, "", buf.String(), nil}
}

func (p *parser) parseParen() Expr {
	start := p.next()
	if p.tok.tok == RPAREN {
		p.next()
		return &TupleExpr{Extent{start, p.prevEnd}, nil, true}
	}
	p.enter()
	defer p.leave()
	if p.tok.tok == YIELD {
		p.unsupported(p.tok.pos, "'yield' is not supported by golinalg")
	}
	first := p.tok.pos
	x := p.parseTestOrStar()
	if p.tok.tok == WALRUS {
		p.unsupported(p.tok.pos, "the walrus operator ':=' is not supported by golinalg")
	}
	if p.tok.tok == FOR {
		return p.parseComprehension(LPAREN, start, x, nil, RPAREN)
	}
	if p.tok.tok == RPAREN {
		p.next()
		if _, ok := x.(*StarredExpr); ok {
			p.syntaxError(first, "cannot use starred expression here")
		}
		return x
	}
	elts := []Expr{x}
	p.parseEltsInto(&elts, RPAREN, first)
	p.expect(RPAREN)
	return &TupleExpr{Extent{start, p.prevEnd}, elts, true}
}

// forgotComma handles expression x, which starts at start, directly
// followed by the start of another expression, as CPython's error rules
// do. invalid_expression reads that expression b (with the error rules
// off) and, inside brackets, reports "Perhaps you forgot a comma?" at x;
// it leaves alone a name followed by a string, an x starting with a soft
// keyword and an x that is not a disjunction. invalid_legacy_expression
// then reads b after a name (error rules on) and reports print and exec
// statements. Reading b may meet an error that stands (a tokenizer error,
// the cell ending inside a bracket, with the error rules on an error
// rule's own); otherwise the error is "invalid syntax" at b's first
// token. It returns if no expression follows x.
func (p *parser) forgotComma(x Expr, start Position) {
	p.nextToExpr(x, start, true)
}

// nextToExpr is forgotComma; without legacy, it applies only
// invalid_expression, and returns (with the parser as it was) when that
// rule reports nothing.
func (p *parser) nextToExpr(x Expr, start Position, legacy bool) {
	if x == nil || !startsExpr(p.tok.tok) || p.tok.tok == STAR || p.noInvalid {
		return
	}
	tok, level := p.tok, p.prevLevel
	id, bare := x.(*Ident)
	bare = bare && id.Start == start
	isStr := tok.tok == STRING || tok.tok == BYTES || tok.tok == FSTRING
	soft := false
	if l, ok := leftmost(x).(*Ident); ok && l.Start == start {
		soft = l.Name == "match" || l.Name == "case" || l.Name == "_"
	}
	disjunction := true
	switch x.(type) {
	case *LambdaExpr, *CondExpr, *StarredExpr:
		disjunction = false
	}
	if !(bare && isStr) && !soft && disjunction {
		st := p.mark()
		if p.parsesAsExpr(func() { p.parseTest() }, false) && level > 0 {
			p.syntaxError(start, "invalid syntax. Perhaps you forgot a comma?")
		}
		p.reset(st)
	}
	if !legacy {
		return
	}
	if bare && p.parsesAsExpr(func() { p.parseTestListStar() }, true) && (id.Name == "print" || id.Name == "exec") {
		p.syntaxError(id.Start, "Missing parentheses in call to '%s'. Did you mean %s(...)?", id.Name, id.Name)
	}
	p.syntaxError(tok.pos, "invalid syntax")
}

// parsesAsExpr reports whether an expression starts at the current token
// as a rule of CPython's PEG parser finds it: parse reads as far as it
// can, and when it fails after a complete first operand, the shorter
// expression still counts (the parser is then just past that operand).
// Reading may meet an error that stands: a tokenizer error, and with
// invalid set (CPython's error rules on) an error rule's own error; a
// plain failure to parse does not stand.
func (p *parser) parsesAsExpr(parse func(), invalid bool) bool {
	saved, depth := p.noInvalid, p.speculating
	defer func() { p.noInvalid, p.speculating = saved, depth }()
	st := p.mark()
	// Each level of these nested readings may read what it holds twice;
	// unlike CPython's parser, which remembers what it has read, this one
	// stops the error rules a few levels down to stay linear.
	noInvalid := saved || !invalid || depth >= maxSpeculation
	p.noInvalid, p.speculating = noInvalid, depth+1
	e := catchError(parse)
	if e == nil {
		return true
	}
	if e.class != parserError && e.class != unsupportedError || invalid && !plainFailure(e) {
		panic(e)
	}
	p.reset(st)
	p.noInvalid, p.speculating = noInvalid, depth+1
	e = catchError(func() {
		for p.tok.tok == PLUS || p.tok.tok == MINUS || p.tok.tok == TILDE || p.tok.tok == NOT {
			p.next()
		}
		p.parseAtom()
	})
	if e == nil {
		return true
	}
	if e.class != parserError && e.class != unsupportedError || invalid && !plainFailure(e) {
		panic(e)
	}
	return false
}

// maxSpeculation is how many parsesAsExpr readings may nest with the
// error rules on.
const maxSpeculation = 2

// plainFailure reports whether e is a plain failure to parse, not the
// error of an error rule.
func plainFailure(e *Error) bool {
	return e.class == parserError && (e.Msg == "invalid syntax" || e.Msg == "incomplete input")
}

// attempt runs parse as one of CPython's error rules would: a plain
// failure to parse means the rule does not apply, and attempt reports
// false; any other error stands and is raised. After a false report the
// parser's state is unusable: the caller raises.
func (p *parser) attempt(parse func()) bool {
	e := catchError(parse)
	if e == nil {
		return true
	}
	if plainFailure(e) {
		return false
	}
	panic(e)
}

// parserState is a saved state of the parser and its scanner.
type parserState struct {
	p parser
	s scanner
	d deferred
}

// mark saves the parser's state, to go back to with reset.
func (p *parser) mark() *parserState {
	st := &parserState{p: *p, s: *p.sc, d: *p.deferred}
	st.p.ahead = append([]tokval(nil), p.ahead...)
	st.s.parens = append([]paren(nil), p.sc.parens...)
	st.s.indents = append([]int(nil), p.sc.indents...)
	st.s.alts = append([]int(nil), p.sc.alts...)
	st.s.pending = append([]tokval(nil), p.sc.pending...)
	return st
}

// reset goes back to a state saved by mark, as CPython's parser
// backtracks; the last token read stays the furthest one.
func (p *parser) reset(st *parserState) {
	last := p.lastLine
	*p = st.p
	*p.sc = st.s
	*p.deferred = st.d
	p.ahead = append([]tokval(nil), st.p.ahead...)
	p.sc.parens = append([]paren(nil), st.s.parens...)
	p.sc.indents = append([]int(nil), st.s.indents...)
	p.sc.alts = append([]int(nil), st.s.alts...)
	p.sc.pending = append([]tokval(nil), st.s.pending...)
	p.lastLine = last
}

// leftmost returns the first operand of x's leftmost chain of binary
// operations, comparisons, calls, attributes and subscripts.
func leftmost(x Expr) Expr {
	for {
		switch e := x.(type) {
		case *BinaryExpr:
			x = e.X
		case *Compare:
			x = e.X
		case *CallExpr:
			x = e.Fn
		case *AttrExpr:
			x = e.X
		case *IndexExpr:
			x = e.X
		default:
			return x
		}
	}
}

// parseEltsInto continues a comma-separated display after its first
// element, which starts at first, up to (not including) the closing token.
func (p *parser) parseEltsInto(elts *[]Expr, end Token, first Position) {
	for {
		if p.tok.tok != COMMA {
			last := (*elts)[len(*elts)-1]
			p.checkNamedEq(last, first)
			p.forgotComma(last, first)
			return
		}
		p.next()
		if p.tok.tok == end {
			return
		}
		first = p.tok.pos
		*elts = append(*elts, p.parseTestOrStar())
	}
}

func (p *parser) parseList() Expr {
	start := p.next()
	if p.tok.tok == RBRACK {
		p.next()
		return &ListExpr{Extent{start, p.prevEnd}, nil}
	}
	p.enter()
	defer p.leave()
	first := p.tok.pos
	x := p.parseTestOrStar()
	if p.tok.tok == FOR {
		return p.parseComprehension(LBRACK, start, x, nil, RBRACK)
	}
	elts := []Expr{x}
	p.parseEltsInto(&elts, RBRACK, first)
	p.expect(RBRACK)
	return &ListExpr{Extent{start, p.prevEnd}, elts}
}

func (p *parser) parseBrace() Expr {
	start := p.next()
	if p.tok.tok == RBRACE {
		p.next()
		return &DictExpr{Extent{start, p.prevEnd}, nil}
	}
	p.enter()
	defer p.leave()
	if p.tok.tok == STARSTAR {
		p.next()
		valuePos := p.tok.pos
		v := p.parseBitOr()
		return p.parseDictRest(start, DictEntry{nil, v}, valuePos)
	}
	first := p.tok.pos
	x := p.parseTestOrStar()
	if p.tok.tok == COLON {
		p.dictValueExpected()
		valuePos := p.tok.pos
		v := p.parseTest()
		if p.tok.tok == FOR {
			return p.parseComprehension(COLON, start, x, v, RBRACE)
		}
		return p.parseDictRest(start, DictEntry{x, v}, valuePos)
	}
	if p.tok.tok == FOR {
		return p.parseComprehension(LBRACE, start, x, nil, RBRACE)
	}
	elts := []Expr{x}
	p.parseEltsInto(&elts, RBRACE, first)
	p.expect(RBRACE)
	return &SetExpr{Extent{start, p.prevEnd}, elts}
}

// dictValueExpected consumes the ':' after a dictionary key, reporting a
// missing value as CPython's invalid_kvpair rule does.
func (p *parser) dictValueExpected() {
	colon := p.next()
	if p.tok.tok == RBRACE || p.tok.tok == COMMA {
		p.syntaxError(colon, "expression expected after dictionary key and ':'")
	}
}

// parseDictRest continues a dict display after its first entry, whose
// value starts at valuePos.
func (p *parser) parseDictRest(start Position, first DictEntry, valuePos Position) Expr {
	entries := []DictEntry{first}
	for p.tok.tok == COMMA {
		p.next()
		if p.tok.tok == RBRACE {
			break
		}
		if p.tok.tok == STARSTAR {
			p.next()
			valuePos = p.tok.pos
			entries = append(entries, DictEntry{nil, p.parseBitOr()})
			continue
		}
		p.keyNext = true
		k := p.parseTest()
		if p.tok.tok != COLON {
			s, _ := k.Span()
			p.syntaxError(s, "':' expected after dictionary key")
		}
		p.dictValueExpected()
		valuePos = p.tok.pos
		entries = append(entries, DictEntry{k, p.parseTest()})
	}
	if p.tok.tok != RBRACE {
		p.forgotComma(entries[len(entries)-1].Value, valuePos)
	}
	p.expect(RBRACE)
	return &DictExpr{Extent{start, p.prevEnd}, entries}
}

func (p *parser) parseComprehension(kind Token, start Position, body, value Expr, end Token) Expr {
	c := &Comprehension{Kind: kind, Body: body, Value: value}
	if s, ok := body.(*StarredExpr); ok {
		p.syntaxError(s.Start, "iterable unpacking cannot be used in comprehension")
	}
	for p.tok.tok == FOR {
		cl := CompClause{Pos: p.next()}
		tstart := p.tok.pos
		cl.Target = p.parseTargetList()
		p.checkForTarget(cl.Target, tstart)
		p.next()
		cl.Iter = p.parseOrTest()
		for p.tok.tok == IF {
			p.next()
			if p.tok.tok == LAMBDA {
				cl.Ifs = append(cl.Ifs, p.parseLambda(false))
			} else {
				cl.Ifs = append(cl.Ifs, p.parseOrTest())
			}
		}
		c.Clauses = append(c.Clauses, cl)
	}
	if p.tok.tok == ASYNC {
		p.unsupported(p.tok.pos, "'async' is not supported by golinalg")
	}
	if end != ILLEGAL {
		p.expect(end)
	}
	c.Extent = Extent{start, p.prevEnd}
	return c
}
