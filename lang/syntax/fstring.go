package syntax

import (
	"strings"
	"unicode/utf8"
)

// fcursor walks an f-string body while tracking its position in the cell.
type fcursor struct {
	s    string
	i    int
	line int32
	col  int32
}

func (c *fcursor) pos() Position { return Position{c.line, c.col} }

func (c *fcursor) advance() {
	r, n := utf8.DecodeRuneInString(c.s[c.i:])
	c.i += n
	if r == '\n' {
		c.line++
		c.col = 1
	} else {
		c.col++
	}
}

// at returns the byte at the cursor, or 0 at the end of the body.
func (c *fcursor) at() byte {
	if c.i < len(c.s) {
		return c.s[c.i]
	}
	return 0
}

// The f-string parser follows CPython 3.11's (Parser/string_parser.c):
// the same scan of literal text and replacement fields, the same errors in
// the same order. CPython raises them while it parses the run of adjacent
// string literals, so they are located at the token after that run, which
// is p.tok when parseFString runs; errors in a field's expression are
// located within that expression (see parseFieldExpr).

// parseFString splits an f-string token's body into literal text and
// replacement fields, parsing each field's expression in place.
func (p *parser) parseFString(t tokval) *FString {
	c := &fcursor{s: t.str, line: t.body.Line, col: t.body.Col}
	fs := p.fstringBody(c, t, 0)
	fs.Extent = Extent{t.pos, t.end}
	return fs
}

// fstringError raises an error of the f-string parser.
func (p *parser) fstringError(format string, args ...any) {
	p.syntaxError(p.tok.pos, format, args...)
}

// fstringBody parses literal text and fields up to the end of the body
// (lvl 0) or the '}' that ends a format spec (lvl > 0: the nesting level
// of the spec), as fstring_parse does.
func (p *parser) fstringBody(c *fcursor, t tokval, lvl int) *FString {
	fs := &FString{}
	var lit strings.Builder
	for {
		text, doubled := p.fstringLiteral(c, t, lvl)
		lit.WriteString(text)
		if doubled {
			continue
		}
		if c.i >= len(c.s) || c.s[c.i] == '}' {
			break
		}
		if lit.Len() > 0 {
			fs.Parts = append(fs.Parts, FPart{Lit: lit.String()})
			lit.Reset()
		}
		fs.Parts = append(fs.Parts, p.fstringField(c, t, lvl))
	}
	if lit.Len() > 0 {
		fs.Parts = append(fs.Parts, FPart{Lit: lit.String()})
	}
	if lvl > 0 && c.at() != '}' {
		p.fstringError("f-string: expecting '}'")
	}
	return fs
}

// fstringLiteral scans literal text up to a '{' that starts a field, a
// '}' that ends a format spec or the end of the body, and returns it
// decoded (fstring_find_literal). At the top level a doubled brace ends
// the text after its first brace, reported by doubled, and a single '}'
// is an error. "\N{...}" is an escape, not a field.
func (p *parser) fstringLiteral(c *fcursor, t tokval, lvl int) (text string, doubled bool) {
	from := c.i
	to := -1
	for c.i < len(c.s) {
		ch := c.s[c.i]
		c.advance()
		if !t.raws && ch == '\\' && c.i < len(c.s) {
			ch = c.s[c.i]
			c.advance()
			if ch == 'N' {
				if c.i < len(c.s) {
					b := c.s[c.i]
					c.advance()
					if b == '{' {
						for c.i < len(c.s) {
							b := c.s[c.i]
							c.advance()
							if b == '}' {
								break
							}
						}
					}
				}
				continue
			}
		}
		if ch != '{' && ch != '}' {
			continue
		}
		if lvl == 0 {
			if c.at() == ch {
				to = c.i
				c.advance()
				doubled = true
				break
			}
			if ch == '}' {
				p.fstringError("f-string: single '}' is not allowed")
			}
		}
		// back up over the brace, which starts a field or ends a spec
		c.i--
		c.col--
		break
	}
	if to < 0 {
		to = c.i
	}
	text = c.s[from:to]
	if !t.raws {
		var bad string
		if text, bad = decodeEscapes(text, false); bad != "" {
			p.fstringError("%s", bad)
		}
	}
	return text, doubled
}

// fstringField parses "{expr[=][!conv][:spec]}" at the cursor
// (fstring_find_expr).
func (p *parser) fstringField(c *fcursor, t tokval, lvl int) FPart {
	if lvl >= 2 {
		p.fstringError("f-string: expressions nested too deeply")
	}
	c.advance() // '{'
	start := c.pos()
	from := c.i
	var quote byte // inside a string literal of the expression
	triple := false
	var stack []byte // open brackets
scan:
	for ; c.i < len(c.s); c.advance() {
		ch := c.s[c.i]
		if ch == '\\' {
			p.fstringError("f-string expression part cannot include a backslash")
		}
		if quote != 0 {
			if ch == quote {
				if !triple {
					quote = 0
				} else if c.i+2 < len(c.s) && c.s[c.i+1] == ch && c.s[c.i+2] == ch {
					c.advance()
					c.advance()
					quote = 0
				}
			}
			continue
		}
		switch ch {
		case '\'', '"':
			triple = c.i+2 < len(c.s) && c.s[c.i+1] == ch && c.s[c.i+2] == ch
			if triple {
				c.advance()
				c.advance()
			}
			quote = ch
		case '[', '{', '(':
			if len(stack) >= maxParens {
				p.fstringError("f-string: too many nested parenthesis")
			}
			stack = append(stack, ch)
		case '#':
			p.fstringError("f-string expression part cannot include '#'")
		case ']', '}', ')':
			if len(stack) == 0 {
				if ch == '}' {
					break scan
				}
				p.fstringError("f-string: unmatched '%c'", ch)
			}
			open := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if closer[open] != ch {
				p.fstringError("f-string: closing parenthesis '%c' does not match opening parenthesis '%c'", ch, open)
			}
		case '!', ':', '=', '<', '>':
			if len(stack) > 0 {
				continue
			}
			if ch != ':' && c.i+1 < len(c.s) && c.s[c.i+1] == '=' {
				c.advance() // !=, ==, <=, >=
				continue
			}
			if ch == '<' || ch == '>' {
				continue
			}
			break scan
		}
	}
	end := c.i
	if quote != 0 {
		p.fstringError("f-string: unterminated string")
	}
	if len(stack) > 0 {
		p.fstringError("f-string: unmatched '%c'", stack[len(stack)-1])
	}
	if c.i >= len(c.s) {
		p.fstringError("f-string: expecting '}'")
	}
	text := c.s[from:end]
	if strings.Trim(text, " \t\n\r\f") == "" {
		if e := c.s[end]; e == '!' || e == ':' || e == '=' {
			p.fstringError("f-string: expression required before '%c'", e)
		}
		p.fstringError("f-string: empty expression not allowed")
	}
	part := FPart{X: p.parseFieldExpr(text, start)}
	if c.at() == '=' {
		c.advance()
		for c.i < len(c.s) && strings.IndexByte(" \t\n\r\f\v", c.s[c.i]) >= 0 {
			c.advance()
		}
		if c.i >= len(c.s) {
			p.fstringError("f-string: expecting '}'")
		}
		part.Debug = c.s[from:c.i]
	}
	if c.at() == '!' {
		c.advance()
		if c.i >= len(c.s) {
			p.fstringError("f-string: expecting '}'")
		}
		conv := c.s[c.i]
		c.advance()
		if conv != 'r' && conv != 's' && conv != 'a' {
			p.fstringError("f-string: invalid conversion character: expected 's', 'r', or 'a'")
		}
		part.Conv = conv
	}
	if c.at() == ':' {
		c.advance()
		if c.i >= len(c.s) {
			p.fstringError("f-string: expecting '}'")
		}
		part.Spec = p.fstringBody(c, t, lvl+1)
	}
	if c.at() != '}' {
		p.fstringError("f-string: expecting '}'")
	}
	c.advance()
	return part
}

// parseFieldExpr parses a replacement field's expression text, which
// begins at pos in the cell. Like CPython, it parses "(text)" so that
// newlines inside the field are allowed. CPython 3.11 reports a syntax
// error in it within that "(text)", on the line of the field's '{' (the
// '(' being column 1), with "f-string: " before a parser error's message;
// the cell then reports it as a parser error.
func (p *parser) parseFieldExpr(text string, pos Position) Expr {
	var x Expr
	err := catchError(func() { x = p.subParser(text, pos.Line, pos.Col-1, p.deferred).parseGroup() })
	if err == nil {
		return x
	}
	if err.class == unsupportedError || err.class == compileError {
		panic(err)
	}
	if rel := catchError(func() { p.subParser(text, pos.Line, 1, &deferred{}).parseGroup() }); rel != nil {
		err = rel
	}
	e := *err
	if e.class == parserError {
		e.Msg = "f-string: " + e.Msg
	}
	e.class = parserError
	e.Incomplete = false
	panic(&e)
}

// subParser returns a parser of "(text)" whose '(' is at line:col.
func (p *parser) subParser(text string, line, col int32, d *deferred) *parser {
	sub := newParser(p.sc.filename, "("+text+")", line, col)
	sub.cell = p.cell
	sub.depth = p.depth
	sub.funcDepth = p.funcDepth
	sub.deferred = d
	return sub
}

// parseGroup parses the parenthesized field expression.
func (p *parser) parseGroup() Expr {
	x := p.parseAtom()
	if p.tok.tok != NEWLINE && p.tok.tok != EOF {
		p.unexpected()
	}
	return x
}

// catchError runs f and returns the *Error it panics with, if any.
func catchError(f func()) (err *Error) {
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(*Error)
			if !ok {
				panic(r)
			}
			err = e
		}
	}()
	f()
	return nil
}
