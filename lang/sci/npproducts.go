package sci

import (
	"math"
	"strings"

	"github.com/golinalg/golinalg/lang/eval"
	"github.com/golinalg/golinalg/linalg"
)

// ndarrayResult is Call.result for NumPy's functions that build a new
// array: it returns r as an ndarray even when r is 0-d, or err mapped.
func ndarrayResult(c *Call) func(r *linalg.Array, err error) (eval.Value, error) {
	return func(r *linalg.Array, err error) (eval.Value, error) {
		if err != nil {
			return nil, c.Err(nil, err)
		}
		return &Array{a: r, in: c.in}, nil
	}
}

// npTrace: the offset is read as NumPy's C code reads an int, so a float
// is refused with its message and an integer beyond 32 bits overflows.
func npTrace(c *Call) (eval.Value, error) {
	var a *linalg.Array
	var off, out eval.Value
	var ax1, ax2 int
	var dt opt[linalg.DType]
	if err := c.Unpack(&a, &off, &ax1, &ax2, &dt, &out); err != nil {
		return nil, err
	}
	if out != eval.None {
		return nil, c.notSupported("out=...")
	}
	k, err := eval.ToIndex(off, "integer argument expected, got "+off.Type())
	if _, big := off.(eval.BigInt); big || err == nil && (k > math.MaxInt32 || k < math.MinInt32) {
		return nil, eval.NewError(eval.OverflowError, "Python int too large to convert to C int")
	}
	if err != nil {
		return nil, err
	}
	var d *linalg.DType
	if dt.ok {
		d = &dt.v
	}
	return c.result(nil)(linalg.TraceAxes(a, k, ax1, ax2, d))
}

// npOuter flattens both operands first, as NumPy does.
func npOuter(c *Call) (eval.Value, error) {
	var a, b *linalg.Array
	var out eval.Value
	if err := c.Unpack(&a, &b, &out); err != nil {
		return nil, err
	}
	if out != eval.None {
		return nil, c.notSupported("out=...")
	}
	return ndarrayResult(c)(linalg.Outer(a.AsArray().Ravel(), b.AsArray().Ravel()))
}

func npKron(c *Call) (eval.Value, error) {
	var a, b *linalg.Array
	if err := c.Unpack(&a, &b); err != nil {
		return nil, err
	}
	return c.result(nil)(linalg.Kron(a, b))
}

// npCross: axis, when given, overrides axisa, axisb and axisc.
func npCross(c *Call) (eval.Value, error) {
	var a, b *linalg.Array
	var axa, axb, axc int
	var axis opt[int]
	if err := c.Unpack(&a, &b, &axa, &axb, &axc, &axis); err != nil {
		return nil, err
	}
	if axis.ok {
		axa, axb, axc = axis.v, axis.v, axis.v
	}
	r, ws, err := linalg.CrossAxes(a, b, axa, axb, axc)
	warn(c.th, ws)
	return ndarrayResult(c)(r, err)
}

func npVdot(c *Call) (eval.Value, error) {
	var a, b *linalg.Array
	if err := c.Unpack(&a, &b); err != nil {
		return nil, err
	}
	return c.result(nil)(linalg.Vdot(a, b))
}

func npInner(c *Call) (eval.Value, error) {
	var a, b *linalg.Array
	if err := c.Unpack(&a, &b); err != nil {
		return nil, err
	}
	return c.result(nil)(linalg.Inner(a, b))
}

func npTensordot(c *Call) (eval.Value, error) {
	var a, b *linalg.Array
	var axes eval.Value
	if err := c.Unpack(&a, &b, &axes); err != nil {
		return nil, err
	}
	axA, axB, err := tensordotAxes(c.th, axes, 1+max(a.Ndim(), b.Ndim()))
	if err != nil {
		return nil, err
	}
	return ndarrayResult(c)(linalg.Tensordot(a, b, axA, axB))
}

func npTriu(c *Call) (eval.Value, error) {
	var m *linalg.Array
	var k int
	if err := c.Unpack(&m, &k); err != nil {
		return nil, err
	}
	return ndarrayResult(c)(linalg.Triu(m, k))
}

func npTril(c *Call) (eval.Value, error) {
	var m *linalg.Array
	var k int
	if err := c.Unpack(&m, &k); err != nil {
		return nil, err
	}
	return ndarrayResult(c)(linalg.Tril(m, k))
}

// npEinsum takes the subscripts string and operands, or the sublist form
// (einsumSublists). Any optimize value gives the same result, as every
// contraction order does; but, as in NumPy, a value other than False
// routes the call through NumPy's Python path, which names all the
// keywords it does not know.
func npEinsum(c *Call) (eval.Value, error) {
	var args []eval.Value
	var out, optimize eval.Value
	var kwargs []eval.Kwarg
	if err := c.Unpack(&args, &out, &optimize, &kwargs); err != nil {
		return nil, err
	}
	if optimize != eval.False {
		var unknown []string
		for _, kw := range kwargs {
			if kw.Name != "dtype" && kw.Name != "order" && kw.Name != "casting" {
				unknown = append(unknown, eval.Repr(eval.String(kw.Name)))
			}
		}
		if len(unknown) > 0 {
			return nil, eval.NewError(eval.TypeError, "Did not understand the following kwargs: [%s]", strings.Join(unknown, ", "))
		}
	}
	if len(args) == 0 {
		return nil, eval.NewError(eval.ValueError, "must specify the einstein sum subscripts string and at least one operand, or at least one operand and its corresponding subscripts list")
	}
	var opt linalg.EinsumOptions
	for _, kw := range kwargs {
		switch kw.Name {
		case "order":
			s, ok := kw.Value.(eval.String)
			if !ok || !strings.Contains("CFAK", string(s)) || len(s) != 1 {
				return nil, eval.NewError(eval.ValueError, "order must be one of 'C', 'F', 'A', or 'K' (got %s)", eval.Repr(kw.Value))
			}
		case "dtype":
			if kw.Value != eval.None {
				d, err := toDType(kw.Value)
				if err != nil {
					return nil, err
				}
				opt.DType = &d
			}
		case "casting":
			s, ok := kw.Value.(eval.String)
			if !ok {
				return nil, eval.NewError(eval.TypeError, "casting must be str, not %s", kw.Value.Type())
			}
			switch s {
			case "no", "equiv", "safe", "same_kind", "unsafe":
				opt.Casting = string(s)
			default:
				return nil, eval.NewError(eval.ValueError, "casting must be one of 'no', 'equiv', 'safe', 'same_kind', 'unsafe' (got %s)", eval.Repr(s))
			}
		default:
			return nil, eval.NewError(eval.TypeError, "einsum() got an unexpected keyword argument '%s'", kw.Name)
		}
	}
	if out != eval.None {
		return nil, c.notSupported("out=...")
	}
	var subs string
	var opv []eval.Value
	switch s := args[0].(type) {
	case eval.String:
		if len(args) == 1 {
			return nil, eval.NewError(eval.ValueError, "must specify the einstein sum subscripts string and at least one operand")
		}
		subs, opv = string(s), args[1:]
	case eval.Bytes:
		if len(args) == 1 {
			return nil, eval.NewError(eval.ValueError, "must specify the einstein sum subscripts string and at least one operand")
		}
		subs, opv = string(s), args[1:]
	default:
		if len(args) == 1 {
			return nil, eval.NewError(eval.ValueError, "must provide at least an operand and a subscripts list to einsum")
		}
		var err error
		if subs, opv, err = einsumSublists(c.th, args); err != nil {
			return nil, err
		}
	}
	ops := make([]*linalg.Array, len(opv))
	for k, v := range opv {
		a, err := c.in.arrayArg(c.th, v)
		if err != nil {
			return nil, err
		}
		ops[k] = a
	}
	return c.result(nil)(linalg.EinsumWith(subs, ops, opt))
}

// tensordotAxes reads np.tensordot's axes: an int n (the last n axes of a
// with the first n of b) or a pair of axis sequences or single axes, with
// the errors of NumPy's Python code. An n beyond limit, more axes than
// either operand has, fails alike for any larger n, so it is cut there.
func tensordotAxes(th *eval.Thread, v eval.Value, limit int) ([]int, []int, error) {
	if _, isStr := v.(eval.String); !isStr {
		if n, err := eval.ToIndex(v, ""); err == nil {
			// NumPy first lists range(-n, 0).
			if err := eval.CheckSeqLen(int64(n)); n > 0 && err != nil {
				return nil, nil, err
			}
			n = min(n, limit)
			var a, b []int
			for k := -n; k < 0; k++ {
				a = append(a, k)
			}
			for k := 0; k < n; k++ {
				b = append(b, k)
			}
			return a, b, nil
		}
	}
	if _, err := eval.Iterate(v); err != nil {
		if v.Type() == "float" {
			return nil, nil, eval.NewError(eval.TypeError, "'float' object cannot be interpreted as an integer")
		}
		return nil, nil, eval.NewError(eval.TypeError, "bad operand type for unary -: '%s'", v.Type())
	}
	pair, err := eval.Collect(th, v)
	if err != nil {
		return nil, nil, err
	}
	switch {
	case len(pair) > 2:
		return nil, nil, eval.NewError(eval.ValueError, "too many values to unpack (expected 2)")
	case len(pair) < 2:
		return nil, nil, eval.NewError(eval.ValueError, "not enough values to unpack (expected 2, got %d)", len(pair))
	}
	var lists [2][]eval.Value
	for k, half := range pair {
		if _, ok := half.(eval.Sequence); ok {
			if lists[k], err = eval.Collect(th, half); err != nil {
				return nil, nil, err
			}
		} else {
			lists[k] = []eval.Value{half}
		}
	}
	var ints [2][]int
	bad := ""
	for k, l := range lists {
		seen := map[int]bool{}
		for _, x := range l {
			i, err := eval.ToIndex(x, "")
			if err != nil {
				if bad == "" {
					bad = x.Type()
				}
				continue
			}
			if seen[i] {
				return nil, nil, eval.NewError(eval.ValueError, "duplicate axes are not allowed in tensordot")
			}
			seen[i] = true
			ints[k] = append(ints[k], i)
		}
	}
	if len(lists[0]) != len(lists[1]) {
		return nil, nil, eval.NewError(eval.ValueError, "shape-mismatch for sum")
	}
	if bad != "" {
		return nil, nil, eval.NewError(eval.TypeError, "tuple indices must be integers or slices, not %s", bad)
	}
	return ints[0], ints[1], nil
}

// einsumSublists turns np.einsum's other calling form, einsum(op0,
// sublist0, op1, sublist1, ..., [sublistout]), into a subscripts string
// and the operands: axis label n is the letter 'A'+n below 26, 'a'+n−26
// below 52, and Ellipsis is "...".
func einsumSublists(th *eval.Thread, args []eval.Value) (string, []eval.Value, error) {
	label := func(v eval.Value) (string, error) {
		if _, ok := v.(eval.EllipsisType); ok {
			return "...", nil
		}
		if _, ok := v.(eval.Float); !ok {
			if n, err := eval.ToIndex(v, ""); err == nil {
				switch {
				case n < 0 || n >= 52:
					return "", eval.NewError(eval.ValueError, "subscript is not within the valid range [0, 52)")
				case n < 26:
					return string(rune('A' + n)), nil
				default:
					return string(rune('a' + n - 26)), nil
				}
			}
		}
		return "", eval.NewError(eval.TypeError, "each subscript must be either an integer or an ellipsis")
	}
	list := func(v eval.Value) (string, error) {
		if _, ok := v.(eval.Sequence); !ok {
			return "", eval.NewError(eval.TypeError, "each subscript must be either an integer or an ellipsis")
		}
		items, err := eval.Collect(th, v)
		if err != nil {
			return "", err
		}
		var sb strings.Builder
		for _, it := range items {
			l, err := label(it)
			if err != nil {
				return "", err
			}
			sb.WriteString(l)
		}
		return sb.String(), nil
	}
	var terms []string
	var ops []eval.Value
	for k := 0; k+1 < len(args); k += 2 {
		t, err := list(args[k+1])
		if err != nil {
			return "", nil, err
		}
		terms = append(terms, t)
		ops = append(ops, args[k])
	}
	subs := strings.Join(terms, ",")
	if len(args)%2 == 1 {
		t, err := list(args[len(args)-1])
		if err != nil {
			return "", nil, err
		}
		subs += "->" + t
	}
	return subs, ops, nil
}
