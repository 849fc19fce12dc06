package linalg

import "math"

// take returns the elements of a (C order) at the flat positions idx as a
// new array of the given shape and a's dtype.
func take(a *Array, idx []int, shape []int) *Array {
	c := a.contiguous()
	out := newArray(a.dtype, shape)
	a.dtype.store().take(out, c, idx)
	return out
}

// Diagonal returns the diagonal at offset k of each matrix of x, of shape
// (..., M, N), as an array of shape (..., L) (numpy.linalg.diagonal; NumPy
// returns a read-only view, this a copy). Errors:
//
//	ValueError "diag requires an array of at least two dimensions"
func Diagonal(x *Array, k int) (*Array, error) {
	if len(x.shape) < 2 {
		return nil, valueErr("diag requires an array of at least two dimensions")
	}
	batch, m, n := stackDims(x.shape)
	var l, i0, j0 int
	if k >= 0 {
		l, j0 = max(0, min(m, n-k)), k
	} else {
		l, i0 = max(0, min(m+k, n)), -k
	}
	nb := prod(batch)
	idx := make([]int, 0, nb*l)
	for t := 0; t < nb; t++ {
		for d := 0; d < l; d++ {
			idx = append(idx, t*m*n+(i0+d)*n+j0+d)
		}
	}
	return take(x, idx, append(append([]int{}, batch...), l)), nil
}

// Trace returns the sum of the diagonal at offset k of each matrix of x
// (numpy.linalg.trace): bool and int64 sum to int64. Errors as Diagonal.
func Trace(x *Array, k int) (*Array, error) {
	d, err := Diagonal(x, k)
	if err != nil {
		return nil, err
	}
	r, _, err := Reduce(ReduceSum, d, []int{len(d.shape) - 1}, false)
	return r, err
}

// MatrixTranspose swaps the last two axes of x (numpy.linalg.matrix_transpose).
// Errors:
//
//	ValueError "Input array must be at least 2-dimensional, but it is 1"
func MatrixTranspose(x *Array) (*Array, error) {
	nd := len(x.shape)
	if nd < 2 {
		return nil, valueErr("Input array must be at least 2-dimensional, but it is %d", nd)
	}
	perm := make([]int, nd)
	for k := range perm {
		perm[k] = k
	}
	perm[nd-2], perm[nd-1] = nd-1, nd-2
	return x.Transpose(perm...)
}

// Outer returns the outer product x1[i]·x2[j] of two vectors
// (numpy.linalg.outer). Errors:
//
//	ValueError "Input arrays must be one-dimensional, but they are x1.ndim=2 and x2.ndim=1."
func Outer(x1, x2 *Array) (*Array, error) {
	if len(x1.shape) != 1 || len(x2.shape) != 1 {
		return nil, valueErr("Input arrays must be one-dimensional, but they are x1.ndim=%d and x2.ndim=%d.", len(x1.shape), len(x2.shape))
	}
	if err := checkAlloc(Promote(x1.dtype, x2.dtype), []int{x1.shape[0], x2.shape[0]}, DefaultMemoryCap()); err != nil {
		return nil, err
	}
	a, _ := x1.Reshape([]int{x1.shape[0], 1})
	r, _, err := Binary(OpMul, a, x2)
	return r, err
}

// Cross returns the cross product of (stacks of) 3-vectors along the last
// axis, the stacks broadcasting (numpy.linalg.cross). Errors:
//
//	ValueError "Both input arrays must be (arrays of) 3-dimensional vectors, but they are 2 and 3 dimensional instead."
func Cross(x1, x2 *Array) (*Array, error) {
	d1, d2 := 0, 0
	if len(x1.shape) > 0 {
		d1 = x1.shape[len(x1.shape)-1]
	}
	if len(x2.shape) > 0 {
		d2 = x2.shape[len(x2.shape)-1]
	}
	if d1 != 3 || d2 != 3 {
		return nil, valueErr("Both input arrays must be (arrays of) 3-dimensional vectors, but they are %d and %d dimensional instead.", d1, d2)
	}
	comp := func(a *Array, k int) *Array {
		c, _ := a.Index([]IndexItem{{Kind: IndexEllipsis}, Int(k)})
		return c
	}
	term := func(i, j int) (*Array, error) {
		p, err := Mul(comp(x1, i), comp(x2, j))
		if err != nil {
			return nil, err
		}
		q, _ := Mul(comp(x1, j), comp(x2, i))
		return Sub(p, q)
	}
	var parts []*Array
	for _, ij := range [3][2]int{{1, 2}, {2, 0}, {0, 1}} {
		t, err := term(ij[0], ij[1])
		if err != nil {
			return nil, err
		}
		parts = append(parts, t)
	}
	return Stack(parts, len(parts[0].shape))
}

// MatrixPower raises each square matrix of a to the integer power n
// (numpy.linalg.matrix_power) by repeated squaring in NumPy's order: n = 0
// gives identities of a's dtype, n < 0 the power of the inverse. Errors:
//
//	LinAlgError "%d-dimensional array given. Array must be at least two-dimensional"
//	LinAlgError "Last 2 dimensions of the array must be square"
//	LinAlgError "Singular matrix" for n < 0
func MatrixPower(a *Array, n int) (*Array, error) {
	if err := assertStackedSquare(a); err != nil {
		return nil, err
	}
	m := a.shape[len(a.shape)-1]
	if n == 0 {
		out := newArray(a.dtype, a.shape)
		var diag []int
		for t := 0; t < prod(a.shape[:len(a.shape)-2]); t++ {
			for i := 0; i < m; i++ {
				diag = append(diag, t*m*m+i*m+i)
			}
		}
		ones, _ := Full(a.dtype, []int{len(diag)}, 1)
		a.dtype.store().put(out, diag, ones)
		return out.withMatrix(a.matrix), nil
	}
	if n < 0 {
		inv, err := Inv(a)
		if err != nil {
			return nil, err
		}
		a, n = inv, -n
	}
	switch n {
	case 1:
		return a.Copy(), nil
	case 2:
		return MatMul(a, a)
	case 3:
		z, err := MatMul(a, a)
		if err != nil {
			return nil, err
		}
		return MatMul(z, a)
	}
	var z, result *Array
	var err error
	for n > 0 {
		if z == nil {
			z = a
		} else if z, err = MatMul(z, z); err != nil {
			return nil, err
		}
		bit := n % 2
		n /= 2
		if bit == 1 {
			if result == nil {
				result = z
			} else if result, err = MatMul(result, z); err != nil {
				return nil, err
			}
		}
	}
	return result, nil
}

// MultiDot returns the product of two or more arrays
// (numpy.linalg.multi_dot) in the cheapest order of multiplication, chosen
// as NumPy chooses it. The first may be 1-d (a row vector) and the last
// 1-d (a column vector); the others must be 2-d. Errors:
//
//	ValueError "Expecting at least two arrays."
//	LinAlgError "3-dimensional array given. Array must be two-dimensional"
func MultiDot(arrays []*Array) (*Array, error) {
	n := len(arrays)
	if n < 2 {
		return nil, valueErr("Expecting at least two arrays.")
	}
	if n == 2 {
		return Dot(arrays[0], arrays[1])
	}
	arrs := append([]*Array{}, arrays...)
	ndimFirst, ndimLast := len(arrs[0].shape), len(arrs[n-1].shape)
	if ndimFirst == 1 {
		arrs[0], _ = arrs[0].Reshape([]int{1, arrs[0].shape[0]})
	}
	if ndimLast == 1 {
		arrs[n-1], _ = arrs[n-1].Reshape([]int{arrs[n-1].shape[0], 1})
	}
	for _, a := range arrs {
		if len(a.shape) != 2 {
			return nil, linAlgErr(TooFewDims, "%d-dimensional array given. Array must be two-dimensional", len(a.shape))
		}
	}
	var result *Array
	var err error
	if n == 3 {
		a, b, c := arrs[0], arrs[1], arrs[2]
		a0, a1b0 := a.shape[0], a.shape[1]
		b1c0, c1 := c.shape[0], c.shape[1]
		cost1 := a0 * b1c0 * (a1b0 + c1)
		cost2 := a1b0 * c1 * (a0 + b1c0)
		if cost1 < cost2 {
			var ab *Array
			if ab, err = Dot(a, b); err == nil {
				result, err = Dot(ab, c)
			}
		} else {
			var bc *Array
			if bc, err = Dot(b, c); err == nil {
				result, err = Dot(a, bc)
			}
		}
	} else {
		order := chainOrder(arrs)
		result, err = chainMultiply(arrs, order, 0, n-1)
	}
	if err != nil {
		return nil, err
	}
	switch {
	case ndimFirst == 1 && ndimLast == 1:
		return result.Reshape(nil)
	case ndimFirst == 1 || ndimLast == 1:
		return result.Reshape([]int{result.Size()})
	}
	return result, nil
}

// chainOrder is NumPy's _multi_dot_matrix_chain_order: s[i][j] is the split
// of the cheapest product of arrs[i..j].
func chainOrder(arrs []*Array) [][]int {
	n := len(arrs)
	p := make([]int, n+1)
	for k, a := range arrs {
		p[k] = a.shape[0]
	}
	p[n] = arrs[n-1].shape[1]
	m := make([][]float64, n)
	s := make([][]int, n)
	for i := range m {
		m[i] = make([]float64, n)
		s[i] = make([]int, n)
	}
	for l := 1; l < n; l++ {
		for i := 0; i < n-l; i++ {
			j := i + l
			m[i][j] = math.Inf(1)
			for k := i; k < j; k++ {
				q := m[i][k] + m[k+1][j] + float64(p[i]*p[k+1]*p[j+1])
				if q < m[i][j] {
					m[i][j], s[i][j] = q, k
				}
			}
		}
	}
	return s
}

func chainMultiply(arrs []*Array, s [][]int, i, j int) (*Array, error) {
	if i == j {
		return arrs[i], nil
	}
	l, err := chainMultiply(arrs, s, i, s[i][j])
	if err != nil {
		return nil, err
	}
	r, err := chainMultiply(arrs, s, s[i][j]+1, j)
	if err != nil {
		return nil, err
	}
	return Dot(l, r)
}
