package linalg

import (
	"fmt"
	"math"
	"math/cmplx"
	"math/rand/v2"
	"testing"

	"github.com/golinalg/golinalg/internal/pyoracle"
)

// residual returns max |X − Y| / (1 + max |Y|) elementwise.
func residual(x, y *Array) float64 {
	xv, yv := x.Complex128s(), y.Complex128s()
	var d, s float64
	for i := range xv {
		d = math.Max(d, cmplx.Abs(xv[i]-yv[i]))
		s = math.Max(s, cmplx.Abs(yv[i]))
	}
	return d / (1 + s)
}

func conjT(a *Array) *Array {
	t, _ := MatrixTranspose(a)
	v := t.Complex128s()
	for i := range v {
		v[i] = cmplx.Conj(v[i])
	}
	r, _ := NewComplex128(t.Shape(), v)
	return r
}

// TestOracleSciPyAndComplex compares the complex factorisations and the
// scipy.linalg functions with NumPy and SciPy on random inputs: unique
// results (Cholesky factors, Householder QR, LU, eigenvalues, singular
// values, pseudo-inverses) value by value; eigen- and singular
// vectors, which are unique only up to a unit factor, by A·V = V·diag(w)
// and unitarity checked here.
func TestOracleSciPyAndComplex(t *testing.T) {
	py := pyoracle.Python(t, "oracle test needs NumPy and SciPy")
	r := rand.New(rand.NewPCG(61, 62))
	var cases []numCase
	add := func(op string, b oracleBound, got *Array, err error, args ...*Array) {
		cases = append(cases, newCase(op, b, got, err, args...))
	}
	check := func(name string, ok bool) {
		t.Helper()
		if !ok {
			t.Errorf("%s", name)
		}
	}
	for _, n := range []int{1, 2, 3, 5, 8, 20, 50} {
		a := randArray(r, Complex128, n, n)
		h, _ := MatMul(a, conjT(a))
		id, _ := Identity(Complex128, n)
		h, _ = Add(h, id)
		x, err := Cholesky(h)
		add("cholesky", scaled(n, cholScale), x, err, h)
		w, v, err := Eigh(h)
		add("eigvalsh", backward(n), w, err, h)
		if err == nil {
			av, _ := MatMul(h, v)
			wb, _ := w.Reshape([]int{1, n})
			vw, _, _ := Binary(OpMul, v, wb)
			check(fmt.Sprintf("eigh n=%d: A·v = v·w off by %g", n, residual(av, vw)), residual(av, vw) < 1e-12)
			vv, _ := MatMul(conjT(v), v)
			check(fmt.Sprintf("eigh n=%d: vᴴ·v = I off by %g", n, residual(vv, id)), residual(vv, id) < 1e-12)
		}
		x, err = Pinv(a, -1)
		add("pinv", conditioned(n), x, err, a)
		x, err = MatrixRank(h, -1)
		add("matrix_rank", exact(), x, err, h)
		x, err = SciPyCholesky(h, false)
		add("py:lambda a: sl.cholesky(a)", scaled(n, cholScale), x, err, h)
		// The LU factors: the permutation exactly (the pivots are
		// chosen among well-separated values), L and U by invScale.
		p, l, u, err := SciPyLU(a, false, false)
		add("py:lambda a: sl.lu(a)[0]", exact(), p, err, a)
		add("py:lambda a: sl.lu(a)[1]", luFactorBound(n), l, err, a)
		add("py:lambda a: sl.lu(a)[2]", luFactorBound(n), u, err, a)
		ar := randArray(r, Float64, n, n)
		p, l, u, err = SciPyLU(ar, false, false)
		add("py:lambda a: sl.lu(a)[0]", exact(), p, err, ar)
		add("py:lambda a: sl.lu(a)[1]", luFactorBound(n), l, err, ar)
		add("py:lambda a: sl.lu(a)[2]", luFactorBound(n), u, err, ar)
		lu, piv, _, err := SciPyLUFactor(ar)
		add("py:lambda a: sl.lu_factor(a)[0]", luFactorBound(n), lu, err, ar)
		add("py:lambda a: sl.lu_factor(a)[1].astype(np.int64)", exact(), piv, err, ar)
		b := randArray(r, Float64, n, 2)
		x, err = SciPyLUSolve(lu, piv, b, 1)
		add("py:lambda a, b: sl.lu_solve(sl.lu_factor(a), b, trans=1)", conditioned(n), x, err, ar, b)
		// expm: TestExpmReference compares it with a 256-bit
		// reference, not with SciPy, whose error can exceed the bound.
		hr, _ := MatMul(ar, ar.T())
		idr, _ := Identity(Float64, n)
		hr, _ = Add(hr, idr)
		for _, as := range []string{"", "gen", "pos", "sym"} {
			x, _, err = SciPySolveOpts(hr, b, as, false, false)
			pa := fmt.Sprintf("%q", as)
			if as == "" {
				pa = "None"
			}
			add("py:lambda a, b: sl.solve(a, b, assume_a="+pa+")", conditioned(n), x, err, hr, b)
		}
		x, _, err = SciPySolveOpts(a, b, "", false, false)
		add("py:sl.solve", conditioned(n), x, err, a, b)
		ww, _, vr, err := SciPyEig(ar, false, true)
		add("py:lambda a: np.sort_complex(sl.eigvals(a))", scaled(n, eigScale), sortComplex(ww), err, ar)
		if err == nil {
			av, _ := MatMul(ar, vr)
			wb, _ := ww.Reshape([]int{1, n})
			vw, _, _ := Binary(OpMul, vr, wb)
			check(fmt.Sprintf("eig n=%d: A·v = v·w off by %g", n, residual(av, vw)), residual(av, vw) < 1e-10)
		}
	}
	for _, sh := range [][2]int{{4, 4}, {6, 3}, {3, 6}, {1, 5}, {5, 1}, {30, 20}} {
		m, n := sh[0], sh[1]
		for _, d := range []DType{Float64, Complex128} {
			a := randArray(r, d, m, n)
			for _, mode := range []string{"reduced", "complete", "r", "raw"} {
				q, rr, err := QRMode(a, mode)
				qb := qrBound(m, n)
				switch mode {
				case "r":
					add("py:lambda a: np.linalg.qr(a, mode='r')", qb, rr, err, a)
				case "raw":
					add("py:lambda a: np.linalg.qr(a, mode='raw')[0]", qb, q, err, a)
					add("py:lambda a: np.linalg.qr(a, mode='raw')[1]", qb, rr, err, a)
				default:
					add(fmt.Sprintf("py:lambda a: np.linalg.qr(a, mode=%q)[0]", mode), qb, q, err, a)
					add(fmt.Sprintf("py:lambda a: np.linalg.qr(a, mode=%q)[1]", mode), qb, rr, err, a)
				}
			}
			for _, mode := range []string{"full", "economic"} {
				q, rr, p, _, err := SciPyQR(a, mode, true)
				add(fmt.Sprintf("py:lambda a: sl.qr(a, mode=%q, pivoting=True)[0]", mode), qrBound(m, n), q, err, a)
				add(fmt.Sprintf("py:lambda a: sl.qr(a, mode=%q, pivoting=True)[1]", mode), qrBound(m, n), rr, err, a)
				add(fmt.Sprintf("py:lambda a: sl.qr(a, mode=%q, pivoting=True)[2].astype(np.int64)", mode), exact(), p, err, a)
			}
			s, err := SVDVals(a)
			add("svdvals", backward(max(m, n)), s, err, a)
			x, err := Pinv(a, -1)
			add("pinv", conditioned(max(m, n)), x, err, a)
			x, _, err = SciPyPinv(a, 0, 0, false, false)
			add("py:sl.pinv", conditioned(max(m, n)), x, err, a)
			for _, full := range []bool{false, true} {
				u, s, vh, err := SVD(a, full)
				if err != nil {
					t.Errorf("svd %v: %v", sh, err)
					continue
				}
				k := min(m, n)
				us := block(u, m, k)
				vs := block(vh, k, n)
				sb, _ := s.Reshape([]int{1, k})
				usv, _, _ := Binary(OpMul, us, sb)
				rec, _ := MatMul(usv, vs)
				check(fmt.Sprintf("svd %v full=%v: U·S·Vh = A off by %g", sh, full, residual(rec, a)), residual(rec, a) < 1e-12)
				uu, _ := MatMul(conjT(u), u)
				iu, _ := Identity(Complex128, u.Shape()[1])
				check(fmt.Sprintf("svd %v: Uᴴ·U = I off by %g", sh, residual(uu, iu)), residual(uu, iu) < 1e-12)
				vv, _ := MatMul(vh, conjT(vh))
				iv, _ := Identity(Complex128, vh.Shape()[0])
				check(fmt.Sprintf("svd %v: Vh·Vhᴴ = I off by %g", sh, residual(vv, iv)), residual(vv, iv) < 1e-12)
			}
		}
	}
	// Complex general eig: eigenvalues against NumPy's (sorted), vectors by
	// A·v = v·w, including real-valued complex input whose embedding has
	// every eigenvalue twice, and a normal matrix with a repeated eigenvalue.
	rep := func() *Array {
		q, _, _ := QRMode(randArray(r, Complex128, 4, 4), "reduced")
		dm, _ := NewComplex128([]int{4, 4}, []complex128{2i, 0, 0, 0, 0, 2i, 0, 0, 0, 0, 1, 0, 0, 0, 0, -1})
		qd, _ := MatMul(q, dm)
		x, _ := MatMul(qd, conjT(q))
		return x
	}()
	for _, c := range []*Array{randArray(r, Complex128, 1, 1), randArray(r, Complex128, 3, 3), randArray(r, Complex128, 10, 10),
		randArray(r, Complex128, 40, 40), randArray(r, Float64, 6, 6).AsType(Complex128), rep} {
		n := c.Shape()[0]
		w, v, err := Eig(c)
		add("py:lambda a: np.sort_complex(np.linalg.eigvals(a))", scaled(n, eigScale), sortComplex(w), err, c)
		if err == nil {
			av, _ := MatMul(c, v)
			wb, _ := w.Reshape([]int{1, n})
			vw, _, _ := Binary(OpMul, v, wb)
			check(fmt.Sprintf("complex eig n=%d: A·v = v·w off by %g", n, residual(av, vw)), residual(av, vw) < 1e-9)
			w2, vl, _, err := SciPyEig(c, true, false)
			if err != nil {
				t.Errorf("complex left eig n=%d: %v", n, err)
				continue
			}
			la, _ := MatMul(conjT(vl), c)
			wc, _ := w2.Reshape([]int{n, 1})
			wl, _, _ := Binary(OpMul, wc, conjT(vl))
			check(fmt.Sprintf("complex left eig n=%d: vlᴴ·A = w·vlᴴ off by %g", n, residual(la, wl)), residual(la, wl) < 1e-9)
		}
	}
	// Hermitian matrices with repeated eigenvalues: Q·diag(d)·Qᴴ.
	for _, d := range [][]float64{{1, 1, 1, 2, 2}, {3, 3, 3, 3}, {0, 0, 5, 5, 5, 7}} {
		n := len(d)
		q, _, _ := QRMode(randArray(r, Complex128, n, n), "reduced")
		dv := make([]complex128, n*n)
		for i, x := range d {
			dv[i*n+i] = complex(x, 0)
		}
		dm, _ := NewComplex128([]int{n, n}, dv)
		qd, _ := MatMul(q, dm)
		h, _ := MatMul(qd, conjT(q))
		w, v, err := Eigh(h)
		add("eigvalsh", backward(n), w, err, h)
		if err == nil {
			av, _ := MatMul(h, v)
			wb, _ := w.Reshape([]int{1, n})
			vw, _, _ := Binary(OpMul, v, wb)
			check(fmt.Sprintf("eigh %v: A·v = v·w off by %g", d, residual(av, vw)), residual(av, vw) < 1e-12)
			vv, _ := MatMul(conjT(v), v)
			id, _ := Identity(Complex128, n)
			check(fmt.Sprintf("eigh %v: vᴴ·v = I off by %g", d, residual(vv, id)), residual(vv, id) < 1e-12)
		}
	}
	// Rank-deficient complex matrices and the null space.
	c1 := randArray(r, Complex128, 5, 2)
	c2 := randArray(r, Complex128, 2, 4)
	low, _ := MatMul(c1, c2)
	x, err := MatrixRank(low, -1)
	add("matrix_rank", exact(), x, err, low)
	x, err = SVDVals(low)
	add("svdvals", backward(5), x, err, low)
	unit, _, _ := QRMode(randArray(r, Complex128, 6, 6), "reduced")
	for _, c := range []*Array{low, unit, conjT(low)} {
		for _, full := range []bool{false, true} {
			u, s, vh, err := SVD(c, full)
			if err != nil {
				t.Errorf("svd: %v", err)
				continue
			}
			m, n := c.Shape()[0], c.Shape()[1]
			k := min(m, n)
			sb, _ := s.Reshape([]int{1, k})
			usv, _, _ := Binary(OpMul, block(u, m, k), sb)
			rec, _ := MatMul(usv, block(vh, k, n))
			check(fmt.Sprintf("svd %v full=%v: U·S·Vh = A off by %g", c.Shape(), full, residual(rec, c)), residual(rec, c) < 1e-12)
			uu, _ := MatMul(conjT(u), u)
			iu, _ := Identity(Complex128, u.Shape()[1])
			check(fmt.Sprintf("svd %v full=%v: Uᴴ·U = I off by %g", c.Shape(), full, residual(uu, iu)), residual(uu, iu) < 1e-12)
			vv, _ := MatMul(vh, conjT(vh))
			iv, _ := Identity(Complex128, vh.Shape()[0])
			check(fmt.Sprintf("svd %v full=%v: Vh·Vhᴴ = I off by %g", c.Shape(), full, residual(vv, iv)), residual(vv, iv) < 1e-12)
			add("svdvals", backward(max(m, n)), s, err, c)
		}
	}
	// The projections onto the null space and the range are compared
	// whatever happens: an error golinalg raises where SciPy answers fails
	// in runOracleCases as a differing error.
	projection := func(z *Array, err error) (*Array, error) {
		if err != nil {
			return nil, err
		}
		return MatMul(z, conjT(z))
	}
	// The projection onto a subspace moves by about ‖δA‖₂/σᵣ = n·ε·σ₁/σᵣ
	// for the numerical rank r (Wedin's sin θ theorem).
	x, err = projection(NullSpace(low, -1))
	add("py:lambda a: (lambda z: z @ z.conj().T)(sl.null_space(a))", scaled(5, "effcond(a) * amax(r)"), x, err, low)
	x, err = projection(Orth(low, -1))
	add("py:lambda a: (lambda z: z @ z.conj().T)(sl.orth(a))", scaled(5, "effcond(a) * amax(r)"), x, err, low)
	// Errors.
	bad, _ := FromValues([]int{2, 2}, []any{1, 2, 2, 1})
	x, err = SciPyCholesky(bad, false)
	add("py:sl.cholesky", exact(), x, err, bad)
	x, err = Cholesky(bad.AsType(Complex128))
	add("cholesky", exact(), x, err, bad.AsType(Complex128))
	runOracleCases(t, py, cases)
}

func sortComplex(a *Array) *Array {
	if a == nil {
		return nil
	}
	v := a.Complex128s()
	for i := 1; i < len(v); i++ {
		for j := i; j > 0; j-- {
			x, y := v[j-1], v[j]
			if real(x) > real(y) || real(x) == real(y) && imag(x) > imag(y) {
				v[j-1], v[j] = y, x
			}
		}
	}
	out, _ := NewComplex128(a.Shape(), v)
	return out
}

// block returns the leading r×c block of the 2-d a as complex128.
func block(a *Array, r, c int) *Array {
	v := a.Complex128s()
	cols := a.Shape()[1]
	out := make([]complex128, r*c)
	for i := 0; i < r; i++ {
		copy(out[i*c:(i+1)*c], v[i*cols:i*cols+c])
	}
	x, _ := NewComplex128([]int{r, c}, out)
	return x
}

// luFactorBound(n) is the bound of the factors L and U of P·A = L·U, n×n
// (invScale).
func luFactorBound(n int) oracleBound { return conditioned(n) }

// qrBound(m, n) is the bound of the factors of the Householder QR of an
// m×n matrix, Q and R or the reflectors and τ (invScale): n·ε·max|entries|
// alone is their backward error, not their forward error.
func qrBound(m, n int) oracleBound { return conditioned(max(m, n)) }
