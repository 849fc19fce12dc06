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
const cellStyle = `text-align:right;padding:2px 8px;border:1px solid var(--jp-border-color2,currentColor)`
const captionStyle = `caption-side:top;text-align:left;white-space:nowrap;color:var(--jp-content-font-color2,inherit);` +
	`font-family:var(--jp-ui-font-family,sans-serif);font-size:var(--jp-ui-font-size1,12px)`

// cells lays out the elements of a as formatted strings, NumPy-summarised:
// axes longer than 2·EdgeItems keep EdgeItems at each end when the array is
// larger than Threshold, with "…" standing for the elided items.
type cellGrid struct {
	g         *grid
	ff        elemFormat
	summarise bool
	edge      int
}

func newCellGrid(a *linalg.Array, o PrintOptions) *cellGrid {
	o = o.normalized()
	g := newGrid(a)
	summarise := a.Size() > o.Threshold
	data := g.leadingTrailing(o.EdgeItems, summarise)
	return &cellGrid{g: g, ff: formatterFor(a.DType(), data, a.Ndim() == 0, o), summarise: summarise, edge: o.EdgeItems}
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

func (c *cellGrid) cell(index []int) string {
	return strings.TrimSpace(c.ff(c.g.at(index)))
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

// HTML returns a self-contained <table> for a, captioned with its shape and
// dtype ("2×2 float64", "matrix 2×2 float64"), its cells formatted as Str
// formats them and right-aligned. Arrays of more than two dimensions become
// a sequence of tables, each labelled with its leading index. Colours come
// from JupyterLab's --jp-* CSS variables; there is no script and no
// external asset.
func HTML(a *linalg.Array, o PrintOptions) string {
	caption := dimsText(a.Shape()) + " " + a.DType().String()
	if a.IsMatrix() {
		caption = "matrix " + caption
	}
	var sb strings.Builder
	sb.WriteString(`<div class="golinalg-array">`)
	if a.Size() == 0 {
		fmt.Fprintf(&sb, `<table style="%s"><caption style="%s">%s</caption><tbody></tbody></table></div>`,
			tableStyle, captionStyle, html.EscapeString(caption))
		return sb.String()
	}
	c := newCellGrid(a, o)
	shape := a.Shape()
	switch len(shape) {
	case 0, 1, 2:
		writeTable(&sb, c, nil, shape, caption)
	default:
		lead := shape[:len(shape)-2]
		var rec func(prefix []int, k int)
		rec = func(prefix []int, k int) {
			if k == len(lead) {
				parts := make([]string, len(prefix))
				for i, p := range prefix {
					parts[i] = fmt.Sprint(p)
				}
				label := fmt.Sprintf("%s — [%s, :, :]", caption, strings.Join(parts, ", "))
				writeTable(&sb, c, prefix, shape, label)
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

func writeTable(sb *strings.Builder, c *cellGrid, prefix []int, shape []int, caption string) {
	fmt.Fprintf(sb, `<table style="%s"><caption style="%s">%s</caption><tbody>`, tableStyle, captionStyle, html.EscapeString(caption))
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
				text = html.EscapeString(c.cell(idx))
			}
			fmt.Fprintf(sb, `<td style="%s">%s</td>`, cellStyle, text)
		}
		sb.WriteString("</tr>")
	}
	sb.WriteString("</tbody></table>")
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
