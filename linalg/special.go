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

// Toeplitz is scipy.linalg.toeplitz(c, r): the matrix with first column c
// and first row r, constant along each diagonal, out[i, j] = c[i-j] for
// i >= j and r[j-i] for j > i (r[0] is ignored). Without r (nil), r is
// the conjugate of c, so the result is Hermitian. ok is false for n-d
// input.
func Toeplitz(c, r *Array) (*Array, bool, error) {
	d := c.DType()
	if r != nil {
		d = Promote(d, r.DType())
	}
	cv, ok := specialVector(c, d)
	if !ok {
		return nil, false, nil
	}
	var rv []any
	if r == nil {
		rv = make([]any, len(cv))
		for k, v := range cv {
			rv[k] = conjugate(v)
		}
	} else if rv, ok = specialVector(r, d); !ok {
		return nil, false, nil
	}
	m, n := len(cv), len(rv)
	vals := make([]any, 0, m*n)
	for i := range m {
		for j := range n {
			if i >= j {
				vals = append(vals, cv[i-j])
			} else {
				vals = append(vals, rv[j-i])
			}
		}
	}
	out, err := FromValuesDType([]int{m, n}, vals, d)
	return out, true, err
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
	vals := make([]any, 0, n*n)
	for i := range n {
		for j := range n {
			vals = append(vals, cv[((i-j)%n+n)%n])
		}
	}
	out, err := FromValuesDType([]int{n, n}, vals, c.DType())
	return out, true, err
}

// Hankel is scipy.linalg.hankel(c, r): the matrix with first column c and
// last row r, constant along each anti-diagonal, out[i, j] = c[i+j] while
// i+j < len(c), else r[i+j-len(c)+1] (r[0] is ignored). Without r (nil),
// r is zeros of c's dtype. ok is false for n-d input.
func Hankel(c, r *Array) (*Array, bool, error) {
	d := c.DType()
	if r != nil {
		d = Promote(d, r.DType())
	}
	cv, ok := specialVector(c, d)
	if !ok {
		return nil, false, nil
	}
	var rv []any
	if r == nil {
		z, _ := Zeros(d, []int{len(cv)})
		rv, _ = specialVector(z, d)
	} else if rv, ok = specialVector(r, d); !ok {
		return nil, false, nil
	}
	m, n := len(cv), len(rv)
	vals := make([]any, 0, m*n)
	for i := range m {
		for j := range n {
			if k := i + j; k < m {
				vals = append(vals, cv[k])
			} else {
				vals = append(vals, rv[k-m+1])
			}
		}
	}
	out, err := FromValuesDType([]int{m, n}, vals, d)
	return out, true, err
}

// Hilbert is scipy.linalg.hilbert(n): the n×n matrix 1/(i+j+1), a classic
// ill-conditioned test matrix. A negative n gives a 0×0 matrix, as in SciPy.
func Hilbert(n int) (*Array, error) {
	n = max(n, 0)
	vals := make([]any, 0, n*n)
	for i := range n {
		for j := range n {
			vals = append(vals, 1.0/float64(i+j+1))
		}
	}
	return FromValuesDType([]int{n, n}, vals, Float64)
}
