package sci

import (
	"math"
	"strings"

	"github.com/golinalg/golinalg/lang/eval"
	"github.com/golinalg/golinalg/linalg"
)

// This file holds the bodies of numpy's array creation, conversion,
// comparison, elementwise and reduction functions and of its print and
// floating-point error state functions; their table rows are in the
// creation section of numpyMod (numpy_module.go).

// numpyAttrs installs the numpy module's attributes that are not
// functions: the scalar types (which are also dtypes), the abstract
// classes, the constants and the version.
func numpyAttrs(in *lib, m *eval.Module) {
	for _, t := range []*npType{{"float64", linalg.Float64, in}, {"int64", linalg.Int64, in}, {"complex128", linalg.Complex128, in}, {"bool", linalg.Bool, in}} {
		m.Set(t.name, t)
		in.types[t.d] = t
	}
	for alias, name := range map[string]string{"bool_": "bool", "double": "float64", "float_": "float64", "int_": "int64", "complex_": "complex128"} {
		m.Set(alias, m.Get(name))
	}
	for _, c := range []*npClass{ndarrayClass, floatingClass, integerClass, numberClass} {
		m.Set(c.name[len("numpy."):], c)
	}
	m.Set("pi", eval.Float(math.Pi))
	m.Set("e", eval.Float(math.E))
	m.Set("inf", eval.Float(math.Inf(1)))
	m.Set("nan", eval.Float(math.NaN()))
	m.Set("newaxis", eval.None)
	m.Set("True_", &NumpyScalar{v: true, d: linalg.Bool, in: in})
	m.Set("False_", &NumpyScalar{v: false, d: linalg.Bool, in: in})
	m.Set("__version__", eval.String("2.4.6"))
}

// array returns r as an ndarray, 0-d included (Wrap makes a 0-d result a
// NumPy scalar).
func (c *Call) array(r *linalg.Array) eval.Value { return &Array{a: r, in: c.in} }

// arrayResult returns r as an ndarray, or maps err.
func (c *Call) arrayResult(r *linalg.Array, err error) (eval.Value, error) {
	if err != nil {
		return nil, c.Err(nil, err)
	}
	return &Array{a: r, in: c.in}, nil
}

// onlyNone is the error for the parameter name given a value other than
// None, a feature golinalg lacks (out=, like=, ...), or nil.
func (c *Call) onlyNone(name string, v eval.Value) error {
	if v != eval.None {
		return c.notSupported(name + "=" + eval.Repr(v))
	}
	return nil
}

// onlyValue is the error for the parameter name given a value other than
// want (its default, the one behaviour golinalg has), or nil.
func (c *Call) onlyValue(name string, v, want eval.Value) error {
	if v == want {
		return nil
	}
	if eq, err := eval.Equal(v, want); err == nil && eq {
		return nil
	}
	return c.notSupported(name + "=" + eval.Repr(v))
}

// device checks a device argument: None or "cpu", the only device.
func (c *Call) device(v eval.Value) error {
	if v == eval.None || v == eval.String("cpu") {
		return nil
	}
	return eval.NewError(eval.ValueError, "Device not understood. Only \"cpu\" is allowed, but received: %s", eval.Str(v))
}

// creationOpts checks the order, device and like arguments that NumPy's
// array constructors share, in that order.
func (c *Call) creationOpts(order, device, like eval.Value) error {
	if err := c.order(order); err != nil {
		return err
	}
	if err := c.device(device); err != nil {
		return err
	}
	return c.onlyNone("like", like)
}

// order checks the memory layout argument of a function whose result's
// values do not depend on it: golinalg arrays show no strides or flags,
// so "K", "A", "C" and "F" (and None) all give the same array.
func (c *Call) order(v eval.Value) error {
	if s, ok := v.(eval.String); v == eval.None || ok && (s == "K" || s == "A" || s == "C" || s == "F") {
		return nil
	}
	return eval.NewError(eval.ValueError, "order must be one of 'C', 'F', 'A', or 'K' (got %s)", eval.Repr(v))
}

// copyNeeded is NumPy's error for copy=False when a copy cannot be
// avoided.
func copyNeeded() error {
	return eval.NewError(eval.ValueError, "Unable to avoid copy while creating an array as requested.\nIf using `np.array(obj, copy=False)` replace it with `np.asarray(obj)` to allow a copy when needed (no behavior change in NumPy 1.x).\nFor more details, see https://numpy.org/devdocs/numpy_2_0_migration_guide.html#adapting-to-changes-in-the-copy-keyword.")
}

// toNDArray converts obj as np.array(obj, dtype, copy=copy) does, copy
// being True (always copy), False (never: an error when needed) or None
// (when needed). keepSub keeps a matrix a matrix (subok=True).
func (c *Call) toNDArray(obj eval.Value, dt opt[linalg.DType], copy eval.Value, keepSub bool) (*linalg.Array, error) {
	if o, ok := obj.(*Array); ok {
		a := o.a
		convert := dt.ok && dt.v != a.DType()
		switch {
		case convert:
			if copy == eval.False {
				return nil, copyNeeded()
			}
			a = a.AsType(dt.v)
		case copy != eval.None && copy.Truth():
			a = a.Copy()
		}
		if !keepSub && a.IsMatrix() {
			a = a.AsArray()
		}
		return a, nil
	}
	if copy == eval.False {
		return nil, copyNeeded()
	}
	if _, ok := obj.(eval.String); ok {
		return nil, eval.NewError(eval.NotImplementedError, "golinalg arrays hold numbers only (bool, int64, float64, complex128), not str")
	}
	var dp *linalg.DType
	if dt.ok {
		dp = &dt.v
	}
	a, err := c.in.arrayFromNested(c.th, obj, dp)
	if err != nil {
		return nil, err
	}
	return a.AsArray(), nil
}

func npArray(c *Call) (eval.Value, error) {
	var p struct {
		obj, copy, order, ndmax, like eval.Value
		dt                            opt[linalg.DType]
		subok                         bool
		ndmin                         int
	}
	if err := c.Unpack(&p.obj, &p.dt, &p.copy, &p.order, &p.subok, &p.ndmin, &p.ndmax, &p.like); err != nil {
		return nil, err
	}
	obj, copy, order, ndmax, like, dt, subok, ndmin := p.obj, p.copy, p.order, p.ndmax, p.like, p.dt, p.subok, p.ndmin
	if err := c.order(order); err != nil {
		return nil, err
	}
	if err := c.onlyValue("ndmax", ndmax, eval.Int(0)); err != nil {
		return nil, err
	}
	if err := c.onlyNone("like", like); err != nil {
		return nil, err
	}
	a, err := c.toNDArray(obj, dt, copy, subok)
	if err != nil {
		return nil, err
	}
	if nd := a.Ndim(); ndmin > nd {
		shape := make([]int, ndmin-nd, ndmin)
		for i := range shape {
			shape[i] = 1
		}
		if a, err = a.Reshape(append(shape, a.Shape()...)); err != nil {
			return nil, c.Err(nil, err)
		}
	}
	return c.array(a), nil
}

func npAsarray(c *Call) (eval.Value, error) {
	var obj, order, device, copy, like eval.Value
	var dt opt[linalg.DType]
	if err := c.Unpack(&obj, &dt, &order, &device, &copy, &like); err != nil {
		return nil, err
	}
	if err := c.creationOpts(order, device, like); err != nil {
		return nil, err
	}
	if o, ok := obj.(*Array); ok && copy == eval.None && !dt.ok {
		// golinalg keeps a matrix given to asarray a matrix.
		return o, nil
	}
	a, err := c.toNDArray(obj, dt, copy, true)
	if err != nil {
		return nil, err
	}
	return c.array(a), nil
}

// toMatrix is np.matrix(data, dtype, copy): data may also be a string
// "1 2; 3 4".
func (c *Call) toMatrix(data eval.Value, dt opt[linalg.DType], copy bool) (eval.Value, error) {
	if m, ok := data.(*Array); ok && !copy && m.a.IsMatrix() && (!dt.ok || dt.v == m.a.DType()) {
		return m, nil
	}
	var a *linalg.Array
	var err error
	if s, ok := data.(eval.String); ok {
		if a, err = c.in.matrixFromString(c.th, string(s)); err != nil {
			return nil, err
		}
		if dt.ok {
			a = a.AsType(dt.v)
		}
	} else {
		cp := eval.Value(eval.None)
		if copy {
			cp = eval.True
		}
		if a, err = c.toNDArray(data, dt, cp, true); err != nil {
			return nil, err
		}
	}
	if a, err = a.AsMatrix(); err != nil {
		return nil, c.Err(nil, err)
	}
	return c.array(a), nil
}

func npMatrix(c *Call) (eval.Value, error) {
	var data eval.Value
	var dt opt[linalg.DType]
	var copy bool
	if err := c.Unpack(&data, &dt, &copy); err != nil {
		return nil, err
	}
	return c.toMatrix(data, dt, copy)
}

func npAsmatrix(c *Call) (eval.Value, error) {
	var data eval.Value
	var dt opt[linalg.DType]
	if err := c.Unpack(&data, &dt); err != nil {
		return nil, err
	}
	return c.toMatrix(data, dt, false)
}

// shapeArg reads a shape: an int or a sequence of ints.
func shapeArg(v eval.Value) ([]int, error) {
	if n, ok := eval.AsSmallInt(v); ok {
		return []int{int(n)}, nil
	}
	return intList([]eval.Value{v})
}

// filled is zeros, ones, empty and full: an array of shape with every
// element fill (of fill's dtype unless dt says), checking the layout
// arguments order, device and like.
func (c *Call) filled(shape eval.Value, fill any, dt opt[linalg.DType], order, device, like eval.Value) (eval.Value, error) {
	if err := c.creationOpts(order, device, like); err != nil {
		return nil, err
	}
	s, err := shapeArg(shape)
	if err != nil {
		return nil, err
	}
	d, _ := linalg.DTypeOf(fill)
	if dt.ok {
		d = dt.v
	}
	return c.arrayResult(linalg.Full(d, s, fill))
}

// zerosLike unpacks (shape, dtype=None, order='C', *, device=None,
// like=None) and fills with v, a float64 unless dtype says.
func zerosLike(c *Call, v float64) (eval.Value, error) {
	var p struct {
		shape, order, device, like eval.Value
		dt                         opt[linalg.DType]
	}
	if err := c.Unpack(&p.shape, &p.dt, &p.order, &p.device, &p.like); err != nil {
		return nil, err
	}
	return c.filled(p.shape, v, p.dt, p.order, p.device, p.like)
}

func npZeros(c *Call) (eval.Value, error) { return zerosLike(c, 0) }
func npOnes(c *Call) (eval.Value, error)  { return zerosLike(c, 1) }
func npEmpty(c *Call) (eval.Value, error) { return zerosLike(c, 0) }

func npFull(c *Call) (eval.Value, error) {
	var shape, fv, order, device, like eval.Value
	var dt opt[linalg.DType]
	if err := c.Unpack(&shape, &fv, &dt, &order, &device, &like); err != nil {
		return nil, err
	}
	v, err := goScalar(fv)
	if err != nil {
		return nil, err
	}
	return c.filled(shape, v, dt, order, device, like)
}

func npEye(c *Call) (eval.Value, error) {
	var n, k int
	var cols opt[int]
	var dt opt[linalg.DType]
	var order, device, like eval.Value
	if err := c.Unpack(&n, &cols, &k, &dt, &order, &device, &like); err != nil {
		return nil, err
	}
	if err := c.creationOpts(order, device, like); err != nil {
		return nil, err
	}
	m, d := n, linalg.Float64
	if cols.ok {
		m = cols.v
	}
	if dt.ok {
		d = dt.v
	}
	return c.arrayResult(linalg.Eye(d, n, m, k))
}

func npIdentity(c *Call) (eval.Value, error) {
	var n int
	var dt opt[linalg.DType]
	var like eval.Value
	if err := c.Unpack(&n, &dt, &like); err != nil {
		return nil, err
	}
	if err := c.onlyNone("like", like); err != nil {
		return nil, err
	}
	d := linalg.Float64
	if dt.ok {
		d = dt.v
	}
	return c.arrayResult(linalg.Identity(d, n))
}

// npArange is np.arange. NumPy's C parser takes start, stop, step and
// dtype by position, the first positional-only and optional when stop is
// given by keyword; None for step means 1.
func npArange(c *Call) (eval.Value, error) {
	first, stop, step := eval.Value(eval.None), eval.Value(eval.None), eval.Value(eval.None)
	var dt opt[linalg.DType]
	if n := len(c.args); n <= 3 && len(c.kwargs) == 0 {
		// The common call, numbers by position only: nothing for Unpack
		// to check, and its destinations would cost an allocation.
		if n > 0 {
			first = c.args[0]
		}
		if n > 1 {
			stop = c.args[1]
		}
		if n > 2 {
			step = c.args[2]
		}
	} else {
		var p struct {
			first, stop, step, device, like eval.Value
			dt                              opt[linalg.DType]
		}
		if err := c.Unpack(&p.first, &p.stop, &p.step, &p.dt, &p.device, &p.like); err != nil {
			return nil, err
		}
		if err := c.device(p.device); err != nil {
			return nil, err
		}
		if err := c.onlyNone("like", p.like); err != nil {
			return nil, err
		}
		first, stop, step, dt = p.first, p.stop, p.step, p.dt
	}
	var start eval.Value = eval.Int(0)
	switch {
	case stop == eval.None && first == eval.None:
		return nil, eval.NewError(eval.TypeError, "arange() requires stop to be specified.")
	case stop == eval.None:
		stop = first
	case first != eval.None:
		start = first
	}
	if step == eval.None {
		step = eval.Int(1)
	}
	var vals [3]any
	for i, v := range [3]eval.Value{start, stop, step} {
		g, err := goScalar(v)
		if err != nil {
			return nil, err
		}
		vals[i] = g
	}
	a, err := linalg.Arange(vals[0], vals[1], vals[2])
	if err != nil {
		return nil, c.Err(nil, err)
	}
	if dt.ok && dt.v != a.DType() {
		a = a.AsType(dt.v)
	}
	return c.array(a), nil
}

func npLinspace(c *Call) (eval.Value, error) {
	var start, stop float64
	var num, axis int
	var endpoint, retstep bool
	var dt opt[linalg.DType]
	var device eval.Value
	if err := c.Unpack(&start, &stop, &num, &endpoint, &retstep, &dt, &axis, &device); err != nil {
		return nil, err
	}
	if err := c.device(device); err != nil {
		return nil, err
	}
	if axis != 0 && axis != -1 {
		// The samples of scalar ends make a 1-d array: only axis 0 exists.
		return nil, eval.NewError(eval.AxisError, "destination: axis %d is out of bounds for array of dimension 1", axis)
	}
	a, err := linalg.Linspace(start, stop, num, endpoint)
	if err != nil {
		return nil, c.Err(nil, err)
	}
	if dt.ok && dt.v != linalg.Float64 {
		if dt.v == linalg.Int64 {
			// NumPy floors before casting to an integer type.
			f := a.Float64s()
			for i := range f {
				f[i] = math.Floor(f[i])
			}
			if a, err = linalg.NewFloat64(a.Shape(), f); err != nil {
				return nil, c.Err(nil, err)
			}
		}
		a = a.AsType(dt.v)
	}
	if !retstep {
		return c.array(a), nil
	}
	div := num
	if endpoint {
		div = num - 1
	}
	if div <= 0 {
		return eval.Tuple{c.array(a), eval.Float(math.NaN())}, nil
	}
	return eval.Tuple{c.array(a), &NumpyScalar{v: (stop - start) / float64(div), d: linalg.Float64, in: c.in}}, nil
}

func npDiag(c *Call) (eval.Value, error) {
	var v *linalg.Array
	var k int
	if err := c.Unpack(&v, &k); err != nil {
		return nil, err
	}
	return c.arrayResult(linalg.Diag(v, k))
}

func npDot(c *Call) (eval.Value, error) {
	var p struct {
		a, b *linalg.Array
		out  eval.Value
	}
	if err := c.Unpack(&p.a, &p.b, &p.out); err != nil {
		return nil, err
	}
	if err := c.onlyNone("out", p.out); err != nil {
		return nil, err
	}
	return c.result(nil)(linalg.Dot(p.a, p.b))
}

// ufuncArity checks the positional arguments of a ufunc of nin inputs as
// NumPy does: its inputs can only be given by position, so too few and
// too many get the same message.
func (c *Call) ufuncArity(nin int) error {
	if len(c.args) == nin+1 {
		for _, kw := range c.kwargs {
			if kw.Name == "out" {
				return eval.NewError(eval.TypeError, "cannot specify 'out' as both a positional and keyword argument")
			}
		}
	}
	if n := len(c.args); n < nin || n > nin+1 {
		verb := "were"
		if n == 1 {
			verb = "was"
		}
		return eval.NewError(eval.TypeError, "%s() takes from %d to %d positional arguments but %d %s given", c.f.Name(), nin, nin+1, n, verb)
	}
	return nil
}

// ufuncDType is the dtype argument of a ufunc: the inexact type its
// operands are converted to (ok false for None). golinalg's loops for
// integer and bool types are chosen by the operands only.
func (c *Call) ufuncDType(v eval.Value) (d linalg.DType, ok bool, err error) {
	if v == eval.None {
		return 0, false, nil
	}
	if d, err = toDType(v); err != nil {
		return 0, false, err
	}
	if !d.IsInexact() {
		return 0, false, c.notSupported("dtype=" + d.String())
	}
	return d, true, nil
}

// ufuncOptions checks the keyword arguments every ufunc accepts
// (out, where, casting, order, subok, signature; dtype is ufuncDType's):
// golinalg computes with their defaults only.
// (casting matters only with out, which must be None, or with dtype,
// which converts the operands.)
func (c *Call) ufuncOptions(o *ufuncOpts) error {
	if err := c.onlyNone("out", o.out); err != nil {
		return err
	}
	if err := c.onlyValue("where", o.where, eval.True); err != nil {
		return err
	}
	if err := c.order(o.order); err != nil {
		return err
	}
	if err := c.onlyValue("subok", o.subok, eval.True); err != nil {
		return err
	}
	return c.onlyNone("signature", o.signature)
}

// ufuncOpts are the keyword arguments every ufunc accepts.
type ufuncOpts struct {
	out, where, casting, order, dtype, subok, signature eval.Value
}

// binaryUfunc is a ufunc of two inputs computed by op.
func binaryUfunc(c *Call, op linalg.BinaryOp) (eval.Value, error) {
	if err := c.ufuncArity(2); err != nil {
		return nil, err
	}
	// One struct holds the destinations: Unpack's pointers make them
	// escape, and one allocation is cheaper than nine.
	var p struct {
		a, b *linalg.Array
		o    ufuncOpts
	}
	o := &p.o
	if err := c.Unpack(&p.a, &p.b, &o.out, &o.where, &o.casting, &o.order, &o.dtype, &o.subok, &o.signature); err != nil {
		return nil, err
	}
	a, b := p.a, p.b
	if err := c.ufuncOptions(o); err != nil {
		return nil, err
	}
	if d, ok, err := c.ufuncDType(o.dtype); err != nil {
		return nil, err
	} else if ok {
		a, b = a.AsType(d), b.AsType(d)
	}
	r, ws, err := linalg.Binary(op, a, b)
	warn(c.th, ws)
	if err != nil {
		return nil, c.Err(nil, err)
	}
	return c.Wrap(r), nil
}

// unaryUfunc is a ufunc of one input computed by op.
func unaryUfunc(c *Call, op linalg.UnaryOp) (eval.Value, error) {
	if err := c.ufuncArity(1); err != nil {
		return nil, err
	}
	var p struct {
		a *linalg.Array
		o ufuncOpts
	}
	o := &p.o
	if err := c.Unpack(&p.a, &o.out, &o.where, &o.casting, &o.order, &o.dtype, &o.subok, &o.signature); err != nil {
		return nil, err
	}
	a := p.a
	if err := c.ufuncOptions(o); err != nil {
		return nil, err
	}
	if d, ok, err := c.ufuncDType(o.dtype); err != nil {
		return nil, err
	} else if ok {
		a = a.AsType(d)
	}
	r, ws, err := linalg.Unary(op, a)
	warn(c.th, ws)
	if err != nil {
		return nil, c.Err(nil, err)
	}
	return c.Wrap(r), nil
}

func npAdd(c *Call) (eval.Value, error)      { return binaryUfunc(c, linalg.OpAdd) }
func npSubtract(c *Call) (eval.Value, error) { return binaryUfunc(c, linalg.OpSub) }
func npMultiply(c *Call) (eval.Value, error) { return binaryUfunc(c, linalg.OpMul) }
func npDivide(c *Call) (eval.Value, error)   { return binaryUfunc(c, linalg.OpDiv) }
func npPower(c *Call) (eval.Value, error)    { return binaryUfunc(c, linalg.OpPow) }
func npMaximum(c *Call) (eval.Value, error)  { return binaryUfunc(c, linalg.OpMaximum) }
func npMinimum(c *Call) (eval.Value, error)  { return binaryUfunc(c, linalg.OpMinimum) }
func npEqual(c *Call) (eval.Value, error)    { return binaryUfunc(c, linalg.OpEqual) }
func npNegative(c *Call) (eval.Value, error) { return unaryUfunc(c, linalg.OpNeg) }
func npAbsolute(c *Call) (eval.Value, error) { return unaryUfunc(c, linalg.OpAbs) }
func npSqrt(c *Call) (eval.Value, error)     { return unaryUfunc(c, linalg.OpSqrt) }
func npExp(c *Call) (eval.Value, error)      { return unaryUfunc(c, linalg.OpExp) }
func npLog(c *Call) (eval.Value, error)      { return unaryUfunc(c, linalg.OpLog) }
func npSin(c *Call) (eval.Value, error)      { return unaryUfunc(c, linalg.OpSin) }
func npCos(c *Call) (eval.Value, error)      { return unaryUfunc(c, linalg.OpCos) }
func npTan(c *Call) (eval.Value, error)      { return unaryUfunc(c, linalg.OpTan) }
func npFloor(c *Call) (eval.Value, error)    { return unaryUfunc(c, linalg.OpFloor) }
func npCeil(c *Call) (eval.Value, error)     { return unaryUfunc(c, linalg.OpCeil) }
func npRint(c *Call) (eval.Value, error)     { return unaryUfunc(c, linalg.OpRint) }
func npSign(c *Call) (eval.Value, error)     { return unaryUfunc(c, linalg.OpSign) }
func npIsnan(c *Call) (eval.Value, error)    { return unaryUfunc(c, linalg.OpIsNaN) }
func npIsinf(c *Call) (eval.Value, error)    { return unaryUfunc(c, linalg.OpIsInf) }
func npIsfinite(c *Call) (eval.Value, error) { return unaryUfunc(c, linalg.OpIsFinite) }
func npConjugate(c *Call) (eval.Value, error) {
	return unaryUfunc(c, linalg.OpConj)
}

func npMatmul(c *Call) (eval.Value, error) {
	if err := c.ufuncArity(2); err != nil {
		return nil, err
	}
	var p struct {
		a, b       *linalg.Array
		axes, axis eval.Value
		keep       bool
		o          ufuncOpts
	}
	o := &p.o
	if err := c.Unpack(&p.a, &p.b, &o.out, &p.axes, &p.axis, &p.keep, &o.casting, &o.order, &o.dtype, &o.subok, &o.signature); err != nil {
		return nil, err
	}
	a, b, axes, axis, keep := p.a, p.b, p.axes, p.axis, p.keep
	o.where = eval.True
	if err := c.ufuncOptions(o); err != nil {
		return nil, err
	}
	if d, ok, err := c.ufuncDType(o.dtype); err != nil {
		return nil, err
	} else if ok {
		a, b = a.AsType(d), b.AsType(d)
	}
	for _, o := range []struct {
		name string
		v    eval.Value
	}{{"axes", axes}, {"axis", axis}} {
		if err := c.onlyNone(o.name, o.v); err != nil {
			return nil, err
		}
	}
	if keep {
		return nil, c.notSupported("keepdims=True")
	}
	return c.result(nil)(linalg.MatMul(a, b))
}

// realImag is np.real and np.imag: the attribute of a Python number, or
// of the array val.
func realImag(c *Call, op linalg.UnaryOp) (eval.Value, error) {
	var val eval.Value
	if err := c.Unpack(&val); err != nil {
		return nil, err
	}
	// A Python number answers with its own .real and .imag.
	switch x := val.(type) {
	case eval.Complex:
		if op == linalg.OpReal {
			return eval.Float(real(x)), nil
		}
		return eval.Float(imag(x)), nil
	case eval.Float:
		if op == linalg.OpReal {
			return x, nil
		}
		return eval.Float(0), nil
	case eval.Int, eval.Bool:
		if op == linalg.OpReal {
			return eval.BuiltinInt(c.th, []eval.Value{x}, nil)
		}
		return eval.Int(0), nil
	}
	a, err := c.in.arrayArg(c.th, val)
	if err != nil {
		return nil, err
	}
	r, _, err := linalg.Unary(op, a)
	if err != nil {
		return nil, c.Err(nil, err)
	}
	return c.Wrap(r), nil
}

func npReal(c *Call) (eval.Value, error) { return realImag(c, linalg.OpReal) }
func npImag(c *Call) (eval.Value, error) { return realImag(c, linalg.OpImag) }

func npAllclose(c *Call) (eval.Value, error) {
	var a, b *linalg.Array
	var rtol, atol float64
	var equalNaN bool
	if err := c.Unpack(&a, &b, &rtol, &atol, &equalNaN); err != nil {
		return nil, err
	}
	r, err := linalg.Allclose(a, b, rtol, atol, equalNaN)
	if err != nil {
		return nil, c.Err(nil, err)
	}
	return eval.Bool(r), nil
}

func npIsclose(c *Call) (eval.Value, error) {
	var a, b *linalg.Array
	var rtol, atol float64
	var equalNaN bool
	if err := c.Unpack(&a, &b, &rtol, &atol, &equalNaN); err != nil {
		return nil, err
	}
	return c.result(nil)(linalg.Isclose(a, b, rtol, atol, equalNaN))
}

func npArrayEqual(c *Call) (eval.Value, error) {
	var a, b *linalg.Array
	var equalNaN bool
	if err := c.Unpack(&a, &b, &equalNaN); err != nil {
		return nil, err
	}
	if !equalNaN {
		return eval.Bool(linalg.ArrayEqual(a, b)), nil
	}
	if !sameShape(a.Shape(), b.Shape()) {
		return eval.False, nil
	}
	for k := 0; k < a.Size(); k++ {
		x, y := toComplex(a.At(k)), toComplex(b.At(k))
		if x != y && !(isNaNC(x) && isNaNC(y)) {
			return eval.False, nil
		}
	}
	return eval.True, nil
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

func toComplex(v any) complex128 {
	switch x := v.(type) {
	case bool:
		if x {
			return 1
		}
		return 0
	case int64:
		return complex(float64(x), 0)
	case float64:
		return complex(x, 0)
	case complex128:
		return x
	}
	return 0
}

func isNaNC(z complex128) bool { return math.IsNaN(real(z)) || math.IsNaN(imag(z)) }

// reduction computes op of a over axis (None, an int or a tuple),
// converting a to dt first when given.
func (c *Call) reduction(op linalg.ReduceOp, a *linalg.Array, axis eval.Value, dt opt[linalg.DType], keep bool) (eval.Value, error) {
	if dt.ok {
		switch {
		case dt.v == linalg.Bool, dt.v == linalg.Int64 && (op == linalg.ReduceMean || op == linalg.ReduceVar || op == linalg.ReduceStd):
			return nil, c.notSupported("dtype=" + dt.v.String())
		case dt.v != a.DType():
			a = a.AsType(dt.v)
		}
	}
	axes, err := axisList(axis)
	if err != nil {
		return nil, err
	}
	r, ws, err := linalg.Reduce(op, a, axes, keep)
	warn(c.th, ws)
	if err != nil {
		return nil, c.Err(nil, err)
	}
	return c.Wrap(r), nil
}

// sumLike is sum and prod: (a, axis=None, dtype=None, out=None,
// keepdims=False, initial=None, where=True).
func sumLike(c *Call, op linalg.ReduceOp) (eval.Value, error) {
	var p struct {
		a                         *linalg.Array
		axis, out, initial, where eval.Value
		dt                        opt[linalg.DType]
		keep                      bool
	}
	if err := c.Unpack(&p.a, &p.axis, &p.dt, &p.out, &p.keep, &p.initial, &p.where); err != nil {
		return nil, err
	}
	if err := c.reduceOptions(p.out, p.initial, p.where); err != nil {
		return nil, err
	}
	return c.reduction(op, p.a, p.axis, p.dt, p.keep)
}

// maxLike is max, min, amax and amin: (a, axis=None, out=None,
// keepdims=False, initial=None, where=True).
func maxLike(c *Call, op linalg.ReduceOp) (eval.Value, error) {
	var a *linalg.Array
	var axis, out, initial, where eval.Value
	var keep bool
	if err := c.Unpack(&a, &axis, &out, &keep, &initial, &where); err != nil {
		return nil, err
	}
	if err := c.reduceOptions(out, initial, where); err != nil {
		return nil, err
	}
	return c.reduction(op, a, axis, opt[linalg.DType]{}, keep)
}

// reduceOptions checks out, initial and where of a reduction, which
// golinalg supports with their defaults only.
func (c *Call) reduceOptions(out, initial, where eval.Value) error {
	if err := c.onlyNone("out", out); err != nil {
		return err
	}
	if err := c.onlyNone("initial", initial); err != nil {
		return err
	}
	return c.onlyValue("where", where, eval.True)
}

func npSum(c *Call) (eval.Value, error)  { return sumLike(c, linalg.ReduceSum) }
func npProd(c *Call) (eval.Value, error) { return sumLike(c, linalg.ReduceProd) }
func npMax(c *Call) (eval.Value, error)  { return maxLike(c, linalg.ReduceMax) }
func npMin(c *Call) (eval.Value, error)  { return maxLike(c, linalg.ReduceMin) }

func npMean(c *Call) (eval.Value, error) {
	r, err := c.unpackReduce()
	if err != nil {
		return nil, err
	}
	if err := c.reduceOptions(r.out, eval.None, r.where); err != nil {
		return nil, err
	}
	return c.reduction(linalg.ReduceMean, r.a, r.axis, r.dt, r.keep)
}

// reduceArgs are the arguments (a, axis=None, dtype=None, out=None,
// keepdims=False, *, where=True) of mean and of ndarray's _all and _any.
type reduceArgs struct {
	a                *linalg.Array
	axis, out, where eval.Value
	dt               opt[linalg.DType]
	keep             bool
}

// unpackReduce reads the call's reduceArgs.
func (c *Call) unpackReduce() (r reduceArgs, err error) {
	err = c.Unpack(&r.a, &r.axis, &r.dt, &r.out, &r.keep, &r.where)
	return r, err
}

// varLike is var and std: (a, axis=None, dtype=None, out=None, ddof=0,
// keepdims=False, *, where=True, mean=None, correction=None).
func varLike(c *Call, op linalg.ReduceOp) (eval.Value, error) {
	var a *linalg.Array
	var axis, out, ddof, where, mean, correction eval.Value
	var dt opt[linalg.DType]
	var keep bool
	if err := c.Unpack(&a, &axis, &dt, &out, &ddof, &keep, &where, &mean, &correction); err != nil {
		return nil, err
	}
	if err := c.reduceOptions(out, eval.None, where); err != nil {
		return nil, err
	}
	if err := c.onlyValue("ddof", ddof, eval.Int(0)); err != nil {
		return nil, err
	}
	if err := c.onlyNone("mean", mean); err != nil {
		return nil, err
	}
	if err := c.onlyNone("correction", correction); err != nil {
		return nil, err
	}
	return c.reduction(op, a, axis, dt, keep)
}

func npVar(c *Call) (eval.Value, error) { return varLike(c, linalg.ReduceVar) }
func npStd(c *Call) (eval.Value, error) { return varLike(c, linalg.ReduceStd) }

// allLike is all and any: (a, axis=None, out=None, keepdims=False, *,
// where=True).
func allLike(c *Call, op linalg.ReduceOp) (eval.Value, error) {
	var a *linalg.Array
	var axis, out, where eval.Value
	var keep bool
	if err := c.Unpack(&a, &axis, &out, &keep, &where); err != nil {
		return nil, err
	}
	if err := c.reduceOptions(out, eval.None, where); err != nil {
		return nil, err
	}
	return c.reduction(op, a, axis, opt[linalg.DType]{}, keep)
}

func npAll(c *Call) (eval.Value, error) { return allLike(c, linalg.ReduceAll) }
func npAny(c *Call) (eval.Value, error) { return allLike(c, linalg.ReduceAny) }

// argLike is argmax and argmin: (a, axis=None, out=None, *,
// keepdims=False).
func argLike(c *Call, op linalg.ReduceOp) (eval.Value, error) {
	var a *linalg.Array
	var axis, out eval.Value
	var keep bool
	if err := c.Unpack(&a, &axis, &out, &keep); err != nil {
		return nil, err
	}
	if err := c.onlyNone("out", out); err != nil {
		return nil, err
	}
	return c.reduction(op, a, axis, opt[linalg.DType]{}, keep)
}

func npArgmax(c *Call) (eval.Value, error) { return argLike(c, linalg.ReduceArgmax) }
func npArgmin(c *Call) (eval.Value, error) { return argLike(c, linalg.ReduceArgmin) }

func npTranspose(c *Call) (eval.Value, error) {
	var a *linalg.Array
	var axes eval.Value
	if err := c.Unpack(&a, &axes); err != nil {
		return nil, err
	}
	if axes == eval.None {
		return c.array(a.T()), nil
	}
	perm, err := intList([]eval.Value{axes})
	if err != nil {
		return nil, err
	}
	return c.arrayResult(a.Transpose(perm...))
}

func npReshape(c *Call) (eval.Value, error) {
	var a *linalg.Array
	var shape, order, copy eval.Value
	if err := c.Unpack(&a, &shape, &order, &copy); err != nil {
		return nil, err
	}
	s, err := shapeArg(shape)
	if err != nil {
		return nil, err
	}
	if copy == eval.True {
		a = a.Copy()
	}
	switch order {
	case eval.String("C"):
		return c.arrayResult(a.Reshape(s))
	case eval.String("F"):
		// Read and fill in Fortran order: the C reshape of the reversed
		// axes, reversed back.
		rev := make([]int, len(s))
		for i, n := range s {
			rev[len(s)-1-i] = n
		}
		r, err := a.T().Reshape(rev)
		if err != nil {
			return nil, c.Err(nil, err)
		}
		return c.array(r.T()), nil
	case eval.String("A"):
		return nil, c.notSupported("order='A'")
	}
	return nil, eval.NewError(eval.ValueError, "order must be one of 'C', 'F', 'A', or 'K' (got %s)", eval.Repr(order))
}

// arraysArg converts a sequence of array_likes (the arrays of
// concatenate, stack, vstack, ...).
func (c *Call) arraysArg(seq eval.Value) ([]*linalg.Array, error) {
	items, err := eval.Collect(c.th, seq)
	if err != nil {
		return nil, err
	}
	arrs := make([]*linalg.Array, len(items))
	for i, it := range items {
		if arrs[i], err = c.in.arrayArg(c.th, it); err != nil {
			return nil, err
		}
	}
	return arrs, nil
}

// joined finishes concatenate, stack, vstack, hstack and column_stack:
// the result r converted to dt when given, which casting "same_kind" must
// allow.
func (c *Call) joined(r *linalg.Array, err error, dt opt[linalg.DType], casting eval.Value) (eval.Value, error) {
	rule, _ := casting.(eval.String)
	switch rule {
	case "no", "equiv", "safe", "same_kind", "unsafe":
	default:
		return nil, eval.NewError(eval.ValueError, "casting must be one of 'no', 'equiv', 'safe', 'same_kind', or 'unsafe'")
	}
	if err != nil {
		return nil, c.Err(nil, err)
	}
	if dt.ok && dt.v != r.DType() {
		ok := rule == "unsafe" ||
			rule == "same_kind" && linalg.CanCast(r.DType(), dt.v, linalg.CastSameKind) ||
			rule == "safe" && linalg.CanCast(r.DType(), dt.v, linalg.CastSafe)
		if !ok {
			return nil, eval.NewError(eval.TypeError, "Cannot cast array data from dtype('%s') to dtype('%s') according to the rule %s", r.DType(), dt.v, eval.Repr(rule))
		}
		r = r.AsType(dt.v)
	}
	return c.array(r), nil
}

func npConcatenate(c *Call) (eval.Value, error) {
	for _, kw := range c.kwargs {
		if kw.Name == "arrays" { // positional-only in NumPy's C function
			return nil, eval.NewError(eval.TypeError, "concatenate() got an unexpected keyword argument 'arrays'")
		}
	}
	var seq, axis, out, casting eval.Value
	var dt opt[linalg.DType]
	if err := c.Unpack(&seq, &axis, &out, &dt, &casting); err != nil {
		return nil, err
	}
	if err := c.onlyNone("out", out); err != nil {
		return nil, err
	}
	arrs, err := c.arraysArg(seq)
	if err != nil {
		return nil, err
	}
	ax := 0
	if axis == eval.None {
		for i, a := range arrs {
			arrs[i] = a.Ravel()
		}
	} else if ax, err = eval.ToIndex(axis, "'"+axis.Type()+"' object cannot be interpreted as an integer"); err != nil {
		return nil, err
	}
	r, err := linalg.Concatenate(arrs, ax)
	return c.joined(r, err, dt, casting)
}

func npStack(c *Call) (eval.Value, error) {
	var seq, out, casting eval.Value
	var axis int
	var dt opt[linalg.DType]
	if err := c.Unpack(&seq, &axis, &out, &dt, &casting); err != nil {
		return nil, err
	}
	if err := c.onlyNone("out", out); err != nil {
		return nil, err
	}
	arrs, err := c.arraysArg(seq)
	if err != nil {
		return nil, err
	}
	r, err := linalg.Stack(arrs, axis)
	return c.joined(r, err, dt, casting)
}

// stackND is vstack (axis 0: 1-d arrays become rows) and hstack (axis 1,
// or 0 for 1-d arrays).
func stackND(c *Call, axis int) (eval.Value, error) {
	var tup, casting eval.Value
	var dt opt[linalg.DType]
	if err := c.Unpack(&tup, &dt, &casting); err != nil {
		return nil, err
	}
	arrs, err := c.arraysArg(tup)
	if err != nil {
		return nil, err
	}
	for i, a := range arrs {
		if axis == 0 && a.Ndim() == 1 {
			arrs[i], _ = a.Reshape([]int{1, a.Size()})
		}
	}
	if axis == 1 && len(arrs) > 0 && arrs[0].Ndim() == 1 {
		axis = 0
	}
	r, err := linalg.Concatenate(arrs, axis)
	return c.joined(r, err, dt, casting)
}

func npVstack(c *Call) (eval.Value, error) { return stackND(c, 0) }
func npHstack(c *Call) (eval.Value, error) { return stackND(c, 1) }

func npColumnStack(c *Call) (eval.Value, error) {
	var tup eval.Value
	if err := c.Unpack(&tup); err != nil {
		return nil, err
	}
	arrs, err := c.arraysArg(tup)
	if err != nil {
		return nil, err
	}
	for i, a := range arrs {
		if a.Ndim() < 2 {
			arrs[i], _ = a.Reshape([]int{a.Size(), 1})
		}
	}
	if len(arrs) == 0 {
		return nil, eval.NewError(eval.ValueError, "need at least one array to concatenate")
	}
	return c.arrayResult(linalg.Concatenate(arrs, 1))
}

func npShape(c *Call) (eval.Value, error) {
	var a *linalg.Array
	if err := c.Unpack(&a); err != nil {
		return nil, err
	}
	return shapeTuple(a.Shape()), nil
}

// npRoundArray is np.round and np.around: round half to even at decimals
// digits, the real and imaginary parts of a complex array each; integer
// and bool arrays come back unchanged.
func npRoundArray(c *Call) (eval.Value, error) {
	var a *linalg.Array
	var dec int
	var out eval.Value
	if err := c.Unpack(&a, &dec, &out); err != nil {
		return nil, err
	}
	if err := c.onlyNone("out", out); err != nil {
		return nil, err
	}
	var r *linalg.Array
	var err error
	switch a.DType() {
	case linalg.Float64:
		src := a.Float64s()
		rounded := make([]float64, len(src))
		for i, f := range src {
			rounded[i] = npRound(f, dec)
		}
		r, err = linalg.NewFloat64(a.Shape(), rounded)
	case linalg.Complex128:
		src := a.Complex128s()
		rounded := make([]complex128, len(src))
		for i, z := range src {
			rounded[i] = complex(npRound(real(z), dec), npRound(imag(z), dec))
		}
		r, err = linalg.NewComplex128(a.Shape(), rounded)
	default:
		return c.Wrap(a.Copy()), nil
	}
	if err != nil {
		return nil, c.Err(nil, err)
	}
	if a.IsMatrix() {
		r, _ = r.AsMatrix()
	}
	return c.Wrap(r), nil
}

func npMedian(c *Call) (eval.Value, error) {
	var a *linalg.Array
	var axis, out eval.Value
	var overwrite, keep bool
	if err := c.Unpack(&a, &axis, &out, &overwrite, &keep); err != nil {
		return nil, err
	}
	if err := c.onlyNone("out", out); err != nil {
		return nil, err
	}
	axes, err := axisList(axis)
	if err != nil {
		return nil, err
	}
	return c.result(nil)(linalg.Median(a, axes, keep))
}

func npDiagonal(c *Call) (eval.Value, error) {
	var a *linalg.Array
	var off, ax1, ax2 int
	if err := c.Unpack(&a, &off, &ax1, &ax2); err != nil {
		return nil, err
	}
	r, err := diagonalAxes(a, off, ax1, ax2)
	if err != nil {
		return nil, err
	}
	return c.array(r), nil
}

func npRepeat(c *Call) (eval.Value, error) {
	var a *linalg.Array
	var reps, axis eval.Value
	if err := c.Unpack(&a, &reps, &axis); err != nil {
		return nil, err
	}
	return c.in.repeat(c.th, a, reps, axis)
}

// sorted is sort and argsort: (a, axis=-1, kind=None, order=None, *,
// stable=None). golinalg's sorts are stable, as kind='stable' asks.
func sorted(c *Call, f func(*linalg.Array, int, bool) (*linalg.Array, error)) (eval.Value, error) {
	var a *linalg.Array
	var axis, kind, order, stable eval.Value
	if err := c.Unpack(&a, &axis, &kind, &order, &stable); err != nil {
		return nil, err
	}
	if kind != eval.None {
		// NumPy reads a kind by its first letter: quicksort, heapsort,
		// mergesort, stable.
		k, ok := kind.(eval.String)
		if !ok || k == "" || !strings.ContainsRune("qhmsQHMS", rune(k[0])) {
			return nil, eval.NewError(eval.ValueError, "sort kind must be one of 'quick', 'heap', or 'stable' (got %s)", eval.Repr(kind))
		}
		if stable != eval.None {
			return nil, eval.NewError(eval.ValueError, "`kind` and keyword parameters can't be provided at the same time. Use only one of them.")
		}
	}
	ax, flat, err := sortArgs(c.f.Name(), []eval.Value{axis}, []eval.Kwarg{{Name: "order", Value: order}}, true)
	if err != nil {
		return nil, err
	}
	return c.arrayResult(f(a, ax, flat))
}

func npSort(c *Call) (eval.Value, error)    { return sorted(c, linalg.Sort) }
func npArgsort(c *Call) (eval.Value, error) { return sorted(c, linalg.Argsort) }

// printOptionNames are the parameters of set_printoptions in order.
var printOptionNames = [...]string{"precision", "threshold", "edgeitems", "linewidth", "suppress", "nanstr", "infstr", "formatter", "sign", "floatmode", "legacy", "override_repr"}

func npSetPrintoptions(c *Call) (eval.Value, error) {
	var v [len(printOptionNames)]eval.Value
	if err := c.Unpack(&v[0], &v[1], &v[2], &v[3], &v[4], &v[5], &v[6], &v[7], &v[8], &v[9], &v[10], &v[11]); err != nil {
		return nil, err
	}
	o := c.in.printOpts
	for i, name := range printOptionNames {
		x := v[i]
		if x == eval.None { // NumPy: None leaves the option as it is
			continue
		}
		var dst *int
		switch name {
		case "precision":
			dst = &o.Precision
		case "threshold":
			dst = &o.Threshold
		case "edgeitems":
			dst = &o.EdgeItems
		case "linewidth":
			dst = &o.Linewidth
		case "suppress":
			o.Suppress = x.Truth()
		case "floatmode":
			o.FloatMode = eval.Str(x)
		case "sign":
			o.Sign = eval.Str(x)
		case "nanstr":
			if err := c.onlyValue(name, x, eval.String("nan")); err != nil {
				return nil, err
			}
		case "infstr":
			if err := c.onlyValue(name, x, eval.String("inf")); err != nil {
				return nil, err
			}
		case "legacy":
			if err := c.onlyValue(name, x, eval.False); err != nil {
				return nil, err
			}
		default: // formatter, override_repr
			return nil, c.notSupported(name + "=" + eval.Repr(x))
		}
		if dst != nil {
			n, err := eval.ToIndex(x, name+" must be an integer")
			if err != nil {
				return nil, err
			}
			*dst = n
		}
	}
	c.in.printOpts = o
	return eval.None, nil
}

func npGetPrintoptions(c *Call) (eval.Value, error) {
	if err := c.Unpack(); err != nil {
		return nil, err
	}
	return c.in.printOptionsDict(), nil
}

// npPrintoptions is the context manager np.printoptions(*args, **kwargs):
// set_printoptions(*args, **kwargs) on entry, the old options back on
// exit.
func npPrintoptions(c *Call) (eval.Value, error) {
	var args []eval.Value
	var kwargs []eval.Kwarg
	if err := c.Unpack(&args, &kwargs); err != nil {
		return nil, err
	}
	in := c.in
	saved := in.printOpts
	ctxCount++
	return &ctxObject{repr: "contextlib._GeneratorContextManager", typ: "_GeneratorContextManager", id: ctxCount,
		enter: func(th *eval.Thread) (eval.Value, error) {
			saved = in.printOpts
			np, err := th.Import("numpy")
			if err == nil {
				_, err = eval.Call(th, np.Get("set_printoptions"), args, kwargs)
			}
			if err != nil {
				in.printOpts = saved
				return nil, err
			}
			return in.printOptionsDict(), nil
		},
		exit: func(*eval.Thread) { in.printOpts = saved },
	}, nil
}

func npGeterr(c *Call) (eval.Value, error) {
	if err := c.Unpack(); err != nil {
		return nil, err
	}
	return c.in.errStateDict(), nil
}

func npSeterr(c *Call) (eval.Value, error) {
	var all eval.Value
	var kinds [4]eval.Value
	if err := c.Unpack(&all, &kinds[0], &kinds[1], &kinds[2], &kinds[3]); err != nil {
		return nil, err
	}
	modes, err := errModes("seterr", all, kinds)
	if err != nil {
		return nil, err
	}
	old := c.in.errStateDict()
	c.in.applyErrModes(modes)
	return old, nil
}

// npErrstate is the context manager np.errstate(**modes). NumPy's errstate
// is a class, so its argument errors name errstate.__init__ and count
// self among the positional arguments.
func npErrstate(c *Call) (eval.Value, error) {
	if n := len(c.args); n > 0 {
		return nil, eval.NewError(eval.TypeError, "errstate.__init__() takes 1 positional argument but %d were given", n+1)
	}
	for _, kw := range c.kwargs {
		if c.f.signature().index(kw.Name) < 0 {
			return nil, eval.NewError(eval.TypeError, "errstate.__init__() got an unexpected keyword argument '%s'", kw.Name)
		}
	}
	var call, all eval.Value
	var kinds [4]eval.Value
	if err := c.Unpack(&call, &all, &kinds[0], &kinds[1], &kinds[2], &kinds[3]); err != nil {
		return nil, err
	}
	if err := c.onlyNone("call", call); err != nil {
		return nil, err
	}
	modes, err := errModes("errstate", all, kinds)
	if err != nil {
		return nil, err
	}
	in := c.in
	var saved [4]string
	ctxCount++
	return &ctxObject{repr: "numpy.errstate", typ: "errstate", id: ctxCount,
		enter: func(*eval.Thread) (eval.Value, error) {
			saved = in.errState
			in.applyErrModes(modes)
			return eval.None, nil
		},
		exit: func(*eval.Thread) { in.errState = saved },
	}, nil
}
