package linalg

// CDF2RDF is scipy.linalg.cdf2rdf: from the eigenvalues w (..., n) and
// eigenvectors v (..., n, n) of real matrices, with complex eigenvalues in
// conjugate pairs, the real block-diagonal wr, whose 2×2 blocks
// [re im; −im re] stand for the pairs re ± i·im, and the real vr with
// A·vr = vr·wr. Complex entries of w (nonzero imaginary part) are paired
// in their order along the last axis, j with k, the next; the columns j
// and k of vr are Re and Im of v·U with U the unitary that maps the pair's
// eigenvectors to the real and imaginary parts. wr has w's real dtype
// (float64 for complex w); vr is float64. Errors:
//
//	ValueError "expected w to be at least 1D"
//	ValueError "expected v to be at least 2D"
//	ValueError "expected eigenvectors array to have exactly one dimension more than eigenvalues array"
//	ValueError "expected v to be a square matrix or stacked square matrices: v.shape[-2] = v.shape[-1]"
//	ValueError "expected the same number of eigenvalues as eigenvectors"
//	ValueError "expected complex-conjugate pairs of eigenvalues"
func CDF2RDF(w, v *Array) (wr, vr *Array, err error) {
	for _, x := range []*Array{w, v} {
		if err := CheckFinite(x); err != nil {
			return nil, nil, err
		}
	}
	switch {
	case len(w.shape) < 1:
		return nil, nil, valueErr("expected w to be at least 1D")
	case len(v.shape) < 2:
		return nil, nil, valueErr("expected v to be at least 2D")
	case len(v.shape) != len(w.shape)+1:
		return nil, nil, valueErr("expected eigenvectors array to have exactly one dimension more than eigenvalues array")
	}
	n := w.shape[len(w.shape)-1]
	if v.shape[len(v.shape)-2] != v.shape[len(v.shape)-1] {
		return nil, nil, valueErr("expected v to be a square matrix or stacked square matrices: v.shape[-2] = v.shape[-1]")
	}
	if v.shape[len(v.shape)-1] != n {
		return nil, nil, valueErr("expected the same number of eigenvalues as eigenvectors")
	}
	batch := w.shape[:len(w.shape)-1]
	nb := prod(batch)
	wc := w.Complex128s()
	// The complex positions of each stacked w, which must pair up.
	pairs := make([][]int, nb)
	odd := false
	for t := range nb {
		for i := range n {
			if imag(wc[t*n+i]) != 0 {
				pairs[t] = append(pairs[t], i)
			}
		}
		odd = odd || len(pairs[t])%2 != 0
	}
	if odd {
		return nil, nil, valueErr("expected complex-conjugate pairs of eigenvalues")
	}
	vb := v
	if !sameShape(v.shape[:len(v.shape)-2], batch) {
		vshape := append(append([]int{}, batch...), n, n)
		if vb, err = v.BroadcastTo(vshape); err != nil {
			return nil, nil, err
		}
	}
	vc := vb.Complex128s()
	shape := append(append([]int{}, batch...), n, n)
	wd := w.dtype
	if wd == Complex128 {
		wd = Float64
	}
	wr = newArray(wd, shape)
	out := make([]float64, nb*n*n)
	for t := range nb {
		for i := range n {
			wr.setFlat(t*n*n+i*n+i, real(wc[t*n+i]))
		}
		base := t * n * n
		for r := range n {
			for c := range n {
				out[base+r*n+c] = real(vc[base+r*n+c])
			}
		}
		p := pairs[t]
		for q := 0; q < len(p); q += 2 {
			j, k := p[q], p[q+1]
			wr.setFlat(base+j*n+k, imag(wc[t*n+j]))
			wr.setFlat(base+k*n+j, imag(wc[t*n+k]))
			for r := range n {
				a, b := vc[base+r*n+j], vc[base+r*n+k]
				// Re(v_j·i/2 − v_k·i/2) and Re(v_j/2 + v_k/2).
				out[base+r*n+j] = real(a*0.5i + b*-0.5i)
				out[base+r*n+k] = real(a*0.5 + b*0.5)
			}
		}
	}
	vr, _ = NewFloat64(shape, out)
	return wr, vr, nil
}

func sameShape(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
