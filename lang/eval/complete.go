package eval

import (
	"context"
	"sort"
	"strings"

	"github.com/golinalg/golinalg/lang/syntax"
)

func isNameRune(r rune) bool {
	return r == '_' || r == '.' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || r >= 0x80
}

// resolveDotted evaluates a dotted name like "np.linalg" without side
// effects: only name lookups and attribute reads.
func (in *Interpreter) resolveDotted(th *Thread, dotted string) (Value, bool) {
	parts := strings.Split(dotted, ".")
	v, ok := in.globals[parts[0]]
	if !ok {
		if v, ok = in.builtins[parts[0]]; !ok {
			return nil, false
		}
	}
	for _, p := range parts[1:] {
		a, err := getAttr(th, v, p)
		if err != nil || a == nil {
			return nil, false
		}
		v = a
	}
	return v, true
}

func (in *Interpreter) idleThread() *Thread {
	return &Thread{in: in, ctx: backgroundCtx(), out: discard{}}
}

// Complete returns completions for the text before cursor (a count of
// Unicode code points, as Jupyter sends it), and the range of code they
// replace: names in scope, keywords, or attributes after a dot.
func (in *Interpreter) Complete(code string, cursor int) (matches []string, start, end int) {
	rs := []rune(code)
	if cursor < 0 || cursor > len(rs) {
		cursor = len(rs)
	}
	i := cursor
	for i > 0 && isNameRune(rs[i-1]) {
		i--
	}
	word := string(rs[i:cursor])
	th := in.idleThread()
	var cands []string
	prefix := word
	if dot := strings.LastIndexByte(word, '.'); dot >= 0 {
		obj, ok := in.resolveDotted(th, word[:dot])
		if !ok {
			return nil, cursor, cursor
		}
		prefix = word[dot+1:]
		cands = attrNames(obj)
		i = cursor - len([]rune(prefix))
	} else {
		for k := range in.globals {
			cands = append(cands, k)
		}
		for k := range in.builtins {
			cands = append(cands, k)
		}
		cands = append(cands, syntax.Keywords()...)
	}
	seen := map[string]bool{}
	for _, c := range cands {
		if strings.HasPrefix(c, prefix) && !seen[c] && (strings.HasPrefix(prefix, "_") || !strings.HasPrefix(c, "_")) {
			seen[c] = true
			matches = append(matches, c)
		}
	}
	sort.Strings(matches)
	return matches, i, cursor
}

// Inspect returns help for the name at cursor (or the function whose call
// the cursor is in), as IPython's "obj?" (detail 0) or "obj??" shows it.
func (in *Interpreter) Inspect(code string, cursor, detail int) (data map[string]any, found bool) {
	rs := []rune(code)
	if cursor < 0 || cursor > len(rs) {
		cursor = len(rs)
	}
	lo, hi := cursor, cursor
	for lo > 0 && isNameRune(rs[lo-1]) {
		lo--
	}
	for hi < len(rs) && isNameRune(rs[hi]) {
		hi++
	}
	name := strings.Trim(string(rs[lo:hi]), ".")
	if name == "" {
		// inside a call: find the unmatched '(' before the cursor
		depth := 0
		for j := cursor - 1; j >= 0; j-- {
			switch rs[j] {
			case ')':
				depth++
			case '(':
				if depth == 0 {
					k := j
					for k > 0 && isNameRune(rs[k-1]) {
						k--
					}
					name = strings.Trim(string(rs[k:j]), ".")
					j = -1
				} else {
					depth--
				}
			}
		}
	}
	if name == "" {
		return nil, false
	}
	th := in.idleThread()
	v, ok := in.resolveDotted(th, name)
	if !ok {
		return nil, false
	}
	return map[string]any{"text/plain": inspectText(th, name, v, detail > 0)}, true
}

// discard is an Output that drops everything.
type discard struct{}

func (discard) Stream(name, text string)              {}
func (discard) Display(data, metadata map[string]any) {}
func (discard) ClearOutput(wait bool)                 {}
func (discard) Payload(p map[string]any)              {}
func (discard) Result(data, metadata map[string]any)  {}

func backgroundCtx() context.Context { return context.Background() }
