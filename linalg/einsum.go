package linalg

import (
	"fmt"
	"math"
	"strings"
)

// Einsum evaluates the Einstein summation convention on the operands
// (np.einsum). subscripts names the axes of each operand with letters,
// the operands' terms separated by commas: "ij,jk->ik" is the matrix
// product out[i,k] = Σⱼ a[i,j]·b[j,k]. Every letter absent from the
// output is summed over; a letter repeated within one operand takes its
// diagonal ("ii->i", and "ii" is the trace). Without "->" the output is
// the letters that appear exactly once, in alphabetical order (upper case
// first). "..." stands for the axes not named, which broadcast across
// operands and come first in an implicit output. Axes of length 1
// broadcast against the same letter's other lengths, as in NumPy.
//
// The result has the promoted dtype of the operands (bool sums are the
// logical or) and is a 0-d array when the output names no axis. Two
// operands at a time, the pair with the smallest product first, are
// contracted by one (batched) matrix product through MatMul, so large
// float64 einsums run on gemm; the summation order can differ from
// NumPy's in the last bits of a float. A product larger than
// DefaultMemoryCap is a MemoryError. Errors are NumPy's ValueErrors,
// among them:
//
//	"more operands provided to einstein sum function than specified in the subscripts string"
//	"einstein sum subscripts string contains too many subscripts for operand 0"
//	"invalid subscript '2' in einstein sum subscripts string, subscripts must be letters"
//	"einstein sum subscripts string included output subscript 'k' which never appeared in an input"
//	"dimensions in operand 0 for collapsing index 'i' don't match (2 != 3)"
//	"operands could not be broadcast together with remapped shapes [original->remapped]: (2,)->(2,) (3,)->(3,) "
func Einsum(subscripts string, operands []*Array) (*Array, error) {
	return EinsumWith(subscripts, operands, EinsumOptions{})
}

// EinsumOptions are np.einsum's dtype and casting arguments.
type EinsumOptions struct {
	// DType, when not nil, is the dtype the operands are cast to and the
	// sums taken in (np.einsum(..., dtype=)). As in NumPy it is ignored
	// for a lone operand none of whose letters is summed.
	DType *DType
	// Casting is NumPy's rule for casting each operand to the dtype of
	// the computation: "no", "equiv", "safe" (also ""), "same_kind" or
	// "unsafe". A cast it forbids is a TypeError "Iterator operand 0
	// dtype could not be cast from dtype('float64') to dtype('int64')
	// according to the rule 'safe'".
	Casting string
}

// canCast reports whether NumPy's casting rule, by name, allows from → to.
func canCast(from, to DType, rule string) bool {
	switch rule {
	case "no", "equiv":
		return from == to
	case "unsafe":
		return true
	}
	if rule == "same_kind" {
		return CanCast(from, to, CastSameKind)
	}
	return CanCast(from, to, CastSafe)
}

// EinsumWith is Einsum with NumPy's dtype and casting arguments.
func EinsumWith(subscripts string, operands []*Array, opt EinsumOptions) (*Array, error) {
	nop := len(operands)
	if nop == 0 {
		return nil, valueErr("must specify the einstein sum subscripts string and at least one operand, or at least one operand and its corresponding subscripts list")
	}
	ops := make([]*Array, nop)
	for k, o := range operands {
		ops[k] = o.AsArray()
	}
	// Parse the operands' subscripts: opLabels[k][axis] is the letter of
	// the axis, or 0 for an axis of the ellipsis.
	counts := map[byte]int{}
	opLabels := make([][]byte, nop)
	s := subscripts
	for iop := 0; iop < nop; iop++ {
		length := strings.IndexAny(s, ",-")
		if length < 0 {
			length = len(s)
		}
		last := iop == nop-1
		if last && length < len(s) && s[length] == ',' {
			return nil, valueErr("more operands provided to einstein sum function than specified in the subscripts string")
		}
		if !last && (length == len(s) || s[length] != ',') {
			return nil, valueErr("fewer operands provided to einstein sum function than specified in the subscripts string")
		}
		labels, err := parseOperandSubscripts(s[:length], len(ops[iop].shape), iop, counts)
		if err != nil {
			return nil, err
		}
		opLabels[iop] = labels
		s = s[length:]
		if !last {
			s = s[1:]
		}
	}
	nbcast := 0
	for _, labels := range opLabels {
		z := 0
		for _, l := range labels {
			if l == 0 {
				z++
			}
		}
		nbcast = max(nbcast, z)
	}
	// The output labels: 0 for a broadcast axis.
	var outLabels []byte
	if s == "" {
		outLabels = make([]byte, nbcast)
		for l := 0; l < 256; l++ {
			if counts[byte(l)] == 1 {
				outLabels = append(outLabels, byte(l))
			}
		}
	} else {
		if !strings.HasPrefix(s, "->") {
			return nil, valueErr("einstein sum subscript string does not contain proper '->' output specified")
		}
		var err error
		if outLabels, err = parseOutputSubscripts(s[2:], nbcast, counts); err != nil {
			return nil, err
		}
	}
	// viewable: NumPy returns a view of a lone operand none of whose
	// letters is summed, ignoring the dtype argument.
	viewable := nop == 1
	if nop == 1 {
		if err := singleOpCheck(ops[0], opLabels[0], outLabels); err != nil {
			return nil, err
		}
		for _, l := range opLabels[0] {
			if l != 0 && strings.IndexByte(string(outLabels), l) < 0 {
				viewable = false
			}
		}
	}
	// Combine the repeated letters of each operand into their diagonal.
	for iop, o := range ops {
		v, labels, err := combineDims(o, iop, opLabels[iop])
		if err != nil {
			return nil, err
		}
		ops[iop], opLabels[iop] = v, labels
	}
	// The iteration axes: the output's, then the summed letters in order.
	iter := append([]byte{}, outLabels...)
	for l := 1; l < 256; l++ {
		if counts[byte(l)] > 0 && strings.IndexByte(string(outLabels), byte(l)) < 0 {
			iter = append(iter, byte(l))
		}
	}
	axes := make([][]int, nop)
	for iop := range ops {
		axes[iop] = opAxes(opLabels[iop], iter)
	}
	size, err := iterShape(ops, axes, len(iter))
	if err != nil {
		return nil, err
	}
	d := ops[0].dtype
	for _, o := range ops[1:] {
		d = Promote(d, o.dtype)
	}
	if opt.DType != nil && !viewable {
		d = *opt.DType
	}
	rule := opt.Casting
	if rule == "" {
		rule = "safe"
	}
	for k, o := range ops {
		if !canCast(o.dtype, d, rule) {
			return nil, typeErr("Iterator operand %d dtype could not be cast from dtype('%s') to dtype('%s') according to the rule '%s'", k, o.dtype, d, rule)
		}
	}
	// Each term: the operand cast to d, transposed so that its axes are
	// iteration axes in increasing order, with the axes of length 1 that
	// broadcast dropped.
	terms := make([]einsumTerm, nop)
	// fresh: the result no longer shares an operand's buffer.
	fresh := nop > 1
	for iop, o := range ops {
		var t einsumTerm
		var perm []int
		for it, ax := range axes[iop] {
			if ax < 0 {
				continue
			}
			if o.shape[ax] == 1 && size[it] != 1 {
				continue
			}
			perm = append(perm, ax)
			t.axes = append(t.axes, it)
		}
		v := dropUnit(o, perm)
		if o.dtype != d {
			v = v.AsType(d)
			fresh = true
		}
		t.a = v
		terms[iop] = t
	}
	nout := len(outLabels)
	// Contract two terms at a time, each time the pair whose product is
	// smallest (the first such pair on ties), as opt_einsum's greedy
	// order does: a chain never builds an outer product it can avoid.
	for len(terms) > 1 {
		bi, bj, best := 0, 1, -1
		var bneed []bool
		for i := 0; i < len(terms); i++ {
			for j := i + 1; j < len(terms); j++ {
				need := make([]bool, len(iter))
				for it := 0; it < nout; it++ {
					need[it] = true
				}
				for k, t := range terms {
					if k != i && k != j {
						for _, it := range t.axes {
							need[it] = true
						}
					}
				}
				cost := 1
				seen := make([]bool, len(iter))
				for _, it := range append(append([]int{}, terms[i].axes...), terms[j].axes...) {
					if need[it] && !seen[it] {
						seen[it] = true
						// Saturate: an overflowing size is refused later.
						cost = min(cost, math.MaxInt64/max(size[it], 1)) * max(size[it], 1)
					}
				}
				if best < 0 || cost < best {
					bi, bj, best, bneed = i, j, cost, need
				}
			}
		}
		r, err := einsumContract(terms[bi], terms[bj], bneed, size)
		if err != nil {
			return nil, err
		}
		terms[bi] = r
		terms = append(terms[:bj], terms[bj+1:]...)
	}
	res := terms[0]
	// Sum what is left beyond the output, then order the output's axes.
	var sum []int
	var keep einsumTerm
	for k, it := range res.axes {
		if it >= nout {
			sum = append(sum, k)
		} else {
			keep.axes = append(keep.axes, it)
		}
	}
	if keep.a, err = einsumSum(res.a, sum); err != nil {
		return nil, err
	}
	fresh = fresh || len(sum) > 0
	perm := make([]int, 0, nout)
	shape := make([]int, nout)
	copy(shape, size[:nout])
	for it := 0; it < nout; it++ {
		for k, x := range keep.axes {
			if x == it {
				perm = append(perm, k)
			}
		}
	}
	out, err := keep.a.Transpose(perm...)
	if err != nil {
		return nil, err
	}
	if out, err = out.BroadcastTo(shape); err != nil {
		return nil, err
	}
	if !fresh || out.offset != 0 || !out.IsContiguous() {
		out = out.Copy()
	}
	if fresh {
		// NumPy accumulates every sum and product into an output of
		// zeros, so a product or sum of -0 is +0.
		plusZero(out)
	}
	return out, nil
}

// plusZero replaces the negative zeros of a (C-contiguous, offset 0, not
// shared) by +0, in real and imaginary parts.
func plusZero(a *Array) {
	switch a.dtype {
	case Float64:
		for k, x := range a.f {
			if x == 0 {
				a.f[k] = 0
			}
		}
	case Complex128:
		for k, z := range a.c {
			re, im := real(z), imag(z)
			if re == 0 {
				re = 0
			}
			if im == 0 {
				im = 0
			}
			a.c[k] = complex(re, im)
		}
	}
}

// einsumTerm is an operand or partial product: a's axis k is the
// iteration axis axes[k], and axes increase.
type einsumTerm struct {
	a    *Array
	axes []int
}

// parseOperandSubscripts is NumPy's parse_operand_subscripts: the labels of
// an operand of nd axes, counting each letter into counts.
func parseOperandSubscripts(s string, nd, iop int, counts map[byte]int) ([]byte, error) {
	labels := make([]byte, 0, nd)
	ellipsis := -1
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case isLetter(c):
			if len(labels) >= nd {
				return nil, valueErr("einstein sum subscripts string contains too many subscripts for operand %d", iop)
			}
			labels = append(labels, c)
			counts[c]++
		case c == '.':
			if ellipsis != -1 || i+2 >= len(s) || s[i+1] != '.' || s[i+2] != '.' {
				return nil, valueErr("einstein sum subscripts string contains a '.' that is not part of an ellipsis ('...') in operand %d", iop)
			}
			i += 2
			ellipsis = len(labels)
		case c != ' ':
			return nil, invalidSubscript(s, i)
		}
	}
	if ellipsis == -1 {
		if len(labels) != nd {
			return nil, valueErr("operand has more dimensions than subscripts given in einstein sum, but no '...' ellipsis provided to broadcast the extra dimensions.")
		}
	} else if len(labels) < nd {
		extra := make([]byte, nd-len(labels))
		labels = append(labels[:ellipsis], append(extra, labels[ellipsis:]...)...)
	}
	return labels, nil
}

// parseOutputSubscripts is NumPy's parse_output_subscripts.
func parseOutputSubscripts(s string, nbcast int, counts map[byte]int) ([]byte, error) {
	out := []byte{}
	ellipsis := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case isLetter(c):
			if strings.IndexByte(s[i+1:], c) >= 0 {
				return nil, valueErr("einstein sum subscripts string includes output subscript '%c' multiple times", c)
			}
			if counts[c] == 0 {
				return nil, valueErr("einstein sum subscripts string included output subscript '%c' which never appeared in an input", c)
			}
			out = append(out, c)
		case c == '.':
			if ellipsis || i+2 >= len(s) || s[i+1] != '.' || s[i+2] != '.' {
				return nil, valueErr("einstein sum subscripts string contains a '.' that is not part of an ellipsis ('...') in the output")
			}
			i += 2
			ellipsis = true
			out = append(out, make([]byte, nbcast)...)
		case c != ' ':
			return nil, invalidSubscript(s, i)
		}
	}
	if !ellipsis && nbcast > 0 {
		return nil, valueErr("output has more dimensions than subscripts given in einstein sum, but no '...' ellipsis provided to broadcast the extra dimensions.")
	}
	return out, nil
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// invalidSubscript is the error for the character at s[i], printed whole
// when it is not ASCII.
func invalidSubscript(s string, i int) *Error {
	r := []rune(s[i:])[0]
	return valueErr("invalid subscript '%c' in einstein sum subscripts string, subscripts must be letters", r)
}

// singleOpCheck is the check of NumPy's get_single_op_view, which takes
// a lone operand's view when no letter is summed before its last repeat:
// the repeats of an output letter must have one length.
func singleOpCheck(a *Array, labels, out []byte) error {
	dims := map[byte]int{}
	for ax, l := range labels {
		if l == 0 {
			continue
		}
		if strings.IndexByte(string(out), l) < 0 {
			return nil
		}
		if d, ok := dims[l]; ok && d != 0 && d != a.shape[ax] {
			return valueErr("dimensions in single operand for collapsing index '%c' don't match (%d != %d)", l, d, a.shape[ax])
		}
		dims[l] = a.shape[ax]
	}
	return nil
}

// combineDims is NumPy's get_combined_dims_view: a view of a in which the
// axes sharing a letter become one axis along their diagonal, with the
// labels of the view.
func combineDims(a *Array, iop int, labels []byte) (*Array, []byte, error) {
	v := &Array{dtype: a.dtype, offset: a.offset, buffers: a.buffers}
	var out []byte
	first := map[byte]int{}
	for ax, l := range labels {
		if l != 0 {
			if k, ok := first[l]; ok {
				if v.shape[k] != a.shape[ax] {
					return nil, nil, valueErr("dimensions in operand %d for collapsing index '%c' don't match (%d != %d)", iop, l, v.shape[k], a.shape[ax])
				}
				v.strides[k] += a.strides[ax]
				continue
			}
			first[l] = len(out)
		}
		out = append(out, l)
		v.shape = append(v.shape, a.shape[ax])
		v.strides = append(v.strides, a.strides[ax])
	}
	if v.shape == nil {
		v.shape, v.strides = []int{}, []int{}
	}
	return v, out, nil
}

// opAxes is NumPy's prepare_op_axes: for each iteration axis, the axis of
// the operand with those labels that it maps to, or -1. Broadcast axes
// (label 0) are matched from the right.
func opAxes(labels, iter []byte) []int {
	axes := make([]int, len(iter))
	ib := len(labels) - 1
	for i := len(iter) - 1; i >= 0; i-- {
		if iter[i] == 0 {
			for ib >= 0 && labels[ib] != 0 {
				ib--
			}
			axes[i] = ib
			if ib >= 0 {
				ib--
			}
			continue
		}
		axes[i] = strings.IndexByte(string(labels), iter[i])
	}
	return axes
}

// iterShape is the broadcast length of each iteration axis, or NumPy's
// nditer error naming each operand's shape and its remapped shape.
func iterShape(ops []*Array, axes [][]int, n int) ([]int, error) {
	size := unitShape(n)
	ok := true
	for iop, o := range ops {
		for it, ax := range axes[iop] {
			if ax < 0 || o.shape[ax] == 1 {
				continue
			}
			if size[it] == 1 {
				size[it] = o.shape[ax]
			} else if size[it] != o.shape[ax] {
				ok = false
			}
		}
	}
	if ok {
		return size, nil
	}
	var sb strings.Builder
	sb.WriteString("operands could not be broadcast together with remapped shapes [original->remapped]: ")
	for iop, o := range ops {
		sb.WriteString(shapeNoSpace(o.shape) + "->")
		dims := make([]int, n)
		for it, ax := range axes[iop] {
			dims[it] = -1
			if ax >= 0 {
				dims[it] = o.shape[ax]
			}
		}
		sb.WriteString(iterShapeString(dims) + " ")
	}
	return nil, valueErr("%s", sb.String())
}

// iterShapeString is nditer's npyiter_shape_string: leading newaxes
// dropped, the others printed as "newaxis".
func iterShapeString(dims []int) string {
	i := 0
	for i < len(dims) && dims[i] < 0 {
		i++
	}
	if i == len(dims) {
		return "()"
	}
	parts := make([]string, 0, len(dims)-i)
	for _, d := range dims[i:] {
		if d < 0 {
			parts = append(parts, "newaxis")
		} else {
			parts = append(parts, fmt.Sprint(d))
		}
	}
	if len(dims) == 1 {
		return "(" + parts[0] + ",)"
	}
	return "(" + strings.Join(parts, ",") + ")"
}

// dropUnit returns the view of a with axes perm[0], perm[1], … in that
// order; every axis of a not in perm has length 1 and is removed.
func dropUnit(a *Array, perm []int) *Array {
	v := a.view()
	v.shape, v.strides = make([]int, len(perm)), make([]int, len(perm))
	for k, ax := range perm {
		v.shape[k], v.strides[k] = a.shape[ax], a.strides[ax]
	}
	return v
}

// einsumSum sums a over the given axes (the logical or for bool), keeping
// the dtype.
func einsumSum(a *Array, axes []int) (*Array, error) {
	if len(axes) == 0 {
		return a, nil
	}
	op := ReduceSum
	if a.dtype == Bool {
		op = ReduceAny
	}
	r, _, err := Reduce(op, a, axes, false)
	return r, err
}

// einsumContract multiplies the terms x and y and sums the iteration axes they
// share that need does not mark, as one batched matrix product: the
// shared needed axes are the batch, x's own axes the rows, y's own the
// columns. Axes of one term only that are not needed are summed first.
func einsumContract(x, y einsumTerm, need []bool, size []int) (einsumTerm, error) {
	in := func(t einsumTerm, it int) bool {
		for _, a := range t.axes {
			if a == it {
				return true
			}
		}
		return false
	}
	var err error
	// Sum the axes that only one term has and nobody needs.
	for _, p := range []*einsumTerm{&x, &y} {
		other := y
		if p == &y {
			other = x
		}
		var sum []int
		var axes []int
		for k, it := range p.axes {
			if !need[it] && !in(other, it) {
				sum = append(sum, k)
			} else {
				axes = append(axes, it)
			}
		}
		if len(sum) > 0 {
			if p.a, err = einsumSum(p.a, sum); err != nil {
				return einsumTerm{}, err
			}
			p.axes = axes
		}
	}
	var batch, con, xo, yo []int
	for _, it := range x.axes {
		switch {
		case !in(y, it):
			xo = append(xo, it)
		case need[it]:
			batch = append(batch, it)
		default:
			con = append(con, it)
		}
	}
	for _, it := range y.axes {
		if !in(x, it) {
			yo = append(yo, it)
		}
	}
	pos := func(t einsumTerm, its ...[]int) []int {
		var perm []int
		for _, group := range its {
			for _, it := range group {
				for k, a := range t.axes {
					if a == it {
						perm = append(perm, k)
					}
				}
			}
		}
		return perm
	}
	dims := func(its []int) int {
		n := 1
		for _, it := range its {
			n *= size[it]
		}
		return n
	}
	nb, m, k, n := dims(batch), dims(xo), dims(con), dims(yo)
	xt, err := x.a.Transpose(pos(x, batch, xo, con)...)
	if err != nil {
		return einsumTerm{}, err
	}
	yt, err := y.a.Transpose(pos(y, batch, con, yo)...)
	if err != nil {
		return einsumTerm{}, err
	}
	axes := append(append(append([]int{}, batch...), xo...), yo...)
	shape := make([]int, len(axes))
	for j, it := range axes {
		shape[j] = size[it]
	}
	if err := checkAlloc(x.a.dtype, shape, DefaultMemoryCap()); err != nil {
		return einsumTerm{}, err
	}
	var r *Array
	if m == 1 && n == 1 && len(con) == 0 {
		// Elementwise: no broadcast to expand.
		xr, _ := xt.Reshape([]int{nb, 1, 1})
		yr, _ := yt.Reshape([]int{nb, 1, 1})
		r, err = Mul(xr, yr)
	} else {
		xr, _ := xt.Reshape([]int{nb, m, k})
		yr, _ := yt.Reshape([]int{nb, k, n})
		r, err = MatMul(xr, yr)
	}
	if err != nil {
		return einsumTerm{}, err
	}
	if r, err = r.Reshape(shape); err != nil {
		return einsumTerm{}, err
	}
	// Restore increasing iteration order.
	order := make([]int, 0, len(axes))
	for it := range size {
		for j, a := range axes {
			if a == it {
				order = append(order, j)
			}
		}
	}
	sorted := make([]int, len(order))
	for j, o := range order {
		sorted[j] = axes[o]
	}
	if r, err = r.Transpose(order...); err != nil {
		return einsumTerm{}, err
	}
	return einsumTerm{a: r, axes: sorted}, nil
}
