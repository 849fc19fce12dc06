package linalg

// SciPyDet returns the determinant of each matrix in a (scipy.linalg.det):
// the product of the diagonal of the LU factors of the transpose (SciPy
// hands LAPACK its C-ordered buffer), in order, with the sign of the row
// interchanges, so det([[1, 2], [3, 4]]) is -2.0 here where
// numpy.linalg.det gives -2.0000000000000004; 0.0 when a pivot is exactly
// zero. A 0×0 matrix gives 1.0.
// Errors, as SciPy raises them:
//
//	ValueError "array must not contain infs or NaNs"
//	ValueError "The input array must be at least two-dimensional."
//	ValueError "Last 2 dimensions of the array must be square but received shape (2, 3)."
func SciPyDet(a *Array) (*Array, error) {
	if !a.allFinite() {
		return nil, valueErr("array must not contain infs or NaNs")
	}
	if len(a.shape) < 2 {
		return nil, valueErr("The input array must be at least two-dimensional.")
	}
	batch, m, n := stackDims(a.shape)
	if m != n {
		return nil, valueErr("Last 2 dimensions of the array must be square but received shape %s.", FormatShape(a.shape))
	}
	nb := prod(batch)
	piv := make([]int, n)
	if a.dtype == Complex128 {
		src := a.Complex128s()
		out := newArray(Complex128, batch)
		for t := 0; t < nb; t++ {
			if n == 1 {
				out.c[t] = src[t] // SciPy returns a 1×1 matrix's entry itself
				continue
			}
			out.c[t] = sciPyDetComplex(src[t*n*n:(t+1)*n*n], n, piv)
		}
		return out, nil
	}
	src := a.Float64s()
	out := newArray(Float64, batch)
	for t := 0; t < nb; t++ {
		if n == 1 {
			out.f[t] = src[t] // SciPy returns a 1×1 matrix's entry itself
			continue
		}
		out.f[t] = sciPyDetFloat(src[t*n*n:(t+1)*n*n], n, piv)
	}
	return out, nil
}

// sciPyDetFloat is scipy.linalg.det of the row-major n×n a (overwritten)
// as SciPy 1.17's find_det_from_lu computes it: dgetrf on the C-ordered
// buffer, which LAPACK reads as the transpose (for n ≤ obGetf2Max in
// OpenBLAS's order, obGetf2CM on the row-major data), 0.0 when a pivot is
// exactly zero, else the product of the diagonal in order from 1.0,
// negated for an odd number of interchanges.
func sciPyDetFloat(a []float64, n int, piv []int) float64 {
	var info int
	if n <= obGetf2Max {
		info = obGetf2CM(a, n, piv)
	} else {
		// Factor the transpose, as LAPACK sees SciPy's buffer.
		at := make([]float64, n*n)
		for i := 0; i < n; i++ {
			for j := 0; j < n; j++ {
				at[j*n+i] = a[i*n+j]
			}
		}
		copy(a, at)
		info = luFactor(a, n, piv)
	}
	if info >= 0 {
		return 0
	}
	d, perm := 1.0, 0
	for i := 0; i < n; i++ {
		if piv[i] != i {
			perm++
		}
		d *= a[i*n+i]
	}
	if perm%2 == 1 {
		d = -d
	}
	return d
}

// SciPySolve returns x with a·x = b (scipy.linalg.solve with its defaults,
// assume_a='gen'): as Solve, but a 1-d a is taken as one row and the
// result is always a plain ndarray. Errors, as SciPy raises them:
//
//	ValueError "array must not contain infs or NaNs"
//	ValueError "Expected square matrix, got a1.shape=(2, 3)"
//	ValueError "incompatible shapes: a1.shape=(2, 2) and b1.shape=(3, 1)"
//	LinAlgError "A singular matrix detected: slice(s) [0] are singular."
//
// SciPy 1.17 names slice [0] whichever matrices of a stack are singular, and
// so does this. It solves by LU whatever the structure and reports no
// LinAlgWarning; SciPySolveOpts is scipy.linalg.solve with assume_a, its
// structure detection and the warning.
func SciPySolve(a, b *Array) (*Array, error) {
	if !a.allFinite() || !b.allFinite() {
		return nil, valueErr("array must not contain infs or NaNs")
	}
	a = a.AsArray()
	b = b.AsArray()
	switch len(a.shape) {
	case 0:
		a, _ = a.Reshape([]int{1, 1})
	case 1:
		a, _ = a.Reshape([]int{1, a.shape[0]})
	}
	_, m, n := stackDims(a.shape)
	if m != n {
		return nil, valueErr("Expected square matrix, got a1.shape=%s", FormatShape(a.shape))
	}
	bshape := b.shape
	if len(bshape) == 1 {
		bshape = []int{bshape[0], 1}
	}
	if len(bshape) == 0 || bshape[len(bshape)-2] != m {
		return nil, valueErr("incompatible shapes: a1.shape=%s and b1.shape=%s", FormatShape(a.shape), FormatShape(bshape))
	}
	x, err := Solve(a, b)
	if err != nil {
		if e, ok := err.(*Error); ok && e.Reason == Singular {
			return nil, linAlgErr(Singular, "A singular matrix detected: slice(s) [0] are singular.")
		}
		return nil, err
	}
	return x, nil
}

// sciPyDetComplex is scipy.linalg.det of the complex row-major n×n a
// (overwritten) as SciPy's find_det_from_lu computes it: zgetrf on the
// C-ordered buffer, i.e. the transpose (in OpenBLAS's order up to
// obZLUMax), 0 when a pivot is exactly zero, else the product of the
// diagonal in order from 1+0i (C's complex product, rounded apart),
// negated for an odd number of interchanges.
func sciPyDetComplex(a []complex128, n int, piv []int) complex128 {
	at := make([]complex128, n*n)
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			at[j*n+i] = a[i*n+j]
		}
	}
	var info int
	if n <= obZLUMax {
		info = obZgetrf(at, n, n, n, piv)
	} else {
		info = luFactorC(at, n, piv)
	}
	if info >= 0 {
		return 0
	}
	d := complex(1, 0)
	perm := 0
	for i := 0; i < n; i++ {
		if piv[i] != i {
			perm++
		}
		d = npMult(d, at[i*n+i])
	}
	if perm%2 == 1 {
		return -d
	}
	return d
}
