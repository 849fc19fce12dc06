package linalg

import "math/cmplx"

// The special matrices of scipy.linalg built from vectors: Toeplitz,
// circulant and Hankel matrices. Their arguments are 0-d or 1-d arrays
// (SciPy 1.17 treats n-d input as a batch, which these do not do); the
// result's dtype is NumPy's promotion of theirs.

// specialVector returns a as a list of its elements in C order, cast to d,
// or false when a has more than one dimension.
func specialVector(a *Array, d DType) ([]any, bool) {
	if a.Ndim() > 1 {
		return nil, false
	}
	a = a.AsType(d)
	out := make([]any, a.Size())
	for k := range out {
		out[k] = a.At(k)
	}
	return out, true
}

// conjugate returns the complex conjugate of a complex value, and any
// other value unchanged.
func conjugate(v any) any {
	if c, ok := v.(complex128); ok {
		return cmplx.Conj(c)
	}
	return v
}

// specialPair reads the c and r of Toeplitz and Hankel as lists of the
// promoted dtype; a nil r becomes def(cv). ok is false for n-d input.
func specialPair(c, r *Array, def func(cv []any, d DType) []any) (cv, rv []any, d DType, ok bool) {
	d = c.DType()
	if r != nil {
		d = Promote(d, r.DType())
	}
	if cv, ok = specialVector(c, d); !ok {
		return
	}
	if r == nil {
		return cv, def(cv, d), d, true
	}
	rv, ok = specialVector(r, d)
	return
}

// Toeplitz is scipy.linalg.toeplitz(c, r): the matrix with first column c
// and first row r, constant along each diagonal, out[i, j] = c[i-j] for
// i >= j and r[j-i] for j > i (r[0] is ignored). Without r (nil), r is
// the conjugate of c, so the result is Hermitian. ok is false for n-d
// input.
func Toeplitz(c, r *Array) (*Array, bool, error) {
	cv, rv, d, ok := specialPair(c, r, func(cv []any, _ DType) []any {
		rv := make([]any, len(cv))
		for k, v := range cv {
			rv[k] = conjugate(v)
		}
		return rv
	})
	if !ok {
		return nil, false, nil
	}
	return specialMatrix(len(cv), len(rv), d, func(i, j int) any {
		if i >= j {
			return cv[i-j]
		}
		return rv[j-i]
	})
}

// specialMatrix builds the m×n matrix of dtype d whose element (i, j) is
// at(i, j), after checking that it may be allocated; ok is always true.
func specialMatrix(m, n int, d DType, at func(i, j int) any) (*Array, bool, error) {
	out, err := Zeros(d, []int{m, n})
	if err != nil {
		return nil, true, err
	}
	for i := range m {
		for j := range n {
			if err := out.setFlat(i*n+j, at(i, j)); err != nil {
				return nil, true, err
			}
		}
	}
	return out, true, nil
}

// Circulant is scipy.linalg.circulant(c): the n×n matrix whose first column
// is c and each column the previous one rotated down by one, out[i, j] =
// c[(i-j) mod n]. ok is false for n-d input.
func Circulant(c *Array) (*Array, bool, error) {
	cv, ok := specialVector(c, c.DType())
	if !ok {
		return nil, false, nil
	}
	n := len(cv)
	return specialMatrix(n, n, c.DType(), func(i, j int) any { return cv[((i-j)%n+n)%n] })
}

// Hankel is scipy.linalg.hankel(c, r): the matrix with first column c and
// last row r, constant along each anti-diagonal, out[i, j] = c[i+j] while
// i+j < len(c), else r[i+j-len(c)+1] (r[0] is ignored). Without r (nil),
// r is zeros of c's dtype. ok is false for n-d input.
func Hankel(c, r *Array) (*Array, bool, error) {
	cv, rv, d, ok := specialPair(c, r, func(cv []any, d DType) []any {
		z, _ := Zeros(d, []int{len(cv)})
		rv, _ := specialVector(z, d)
		return rv
	})
	if !ok {
		return nil, false, nil
	}
	m := len(cv)
	return specialMatrix(m, len(rv), d, func(i, j int) any {
		if k := i + j; k < m {
			return cv[k]
		}
		return rv[i+j-m+1]
	})
}

// Hilbert is scipy.linalg.hilbert(n): the n×n matrix 1/(i+j+1), a classic
// ill-conditioned test matrix. A negative n gives a 0×0 matrix, as in SciPy.
func Hilbert(n int) (*Array, error) {
	n = max(n, 0)
	a, _, err := specialMatrix(n, n, Float64, func(i, j int) any { return 1.0 / float64(i+j+1) })
	return a, err
}
