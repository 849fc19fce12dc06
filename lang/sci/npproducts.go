package sci

import (
	"math"
	"strings"

	"github.com/golinalg/golinalg/lang/eval"
	"github.com/golinalg/golinalg/linalg"
)

// addNumpyProducts installs numpy's vector, matrix and tensor products and
// matrix helpers that live at the top of the numpy module (np.trace,
// np.outer, np.kron, ...) into m.
func (in *lib) addNumpyProducts(m *eval.Module) {
	def := func(name string, fn npFn) { m.Attrs()[name] = eval.NewBuiltin(name, fn) }
	// two unpacks the operands a and b of name.
	two := func(th *eval.Thread, name string, args []eval.Value, kwargs []eval.Kwarg, pairs ...any) (*linalg.Array, *linalg.Array, error) {
		var x, y eval.Value
		if err := eval.UnpackArgs(name, args, kwargs, append([]any{"a", &x, "b", &y}, pairs...)...); err != nil {
			return nil, nil, err
		}
		a, err := in.arrayArg(th, x)
		if err != nil {
			return nil, nil, err
		}
		b, err := in.arrayArg(th, y)
		if err != nil {
			return nil, nil, err
		}
		return a, b, nil
	}
	// positional2 unpacks the two positional-only operands of vdot and
	// inner, with CPython's messages.
	positional2 := func(th *eval.Thread, name string, args []eval.Value, kwargs []eval.Kwarg) (*linalg.Array, *linalg.Array, error) {
		var named []string
		for _, p := range []string{"a", "b"} {
			for _, kw := range kwargs {
				if kw.Name == p {
					named = append(named, p)
				}
			}
		}
		switch {
		case len(named) > 0:
			return nil, nil, eval.NewError(eval.TypeError, "%s() got some positional-only arguments passed as keyword arguments: '%s'", name, strings.Join(named, ", "))
		case len(kwargs) > 0:
			return nil, nil, eval.NewError(eval.TypeError, "%s() got an unexpected keyword argument '%s'", name, kwargs[0].Name)
		case len(args) > 2:
			return nil, nil, eval.NewError(eval.TypeError, "%s() takes 2 positional arguments but %d were given", name, len(args))
		case len(args) == 1:
			return nil, nil, eval.NewError(eval.TypeError, "%s() missing 1 required positional argument: 'b'", name)
		case len(args) == 0:
			return nil, nil, eval.NewError(eval.TypeError, "%s() missing 2 required positional arguments: 'a' and 'b'", name)
		}
		return two(th, name, args, nil)
	}
	scalarResult := func(r *linalg.Array, err error) (eval.Value, error) {
		if err != nil {
			return nil, pyErr(nil, "", nil, err)
		}
		return in.wrapScalar(r), nil
	}
	arrayResult := func(r *linalg.Array, err error) (eval.Value, error) {
		if err != nil {
			return nil, pyErr(nil, "", nil, err)
		}
		return &Array{a: r, in: in}, nil
	}

	def("trace", func(th *eval.Thread, args []eval.Value, kwargs []eval.Kwarg) (eval.Value, error) {
		var x, off, dt, out eval.Value = nil, eval.Int(0), eval.None, eval.None
		ax1, ax2 := 0, 1
		if err := eval.UnpackArgs("trace", args, kwargs, "a", &x, "offset?", &off, "axis1?", &ax1, "axis2?", &ax2, "dtype?", &dt, "out?", &out); err != nil {
			return nil, err
		}
		if out != eval.None {
			return nil, eval.NewError(eval.NotImplementedError, "np.trace: the out argument is not supported")
		}
		k, err := eval.ToIndex(off, "integer argument expected, got "+off.Type())
		if _, big := off.(eval.BigInt); big || err == nil && (k > math.MaxInt32 || k < math.MinInt32) {
			return nil, eval.NewError(eval.OverflowError, "Python int too large to convert to C int")
		}
		if err != nil {
			return nil, err
		}
		a, err := in.arrayArg(th, x)
		if err != nil {
			return nil, err
		}
		var d *linalg.DType
		if dt != eval.None {
			dd, err := toDType(dt)
			if err != nil {
				return nil, err
			}
			d = &dd
		}
		return scalarResult(linalg.TraceAxes(a, k, ax1, ax2, d))
	})
	def("outer", func(th *eval.Thread, args []eval.Value, kwargs []eval.Kwarg) (eval.Value, error) {
		var out eval.Value = eval.None
		a, b, err := two(th, "outer", args, kwargs, "out?", &out)
		if err != nil {
			return nil, err
		}
		if out != eval.None {
			return nil, eval.NewError(eval.NotImplementedError, "np.outer: the out argument is not supported")
		}
		return arrayResult(linalg.Outer(a.AsArray().Ravel(), b.AsArray().Ravel()))
	})
	def("kron", func(th *eval.Thread, args []eval.Value, kwargs []eval.Kwarg) (eval.Value, error) {
		a, b, err := two(th, "kron", args, kwargs)
		if err != nil {
			return nil, err
		}
		return scalarResult(linalg.Kron(a, b))
	})
	def("cross", func(th *eval.Thread, args []eval.Value, kwargs []eval.Kwarg) (eval.Value, error) {
		axa, axb, axc := -1, -1, -1
		var axis eval.Value = eval.None
		a, b, err := two(th, "cross", args, kwargs, "axisa?", &axa, "axisb?", &axb, "axisc?", &axc, "axis?", &axis)
		if err != nil {
			return nil, err
		}
		if axis != eval.None {
			k, err := eval.ToIndex(axis, "'"+axis.Type()+"' object cannot be interpreted as an integer")
			if err != nil {
				return nil, err
			}
			axa, axb, axc = k, k, k
		}
		r, ws, err := linalg.CrossAxes(a, b, axa, axb, axc)
		warn(th, ws)
		return arrayResult(r, err)
	})
	def("vdot", func(th *eval.Thread, args []eval.Value, kwargs []eval.Kwarg) (eval.Value, error) {
		a, b, err := positional2(th, "vdot", args, kwargs)
		if err != nil {
			return nil, err
		}
		return scalarResult(linalg.Vdot(a, b))
	})
	def("inner", func(th *eval.Thread, args []eval.Value, kwargs []eval.Kwarg) (eval.Value, error) {
		a, b, err := positional2(th, "inner", args, kwargs)
		if err != nil {
			return nil, err
		}
		return scalarResult(linalg.Inner(a, b))
	})
	def("tensordot", func(th *eval.Thread, args []eval.Value, kwargs []eval.Kwarg) (eval.Value, error) {
		var axes eval.Value = eval.Int(2)
		a, b, err := two(th, "tensordot", args, kwargs, "axes?", &axes)
		if err != nil {
			return nil, err
		}
		axA, axB, err := tensordotAxes(th, axes, 1+max(a.Ndim(), b.Ndim()))
		if err != nil {
			return nil, err
		}
		return arrayResult(linalg.Tensordot(a, b, axA, axB))
	})
	tri := func(name string, f func(*linalg.Array, int) (*linalg.Array, error)) {
		def(name, func(th *eval.Thread, args []eval.Value, kwargs []eval.Kwarg) (eval.Value, error) {
			var x eval.Value
			k := 0
			if err := eval.UnpackArgs(name, args, kwargs, "m", &x, "k?", &k); err != nil {
				return nil, err
			}
			a, err := in.arrayArg(th, x)
			if err != nil {
				return nil, err
			}
			return arrayResult(f(a, k))
		})
	}
	tri("triu", linalg.Triu)
	tri("tril", linalg.Tril)
	def("einsum", func(th *eval.Thread, args []eval.Value, kwargs []eval.Kwarg) (eval.Value, error) {
		var opt linalg.EinsumOptions
		for _, kw := range kwargs {
			switch kw.Name {
			case "optimize":
				// Any contraction order gives the same result.
			case "order":
				s, ok := kw.Value.(eval.String)
				if !ok || !strings.Contains("CFAK", string(s)) || len(s) != 1 {
					return nil, eval.NewError(eval.ValueError, "order must be one of 'C', 'F', 'A', or 'K' (got %s)", eval.Repr(kw.Value))
				}
			case "out":
				if kw.Value != eval.None {
					return nil, eval.NewError(eval.NotImplementedError, "np.einsum: the out argument is not supported")
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
		if len(args) == 0 {
			return nil, eval.NewError(eval.ValueError, "must specify the einstein sum subscripts string and at least one operand, or at least one operand and its corresponding subscripts list")
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
			if subs, opv, err = einsumSublists(th, args); err != nil {
				return nil, err
			}
		}
		ops := make([]*linalg.Array, len(opv))
		for k, v := range opv {
			a, err := in.arrayArg(th, v)
			if err != nil {
				return nil, err
			}
			ops[k] = a
		}
		return scalarResult(linalg.EinsumWith(subs, ops, opt))
	})
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
