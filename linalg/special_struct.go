package linalg

import "math/cmplx"

// Block matrices and structure tests of scipy.linalg: block_diag,
// khatri_rao, diagsvd, bandwidth, issymmetric and ishermitian.

// BlockDiag is scipy.linalg.block_diag(*arrs) for arrays already raised
// to two dimensions or more (np.atleast_2d): the blocks' last two axes
// placed along the diagonal of a zero matrix, whose shape is the sum of
// theirs, each batch (the leading axes, broadcast together to batch) in
// turn. The dtype is the promotion of all the blocks' dtypes. Empty blocks
// still take their rows or columns.
func BlockDiag(arrs []*Array, batch []int) (*Array, error) {
	d := arrs[0].dtype
	rows, cols := 0, 0
	for _, a := range arrs {
		d = Promote(d, a.dtype)
		rows += a.shape[a.Ndim()-2]
		cols += a.shape[a.Ndim()-1]
	}
	out, err := Zeros(d, append(append([]int{}, batch...), rows, cols))
	if err != nil {
		return nil, err
	}
	nb := len(batch)
	r, c := 0, 0
	for _, a := range arrs {
		rr, cc := a.shape[a.Ndim()-2], a.shape[a.Ndim()-1]
		b, err := a.BroadcastTo(append(append([]int{}, batch...), rr, cc))
		if err != nil {
			return nil, err
		}
		items := make([]IndexItem, nb+2)
		for k := range nb {
			items[k] = All
		}
		items[nb] = Slice(iptr(r), iptr(r+rr), nil)
		items[nb+1] = Slice(iptr(c), iptr(c+cc), nil)
		if err := out.SetIndex(items, b); err != nil {
			return nil, err
		}
		r, c = r+rr, c+cc
	}
	return out, nil
}

// KhatriRao is scipy.linalg.khatri_rao(a, b) for matrices a (n×k) and b
// (m×k): the column-wise Kronecker product, an (n·m)×k matrix whose
// column j is kron(a[:, j], b[:, j]). The dtype is the promotion of
// theirs, except that an empty result keeps a's dtype (SciPy returns
// np.empty_like(a)). Errors:
//
//	ValueError "The both arrays should be 2-dimensional."
//	ValueError "The number of columns for both arrays should be equal."
func KhatriRao(a, b *Array) (*Array, error) {
	if a.Ndim() != 2 || b.Ndim() != 2 {
		return nil, valueErr("The both arrays should be 2-dimensional.")
	}
	if a.shape[1] != b.shape[1] {
		return nil, valueErr("The number of columns for both arrays should be equal.")
	}
	if a.Size() == 0 || b.Size() == 0 {
		return Zeros(a.dtype, []int{a.shape[0] * b.shape[0], a.shape[1]})
	}
	if err := CheckAlloc(Promote(a.dtype, b.dtype), []int{a.shape[0], b.shape[0], a.shape[1]}); err != nil {
		return nil, err
	}
	av, _ := a.Reshape([]int{a.shape[0], 1, a.shape[1]})
	bv, _ := b.Reshape([]int{1, b.shape[0], b.shape[1]})
	c, _, err := Binary(OpMul, av, bv)
	if err != nil {
		return nil, err
	}
	return c.Reshape([]int{a.shape[0] * b.shape[0], a.shape[1]})
}

// DiagSVD is scipy.linalg.diagsvd(s, M, N): the M×N matrix with s on its
// diagonal and zeros elsewhere, the Σ of an SVD from its singular values,
// of s's dtype. s must have M or N elements. Errors:
//
//	ValueError "Input must be 1- or 2-d." (0-d s)
//	ValueError "Length of s must be M or N."
//	ValueError "negative dimensions are not allowed"
func DiagSVD(s *Array, m, n int) (*Array, error) {
	part, err := Diag(s, 0)
	if err != nil {
		return nil, err
	}
	k := s.shape[0]
	switch {
	case k == m:
		if n-m < 0 {
			return nil, valueErr("negative dimensions are not allowed")
		}
		z, err := Zeros(part.dtype, []int{m, n - m})
		if err != nil {
			return nil, err
		}
		return Concatenate([]*Array{part, z}, 1)
	case k == n:
		if m-n < 0 {
			return nil, valueErr("negative dimensions are not allowed")
		}
		z, err := Zeros(part.dtype, []int{m - n, n})
		if err != nil {
			return nil, err
		}
		return Concatenate([]*Array{part, z}, 0)
	}
	return nil, valueErr("Length of s must be M or N.")
}

// Bandwidth is scipy.linalg.bandwidth(a) for one matrix: its lower and
// upper bandwidth, the largest i-j and j-i over the nonzero entries
// (NaN counts as nonzero). It scans as SciPy 1.17's band_check_internal
// scans, which reads neither the last column for the lower band nor the
// last row for the upper one, so those entries, where they lie outside
// the square part, do not count (bandwidth([[0], [1]]) is (0, 0) there
// too). An empty a is (0, 0). Errors:
//
//	ValueError "Input array must be a 2D NumPy array."
func Bandwidth(a *Array) (lower, upper int, err error) {
	if a.Size() == 0 {
		return 0, 0, nil
	}
	if a.Ndim() != 2 {
		return 0, 0, valueErr("Input array must be a 2D NumPy array.")
	}
	n, m := a.shape[0], a.shape[1]
	a = a.contiguous()
	nonzero := func(r, c int) bool { return !isZero(a.At(r*m + c)) }
	for r := n - 1; r > 0; r-- {
		for c := range min(r-lower, m-1) {
			if nonzero(r, c) {
				lower = r - c
				break
			}
		}
		if lower == r {
			break
		}
	}
	for r := range n - 1 {
		for c := m - 1; c > r+upper; c-- {
			if nonzero(r, c) {
				upper = c - r
				break
			}
		}
		if r+1+upper > m-1 {
			break
		}
	}
	return lower, upper, nil
}

// IsSymmetric is scipy.linalg.issymmetric(a, atol, rtol) for one matrix:
// whether a == a.T. Without a tolerance (atol and rtol zero) the strictly
// lower triangle is compared with the upper exactly, so NaN off the
// diagonal is never symmetric and the diagonal is not read; with one, for
// a non-integer a, the test is np.allclose(a, a.T, rtol, atol). An empty
// square a is symmetric. Errors:
//
//	ValueError "Input array must be a 2D NumPy array."
//	ValueError "Input array must be square."
func IsSymmetric(a *Array, atol, rtol float64) (bool, error) {
	return isSymHer(a, atol, rtol, false)
}

// IsHermitian is scipy.linalg.ishermitian(a, atol, rtol) for one matrix:
// whether a == a.conj().T, as IsSymmetric tests symmetry; for complex a
// the exact test also reads the diagonal, which must be real.
func IsHermitian(a *Array, atol, rtol float64) (bool, error) {
	return isSymHer(a, atol, rtol, true)
}

func isSymHer(a *Array, atol, rtol float64, her bool) (bool, error) {
	if a.Ndim() != 2 {
		return false, valueErr("Input array must be a 2D NumPy array.")
	}
	n := a.shape[0]
	if n != a.shape[1] {
		return false, valueErr("Input array must be square.")
	}
	if n == 0 {
		return true, nil
	}
	if (atol != 0 || rtol != 0) && a.dtype != Int64 {
		t := a.T()
		if her {
			var err error
			if t, _, err = Unary(OpConj, t); err != nil {
				return false, err
			}
		}
		close, err := Isclose(a, t, rtol, atol, false)
		if err != nil {
			return false, err
		}
		for _, ok := range close.Bools() {
			if !ok {
				return false, nil
			}
		}
		return true, nil
	}
	a = a.contiguous()
	diag := 0
	if her && a.dtype == Complex128 {
		diag = 1
	}
	for r := range n {
		for c := range r + diag {
			x, y := a.At(r*n+c), a.At(c*n+r)
			if her && a.dtype == Complex128 {
				y = cmplx.Conj(y.(complex128))
			}
			if !equalElem(x, y) {
				return false, nil
			}
		}
	}
	return true, nil
}

// equalElem is C's == on two elements of one dtype (NaN equals nothing).
func equalElem(x, y any) bool {
	switch x := x.(type) {
	case float64:
		return x == y.(float64)
	case complex128:
		return x == y.(complex128)
	}
	return x == y
}
