package display

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"sort"
	"strings"
	"testing"

	"github.com/golinalg/golinalg/internal/pyoracle"
)

// ptree is a Python value for the pretty-printer oracle: an int, a str, a
// leaf with a (possibly multi-line) repr, or a list, tuple, set or dict.
type ptree struct {
	kind byte // 'i' int, 's' str, 'm' multi-line leaf, 'l', 't', 'e' set, 'd'
	text string
	kids []*ptree
	keys []*ptree // dict keys, one per kid
}

// py is the Python expression for t.
func (t *ptree) py() string {
	items := func(ts []*ptree) []string {
		s := make([]string, len(ts))
		for i, k := range ts {
			s[i] = k.py()
		}
		return s
	}
	switch t.kind {
	case 'i':
		return t.text
	case 's':
		return "'" + t.text + "'"
	case 'm':
		b, _ := json.Marshal(t.text)
		return "ML(" + string(b) + ")"
	case 'l':
		return "[" + strings.Join(items(t.kids), ", ") + "]"
	case 't':
		if len(t.kids) == 1 {
			return "(" + t.kids[0].py() + ",)"
		}
		return "(" + strings.Join(items(t.kids), ", ") + ")"
	case 'e':
		if len(t.kids) == 0 {
			return "set()"
		}
		return "{" + strings.Join(items(t.kids), ", ") + "}"
	}
	kv := make([]string, len(t.kids))
	for i := range t.kids {
		kv[i] = t.keys[i].py() + ": " + t.kids[i].py()
	}
	return "{" + strings.Join(kv, ", ") + "}"
}

// pretty prints t as IPython's printers for its type do.
func (t *ptree) pretty(p *Pretty) {
	p.Value(func() {
		switch t.kind {
		case 'i', 'm':
			p.Repr(t.text)
		case 's':
			p.Repr("'" + t.text + "'")
		case 'l':
			p.Seq("[", "]", len(t.kids), false, func(i int) { t.kids[i].pretty(p) })
		case 't':
			p.Seq("(", ")", len(t.kids), true, func(i int) { t.kids[i].pretty(p) })
		case 'e':
			if len(t.kids) == 0 {
				p.Text("set()")
				return
			}
			p.Seq("{", "}", len(t.kids), false, func(i int) { t.kids[i].pretty(p) })
		case 'd':
			p.Dict(len(t.kids), func(i int) { t.keys[i].pretty(p) }, func(i int) { t.kids[i].pretty(p) })
		}
	})
}

func genLeaf(r *rand.Rand) *ptree {
	switch r.IntN(5) {
	case 0, 1:
		return &ptree{kind: 'i', text: fmt.Sprint(r.IntN(1 << (r.IntN(40) + 1)))}
	case 2, 3:
		n := []int{0, 1, 5, 20, 40, 70, 76, 77, 78, 90}[r.IntN(10)]
		b := make([]byte, n)
		for i := range b {
			b[i] = "abcdefgh xyz"[r.IntN(12)]
		}
		return &ptree{kind: 's', text: string(b)}
	}
	// A multi-line leaf, like an ndarray's repr.
	lines := make([]string, 1+r.IntN(4))
	for i := range lines {
		lines[i] = strings.Repeat(" ", r.IntN(8)) + strings.Repeat("x", r.IntN(60))
	}
	return &ptree{kind: 'm', text: strings.Join(lines, "\n")}
}

func genTree(r *rand.Rand, depth int) *ptree {
	if depth == 0 || r.IntN(3) == 0 {
		return genLeaf(r)
	}
	n := []int{0, 1, 2, 3, 5, 8}[r.IntN(6)]
	switch {
	case depth == 1 && r.IntN(30) == 0:
		n = 999 + r.IntN(3) // around the 1000-item limit
	case depth <= 2 && r.IntN(4) == 0:
		n = 30
	}
	t := &ptree{kind: "ltde"[r.IntN(4)]}
	if t.kind == 'e' {
		// IPython sorts sets of fewer than 1000 items; larger ones come in
		// hash order, which only the caller can reproduce.
		n = min(n, 30)
		// Distinct ints in ascending order: the order IPython sorts a set to.
		seen := map[int]bool{}
		var ks []int
		for len(ks) < n {
			k := r.IntN(1 << (r.IntN(30) + 12))
			if !seen[k] {
				seen[k] = true
				ks = append(ks, k)
			}
		}
		sort.Ints(ks)
		for _, k := range ks {
			t.kids = append(t.kids, &ptree{kind: 'i', text: fmt.Sprint(k)})
		}
		return t
	}
	for i := 0; i < n; i++ {
		if t.kind == 'd' {
			// Distinct keys: strings made unique by their index.
			k := genLeaf(r)
			if k.kind != 's' {
				k = &ptree{kind: 's', text: k.text}
			}
			k.text = fmt.Sprintf("%s_%d", strings.ReplaceAll(k.text, "\n", " "), i)
			if strings.ContainsAny(k.text, "'\\") {
				k.text = fmt.Sprint("_", i)
			}
			t.keys = append(t.keys, k)
		}
		t.kids = append(t.kids, genTree(r, depth-1))
	}
	return t
}

func TestPrettyOracle(t *testing.T) {
	py := pyoracle.Python(t, "oracle test needs IPython")
	r := rand.New(rand.NewPCG(7, 79))
	var trees []*ptree
	// Hand-picked edges first: IPython's examples from the issue, widths
	// around 79, a long flat list, nested multi-line leaves.
	for _, s := range []string{"x", strings.Repeat("x", 75), strings.Repeat("x", 76), strings.Repeat("x", 77)} {
		leaf := &ptree{kind: 's', text: s}
		trees = append(trees, &ptree{kind: 'l', kids: []*ptree{leaf}}, &ptree{kind: 't', kids: []*ptree{leaf}},
			&ptree{kind: 'l', kids: []*ptree{{kind: 'l', kids: []*ptree{leaf}}}})
	}
	for i := 0; i < 400; i++ {
		trees = append(trees, genTree(r, 1+r.IntN(4)))
	}
	ins := make([]string, len(trees))
	for i, tr := range trees {
		ins[i] = tr.py()
	}
	broken := 0
	for i, want := range pyoracle.Lines[string](t, ins, py, "testdata/ipython_pretty.py") {
		p := NewPretty()
		trees[i].pretty(p)
		got := p.String()
		if got != want {
			t.Errorf("case %d: %s", i, firstDiff(got, want))
		}
		if strings.Contains(want, "\n") {
			broken++
		}
	}
	// The generated cases must exercise breaking, not just one-liners.
	if broken < len(trees)/4 {
		t.Errorf("only %d of %d cases span lines", broken, len(trees))
	}
}

// firstDiff shows where got and want part, with a little context.
func firstDiff(got, want string) string {
	i := 0
	for i < len(got) && i < len(want) && got[i] == want[i] {
		i++
	}
	from := max(0, i-60)
	return fmt.Sprintf("differs at byte %d of %d\n got: %q\nwant: %q", i, len(want), clip(got[from:]), clip(want[from:]))
}

func clip(s string) string {
	if len(s) > 160 {
		return s[:160] + "…"
	}
	return s
}
