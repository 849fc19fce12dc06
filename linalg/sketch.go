package linalg

// CountSketch returns S @ a for the k×n Clarkson–Woodruff (CountSketch)
// matrix S whose column j holds signs[j] (±1) in row rows[j] and zeros
// elsewhere (K. L. Clarkson and D. P. Woodruff, Low rank approximation and
// regression in input sparsity time, STOC 2013): row i of the result is
// the signed sum of the rows j of a with rows[j] == i. a is n×d, or a
// batch (..., n, d) sketched with the same S. The sums run over j in
// ascending order, as SciPy's csc_matvecs runs them, so float results
// match SciPy's bit for bit; the dtype is the promotion of int64 (S's)
// and a's.
func CountSketch(a *Array, k int, rows []int, signs []int64) (*Array, error) {
	nd := a.Ndim()
	n, d := a.shape[nd-2], a.shape[nd-1]
	dt := Promote(Int64, a.dtype)
	shape := append(a.Shape()[:nd-2], k, d)
	out, err := Zeros(dt, shape)
	if err != nil {
		return nil, err
	}
	src := a.AsType(dt)
	batches := shapeProd(shape[:nd-2])
	for b := range batches {
		in, res := b*n*d, b*k*d
		switch dt {
		case Int64:
			x, y := src.i64(), out.i
			for j := range n {
				for c := range d {
					y[res+rows[j]*d+c] += signs[j] * x[in+j*d+c]
				}
			}
		case Float64:
			x, y := src.f64(), out.f
			for j := range n {
				s := float64(signs[j])
				for c := range d {
					y[res+rows[j]*d+c] += s * x[in+j*d+c]
				}
			}
		case Complex128:
			x, y := src.c128(), out.c
			for j := range n {
				s := complex(float64(signs[j]), 0)
				for c := range d {
					y[res+rows[j]*d+c] += s * x[in+j*d+c]
				}
			}
		}
	}
	return out, nil
}
