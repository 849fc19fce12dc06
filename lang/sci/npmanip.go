package sci

import (
	"math"

	"github.com/golinalg/golinalg/lang/eval"
	"github.com/golinalg/golinalg/linalg"
)

// The bodies of numpy's array-manipulation, elementwise and polynomial
// functions of the manipulation section of numpyMod.

// argGiven reports whether the call gave the parameter name, at position
// pos (-1 for a keyword-only parameter) or by keyword. It tells an argument given as None from one left
// out, where NumPy's default is its "no value" sentinel, which a table
// signature cannot state.
func argGiven(c *Call, pos int, name string) bool {
	if pos >= 0 && pos < len(c.args) {
		return true
	}
	for _, kw := range c.kwargs {
		if kw.Name == name {
			return true
		}
	}
	return false
}

// npWhere: with the condition alone, np.where is np.nonzero; x and y go
// together.
func npWhere(c *Call) (eval.Value, error) {
	var cond, x, y *linalg.Array
	if err := c.Unpack(&cond, &x, &y); err != nil {
		return nil, err
	}
	switch len(c.args) {
	case 1:
		return nonzeroTuple(c, cond)
	case 2:
		return nil, eval.NewError(eval.ValueError, "either both or neither of x and y should be given")
	}
	if x == nil || y == nil {
		// NumPy makes an object array of None; golinalg has none.
		return nil, eval.NewError(eval.TypeError, "unsupported operand type for numpy: 'NoneType'")
	}
	return ndarrayResult(c)(linalg.Where(cond, x, y))
}

func npNonzero(c *Call) (eval.Value, error) {
	var a *linalg.Array
	if err := c.Unpack(&a); err != nil {
		return nil, err
	}
	return nonzeroTuple(c, a)
}

// nonzeroTuple is np.nonzero(a): a tuple of int64 index arrays, one per
// axis.
func nonzeroTuple(c *Call, a *linalg.Array) (eval.Value, error) {
	idx, err := linalg.NonzeroIndices(a.AsArray())
	if err != nil {
		return nil, c.Err(nil, err)
	}
	t := make(eval.Tuple, len(idx))
	for k, r := range idx {
		t[k] = &Array{a: r, in: c.in}
	}
	return t, nil
}

// npArgwhere: a 0-d input counts as one element, giving shape (1, 0) or
// (0, 0).
func npArgwhere(c *Call) (eval.Value, error) {
	var a *linalg.Array
	if err := c.Unpack(&a); err != nil {
		return nil, err
	}
	if a.Ndim() == 0 {
		a, _ = a.Reshape([]int{1})
		idx, _ := linalg.NonzeroIndices(a)
		return ndarrayResult(c)(linalg.NewInt64([]int{idx[0].Size(), 0}, []int64{}))
	}
	idx, err := linalg.NonzeroIndices(a.AsArray())
	if err != nil {
		return nil, c.Err(nil, err)
	}
	return ndarrayResult(c)(linalg.Stack(idx, 1))
}

func npCountNonzero(c *Call) (eval.Value, error) {
	var a *linalg.Array
	var axis eval.Value
	var keep bool
	if err := c.Unpack(&a, &axis, &keep); err != nil {
		return nil, err
	}
	axes, err := axisList(axis)
	if err != nil {
		return nil, err
	}
	return c.result(nil)(linalg.CountNonzero(a, axes, keep))
}

// clipUfuncKwargs are the ufunc keywords np.clip passes on; golinalg
// implements none of them.
var clipUfuncKwargs = map[string]bool{"where": true, "casting": true, "order": true, "dtype": true, "subok": true, "signature": true}

// npClip: a_min and a_max (NumPy's "no value" when left out) go together;
// min and max are their keyword-only spellings, used only when neither is
// given. None leaves that side unclipped.
func npClip(c *Call) (eval.Value, error) {
	var a, lo, hi, lo2, hi2 *linalg.Array
	var out eval.Value
	var kwargs []eval.Kwarg
	if err := c.Unpack(&a, &lo, &hi, &out, &lo2, &hi2, &kwargs); err != nil {
		return nil, err
	}
	for _, kw := range kwargs {
		if !clipUfuncKwargs[kw.Name] {
			return nil, eval.NewError(eval.TypeError, "clip() got an unexpected keyword argument '%s'", kw.Name)
		}
		return nil, c.notSupported(kw.Name + "=...")
	}
	gotLo, gotHi := argGiven(c, 1, "a_min"), argGiven(c, 2, "a_max")
	switch {
	case !gotLo && !gotHi:
		lo, hi = lo2, hi2
	case !gotLo:
		return nil, eval.NewError(eval.TypeError, "clip() missing 1 required positional argument: 'a_min'")
	case !gotHi:
		return nil, eval.NewError(eval.TypeError, "clip() missing 1 required positional argument: 'a_max'")
	case argGiven(c, -1, "min") || argGiven(c, -1, "max"):
		return nil, eval.NewError(eval.ValueError, "Passing `min` or `max` keyword argument when `a_min` and `a_max` are provided is forbidden.")
	}
	if out != eval.None {
		return nil, c.notSupported("out=...")
	}
	return c.result(nil)(linalg.Clip(a, lo, hi))
}

func npCumsum(c *Call) (eval.Value, error) { return cumulative(c, linalg.CumSum) }

func npCumprod(c *Call) (eval.Value, error) { return cumulative(c, linalg.CumProd) }

// cumulative is cumsum or cumprod, computed by f: along axis, or over the
// flattened array for axis=None.
func cumulative(c *Call, f func(*linalg.Array, int, bool, *linalg.DType) (*linalg.Array, error)) (eval.Value, error) {
	var a *linalg.Array
	var axis opt[int]
	var dt opt[linalg.DType]
	var out eval.Value
	if err := c.Unpack(&a, &axis, &dt, &out); err != nil {
		return nil, err
	}
	if out != eval.None {
		return nil, c.notSupported("out=...")
	}
	var d *linalg.DType
	if dt.ok {
		d = &dt.v
	}
	return ndarrayResult(c)(f(a, axis.v, !axis.ok, d))
}

// npUnique always sorts: NumPy allows sorted=False to return sorted
// values too. equal_nan applies to the flattened array only.
func npUnique(c *Call) (eval.Value, error) {
	var a *linalg.Array
	var wantIndex, wantInverse, wantCounts, equalNaN, sorted bool
	var axis eval.Value
	if err := c.Unpack(&a, &wantIndex, &wantInverse, &wantCounts, &axis, &equalNaN, &sorted); err != nil {
		return nil, err
	}
	var r *linalg.UniqueResult
	var err error
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
		return nil, c.Err(nil, err)
	}
	vals := &Array{a: r.Values, in: c.in}
	if !wantIndex && !wantInverse && !wantCounts {
		return vals, nil
	}
	t := eval.Tuple{vals}
	for _, e := range []*linalg.Array{r.Index, r.Inverse, r.Counts} {
		if e != nil {
			t = append(t, &Array{a: e, in: c.in})
		}
	}
	return t, nil
}

// npDiff: prepend and append default to NumPy's "no value"; None is taken
// as not given.
func npDiff(c *Call) (eval.Value, error) {
	var a, pre, post *linalg.Array
	var n int
	var axv eval.Value
	if err := c.Unpack(&a, &n, &axv, &pre, &post); err != nil {
		return nil, err
	}
	axis, err := eval.ToIndex(axv, "integer argument expected, got "+axv.Type())
	if err != nil {
		return nil, err
	}
	return ndarrayResult(c)(linalg.Diff(a, n, axis, pre, post))
}

func npAppend(c *Call) (eval.Value, error) {
	var a, b *linalg.Array
	var axis opt[int]
	if err := c.Unpack(&a, &b, &axis); err != nil {
		return nil, err
	}
	return ndarrayResult(c)(linalg.Append(a, b, axis.v, !axis.ok))
}

// indexObj converts the obj argument of np.delete and np.insert on a
// along axis (flat: axis=None): an index array, or a slice, which becomes
// its index range. obj is either, so its parameter is left unconverted.
func indexObj(c *Call, v eval.Value, a *linalg.Array, axis int, flat bool) (*linalg.Array, error) {
	sl, ok := v.(eval.Slice)
	if !ok {
		return c.in.arrayArg(c.th, v)
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

func npDelete(c *Call) (eval.Value, error) {
	var a *linalg.Array
	var o eval.Value
	var axis opt[int]
	if err := c.Unpack(&a, &o, &axis); err != nil {
		return nil, err
	}
	obj, err := indexObj(c, o, a, axis.v, !axis.ok)
	if err != nil {
		return nil, err
	}
	return ndarrayResult(c)(linalg.Delete(a, obj, axis.v, !axis.ok))
}

func npInsert(c *Call) (eval.Value, error) {
	var a, v *linalg.Array
	var o eval.Value
	var axis opt[int]
	if err := c.Unpack(&a, &o, &v, &axis); err != nil {
		return nil, err
	}
	obj, err := indexObj(c, o, a, axis.v, !axis.ok)
	if err != nil {
		return nil, err
	}
	return ndarrayResult(c)(linalg.Insert(a, obj, v, axis.v, !axis.ok))
}

func npTile(c *Call) (eval.Value, error) {
	var a *linalg.Array
	var r eval.Value
	if err := c.Unpack(&a, &r); err != nil {
		return nil, err
	}
	reps, err := intList([]eval.Value{r})
	if err != nil {
		return nil, err
	}
	return ndarrayResult(c)(linalg.Tile(a, reps))
}

// npFlip: axis is None (every axis), an int or a tuple of ints.
func npFlip(c *Call) (eval.Value, error) {
	var a *linalg.Array
	var axis eval.Value
	if err := c.Unpack(&a, &axis); err != nil {
		return nil, err
	}
	var axes []int
	switch axis.(type) {
	case eval.Int, eval.Bool, *NumpyScalar, eval.Tuple, *eval.List:
		var err error
		if axes, err = intList([]eval.Value{axis}); err != nil {
			return nil, err
		}
	default:
		if axis != eval.None {
			return nil, eval.NewError(eval.TypeError, "'%s' object is not iterable", axis.Type())
		}
		if a.Ndim() == 0 {
			return c.Wrap(a), nil
		}
	}
	return c.result(nil)(linalg.Flip(a, axes))
}

func npFliplr(c *Call) (eval.Value, error) {
	var m *linalg.Array
	if err := c.Unpack(&m); err != nil {
		return nil, err
	}
	return ndarrayResult(c)(linalg.Fliplr(m))
}

func npFlipud(c *Call) (eval.Value, error) {
	var m *linalg.Array
	if err := c.Unpack(&m); err != nil {
		return nil, err
	}
	return ndarrayResult(c)(linalg.Flipud(m))
}

func npRot90(c *Call) (eval.Value, error) {
	var a *linalg.Array
	var k int
	var axes eval.Value
	if err := c.Unpack(&a, &k, &axes); err != nil {
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
	return ndarrayResult(c)(linalg.Rot90(a, k, ax[0], ax[1]))
}

// npMeshgrid: the grids are always copies, which copy=False allows.
func npMeshgrid(c *Call) (eval.Value, error) {
	var xi []eval.Value
	var cp, sparse bool
	var idx eval.Value
	if err := c.Unpack(&xi, &cp, &sparse, &idx); err != nil {
		return nil, err
	}
	indexing, _ := idx.(eval.String)
	if indexing != "xy" && indexing != "ij" {
		return nil, eval.NewError(eval.ValueError, "Valid values for `indexing` are 'xy' and 'ij'.")
	}
	xs := make([]*linalg.Array, len(xi))
	for k, v := range xi {
		a, err := c.in.arrayArg(c.th, v)
		if err != nil {
			return nil, err
		}
		xs[k] = a
	}
	grids, err := linalg.Meshgrid(xs, indexing == "ij", sparse)
	if err != nil {
		return nil, c.Err(nil, err)
	}
	t := make(eval.Tuple, len(grids))
	for k, g := range grids {
		t[k] = &Array{a: g, in: c.in}
	}
	return t, nil
}

// npPolyfit: NumPy takes int(deg) for the order, so 1.5 fits a line; the
// covariance matrix (cov without full) is not implemented.
func npPolyfit(c *Call) (eval.Value, error) {
	var x, y, w *linalg.Array
	var dv, cov eval.Value
	var rc opt[float64]
	var full bool
	if err := c.Unpack(&x, &y, &dv, &rc, &full, &w, &cov); err != nil {
		return nil, err
	}
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
		return nil, c.notSupported("cov=" + eval.Repr(cov))
	}
	rcond := -1.0
	if rc.ok {
		rcond = rc.v
	}
	res, ws, err := linalg.Polyfit(x, y, w, deg, rcond)
	if err != nil {
		return nil, c.Err(nil, err)
	}
	in := c.in
	if !full {
		warn(c.th, ws)
		return &Array{a: res.Coef, in: in}, nil
	}
	rank := &NumpyScalar{v: int64(res.Rank), d: linalg.Int64, in: in, label: "int32"}
	rca, _ := linalg.Scalar(res.Rcond)
	return eval.Tuple{&Array{a: res.Coef, in: in}, &Array{a: res.Residuals, in: in}, rank, &Array{a: res.S, in: in}, in.wrapScalar(rca)}, nil
}

// npVander: N defaults to the length of x.
func npVander(c *Call) (eval.Value, error) {
	var x *linalg.Array
	var nv opt[int]
	var increasing bool
	if err := c.Unpack(&x, &nv, &increasing); err != nil {
		return nil, err
	}
	n := 0
	if x.Ndim() == 1 {
		n = x.Size()
	}
	if nv.ok {
		n = nv.v
	}
	return ndarrayResult(c)(linalg.Vander(x, n, increasing))
}

func npPolyval(c *Call) (eval.Value, error) {
	var p, x *linalg.Array
	if err := c.Unpack(&p, &x); err != nil {
		return nil, err
	}
	return c.result(nil)(linalg.Polyval(p, x))
}

func npRoots(c *Call) (eval.Value, error) {
	var p *linalg.Array
	if err := c.Unpack(&p); err != nil {
		return nil, err
	}
	return ndarrayResult(c)(linalg.Roots(p))
}

// npFillDiagonal is np.fill_diagonal(a, val, wrap=False): a must be the
// ndarray itself, since the function writes into it; NumPy's code reads
// a.ndim first, so anything else is that AttributeError.
func npFillDiagonal(c *Call) (eval.Value, error) {
	var av eval.Value
	var val *linalg.Array
	var wrap bool
	if err := c.Unpack(&av, &val, &wrap); err != nil {
		return nil, err
	}
	a, ok := av.(*Array)
	if !ok {
		return nil, eval.NewError(eval.AttributeError, "'%s' object has no attribute 'ndim'", av.Type())
	}
	return eval.None, c.Err(nil, linalg.FillDiagonal(a.a, val, wrap))
}
