package display

import (
	"fmt"
	"html"
	"math"
	"math/cmplx"
	"strconv"
	"strings"
	"unicode"

	"github.com/golinalg/golinalg/linalg"
)

// maxDiagnoseSize is the largest matrix order whose rank, determinant and
// dependencies Diagnose computes; larger matrices get a shorter card.
const maxDiagnoseSize = 512

// A Subject is what a diagnostic card is about, named as the cell wrote
// it.
type Subject struct {
	// Func is the function as the call wrote it: "np.linalg.inv",
	// "numpy.linalg.inv", or "inv" after from numpy.linalg import inv.
	Func string
	// Qual is the function's usual qualified name, "np.linalg.inv" or
	// "scipy.linalg.expm", whose last part picks the advice.
	Qual string
	// Matrix is the matrix argument as the call wrote it: "M", "A @ B",
	// "A[:2, :2]"; without the call's source, NumPy's parameter name "a".
	Matrix string
}

// Diagnose is DiagnoseSubject for a call of fn ("np.linalg.inv") on a
// matrix named a.
func Diagnose(fn string, a *linalg.Array, err *linalg.Error, o PrintOptions) (Bundle, bool) {
	return DiagnoseSubject(Subject{Func: fn, Qual: fn, Matrix: "a"}, a, err, o)
}

// DiagnoseSubject explains why the linear-algebra function s.Func raised
// err on its matrix argument a, written s.Matrix in the cell. It returns a
// card as text/plain and text/html showing the offending matrix, why the
// operation failed and what to use instead, all in the cell's names (M,
// M[1] = 2*M[0], np.linalg.pinv(M)), and false when err is not a
// LinAlgError or there is nothing useful to say. It reads err.Reason,
// never the message text:
//
//   - Singular: the determinant, the rank against the size and the rows
//     that are linear combinations of earlier rows, such as "row 2 = 2 ×
//     row 1" (rows counted from 1, with the index expression M[1] = 2*M[0]
//     beside it);
//   - NotPositiveDefinite (cholesky): the first leading principal minor
//     det(a[:k, :k]) that is not positive, the smallest eigenvalue, and
//     whether a is symmetric (cholesky reads only its lower triangle);
//   - NotSquare, TooFewDims: the shape, when a is the operand at fault;
//   - any other reason (SVDNoConvergence, EigNoConvergence, ...): the nan or
//     inf that a holds, if any.
//
// For a stack of matrices (..., M, M) the card shows the first matrix of
// the stack that fails. Diagnose never changes a or the error; the error
// message stays NumPy's.
func DiagnoseSubject(s Subject, a *linalg.Array, err *linalg.Error, o PrintOptions) (Bundle, bool) {
	c, ok := newCard(s, a, err)
	if !ok {
		return nil, false
	}
	c.np, c.la = "np", "np.linalg"
	if strings.HasPrefix(s.Qual, "np.linalg.") {
		// The advice names numpy as the call did: numpy.linalg.pinv after
		// numpy.linalg.inv.
		if np, ok := strings.CutSuffix(c.fn, ".linalg."+c.short); ok && np != "" {
			c.np, c.la = np, np+".linalg"
		}
	}
	switch err.Reason {
	case linalg.TooFewDims:
		ok = c.lowDim()
	case linalg.NotSquare:
		ok = c.notSquare()
	case linalg.NotPositiveDefinite:
		ok = c.notPositiveDefinite()
	case linalg.Singular:
		ok = c.singular(o)
	default:
		ok = c.nonFinite()
	}
	if !ok {
		return nil, false
	}
	return Bundle{"text/plain": c.text(o), "text/html": c.html(o)}, true
}

// DiagnoseGeneric is the card for a LinAlgError that DiagnoseSubject has
// no analysis of, or whose matrix is not known to be the one that failed:
// it shows the matrix argument a with the error's message as its title
// and its shape and dtype, and says that there is nothing more to tell.
// False only for a nil a or an error other than LinAlgError.
func DiagnoseGeneric(s Subject, a *linalg.Array, err *linalg.Error, o PrintOptions) (Bundle, bool) {
	c, ok := newCard(s, a, err)
	if !ok {
		return nil, false
	}
	c.title = strings.TrimSuffix(err.Msg, ".")
	c.add("shape", linalg.FormatShape(a.Shape()))
	c.add("dtype", a.DType().String())
	c.why = fmt.Sprintf("%s raised this error for the arguments of the call, %s among them; the message is the library's own, and golinalg has no further analysis of it.", c.fn, c.name)
	return Bundle{"text/plain": c.text(o), "text/html": c.html(o)}, true
}

// newCard starts the card of a call s whose matrix a raised err; false
// for a nil a or an error other than LinAlgError.
func newCard(s Subject, a *linalg.Array, err *linalg.Error) (*card, bool) {
	if a == nil || err == nil || err.Kind != linalg.LinAlgError {
		return nil, false
	}
	if s.Matrix == "" {
		s.Matrix = "a"
	}
	if s.Func == "" {
		s.Func = s.Qual
	}
	c := &card{fn: s.Func, short: s.Qual[strings.LastIndex(s.Qual, ".")+1:], name: s.Matrix, matrix: a}
	c.ix = indexable(s.Matrix)
	c.label = c.name
	return c, true
}

// card is the content of a diagnostic, rendered as text and as HTML.
type card struct {
	fn, short string
	name      string        // the matrix argument as written: "M", "A @ B"
	ix        string        // name, parenthesised if indexing needs it: "(A @ B)"
	label     string        // the matrix shown: name, or "M[1]" in a stack
	np, la    string        // numpy and numpy.linalg as the advice names them
	matrix    *linalg.Array // the matrix shown
	title     string        // what is wrong, one line
	why       string        // the explanation, a sentence or two
	facts     [][2]string   // name, value
	advice    [][2]string   // code, what it does
}

func (c *card) add(name, value string) { c.facts = append(c.facts, [2]string{name, value}) }

func (c *card) suggest(code, what string) { c.advice = append(c.advice, [2]string{code, what}) }

// indexable returns the expression text x as it can be indexed or called
// a method of: x itself when it is a name, an attribute, a subscript, a
// call or a display ("M", "A.T", "A[:2, :2]", "np.eye(2)"), else x in
// parentheses ("(A @ B)", "(-A)").
func indexable(x string) string {
	depth := 0
	var quote rune
	for i, r := range x {
		switch {
		case quote != 0:
			if r == quote {
				quote = 0
			}
		case r == '\'' || r == '"':
			quote = r
		case r == '(' || r == '[' || r == '{':
			depth++
		case r == ')' || r == ']' || r == '}':
			depth--
		case depth > 0:
		case r == '_' || r == '.' && i > 0 || unicode.IsLetter(r) || unicode.IsDigit(r):
		default:
			return "(" + x + ")"
		}
	}
	return x
}

// code writes a suggestion: fmt's verbs, with "{np}", "{la}" and "{a}"
// replaced by numpy, numpy.linalg and the matrix as the cell names them.
func (c *card) code(format string) string {
	return strings.NewReplacer("{np}", c.np, "{la}", c.la, "{a}", c.ix, "{name}", c.name).Replace(format)
}

// suggestAlternatives adds what to use instead of an inverse or a solve.
func (c *card) suggestAlternatives() {
	switch c.short {
	case "solve", "tensorsolve":
		c.suggest(c.code("{la}.lstsq({name}, b, rcond=None)"), c.code("least-squares solution of {a} @ x ≈ b, for any shape or rank"))
		c.suggest(c.code("{la}.pinv({name}) @ b"), "minimum-norm solution through the pseudo-inverse")
	default:
		c.suggest(c.code("{la}.pinv({name})"), "pseudo-inverse (Moore–Penrose), defined for every matrix")
		c.suggest(c.code("{la}.lstsq({name}, b, rcond=None)"), c.code("to solve {a} @ x ≈ b in the least-squares sense"))
	}
}

// lowDim explains an array of fewer than two dimensions; false when a has
// two or more (the error was about another operand).
func (c *card) lowDim() bool {
	if c.matrix.Ndim() >= 2 {
		return false
	}
	c.title = fmt.Sprintf("%s needs matrices, got a %d-d array", c.fn, c.matrix.Ndim())
	c.why = fmt.Sprintf("%s works on arrays of shape (..., m, n), at least two-dimensional; %s has shape %s.",
		c.fn, c.name, linalg.FormatShape(c.matrix.Shape()))
	c.add("shape", linalg.FormatShape(c.matrix.Shape()))
	c.suggest(c.code("{np}.atleast_2d({name})"), "a 1-d array as a 1×n matrix")
	c.suggest(c.code("{a}.reshape(m, n)"), "the elements laid out as an m×n matrix")
	return true
}

// notSquare explains a matrix that is not square; false when a is (the
// error was about another operand).
func (c *card) notSquare() bool {
	shape := c.matrix.Shape()
	if len(shape) < 2 || shape[len(shape)-2] == shape[len(shape)-1] {
		return false
	}
	m, n := shape[len(shape)-2], shape[len(shape)-1]
	c.title = fmt.Sprintf("%s is not square: %d×%d", c.name, m, n)
	c.why = fmt.Sprintf("%s needs square matrices (n×n); %s has %d rows and %d columns, so it has no inverse, determinant or eigenvalues.", c.fn, c.name, m, n)
	c.add("shape", linalg.FormatShape(shape))
	if len(shape) == 2 && max(m, n) <= maxDiagnoseSize {
		if r, ok := rankOf(c.matrix); ok {
			c.add("rank", fmt.Sprintf("%d (at most min(%d, %d) = %d)", r, m, n, min(m, n)))
		}
	}
	switch c.short {
	case "eig", "eigh", "eigvals", "eigvalsh":
		c.suggest(c.code("{la}.svd({name})"), "singular values and vectors, defined for every shape")
	case "det", "slogdet":
		c.suggest(c.code("{la}.matrix_rank({name})"), "the rank, defined for every shape")
	}
	c.suggestAlternatives()
	return true
}

// slices returns the indices into the leading dimensions of a stack
// (..., M, N), one per matrix, in C order.
func slices(shape []int) [][]int {
	out := [][]int{nil}
	for _, d := range shape[:len(shape)-2] {
		var next [][]int
		for _, p := range out {
			for i := 0; i < d; i++ {
				next = append(next, append(append([]int(nil), p...), i))
			}
		}
		out = next
	}
	return out
}

// pick selects the matrix of a stack at index p.
func (c *card) pick(whole *linalg.Array, p []int) {
	if len(p) == 0 {
		c.matrix, c.label = whole, c.name
		return
	}
	items := make([]linalg.IndexItem, len(p))
	parts := make([]string, len(p))
	for k, i := range p {
		items[k] = linalg.Int(i)
		parts[k] = strconv.Itoa(i)
	}
	if m, err := whole.Index(items); err == nil {
		c.matrix, c.label = m, c.ix+"["+strings.Join(parts, ", ")+"]"
	}
}

// rankOf returns the rank of a 2-d array as numpy.linalg.matrix_rank
// computes it.
func rankOf(a *linalg.Array) (int, bool) {
	r, err := linalg.MatrixRank(a, -1)
	if err != nil || r.Size() != 1 {
		return 0, false
	}
	return int(r.Int64s()[0]), true
}

func (c *card) singular(o PrintOptions) bool {
	whole := c.matrix
	shape := whole.Shape()
	if len(shape) < 2 || shape[len(shape)-1] != shape[len(shape)-2] {
		return false
	}
	n := shape[len(shape)-1]
	if n > maxDiagnoseSize {
		c.title = c.name + " is singular"
		c.why = fmt.Sprintf("An exactly zero pivot appeared while factoring %s; a %d×%d matrix is too large for golinalg to analyse further here.", c.name, n, n)
		c.suggestAlternatives()
		return true
	}
	ps := slices(shape)
	chosen := ps[0]
	for _, p := range ps {
		c.pick(whole, p)
		if r, ok := rankOf(c.matrix); ok && r < n {
			chosen = p
			break
		}
	}
	c.pick(whole, chosen)
	if len(ps) > 1 {
		c.add("stack", fmt.Sprintf("%d matrices of %d×%d; %s is singular", len(ps), n, n, c.label))
	}
	c.title = c.label + " is singular"
	if d, err := linalg.Det(c.matrix); err == nil && d.Size() == 1 {
		c.add("determinant", ScalarStr(d.At(0), d.DType(), o))
	}
	r, ok := rankOf(c.matrix)
	if ok {
		c.add("rank", fmt.Sprintf("%d of %d", r, n))
	}
	deps := dependencies(c.matrix, c.rowOf)
	for k, d := range deps {
		if k == 3 {
			c.add("", fmt.Sprintf("… and %d more", len(deps)-3))
			break
		}
		name := ""
		if k == 0 {
			name = "dependency"
		}
		c.add(name, d)
	}
	c.why = "A square matrix has an inverse only when its rows are linearly independent: its determinant is then non-zero and its rank equals its size."
	if ok && r < n {
		c.why = fmt.Sprintf("Its rows are linearly dependent: the rank is %d, less than the size %d, so %s @ x = b has either no solution or infinitely many, and %s has no inverse.", r, n, c.indexableLabel(), c.label)
	}
	c.suggestAlternatives()
	return true
}

// indexableLabel is the label of the matrix shown, parenthesised if an
// operator follows it.
func (c *card) indexableLabel() string {
	if c.label == c.name {
		return c.ix
	}
	return c.label
}

// rowOf is the index expression of row k of the matrix shown: "M[2]", or
// "M[1, 2]" for a matrix of a stack.
func (c *card) rowOf(k int) string {
	if c.label == c.name {
		return fmt.Sprintf("%s[%d]", c.ix, k)
	}
	return strings.TrimSuffix(c.label, "]") + fmt.Sprintf(", %d]", k)
}

// dependencies describes the rows of a 2-d array that are linear
// combinations of earlier rows, as "row 3 = row 1 + 2 × row 2   (a[2] =
// a[0] + 2*a[1])", with idx(k) the index expression of row k. Rows are
// found by Gram–Schmidt with a tolerance like numpy.linalg.matrix_rank's.
func dependencies(a *linalg.Array, idx func(k int) string) []string {
	shape := a.Shape()
	if len(shape) != 2 {
		return nil
	}
	m, n := shape[0], shape[1]
	x := a.Complex128s()
	frob := 0.0
	for _, v := range x {
		frob = math.Hypot(frob, cmplx.Abs(v))
	}
	tol := frob * float64(max(m, n)) * 0x1p-52 * 16
	var q [][]complex128 // orthonormal basis of the independent rows
	var r [][]complex128 // row basis[i] = Σ_j r[j][i] q[j]; r upper triangular
	var basis []int
	var out []string
	for i := 0; i < m; i++ {
		v := append([]complex128(nil), x[i*n:(i+1)*n]...)
		coef := make([]complex128, len(q))
		for pass := 0; pass < 2; pass++ {
			for j, qj := range q {
				d := dot(qj, v)
				coef[j] += d
				for k := range v {
					v[k] -= d * qj[k]
				}
			}
		}
		res := norm(v)
		if res > tol {
			for k := range v {
				v[k] /= complex(res, 0)
			}
			q = append(q, v)
			for j := range r {
				r[j] = append(r[j], coef[j])
			}
			col := make([]complex128, len(basis)+1)
			col[len(basis)] = complex(res, 0)
			r = append(r, col)
			basis = append(basis, i)
			continue
		}
		// Solve r·w = coef (back substitution): row i = Σ w[j] row basis[j].
		w := make([]complex128, len(coef))
		for j := len(coef) - 1; j >= 0; j-- {
			s := coef[j]
			for k := j + 1; k < len(coef); k++ {
				s -= r[j][k] * w[k]
			}
			w[j] = s / r[j][j]
		}
		out = append(out, combination(i, w, basis, x, n, idx))
	}
	return out
}

func dot(q, v []complex128) complex128 {
	var s complex128
	for k := range q {
		s += cmplx.Conj(q[k]) * v[k]
	}
	return s
}

func norm(v []complex128) float64 {
	s := 0.0
	for _, x := range v {
		s = math.Hypot(s, cmplx.Abs(x))
	}
	return s
}

// combination writes row i = Σ w[j] × row basis[j], dropping negligible
// terms, in words and as an index expression (idx(k) is row k).
func combination(i int, w []complex128, basis []int, x []complex128, n int, idx func(k int) string) string {
	rowNorm := func(k int) float64 { return norm(x[k*n : (k+1)*n]) }
	target := rowNorm(i)
	var words, code strings.Builder
	for j, c := range w {
		if cmplx.Abs(c)*rowNorm(basis[j]) <= 1e-9*target {
			continue
		}
		s, neg := coefText(c)
		first := words.Len() == 0
		switch {
		case first && neg:
			words.WriteString("-")
			code.WriteString("-")
		case neg:
			words.WriteString(" - ")
			code.WriteString(" - ")
		case !first:
			words.WriteString(" + ")
			code.WriteString(" + ")
		}
		if s != "1" {
			words.WriteString(s + " × ")
			code.WriteString(s + "*")
		}
		fmt.Fprintf(&words, "row %d", basis[j]+1)
		code.WriteString(idx(basis[j]))
	}
	if words.Len() == 0 {
		return fmt.Sprintf("row %d is all zeros   (%s = 0)", i+1, idx(i))
	}
	return fmt.Sprintf("row %d = %s   (%s = %s)", i+1, words.String(), idx(i), code.String())
}

// coefText formats a coefficient by magnitude: whole numbers without a
// point, others to four significant digits; complex ones in parentheses.
func coefText(c complex128) (string, bool) {
	round := func(x float64) float64 {
		if r := math.Round(x); math.Abs(x-r) <= 1e-9*math.Max(1, math.Abs(x)) {
			return r
		}
		return x
	}
	re, im := round(real(c)), round(imag(c))
	if math.Abs(im) <= 1e-12*math.Abs(re) {
		return strconv.FormatFloat(math.Abs(re), 'g', 4, 64), re < 0
	}
	return "(" + complexScalarStr(complex(re, im)) + ")", false
}

func (c *card) notPositiveDefinite() bool {
	whole := c.matrix
	shape := whole.Shape()
	if len(shape) < 2 || shape[len(shape)-1] != shape[len(shape)-2] || whole.DType() == linalg.Complex128 {
		return false
	}
	n := shape[len(shape)-1]
	for _, p := range slices(shape) {
		c.pick(whole, p)
		k, minor, ok := failingMinor(c.matrix.Float64s(), n)
		if !ok {
			continue
		}
		if c.label != c.name {
			c.add("stack", fmt.Sprintf("%s is the first matrix that fails", c.label))
		}
		c.title = c.label + " is not positive definite"
		i, j, asym := asymmetry(c.matrix.Float64s(), n)
		minorName := "leading minor"
		if asym {
			minorName = "leading minor (lower triangle)"
		}
		c.add(minorName, fmt.Sprintf("det(%s[:%d, :%d]) = %s, not > 0", c.indexableLabel(), k, k, strconv.FormatFloat(minor, 'g', 6, 64)))
		if w, _, err := linalg.Eigh(c.matrix); err == nil && w.Size() > 0 {
			c.add("smallest eigenvalue", strconv.FormatFloat(w.Float64s()[0], 'g', 6, 64))
		}
		if asym {
			l := c.indexableLabel()
			c.add("symmetric", fmt.Sprintf("no: %s[%d, %d] ≠ %s[%d, %d]; cholesky reads only the lower triangle", l, i, j, l, j, i))
		}
		c.why = fmt.Sprintf("Cholesky factors %s = L @ L.T only when %s is symmetric positive definite, that is when every leading principal minor det(%s[:k, :k]) is positive; the one of order %d is not.", c.indexableLabel(), c.label, c.indexableLabel(), k)
		c.suggest(c.code("{la}.eigvalsh({name})"), "the eigenvalues: all must be > 0")
		c.suggest(c.code("{la}.solve({name}, b)"), "LU factorisation, for any non-singular matrix")
		c.suggest(c.code("{la}.lstsq({name}, b, rcond=None)"), "least squares, for any matrix")
		return true
	}
	return false
}

// failingMinor runs Cholesky–Banachiewicz on the lower triangle of the n×n
// matrix m, as numpy.linalg.cholesky does, and returns the order k of the
// first leading principal minor that is not positive and its value.
func failingMinor(m []float64, n int) (int, float64, bool) {
	l := make([]float64, n*n)
	prodPivots := 1.0
	for j := 0; j < n; j++ {
		s := m[j*n+j]
		for k := 0; k < j; k++ {
			s -= l[j*n+k] * l[j*n+k]
		}
		if !(s > 0) {
			return j + 1, prodPivots * s, true
		}
		prodPivots *= s
		d := math.Sqrt(s)
		l[j*n+j] = d
		for i := j + 1; i < n; i++ {
			v := m[i*n+j]
			for k := 0; k < j; k++ {
				v -= l[i*n+k] * l[j*n+k]
			}
			l[i*n+j] = v / d
		}
	}
	return 0, 0, false
}

// asymmetry returns the first i < j with m[i, j] ≠ m[j, i].
func asymmetry(m []float64, n int) (int, int, bool) {
	for i := 0; i < n; i++ {
		for j := i + 1; j < n; j++ {
			if m[i*n+j] != m[j*n+i] {
				return i, j, true
			}
		}
	}
	return 0, 0, false
}

func (c *card) nonFinite() bool {
	for _, v := range c.matrix.Complex128s() {
		if cmplx.IsNaN(v) || cmplx.IsInf(v) {
			c.title = c.name + " contains nan or inf"
			c.why = "The factorisation cannot converge on non-finite input."
			c.suggest(c.code("{np}.isfinite({name}).all()"), "check the input")
			c.suggest(c.code("{np}.nan_to_num({name})"), "replace nan and inf by finite numbers")
			return true
		}
	}
	return false
}

func (c *card) text(o PrintOptions) string {
	var b strings.Builder
	fmt.Fprintf(&b, "LinAlgError in %s: %s\n", c.fn, c.title)
	fmt.Fprintf(&b, "%s =\n%s\n", c.label, Str(c.matrix, o))
	w := 0
	for _, f := range c.facts {
		w = max(w, len([]rune(f[0])))
	}
	for _, f := range c.facts {
		fmt.Fprintf(&b, "  %-*s  %s\n", w, f[0], f[1])
	}
	b.WriteString(c.why + "\n")
	if len(c.advice) > 0 {
		b.WriteString("Instead:\n")
		w = 0
		for _, a := range c.advice {
			w = max(w, len([]rune(a[0])))
		}
		for _, a := range c.advice {
			fmt.Fprintf(&b, "  %-*s  %s\n", w, a[0], a[1])
		}
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// cardBackground is the card's background; the rows of its facts table
// repeat it, so that JupyterLab's zebra striping of rendered tables
// (.jp-RenderedHTMLCommon tbody tr:nth-child(odd)) and its hover band
// do not paint one fact as if highlighted.
const cardBackground = `var(--jp-layout-color1,transparent)`

const cardStyle = `border-left:4px solid var(--jp-error-color1,currentColor);padding:6px 10px;margin:2px 0;` +
	`box-sizing:border-box;background:` + cardBackground + `;color:var(--jp-content-font-color1,inherit);` +
	`font-family:var(--jp-ui-font-family,sans-serif);font-size:var(--jp-ui-font-size1,13px)`
const cardTitleStyle = `font-weight:bold;color:var(--jp-error-color1,currentColor);margin-bottom:4px`
const factRowStyle = `background:` + cardBackground
const factStyle = `text-align:left;padding:1px 12px 1px 0;vertical-align:top`
const codeStyle = `font-family:var(--jp-code-font-family,monospace);font-size:var(--jp-code-font-size,13px)`

// cardWidthRule lets the card span its output as the traceback under it
// does: JupyterLab pads rendered HTML on the right by 20px (for the line
// length of Markdown), text outputs not. The rule matches only an output
// holding a card, and only in JupyterLab; where a sanitiser drops <style>
// the card is merely 20px narrower.
const cardWidthRule = `<style>.jp-RenderedHTMLCommon:has(> .golinalg-diagnostic){padding-right:0}</style>`

func (c *card) html(o PrintOptions) string {
	e := html.EscapeString
	var b strings.Builder
	b.WriteString(cardWidthRule)
	fmt.Fprintf(&b, `<div class="golinalg-diagnostic" style="%s">`, cardStyle)
	fmt.Fprintf(&b, `<div style="%s">LinAlgError in <code style="%s">%s</code>: %s</div>`, cardTitleStyle, codeStyle, e(c.fn), e(c.title))
	b.WriteString(`<div style="display:flex;flex-wrap:wrap;gap:16px;align-items:flex-start">`)
	b.WriteString(HTML(c.matrix, o))
	if len(c.facts) > 0 {
		b.WriteString(`<table style="border-collapse:collapse"><tbody>`)
		for _, f := range c.facts {
			fmt.Fprintf(&b, `<tr style="%s"><th style="%s;font-weight:600">%s</th><td style="%s;%s">%s</td></tr>`, factRowStyle, factStyle, e(f[0]), factStyle, codeStyle, e(f[1]))
		}
		b.WriteString(`</tbody></table>`)
	}
	b.WriteString(`</div>`)
	fmt.Fprintf(&b, `<p style="margin:6px 0">%s</p>`, e(c.why))
	if len(c.advice) > 0 {
		b.WriteString(`<div>Instead:</div><ul style="margin:2px 0;padding-left:20px">`)
		for _, a := range c.advice {
			fmt.Fprintf(&b, `<li><code style="%s">%s</code> — %s</li>`, codeStyle, e(a[0]), e(a[1]))
		}
		b.WriteString(`</ul>`)
	}
	b.WriteString(`</div>`)
	return b.String()
}
