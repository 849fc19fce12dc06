package linalg

import "context"

// assertStackedSquare checks the argument of a numpy.linalg function that
// works on stacks of square matrices (..., M, M), with NumPy's messages.
func assertStackedSquare(a *Array) error {
	if len(a.shape) < 2 {
		return linAlgErr(TooFewDims, "%d-dimensional array given. Array must be at least two-dimensional", len(a.shape))
	}
	if a.shape[len(a.shape)-1] != a.shape[len(a.shape)-2] {
		return linAlgErr(NotSquare, "Last 2 dimensions of the array must be square")
	}
	return nil
}

// Inv returns the inverse of each square matrix in a (numpy.linalg.inv):
// for a of shape (..., M, M) the result X has the same shape and
// A[i]·X[i] = I for every index i of the stack.
//
// Integer and bool input is converted to float64; complex input gives
// complex128. A numpy.matrix gives a numpy.matrix. The inverse is computed
// by LU factorisation with partial pivoting and the solution of A·X = I, as
// LAPACK's gesv computes it for NumPy. Errors, as NumPy raises them:
//
//	LinAlgError "%d-dimensional array given. Array must be at least two-dimensional"
//	LinAlgError "Last 2 dimensions of the array must be square"
//	LinAlgError "Singular matrix", when a pivot is exactly zero in any matrix of the stack
//
// A nonsingular but ill-conditioned matrix is inverted without complaint.
func Inv(a *Array) (*Array, error) {
	return InvContext(context.Background(), a)
}

// InvContext is Inv that stops when ctx is cancelled: the factorisation
// and solves of large matrices check ctx between blocks, and the error
// then wraps ctx.Err() (errors.Is(err, context.Canceled) holds).
func InvContext(ctx context.Context, a *Array) (*Array, error) {
	if n, ok := smallSquare(a); ok {
		out, ok := invSmall(a, n)
		if !ok {
			return nil, linAlgErr(Singular, "Singular matrix")
		}
		return out.withMatrix(a.matrix), nil
	}
	if err := assertStackedSquare(a); err != nil {
		return nil, err
	}
	p := newPoller(ctx)
	out, singular := invStackP(p, a)
	if err := p.interrupted(); err != nil {
		return nil, err
	}
	if len(singular) > 0 {
		return nil, linAlgErr(Singular, "Singular matrix")
	}
	return out.withMatrix(a.matrix), nil
}

// SciPyInv returns the inverse of each square matrix in a
// (scipy.linalg.inv with its defaults). Unlike numpy.linalg.inv it always
// returns a plain ndarray, and bool input gives float64 here where SciPy
// gives float32 (golinalg has no float32). Errors, as SciPy raises them:
//
//	ValueError "array must not contain infs or NaNs"
//	ValueError "Expected at least ndim=2, got a1.ndim=%d"
//	ValueError "Expected square matrix, got a1.shape=(...)"
//	LinAlgError "A singular matrix detected: slice(s) [k] are singular."
//
// when a matrix of the stack has an exactly zero pivot. k is what SciPy
// 1.17 prints (sciPySingularIndex), not the matrix's index in the stack.
func SciPyInv(a *Array) (*Array, error) {
	if !a.allFinite() {
		return nil, valueErr("array must not contain infs or NaNs")
	}
	if len(a.shape) < 2 {
		return nil, valueErr("Expected at least ndim=2, got a1.ndim=%d", len(a.shape))
	}
	if a.shape[len(a.shape)-1] != a.shape[len(a.shape)-2] {
		return nil, valueErr("Expected square matrix, got a1.shape=%s", FormatShape(a.shape))
	}
	var out *Array
	var singular []int
	if n := a.shape[len(a.shape)-1]; a.dtype != Complex128 && n >= 1 && n <= sciPyInvMax {
		out, singular = sciPyInvStackFloat(a)
	} else {
		out, singular = invStack(a)
	}
	if len(singular) > 0 {
		return nil, linAlgErr(Singular, "A singular matrix detected: slice(s) [%d] are singular.", sciPySingularIndex(a, singular[0]))
	}
	out.matrix = false
	return out, nil
}

// sciPyInvStackFloat is invStack for a real stack of n×n matrices,
// 1 ≤ n ≤ obLUMax, as scipy.linalg.inv computes them: by structure in
// OpenBLAS's order (sciPyInvFloat), symmetric matrices as numpy.linalg.inv.
func sciPyInvStackFloat(a *Array) (*Array, []int) {
	batch, n, _ := stackDims(a.shape)
	v := a.Float64s()
	var singular []int
	piv := make([]int, n)
	var tmp []float64
	for b := 0; b < prod(batch); b++ {
		m := v[b*n*n : (b+1)*n*n]
		sing, ok := sciPyInvFloat(m, n, piv)
		if !ok {
			tmp = append(tmp[:0], m...)
			sing = len(invFloat64Batch(nil, tmp, m, 1, n)) > 0
		}
		if sing {
			singular = append(singular, b)
		}
	}
	r, _ := NewFloat64(a.shape, v)
	return r, singular
}

// sciPySingularIndex is the number scipy.linalg.inv prints in its
// singular-matrix error for the stack a whose first singular matrix (by
// exact zero pivot) is first. SciPy's C loop inverts the matrices in C
// order and records a matrix when it is ill-conditioned (rcond < ε) or
// singular, stopping at the first singular one; the Python side then
// prints the singular record's position in that list, which is the number
// of ill-conditioned matrices before it (0 for "[S, I, Z]", 1 for
// "[C, S]" with C ill-conditioned), never the stack index, and never more
// than one number. The matrices before first are classified as
// SciPyInvWarnings does (SciPy's structure detection and condition
// estimate); one of them that SciPy's structure-specific check finds
// singular ends the count there, as it ends SciPy's loop.
func sciPySingularIndex(a *Array, first int) int {
	a = inexact(a)
	_, n, _ := stackDims(a.shape)
	v := a.Complex128s()
	k := 0
	for t := 0; t < first; t++ {
		s := solveSlice(v[t*n*n:(t+1)*n*n], n, nil, 0, stAuto, false, false, a.dtype == Complex128)
		if s.singular {
			break
		}
		if s.ill {
			k++
		}
	}
	return k
}

// invStack inverts every matrix of a stack (..., n, n) and returns the
// result (float64 or complex128) and the stack indices of the singular
// matrices. The shape has been checked.
func invStack(a *Array) (*Array, []int) { return invStackP(nil, a) }

// invStackP is invStack checking p between blocks; when p stops, the
// result is unspecified.
func invStackP(p *poller, a *Array) (*Array, []int) {
	nd := len(a.shape)
	n := a.shape[nd-1]
	batch := 1
	for _, d := range a.shape[:nd-2] {
		batch *= d
	}
	var singular []int
	if a.dtype == Complex128 {
		src := a.Complex128s()
		out := make([]complex128, len(src))
		piv := make([]int, n)
		for b := 0; b < batch; b++ {
			m := src[b*n*n : (b+1)*n*n]
			if luFactorC(m, n, piv) >= 0 {
				singular = append(singular, b)
				continue
			}
			luInverseC(m, n, piv, out[b*n*n:(b+1)*n*n])
		}
		r, _ := NewComplex128(a.shape, out)
		return r, singular
	}
	var src []float64
	if n >= 2 && n <= 4 && a.dtype == Float64 && a.IsContiguous() {
		// The fixed-size kernels leave their input alone: no copy.
		src = a.f[a.offset : a.offset+batch*n*n]
	} else {
		src = a.Float64s()
	}
	out := make([]float64, len(src))
	singular = invFloat64Batch(p, src, out, batch, n)
	r, _ := NewFloat64(a.shape, out)
	return r, singular
}

// invFloat64Batch inverts the batch row-major n×n matrices in src (which it
// overwrites with their LU factors, except for n from 2 to 4) into dst and
// returns the indices of the singular ones.
func invFloat64Batch(p *poller, src, dst []float64, batch, n int) []int {
	var singular []int
	switch n {
	case 0:
		return nil
	case 1:
		for b := 0; b < batch; b++ {
			if src[b] == 0 {
				singular = append(singular, b)
				continue
			}
			dst[b] = 1 / src[b]
		}
		return singular
	}
	if n <= 4 {
		inv := [5]func(src, dst []float64) bool{3: inv3, 4: inv4, 2: inv2}[n]
		for b := 0; b < batch; b++ {
			o := b * n * n
			if !inv(src[o:o+n*n], dst[o:o+n*n]) {
				singular = append(singular, b)
			}
		}
		return singular
	}
	piv := make([]int, n)
	for b := 0; b < batch; b++ {
		m := src[b*n*n : (b+1)*n*n]
		if getrf(p, m, n, n, n, piv) >= 0 {
			singular = append(singular, b)
			continue
		}
		luInverse(p, m, n, piv, dst[b*n*n:(b+1)*n*n])
		if p.stopped() {
			break
		}
	}
	return singular
}
