package linalg

// TensorInv returns the inverse of a with respect to the tensordot
// operation over its first ind axes (numpy.linalg.tensorinv): a is
// reshaped to a square matrix of order Π shape[:ind], inverted, and given
// the shape shape[ind:] + shape[:ind]. Errors:
//
//	ValueError "Invalid ind argument." for ind ≤ 0
//	LinAlgError "Last 2 dimensions of the array must be square"
//	LinAlgError "Singular matrix"
func TensorInv(a *Array, ind int) (*Array, error) {
	if ind <= 0 {
		return nil, valueErr("Invalid ind argument.")
	}
	sh := a.shape
	if ind > len(sh) {
		ind = len(sh)
	}
	p := prod(sh[ind:])
	m, err := a.AsArray().contiguous().Reshape([]int{p, -1})
	if err != nil {
		return nil, err
	}
	ia, err := Inv(m)
	if err != nil {
		return nil, err
	}
	return ia.Reshape(append(append([]int{}, sh[ind:]...), sh[:ind]...))
}

// TensorSolve returns x with tensordot(a, x, x.ndim) = b
// (numpy.linalg.tensorsolve). The axes of a listed in axes (nil: none)
// are first moved to the end. x has the trailing a.ndim − b.ndim axes of
// a's shape. Errors:
//
//	LinAlgError "Input arrays must satisfy the requirement prod(a.shape[b.ndim:]) == prod(a.shape[:b.ndim])"
//	LinAlgError "Singular matrix"
func TensorSolve(a, b *Array, axes []int) (*Array, error) {
	an := len(a.shape)
	if axes != nil {
		all := make([]int, 0, an)
		moved := map[int]bool{}
		for _, k := range axes {
			kk, err := normAxis(k, an)
			if err != nil {
				return nil, err
			}
			moved[kk] = true
		}
		for k := 0; k < an; k++ {
			if !moved[k] {
				all = append(all, k)
			}
		}
		for _, k := range axes {
			kk, _ := normAxis(k, an)
			all = append(all, kk)
		}
		t, err := a.Transpose(all...)
		if err != nil {
			return nil, err
		}
		a = t
	}
	k := an - len(b.shape)
	var old []int
	if k <= 0 {
		old = append([]int{}, a.shape...)
	} else {
		old = append([]int{}, a.shape[an-k:]...)
	}
	p := prod(old)
	if a.Size() != p*p {
		return nil, linAlgErr(IncompatibleDims, "Input arrays must satisfy the requirement             prod(a.shape[b.ndim:]) == prod(a.shape[:b.ndim])")
	}
	m, err := a.AsArray().contiguous().Reshape([]int{p, p})
	if err != nil {
		return nil, err
	}
	x, err := Solve(m, b.AsArray().contiguous().Ravel())
	if err != nil {
		return nil, err
	}
	return x.Reshape(old)
}
