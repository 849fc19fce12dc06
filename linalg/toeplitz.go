package linalg

// Toeplitz systems: T[i, j] = c[i-j] for i ≥ j and r[j-i] for j ≥ i, the
// matrix with first column c and first row r (r[0] is not read), as
// scipy.linalg.solve_toeplitz and matmul_toeplitz take it.

// toeplitzArgs is SciPy's _validate_args_for_toeplitz_ops: c and r
// (after check_finite), b's first dimension matching r's (and, when
// square, c's), and the dtype the computation runs in, complex128 when
// any of them is complex, else float64. It returns c, r and b in it.
func toeplitzArgs(c, r, b *Array, check, square bool) (*Array, *Array, *Array, DType, error) {
	for _, a := range []*Array{c, r, b} {
		if check {
			if err := CheckFinite(a); err != nil {
				return nil, nil, nil, 0, err
			}
		}
	}
	if len(c.shape) == 0 || len(r.shape) == 0 || len(b.shape) == 0 {
		return nil, nil, nil, 0, indexErr("tuple index out of range")
	}
	if (square && r.shape[0] != c.shape[0]) || b.shape[0] != r.shape[0] {
		return nil, nil, nil, 0, valueErr("Incompatible dimensions.")
	}
	d := inexactOf(c, r, b)
	return c.AsType(d), r.AsType(d), b.AsType(d), d, nil
}

// SolveToeplitz solves T·x = b for the N×N Toeplitz matrix T with first
// column c and first row r (scipy.linalg.solve_toeplitz) by the Levinson
// recursion, O(N²), as SciPy's levinson (after Alan Miller's toeplitz.f90)
// computes it: the forward and backward vectors g and h of the growing
// leading submatrices and the solution updated from them. Nil r means
// conj(c) (a Hermitian T). b has shape (N,) or (N, K), each column solved
// alone; c, r and b may carry batch dimensions in front. The result is
// float64, or complex128 when an input is complex. The recursion needs
// every leading principal submatrix to be non-singular, which a merely
// non-singular T need not satisfy. With check, NaN or infinity is an
// error. Errors, as SciPy raises them:
//
//	ValueError  "Incompatible dimensions."
//	LinAlgError "Singular principal minor"
func SolveToeplitz(c, r, b *Array, check bool) (*Array, error) {
	if r == nil {
		r = conjArray(c)
	}
	out, err := OverBatch("_solve_toeplitz", []*Array{c, r, b}, []int{1, 1, CoreOneOrTwo}, func(x []*Array) ([]*Array, error) {
		c, r, b, d, err := toeplitzArgs(x[0], x[1], x[2], check, true)
		if err != nil {
			return nil, err
		}
		if b.Size() == 0 {
			return []*Array{newArray(d, b.shape)}, nil
		}
		var s *Array
		if d == Complex128 {
			s, err = solveToeplitz[complex128](c, r, b)
		} else {
			s, err = solveToeplitz[float64](c, r, b)
		}
		return []*Array{s}, err
	})
	if err != nil {
		return nil, err
	}
	return out[0], nil
}

func solveToeplitz[T field](c, r, b *Array) (*Array, error) {
	n := b.shape[0]
	cv, rv := fieldOf[T](c), fieldOf[T](r)
	// vals holds r[n-1], ..., r[1], c[0], ..., c[n-1]: T[i, j] = vals[n-1+i-j].
	vals := make([]T, 0, 2*n-1)
	for k := n - 1; k > 0; k-- {
		vals = append(vals, rv[k])
	}
	vals = append(vals, cv...)
	k := rhsCount(b)
	bv := fieldOf[T](b)
	col := make([]T, n)
	for j := range k {
		for i := range n {
			col[i] = bv[i*k+j]
		}
		x, err := levinson(vals, col)
		if err != nil {
			return nil, err
		}
		for i := range n {
			bv[i*k+j] = x[i]
		}
	}
	return newTyped(b.shape, bv)
}

// levinson solves the Toeplitz system T·x = b, T[i, j] = a[n-1+i-j] for
// the 2n−1 values a, as SciPy's levinson does, operation by operation.
func levinson[T field](a, b []T) ([]T, error) {
	n := len(b)
	singular := linAlgErr(Singular, "Singular principal minor")
	x := make([]T, n)
	g := make([]T, n)
	h := make([]T, n)
	if a[n-1] == 0 {
		return nil, singular
	}
	x[0] = b[0] / a[n-1]
	if n == 1 {
		return x, nil
	}
	g[0] = a[n-2] / a[n-1]
	h[0] = a[n] / a[n-1]
	for m := 1; m < n; m++ {
		xNum, xDen := -b[m], -a[n-1]
		for j := range m {
			nmj := n + m - (j + 1)
			xNum = xNum + a[nmj]*x[j]
			xDen = xDen + a[nmj]*g[m-j-1]
		}
		if xDen == 0 {
			return nil, singular
		}
		x[m] = xNum / xDen
		for j := range m {
			x[j] = x[j] - x[m]*g[m-j-1]
		}
		if m == n-1 {
			return x, nil
		}
		gNum, hNum, gDen := -a[n-m-2], -a[n+m], -a[n-1]
		for j := range m {
			gNum = gNum + a[n+j-m-1]*g[j]
			hNum = hNum + a[n+m-j-1]*h[j]
			gDen = gDen + a[n+j-m-1]*h[m-j-1]
		}
		if gDen == 0 {
			return nil, singular
		}
		g[m] = gNum / gDen
		h[m] = hNum / xDen
		k := m - 1
		c1, c2 := g[m], h[m]
		for j := range (m + 1) >> 1 {
			gj, gk, hj, hk := g[j], g[k], h[j], h[k]
			g[j] = gj - c1*hk
			g[k] = gk - c1*hj
			h[j] = hj - c2*gk
			h[k] = hk - c2*gj
			k--
		}
	}
	return x, nil
}

// conjArray is np.conjugate(a).
func conjArray(a *Array) *Array {
	r, _, _ := Unary(OpConj, a)
	return r
}

// MatmulToeplitz returns T·x for the M×N Toeplitz matrix T with first
// column c (length M) and first row r (length N; nil means conj(c))
// (scipy.linalg.matmul_toeplitz): T is embedded in a circulant matrix of
// order L ≥ M+N−1 whose first column is c, zeros, then r[N-1], ..., r[1],
// and the product with x (padded with zeros) is a circular convolution,
// computed with the FFT in O(L·log L). SciPy takes L = M+N−1; L here is
// the next length with no prime factor above 5, whose FFT is fastest
// (the entries agree to rounding). x has shape (N,) or (N, K);
// c, r and x may carry batch dimensions in front. The result, (M,) or
// (M, K), is float64, or complex128 when an input is complex; it equals
// the direct product up to rounding, entries that are exactly zero there
// coming out as tiny numbers. With check, NaN or infinity is an error.
// Errors, as SciPy raises them:
//
//	ValueError "Incompatible dimensions."
func MatmulToeplitz(c, r, x *Array, check bool) (*Array, error) {
	if r == nil {
		r = conjArray(c)
	}
	out, err := OverBatch("_matmul_toepltiz", []*Array{r, c, x}, []int{1, 1, CoreOneOrTwo}, func(v []*Array) ([]*Array, error) {
		c, r, x, d, err := toeplitzArgs(v[1], v[0], v[2], check, false)
		if err != nil {
			return nil, err
		}
		rows, cols := c.shape[0], r.shape[0]
		k := rhsCount(x)
		shape := []int{rows}
		if len(x.shape) > 1 {
			shape = append(shape, k)
		}
		if x.Size() == 0 {
			return []*Array{newArray(d, shape)}, nil
		}
		p := rows + cols - 1
		if p < 1 {
			return nil, valueErr("invalid number of data points (%d) specified", p)
		}
		res := make([]complex128, rows*k)
		if rows > 0 {
			toeplitzProduct(c.Complex128s(), r.Complex128s(), x.Complex128s(), k, res)
		}
		out := fromComplex(res, d, 1, len(res))
		s, err := out.Reshape(shape)
		return []*Array{s}, err
	})
	if err != nil {
		return nil, err
	}
	return out[0], nil
}

// toeplitzProduct writes T·x to res (M×k, row-major) for the Toeplitz T
// with first column c (M ≥ 1 entries) and first row r (N), and x N×k
// (row-major), by the circulant embedding of MatmulToeplitz.
func toeplitzProduct(c, r, x []complex128, k int, res []complex128) {
	rows, cols := len(c), len(r)
	l := fftGoodSize(rows + cols - 1)
	emb := make([]complex128, l)
	copy(emb, c)
	for i := 1; i < cols; i++ {
		emb[l-i] = r[i]
	}
	plan := newDFTPlan(l)
	plan.transform(emb, false)
	line := make([]complex128, l)
	for j := range k {
		clear(line)
		for i := range cols {
			line[i] = x[i*k+j]
		}
		plan.transform(line, false)
		for i := range line {
			line[i] *= emb[i]
		}
		plan.transform(line, true)
		for i := range rows {
			res[i*k+j] = line[i]
		}
	}
}

// fftGoodSize is the least n' ≥ n whose prime factors are 2, 3 and 5.
func fftGoodSize(n int) int {
	best := 1
	for best < n {
		best <<= 1
	}
	for p5 := 1; p5 < best; p5 *= 5 {
		for p35 := p5; p35 < best; p35 *= 3 {
			m := p35
			for m < n {
				m <<= 1
			}
			best = min(best, m)
		}
	}
	return best
}
