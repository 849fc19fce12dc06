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

func (c *fcursor) peek(k int) byte {
	if c.i+k < len(c.s) {
		return c.s[c.i+k]
	}
	return 0
}

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

// parseFString splits an f-string token's body into literal text and
// replacement fields, parsing each field's expression in place.
func (p *parser) parseFString(t tokval) *FString {
	c := &fcursor{s: t.str, line: t.body.Line, col: t.body.Col}
	fs := p.parseFStringBody(c, t, false)
	fs.Extent = Extent{t.pos, t.end}
	return fs
}

func (p *parser) parseFStringBody(c *fcursor, t tokval, inSpec bool) *FString {
	fs := &FString{}
	var lit strings.Builder
	flush := func() {
		if lit.Len() == 0 {
			return
		}
		s := lit.String()
		if !t.raws {
			s = decodeEscapes(p.sc, s, t.pos, false)
		}
		fs.Parts = append(fs.Parts, FPart{Lit: s})
		lit.Reset()
	}
	for c.i < len(c.s) {
		ch := c.s[c.i]
		switch {
		case ch == '{' && c.peek(1) == '{' && !inSpec:
			lit.WriteByte('{')
			c.advance()
			c.advance()
		case ch == '}' && c.peek(1) == '}' && !inSpec:
			lit.WriteByte('}')
			c.advance()
			c.advance()
		case ch == '}':
			if inSpec {
				flush()
				return fs
			}
			p.syntaxError(t.pos, "f-string: single '}' is not allowed")
		case ch == '{':
			flush()
			c.advance()
			fs.Parts = append(fs.Parts, p.parseField(c, t))
		case ch == '\\' && !t.raws:
			lit.WriteByte(ch)
			c.advance()
			if c.i < len(c.s) {
				lit.WriteString(c.s[c.i : c.i+utf8RuneLen(c.s[c.i:])])
				c.advance()
			}
		default:
			lit.WriteString(c.s[c.i : c.i+utf8RuneLen(c.s[c.i:])])
			c.advance()
		}
	}
	if inSpec {
		p.syntaxError(t.pos, "f-string: expecting '}'")
	}
	flush()
	return fs
}

func utf8RuneLen(s string) int {
	_, n := utf8.DecodeRuneInString(s)
	return n
}

// parseField parses "expr[=][!conv][:spec]}" after the opening brace.
func (p *parser) parseField(c *fcursor, t tokval) FPart {
	start := c.pos()
	from := c.i
	depth := 0
	var quote byte
	end := -1
	debug := false
scan:
	for c.i < len(c.s) {
		ch := c.s[c.i]
		if quote != 0 {
			if ch == quote {
				quote = 0
			}
			c.advance()
			continue
		}
		switch ch {
		case '\'', '"':
			quote = ch
		case '\\':
			p.syntaxError(t.pos, "f-string expression part cannot include a backslash")
		case '#':
			p.syntaxError(t.pos, "f-string expression part cannot include '#'")
		case '(', '[', '{':
			depth++
		case ')', ']':
			depth--
		case '}':
			if depth == 0 {
				end = c.i
				break scan
			}
			depth--
		case '!':
			if depth == 0 && c.peek(1) != '=' {
				end = c.i
				break scan
			}
			if c.peek(1) == '=' {
				c.advance()
			}
		case ':':
			if depth == 0 {
				end = c.i
				break scan
			}
		case '=':
			nx := c.peek(1)
			prev := byte(0)
			if c.i > from {
				prev = c.s[c.i-1]
			}
			if depth == 0 && nx != '=' && !strings.ContainsRune("=!<>", rune(prev)) {
				end = c.i
				debug = true
				break scan
			}
			if nx == '=' {
				c.advance()
			}
		}
		c.advance()
	}
	if end < 0 {
		p.syntaxError(t.pos, "f-string: expecting '}'")
	}
	text := c.s[from:end]
	if strings.TrimSpace(text) == "" {
		p.syntaxError(t.pos, "f-string: empty expression not allowed")
	}
	part := FPart{X: p.parseFieldExpr(text, start)}
	if debug {
		c.advance() // '='
		ws := c.i
		for c.i < len(c.s) && (c.s[c.i] == ' ' || c.s[c.i] == '\t') {
			c.advance()
		}
		part.Debug = text + "=" + c.s[ws:c.i]
	}
	if c.i < len(c.s) && c.s[c.i] == '!' {
		c.advance()
		if c.i >= len(c.s) {
			p.syntaxError(t.pos, "f-string: expecting '}'")
		}
		conv := c.s[c.i]
		if conv != 'r' && conv != 's' && conv != 'a' {
			if conv == '}' || conv == ':' {
				p.syntaxError(t.pos, "f-string: missed conversion character")
			}
			p.syntaxError(t.pos, "f-string: invalid conversion character '%c': expected 's', 'r', or 'a'", conv)
		}
		part.Conv = conv
		c.advance()
	}
	if c.i < len(c.s) && c.s[c.i] == ':' {
		c.advance()
		part.Spec = p.parseFStringBody(c, t, true)
	}
	if c.i >= len(c.s) || c.s[c.i] != '}' {
		p.syntaxError(t.pos, "f-string: expecting '}'")
	}
	c.advance()
	return part
}

// parseFieldExpr parses a replacement field's expression text, which
// begins at pos in the cell. Like CPython, it parses "(text)" so that
// newlines inside the field are allowed.
func (p *parser) parseFieldExpr(text string, pos Position) Expr {
	col := pos.Col - 1
	sub := newParser(p.sc.filename, "("+text+")", pos.Line, col)
	sub.depth = p.depth
	sub.funcDepth = p.funcDepth
	x := sub.parseAtom()
	if sub.tok.tok != NEWLINE && sub.tok.tok != EOF {
		p.syntaxError(pos, "f-string: invalid syntax")
	}
	if tup, ok := x.(*TupleExpr); ok && !tup.Parens {
		return x
	}
	return x
}
