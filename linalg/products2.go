package linalg

import "fmt"

// This file holds the products and matrix helpers at the top of the numpy
// namespace (np.trace, np.kron, np.cross, np.vdot, np.inner, np.tensordot,
// np.triu, np.tril); np.einsum is in einsum.go. They take NumPy's
// arguments and raise NumPy's errors, and route every contraction through
// MatMul so that large float64 products use gemm.

// axisErrFor is NumPy's AxisError from normalize_axis_index with a
// msg_prefix: "axisa: axis 3 is out of bounds for array of dimension 1".
func axisErrFor(prefix string, axis, nd int) *Error {
	msg := fmt.Sprintf("axis %d is out of bounds for array of dimension %d", axis, nd)
	if prefix != "" {
		msg = prefix + ": " + msg
	}
	return &Error{Kind: AxisError, Msg: msg}
}

// normAxisFor maps axis into [0, nd) as normalize_axis_index does, with
// the prefix in its AxisError.
func normAxisFor(prefix string, axis, nd int) (int, error) {
	if axis < -nd || axis >= nd {
		return 0, axisErrFor(prefix, axis, nd)
	}
	if axis < 0 {
		axis += nd
	}
	return axis, nil
}

// moveAxisTo returns a view of a with axis src (normalized) moved to
// position dst (normalized), the others keeping their order (np.moveaxis
// of one axis).
func moveAxisTo(a *Array, src, dst int) *Array {
	nd := len(a.shape)
	perm := make([]int, 0, nd)
	for k := 0; k < nd; k++ {
		if k != src {
			perm = append(perm, k)
		}
	}
	perm = append(perm[:dst], append([]int{src}, perm[dst:]...)...)
	v, _ := a.Transpose(perm...)
	return v
}

// TraceAxes returns the sum along the diagonal at offset k of the 2-d
// sub-arrays of a spanned by axes axis1 and axis2 (np.trace): for a 2-d
// array Σᵢ a[i, i+k]. The result has a's other axes in their order, so a
// 2-d a gives a 0-d array. The elements are summed in dtype d when d is
// not nil (cast first; a bool sum is the logical or), else in a's dtype
// with bool promoted to int64. Errors, in NumPy's order:
//
//	ValueError "diag requires an array of at least two dimensions"
//	AxisError  "axis1: axis 2 is out of bounds for array of dimension 2"
//	ValueError "axis1 and axis2 cannot be the same"
func TraceAxes(a *Array, k, axis1, axis2 int, d *DType) (*Array, error) {
	a = a.AsArray()
	nd := len(a.shape)
	if nd < 2 {
		return nil, valueErr("diag requires an array of at least two dimensions")
	}
	ax1, err := normAxisFor("axis1", axis1, nd)
	if err != nil {
		return nil, err
	}
	ax2, err := normAxisFor("axis2", axis2, nd)
	if err != nil {
		return nil, err
	}
	if ax1 == ax2 {
		return nil, valueErr("axis1 and axis2 cannot be the same")
	}
	// The diagonal as a strided view: no copy of a.
	m, n := a.shape[ax1], a.shape[ax2]
	var l, i0, j0 int
	if k >= 0 {
		l, j0 = max(0, min(m, n-k)), k
	} else {
		l, i0 = max(0, min(m+k, n)), -k
	}
	diag := &Array{dtype: a.dtype, buffers: a.buffers, offset: a.offset}
	for x := 0; x < nd; x++ {
		if x != ax1 && x != ax2 {
			diag.shape = append(diag.shape, a.shape[x])
			diag.strides = append(diag.strides, a.strides[x])
		}
	}
	diag.shape = append(diag.shape, l)
	diag.strides = append(diag.strides, a.strides[ax1]+a.strides[ax2])
	if l > 0 {
		diag.offset += i0*a.strides[ax1] + j0*a.strides[ax2]
	}
	op := ReduceSum
	if d != nil {
		diag = diag.AsType(*d)
		if *d == Bool {
			op = ReduceAny
		}
	}
	r, _, err := Reduce(op, diag, []int{len(diag.shape) - 1}, false)
	return r, err
}

// Kron returns the Kronecker product of a and b (np.kron): with both
// brought to the same number of dimensions by prepending axes of length
// 1, out[i₀·s₀+j₀, i₁·s₁+j₁, …] = a[i₀, i₁, …]·b[j₀, j₁, …], where s is
// b's shape, so out has shape a.shape·b.shape elementwise. A 0-d b gives
// the elementwise product a·b. The result is a numpy.matrix when either
// operand is one (ValueError "shape too large to be a matrix." if it then
// has more than two dimensions).
func Kron(a, b *Array) (*Array, error) {
	matrix := a.matrix || b.matrix
	a, b = a.AsArray(), b.AsArray()
	nda, ndb := len(a.shape), len(b.shape)
	if nda < ndb {
		// array(a, ndmin=b.ndim) prepends axes of length 1.
		a, _ = a.Reshape(append(unitShape(ndb-nda), a.shape...))
		nda = ndb
	}
	var r *Array
	var err error
	if nda == 0 || ndb == 0 {
		r, err = Mul(a, b)
	} else {
		bs := append(unitShape(nda-ndb), b.shape...)
		as := a.shape
		ia := make([]int, 0, 2*nda)
		ib := make([]int, 0, 2*nda)
		out := make([]int, nda)
		for k := 0; k < nda; k++ {
			ia = append(ia, as[k], 1)
			ib = append(ib, 1, bs[k])
			out[k] = as[k] * bs[k]
		}
		inter := make([]int, 2*nda)
		for k := range inter {
			inter[k] = ia[k] * ib[k]
		}
		if err := checkAlloc(Promote(a.dtype, b.dtype), inter, DefaultMemoryCap()); err != nil {
			return nil, err
		}
		av, _ := a.Reshape(ia)
		bv, _ := b.Reshape(ib)
		if r, err = Mul(av, bv); err == nil {
			r, err = r.Reshape(out)
		}
	}
	if err != nil || !matrix {
		return r, err
	}
	if len(r.shape) > 2 {
		return nil, valueErr("shape too large to be a matrix.")
	}
	return r.AsMatrix()
}

// unitShape returns n ones, the shape of n axes of length 1.
func unitShape(n int) []int {
	s := make([]int, n)
	for k := range s {
		s[k] = 1
	}
	return s
}

// crossDeprecation is NumPy 2's warning for np.cross of 2-vectors.
var crossDeprecation = Warning{Category: "DeprecationWarning", Msg: "Arrays of 2-dimensional vectors are deprecated. Use arrays of 3-dimensional vectors instead. (deprecated in NumPy 2.0)"}

// CrossAxes returns the cross product of the vectors of a along axis
// axisa with those of b along axisb, the other axes broadcasting
// (np.cross). For 3-vectors c = (a₁b₂ − a₂b₁, a₂b₀ − a₀b₂, a₀b₁ − a₁b₀),
// placed along axis axisc of the result; a 2-vector is taken as having a
// zero third component, and when both are 2-vectors the result is the
// scalar a₀b₁ − a₁b₀ for each pair (a 0-d array for two single vectors),
// with NumPy 2's DeprecationWarning. Errors, in NumPy's order:
//
//	ValueError "At least one array has zero dimension"
//	AxisError  "axisa: axis 1 is out of bounds for array of dimension 1"
//	ValueError "incompatible dimensions for cross product\n(dimension must be 2 or 3)"
//	ValueError "shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with shape (2,) and arg 1 with shape (3,)."
//	AxisError  "axisc: axis 2 is out of bounds for array of dimension 2"
//	TypeError  for bool vectors, as NumPy's boolean subtract or negative
func CrossAxes(a, b *Array, axisa, axisb, axisc int) (*Array, []Warning, error) {
	a, b = a.AsArray(), b.AsArray()
	if len(a.shape) < 1 || len(b.shape) < 1 {
		return nil, nil, valueErr("At least one array has zero dimension")
	}
	axa, err := normAxisFor("axisa", axisa, len(a.shape))
	if err != nil {
		return nil, nil, err
	}
	axb, err := normAxisFor("axisb", axisb, len(b.shape))
	if err != nil {
		return nil, nil, err
	}
	a = moveAxisTo(a, axa, len(a.shape)-1)
	b = moveAxisTo(b, axb, len(b.shape)-1)
	na, nb := a.shape[len(a.shape)-1], b.shape[len(b.shape)-1]
	if (na != 2 && na != 3) || (nb != 2 && nb != 3) {
		return nil, nil, valueErr("incompatible dimensions for cross product\n(dimension must be 2 or 3)")
	}
	var warns []Warning
	if na == 2 || nb == 2 {
		warns = append(warns, crossDeprecation)
	}
	sa, sb := a.shape[:len(a.shape)-1], b.shape[:len(b.shape)-1]
	shape, err := BroadcastShapes(sa, sb)
	if err != nil {
		return nil, warns, valueErr("shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with shape %s and arg 1 with shape %s.", FormatShape(sa), FormatShape(sb))
	}
	if na == 3 || nb == 3 {
		if axisc, err = normAxisFor("axisc", axisc, len(shape)+1); err != nil {
			return nil, warns, err
		}
	}
	d := Promote(a.dtype, b.dtype)
	if err := checkAlloc(d, append(append([]int{}, shape...), 3), DefaultMemoryCap()); err != nil {
		return nil, warns, err
	}
	comp := func(x *Array, k int) *Array {
		c, _ := x.Index([]IndexItem{{Kind: IndexEllipsis}, Int(k)})
		return c.AsType(d)
	}
	// diff is x·y − u·v, computed as NumPy does (the bool subtract fails).
	diff := func(x, y, u, v *Array) (*Array, error) {
		p, err := Mul(x, y)
		if err != nil {
			return nil, err
		}
		q, err := Mul(u, v)
		if err != nil {
			return nil, err
		}
		return Sub(p, q)
	}
	a0, a1, b0, b1 := comp(a, 0), comp(a, 1), comp(b, 0), comp(b, 1)
	var parts [3]*Array
	switch {
	case na == 2 && nb == 2:
		r, err := diff(a0, b1, a1, b0)
		if err != nil {
			return nil, warns, err
		}
		r, err = r.BroadcastTo(shape)
		if err != nil {
			return nil, warns, err
		}
		return r.Copy(), warns, nil
	case na == 2:
		b2 := comp(b, 2)
		if parts[0], err = Mul(a1, b2); err == nil {
			if parts[1], err = Mul(a0, b2); err == nil {
				if parts[1], err = Neg(parts[1]); err == nil {
					parts[2], err = diff(a0, b1, a1, b0)
				}
			}
		}
	case nb == 2:
		a2 := comp(a, 2)
		if parts[0], err = Mul(a2, b1); err == nil {
			if parts[0], err = Neg(parts[0]); err == nil {
				if parts[1], err = Mul(a2, b0); err == nil {
					parts[2], err = diff(a0, b1, a1, b0)
				}
			}
		}
	default:
		a2, b2 := comp(a, 2), comp(b, 2)
		if parts[0], err = diff(a1, b2, a2, b1); err == nil {
			if parts[1], err = diff(a2, b0, a0, b2); err == nil {
				parts[2], err = diff(a0, b1, a1, b0)
			}
		}
	}
	if err != nil {
		return nil, warns, err
	}
	for k, p := range parts {
		if parts[k], err = p.BroadcastTo(shape); err != nil {
			return nil, warns, err
		}
	}
	cp, err := Stack(parts[:], len(shape))
	if err != nil {
		return nil, warns, err
	}
	return moveAxisTo(cp, len(shape), axisc).Copy(), warns, nil
}

// Vdot returns the dot product Σᵢ conj(aᵢ)·bᵢ of a and b flattened in C
// order (np.vdot), a 0-d array: the first operand is conjugated when
// complex, and bool operands give the logical or of ands. It is a
// ValueError "cannot reshape array of size 3 into shape (2,)" when the
// sizes differ.
func Vdot(a, b *Array) (*Array, error) {
	x, y := a.AsArray().Ravel(), b.AsArray().Ravel()
	if x.Size() != y.Size() {
		return nil, valueErr("cannot reshape array of size %d into shape (%d,)", y.Size(), x.Size())
	}
	if x.dtype == Complex128 {
		c, _, err := Unary(OpConj, x)
		if err != nil {
			return nil, err
		}
		x = c
	}
	return MatMul(x, y)
}

// Inner returns the inner product of a and b over their last axes
// (np.inner): out[i…, j…] = Σₖ a[i…, k]·b[j…, k], of shape a.shape[:-1] +
// b.shape[:-1]; a 0-d operand multiplies elementwise instead, and two
// vectors give a 0-d array. No complex conjugate is taken. The result is
// a numpy.matrix when either operand is one. It is a ValueError "shapes
// (2,3) and (2,) not aligned: 3 (dim 1) != 2 (dim 0)" when the last axes
// differ in length, b's shape printed with its last two axes swapped as
// NumPy prints it.
func Inner(a, b *Array) (*Array, error) {
	matrix := a.matrix || b.matrix
	a, b = a.AsArray(), b.AsArray()
	var r *Array
	var err error
	nda, ndb := len(a.shape), len(b.shape)
	if nda == 0 || ndb == 0 {
		r, err = Mul(a, b)
	} else {
		ka, kb := a.shape[nda-1], b.shape[ndb-1]
		if ka != kb {
			bt := append([]int{}, b.shape...)
			if ndb >= 2 {
				bt[ndb-2], bt[ndb-1] = bt[ndb-1], bt[ndb-2]
			}
			return nil, valueErr("shapes %s and %s not aligned: %d (dim %d) != %d (dim %d)", shapeNoSpace(a.shape), shapeNoSpace(bt), ka, nda-1, kb, max(ndb-2, 0))
		}
		out := append(append([]int{}, a.shape[:nda-1]...), b.shape[:ndb-1]...)
		if err := checkAlloc(Promote(a.dtype, b.dtype), out, DefaultMemoryCap()); err != nil {
			return nil, err
		}
		a2, _ := a.Reshape([]int{prod(a.shape[:nda-1]), ka})
		b2, _ := b.Reshape([]int{prod(b.shape[:ndb-1]), kb})
		if r, err = MatMul(a2, b2.T()); err == nil {
			r, err = r.Reshape(out)
		}
	}
	if err != nil || !matrix {
		return r, err
	}
	if len(r.shape) > 2 {
		return nil, valueErr("shape too large to be a matrix.")
	}
	return r.AsMatrix()
}

// Tensordot returns the tensor dot product of a and b over the axes
// axesA of a and axesB of b (np.tensordot with axes=(axesA, axesB)):
// out[i…, j…] = Σ_k a[i…, k…]·b[k…, j…], where k runs over the summed axes
// paired in order and i, j over the other axes of a and b in their order.
// The result is always an array, 0-d when every axis is summed, as
// NumPy's. np.tensordot(a, b, n) is axesA = [-n, …, -1], axesB = [0, …,
// n-1]. The product is one matrix product of the reshaped operands.
// Errors, in NumPy's order:
//
//	ValueError "duplicate axes are not allowed in tensordot"
//	ValueError "shape-mismatch for sum" (counts or lengths differ)
//	IndexError "tuple index out of range" (an axis past a's or b's rank)
func Tensordot(a, b *Array, axesA, axesB []int) (*Array, error) {
	for _, axes := range [][]int{axesA, axesB} {
		seen := map[int]bool{}
		for _, x := range axes {
			if seen[x] {
				return nil, valueErr("duplicate axes are not allowed in tensordot")
			}
			seen[x] = true
		}
	}
	a, b = a.AsArray(), b.AsArray()
	nda, ndb := len(a.shape), len(b.shape)
	if len(axesA) != len(axesB) {
		return nil, valueErr("shape-mismatch for sum")
	}
	axA, axB := append([]int{}, axesA...), append([]int{}, axesB...)
	for k := range axA {
		if axA[k] < -nda || axA[k] >= nda || axB[k] < -ndb || axB[k] >= ndb {
			return nil, indexErr("tuple index out of range")
		}
		if a.shape[(axA[k]+nda)%nda] != b.shape[(axB[k]+ndb)%ndb] {
			return nil, valueErr("shape-mismatch for sum")
		}
		axA[k] = (axA[k] + nda) % nda
		axB[k] = (axB[k] + ndb) % ndb
	}
	notin := func(nd int, axes []int) []int {
		var r []int
		for k := 0; k < nd; k++ {
			in := false
			for _, x := range axes {
				in = in || x == k
			}
			if !in {
				r = append(r, k)
			}
		}
		return r
	}
	sizes := func(shape, axes []int) ([]int, int) {
		s := make([]int, len(axes))
		for k, x := range axes {
			s[k] = shape[x]
		}
		return s, prod(s)
	}
	restA, restB := notin(nda, axA), notin(ndb, axB)
	oldA, m := sizes(a.shape, restA)
	oldB, n := sizes(b.shape, restB)
	_, k := sizes(a.shape, axA)
	if err := checkAlloc(Promote(a.dtype, b.dtype), append(append([]int{}, oldA...), oldB...), DefaultMemoryCap()); err != nil {
		return nil, err
	}
	at, err := a.Transpose(append(restA, axA...)...)
	if err != nil {
		return nil, err
	}
	at, _ = at.Reshape([]int{m, k})
	bt, err := b.Transpose(append(axB, restB...)...)
	if err != nil {
		return nil, err
	}
	bt, _ = bt.Reshape([]int{k, n})
	r, err := MatMul(at, bt)
	if err != nil {
		return nil, err
	}
	return r.Reshape(append(oldA, oldB...))
}

// Triu returns a copy of a with the elements below its k-th diagonal set
// to zero (np.triu): out[…, i, j] = a[…, i, j] where j − i ≥ k, else 0,
// for each matrix of a stack. A vector of length n is first repeated
// into n rows. It is a TypeError "tri() missing 1 required positional
// argument: 'N'" for a 0-d a. The result is never a numpy.matrix.
func Triu(a *Array, k int) (*Array, error) { return triangle(a, k, true) }

// Tril returns a copy of a with the elements above its k-th diagonal set
// to zero (np.tril): out[…, i, j] = a[…, i, j] where j − i ≤ k, else 0.
// Vectors and errors as Triu.
func Tril(a *Array, k int) (*Array, error) { return triangle(a, k, false) }

func triangle(a *Array, k int, upper bool) (*Array, error) {
	a = a.AsArray()
	nd := len(a.shape)
	if nd == 0 {
		return nil, typeErr("tri() missing 1 required positional argument: 'N'")
	}
	// NumPy first builds the mask tri(*a.shape[-2:]) of bools.
	mask := a.shape[max(nd-2, 0):]
	if nd == 1 {
		mask = []int{a.shape[0], a.shape[0]}
	}
	if err := checkAlloc(Bool, mask, DefaultMemoryCap()); err != nil {
		return nil, err
	}
	if nd == 1 {
		if err := checkAlloc(a.dtype, mask, DefaultMemoryCap()); err != nil {
			return nil, err
		}
		a, _ = a.BroadcastTo(mask)
	}
	out := a.Copy()
	batch, m, n := stackDims(out.shape)
	for t := 0; t < prod(batch); t++ {
		for i := 0; i < m; i++ {
			// triu zeroes the columns j < i+k, tril those j > i+k.
			lo, hi := 0, min(max(i+k, 0), n)
			if !upper {
				lo, hi = min(max(i+k+1, 0), n), n
			}
			row := t*m*n + i*n
			out.dtype.store().clear(out, row+lo, row+hi)
		}
	}
	return out, nil
}
