package eval

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/golinalg/golinalg/lang/syntax"
)

// ANSI colours as IPython 8/9 uses them.
const (
	cRed     = "\x1b[31m"
	cGreen   = "\x1b[32m"
	cYellow  = "\x1b[33m"
	cBlue    = "\x1b[34m"
	cCyan    = "\x1b[36m"
	cReset   = "\x1b[39m"
	cKeyword = "\x1b[38;5;28;01m"
	cKwReset = "\x1b[39;00m"
)

// toPyError formats exc as IPython does.
func (in *Interpreter) toPyError(exc *Exception) *PyError {
	var tb []string
	chain := []*Exception{exc}
	for e := exc; ; {
		var next *Exception
		if e.Cause != nil {
			next = e.Cause
		} else if e.Context != nil && !e.SuppressContext {
			next = e.Context
		}
		if next == nil || len(chain) > 10 {
			break
		}
		chain = append(chain, next)
		e = next
	}
	for i := len(chain) - 1; i >= 0; i-- {
		e := chain[i]
		tb = append(tb, excBlock(e)...)
		if i > 0 {
			tb = append(tb, "")
			if chain[i-1].Cause == e {
				tb = append(tb, "The above exception was the direct cause of the following exception:")
			} else {
				tb = append(tb, "During handling of the above exception, another exception occurred:")
			}
			tb = append(tb, "")
		}
	}
	return &PyError{Name: exc.Class.name, Value: exc.Str(), Traceback: tb}
}

func excBlock(e *Exception) []string {
	name := e.Class.name
	head := "Traceback (most recent call last)"
	out := []string{
		cRed + strings.Repeat("-", 75) + cReset,
		cRed + name + cReset + strings.Repeat(" ", max(0, 75-len(head)-len(name))) + head,
	}
	for _, t := range e.tb {
		out = append(out, frameBlock(t))
	}
	last := cRed + name + cReset
	if s := e.Str(); s != "" {
		last += ": " + s
	}
	for _, n := range e.Notes {
		last += "\n" + n
	}
	out = append(out, last)
	return out
}

func frameBlock(t tbEntry) string {
	var b strings.Builder
	b.WriteString(cCyan + "Cell" + cReset + cCyan + " " + cReset + cGreen + t.code.label() + cReset + cGreen + ", line " + strconv.Itoa(t.line) + cReset)
	if t.fn != "" {
		b.WriteString(", in " + cCyan + t.fn + cReset + cBlue + "(" + t.args + ")" + cReset)
	}
	b.WriteString("\n")
	lines := t.code.lines
	lo, hi := t.line-5, t.line+1
	if t.first > 0 {
		lo, hi = max(lo, t.first), min(hi, t.last)
	}
	if lo < 1 {
		lo = 1
	}
	if hi > len(lines) {
		hi = len(lines)
	}
	for k := lo; k <= hi; k++ {
		if k < 1 || k > len(lines) {
			continue
		}
		num := strconv.Itoa(k)
		if k == t.line {
			arrow := strings.Repeat("-", max(0, 7-len(num)-2)) + "> "
			b.WriteString(cGreen + arrow + cReset + cGreen + num + cReset + " " + highlight(lines[k-1]) + "\n")
		} else {
			b.WriteString(cGreen + fmt.Sprintf("%7s", num) + cReset + " " + highlight(lines[k-1]) + "\n")
		}
	}
	return b.String()
}

// highlight colours keywords, numbers and strings of one source line
// roughly as IPython's Pygments theme does.
func highlight(line string) string {
	var b strings.Builder
	i := 0
	for i < len(line) {
		c := line[i]
		switch {
		case c == '#':
			b.WriteString("\x1b[38;5;66m" + line[i:] + cReset)
			return b.String()
		case c == '\'' || c == '"':
			j := i + 1
			for j < len(line) && line[j] != c {
				if line[j] == '\\' {
					j++
				}
				j++
			}
			if j < len(line) {
				j++
			}
			j = min(j, len(line))
			s := line[i:j]
			q := string(c)
			if len(s) >= 2 && strings.HasSuffix(s, q) {
				b.WriteString(cYellow + q + cReset)
				if len(s) > 2 {
					b.WriteString(cYellow + s[1:len(s)-1] + cReset)
				}
				b.WriteString(cYellow + q + cReset)
			} else {
				b.WriteString(cYellow + s + cReset)
			}
			i = j
		case c >= '0' && c <= '9':
			j := i
			for j < len(line) && (isAlnum(line[j]) || line[j] == '.') {
				j++
			}
			b.WriteString(cGreen + line[i:j] + cReset)
			i = j
		case isAlpha(c):
			j := i
			for j < len(line) && isAlnum(line[j]) {
				j++
			}
			w := line[i:j]
			if isKeyword(w) {
				b.WriteString(cKeyword + w + cKwReset)
			} else {
				b.WriteString(w)
			}
			i = j
		default:
			_, n := utf8.DecodeRuneInString(line[i:])
			b.WriteString(line[i : i+n])
			i += n
		}
	}
	return b.String()
}

func isAlpha(c byte) bool { return c == '_' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
func isAlnum(c byte) bool { return isAlpha(c) || '0' <= c && c <= '9' }

var keywordSet = func() map[string]bool {
	m := map[string]bool{}
	for _, k := range syntax.Keywords() {
		m[k] = true
	}
	return m
}()

func isKeyword(w string) bool { return keywordSet[w] }

// syntaxPyError formats a parse error as IPython shows a SyntaxError.
func (in *Interpreter) syntaxPyError(err error, info *codeInfo, src string) error {
	se, ok := err.(*syntax.Error)
	if !ok {
		return &PyError{Name: "SyntaxError", Value: err.Error()}
	}
	kind := se.Kind
	msg := se.Msg
	line, col := int(se.Pos.Line), int(se.Pos.Col)
	lines := strings.Split(src, "\n")
	text := ""
	if line >= 1 && line <= len(lines) {
		text = lines[line-1]
	}
	if se.Incomplete && kind == "SyntaxError" {
		msg = "incomplete input"
		col = len([]rune(text)) + 1
	}
	value := fmt.Sprintf("%s (%s, line %d)", msg, info.label(), line)
	stripped := strings.TrimLeft(text, " \t")
	caretCol := col - 1 - (len(text) - len(stripped))
	if caretCol < 0 {
		caretCol = 0
	}
	tb := "  " + cCyan + "Cell" + cReset + cCyan + " " + cReset + cGreen + info.label() + cReset + cGreen + ", line " + strconv.Itoa(line) + cReset + "\n" +
		cRed + "    " + cReset + cRed + stripped + cReset + "\n" +
		"    " + strings.Repeat(" ", caretCol) + "^\n" +
		cRed + kind + cReset + cRed + ":" + cReset + " " + msg + "\n"
	return &PyError{Name: kind, Value: value, Traceback: []string{tb}}
}
