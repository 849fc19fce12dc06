package sci

import (
	"math"

	"github.com/golinalg/golinalg/lang/eval"
	"github.com/golinalg/golinalg/linalg"
)

type npFn func(th *eval.Thread, args []eval.Value, kwargs []eval.Kwarg) (eval.Value, error)

// arrayArg converts an argument to an array with NumPy's messages.
func (in *lib) arrayArg(th *eval.Thread, v eval.Value) (*linalg.Array, error) {
	a, ok, err := in.toArray(th, v)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, eval.NewError(eval.TypeError, "unsupported operand type for numpy: '%s'", v.Type())
	}
	return a, nil
}

// closeArgs unpacks the arguments shared by allclose and isclose:
// a, b, rtol=1e-05, atol=1e-08, equal_nan=False.
func (in *lib) closeArgs(th *eval.Thread, name string, args []eval.Value, kwargs []eval.Kwarg) (a, b *linalg.Array, rtol, atol float64, equalNaN bool, err error) {
	var x, y eval.Value
	rtol, atol = 1e-05, 1e-08
	if err = eval.UnpackArgs(name, args, kwargs, "a", &x, "b", &y, "rtol?", &rtol, "atol?", &atol, "equal_nan?", &equalNaN); err != nil {
		return
	}
	if a, err = in.arrayArg(th, x); err != nil {
		return
	}
	b, err = in.arrayArg(th, y)
	return
}

// addNumpyLegacy installs the numpy functions not yet in the table
// numpyMod (numpy_module.go), in the old style.
func (in *lib) addNumpyLegacy(m *eval.Module) {
	def := func(name string, fn npFn) { m.Attrs()[name] = eval.NewBuiltin(name, fn) }
	for _, t := range []*npType{{"float64", linalg.Float64, in}, {"int64", linalg.Int64, in}, {"complex128", linalg.Complex128, in}, {"bool", linalg.Bool, in}} {
		m.Attrs()[t.name] = t
		in.types[t.d] = t
	}
	m.Attrs()["bool_"] = m.Attrs()["bool"]
	m.Attrs()["double"] = m.Attrs()["float64"]
	m.Attrs()["float_"] = m.Attrs()["float64"]
	m.Attrs()["int_"] = m.Attrs()["int64"]
	m.Attrs()["complex_"] = m.Attrs()["complex128"]
	for _, c := range []*npClass{ndarrayClass, floatingClass, integerClass, numberClass} {
		m.Attrs()[c.name[len("numpy."):]] = c
	}
	m.Attrs()["pi"] = eval.Float(math.Pi)
	m.Attrs()["e"] = eval.Float(math.E)
	m.Attrs()["inf"] = eval.Float(math.Inf(1))
	m.Attrs()["nan"] = eval.Float(math.NaN())
	m.Attrs()["newaxis"] = eval.None
	m.Attrs()["True_"] = &NumpyScalar{v: true, d: linalg.Bool, in: in}
	m.Attrs()["False_"] = &NumpyScalar{v: false, d: linalg.Bool, in: in}
	m.Attrs()["__version__"] = eval.String("2.4.6")

	arrayCtor := func(name string, matrix bool) npFn {
		return func(th *eval.Thread, args []eval.Value, kwargs []eval.Kwarg) (eval.Value, error) {
			var obj, dt eval.Value = nil, eval.None
			copyArg := eval.Value(eval.True)
			if err := eval.UnpackArgs(name, args, kwargs, "object", &obj, "dtype?", &dt, "*", "copy?", &copyArg); err != nil {
				return nil, err
			}
			var a *linalg.Array
			var err error
			var dp *linalg.DType
			if dt != eval.None {
				d, err := toDType(dt)
				if err != nil {
					return nil, err
				}
				dp = &d
			}
			switch o := obj.(type) {
			case *Array:
				a = o.a
				if name != "asarray" || dp != nil {
					a = a.Copy()
				}
				if dp != nil {
					a = a.AsType(*dp)
				}
				if !matrix && name == "array" {
					a = a.AsArray()
				}
			case eval.String:
				if matrix {
					a, err = in.matrixFromString(th, string(o))
					if err != nil {
						return nil, err
					}
				} else {
					return nil, eval.NewError(eval.NotImplementedError, "golinalg arrays hold numbers only (bool, int64, float64, complex128), not str")
				}
			default:
				a, err = in.arrayFromNested(th, obj, dp)
				if err != nil {
					return nil, err
				}
			}
			if matrix {
				if a, err = a.AsMatrix(); err != nil {
					return nil, pyErr(th, "", nil, err)
				}
			} else if name == "asarray" || name == "array" {
				if _, wasArr := obj.(*Array); !wasArr {
					a = a.AsArray()
				}
			}
			return &Array{a: a, in: in}, nil
		}
	}
	def("array", arrayCtor("array", false))
	def("asarray", arrayCtor("asarray", false))
	def("matrix", arrayCtor("matrix", true))
	def("asmatrix", arrayCtor("asmatrix", true))

	shapeArg := func(v eval.Value) ([]int, error) {
		if n, ok := eval.AsSmallInt(v); ok {
			return []int{int(n)}, nil
		}
		return intList([]eval.Value{v})
	}
	fill := func(name string, val any) npFn {
		return func(th *eval.Thread, args []eval.Value, kwargs []eval.Kwarg) (eval.Value, error) {
			var shape, dt eval.Value = nil, eval.None
			var fv eval.Value = eval.None
			pairs := []any{"shape", &shape}
			if val == nil {
				pairs = append(pairs, "fill_value", &fv)
			}
			pairs = append(pairs, "dtype?", &dt)
			if err := eval.UnpackArgs(name, args, kwargs, pairs...); err != nil {
				return nil, err
			}
			s, err := shapeArg(shape)
			if err != nil {
				return nil, err
			}
			d := linalg.Float64
			v := val
			if val == nil {
				gv, err := goScalar(fv)
				if err != nil {
					return nil, err
				}
				v = gv
				d, _ = linalg.DTypeOf(gv)
			}
			if dt != eval.None {
				if d, err = toDType(dt); err != nil {
					return nil, err
				}
			}
			a, err := linalg.Full(d, s, v)
			if err != nil {
				return nil, pyErr(th, "", nil, err)
			}
			return &Array{a: a, in: in}, nil
		}
	}
	def("zeros", fill("zeros", 0))
	def("ones", fill("ones", 1))
	def("full", fill("full", nil))
	def("empty", fill("empty", 0))
	def("eye", func(th *eval.Thread, args []eval.Value, kwargs []eval.Kwarg) (eval.Value, error) {
		var n int
		var mv, dt eval.Value = eval.None, eval.None
		k := 0
		if err := eval.UnpackArgs("eye", args, kwargs, "N", &n, "M?", &mv, "k?", &k, "dtype?", &dt); err != nil {
			return nil, err
		}
		cols := n
		if mv != eval.None {
			c, err := eval.ToIndex(mv, "'"+mv.Type()+"' object cannot be interpreted as an integer")
			if err != nil {
				return nil, err
			}
			cols = c
		}
		d := linalg.Float64
		if dt != eval.None {
			var err error
			if d, err = toDType(dt); err != nil {
				return nil, err
			}
		}
		a, err := linalg.Eye(d, n, cols, k)
		if err != nil {
			return nil, pyErr(th, "", nil, err)
		}
		return &Array{a: a, in: in}, nil
	})
	def("identity", func(th *eval.Thread, args []eval.Value, kwargs []eval.Kwarg) (eval.Value, error) {
		var n int
		var dt eval.Value = eval.None
		if err := eval.UnpackArgs("identity", args, kwargs, "n", &n, "dtype?", &dt); err != nil {
			return nil, err
		}
		d := linalg.Float64
		if dt != eval.None {
			var err error
			if d, err = toDType(dt); err != nil {
				return nil, err
			}
		}
		a, err := linalg.Identity(d, n)
		return &Array{a: a, in: in}, pyErr(th, "", nil, err)
	})
	def("arange", func(th *eval.Thread, args []eval.Value, kwargs []eval.Kwarg) (eval.Value, error) {
		var vals []any
		for _, a := range args {
			g, err := goScalar(a)
			if err != nil {
				return nil, err
			}
			vals = append(vals, g)
		}
		var start, stop, step any = int64(0), nil, int64(1)
		switch len(vals) {
		case 1:
			stop = vals[0]
		case 2:
			start, stop = vals[0], vals[1]
		case 3:
			start, stop, step = vals[0], vals[1], vals[2]
		default:
			return nil, eval.NewError(eval.TypeError, "arange() requires stop to be specified.")
		}
		a, err := linalg.Arange(start, stop, step)
		return &Array{a: a, in: in}, pyErr(th, "", nil, err)
	})
	def("linspace", func(th *eval.Thread, args []eval.Value, kwargs []eval.Kwarg) (eval.Value, error) {
		var start, stop float64
		num := 50
		endpoint := true
		if err := eval.UnpackArgs("linspace", args, kwargs, "start", &start, "stop", &stop, "num?", &num, "endpoint?", &endpoint); err != nil {
			return nil, err
		}
		a, err := linalg.Linspace(start, stop, num, endpoint)
		return &Array{a: a, in: in}, pyErr(th, "", nil, err)
	})
	def("diag", func(th *eval.Thread, args []eval.Value, kwargs []eval.Kwarg) (eval.Value, error) {
		var v eval.Value
		k := 0
		if err := eval.UnpackArgs("diag", args, kwargs, "v", &v, "k?", &k); err != nil {
			return nil, err
		}
		a, err := in.arrayArg(th, v)
		if err != nil {
			return nil, err
		}
		r, err := linalg.Diag(a, k)
		return &Array{a: r, in: in}, pyErr(th, "", nil, err)
	})
	binary2 := func(name string, f func(a, b *linalg.Array) (*linalg.Array, error)) npFn {
		return func(th *eval.Thread, args []eval.Value, kwargs []eval.Kwarg) (eval.Value, error) {
			var x, y eval.Value
			if err := eval.UnpackArgs(name, args, kwargs, "a", &x, "b", &y); err != nil {
				return nil, err
			}
			a, err := in.arrayArg(th, x)
			if err != nil {
				return nil, err
			}
			b, err := in.arrayArg(th, y)
			if err != nil {
				return nil, err
			}
			r, err := f(a, b)
			if err != nil {
				return nil, pyErr(th, "", nil, err)
			}
			return in.wrapScalar(r), nil
		}
	}
	def("dot", binary2("dot", linalg.Dot))
	def("matmul", binary2("matmul", linalg.MatMul))
	ufunc2 := func(name string, op linalg.BinaryOp) {
		def(name, func(th *eval.Thread, args []eval.Value, kwargs []eval.Kwarg) (eval.Value, error) {
			var x, y eval.Value
			if err := eval.UnpackArgs(name, args, kwargs, "x1", &x, "x2", &y); err != nil {
				return nil, err
			}
			a, err := in.arrayArg(th, x)
			if err != nil {
				return nil, err
			}
			b, err := in.arrayArg(th, y)
			if err != nil {
				return nil, err
			}
			r, ws, err := linalg.Binary(op, a, b)
			warn(th, ws)
			if err != nil {
				return nil, pyErr(th, "", nil, err)
			}
			return in.wrapScalar(r), nil
		})
	}
	ufunc2("add", linalg.OpAdd)
	ufunc2("subtract", linalg.OpSub)
	ufunc2("multiply", linalg.OpMul)
	ufunc2("divide", linalg.OpDiv)
	ufunc2("true_divide", linalg.OpDiv)
	ufunc2("power", linalg.OpPow)
	ufunc2("maximum", linalg.OpMaximum)
	ufunc2("minimum", linalg.OpMinimum)
	ufunc2("equal", linalg.OpEqual)
	ufunc1 := func(name string, op linalg.UnaryOp) {
		def(name, func(th *eval.Thread, args []eval.Value, kwargs []eval.Kwarg) (eval.Value, error) {
			var x eval.Value
			if err := eval.UnpackArgs(name, args, kwargs, "x", &x); err != nil {
				return nil, err
			}
			a, err := in.arrayArg(th, x)
			if err != nil {
				return nil, err
			}
			r, ws, err := linalg.Unary(op, a)
			warn(th, ws)
			if err != nil {
				return nil, pyErr(th, "", nil, err)
			}
			return in.wrapScalar(r), nil
		})
	}
	for name, op := range map[string]linalg.UnaryOp{"negative": linalg.OpNeg, "abs": linalg.OpAbs, "absolute": linalg.OpAbs,
		"sqrt": linalg.OpSqrt, "exp": linalg.OpExp, "log": linalg.OpLog, "sin": linalg.OpSin, "cos": linalg.OpCos,
		"tan": linalg.OpTan, "floor": linalg.OpFloor, "ceil": linalg.OpCeil, "sign": linalg.OpSign, "isnan": linalg.OpIsNaN,
		"isinf": linalg.OpIsInf, "isfinite": linalg.OpIsFinite, "conj": linalg.OpConj, "conjugate": linalg.OpConj,
		"real": linalg.OpReal, "imag": linalg.OpImag, "rint": linalg.OpRint} {
		ufunc1(name, op)
	}
	def("allclose", func(th *eval.Thread, args []eval.Value, kwargs []eval.Kwarg) (eval.Value, error) {
		a, b, rtol, atol, equalNaN, err := in.closeArgs(th, "allclose", args, kwargs)
		if err != nil {
			return nil, err
		}
		r, err := linalg.Allclose(a, b, rtol, atol, equalNaN)
		if err != nil {
			return nil, pyErr(th, "", nil, err)
		}
		return eval.Bool(r), nil
	})
	def("isclose", func(th *eval.Thread, args []eval.Value, kwargs []eval.Kwarg) (eval.Value, error) {
		a, b, rtol, atol, equalNaN, err := in.closeArgs(th, "isclose", args, kwargs)
		if err != nil {
			return nil, err
		}
		r, err := linalg.Isclose(a, b, rtol, atol, equalNaN)
		if err != nil {
			return nil, pyErr(th, "", nil, err)
		}
		return in.wrapScalar(r), nil
	})
	def("array_equal", func(th *eval.Thread, args []eval.Value, kwargs []eval.Kwarg) (eval.Value, error) {
		var x, y eval.Value
		if err := eval.UnpackArgs("array_equal", args, kwargs, "a1", &x, "a2", &y); err != nil {
			return nil, err
		}
		a, err := in.arrayArg(th, x)
		if err != nil {
			return nil, err
		}
		b, err := in.arrayArg(th, y)
		if err != nil {
			return nil, err
		}
		return eval.Bool(linalg.ArrayEqual(a, b)), nil
	})
	for _, name := range []string{"sum", "mean", "max", "min", "prod", "std", "var", "all", "any", "argmax", "argmin", "amax", "amin"} {
		name := name
		def(name, func(th *eval.Thread, args []eval.Value, kwargs []eval.Kwarg) (eval.Value, error) {
			return in.reduce(th, name, args, kwargs)
		})
	}
	def("transpose", func(th *eval.Thread, args []eval.Value, kwargs []eval.Kwarg) (eval.Value, error) {
		var x eval.Value
		if err := eval.UnpackArgs("transpose", args, kwargs, "a", &x); err != nil {
			return nil, err
		}
		a, err := in.arrayArg(th, x)
		if err != nil {
			return nil, err
		}
		return &Array{a: a.T(), in: in}, nil
	})
	def("reshape", func(th *eval.Thread, args []eval.Value, kwargs []eval.Kwarg) (eval.Value, error) {
		var x, s eval.Value
		if err := eval.UnpackArgs("reshape", args, kwargs, "a", &x, "shape", &s); err != nil {
			return nil, err
		}
		a, err := in.arrayArg(th, x)
		if err != nil {
			return nil, err
		}
		shape, err := shapeArg(s)
		if err != nil {
			return nil, err
		}
		r, err := a.Reshape(shape)
		return &Array{a: r, in: in}, pyErr(th, "", nil, err)
	})
	joiner := func(name string, f func([]*linalg.Array, int) (*linalg.Array, error), defAxis int) npFn {
		return func(th *eval.Thread, args []eval.Value, kwargs []eval.Kwarg) (eval.Value, error) {
			var seq eval.Value
			axis := defAxis
			if err := eval.UnpackArgs(name, args, kwargs, "arrays", &seq, "axis?", &axis); err != nil {
				return nil, err
			}
			items, err := eval.Collect(th, seq)
			if err != nil {
				return nil, err
			}
			var arrs []*linalg.Array
			for _, it := range items {
				a, err := in.arrayArg(th, it)
				if err != nil {
					return nil, err
				}
				arrs = append(arrs, a)
			}
			r, err := f(arrs, axis)
			return &Array{a: r, in: in}, pyErr(th, "", nil, err)
		}
	}
	def("concatenate", joiner("concatenate", linalg.Concatenate, 0))
	def("stack", joiner("stack", linalg.Stack, 0))
	def("vstack", func(th *eval.Thread, args []eval.Value, kwargs []eval.Kwarg) (eval.Value, error) {
		return stackND(in, th, args, 0)
	})
	def("hstack", func(th *eval.Thread, args []eval.Value, kwargs []eval.Kwarg) (eval.Value, error) {
		return stackND(in, th, args, 1)
	})
	def("shape", func(th *eval.Thread, args []eval.Value, kwargs []eval.Kwarg) (eval.Value, error) {
		var x eval.Value
		if err := eval.UnpackArgs("shape", args, kwargs, "a", &x); err != nil {
			return nil, err
		}
		a, err := in.arrayArg(th, x)
		if err != nil {
			return nil, err
		}
		return shapeTuple(a.Shape()), nil
	})
	def("round", func(th *eval.Thread, args []eval.Value, kwargs []eval.Kwarg) (eval.Value, error) {
		var x eval.Value
		dec := 0
		if err := eval.UnpackArgs("round", args, kwargs, "a", &x, "decimals?", &dec); err != nil {
			return nil, err
		}
		a, err := in.arrayArg(th, x)
		if err != nil {
			return nil, err
		}
		if a.DType() != linalg.Float64 {
			return in.wrapScalar(a.Copy()), nil
		}
		src := a.Float64s()
		out := make([]float64, len(src))
		for i, f := range src {
			out[i] = npRound(f, dec)
		}
		r, err := linalg.NewFloat64(a.Shape(), out)
		if err != nil {
			return nil, pyErr(th, "", nil, err)
		}
		if a.IsMatrix() {
			r, _ = r.AsMatrix()
		}
		return in.wrapScalar(r), nil
	})
	m.Attrs()["around"] = m.Attrs()["round"]
	def("median", func(th *eval.Thread, args []eval.Value, kwargs []eval.Kwarg) (eval.Value, error) {
		var x, axis, out eval.Value = nil, eval.None, eval.None
		overwrite, keep := false, false
		if err := eval.UnpackArgs("median", args, kwargs, "a", &x, "axis?", &axis, "out?", &out, "overwrite_input?", &overwrite, "keepdims?", &keep); err != nil {
			return nil, err
		}
		if out != eval.None {
			return nil, eval.NewError(eval.NotImplementedError, "np.median: the out argument is not supported")
		}
		a, err := in.arrayArg(th, x)
		if err != nil {
			return nil, err
		}
		axes, err := axisList(axis)
		if err != nil {
			return nil, err
		}
		r, err := linalg.Median(a, axes, keep)
		if err != nil {
			return nil, pyErr(th, "", nil, err)
		}
		return in.wrapScalar(r), nil
	})
	def("diagonal", func(th *eval.Thread, args []eval.Value, kwargs []eval.Kwarg) (eval.Value, error) {
		var x eval.Value
		off, ax1, ax2 := 0, 0, 1
		if err := eval.UnpackArgs("diagonal", args, kwargs, "a", &x, "offset?", &off, "axis1?", &ax1, "axis2?", &ax2); err != nil {
			return nil, err
		}
		a, err := in.arrayArg(th, x)
		if err != nil {
			return nil, err
		}
		r, err := diagonalAxes(a, off, ax1, ax2)
		if err != nil {
			return nil, err
		}
		return &Array{a: r, in: in}, nil
	})
	def("repeat", func(th *eval.Thread, args []eval.Value, kwargs []eval.Kwarg) (eval.Value, error) {
		var x, reps, axis eval.Value = nil, nil, eval.None
		if err := eval.UnpackArgs("repeat", args, kwargs, "a", &x, "repeats", &reps, "axis?", &axis); err != nil {
			return nil, err
		}
		a, err := in.arrayArg(th, x)
		if err != nil {
			return nil, err
		}
		return in.repeat(th, a, reps, axis)
	})
	def("set_printoptions", func(th *eval.Thread, args []eval.Value, kwargs []eval.Kwarg) (eval.Value, error) {
		o := in.printOpts
		for _, kw := range kwargs {
			switch kw.Name {
			case "precision":
				if kw.Value == eval.None { // NumPy: None leaves the option as it is
					continue
				}
				n, err := eval.ToIndex(kw.Value, "precision must be an integer")
				if err != nil {
					return nil, err
				}
				o.Precision = n
			case "suppress":
				o.Suppress = kw.Value.Truth()
			case "threshold":
				n, err := eval.ToIndex(kw.Value, "threshold must be an integer")
				if err != nil {
					return nil, err
				}
				o.Threshold = n
			case "linewidth":
				n, err := eval.ToIndex(kw.Value, "linewidth must be an integer")
				if err != nil {
					return nil, err
				}
				o.Linewidth = n
			case "edgeitems":
				n, err := eval.ToIndex(kw.Value, "edgeitems must be an integer")
				if err != nil {
					return nil, err
				}
				o.EdgeItems = n
			case "floatmode":
				o.FloatMode = eval.Str(kw.Value)
			case "sign":
				o.Sign = eval.Str(kw.Value)
			default:
				return nil, eval.NewError(eval.TypeError, "set_printoptions() got an unexpected keyword argument '%s'", kw.Name)
			}
		}
		in.printOpts = o
		return eval.None, nil
	})
}

func stackND(in *lib, th *eval.Thread, args []eval.Value, axis int) (eval.Value, error) {
	if len(args) != 1 {
		return nil, eval.NewError(eval.TypeError, "expected one sequence argument")
	}
	items, err := eval.Collect(th, args[0])
	if err != nil {
		return nil, err
	}
	var arrs []*linalg.Array
	for _, it := range items {
		a, err := in.arrayArg(th, it)
		if err != nil {
			return nil, err
		}
		if axis == 0 && a.Ndim() == 1 {
			a, _ = a.Reshape([]int{1, a.Size()})
		}
		arrs = append(arrs, a)
	}
	if axis == 1 && len(arrs) > 0 && arrs[0].Ndim() == 1 {
		axis = 0
	}
	r, err := linalg.Concatenate(arrs, axis)
	return &Array{a: r, in: in}, pyErr(th, "", nil, err)
}

var reduceOps = map[string]linalg.ReduceOp{
	"sum": linalg.ReduceSum, "prod": linalg.ReduceProd, "mean": linalg.ReduceMean, "var": linalg.ReduceVar,
	"std": linalg.ReduceStd, "max": linalg.ReduceMax, "min": linalg.ReduceMin, "amax": linalg.ReduceMax,
	"amin": linalg.ReduceMin, "all": linalg.ReduceAll, "any": linalg.ReduceAny, "argmax": linalg.ReduceArgmax,
	"argmin": linalg.ReduceArgmin,
}

// axisList reads an axis argument of a reduction: None (nil, every axis),
// an int or a tuple of ints.
func axisList(axis eval.Value) ([]int, error) {
	if axis == eval.None {
		return nil, nil
	}
	return intList([]eval.Value{axis})
}

// reduce is np.sum(a, axis=None, keepdims=False) and friends.
func (in *lib) reduce(th *eval.Thread, name string, args []eval.Value, kwargs []eval.Kwarg) (eval.Value, error) {
	var x, axis eval.Value = nil, eval.None
	keep := false
	if err := eval.UnpackArgs(name, args, kwargs, "a", &x, "axis?", &axis, "*", "keepdims?", &keep); err != nil {
		return nil, err
	}
	a, err := in.arrayArg(th, x)
	if err != nil {
		return nil, err
	}
	axes, err := axisList(axis)
	if err != nil {
		return nil, err
	}
	r, ws, err := linalg.Reduce(reduceOps[name], a, axes, keep)
	warn(th, ws)
	if err != nil {
		return nil, pyErr(th, "", nil, err)
	}
	return in.wrapScalar(r), nil
}

// matrixFromString parses np.matrix("1 2; 3 4").
func (in *lib) matrixFromString(th *eval.Thread, s string) (*linalg.Array, error) {
	var rows [][]eval.Value
	for _, row := range splitAny(s, ";") {
		var vals []eval.Value
		for _, f := range splitAny(row, ", \t") {
			v, err := eval.BuiltinInt(th, []eval.Value{eval.String(f)}, nil)
			if err != nil {
				v, err = eval.BuiltinFloat(th, []eval.Value{eval.String(f)}, nil)
				if err != nil {
					return nil, err
				}
			}
			vals = append(vals, v)
		}
		rows = append(rows, vals)
	}
	elems := make([]eval.Value, len(rows))
	for i, r := range rows {
		elems[i] = eval.NewList(r)
	}
	return in.arrayFromNested(th, eval.NewList(elems), nil)
}

func splitAny(s, seps string) []string {
	var out []string
	cur := ""
	for _, r := range s {
		isSep := false
		for _, c := range seps {
			if r == c {
				isSep = true
			}
		}
		if isSep {
			if cur != "" {
				out = append(out, cur)
			}
			cur = ""
			continue
		}
		cur += string(r)
	}
	if cur != "" {
		out = append(out, cur)
	}
	return out
}

// normOrd converts the ord argument of norm, cond, vector_norm and
// matrix_norm.
func normOrd(v eval.Value) (linalg.NormOrd, error) {
	switch o := v.(type) {
	case eval.NoneType:
		return linalg.NormOrd{Default: true}, nil
	case eval.String:
		return linalg.NormOrd{Str: string(o)}, nil
	}
	f, err := eval.ToFloat(v)
	if err != nil {
		return linalg.NormOrd{}, eval.NewError(eval.TypeError, "'<' not supported between instances of '%s' and 'int'", v.Type())
	}
	return linalg.NormOrd{P: f}, nil
}

// normAxes converts an axis argument: None, an int or a tuple of ints.
func normAxes(v eval.Value) ([]int, error) {
	if v == eval.None {
		return nil, nil
	}
	axes, err := intList([]eval.Value{v})
	if err != nil {
		return nil, eval.NewError(eval.TypeError, "'axis' must be None, an integer or a tuple of integers")
	}
	return axes, nil
}

// repeat is np.repeat(a, reps, axis) and a.repeat(reps, axis): counts are
// truncated to ints as NumPy casts them.
func (in *lib) repeat(th *eval.Thread, a *linalg.Array, reps, axis eval.Value) (eval.Value, error) {
	if s, ok := reps.(eval.String); ok {
		return nil, eval.NewError(eval.ValueError, "invalid literal for int() with base 10: %s", eval.Repr(s))
	}
	ra, err := in.arrayArg(th, reps)
	if err != nil {
		return nil, err
	}
	ra = ra.AsType(linalg.Int64)
	counts := make([]int, ra.Size())
	for k := range counts {
		counts[k] = int(ra.At(k).(int64))
	}
	if len(counts) == 0 {
		counts = []int{0}
	}
	ax, hasAxis := 0, axis != eval.None
	if hasAxis {
		n, ok := eval.AsSmallInt(axis)
		if !ok {
			return nil, eval.NewError(eval.TypeError, "'%s' object cannot be interpreted as an integer", axis.Type())
		}
		ax = int(n)
	}
	r, err := linalg.Repeat(a, counts, ax, hasAxis)
	if err != nil {
		return nil, pyErr(th, "", nil, err)
	}
	return &Array{a: r, in: in}, nil
}

// diagonalAxes is np.diagonal(a, off, ax1, ax2): the diagonal of the
// matrices spanned by axes ax1 and ax2, appended as the last axis after
// the others in order.
func diagonalAxes(a *linalg.Array, off, ax1, ax2 int) (*linalg.Array, error) {
	nd := len(a.Shape())
	if nd < 2 {
		return nil, eval.NewError(eval.ValueError, "diag requires an array of at least two dimensions")
	}
	for i, ax := range []*int{&ax1, &ax2} {
		if *ax < -nd || *ax >= nd {
			return nil, eval.NewError(eval.AxisError, "axis%d: axis %d is out of bounds for array of dimension %d", i+1, *ax, nd)
		}
		if *ax < 0 {
			*ax += nd
		}
	}
	if ax1 == ax2 {
		return nil, eval.NewError(eval.ValueError, "axis1 and axis2 cannot be the same")
	}
	perm := make([]int, 0, nd)
	for k := 0; k < nd; k++ {
		if k != ax1 && k != ax2 {
			perm = append(perm, k)
		}
	}
	t, err := a.Transpose(append(perm, ax1, ax2)...)
	if err != nil {
		return nil, pyErr(nil, "", nil, err)
	}
	r, err := linalg.Diagonal(t, off)
	return r, pyErr(nil, "", nil, err)
}
