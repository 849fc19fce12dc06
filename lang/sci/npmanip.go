package sci

import (
	"math"
	"strings"

	"github.com/golinalg/golinalg/lang/eval"
	"github.com/golinalg/golinalg/linalg"
)

// addNumpyManip installs numpy's array-manipulation and elementwise
// helpers that live at the top of the numpy module into m: where, nonzero,
// argwhere, count_nonzero, clip, cumsum, cumprod, unique, diff, append,
// delete, insert, tile, flip, fliplr, flipud, rot90, meshgrid, vander,
// polyfit, polyval and roots. Their argument errors use CPython's wording
// for functions written in Python, as NumPy's are (see pyUnpack).
func (in *lib) addNumpyManip(m *eval.Module) {
	def := func(name string, fn npFn) { m.Attrs()[name] = eval.NewBuiltin(name, fn) }
	arrayResult := func(r *linalg.Array, err error) (eval.Value, error) {
		if err != nil {
			return nil, pyErr(nil, "", nil, err)
		}
		return &Array{a: r, in: in}, nil
	}
	// optArray converts v unless it is None (nil then).
	optArray := func(th *eval.Thread, v eval.Value) (*linalg.Array, error) {
		if v == eval.None || v == nil {
			return nil, nil
		}
		return in.arrayArg(th, v)
	}
	// axisArg reads an axis that may be None (flat is then true).
	axisArg := func(v eval.Value) (axis int, flat bool, err error) {
		if v == eval.None {
			return 0, true, nil
		}
		axis, err = eval.ToIndex(v, "'"+v.Type()+"' object cannot be interpreted as an integer")
		return axis, false, err
	}
	// axesArg reads an axis that may be None, an int or a tuple of ints.
	axesArg := func(v eval.Value) ([]int, error) {
		switch v.(type) {
		case eval.Int, eval.Bool, *NumpyScalar, eval.Tuple, *eval.List:
		default:
			if v == eval.None {
				return nil, nil
			}
			return nil, eval.NewError(eval.TypeError, "'%s' object is not iterable", v.Type())
		}
		return intList([]eval.Value{v})
	}

	def("where", func(th *eval.Thread, args []eval.Value, kwargs []eval.Kwarg) (eval.Value, error) {
		var posOnly []string
		for _, kw := range kwargs {
			switch kw.Name {
			case "condition", "x", "y":
				posOnly = append(posOnly, kw.Name)
			default:
				return nil, eval.NewError(eval.TypeError, "where() got an unexpected keyword argument '%s'", kw.Name)
			}
		}
		if len(posOnly) > 0 {
			return nil, eval.NewError(eval.TypeError, "where() got some positional-only arguments passed as keyword arguments: '%s'", strings.Join(posOnly, ", "))
		}
		switch len(args) {
		case 1:
			return in.nonzero(th, args[0])
		case 3:
		case 2:
			return nil, eval.NewError(eval.ValueError, "either both or neither of x and y should be given")
		case 0:
			return nil, eval.NewError(eval.TypeError, "where() missing 1 required positional argument: 'condition'")
		default:
			return nil, eval.NewError(eval.TypeError, "where() takes at most 3 arguments (%d given)", len(args))
		}
		var arrs [3]*linalg.Array
		for k, v := range args {
			a, err := in.arrayArg(th, v)
			if err != nil {
				return nil, err
			}
			arrs[k] = a
		}
		return arrayResult(linalg.Where(arrs[0], arrs[1], arrs[2]))
	})
	def("nonzero", func(th *eval.Thread, args []eval.Value, kwargs []eval.Kwarg) (eval.Value, error) {
		var x eval.Value
		if err := pyUnpack("nonzero", args, kwargs, "a", &x); err != nil {
			return nil, err
		}
		return in.nonzero(th, x)
	})
	m.Attrs()["argwhere"] = eval.NewBuiltin("argwhere", func(th *eval.Thread, args []eval.Value, kwargs []eval.Kwarg) (eval.Value, error) {
		var x eval.Value
		if err := pyUnpack("argwhere", args, kwargs, "a", &x); err != nil {
			return nil, err
		}
		a, err := in.arrayArg(th, x)
		if err != nil {
			return nil, err
		}
		if a.Ndim() == 0 {
			a, _ = a.Reshape([]int{1})
			idx, _ := linalg.NonzeroIndices(a)
			return arrayResult(linalg.NewInt64([]int{idx[0].Size(), 0}, []int64{}))
		}
		idx, err := linalg.NonzeroIndices(a.AsArray())
		if err != nil {
			return nil, pyErr(th, "", nil, err)
		}
		return arrayResult(linalg.Stack(idx, 1))
	})
	def("count_nonzero", func(th *eval.Thread, args []eval.Value, kwargs []eval.Kwarg) (eval.Value, error) {
		var x, axis eval.Value = nil, eval.None
		keep := false
		if err := pyUnpack("count_nonzero", args, kwargs, "a", &x, "axis?", &axis, "*", "keepdims?", &keep); err != nil {
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
		r, err := linalg.CountNonzero(a, axes, keep)
		if err != nil {
			return nil, pyErr(th, "", nil, err)
		}
		return in.wrapScalar(r), nil
	})
	def("clip", func(th *eval.Thread, args []eval.Value, kwargs []eval.Kwarg) (eval.Value, error) {
		var x, lo, hi, out, lo2, hi2 eval.Value = nil, nil, nil, eval.None, nil, nil
		if err := pyUnpack("clip", args, kwargs, "a", &x, "a_min?", &lo, "a_max?", &hi, "out?", &out, "*", "min?", &lo2, "max?", &hi2); err != nil {
			return nil, err
		}
		if out != eval.None {
			return nil, eval.NewError(eval.NotImplementedError, "np.clip: the out argument is not supported")
		}
		switch {
		case lo == nil && hi == nil:
			lo, hi = lo2, hi2
		case lo == nil:
			return nil, eval.NewError(eval.TypeError, "clip() missing 1 required positional argument: 'a_min'")
		case hi == nil:
			return nil, eval.NewError(eval.TypeError, "clip() missing 1 required positional argument: 'a_max'")
		case lo2 != nil || hi2 != nil:
			return nil, eval.NewError(eval.ValueError, "Passing `min` or `max` keyword argument when `a_min` and `a_max` are provided is forbidden.")
		}
		a, err := in.arrayArg(th, x)
		if err != nil {
			return nil, err
		}
		l, err := optArray(th, lo)
		if err != nil {
			return nil, err
		}
		h, err := optArray(th, hi)
		if err != nil {
			return nil, err
		}
		r, err := linalg.Clip(a, l, h)
		if err != nil {
			return nil, pyErr(th, "", nil, err)
		}
		return in.wrapScalar(r), nil
	})
	cum := func(name string, f func(*linalg.Array, int, bool, *linalg.DType) (*linalg.Array, error)) {
		def(name, func(th *eval.Thread, args []eval.Value, kwargs []eval.Kwarg) (eval.Value, error) {
			var x, axis, dt, out eval.Value = nil, eval.None, eval.None, eval.None
			if err := pyUnpack(name, args, kwargs, "a", &x, "axis?", &axis, "dtype?", &dt, "out?", &out); err != nil {
				return nil, err
			}
			if out != eval.None {
				return nil, eval.NewError(eval.NotImplementedError, "np.%s: the out argument is not supported", name)
			}
			a, err := in.arrayArg(th, x)
			if err != nil {
				return nil, err
			}
			ax, flat, err := axisArg(axis)
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
			return arrayResult(f(a, ax, flat, d))
		})
	}
	cum("cumsum", linalg.CumSum)
	cum("cumprod", linalg.CumProd)

	def("unique", func(th *eval.Thread, args []eval.Value, kwargs []eval.Kwarg) (eval.Value, error) {
		var x, axis eval.Value = nil, eval.None
		var wantIndex, wantInverse, wantCounts bool
		equalNaN, sorted := true, true
		if err := pyUnpack("unique", args, kwargs, "ar", &x, "return_index?", &wantIndex, "return_inverse?", &wantInverse,
			"return_counts?", &wantCounts, "axis?", &axis, "*", "equal_nan?", &equalNaN, "sorted?", &sorted); err != nil {
			return nil, err
		}
		a, err := in.arrayArg(th, x)
		if err != nil {
			return nil, err
		}
		var r *linalg.UniqueResult
		if axis == eval.None {
			r, err = linalg.Unique(a, equalNaN, wantIndex, wantInverse, wantCounts)
		} else {
			ax, aerr := eval.ToIndex(axis, "'"+axis.Type()+"' object is not iterable")
			if aerr != nil {
				return nil, aerr
			}
			r, err = linalg.UniqueAxis(a, ax, wantIndex, wantInverse, wantCounts)
		}
		if err != nil {
			return nil, pyErr(th, "", nil, err)
		}
		vals := &Array{a: r.Values, in: in}
		if !wantIndex && !wantInverse && !wantCounts {
			return vals, nil
		}
		t := eval.Tuple{vals}
		for _, e := range []*linalg.Array{r.Index, r.Inverse, r.Counts} {
			if e != nil {
				t = append(t, &Array{a: e, in: in})
			}
		}
		return t, nil
	})
	def("diff", func(th *eval.Thread, args []eval.Value, kwargs []eval.Kwarg) (eval.Value, error) {
		var x, pre, post eval.Value = nil, nil, nil
		var axv eval.Value = eval.Int(-1)
		n := 1
		if err := pyUnpack("diff", args, kwargs, "a", &x, "n?", &n, "axis?", &axv, "prepend?", &pre, "append?", &post); err != nil {
			return nil, err
		}
		axis, err := eval.ToIndex(axv, "integer argument expected, got "+axv.Type())
		if err != nil {
			return nil, err
		}
		a, err := in.arrayArg(th, x)
		if err != nil {
			return nil, err
		}
		p, err := optArray(th, pre)
		if err != nil {
			return nil, err
		}
		q, err := optArray(th, post)
		if err != nil {
			return nil, err
		}
		return arrayResult(linalg.Diff(a, n, axis, p, q))
	})
	def("append", func(th *eval.Thread, args []eval.Value, kwargs []eval.Kwarg) (eval.Value, error) {
		var x, y, axis eval.Value = nil, nil, eval.None
		if err := pyUnpack("append", args, kwargs, "arr", &x, "values", &y, "axis?", &axis); err != nil {
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
		ax, flat, err := axisArg(axis)
		if err != nil {
			return nil, err
		}
		return arrayResult(linalg.Append(a, b, ax, flat))
	})
	// indexObj converts the obj argument of np.delete and np.insert on a
	// along axis (flat: axis=None); a slice becomes its index range.
	indexObj := func(th *eval.Thread, v eval.Value, a *linalg.Array, axis int, flat bool) (*linalg.Array, error) {
		sl, ok := v.(eval.Slice)
		if !ok {
			return in.arrayArg(th, v)
		}
		n := a.Size()
		if !flat && a.Ndim() > 0 {
			ax := axis
			if ax < 0 {
				ax += a.Ndim()
			}
			if ax >= 0 && ax < a.Ndim() {
				n = a.Shape()[ax]
			}
		}
		start, stop, step, err := sl.Indices(n)
		if err != nil {
			return nil, err
		}
		idx := []int64{}
		for i := start; (step > 0 && i < stop) || (step < 0 && i > stop); i += step {
			idx = append(idx, int64(i))
		}
		return linalg.NewInt64([]int{len(idx)}, idx)
	}
	def("delete", func(th *eval.Thread, args []eval.Value, kwargs []eval.Kwarg) (eval.Value, error) {
		var x, o, axis eval.Value = nil, nil, eval.None
		if err := pyUnpack("delete", args, kwargs, "arr", &x, "obj", &o, "axis?", &axis); err != nil {
			return nil, err
		}
		a, err := in.arrayArg(th, x)
		if err != nil {
			return nil, err
		}
		ax, flat, err := axisArg(axis)
		if err != nil {
			return nil, err
		}
		obj, err := indexObj(th, o, a, ax, flat)
		if err != nil {
			return nil, err
		}
		return arrayResult(linalg.Delete(a, obj, ax, flat))
	})
	def("insert", func(th *eval.Thread, args []eval.Value, kwargs []eval.Kwarg) (eval.Value, error) {
		var x, o, vals, axis eval.Value = nil, nil, nil, eval.None
		if err := pyUnpack("insert", args, kwargs, "arr", &x, "obj", &o, "values", &vals, "axis?", &axis); err != nil {
			return nil, err
		}
		a, err := in.arrayArg(th, x)
		if err != nil {
			return nil, err
		}
		v, err := in.arrayArg(th, vals)
		if err != nil {
			return nil, err
		}
		ax, flat, err := axisArg(axis)
		if err != nil {
			return nil, err
		}
		obj, err := indexObj(th, o, a, ax, flat)
		if err != nil {
			return nil, err
		}
		return arrayResult(linalg.Insert(a, obj, v, ax, flat))
	})
	def("tile", func(th *eval.Thread, args []eval.Value, kwargs []eval.Kwarg) (eval.Value, error) {
		var x, r eval.Value
		if err := pyUnpack("tile", args, kwargs, "A", &x, "reps", &r); err != nil {
			return nil, err
		}
		a, err := in.arrayArg(th, x)
		if err != nil {
			return nil, err
		}
		reps, err := intList([]eval.Value{r})
		if err != nil {
			return nil, err
		}
		return arrayResult(linalg.Tile(a, reps))
	})
	def("flip", func(th *eval.Thread, args []eval.Value, kwargs []eval.Kwarg) (eval.Value, error) {
		var x, axis eval.Value = nil, eval.None
		if err := pyUnpack("flip", args, kwargs, "m", &x, "axis?", &axis); err != nil {
			return nil, err
		}
		a, err := in.arrayArg(th, x)
		if err != nil {
			return nil, err
		}
		axes, err := axesArg(axis)
		if err != nil {
			return nil, err
		}
		if axes == nil && a.Ndim() == 0 {
			return in.wrapScalar(a), nil
		}
		r, err := linalg.Flip(a, axes)
		if err != nil {
			return nil, pyErr(th, "", nil, err)
		}
		return in.wrapScalar(r), nil
	})
	flip1 := func(name string, f func(*linalg.Array) (*linalg.Array, error)) {
		def(name, func(th *eval.Thread, args []eval.Value, kwargs []eval.Kwarg) (eval.Value, error) {
			var x eval.Value
			if err := pyUnpack(name, args, kwargs, "m", &x); err != nil {
				return nil, err
			}
			a, err := in.arrayArg(th, x)
			if err != nil {
				return nil, err
			}
			return arrayResult(f(a))
		})
	}
	flip1("fliplr", linalg.Fliplr)
	flip1("flipud", linalg.Flipud)
	def("rot90", func(th *eval.Thread, args []eval.Value, kwargs []eval.Kwarg) (eval.Value, error) {
		var x eval.Value
		var axes eval.Value = eval.Tuple{eval.Int(0), eval.Int(1)}
		k := 1
		if err := pyUnpack("rot90", args, kwargs, "m", &x, "k?", &k, "axes?", &axes); err != nil {
			return nil, err
		}
		a, err := in.arrayArg(th, x)
		if err != nil {
			return nil, err
		}
		switch axes.(type) {
		case eval.Tuple, *eval.List:
		default:
			return nil, eval.NewError(eval.TypeError, "'%s' object is not iterable", axes.Type())
		}
		ax, err := intList([]eval.Value{axes})
		if err != nil {
			return nil, err
		}
		if len(ax) != 2 {
			return nil, eval.NewError(eval.ValueError, "len(axes) must be 2.")
		}
		return arrayResult(linalg.Rot90(a, k, ax[0], ax[1]))
	})
	def("meshgrid", func(th *eval.Thread, args []eval.Value, kwargs []eval.Kwarg) (eval.Value, error) {
		sparse, cp := false, true
		var idx eval.Value = eval.String("xy")
		if err := pyUnpack("meshgrid", nil, kwargs, "copy?", &cp, "sparse?", &sparse, "indexing?", &idx); err != nil {
			return nil, err
		}
		indexing, _ := idx.(eval.String)
		if indexing != "xy" && indexing != "ij" {
			return nil, eval.NewError(eval.ValueError, "Valid values for `indexing` are 'xy' and 'ij'.")
		}
		xs := make([]*linalg.Array, len(args))
		for k, v := range args {
			a, err := in.arrayArg(th, v)
			if err != nil {
				return nil, err
			}
			xs[k] = a
		}
		grids, err := linalg.Meshgrid(xs, indexing == "ij", sparse)
		if err != nil {
			return nil, pyErr(th, "", nil, err)
		}
		t := make(eval.Tuple, len(grids))
		for k, g := range grids {
			t[k] = &Array{a: g, in: in}
		}
		return t, nil
	})
	def("polyfit", func(th *eval.Thread, args []eval.Value, kwargs []eval.Kwarg) (eval.Value, error) {
		var x, y, dv, rc, w, cov eval.Value = nil, nil, nil, eval.None, eval.None, eval.False
		full := false
		if err := pyUnpack("polyfit", args, kwargs, "x", &x, "y", &y, "deg", &dv, "rcond?", &rc, "full?", &full, "w?", &w, "cov?", &cov); err != nil {
			return nil, err
		}
		// NumPy takes int(deg) for the order: 1.5 fits a line.
		fd, err := eval.ToFloat(dv)
		if err != nil {
			return nil, eval.NewError(eval.TypeError, "int() argument must be a string, a bytes-like object or a real number, not '%s'", dv.Type())
		}
		if fd < 0 {
			return nil, eval.NewError(eval.ValueError, "expected deg >= 0")
		}
		switch {
		case fd != fd:
			return nil, eval.NewError(eval.ValueError, "cannot convert float NaN to integer")
		case math.IsInf(fd, 1):
			return nil, eval.NewError(eval.OverflowError, "cannot convert float infinity to integer")
		}
		deg := int(min(fd, 1<<53))
		if cov.Truth() && !full {
			return nil, eval.NewError(eval.NotImplementedError, "np.polyfit: cov is not supported")
		}
		a, err := in.arrayArg(th, x)
		if err != nil {
			return nil, err
		}
		b, err := in.arrayArg(th, y)
		if err != nil {
			return nil, err
		}
		rcond := -1.0
		if rc != eval.None {
			if rcond, err = eval.ToFloat(rc); err != nil {
				return nil, err
			}
		}
		wa, err := optArray(th, w)
		if err != nil {
			return nil, err
		}
		res, ws, err := linalg.Polyfit(a, b, wa, deg, rcond)
		if err != nil {
			return nil, pyErr(th, "", nil, err)
		}
		if !full {
			warn(th, ws)
			return &Array{a: res.Coef, in: in}, nil
		}
		rank := &NumpyScalar{v: int64(res.Rank), d: linalg.Int64, in: in, label: "int32"}
		rca, _ := linalg.Scalar(res.Rcond)
		return eval.Tuple{&Array{a: res.Coef, in: in}, &Array{a: res.Residuals, in: in}, rank, &Array{a: res.S, in: in}, in.wrapScalar(rca)}, nil
	})
	def("vander", func(th *eval.Thread, args []eval.Value, kwargs []eval.Kwarg) (eval.Value, error) {
		var x, nv eval.Value = nil, eval.None
		increasing := false
		if err := pyUnpack("vander", args, kwargs, "x", &x, "N?", &nv, "increasing?", &increasing); err != nil {
			return nil, err
		}
		a, err := in.arrayArg(th, x)
		if err != nil {
			return nil, err
		}
		n := 0
		if a.Ndim() == 1 {
			n = a.Size()
		}
		if nv != eval.None {
			if n, err = eval.ToIndex(nv, "'"+nv.Type()+"' object cannot be interpreted as an integer"); err != nil {
				return nil, err
			}
		}
		return arrayResult(linalg.Vander(a, n, increasing))
	})
	def("polyval", func(th *eval.Thread, args []eval.Value, kwargs []eval.Kwarg) (eval.Value, error) {
		var pv, xv eval.Value
		if err := pyUnpack("polyval", args, kwargs, "p", &pv, "x", &xv); err != nil {
			return nil, err
		}
		p, err := in.arrayArg(th, pv)
		if err != nil {
			return nil, err
		}
		x, err := in.arrayArg(th, xv)
		if err != nil {
			return nil, err
		}
		r, err := linalg.Polyval(p, x)
		if err != nil {
			return nil, pyErr(th, "", nil, err)
		}
		return in.wrapScalar(r), nil
	})
	def("roots", func(th *eval.Thread, args []eval.Value, kwargs []eval.Kwarg) (eval.Value, error) {
		var x eval.Value
		if err := pyUnpack("roots", args, kwargs, "p", &x); err != nil {
			return nil, err
		}
		a, err := in.arrayArg(th, x)
		if err != nil {
			return nil, err
		}
		return arrayResult(linalg.Roots(a))
	})
}

// nonzero is np.nonzero(x): a tuple of int64 index arrays, one per axis.
func (in *lib) nonzero(th *eval.Thread, x eval.Value) (eval.Value, error) {
	a, err := in.arrayArg(th, x)
	if err != nil {
		return nil, err
	}
	idx, err := linalg.NonzeroIndices(a.AsArray())
	if err != nil {
		return nil, pyErr(th, "", nil, err)
	}
	t := make(eval.Tuple, len(idx))
	for k, r := range idx {
		t[k] = &Array{a: r, in: in}
	}
	return t, nil
}

// pyUnpack is UnpackArgs with the messages CPython gives for a function
// written in Python, as NumPy's are: "f() missing 1 required positional
// argument: 'a'" and "f() takes from 1 to 4 positional arguments but 5
// were given".
func pyUnpack(fn string, args []eval.Value, kwargs []eval.Kwarg, pairs ...any) error {
	var names []string
	required, positional := 0, 0
	for i := 0; i < len(pairs); i += 2 {
		name := pairs[i].(string)
		if name == "*" {
			break
		}
		positional++
		if !strings.HasSuffix(name, "?") {
			required++
			names = append(names, name)
		}
	}
	if len(args) > positional {
		verb := "were"
		if len(args) == 1 {
			verb = "was"
		}
		if required == positional {
			return eval.NewError(eval.TypeError, "%s() takes %d positional argument%s but %d %s given", fn, positional, eval.Plural(positional), len(args), verb)
		}
		return eval.NewError(eval.TypeError, "%s() takes from %d to %d positional arguments but %d %s given", fn, required, positional, len(args), verb)
	}
	var missing []string
	for k, name := range names {
		if k < len(args) {
			continue
		}
		given := false
		for _, kw := range kwargs {
			given = given || kw.Name == name
		}
		if !given {
			missing = append(missing, "'"+name+"'")
		}
	}
	if len(missing) > 0 {
		list := missing[0]
		switch n := len(missing); {
		case n == 2:
			list = missing[0] + " and " + missing[1]
		case n > 2:
			list = strings.Join(missing[:n-1], ", ") + ", and " + missing[n-1]
		}
		return eval.NewError(eval.TypeError, "%s() missing %d required positional argument%s: %s", fn, len(missing), eval.Plural(len(missing)), list)
	}
	return eval.UnpackArgs(fn, args, kwargs, pairs...)
}
