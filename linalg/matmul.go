package linalg

const matmulSig = "(n?,k),(k,m?)->(n?,m?)"

// MatMul returns the matrix product a @ b (np.matmul): for 2-d operands
// C[i,j] = Σₖ A[i,k]·B[k,j]; a 1-d left operand is a row vector and a 1-d
// right operand a column vector, their added axis removed from the result;
// leading axes broadcast as stacks. The dtype is the promotion of the two
// (bool gives bool, the logical or of ands). The result is a numpy.matrix
// when either operand is one. Errors:
//
//	ValueError "matmul: Input operand 1 does not have enough dimensions (has 0, gufunc core with signature (n?,k),(k,m?)->(n?,m?) requires 1)"
//	ValueError "matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (n?,k),(k,m?)->(n?,m?) (size 2 is different from 3)"
//	ValueError "operands could not be broadcast together with remapped shapes ..." for stacks that do not broadcast
func MatMul(a, b *Array) (*Array, error) {
	for k, x := range []*Array{a, b} {
		if x.Ndim() == 0 {
			return nil, valueErr("matmul: Input operand %d does not have enough dimensions (has 0, gufunc core with signature %s requires 1)", k, matmulSig)
		}
	}
	matrix := a.matrix || b.matrix
	av, bv := a, b
	aVec, bVec := a.Ndim() == 1, b.Ndim() == 1
	if aVec {
		av, _ = a.AsArray().Reshape([]int{1, a.shape[0]})
	}
	if bVec {
		bv, _ = b.AsArray().Reshape([]int{b.shape[0], 1})
	}
	na, nb := av.Ndim(), bv.Ndim()
	n, k := av.shape[na-2], av.shape[na-1]
	k2, m := bv.shape[nb-2], bv.shape[nb-1]
	if k != k2 {
		return nil, valueErr("matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature %s (size %d is different from %d)", matmulSig, k2, k)
	}
	batch, err := BroadcastShapes(av.shape[:na-2], bv.shape[:nb-2])
	if err != nil {
		return nil, valueErr("matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature %s (size %d is different from %d)", matmulSig, k2, k)
	}
	ab, _ := av.BroadcastTo(append(append([]int{}, batch...), n, k))
	bb, _ := bv.BroadcastTo(append(append([]int{}, batch...), k, m))
	d := Promote(a.dtype, b.dtype)
	shape := append(append([]int{}, batch...), n, m)
	if err := checkAlloc(d, shape, DefaultMemoryCap()); err != nil {
		return nil, err
	}
	out := newArray(d, shape)
	nbatch := 1
	for _, s := range batch {
		nbatch *= s
	}
	switch d {
	case Float64:
		x, y := ab.f64(), bb.f64()
		for t := 0; t < nbatch; t++ {
			gemm(x[t*n*k:(t+1)*n*k], y[t*k*m:(t+1)*k*m], out.f[t*n*m:(t+1)*n*m], n, k, m)
		}
	case Int64:
		x, y := ab.i64(), bb.i64()
		for t := 0; t < nbatch; t++ {
			matmulNaive(x[t*n*k:], y[t*k*m:], out.i[t*n*m:], n, k, m)
		}
	case Complex128:
		x, y := ab.c128(), bb.c128()
		for t := 0; t < nbatch; t++ {
			matmulNaive(x[t*n*k:], y[t*k*m:], out.c[t*n*m:], n, k, m)
		}
	case Bool:
		x, y := ab.bl(), bb.bl()
		for t := 0; t < nbatch; t++ {
			for i := 0; i < n; i++ {
				for j := 0; j < m; j++ {
					s := false
					for p := 0; p < k && !s; p++ {
						s = x[t*n*k+i*k+p] && y[t*k*m+p*m+j]
					}
					out.b[t*n*m+i*m+j] = s
				}
			}
		}
	}
	// Drop the axes added for vectors.
	res := out
	switch {
	case aVec && bVec:
		res, _ = out.Reshape(batch)
	case aVec:
		res, _ = out.Reshape(append(append([]int{}, batch...), m))
	case bVec:
		res, _ = out.Reshape(append(append([]int{}, batch...), n))
	}
	if matrix && res.Ndim() == 2 {
		res.matrix = true
	} else if matrix && res.Ndim() < 2 {
		res, _ = res.AsMatrix()
	}
	return res, nil
}

type number interface {
	~int64 | ~complex128 | ~float64
}

func matmulNaive[T number](x, y, z []T, n, k, m int) {
	for i := 0; i < n; i++ {
		zi := z[i*m : i*m+m]
		for p := 0; p < k; p++ {
			xv := x[i*k+p]
			yp := y[p*m : p*m+m]
			for j := range zi {
				zi[j] += xv * yp[j]
			}
		}
	}
}

// gemm computes Z = X·Y for row-major X (n×k) and Y (k×m).
func gemm(x, y, z []float64, n, k, m int) {
	if n*k*m < 4096 || k == 0 {
		matmulNaive(x, y, z, n, k, m)
		return
	}
	dgemm(n, m, k, 1, x, k, y, m, 0, z, m)
}

// Dot returns np.dot(a, b): the product of scalars when either is 0-d, the
// inner product of two 1-d arrays (a 0-d result), the matrix product for
// 2-d arrays, and for N-d arrays the sum over the last axis of a and the
// second-to-last of b: dot(a, b)[i,j,k,m] = Σₚ a[i,j,p]·b[k,p,m]. It is a
// ValueError "shapes (2,3) and (2,3) not aligned: 3 (dim 1) != 2 (dim 0)"
// when the summed lengths differ.
func Dot(a, b *Array) (*Array, error) {
	if a.Ndim() == 0 || b.Ndim() == 0 {
		return Mul(a, b)
	}
	if a.Ndim() <= 2 && b.Ndim() <= 2 {
		ka := a.shape[a.Ndim()-1]
		const bd = 0
		kb := b.shape[bd]
		if ka != kb {
			return nil, valueErr("shapes %s and %s not aligned: %d (dim %d) != %d (dim %d)", shapeNoSpace(a.shape), shapeNoSpace(b.shape), ka, a.Ndim()-1, kb, bd)
		}
		return MatMul(a, b)
	}
	// General N-d case: move b's summed axis to the front and contract.
	ka := a.shape[a.Ndim()-1]
	bd := max(b.Ndim()-2, 0)
	kb := b.shape[bd]
	if ka != kb {
		return nil, valueErr("shapes %s and %s not aligned: %d (dim %d) != %d (dim %d)", shapeNoSpace(a.shape), shapeNoSpace(b.shape), ka, a.Ndim()-1, kb, bd)
	}
	a2, _ := a.AsArray().Reshape([]int{-1, ka})
	perm := []int{bd}
	var rest []int
	for ax := 0; ax < b.Ndim(); ax++ {
		if ax != bd {
			perm = append(perm, ax)
			rest = append(rest, b.shape[ax])
		}
	}
	bt, _ := b.AsArray().Transpose(perm...)
	b2, _ := bt.Copy().Reshape([]int{kb, -1})
	p, err := MatMul(a2, b2)
	if err != nil {
		return nil, err
	}
	return p.Reshape(append(append([]int{}, a.shape[:a.Ndim()-1]...), rest...))
}
