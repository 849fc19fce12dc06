package linalg

import (
	"math"
	"math/cmplx"
)

// moveAxis is np.moveaxis(a, src, dst) for one axis; what names the
// argument NumPy's AxisError blames ("source" or "destination").
func moveAxis(a *Array, src, dst int) (*Array, error) {
	nd := len(a.shape)
	s, err := normAxis(src, nd)
	if err != nil {
		return nil, &Error{Kind: AxisError, Msg: "source: " + err.(*Error).Msg}
	}
	d, err := normAxis(dst, nd)
	if err != nil {
		return nil, &Error{Kind: AxisError, Msg: "destination: " + err.(*Error).Msg}
	}
	perm := make([]int, 0, nd)
	for k := range nd {
		if k != s {
			perm = append(perm, k)
		}
	}
	perm = append(perm[:d], append([]int{s}, perm[d:]...)...)
	return a.Transpose(perm...)
}

// atLeast1D is np.atleast_1d: a 0-d array as a vector of one.
func atLeast1D(a *Array) *Array {
	if len(a.shape) == 0 {
		r, _ := a.AsArray().Reshape([]int{1})
		return r
	}
	return a
}

// circulantAxisLen is SciPy's _get_axis_len: the length of a along axis,
// or ValueError "'caxis' entry is out of bounds".
func circulantAxisLen(name string, a *Array, axis int) (int, error) {
	if axis < 0 {
		axis += len(a.shape)
	}
	if axis < 0 || axis >= len(a.shape) {
		return 0, valueErr("'%saxis' entry is out of bounds", name)
	}
	return a.shape[axis], nil
}

// CirculantOpts are solve_circulant's options: Lstsq (singular='lstsq',
// or any value but 'raise') takes the least-squares solution of a
// singular system instead of failing; Tol, when not nil, is the
// threshold on |eigenvalue| at or below which an eigenvalue counts as
// zero (a scalar, or an array broadcasting against the eigenvalues); the
// axes are those of c, b and the result along which the systems lie.
type CirculantOpts struct {
	Lstsq                 bool
	Tol                   *Array
	CAxis, BAxis, OutAxis int
}

// SolveCirculant solves C·x = b for the circulant matrix C whose first
// column is c (C[i, j] = c[(i−j) mod n]) (scipy.linalg.solve_circulant).
// The DFT diagonalises C: its eigenvalues are fft(c), so x =
// ifft(fft(b) / fft(c)), O(n·log n). An eigenvalue with |λ| ≤ tol
// (default max|λ|·n·ε, numpy.linalg.matrix_rank's threshold) makes C
// near singular: an error, or with Lstsq the least-squares solution of
// least norm, its component along that eigenvector set to zero. c lies
// along CAxis and b along BAxis, their other axes broadcasting as stacks
// of systems; the result's systems lie along OutAxis. It is float64, or
// complex128 when c or b is complex. Errors, as SciPy raises them:
//
//	ValueError  "'caxis' entry is out of bounds"
//	ValueError  "Shapes of c (4,) and b (3,) are incompatible"
//	LinAlgError "near singular circulant matrix."
//
// The warnings are NumPy's for the division (NaN input).
func SolveCirculant(c, b *Array, o CirculantOpts) (*Array, []Warning, error) {
	c, b = atLeast1D(c), atLeast1D(b)
	nc, err := circulantAxisLen("c", c, o.CAxis)
	if err != nil {
		return nil, nil, err
	}
	nb, err := circulantAxisLen("b", b, o.BAxis)
	if err != nil {
		return nil, nil, err
	}
	if nc != nb {
		return nil, nil, valueErr("Shapes of c %s and b %s are incompatible", FormatShape(c.shape), FormatShape(b.shape))
	}
	d := inexactOf(c, b)
	if b.Size() == 0 {
		return newArray(d, b.shape), nil, nil
	}
	fc, err := fftAlong(c, o.CAxis)
	if err != nil {
		return nil, nil, err
	}
	fcv := fc.Complex128s()
	abs := make([]float64, len(fcv))
	for i, z := range fcv {
		abs[i] = cmplx.Abs(z)
	}
	// tol: per system of c, max|λ|·n·ε unless given.
	var tol []float64
	if o.Tol == nil {
		tol = make([]float64, len(abs))
		for s := 0; s < len(abs); s += nc {
			mx := math.Inf(-1)
			for _, v := range abs[s : s+nc] {
				if v > mx || math.IsNaN(v) {
					mx = v
				}
			}
			for i := range nc {
				tol[s+i] = mx * float64(nc) * 0x1p-52
			}
		}
	} else {
		t, err := o.Tol.BroadcastTo(fc.shape)
		if err != nil {
			return nil, nil, err
		}
		tol = elements[float64](t, false)
	}
	near := make([]bool, len(abs))
	singular := false
	for i, v := range abs {
		near[i] = v <= tol[i]
		singular = singular || near[i]
	}
	if singular {
		if !o.Lstsq {
			return nil, nil, linAlgErr(Singular, "near singular circulant matrix.")
		}
		for i, z := range near {
			if z {
				fcv[i] = 1
			}
		}
	}
	fc, _ = NewComplex128(fc.shape, fcv)
	fb, err := fftAlong(b, o.BAxis)
	if err != nil {
		return nil, nil, err
	}
	q, warns, err := Binary(OpDiv, fb, fc)
	if err != nil {
		return nil, nil, err
	}
	if singular {
		if q, err = zeroNearSingular(q, b.shape, fc.shape, near); err != nil {
			return nil, nil, err
		}
	}
	x, err := FFT(q, -1, -1, true)
	if err != nil {
		return nil, nil, err
	}
	if d == Float64 {
		x = fromComplex(x.Complex128s(), Float64, 1, x.Size())
		x, _ = x.Reshape(q.shape)
	}
	if o.OutAxis != -1 {
		if x, err = moveAxis(x, -1, o.OutAxis); err != nil {
			return nil, nil, err
		}
	}
	return x, warns, nil
}

// fftAlong is np.fft.fft(np.moveaxis(a, axis, -1), axis=-1): the DFT
// of each line of a along axis, that axis moved last.
func fftAlong(a *Array, axis int) (*Array, error) {
	m, err := moveAxis(a, axis, -1)
	if err != nil {
		return nil, err
	}
	return FFT(m, -1, -1, false)
}

// zeroNearSingular is SciPy's q[np.ones_like(b, dtype=bool) & near_zeros]
// = 0: the mask has the broadcast shape of b's original shape (not moved)
// and of the eigenvalues', and must then fit q axis by axis, with NumPy's
// errors where it does not.
func zeroNearSingular(q *Array, bshape, nshape []int, near []bool) (*Array, error) {
	mshape, err := BroadcastShapes(bshape, nshape)
	if err != nil {
		return nil, err
	}
	if len(mshape) > len(q.shape) {
		return nil, indexErr("too many indices for array: array is %d-dimensional, but %d were indexed", len(q.shape), len(mshape))
	}
	for k, d := range mshape {
		if d != q.shape[k] {
			return nil, indexErr("boolean index did not match indexed array along axis %d; size of axis is %d but size of corresponding boolean axis is %d", k, q.shape[k], d)
		}
	}
	nz, _ := NewBool(nshape, near)
	m, err := nz.BroadcastTo(mshape)
	if err != nil {
		return nil, err
	}
	mask := m.Bools()
	qv := q.Complex128s()
	// mask covers q's leading len(mshape) axes, which are all of them.
	for i, z := range mask {
		if z {
			qv[i] = 0
		}
	}
	return NewComplex128(q.shape, qv)
}
