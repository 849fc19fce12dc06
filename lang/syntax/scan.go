package syntax

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Error is a positioned syntax error. Kind is the Python exception class
// ("SyntaxError" or "IndentationError"). Incomplete is set when the input
// ended while more was expected (an open bracket, a block header, an open
// triple-quoted string): a console would ask for another line.
type Error struct {
	Filename   string
	Pos        Position
	Msg        string
	Kind       string
	Incomplete bool
}

// Error renders the error as "filename:line:col: msg".
func (e *Error) Error() string {
	return fmt.Sprintf("%s:%d:%d: %s", e.Filename, e.Pos.Line, e.Pos.Col, e.Msg)
}

// ErrorList is a list of syntax errors in position order. Parse reports the
// first error only, as Python does, so a list holds at most one entry today;
// the type exists so callers can range over errors uniformly.
type ErrorList []*Error

// Error returns the first error's text, with a count of the rest.
func (l ErrorList) Error() string {
	switch len(l) {
	case 0:
		return "no errors"
	case 1:
		return l[0].Error()
	}
	return fmt.Sprintf("%s (and %d more errors)", l[0], len(l)-1)
}

// tokval is one scanned token with its extent and decoded payload.
type tokval struct {
	tok  Token
	pos  Position // first rune
	end  Position // just past the last rune
	raw  string   // source text (for IDENT, numbers, MAGIC)
	str  string   // decoded string literal (STRING, BYTES), raw body (FSTRING)
	raws bool     // FSTRING: raw prefix
	body Position // FSTRING: position of the first body rune
}

type paren struct {
	ch  byte
	pos Position
}

// scanner produces tokens from a cell's text, with Python's indentation
// rules: NEWLINE ends a logical line; INDENT and OUTDENT bracket blocks;
// newlines inside brackets are ignored.
type scanner struct {
	filename string
	src      string
	i        int // byte offset of next rune
	line     int32
	col      int32 // column of next rune (1-based)
	parens   []paren
	indents  []int
	pending  []tokval
	bol      bool // at the beginning of a logical line
	sawTok   bool // a token was emitted on the current logical line
	done     bool
}

func newScanner(filename, src string) *scanner {
	return &scanner{filename: filename, src: src, line: 1, col: 1, indents: []int{0}, bol: true}
}

func (s *scanner) pos() Position { return Position{s.line, s.col} }

func (s *scanner) errorf(p Position, format string, args ...any) {
	panic(&Error{Filename: s.filename, Pos: p, Msg: fmt.Sprintf(format, args...), Kind: "SyntaxError"})
}

func (s *scanner) incompletef(p Position, format string, args ...any) {
	panic(&Error{Filename: s.filename, Pos: p, Msg: fmt.Sprintf(format, args...), Kind: "SyntaxError", Incomplete: true})
}

func (s *scanner) peekByte(k int) byte {
	if s.i+k < len(s.src) {
		return s.src[s.i+k]
	}
	return 0
}

// advance consumes one rune and returns it.
func (s *scanner) advance() rune {
	r, n := utf8.DecodeRuneInString(s.src[s.i:])
	s.i += n
	if r == '\n' {
		s.line++
		s.col = 1
	} else {
		s.col++
	}
	return r
}

func (s *scanner) lineText(line int32) string {
	l := int32(1)
	start := 0
	for i := 0; i < len(s.src); i++ {
		if l == line {
			start = i
			break
		}
		if s.src[i] == '\n' {
			l++
			start = i + 1
		}
	}
	end := strings.IndexByte(s.src[start:], '\n')
	if end < 0 {
		return s.src[start:]
	}
	return s.src[start : start+end]
}

// next returns the next token.
func (s *scanner) next() tokval {
	if len(s.pending) > 0 {
		t := s.pending[0]
		s.pending = s.pending[1:]
		return t
	}
	if s.bol && len(s.parens) == 0 {
		if t, ok := s.lineStart(); ok {
			return t
		}
	}
	s.skipSpace()
	p := s.pos()
	if s.i >= len(s.src) {
		return s.eof()
	}
	c := s.src[s.i]
	switch {
	case c == '\n' || c == '\r':
		s.advance()
		if c == '\r' && s.peekByte(0) == '\n' {
			s.advance()
		}
		if len(s.parens) > 0 {
			return s.next()
		}
		s.bol = true
		s.sawTok = false
		return tokval{tok: NEWLINE, pos: p, end: s.pos()}
	case c == '#':
		for s.i < len(s.src) && s.src[s.i] != '\n' {
			s.advance()
		}
		return s.next()
	case c == '\\':
		s.advance()
		if s.i < len(s.src) && s.src[s.i] == '\r' {
			s.advance()
		}
		if s.i >= len(s.src) {
			s.incompletef(p, "unexpected EOF while parsing")
		}
		if s.src[s.i] != '\n' {
			s.errorf(s.pos(), "unexpected character after line continuation character")
		}
		s.advance()
		return s.next()
	}
	s.sawTok = true
	r, _ := utf8.DecodeRuneInString(s.src[s.i:])
	if isIdentStart(r) {
		start := s.i
		for s.i < len(s.src) {
			r, _ := utf8.DecodeRuneInString(s.src[s.i:])
			if !isIdentPart(r) {
				break
			}
			s.advance()
		}
		word := s.src[start:s.i]
		if s.i < len(s.src) && (s.src[s.i] == '\'' || s.src[s.i] == '"') && isStringPrefix(word) {
			return s.scanString(p, strings.ToLower(word))
		}
		if k, ok := keywords[word]; ok {
			return tokval{tok: k, pos: p, end: s.pos(), raw: word}
		}
		return tokval{tok: IDENT, pos: p, end: s.pos(), raw: word}
	}
	if c >= '0' && c <= '9' || c == '.' && s.peekByte(1) >= '0' && s.peekByte(1) <= '9' {
		return s.scanNumber(p)
	}
	if c == '\'' || c == '"' {
		return s.scanString(p, "")
	}
	return s.scanPunct(p, r)
}

// lineStart handles indentation, blank lines, magics and help requests at
// the beginning of a logical line. It reports a token when one is due.
func (s *scanner) lineStart() (tokval, bool) {
	for {
		width := 0
		start := s.i
		startPos := s.pos()
		for s.i < len(s.src) {
			switch s.src[s.i] {
			case ' ':
				width++
			case '\t':
				width = (width/8 + 1) * 8
			case '\f':
				width = 0
			default:
				goto measured
			}
			s.advance()
		}
	measured:
		_ = start
		if s.i >= len(s.src) {
			s.bol = false
			return tokval{}, false
		}
		c := s.src[s.i]
		if c == '#' {
			for s.i < len(s.src) && s.src[s.i] != '\n' {
				s.advance()
			}
			if s.i < len(s.src) {
				s.advance()
			}
			continue
		}
		if c == '\n' || c == '\r' {
			s.advance()
			if c == '\r' && s.peekByte(0) == '\n' {
				s.advance()
			}
			continue
		}
		if c == '\\' && (s.peekByte(1) == '\n' || s.peekByte(1) == 0) && width == 0 {
			// a lone continuation at the start of a line joins nothing
			s.advance()
			if s.i < len(s.src) {
				s.advance()
			}
			continue
		}
		s.bol = false
		p := s.pos()
		cur := s.indents[len(s.indents)-1]
		var toks []tokval
		if width > cur {
			s.indents = append(s.indents, width)
			toks = append(toks, tokval{tok: INDENT, pos: startPos, end: p})
		} else if width < cur {
			for len(s.indents) > 1 && s.indents[len(s.indents)-1] > width {
				s.indents = s.indents[:len(s.indents)-1]
				toks = append(toks, tokval{tok: OUTDENT, pos: p, end: p})
			}
			if s.indents[len(s.indents)-1] != width {
				panic(&Error{Filename: s.filename, Pos: Position{p.Line, p.Col}, Msg: "unindent does not match any outer indentation level", Kind: "IndentationError"})
			}
		}
		if t, ok := s.magicLine(p); ok {
			toks = append(toks, t)
		}
		if len(toks) == 0 {
			return tokval{}, false
		}
		s.pending = append(s.pending, toks[1:]...)
		return toks[0], true
	}
}

// magicLine recognizes IPython's line magics (%name args, %%name), shell
// escapes (!cmd) and help requests (name?, ?name, name??) at p.
func (s *scanner) magicLine(p Position) (tokval, bool) {
	end := strings.IndexByte(s.src[s.i:], '\n')
	if end < 0 {
		end = len(s.src) - s.i
	}
	line := strings.TrimRight(s.src[s.i:s.i+end], " \t\r")
	var text string
	switch {
	case strings.HasPrefix(line, "%%"):
		// a cell magic takes the rest of the cell
		text = s.src[s.i:]
		end = len(s.src) - s.i
	case strings.HasPrefix(line, "%") || strings.HasPrefix(line, "!"):
		text = line
	case isHelpLine(line):
		text = line
	default:
		return tokval{}, false
	}
	target := s.i + end
	for s.i < target {
		s.advance()
	}
	s.sawTok = true
	return tokval{tok: MAGIC, pos: p, end: s.pos(), raw: text}, true
}

// isHelpLine reports whether line is "obj?", "obj??", "?obj" or "??obj"
// for a dotted name obj.
func isHelpLine(line string) bool {
	name := ""
	switch {
	case strings.HasPrefix(line, "?"):
		name = strings.TrimLeft(line, "?")
		if len(line)-len(name) > 2 {
			return false
		}
	case strings.HasSuffix(line, "?"):
		name = strings.TrimRight(line, "?")
		if len(line)-len(name) > 2 {
			return false
		}
	default:
		return false
	}
	if name == "" {
		return true
	}
	for _, part := range strings.Split(name, ".") {
		if part == "" {
			return false
		}
		for i, r := range part {
			if i == 0 && !isIdentStart(r) || !isIdentPart(r) {
				return false
			}
		}
	}
	return true
}

func (s *scanner) eof() tokval {
	p := s.pos()
	if len(s.parens) > 0 {
		top := s.parens[len(s.parens)-1]
		s.incompletef(top.pos, "'%c' was never closed", top.ch)
	}
	if s.sawTok {
		s.sawTok = false
		s.bol = true
		return tokval{tok: NEWLINE, pos: p, end: p}
	}
	if len(s.indents) > 1 {
		s.indents = s.indents[:len(s.indents)-1]
		return tokval{tok: OUTDENT, pos: p, end: p}
	}
	return tokval{tok: EOF, pos: p, end: p}
}

func (s *scanner) skipSpace() {
	for s.i < len(s.src) {
		c := s.src[s.i]
		if c == ' ' || c == '\t' || c == '\f' {
			s.advance()
			continue
		}
		break
	}
}

func isIdentStart(r rune) bool {
	return r == '_' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || r >= 0x80 && unicode.IsLetter(r)
}

func isIdentPart(r rune) bool {
	return isIdentStart(r) || '0' <= r && r <= '9' || r >= 0x80 && (unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r))
}

func isStringPrefix(w string) bool {
	switch strings.ToLower(w) {
	case "r", "u", "b", "f", "br", "rb", "fr", "rf":
		return true
	}
	return false
}

func (s *scanner) scanNumber(p Position) tokval {
	start := s.i
	digits := func(ok func(byte) bool) {
		for s.i < len(s.src) && (ok(s.src[s.i]) || s.src[s.i] == '_' && s.i+1 < len(s.src) && ok(s.src[s.i+1])) {
			s.advance()
		}
	}
	isDec := func(c byte) bool { return c >= '0' && c <= '9' }
	tok := INT
	c := s.src[s.i]
	if c == '0' && s.i+1 < len(s.src) && strings.ContainsRune("xXoObB", rune(s.src[s.i+1])) {
		s.advance()
		kind := s.src[s.i] | 0x20
		s.advance()
		var ok func(byte) bool
		switch kind {
		case 'x':
			ok = func(c byte) bool { return isDec(c) || 'a' <= c|0x20 && c|0x20 <= 'f' }
		case 'o':
			ok = func(c byte) bool { return '0' <= c && c <= '7' }
		default:
			ok = func(c byte) bool { return c == '0' || c == '1' }
		}
		if s.src[s.i-1] == '_' || s.i < len(s.src) && s.src[s.i] == '_' {
			s.advance()
		}
		d := s.i
		digits(ok)
		if s.i == d {
			names := map[byte]string{'x': "hexadecimal", 'o': "octal", 'b': "binary"}
			s.errorf(p, "invalid %s literal", names[kind])
		}
	} else {
		digits(isDec)
		if s.i < len(s.src) && s.src[s.i] == '.' {
			tok = FLOAT
			s.advance()
			digits(isDec)
		}
		if s.i < len(s.src) && (s.src[s.i]|0x20) == 'e' {
			save, sl, sc := s.i, s.line, s.col
			s.advance()
			if s.i < len(s.src) && (s.src[s.i] == '+' || s.src[s.i] == '-') {
				s.advance()
			}
			if s.i < len(s.src) && isDec(s.src[s.i]) {
				tok = FLOAT
				digits(isDec)
			} else {
				s.i, s.line, s.col = save, sl, sc
			}
		}
		if s.i < len(s.src) && (s.src[s.i]|0x20) == 'j' {
			tok = IMAG
			s.advance()
		}
		if tok == INT {
			lit := strings.ReplaceAll(s.src[start:s.i], "_", "")
			if len(lit) > 1 && lit[0] == '0' && strings.Trim(lit, "0") != "" {
				s.errorf(p, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers")
			}
		}
	}
	if s.i < len(s.src) {
		r, _ := utf8.DecodeRuneInString(s.src[s.i:])
		if isIdentStart(r) {
			s.errorf(p, "invalid decimal literal")
		}
	}
	return tokval{tok: tok, pos: p, end: s.pos(), raw: s.src[start:s.i]}
}

func (s *scanner) scanString(p Position, prefix string) tokval {
	quote := s.src[s.i]
	triple := s.i+2 < len(s.src) && s.src[s.i+1] == quote && s.src[s.i+2] == quote
	n := 1
	if triple {
		n = 3
	}
	for k := 0; k < n; k++ {
		s.advance()
	}
	body := s.pos()
	start := s.i
	for {
		if s.i >= len(s.src) {
			if triple {
				s.incompletef(p, "unterminated triple-quoted string literal (detected at line %d)", s.line)
			}
			s.errorf(p, "unterminated string literal (detected at line %d)", s.line)
		}
		c := s.src[s.i]
		if c == '\\' {
			s.advance()
			if s.i < len(s.src) {
				s.advance()
			}
			continue
		}
		if c == '\n' && !triple {
			s.errorf(p, "unterminated string literal (detected at line %d)", s.line)
		}
		if c == quote && (!triple || s.peekByte(1) == quote && s.peekByte(2) == quote) {
			break
		}
		s.advance()
	}
	raw := s.src[start:s.i]
	for k := 0; k < n; k++ {
		s.advance()
	}
	isRaw := strings.Contains(prefix, "r")
	t := tokval{pos: p, end: s.pos(), raw: s.src[start-n : s.i], body: body, raws: isRaw}
	switch {
	case strings.Contains(prefix, "f"):
		t.tok = FSTRING
		t.str = raw
	case strings.Contains(prefix, "b"):
		t.tok = BYTES
		for _, r := range raw {
			if r >= 0x80 {
				s.errorf(p, "bytes can only contain ASCII literal characters")
			}
		}
		if isRaw {
			t.str = raw
		} else {
			t.str = decodeEscapes(s, raw, p, true)
		}
	default:
		t.tok = STRING
		if isRaw {
			t.str = raw
		} else {
			t.str = decodeEscapes(s, raw, p, false)
		}
	}
	return t
}

// decodeEscapes interprets backslash escapes in a string literal's body.
func decodeEscapes(s *scanner, raw string, p Position, bytes bool) string {
	if !strings.Contains(raw, `\`) {
		return strings.ReplaceAll(raw, "\r\n", "\n")
	}
	var b strings.Builder
	for i := 0; i < len(raw); {
		c := raw[i]
		if c != '\\' || i+1 >= len(raw) {
			b.WriteByte(c)
			i++
			continue
		}
		e := raw[i+1]
		i += 2
		switch e {
		case '\n':
		case '\r':
			if i < len(raw) && raw[i] == '\n' {
				i++
			}
		case '\\', '\'', '"':
			b.WriteByte(e)
		case 'a':
			b.WriteByte(7)
		case 'b':
			b.WriteByte(8)
		case 'f':
			b.WriteByte(12)
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 't':
			b.WriteByte('\t')
		case 'v':
			b.WriteByte(11)
		case '0', '1', '2', '3', '4', '5', '6', '7':
			j := i - 1
			for j < len(raw) && j < i+2 && raw[j] >= '0' && raw[j] <= '7' {
				j++
			}
			v, _ := strconv.ParseUint(raw[i-1:j], 8, 32)
			i = j
			if bytes {
				b.WriteByte(byte(v))
			} else {
				b.WriteRune(rune(v))
			}
		case 'x', 'u', 'U':
			n := map[byte]int{'x': 2, 'u': 4, 'U': 8}[e]
			if bytes && e != 'x' {
				b.WriteByte('\\')
				b.WriteByte(e)
				continue
			}
			if i+n > len(raw) {
				s.errorf(p, "(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: truncated %s escape", i-2, len(raw)-1, map[byte]string{'x': `\xXX`, 'u': `\uXXXX`, 'U': `\UXXXXXXXX`}[e])
			}
			v, err := strconv.ParseUint(raw[i:i+n], 16, 32)
			if err != nil {
				s.errorf(p, "(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: truncated %s escape", i-2, i+n-1, map[byte]string{'x': `\xXX`, 'u': `\uXXXX`, 'U': `\UXXXXXXXX`}[e])
			}
			i += n
			if bytes {
				b.WriteByte(byte(v))
			} else {
				b.WriteRune(rune(v))
			}
		case 'N':
			if bytes || i >= len(raw) || raw[i] != '{' {
				b.WriteString(`\N`)
				continue
			}
			j := strings.IndexByte(raw[i:], '}')
			if j < 0 {
				s.errorf(p, "(unicode error) 'unicodeescape' codec can't decode bytes: malformed \\N character escape")
			}
			name := raw[i+1 : i+j]
			r, ok := unicodeNames[strings.ToUpper(name)]
			if !ok {
				s.errorf(p, "(unicode error) 'unicodeescape' codec can't decode bytes: unknown Unicode character name")
			}
			b.WriteRune(r)
			i += j + 1
		default:
			b.WriteByte('\\')
			b.WriteByte(e)
		}
	}
	return b.String()
}

// unicodeNames holds the few \N{...} names tutorials use.
var unicodeNames = map[string]rune{
	"GREEK SMALL LETTER ALPHA": 'α', "GREEK SMALL LETTER BETA": 'β', "GREEK SMALL LETTER LAMDA": 'λ',
	"GREEK SMALL LETTER PI": 'π', "GREEK SMALL LETTER SIGMA": 'σ', "GREEK CAPITAL LETTER SIGMA": 'Σ',
	"DEGREE SIGN": '°', "MULTIPLICATION SIGN": '×', "PLUS-MINUS SIGN": '±', "BULLET": '•',
	"CHECK MARK": '✓', "EM DASH": '—', "EN DASH": '–', "NO-BREAK SPACE": '\u00a0',
}

var punct3 = map[string]Token{"**=": STARSTAR_EQ, "//=": SLASHSLASH_EQ, ">>=": GTGT_EQ, "<<=": LTLT_EQ, "...": ELLIPSIS}
var punct2 = map[string]Token{
	"**": STARSTAR, "//": SLASHSLASH, "<<": LTLT, ">>": GTGT, "<=": LE, ">=": GE, "==": EQL, "!=": NEQ,
	"->": ARROW, ":=": WALRUS, "+=": PLUS_EQ, "-=": MINUS_EQ, "*=": STAR_EQ, "/=": SLASH_EQ, "%=": PERCENT_EQ,
	"@=": AT_EQ, "&=": AMP_EQ, "|=": PIPE_EQ, "^=": CIRCUMFLEX_EQ,
}
var punct1 = map[byte]Token{
	'+': PLUS, '-': MINUS, '*': STAR, '/': SLASH, '%': PERCENT, '@': AT, '&': AMP, '|': PIPE, '^': CIRCUMFLEX,
	'~': TILDE, '<': LT, '>': GT, '(': LPAREN, ')': RPAREN, '[': LBRACK, ']': RBRACK, '{': LBRACE, '}': RBRACE,
	',': COMMA, ':': COLON, '.': DOT, ';': SEMI, '=': EQ, '?': QUESTION, '!': BANG,
}

var closer = map[byte]byte{'(': ')', '[': ']', '{': '}'}

func (s *scanner) scanPunct(p Position, r rune) tokval {
	if s.i+3 <= len(s.src) {
		if t, ok := punct3[s.src[s.i:s.i+3]]; ok {
			s.advance()
			s.advance()
			s.advance()
			return tokval{tok: t, pos: p, end: s.pos()}
		}
	}
	if s.i+2 <= len(s.src) {
		if t, ok := punct2[s.src[s.i:s.i+2]]; ok {
			s.advance()
			s.advance()
			return tokval{tok: t, pos: p, end: s.pos()}
		}
	}
	c := s.src[s.i]
	if t, ok := punct1[c]; ok {
		s.advance()
		switch c {
		case '(', '[', '{':
			if len(s.parens) >= 200 {
				s.errorf(p, "too many nested parentheses")
			}
			s.parens = append(s.parens, paren{c, p})
		case ')', ']', '}':
			if len(s.parens) == 0 {
				s.errorf(p, "unmatched '%c'", c)
			}
			top := s.parens[len(s.parens)-1]
			if closer[top.ch] != c {
				if top.pos.Line != p.Line {
					s.errorf(p, "closing parenthesis '%c' does not match opening parenthesis '%c' on line %d", c, top.ch, top.pos.Line)
				}
				s.errorf(p, "closing parenthesis '%c' does not match opening parenthesis '%c'", c, top.ch)
			}
			s.parens = s.parens[:len(s.parens)-1]
		}
		return tokval{tok: t, pos: p, end: s.pos()}
	}
	if r == '$' || r == '`' {
		s.errorf(p, "invalid syntax")
	}
	if unicode.IsPrint(r) {
		s.errorf(p, "invalid character '%c' (U+%04X)", r, r)
	}
	s.errorf(p, "invalid non-printable character U+%04X", r)
	panic("unreachable")
}
