package syntax

import (
	"fmt"
	"math/big"
	"runtime"
	"strconv"
	"strings"
)

// maxDepth caps the parser's recursion so a pathological cell cannot
// exhaust the Go stack.
const maxDepth = 400

// Parse parses the text of a cell. The error, if any, is an *Error with
// the position of the first problem (Python reports one syntax error at a
// time). Parse never panics.
func Parse(filename, src string) (f *File, err error) {
	defer recoverError(filename, &err)
	p := newParser(filename, src, 1, 1)
	f = p.parseFile()
	return f, nil
}

// ParseExpr parses a single expression (a tuple if it has top-level
// commas), as used for %timeit and help requests.
func ParseExpr(filename, src string) (x Expr, err error) {
	defer recoverError(filename, &err)
	p := newParser(filename, src, 1, 1)
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
	return x, nil
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
	tok       tokval // current token
	prevEnd   Position
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
	p := &parser{sc: sc}
	p.tok = sc.next()
	return p
}

func (p *parser) next() Position {
	p.prevEnd = p.tok.end
	pos := p.tok.pos
	if len(p.ahead) > 0 {
		p.tok = p.ahead[0]
		p.ahead = p.ahead[1:]
	} else {
		p.tok = p.sc.next()
	}
	return pos
}

func (p *parser) peek() tokval {
	if len(p.ahead) == 0 {
		p.ahead = append(p.ahead, p.sc.next())
	}
	return p.ahead[0]
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
		panic(&Error{Filename: p.sc.filename, Pos: t.end, Msg: "unexpected indent", Kind: "IndentationError"})
	}
	if t.tok == OUTDENT {
		panic(&Error{Filename: p.sc.filename, Pos: t.pos, Msg: "unindent does not match any outer indentation level", Kind: "IndentationError"})
	}
	p.syntaxError(t.pos, "invalid syntax")
}

func (p *parser) expect(t Token) Position {
	if p.tok.tok != t {
		if t == COLON {
			if p.tok.tok == EQ {
				p.syntaxError(p.tok.pos, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
			}
			p.syntaxError(p.tok.pos, "expected ':'")
		}
		p.unexpected()
	}
	return p.next()
}

func (p *parser) enter() {
	p.depth++
	if p.depth > maxDepth {
		p.syntaxError(p.tok.pos, "too many nested parentheses")
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
		p.syntaxError(p.tok.pos, "class definitions are not supported by golinalg")
	case WITH:
		return []Stmt{p.parseWith()}
	case ASYNC:
		p.syntaxError(p.tok.pos, "'async' is not supported by golinalg")
	case AT:
		p.syntaxError(p.tok.pos, "decorators are not supported by golinalg")
	case INDENT:
		p.unexpected()
	case IDENT:
		if p.tok.raw == "match" {
			switch nt := p.peek(); nt.tok {
			case IDENT, INT, FLOAT, STRING, LBRACK, MINUS:
				if nt.pos.Line == p.tok.pos.Line {
					p.syntaxError(p.tok.pos, "'match' statements are not supported by golinalg")
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
			if id, ok := es.X.(*Ident); ok && (id.Name == "print" || id.Name == "exec") && startsExpr(p.tok.tok) {
				p.syntaxError(id.Start, "Missing parentheses in call to '%s'. Did you mean %s(...)?", id.Name, id.Name)
			}
			if startsExpr(p.tok.tok) && !p.tok.tok.IsKeyword() {
				p.syntaxError(es.Start, "invalid syntax. Perhaps you forgot a comma?")
			}
		}
		if p.tok.tok == WALRUS {
			p.syntaxError(p.tok.pos, "the walrus operator ':=' is not supported by golinalg")
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
			p.syntaxError(start, "'break' outside loop")
		}
		if t == CONTINUE && p.loopDepth == 0 {
			p.syntaxError(start, "'continue' not properly in loop")
		}
		return &BranchStmt{Extent{start, p.prevEnd}, t}
	case RETURN:
		p.next()
		if p.funcDepth == 0 {
			p.syntaxError(start, "'return' outside function")
		}
		var x Expr
		if startsExpr(p.tok.tok) {
			x = p.parseTestListStar()
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
			p.syntaxError(start, "nonlocal declaration not allowed at module level")
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
		p.syntaxError(start, "'yield' is not supported by golinalg")
	}
	x := p.parseTestListStar()
	switch p.tok.tok {
	case EQ:
		s := &AssignStmt{Targets: []Expr{x}}
		for p.tok.tok == EQ {
			eq := p.next()
			if p.tok.tok == YIELD {
				p.syntaxError(p.tok.pos, "'yield' is not supported by golinalg")
			}
			if !startsExpr(p.tok.tok) {
				if p.tok.tok == NEWLINE || p.tok.tok == EOF {
					p.syntaxError(p.tok.pos, "invalid syntax")
				}
				_ = eq
				p.unexpected()
			}
			s.Targets = append(s.Targets, p.parseTestListStar())
		}
		s.Value = s.Targets[len(s.Targets)-1]
		s.Targets = s.Targets[:len(s.Targets)-1]
		for _, t := range s.Targets {
			p.checkTarget(t, "assign")
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
		return &AugAssignStmt{Extent{start, p.prevEnd}, x, op, v}
	case COLON:
		switch x.(type) {
		case *Ident, *AttrExpr, *IndexExpr:
		case *TupleExpr:
			p.syntaxError(start, "only single target (not tuple) can be annotated")
		default:
			p.syntaxError(start, "illegal target for annotation")
		}
		p.next()
		s := &AnnAssignStmt{Target: x, Annotation: p.parseTest()}
		if p.tok.tok == EQ {
			p.next()
			s.Value = p.parseTestListStar()
		}
		s.Extent = Extent{start, p.prevEnd}
		return s
	}
	return &ExprStmt{Extent{start, p.prevEnd}, x}
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

// checkTarget reports a syntax error if x cannot be assigned (or deleted).
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
	switch kind {
	case "del":
		p.syntaxError(start, "cannot delete %s", describe(x))
	case "for":
		p.syntaxError(start, "cannot assign to %s", describe(x))
	}
	p.syntaxError(start, "cannot assign to %s here. Maybe you meant '==' instead of '='?", describe(x))
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
	p.next()
	if p.tok.tok != INDENT {
		e := &Error{Filename: p.sc.filename, Pos: p.tok.pos, Kind: "IndentationError",
			Msg: fmt.Sprintf("expected an indented block after %s on line %d", what, line)}
		if p.tok.tok == EOF || p.tok.tok == OUTDENT && p.peekEOF() {
			e.Incomplete = true
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
		t := p.sc.next()
		p.ahead = append(p.ahead, t)
		if t.tok != OUTDENT {
			return t.tok == EOF
		}
	}
}

func (p *parser) parseIf() Stmt {
	start := p.next()
	s := &IfStmt{Cond: p.parseNamedTest()}
	p.expect(COLON)
	s.Body = p.parseBlock("'if' statement", start.Line)
	switch p.tok.tok {
	case ELIF:
		s.Else = []Stmt{p.parseIf()}
	case ELSE:
		elsePos := p.next()
		p.expect(COLON)
		s.Else = p.parseBlock("'else' statement", elsePos.Line)
	}
	s.Extent = Extent{start, p.blockEnd}
	return s
}

func (p *parser) parseWhile() Stmt {
	start := p.next()
	s := &WhileStmt{Cond: p.parseNamedTest()}
	p.expect(COLON)
	p.loopDepth++
	s.Body = p.parseBlock("'while' statement", start.Line)
	p.loopDepth--
	if p.tok.tok == ELSE {
		elsePos := p.next()
		p.expect(COLON)
		s.Else = p.parseBlock("'else' statement", elsePos.Line)
	}
	s.Extent = Extent{start, p.blockEnd}
	return s
}

func (p *parser) parseFor() Stmt {
	start := p.next()
	s := &ForStmt{Target: p.parseTargetList()}
	p.checkTarget(s.Target, "for")
	if p.tok.tok != IN {
		p.syntaxError(p.tok.pos, "invalid syntax")
	}
	p.next()
	s.Iter = p.parseTestListStar()
	p.expect(COLON)
	p.loopDepth++
	s.Body = p.parseBlock("'for' statement", start.Line)
	p.loopDepth--
	if p.tok.tok == ELSE {
		elsePos := p.next()
		p.expect(COLON)
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
	p.expect(COLON)
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

func (p *parser) parseTry() Stmt {
	start := p.next()
	p.expect(COLON)
	s := &TryStmt{Body: p.parseBlock("'try' statement", start.Line)}
	for p.tok.tok == EXCEPT {
		h := ExceptClause{Pos: p.next()}
		if p.tok.tok == STAR {
			p.syntaxError(p.tok.pos, "'except*' is not supported by golinalg")
		}
		if p.tok.tok != COLON {
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
		p.expect(COLON)
		h.Body = p.parseBlock("'except' statement", h.Pos.Line)
		s.Handlers = append(s.Handlers, h)
	}
	if p.tok.tok == ELSE {
		if len(s.Handlers) == 0 {
			p.syntaxError(p.tok.pos, "invalid syntax")
		}
		e := p.next()
		p.expect(COLON)
		s.Else = p.parseBlock("'else' statement", e.Line)
	}
	if p.tok.tok == FINALLY {
		e := p.next()
		p.expect(COLON)
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
		if p.tok.tok == COLON {
			p.syntaxError(p.tok.pos, "expected '('")
		}
		p.unexpected()
	}
	p.next()
	s.Params = p.parseParams(RPAREN, true)
	p.expect(RPAREN)
	if p.tok.tok == ARROW {
		p.next()
		s.Returns = p.parseTest()
	}
	p.expect(COLON)
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
				p.syntaxError(p.tok.pos, "duplicate argument '%s' in function definition", pr.Name)
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
			p.next()
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
	if p.tok.tok == IDENT {
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

// parseNamedTest parses a test where ':=' would be legal in Python, and
// reports the walrus operator as unsupported.
func (p *parser) parseNamedTest() Expr {
	x := p.parseTest()
	if p.tok.tok == WALRUS {
		p.syntaxError(p.tok.pos, "the walrus operator ':=' is not supported by golinalg")
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
	if p.tok.tok == LAMBDA {
		return p.parseLambda(true)
	}
	if p.tok.tok == YIELD {
		p.syntaxError(p.tok.pos, "'yield' is not supported by golinalg")
	}
	if p.tok.tok == AWAIT {
		p.syntaxError(p.tok.pos, "'await' is not supported by golinalg")
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
		switch p.tok.tok {
		case STAR:
			p.next()
			a.Star = 1
			if sawKwUnpack {
				p.syntaxError(pos, "iterable argument unpacking follows keyword argument unpacking")
			}
			a.Value = p.parseTest()
		case STARSTAR:
			p.next()
			a.Star = 2
			sawKwUnpack = true
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
					p.syntaxError(pos, "keyword argument repeated: %s", id.Name)
				}
				names[id.Name] = true
				a.Name, a.NamePos = id.Name, id.Start
				a.Value = p.parseTest()
				sawKw = true
			} else if p.tok.tok == FOR {
				x = p.parseComprehension(LPAREN, pos, x, nil, ILLEGAL)
				if len(args) > 0 || p.tok.tok == COMMA && p.peek().tok != RPAREN {
					p.syntaxError(pos, "Generator expression must be parenthesized")
				}
				a.Value = x
			} else {
				if sawKwUnpack {
					p.syntaxError(pos, "positional argument follows keyword argument unpacking")
				}
				if sawKw {
					p.syntaxError(pos, "positional argument follows keyword argument")
				}
				a.Value = x
			}
			if p.tok.tok == WALRUS {
				p.syntaxError(p.tok.pos, "the walrus operator ':=' is not supported by golinalg")
			}
		}
		args = append(args, a)
		if p.tok.tok != COMMA {
			if p.tok.tok != RPAREN && startsExpr(p.tok.tok) {
				p.syntaxError(pos, "invalid syntax. Perhaps you forgot a comma?")
			}
			break
		}
		p.next()
	}
	return args
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
		p.syntaxError(t.pos, "'yield' is not supported by golinalg")
	case AWAIT:
		p.syntaxError(t.pos, "'await' is not supported by golinalg")
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

func (p *parser) parseStrings() Expr {
	start := p.tok.pos
	var parts []FPart
	hasF, hasBytes, hasStr := false, false, false
	var buf strings.Builder
	var bbuf []byte
	for p.tok.tok == STRING || p.tok.tok == BYTES || p.tok.tok == FSTRING {
		t := p.tok
		switch t.tok {
		case STRING:
			hasStr = true
			buf.WriteString(t.str)
		case BYTES:
			hasBytes = true
			bbuf = append(bbuf, t.str...)
		case FSTRING:
			hasF, hasStr = true, true
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
		if hasBytes && hasStr {
			p.syntaxError(start, "cannot mix bytes and nonbytes literals")
		}
		p.next()
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
		p.syntaxError(p.tok.pos, "'yield' is not supported by golinalg")
	}
	x := p.parseTestOrStar()
	if p.tok.tok == WALRUS {
		p.syntaxError(p.tok.pos, "the walrus operator ':=' is not supported by golinalg")
	}
	if p.tok.tok == FOR {
		return p.parseComprehension(LPAREN, start, x, nil, RPAREN)
	}
	if p.tok.tok == RPAREN {
		p.next()
		if _, ok := x.(*StarredExpr); ok {
			p.syntaxError(start, "cannot use starred expression here")
		}
		return x
	}
	elts := []Expr{x}
	p.parseEltsInto(&elts, RPAREN)
	p.expect(RPAREN)
	return &TupleExpr{Extent{start, p.prevEnd}, elts, true}
}

// parseEltsInto continues a comma-separated display after its first
// element, up to (not including) the closing token.
func (p *parser) parseEltsInto(elts *[]Expr, end Token) {
	for {
		if p.tok.tok != COMMA {
			if p.tok.tok != end && startsExpr(p.tok.tok) {
				s, _ := (*elts)[len(*elts)-1].Span()
				p.syntaxError(s, "invalid syntax. Perhaps you forgot a comma?")
			}
			return
		}
		p.next()
		if p.tok.tok == end {
			return
		}
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
	x := p.parseTestOrStar()
	if p.tok.tok == FOR {
		return p.parseComprehension(LBRACK, start, x, nil, RBRACK)
	}
	elts := []Expr{x}
	p.parseEltsInto(&elts, RBRACK)
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
		v := p.parseBitOr()
		return p.parseDictRest(start, DictEntry{nil, v})
	}
	x := p.parseTestOrStar()
	if p.tok.tok == COLON {
		p.next()
		v := p.parseTest()
		if p.tok.tok == FOR {
			return p.parseComprehension(COLON, start, x, v, RBRACE)
		}
		return p.parseDictRest(start, DictEntry{x, v})
	}
	if p.tok.tok == FOR {
		return p.parseComprehension(LBRACE, start, x, nil, RBRACE)
	}
	elts := []Expr{x}
	p.parseEltsInto(&elts, RBRACE)
	p.expect(RBRACE)
	return &SetExpr{Extent{start, p.prevEnd}, elts}
}

func (p *parser) parseDictRest(start Position, first DictEntry) Expr {
	entries := []DictEntry{first}
	for p.tok.tok == COMMA {
		p.next()
		if p.tok.tok == RBRACE {
			break
		}
		if p.tok.tok == STARSTAR {
			p.next()
			entries = append(entries, DictEntry{nil, p.parseBitOr()})
			continue
		}
		k := p.parseTest()
		if p.tok.tok != COLON {
			s, _ := k.Span()
			p.syntaxError(s, "':' expected after dictionary key")
		}
		p.next()
		entries = append(entries, DictEntry{k, p.parseTest()})
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
		cl.Target = p.parseTargetList()
		p.checkTarget(cl.Target, "for")
		if p.tok.tok != IN {
			p.syntaxError(p.tok.pos, "invalid syntax")
		}
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
		p.syntaxError(p.tok.pos, "'async' is not supported by golinalg")
	}
	if end != ILLEGAL {
		p.expect(end)
	}
	c.Extent = Extent{start, p.prevEnd}
	return c
}
