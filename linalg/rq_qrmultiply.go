package linalg

import "math/cmplx"

// complexCast is the warning f2py gives when LAPACK is handed complex data
// for a real routine, which keeps the real parts.
var complexCast = Warning{Category: "ComplexWarning", Msg: "Casting complex values to real discards the imaginary part"}

// QRMultiply returns the product of the Q of A's QR factorisation with c
// (scipy.linalg.qr_multiply), without forming Q apart: Q·c when left, c·Q
// otherwise, with conj(Q) instead of Q when conjugate, and the R (and,
// with pivoting, the column permutation P) of the factorisation in
// SciPy's 'raw' mode (R is k×n, k = min(m, n)). Q is the m×m product of
// LAPACK's Householder reflectors (geqrf, or geqp3 with pivoting); the
// product is LAPACK's ormqr/unmqr applied to c. For left, c has k rows,
// or m rows when overwriteC (SciPy then applies the whole m×m Q); c·Q
// keeps its first k columns. A 1-d c is a vector (a column for left) and
// gives a 1-d result. The result has Q's dtype: float64 for real a, and
// then complex c loses its imaginary part with a ComplexWarning for each
// of SciPy's two LAPACK calls. Errors:
//
//	ValueError "Array shapes are not compatible for Q @ c operation: (3, 2) vs (3, 1)"
//	ValueError "Array shapes are not compatible for c @ Q operation: (1, 2) vs (3, 2)"
//	ValueError "array must not contain infs or NaNs"
func QRMultiply(a, c *Array, left, pivoting, conjugate, overwriteC bool) (cq, r, p *Array, warns []Warning, err error) {
	onedim := len(c.shape) < 2
	if onedim {
		c = atLeast2D(c)
		if left {
			c = c.T()
		}
	}
	c = c.AsArray()
	a = atLeast2D(a)
	if len(a.shape) != 2 || len(c.shape) != 2 {
		return nil, nil, nil, nil, valueErr("expected a 2-D array")
	}
	m, n := a.shape[0], a.shape[1]
	k := min(m, n)
	if left {
		want := k
		if overwriteC {
			want = m // SciPy's min(M, N + overwrite_c*(M - N))
		}
		if c.shape[0] != want {
			return nil, nil, nil, nil, valueErr("Array shapes are not compatible for Q @ c operation: %s vs %s", FormatShape(a.shape), FormatShape(c.shape))
		}
	} else if m != c.shape[1] {
		return nil, nil, nil, nil, valueErr("Array shapes are not compatible for c @ Q operation: %s vs %s", FormatShape(c.shape), FormatShape(a.shape))
	}
	if err := CheckFinite(a); err != nil {
		return nil, nil, nil, nil, err
	}
	a = inexact(a)
	h, r, p, tau, err := SciPyQR(a, "raw", pivoting)
	if err != nil {
		return nil, nil, nil, nil, err
	}
	if c.Size() == 0 {
		return newArray(c.dtype, c.shape), r, p, nil, nil
	}
	if a.dtype != Complex128 && c.dtype == Complex128 {
		warns = []Warning{complexCast, complexCast}
	}
	q := qrFormQC(h.Complex128s(), m, n, tau.Complex128s(), m)
	if conjugate {
		for i := range q {
			q[i] = cmplx.Conj(q[i])
		}
	}
	cv := c.Complex128s()
	if a.dtype != Complex128 {
		for i, z := range cv {
			cv[i] = complex(real(z), 0)
		}
	}
	rows, cols := c.shape[0], c.shape[1]
	var out []complex128
	var om, on int
	if left {
		// Q[:, :rows] · c
		qs := make([]complex128, m*rows)
		for i := 0; i < m; i++ {
			copy(qs[i*rows:(i+1)*rows], q[i*m:i*m+rows])
		}
		out, om, on = matMulC(qs, cv, m, rows, cols), m, cols
	} else {
		full := matMulC(cv, q, rows, m, m)
		out = make([]complex128, rows*k)
		for i := 0; i < rows; i++ {
			copy(out[i*k:(i+1)*k], full[i*m:i*m+k])
		}
		om, on = rows, k
	}
	cq = fromComplex(out, a.dtype, om, on)
	if onedim {
		cq = cq.Ravel()
	}
	return cq, r, p, warns, nil
}
