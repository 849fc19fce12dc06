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
// effects: only name lookups and attribute reads. Names in local (the
// imports of the code being completed) shadow the session's globals.
func (in *Interpreter) resolveDotted(th *Thread, dotted string, local map[string]Value) (Value, bool) {
	parts := strings.Split(dotted, ".")
	v, ok := local[parts[0]]
	if !ok {
		v, ok = in.global(parts[0])
	}
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

// staticImports binds the names that the import statements in code would
// bind, without running anything else, so that completion and inspection
// work in a cell that has not run yet ("import numpy as np\nnp.linalg.in").
// Lines that do not parse on their own, and modules we do not provide,
// are skipped.
func (in *Interpreter) staticImports(th *Thread, code string) map[string]Value {
	local := map[string]Value{}
	for _, line := range strings.Split(code, "\n") {
		line = strings.TrimSpace(line)
		if !strings.HasPrefix(line, "import ") && !strings.HasPrefix(line, "from ") {
			continue
		}
		f, err := syntax.Parse("<complete>", line)
		if err != nil {
			continue
		}
		for _, st := range f.Stmts {
			switch st := st.(type) {
			case *syntax.ImportStmt:
				for _, n := range st.Names {
					if n.As != "" {
						if m, err := in.importModule(strings.Join(n.Path, ".")); err == nil {
							local[n.As] = m
						}
					} else if m, err := in.importModule(n.Path[0]); err == nil {
						local[n.Path[0]] = m
					}
				}
			case *syntax.FromImportStmt:
				if st.Level > 0 || st.Star {
					continue
				}
				name := strings.Join(st.Module, ".")
				m, err := in.importModule(name)
				if err != nil {
					continue
				}
				for _, n := range st.Names {
					v, _ := m.Attr(th, n.Path[0])
					if v == nil {
						if sub, err := in.importModule(name + "." + n.Path[0]); err == nil {
							v = sub
						}
					}
					if v == nil {
						continue
					}
					bind := n.Path[0]
					if n.As != "" {
						bind = n.As
					}
					local[bind] = v
				}
			}
		}
	}
	return local
}

func (in *Interpreter) idleThread() *Thread {
	return &Thread{in: in, ctx: backgroundCtx(), out: discard{}}
}

// Complete returns completions for the text before cursor (a count of
// Unicode code points, as Jupyter sends it), and the range of code they
// replace: names in scope, keywords, or attributes after a dot. Modules
// imported by code itself count as in scope even before code has run.
func (in *Interpreter) Complete(code string, cursor int) (matches []string, start, end int) {
	items, start, end := in.complete(code, cursor)
	for _, it := range items {
		matches = append(matches, it.text)
	}
	return matches, start, end
}

// CompleteTypes returns the same completions as Complete in the form of
// the _jupyter_types_experimental metadata: one map per match with
// "start", "end", "text" and "type" ("function", "module", "class",
// "instance" or "keyword").
func (in *Interpreter) CompleteTypes(code string, cursor int) []map[string]any {
	items, start, end := in.complete(code, cursor)
	out := make([]map[string]any, 0, len(items))
	for _, it := range items {
		out = append(out, map[string]any{"start": start, "end": end, "text": it.text, "type": it.typ})
	}
	return out
}

type completion struct{ text, typ string }

// completionType names the kind of v as IPython's Jedi completer does.
func completionType(v Value) string {
	switch v.(type) {
	case *Module:
		return "module"
	case *ExcClass:
		return "class"
	case Callable:
		return "function"
	}
	return "instance"
}

func (in *Interpreter) complete(code string, cursor int) (items []completion, start, end int) {
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
	local := in.staticImports(th, code)
	cands := map[string]string{} // name -> type
	prefix := word
	if dot := strings.LastIndexByte(word, '.'); dot >= 0 {
		obj, ok := in.resolveDotted(th, word[:dot], local)
		if !ok {
			return nil, cursor, cursor
		}
		prefix = word[dot+1:]
		for _, n := range attrNames(obj) {
			if !strings.HasPrefix(n, prefix) {
				continue
			}
			typ := "instance"
			if a, err := getAttr(th, obj, n); err == nil && a != nil {
				typ = completionType(a)
			}
			cands[n] = typ
		}
		i = cursor - len([]rune(prefix))
	} else {
		for _, k := range syntax.Keywords() {
			cands[k] = "keyword"
		}
		for k, v := range in.builtins {
			cands[k] = completionType(v)
		}
		for k, v := range in.Globals() {
			cands[k] = completionType(v)
		}
		for k, v := range local {
			cands[k] = completionType(v)
		}
	}
	for c, typ := range cands {
		if strings.HasPrefix(c, prefix) && (strings.HasPrefix(prefix, "_") || !strings.HasPrefix(c, "_")) {
			items = append(items, completion{c, typ})
		}
	}
	sort.Slice(items, func(a, b int) bool { return items[a].text < items[b].text })
	return items, i, cursor
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
	word := strings.Trim(string(rs[lo:hi]), ".")
	// As IPython's token_at_cursor, the innermost call the cursor is in
	// wins over the name under the cursor: find the unmatched '('.
	call := ""
	depth := 0
	for j := cursor - 1; j >= 0; j-- {
		switch rs[j] {
		case ')', ']', '}':
			depth++
		case '[', '{':
			if depth > 0 {
				depth--
			}
		case '(':
			if depth == 0 {
				k := j
				for k > 0 && isNameRune(rs[k-1]) {
					k--
				}
				call = strings.Trim(string(rs[k:j]), ".")
				j = -1
			} else {
				depth--
			}
		}
	}
	th := in.idleThread()
	local := in.staticImports(th, code)
	for _, name := range []string{call, word} {
		if name == "" {
			continue
		}
		if v, ok := in.resolveDotted(th, name, local); ok {
			return map[string]any{"text/plain": inspectText(th, name, v, detail > 0, local)}, true
		}
	}
	return nil, false
}

// discard is an Output that drops everything.
type discard struct{}

func (discard) Stream(name, text string)              {}
func (discard) Display(data, metadata map[string]any) {}
func (discard) ClearOutput(wait bool)                 {}
func (discard) Payload(p map[string]any)              {}
func (discard) Result(data, metadata map[string]any)  {}

func backgroundCtx() context.Context { return context.Background() }
