package display

import (
	"fmt"
	"html"
	"strings"

	"github.com/golinalg/golinalg/linalg"
)

// Bundle is a Jupyter MIME bundle: MIME type -> data.
type Bundle map[string]any

// ArrayBundle returns the MIME bundle of an array result: text/plain (its
// Repr), text/html (its HTML table) and, for 1-d and 2-d arrays, text/latex.
func ArrayBundle(a *linalg.Array, o PrintOptions) Bundle {
	b := Bundle{
		"text/plain": Repr(a, o),
		"text/html":  HTML(a, o),
	}
	if l := Latex(a, o); l != "" {
		b["text/latex"] = l
	}
	return b
}

const tableStyle = `border-collapse:collapse;font-family:var(--jp-code-font-family,monospace);` +
	`font-size:var(--jp-code-font-size,13px);color:var(--jp-content-font-color1,inherit);` +
	`background:var(--jp-layout-color0,transparent)`
const cellStyle = `text-align:right;white-space:pre;padding:2px 8px;border:1px solid var(--jp-border-color2,currentColor)`
const captionStyle = `caption-side:top;text-align:left;white-space:nowrap;color:var(--jp-content-font-color2,inherit);` +
	`font-family:var(--jp-ui-font-family,sans-serif);font-size:var(--jp-ui-font-size1,12px)`
const labelStyle = `font-weight:bold;font-family:var(--jp-code-font-family,monospace);color:var(--jp-content-font-color1,inherit)`
const fieldsStyle = `display:flex;flex-wrap:wrap;gap:8px 24px;align-items:flex-start`

// What an HTML table shows, decided against NumPy's text and a reader's
// eye:
//
//   - The caption says what the array is, so that the cells need not: its
//     shape and dtype, "2×3 float64" for a matrix, "vector, 3 float64" for a
//     1-d array (which is laid out as one row, as NumPy prints it, and must
//     not read as a 1×3 matrix), "scalar float64" for a 0-d array,
//     "matrix 2×2 float64" for numpy.matrix. The dtype in the caption is
//     what tells a float array from an int one.
//   - The cells hold NumPy's digits: the same formatter as repr, with the
//     print options in force, so precision, suppression and scientific
//     notation are NumPy's choice for the whole array.
//   - NumPy's bare decimal point (the "2." of a float with no fractional
//     digits to show) is dropped: "2", "-0", "1e+10", "0+1j". In text the
//     dot is how a reader tells array([2., 1.]) from array([2, 1]); in a
//     table the caption does that, and the dot reads as a stray mark. The
//     digits are not changed: "2." is whatever NumPy rounds to 2 at its
//     precision, and so is the "2" shown.
//   - Real floats keep NumPy's padding after the digits, so that the
//     decimal points of a column line up as in NumPy's text (right-aligned
//     cells, white-space:pre, the code font); a dropped point leaves a
//     space, and the padding every cell shares is trimmed. Complex cells
//     are shown without NumPy's inner padding ("0.70710678-0.5j").
//   - text/plain is untouched by all of this: it is NumPy's repr, byte for
//     byte.

// cellGrid lays out the elements of a as formatted strings, NumPy-summarised:
// axes longer than 2·EdgeItems keep EdgeItems at each end when the array is
// larger than Threshold, with "…" standing for the elided items.
type cellGrid struct {
	g         *grid
	ff        elemFormat
	kind      byte // the dtype's kind: 'b', 'i', 'f', 'c'
	summarise bool
	edge      int
	trim      int // trailing spaces every shown table cell has, trimmed
}

func newCellGrid(a *linalg.Array, o PrintOptions) *cellGrid {
	o = o.normalized()
	g := newGrid(a)
	summarise := a.Size() > o.Threshold
	data := g.leadingTrailing(o.EdgeItems, summarise)
	c := &cellGrid{g: g, ff: formatterFor(a.DType(), data, a.Ndim() == 0, o), kind: a.DType().Kind(), summarise: summarise, edge: o.EdgeItems}
	if c.kind == 'f' {
		c.trim = -1
		for _, v := range data {
			s := c.padded(v)
			n := len(s) - len(strings.TrimRight(s, " "))
			if c.trim < 0 || n < c.trim {
				c.trim = n
			}
		}
		c.trim = max(c.trim, 0)
	}
	return c
}

// axis returns the indices shown along an axis of length n; -1 marks an
// ellipsis.
func (c *cellGrid) axis(n int) []int {
	var out []int
	if c.summarise && n > 2*c.edge {
		for i := 0; i < c.edge; i++ {
			out = append(out, i)
		}
		out = append(out, -1)
		for i := n - c.edge; i < n; i++ {
			out = append(out, i)
		}
		return out
	}
	for i := 0; i < n; i++ {
		out = append(out, i)
	}
	return out
}

// cell is NumPy's text for the element at index, without padding.
func (c *cellGrid) cell(index []int) string {
	return strings.TrimSpace(c.ff(c.g.at(index)))
}

// padded is NumPy's text for the element v as a table cell shows it before
// the shared trailing padding is trimmed: see the notes above cellGrid.
func (c *cellGrid) padded(v any) string {
	s := c.ff(v)
	switch c.kind {
	case 'f':
		s = strings.TrimLeft(s, " ")
		if i := bareDot(s); i >= 0 {
			if i+1 < len(s) && s[i+1] == 'e' {
				s = s[:i] + s[i+1:] // "1.e+10" -> "1e+10"
			} else {
				s = s[:i] + " " + s[i+1:] // "2.  " -> "2   ", aligned
			}
		}
	case 'c':
		s = strings.ReplaceAll(s, " ", "")
		for i := bareDot(s); i >= 0; i = bareDot(s) {
			s = s[:i] + s[i+1:] // "0.+1.j" -> "0+1j"
		}
	default:
		s = strings.TrimSpace(s)
	}
	return s
}

// tableCell is the text of the table cell for the element at index.
func (c *cellGrid) tableCell(index []int) string {
	s := c.padded(c.g.at(index))
	return s[:len(s)-c.trim]
}

// bareDot returns the index of the first decimal point in s with no digit
// after it, or -1.
func bareDot(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] == '.' && (i+1 == len(s) || s[i+1] < '0' || s[i+1] > '9') {
			return i
		}
	}
	return -1
}

func dimsText(shape []int) string {
	parts := make([]string, len(shape))
	for k, d := range shape {
		parts[k] = fmt.Sprint(d)
	}
	if len(parts) == 0 {
		return "scalar"
	}
	return strings.Join(parts, "×")
}

// Caption describes a by its shape and dtype, as its HTML table's caption
// says: "vector, 3 float64", "2×3 int64", "scalar float64", "matrix 2×2
// float64", "2×2×2 complex128".
func Caption(a *linalg.Array) string {
	shape := a.Shape()
	dims := dimsText(shape)
	switch {
	case a.IsMatrix():
		return "matrix " + dims + " " + a.DType().String()
	case len(shape) == 1:
		return "vector, " + dims + " " + a.DType().String()
	}
	return dims + " " + a.DType().String()
}

// HTML returns a self-contained <table> for a, captioned by Caption, its
// cells holding NumPy's digits right-aligned (see the notes above
// cellGrid). Arrays of more than two dimensions become a sequence of
// tables, each labelled with its leading index. Colours come from
// JupyterLab's --jp-* CSS variables; there is no script and no external
// asset.
func HTML(a *linalg.Array, o PrintOptions) string {
	return LabelledHTML(a, "", o)
}

// LabelledHTML is HTML with label leading every caption, "eigenvalues —
// vector, 2 float64": the table (tables, past two dimensions) of an array
// shown as an item of a result (see Fields). An empty label is HTML.
func LabelledHTML(a *linalg.Array, label string, o PrintOptions) string {
	caption := Caption(a)
	var sb strings.Builder
	sb.WriteString(`<div class="golinalg-array">`)
	if a.Size() == 0 {
		openTable(&sb, label, caption)
		sb.WriteString(`</tbody></table></div>`)
		return sb.String()
	}
	c := newCellGrid(a, o)
	shape := a.Shape()
	switch len(shape) {
	case 0, 1, 2:
		writeTable(&sb, c, nil, shape, label, caption)
	default:
		lead := shape[:len(shape)-2]
		var rec func(prefix []int, k int)
		rec = func(prefix []int, k int) {
			if k == len(lead) {
				parts := make([]string, len(prefix))
				for i, p := range prefix {
					parts[i] = fmt.Sprint(p)
				}
				sub := fmt.Sprintf("%s — [%s, :, :]", caption, strings.Join(parts, ", "))
				writeTable(&sb, c, prefix, shape, label, sub)
				return
			}
			for _, i := range c.axis(lead[k]) {
				if i < 0 {
					sb.WriteString(`<div style="padding:2px 8px">⋮</div>`)
					continue
				}
				rec(append(append([]int(nil), prefix...), i), k+1)
			}
		}
		rec(nil, 0)
	}
	sb.WriteString(`</div>`)
	return sb.String()
}

// openTable writes <table><caption>…</caption><tbody>, the caption being
// "label — caption" with the label in bold, or caption alone.
func openTable(sb *strings.Builder, label, caption string) {
	fmt.Fprintf(sb, `<table style="%s"><caption style="%s">`, tableStyle, captionStyle)
	if label != "" {
		fmt.Fprintf(sb, `<span style="%s">%s</span> — `, labelStyle, html.EscapeString(label))
	}
	fmt.Fprintf(sb, `%s</caption><tbody>`, html.EscapeString(caption))
}

func writeTable(sb *strings.Builder, c *cellGrid, prefix []int, shape []int, label, caption string) {
	openTable(sb, label, caption)
	nd := len(shape)
	var rows, cols []int
	switch nd {
	case 0:
		rows, cols = []int{0}, []int{0}
	case 1:
		rows, cols = []int{0}, c.axis(shape[0])
	default:
		rows, cols = c.axis(shape[nd-2]), c.axis(shape[nd-1])
	}
	for _, r := range rows {
		sb.WriteString("<tr>")
		for _, col := range cols {
			var text string
			switch {
			case r < 0 && col < 0:
				text = "⋱"
			case r < 0:
				text = "⋮"
			case col < 0:
				text = "…"
			default:
				var idx []int
				switch nd {
				case 0:
				case 1:
					idx = []int{col}
				default:
					idx = append(append(append([]int(nil), prefix...), r), col)
				}
				text = html.EscapeString(c.tableCell(idx))
			}
			fmt.Fprintf(sb, `<td style="%s">%s</td>`, cellStyle, text)
		}
		sb.WriteString("</tr>")
	}
	sb.WriteString("</tbody></table>")
}

// ScalarHTML returns a one-cell table for a NumPy scalar shown as an item
// of a result (see Fields): str (the scalar's str(), "1.0", "(1+2j)"),
// captioned with label before "scalar" and dtype ("sign — scalar float64").
func ScalarHTML(label, str, dtype string) string {
	var sb strings.Builder
	sb.WriteString(`<div class="golinalg-array">`)
	openTable(&sb, label, "scalar "+dtype)
	fmt.Fprintf(&sb, `<tr><td style="%s">%s</td></tr></tbody></table></div>`, cellStyle, html.EscapeString(str))
	return sb.String()
}

// Fields returns the text/html of a result made of several arrays (a
// namedtuple such as numpy.linalg's EigResult, or a plain tuple such as
// scipy.linalg.lu's (P, L, U)): the items' tables (LabelledHTML,
// ScalarHTML) side by side in order, wrapping onto the next line when the
// output area is too narrow.
func Fields(tables []string) string {
	var sb strings.Builder
	fmt.Fprintf(&sb, `<div class="golinalg-fields" style="%s">`, fieldsStyle)
	for _, t := range tables {
		sb.WriteString(t)
	}
	sb.WriteString(`</div>`)
	return sb.String()
}

// Latex returns $\begin{bmatrix} … \end{bmatrix}$ for a 1-d array (one row)
// or a 2-d array, with cells formatted as Str formats them and summarised
// with \cdots, \vdots and \ddots; "" for other ranks and empty arrays.
func Latex(a *linalg.Array, o PrintOptions) string {
	shape := a.Shape()
	if (len(shape) != 1 && len(shape) != 2) || a.Size() == 0 {
		return ""
	}
	c := newCellGrid(a, o)
	var rows, cols []int
	if len(shape) == 1 {
		rows, cols = []int{0}, c.axis(shape[0])
	} else {
		rows, cols = c.axis(shape[0]), c.axis(shape[1])
	}
	var sb strings.Builder
	sb.WriteString(`$\begin{bmatrix}`)
	for ri, r := range rows {
		if ri > 0 {
			sb.WriteString(` \\`)
		}
		for ci, col := range cols {
			if ci > 0 {
				sb.WriteString(" &")
			}
			sb.WriteByte(' ')
			switch {
			case r < 0 && col < 0:
				sb.WriteString(`\ddots`)
			case r < 0:
				sb.WriteString(`\vdots`)
			case col < 0:
				sb.WriteString(`\cdots`)
			case len(shape) == 1:
				sb.WriteString(latexCell(c.cell([]int{col})))
			default:
				sb.WriteString(latexCell(c.cell([]int{r, col})))
			}
		}
	}
	sb.WriteString(` \end{bmatrix}$`)
	return sb.String()
}

// latexCell turns NumPy's text for one element into LaTeX: exponents as
// powers of ten, nan and inf as words and symbols.
func latexCell(s string) string {
	switch strings.TrimLeft(s, "+-") {
	case "nan":
		return `\mathrm{nan}`
	case "inf":
		return strings.TrimSuffix(s, "inf") + `\infty`
	}
	if strings.HasSuffix(s, "j") {
		return `\mathrm{` + s + `}`
	}
	if m, e, ok := strings.Cut(s, "e"); ok {
		e = strings.TrimLeft(e, "+")
		neg := strings.HasPrefix(e, "-")
		e = strings.TrimLeft(strings.TrimPrefix(e, "-"), "0")
		if e == "" {
			e = "0"
		}
		if neg {
			e = "-" + e
		}
		return m + `\times 10^{` + e + `}`
	}
	return s
}
