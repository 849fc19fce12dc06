package display

import (
	"math"
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"

	"github.com/golinalg/golinalg/linalg"
)

var styleAttr = regexp.MustCompile(`style="([^"]*)"`)

// colourProps are the CSS properties that paint: each must take its colour
// from JupyterLab's theme, so that tables stay readable in the dark theme.
var colourProps = []string{"color", "background", "background-color", "border", "border-left", "border-color"}

// checkThemeColours fails if a style in html paints with a colour that is
// not a --jp-* variable (with, at most, currentColor, inherit or
// transparent as the fallback outside JupyterLab).
func checkThemeColours(t *testing.T, what, html string) {
	t.Helper()
	for _, m := range styleAttr.FindAllStringSubmatch(html, -1) {
		for _, decl := range strings.Split(m[1], ";") {
			prop, value, ok := strings.Cut(decl, ":")
			if !ok {
				continue
			}
			prop = strings.TrimSpace(prop)
			painting := false
			for _, p := range colourProps {
				painting = painting || prop == p
			}
			if !painting {
				continue
			}
			if !strings.Contains(value, "var(--jp-") {
				t.Errorf("%s: %s:%s does not use a --jp-* variable", what, prop, value)
			}
			if strings.Contains(value, "#") || strings.Contains(value, "rgb") || strings.Contains(value, "hsl") {
				t.Errorf("%s: %s:%s hard-codes a colour", what, prop, value)
			}
		}
	}
}

func TestHTMLColoursComeFromTheme(t *testing.T) {
	o := DefaultPrintOptions()
	stack := mustFloat(t, []int{2, 2, 2}, 1, 2, 3, 4, 5, 6, 7, 8)
	checkThemeColours(t, "2x2x2 table", HTML(stack, o))
	b, ok := Diagnose("np.linalg.inv", mustFloat(t, []int{2, 2}, 1, 2, 2, 4),
		&linalg.Error{Kind: linalg.LinAlgError, Reason: linalg.Singular, Msg: "Singular matrix"}, o)
	if !ok {
		t.Fatal("no diagnostic card for a singular inv")
	}
	checkThemeColours(t, "diagnostic card", b["text/html"].(string))
}

func TestHTMLStackLabels(t *testing.T) {
	// A (2, 3, 2, 2) stack is six 2×2 tables, labelled with their leading
	// indices in C order.
	data := make([]float64, 24)
	for i := range data {
		data[i] = float64(i)
	}
	h := HTML(mustFloat(t, []int{2, 3, 2, 2}, data...), DefaultPrintOptions())
	var labels []string
	for _, m := range regexp.MustCompile(`<caption[^>]*>([^<]*)</caption>`).FindAllStringSubmatch(h, -1) {
		labels = append(labels, m[1])
	}
	want := []string{"[0, 0, :, :]", "[0, 1, :, :]", "[0, 2, :, :]", "[1, 0, :, :]", "[1, 1, :, :]", "[1, 2, :, :]"}
	if len(labels) != len(want) {
		t.Fatalf("got %d captions %q, want %d", len(labels), labels, len(want))
	}
	for i, l := range labels {
		if !strings.HasPrefix(l, "2×3×2×2 float64") || !strings.HasSuffix(l, want[i]) {
			t.Errorf("caption %d = %q, want 2×3×2×2 float64 … %s", i, l, want[i])
		}
	}
}

// captionRE and cellRE pick out the captions' text (tags removed) and the
// cells of a table's HTML.
var (
	captionRE = regexp.MustCompile(`<caption[^>]*>(.*?)</caption>`)
	cellRE    = regexp.MustCompile(`<td[^>]*>([^<]*)</td>`)
	tagRE     = regexp.MustCompile(`<[^>]*>`)
)

func captions(h string) []string {
	var out []string
	for _, m := range captionRE.FindAllStringSubmatch(h, -1) {
		out = append(out, tagRE.ReplaceAllString(m[1], ""))
	}
	return out
}

func cellTexts(h string) []string {
	var out []string
	for _, m := range cellRE.FindAllStringSubmatch(h, -1) {
		out = append(out, m[1])
	}
	return out
}

func TestHTMLCaptions(t *testing.T) {
	m, err := mustFloat(t, []int{2, 2}, 1, 2, 3, 4).AsMatrix()
	if err != nil {
		t.Fatal(err)
	}
	ints, _ := linalg.NewInt64([]int{3}, []int64{1, 2, 3})
	empty, _ := linalg.NewFloat64([]int{0}, nil)
	for _, c := range []struct {
		a    *linalg.Array
		want string
	}{
		{mustFloat(t, []int{3}, 1, 2, 3), "vector, 3 float64"},
		{ints, "vector, 3 int64"},
		{empty, "vector, 0 float64"},
		{mustFloat(t, []int{1, 3}, 1, 2, 3), "1×3 float64"},
		{mustFloat(t, []int{3, 1}, 1, 2, 3), "3×1 float64"},
		{mustFloat(t, nil, 2), "scalar float64"},
		{m, "matrix 2×2 float64"},
	} {
		h := HTML(c.a, DefaultPrintOptions())
		if err := wellFormed(h); err != nil {
			t.Errorf("%s: %v", c.want, err)
		}
		if got := captions(h); len(got) != 1 || got[0] != c.want {
			t.Errorf("captions %q, want [%q]", got, c.want)
		}
		if Caption(c.a) != c.want {
			t.Errorf("Caption = %q, want %q", Caption(c.a), c.want)
		}
		// A vector is one row of cells, a 3×1 matrix three rows of one.
		if rows := strings.Count(h, "<tr>"); c.a.Ndim() == 2 && rows != c.a.Shape()[0] || c.a.Ndim() == 1 && c.a.Size() > 0 && rows != 1 {
			t.Errorf("%s: %d rows", c.want, rows)
		}
		if n := len(cellTexts(h)); n != c.a.Size() {
			t.Errorf("%s: %d cells, want %d", c.want, n, c.a.Size())
		}
	}
}

// tokens are the element texts of NumPy's str(a) as Str gives it (its
// oracle test holds it to NumPy's).
func tokens(a *linalg.Array) []string {
	s := strings.NewReplacer("[", " ", "]", " ").Replace(Str(a, DefaultPrintOptions()))
	return strings.Fields(s)
}

func TestHTMLCells(t *testing.T) {
	nan, inf := math.NaN(), math.Inf(1)
	c1, _ := linalg.NewComplex128([]int{2}, []complex128{1 + 2i, 0.5 - 1i})
	c2, _ := linalg.NewComplex128([]int{2}, []complex128{1i, -1i})
	ints, _ := linalg.NewInt64([]int{3}, []int64{-2, 0, 10})
	bools, _ := linalg.NewBool([]int{2}, []bool{true, false})
	for _, c := range []struct {
		a *linalg.Array
		// want is the cells, "" to leave it to the rule: NumPy's token
		// with its bare point dropped.
		want []string
	}{
		// Integer-valued floats show their digits without NumPy's point;
		// the caption says float64.
		{mustFloat(t, []int{2, 2}, 2, -1, 0, 1), []string{"2", "-1", "0", "1"}},
		{mustFloat(t, []int{3}, 3, 1, math.Copysign(0, -1)), []string{"3", "1", "-0"}},
		// With fractions in the array, NumPy's padding stays after the
		// digits, so the decimal points line up; the dropped point leaves
		// a space.
		{mustFloat(t, []int{2}, 0.5, 2), []string{"0.5", "2  "}},
		{mustFloat(t, []int{2, 2}, -3.16227766, 0, 0, 0.66666667), []string{"-3.16227766", "0         ", "0         ", "0.66666667"}},
		{mustFloat(t, []int{3}, nan, 1, -inf), []string{"nan", "1 ", "-inf"}},
		// Scientific notation: the mantissa's bare point goes.
		{mustFloat(t, []int{2}, 1e10, 2e10), []string{"1e+10", "2e+10"}},
		{mustFloat(t, []int{2}, 1.5e-5, 2e10), nil},
		// Complex: no inner padding, no bare points.
		{c1, []string{"1+2j", "0.5-1j"}},
		{c2, []string{"0+1j", "0-1j"}},
		{ints, []string{"-2", "0", "10"}},
		{bools, []string{"True", "False"}},
		{mustFloat(t, []int{4}, 0.1, 0.25, 1.0/3, 100), nil},
	} {
		h := HTML(c.a, DefaultPrintOptions())
		got := cellTexts(h)
		want := c.want
		if want == nil {
			for _, tok := range tokens(c.a) {
				if i := bareDot(tok); i >= 0 {
					tok = tok[:i] + tok[i+1:]
				}
				want = append(want, tok)
			}
			for i, g := range got {
				got[i] = strings.TrimRight(g, " ")
			}
		}
		if !equalStrings(got, want) {
			t.Errorf("%s: cells %q, want %q", Str(c.a, DefaultPrintOptions()), got, want)
		}
		for _, g := range got {
			if bareDot(g) >= 0 {
				t.Errorf("%s: cell %q keeps a bare point", Str(c.a, DefaultPrintOptions()), g)
			}
		}
		if !strings.Contains(h, "white-space:pre") {
			t.Errorf("cells do not keep their padding")
		}
	}
}

// The cells of every float array, large or small, are NumPy's tokens
// without their bare points, in the same order, and the cells of a
// positional float array are all as wide (their points line up).
func TestHTMLCellsFollowNumPy(t *testing.T) {
	r := rand.New(rand.NewPCG(20, 1))
	for trial := 0; trial < 200; trial++ {
		n := 1 + r.IntN(6)
		data := make([]float64, n*n)
		for i := range data {
			switch r.IntN(4) {
			case 0:
				data[i] = float64(r.IntN(21) - 10)
			case 1:
				data[i] = r.NormFloat64()
			case 2:
				data[i] = math.Round(r.NormFloat64()*100) / 4
			default:
				data[i] = r.NormFloat64() * math.Pow(10, float64(r.IntN(12)-6))
			}
		}
		a := mustFloat(t, []int{n, n}, data...)
		cells := cellTexts(HTML(a, DefaultPrintOptions()))
		toks := tokens(a)
		if len(cells) != len(toks) {
			t.Fatalf("%v: %d cells, %d tokens", data, len(cells), len(toks))
		}
		// The width after the integer digits, the same in every cell.
		width := -1
		frac := func(c string) int { return len(strings.TrimLeft(c, "-0123456789")) }
		for i, c := range cells {
			tok := toks[i]
			if j := bareDot(tok); j >= 0 {
				tok = tok[:j] + tok[j+1:]
			}
			if strings.TrimRight(c, " ") != tok {
				t.Fatalf("%s: cell %d %q, want %q", Str(a, DefaultPrintOptions()), i, c, tok)
			}
			if width >= 0 && frac(c) != width && !strings.Contains(c, "e") {
				t.Fatalf("%s: the points of cells %q do not line up", Str(a, DefaultPrintOptions()), cells)
			}
			width = frac(c)
		}
	}
}

func TestFieldsHTML(t *testing.T) {
	o := DefaultPrintOptions()
	stack := mustFloat(t, []int{2, 2, 2}, 1, 2, 3, 4, 5, 6, 7, 8)
	h := Fields([]string{
		LabelledHTML(mustFloat(t, []int{2}, 3, 1), "eigenvalues", o),
		LabelledHTML(mustFloat(t, []int{2, 2}, 0.7, -0.7, 0.7, 0.7), "eigenvectors", o),
		LabelledHTML(stack, "[2]", o),
		ScalarHTML("sign<", "-1.0", "float64"),
	})
	if err := wellFormed(h); err != nil {
		t.Errorf("fields: %v", err)
	}
	checkThemeColours(t, "fields", h)
	want := []string{
		"eigenvalues — vector, 2 float64",
		"eigenvectors — 2×2 float64",
		"[2] — 2×2×2 float64 — [0, :, :]",
		"[2] — 2×2×2 float64 — [1, :, :]",
		"sign&lt; — scalar float64",
	}
	if got := captions(h); !equalStrings(got, want) {
		t.Errorf("captions %q, want %q", got, want)
	}
	if n := strings.Count(h, "<table"); n != len(want) {
		t.Errorf("%d tables, want %d", n, len(want))
	}
	// One block per field, side by side.
	if n := strings.Count(h, `<div class="golinalg-array">`); n != 4 {
		t.Errorf("%d field blocks, want 4", n)
	}
	if !strings.HasPrefix(h, `<div class="golinalg-fields" style="display:flex;`) {
		t.Errorf("fields are not laid out side by side: %.80s", h)
	}
	if cells := cellTexts(h); cells[len(cells)-1] != "-1.0" {
		t.Errorf("the scalar's cell is %q, want its str()", cells[len(cells)-1])
	}
}

func equalStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
