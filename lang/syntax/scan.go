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

	class errClass // which part of CPython raises it; decides precedence
}

// errClass says where CPython 3.11 raises an error, which decides which of
// two errors a cell reports.
type errClass int8

const (
	// parserError: the parser (or an action of it) raised it. CPython then
	// tokenizes the rest of the cell, and a tokenizerError further on
	// takes its place (_PyPegen_tokenize_full_source_to_check_for_errors).
	parserError errClass = iota
	// tokenizerError: the tokenizer raised it as a SyntaxError (bad
	// literal, bad character, bracket mismatch): it wins over a parser
	// error earlier in the cell.
	tokenizerError
	// tokenizerStop: the tokenizer stopped without raising (unindent
	// mismatch, too deep indentation, line continuation trouble): it is
	// reported when met first, but does not replace a parser error.
	tokenizerStop
	// unclosedError: the cell ended inside brackets. It replaces a parser
	// error only when the bracket opened on an earlier line.
	unclosedError
	// unsupportedError: valid Python that golinalg does not run, reported
	// where the parser meets it; otherwise a parser error.
	unsupportedError
	// compileError: the compiler or its symbol table raised it, after the
	// whole cell parsed: any syntax error wins over it. CPython reports
	// its column in bytes (the AST's UTF-8 offsets), not code points.
	compileError
)

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
	// level is the bracket nesting after the token (set by the parser)
	level int

	// bad is the error a STRING or BYTES literal's body makes, which the
	// parser raises after the run of adjacent literals (at the token after
	// it, or at the literal itself when badAtToken is set), as CPython does.
	bad        string
	badAtToken bool
}

type paren struct {
	ch  byte
	pos Position
}

// maxIndent is CPython's MAXINDENT: the indentation stack holds at most
// this many levels, the first being column 0.
const maxIndent = 100

// maxParens is CPython's MAXLEVEL: brackets nest at most this deep.
const maxParens = 200

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
	indents  []int // indentation widths of the open blocks, tabs to 8
	alts     []int // the same with tabs counting 1, for TabError
	pending  []tokval
	bol      bool // at the beginning of a logical line
	sawTok   bool // a token was emitted on the current logical line
	done     bool
}

func newScanner(filename, src string) *scanner {
	return &scanner{filename: filename, src: src, line: 1, col: 1, indents: []int{0}, alts: []int{0}, bol: true}
}

func (s *scanner) pos() Position { return Position{s.line, s.col} }

// errorf raises one of the tokenizer's SyntaxErrors.
func (s *scanner) errorf(p Position, format string, args ...any) {
	panic(&Error{Filename: s.filename, Pos: p, Msg: fmt.Sprintf(format, args...), Kind: "SyntaxError", class: tokenizerError})
}

// fail raises an error of the given class.
func (s *scanner) fail(class errClass, kind string, incomplete bool, p Position, format string, args ...any) {
	panic(&Error{Filename: s.filename, Pos: p, Msg: fmt.Sprintf(format, args...), Kind: kind, Incomplete: incomplete, class: class})
}

// endOfLine is the position just past the last rune of line, where
// CPython puts the errors it raises with the tokenizer's cursor at the end
// of the line (its column counts the newline, as the cursor is past it).
func (s *scanner) endOfLine(line int32) Position {
	text := strings.TrimSuffix(s.lineText(line), "\r")
	return Position{line, int32(utf8.RuneCountInString(text)) + 1}
}

// byteCol converts p to CPython's column in bytes: 1 + the UTF-8 offset
// of p within its line, as CPython reports errors located by AST nodes
// (compiler errors) and a few tokenizer errors.
func (s *scanner) byteCol(p Position) Position {
	text := s.lineText(p.Line)
	n, col := 0, int32(1)
	for n < len(text) && col < p.Col {
		_, w := utf8.DecodeRuneInString(text[n:])
		n += w
		col++
	}
	return Position{p.Line, int32(n) + 1 + p.Col - col}
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
		t := s.next()
		if t.tok == NEWLINE && len(s.parens) == 0 {
			t.pos = p // CPython's NEWLINE token starts at the comment
		}
		return t
	case c == '\\':
		s.advance()
		if s.i < len(s.src) && s.src[s.i] == '\r' {
			s.advance()
		}
		if s.i < len(s.src) && s.src[s.i] != '\n' {
			s.fail(tokenizerStop, "SyntaxError", false, s.pos(), "unexpected character after line continuation character")
		}
		if s.i < len(s.src) {
			s.advance()
		}
		if s.i >= len(s.src) {
			// the cell ends right after the continuation
			if len(s.parens) > 0 {
				return s.eof()
			}
			s.fail(tokenizerStop, "SyntaxError", true, s.endOfLine(p.Line), "unexpected EOF while parsing")
		}
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
		width, alt := 0, 0
		startPos := s.pos()
		for s.i < len(s.src) {
			switch s.src[s.i] {
			case ' ':
				width++
				alt++
			case '\t':
				width = (width/8 + 1) * 8
				alt++
			case '\f':
				width, alt = 0, 0
			default:
				goto measured
			}
			s.advance()
		}
	measured:
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
		// the indentation must compare the same whether a tab counts 8
		// or 1, or it depends on the tab size (CPython's TabError)
		tabError := func() {
			s.fail(tokenizerStop, "TabError", false, Position{p.Line, 1}, "inconsistent use of tabs and spaces in indentation")
		}
		var toks []tokval
		switch {
		case width == cur:
			if alt != s.alts[len(s.alts)-1] {
				tabError()
			}
		case width > cur:
			if len(s.indents) >= maxIndent {
				s.fail(tokenizerStop, "IndentationError", false, Position{p.Line, 1}, "too many levels of indentation")
			}
			if alt <= s.alts[len(s.alts)-1] {
				tabError()
			}
			s.indents = append(s.indents, width)
			s.alts = append(s.alts, alt)
			toks = append(toks, tokval{tok: INDENT, pos: startPos, end: p})
		default:
			for len(s.indents) > 1 && s.indents[len(s.indents)-1] > width {
				s.indents = s.indents[:len(s.indents)-1]
				s.alts = s.alts[:len(s.alts)-1]
				toks = append(toks, tokval{tok: OUTDENT, pos: p, end: p})
			}
			if s.indents[len(s.indents)-1] != width {
				// CPython's tokenizer moves its cursor to the end of the
				// line before it reports this
				s.fail(tokenizerStop, "IndentationError", false, s.endOfLine(p.Line), "unindent does not match any outer indentation level")
			}
			if alt != s.alts[len(s.alts)-1] {
				tabError()
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
		s.fail(unclosedError, "SyntaxError", true, top.pos, "'%c' was never closed", top.ch)
	}
	if s.sawTok {
		s.sawTok = false
		s.bol = true
		return tokval{tok: NEWLINE, pos: p, end: p}
	}
	if len(s.indents) > 1 {
		s.indents = s.indents[:len(s.indents)-1]
		s.alts = s.alts[:len(s.alts)-1]
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

// scanNumber scans a number literal as CPython 3.11's tokenizer does, with
// its errors and their columns: an error is reported at the tokenizer's
// cursor, which is just past the last character it consumed (one before
// the offending character when it backs up). A literal directly followed
// by one of the keywords that can follow a number in valid code ("1if",
// "0x1for") is accepted, as CPython does (with a warning).
func (s *scanner) scanNumber(p Position) tokval {
	start := s.i
	tok := INT
	cur := func() byte { return s.peekByte(0) }
	isDec := func(c byte) bool { return '0' <= c && c <= '9' }
	isHex := func(c byte) bool { return isDec(c) || 'a' <= c|0x20 && c|0x20 <= 'f' }
	// fail reports an error with the cursor just past the character
	// before cur() (backed) or just past cur() itself.
	fail := func(backed bool, format string, args ...any) {
		col := s.col
		if backed {
			col--
		}
		s.errorf(Position{s.line, col}, format, args...)
	}
	// decimalTail consumes digits, each '_' followed by a digit
	// (tok_decimal_tail).
	decimalTail := func() {
		for {
			for isDec(cur()) {
				s.advance()
			}
			if cur() != '_' {
				return
			}
			s.advance()
			if !isDec(cur()) {
				fail(true, "invalid decimal literal")
			}
		}
	}
	// verifyEnd checks the character at byte i (column col), just after
	// the literal (verify_end_of_number).
	verifyEnd := func(i int, col int32, kind string) {
		var c byte
		if i < len(s.src) {
			c = s.src[i]
		}
		kw := false
		switch c {
		case 'a':
			kw = s.followedBy(i+1, "nd")
		case 'e':
			kw = s.followedBy(i+1, "lse")
		case 'f':
			kw = s.followedBy(i+1, "or")
		case 'i':
			if i+1 < len(s.src) {
				c2 := s.src[i+1]
				kw = c2 == 'f' || c2 == 'n' || c2 == 's'
			}
		case 'o':
			kw = s.followedBy(i+1, "r")
		case 'n':
			kw = s.followedBy(i+1, "ot")
		}
		if !kw && c < 0x80 && isPotentialIdentChar(c) {
			s.errorf(Position{s.line, col - 1}, "invalid %s literal", kind)
		}
	}
	// rest scans what may follow a decimal integer part: fraction,
	// exponent, imaginary suffix; dot says the '.' is consumed already.
	rest := func(dot bool) {
		if !dot && cur() == '.' {
			s.advance()
			dot = true
		}
		if dot {
			tok = FLOAT
			if isDec(cur()) {
				decimalTail()
			}
		}
		if c := cur(); c == 'e' || c == 'E' {
			ei, eline, ecol := s.i, s.line, s.col
			s.advance()
			c = cur()
			if c == '+' || c == '-' {
				s.advance()
				if !isDec(cur()) {
					fail(true, "invalid decimal literal")
				}
			} else if !isDec(c) {
				// "1else": the literal ends before the 'e'
				verifyEnd(ei, ecol, "decimal")
				s.i, s.line, s.col = ei, eline, ecol
				return
			}
			tok = FLOAT
			decimalTail()
		}
		if c := cur(); c == 'j' || c == 'J' {
			tok = IMAG
			s.advance()
			verifyEnd(s.i, s.col, "imaginary")
			return
		}
		verifyEnd(s.i, s.col, "decimal")
	}
	// radix scans the digits after 0x, 0o or 0b.
	radix := func(ok func(byte) bool, name string, digitErr bool) {
		s.advance()
		for {
			if cur() == '_' {
				s.advance()
			}
			if c := cur(); !ok(c) {
				if digitErr && isDec(c) {
					fail(false, "invalid digit '%c' in %s literal", c, name)
				}
				fail(true, "invalid %s literal", name)
			}
			for ok(cur()) {
				s.advance()
			}
			if cur() != '_' {
				break
			}
		}
		if c := cur(); digitErr && isDec(c) {
			fail(false, "invalid digit '%c' in %s literal", c, name)
		}
		verifyEnd(s.i, s.col, name)
	}

	switch c := cur(); {
	case c == '.':
		s.advance()
		rest(true)
	case c == '0':
		s.advance()
		switch cur() | 0x20 {
		case 'x':
			radix(isHex, "hexadecimal", false)
		case 'o':
			radix(func(c byte) bool { return '0' <= c && c <= '7' }, "octal", true)
		case 'b':
			radix(func(c byte) bool { return c == '0' || c == '1' }, "binary", true)
		default:
			for {
				if cur() == '_' {
					s.advance()
					if !isDec(cur()) {
						fail(true, "invalid decimal literal")
					}
				}
				if cur() != '0' {
					break
				}
				s.advance()
			}
			nonzero := isDec(cur())
			if nonzero {
				decimalTail()
			}
			switch cur() {
			case '.', 'e', 'E', 'j', 'J':
				rest(false)
			default:
				if nonzero {
					// CPython gives this one's column in bytes
					s.errorf(s.byteCol(p), "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers")
				}
				verifyEnd(s.i, s.col, "decimal")
			}
		}
	default:
		decimalTail()
		rest(false)
	}
	return tokval{tok: tok, pos: p, end: s.pos(), raw: s.src[start:s.i]}
}

// followedBy reports whether src[i:] starts with word and no identifier
// character follows it (the tokenizer's lookahead).
func (s *scanner) followedBy(i int, word string) bool {
	if !strings.HasPrefix(s.src[i:], word) {
		return false
	}
	i += len(word)
	return i >= len(s.src) || !isPotentialIdentChar(s.src[i])
}

// isPotentialIdentChar is the tokenizer's is_potential_identifier_char:
// ASCII letters, digits, '_' and every byte of a non-ASCII character.
func isPotentialIdentChar(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_' || c >= 0x80
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
				// CPython counts no line after a final newline
				line := s.line
				if strings.HasSuffix(s.src, "\n") {
					line--
				}
				s.fail(tokenizerError, "SyntaxError", true, p, "unterminated triple-quoted string literal (detected at line %d)", line)
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
				// raised by the parser, at the literal itself
				t.bad, t.badAtToken = "bytes can only contain ASCII literal characters", true
				return t
			}
		}
		if isRaw {
			t.str = raw
		} else {
			t.str, t.bad = decodeEscapes(raw, true)
		}
	default:
		t.tok = STRING
		if isRaw {
			t.str = raw
		} else {
			t.str, t.bad = decodeEscapes(raw, false)
		}
	}
	return t
}

// decodeEscapes interprets backslash escapes in a string literal's body.
// A bad escape comes back as an error message (bad), CPython's: it raises
// it from the parser once the whole run of adjacent literals is read. The
// positions in its messages are CPython's, which decodes a str literal
// after rewriting each non-ASCII character of it as a 10-byte \U escape.
func decodeEscapes(raw string, bytes bool) (str, bad string) {
	if !strings.Contains(raw, `\`) {
		return strings.ReplaceAll(raw, "\r\n", "\n"), ""
	}
	// cpos is CPython's offset of raw[:i] in the buffer it decodes
	cpos := func(i int) int {
		if bytes {
			return i
		}
		n := 0
		for j := 0; j < i; {
			r, w := utf8.DecodeRuneInString(raw[j:])
			switch {
			case r == '\\' && (j+1 >= len(raw) || raw[j+1] >= 0x80):
				n += 6 // \u005c
			case r >= 0x80:
				n += 10
			default:
				n++
			}
			j += w
		}
		return n
	}
	// fail returns the message for the escape at raw[from:] that the
	// decoder gives up on at raw[to].
	fail := func(from, to int, reason string) string {
		return fmt.Sprintf("(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: %s", cpos(from), cpos(to)-1, reason)
	}
	isHex := func(c byte) bool { return '0' <= c && c <= '9' || 'a' <= c|0x20 && c|0x20 <= 'f' }
	var b strings.Builder
	for i := 0; i < len(raw); {
		c := raw[i]
		if c != '\\' || i+1 >= len(raw) {
			b.WriteByte(c)
			i++
			continue
		}
		at := i
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
			if bytes {
				if e != 'x' {
					b.WriteByte('\\')
					b.WriteByte(e)
					continue
				}
				if i+1 >= len(raw) || !isHex(raw[i]) || !isHex(raw[i+1]) {
					return "", fmt.Sprintf("(value error) invalid \\x escape at position %d", at)
				}
			}
			n := map[byte]int{'x': 2, 'u': 4, 'U': 8}[e]
			var v rune
			for k := 0; k < n; k++ {
				if i >= len(raw) || !isHex(raw[i]) {
					return "", fail(at, i, map[byte]string{'x': `truncated \xXX escape`, 'u': `truncated \uXXXX escape`, 'U': `truncated \UXXXXXXXX escape`}[e])
				}
				d, _ := strconv.ParseUint(raw[i:i+1], 16, 8)
				v = v<<4 | rune(d)
				i++
			}
			switch {
			case bytes:
				b.WriteByte(byte(v))
			case v > unicode.MaxRune:
				return "", fail(at, i, "illegal Unicode character")
			default:
				b.WriteRune(v)
			}
		case 'N':
			if bytes {
				b.WriteString(`\N`)
				continue
			}
			const malformed = `malformed \N character escape`
			if i >= len(raw) || raw[i] != '{' {
				return "", fail(at, i, malformed)
			}
			j := strings.IndexByte(raw[i:], '}')
			if j < 0 {
				return "", fail(at, len(raw), malformed)
			}
			if j == 1 {
				return "", fail(at, i+1, malformed)
			}
			r, ok := unicodeNames[strings.ToUpper(raw[i+1:i+j])]
			if !ok {
				return "", fail(at, i+j+1, "unknown Unicode character name")
			}
			b.WriteRune(r)
			i += j + 1
		default:
			b.WriteByte('\\')
			b.WriteByte(e)
		}
	}
	return b.String(), ""
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
			if len(s.parens) >= maxParens {
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
		// an operator token to CPython's tokenizer, which the parser
		// rejects ("invalid syntax" there)
		s.advance()
		return tokval{tok: ILLEGAL, pos: p, end: s.pos()}
	}
	if unicode.IsPrint(r) {
		s.errorf(p, "invalid character '%c' (U+%04X)", r, r)
	}
	s.errorf(p, "invalid non-printable character U+%04X", r)
	panic("unreachable")
}
