package display

import (
	"encoding/xml"
	"html"
	"math"
	"strings"
	"testing"

	"github.com/golinalg/golinalg/linalg"
)

func mustFloat(t *testing.T, shape []int, data ...float64) *linalg.Array {
	t.Helper()
	a, err := linalg.NewFloat64(shape, data)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func TestDiagnose(t *testing.T) {
	o := DefaultPrintOptions()
	for _, tc := range []struct {
		name, fn string
		a        *linalg.Array
		err      *linalg.Error
		want     []string
	}{
		{"singular 2x2", "np.linalg.inv", mustFloat(t, []int{2, 2}, 1, 2, 2, 4),
			lae(linalg.Singular, "Singular matrix"),
			[]string{"a is singular", "[[1. 2.]\n [2. 4.]]", "determinant  0.0", "rank         1 of 2",
				"row 2 = 2 × row 1   (a[1] = 2*a[0])", "np.linalg.pinv(a)", "np.linalg.lstsq(a, b, rcond=None)"}},
		{"rank-deficient 3x3", "np.linalg.solve", mustFloat(t, []int{3, 3}, 1, 2, 3, 4, 5, 6, 7, 8, 9),
			lae(linalg.Singular, "Singular matrix"),
			[]string{"rank         2 of 3", "row 3 = -row 1 + 2 × row 2   (a[2] = -a[0] + 2*a[1])", "np.linalg.lstsq(a, b, rcond=None)"}},
		{"rank 1 3x3", "np.linalg.inv", mustFloat(t, []int{3, 3}, 1, 2, 3, 2, 4, 6, 0, 0, 0),
			lae(linalg.Singular, "Singular matrix"),
			[]string{"rank         1 of 3", "row 2 = 2 × row 1", "row 3 is all zeros   (a[2] = 0)"}},
		{"singular in a stack", "scipy.linalg.inv", mustFloat(t, []int{2, 2, 2}, 1, 0, 0, 1, 1, 3, 2, 6),
			lae(linalg.Singular, "A singular matrix detected: slice(s) [1] are singular."),
			[]string{"a[1] is singular", "row 2 = 2 × row 1   (a[1, 1] = 2*a[1, 0])"}},
		{"cholesky", "np.linalg.cholesky", mustFloat(t, []int{3, 3}, 4, 2, 0, 2, 1, 0, 0, 0, 1),
			lae(linalg.NotPositiveDefinite, "Matrix is not positive definite"),
			[]string{"a is not positive definite", "det(a[:2, :2]) = 0, not > 0", "smallest eigenvalue", "np.linalg.eigvalsh(a)"}},
		{"cholesky negative", "np.linalg.cholesky", mustFloat(t, []int{2, 2}, 1, 2, 3, 1),
			lae(linalg.NotPositiveDefinite, "Matrix is not positive definite"),
			[]string{"det(a[:2, :2]) = -8, not > 0", "symmetric", "a[0, 1] ≠ a[1, 0]"}},
		{"not square", "np.linalg.inv", mustFloat(t, []int{2, 3}, 1, 2, 3, 4, 5, 6),
			lae(linalg.NotSquare, "Last 2 dimensions of the array must be square"),
			[]string{"a is not square: 2×3", "2 rows and 3 columns", "rank   2 (at most min(2, 3) = 2)", "np.linalg.pinv(a)"}},
		{"1-d", "np.linalg.det", mustFloat(t, []int{3}, 1, 2, 3),
			lae(linalg.TooFewDims, "1-dimensional array given. Array must be at least two-dimensional"),
			[]string{"got a 1-d array", "np.atleast_2d(a)"}},
		{"1-d, SciPy's words", "scipy.linalg.expm", mustFloat(t, []int{2}, 1, 2),
			lae(linalg.TooFewDims, "The input array must be at least two-dimensional"),
			[]string{"scipy.linalg.expm needs matrices, got a 1-d array"}},
		{"svd of nan", "np.linalg.svd", mustFloat(t, []int{2, 2}, 1, math.NaN(), 3, 4),
			lae(linalg.SVDNoConvergence, "SVD did not converge"),
			[]string{"a contains nan or inf", "np.nan_to_num(a)"}},
		{"eig of inf", "np.linalg.eig", mustFloat(t, []int{2, 2}, 1, math.Inf(1), 3, 4),
			lae(linalg.EigNoConvergence, "Eigenvalues did not converge"),
			[]string{"a contains nan or inf"}},
		{"the reason, not the words", "np.linalg.inv", mustFloat(t, []int{2, 2}, 1, 2, 2, 4),
			lae(linalg.Singular, "some other text"),
			[]string{"a is singular", "row 2 = 2 × row 1"}},
	} {
		b, ok := Diagnose(tc.fn, tc.a, tc.err, o)
		if !ok {
			t.Errorf("%s: no card", tc.name)
			continue
		}
		text := b["text/plain"].(string)
		for _, w := range tc.want {
			if !strings.Contains(text, w) {
				t.Errorf("%s: text lacks %q:\n%s", tc.name, w, text)
			}
		}
		h := b["text/html"].(string)
		if err := wellFormed(h); err != nil {
			t.Errorf("%s: html: %v\n%s", tc.name, err, h)
		}
		if strings.Contains(h, "<script") || strings.Contains(h, "http") {
			t.Errorf("%s: html has a script or an external asset", tc.name)
		}
	}
}

func TestDiagnoseDeclines(t *testing.T) {
	o := DefaultPrintOptions()
	a := mustFloat(t, []int{2, 2}, 1, 2, 3, 4)
	for _, tc := range []struct {
		name string
		a    *linalg.Array
		err  *linalg.Error
	}{
		{"a ValueError", a, &linalg.Error{Kind: linalg.ValueError, Msg: "Singular matrix"}},
		{"a finite matrix that did not converge", a, lae(linalg.EigNoConvergence, "Eigenvalues did not converge")},
		{"no reason, whatever the words", a, lae(linalg.NoReason, "Singular matrix")},
		{"not square, but a is", a, lae(linalg.NotSquare, "Last 2 dimensions of the array must be square")},
		{"too few dimensions, but a has two", a, lae(linalg.TooFewDims, "3-dimensional array given. Array must be two-dimensional")},
		{"singular, but a is not square", mustFloat(t, []int{2, 3}, 1, 2, 3, 4, 5, 6), lae(linalg.Singular, "Singular matrix")},
		{"no array", nil, lae(linalg.Singular, "Singular matrix")},
	} {
		if _, ok := Diagnose("np.linalg.inv", tc.a, tc.err, o); ok {
			t.Errorf("card for %s", tc.name)
		}
	}
}

// TestDiagnoseSubject checks that the card names the function and the
// matrix as the cell wrote them, in its title, its facts and its advice,
// parenthesising an expression where it is indexed.
func TestDiagnoseSubject(t *testing.T) {
	o := DefaultPrintOptions()
	sing := lae(linalg.Singular, "Singular matrix")
	m := mustFloat(t, []int{2, 2}, 1, 2, 2, 4)
	for _, tc := range []struct {
		s    Subject
		a    *linalg.Array
		err  *linalg.Error
		want []string
	}{
		{Subject{"numpy.linalg.inv", "np.linalg.inv", "M"}, m, sing,
			[]string{"LinAlgError in numpy.linalg.inv: M is singular\nM =\n", "(M[1] = 2*M[0])", "numpy.linalg.pinv(M) ", "M @ x ≈ b"}},
		{Subject{"inv", "np.linalg.inv", "matrx_1"}, m, sing,
			[]string{"LinAlgError in inv: matrx_1 is singular", "matrx_1[1] = 2*matrx_1[0]", "np.linalg.pinv(matrx_1)"}},
		{Subject{"np.linalg.solve", "np.linalg.solve", "A @ B"}, m, sing,
			[]string{"A @ B is singular\nA @ B =\n", "((A @ B)[1] = 2*(A @ B)[0])", "np.linalg.lstsq(A @ B, b, rcond=None)", "(A @ B) @ x ≈ b"}},
		{Subject{"np.linalg.inv", "np.linalg.inv", "A[:2, :2]"}, m, sing,
			[]string{"A[:2, :2] is singular", "(A[:2, :2][1] = 2*A[:2, :2][0])"}},
		{Subject{"np.linalg.inv", "np.linalg.inv", "A @ B"}, mustFloat(t, []int{2, 2, 2}, 1, 0, 0, 1, 1, 3, 2, 6), sing,
			[]string{"(A @ B)[1] is singular", "((A @ B)[1, 1] = 2*(A @ B)[1, 0])", "np.linalg.pinv(A @ B)"}},
		{Subject{"scipy.linalg.inv", "scipy.linalg.inv", "M"}, m, sing,
			[]string{"LinAlgError in scipy.linalg.inv: M is singular", "np.linalg.pinv(M)"}},
		{Subject{"numpy.linalg.cholesky", "np.linalg.cholesky", "-B"}, mustFloat(t, []int{2, 2}, -1, 0, 0, -1),
			lae(linalg.NotPositiveDefinite, "Matrix is not positive definite"),
			[]string{"-B is not positive definite", "det((-B)[:1, :1]) = -1", "Cholesky factors (-B) = L", "numpy.linalg.eigvalsh(-B)"}},
		{Subject{"numpy.linalg.det", "np.linalg.det", "x"}, mustFloat(t, []int{3}, 1, 2, 3),
			lae(linalg.TooFewDims, "1-dimensional array given. Array must be at least two-dimensional"),
			[]string{"x has shape (3,)", "numpy.atleast_2d(x)", "x.reshape(m, n)"}},
		{Subject{"np.linalg.svd", "np.linalg.svd", "2*N"}, mustFloat(t, []int{2, 2}, 1, math.NaN(), 3, 4),
			lae(linalg.SVDNoConvergence, "SVD did not converge"),
			[]string{"2*N contains nan or inf", "np.nan_to_num(2*N)"}},
	} {
		b, ok := DiagnoseSubject(tc.s, tc.a, tc.err, o)
		if !ok {
			t.Errorf("%v: no card", tc.s)
			continue
		}
		text, h := b["text/plain"].(string), b["text/html"].(string)
		for _, w := range tc.want {
			if !strings.Contains(text, w) {
				t.Errorf("%v: text lacks %q:\n%s", tc.s, w, text)
			}
		}
		first, _, _ := strings.Cut(text, "\n")
		title := strings.TrimPrefix(first, "LinAlgError in "+tc.s.Func+": ")
		for _, w := range []string{"<code style=\"" + codeStyle + "\">" + html.EscapeString(tc.s.Func) + "</code>: " + html.EscapeString(title)} {
			if !strings.Contains(h, w) {
				t.Errorf("%v: html lacks %q:\n%s", tc.s, w, h)
			}
		}
	}
}

func TestIndexable(t *testing.T) {
	for x, want := range map[string]string{
		"M": "M", "matrx_1": "matrx_1", "A.T": "A.T", "A[:2, :2]": "A[:2, :2]", "np.eye(2)": "np.eye(2)",
		"[[1, 2], [2, 4]]": "[[1, 2], [2, 4]]", "Ä2": "Ä2", "A @ B": "(A @ B)", "-A": "(-A)", "2*A": "(2*A)",
		"A[0] + B": "(A[0] + B)", "f(a + b)": "f(a + b)", "x if c else y": "(x if c else y)",
	} {
		if got := indexable(x); got != want {
			t.Errorf("indexable(%q) = %q, want %q", x, got, want)
		}
	}
}

// TestDiagnoseHTMLLooks checks the card's HTML against JupyterLab's
// stylesheet: each row of its facts table paints the card's own
// background (no zebra band), and the card spans its output as a
// traceback does (the output's right padding removed).
func TestDiagnoseHTMLLooks(t *testing.T) {
	b, ok := Diagnose("np.linalg.inv", mustFloat(t, []int{2, 2}, 1, 2, 2, 4), lae(linalg.Singular, "Singular matrix"), DefaultPrintOptions())
	if !ok {
		t.Fatal("no card")
	}
	h := b["text/html"].(string)
	facts := h[strings.Index(h, `<table style="border-collapse:collapse">`):]
	facts = facts[:strings.Index(facts, "</table>")]
	if n, m := strings.Count(facts, "<tr "), strings.Count(facts, `<tr style="background:`+cardBackground+`">`); n < 3 || m != n {
		t.Errorf("%d of %d fact rows paint the card's background:\n%s", m, n, facts)
	}
	if !strings.Contains(cardStyle, "background:"+cardBackground) {
		t.Errorf("the card's background is not %s: %s", cardBackground, cardStyle)
	}
	if !strings.HasPrefix(h, `<style>.jp-RenderedHTMLCommon:has(> .golinalg-diagnostic){padding-right:0}</style><div class="golinalg-diagnostic"`) {
		t.Errorf("no width rule before the card: %.200s", h)
	}
}

// lae is a LinAlgError for reason r with message msg.
func lae(r linalg.Reason, msg string) *linalg.Error {
	return &linalg.Error{Kind: linalg.LinAlgError, Reason: r, Msg: msg}
}

// wellFormed parses h as XML, which the card's HTML is written to satisfy.
func wellFormed(h string) error {
	d := xml.NewDecoder(strings.NewReader(h))
	d.Strict = true
	d.Entity = xml.HTMLEntity
	for {
		_, err := d.Token()
		if err != nil {
			if err.Error() == "EOF" {
				return nil
			}
			return err
		}
	}
}
