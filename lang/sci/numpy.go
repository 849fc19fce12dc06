package sci

import (
	"math"
	"strings"

	"github.com/golinalg/golinalg/display"
	"github.com/golinalg/golinalg/lang/eval"
	"github.com/golinalg/golinalg/lang/syntax"
	"github.com/golinalg/golinalg/linalg"
)

// Array is a NumPy ndarray (or numpy.matrix) value.
type Array struct {
	a  *linalg.Array
	in *lib
}

// NewArray wraps a linalg array for the interpreter in.
func (in *lib) NewArray(a *linalg.Array) *Array { return &Array{a: a, in: in} }

// Linalg returns the underlying array.
func (x *Array) Linalg() *linalg.Array { return x.a }

func (x *Array) opts() display.PrintOptions { return x.in.printOpts }

func (x *Array) String() string { return display.Repr(x.a, x.opts()) }
func (x *Array) Str() string    { return display.Str(x.a, x.opts()) }
func (x *Array) Type() string {
	if x.a.IsMatrix() {
		return "matrix"
	}
	return "numpy.ndarray"
}
func (x *Array) Truth() bool { t, _ := x.TruthErr(); return t }

// TruthErr is bool(a), which NumPy refuses for more than one element.
func (x *Array) TruthErr() (bool, error) {
	switch x.a.Size() {
	case 1:
		return scalarTruth(x.a.At(0)), nil
	case 0:
		return false, eval.NewError(eval.ValueError, "The truth value of an empty array is ambiguous. Use `array.size > 0` to check that an array is not empty.")
	}
	return false, eval.NewError(eval.ValueError, "The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()")
}

func scalarTruth(v any) bool {
	switch v := v.(type) {
	case bool:
		return v
	case int64:
		return v != 0
	case float64:
		return v != 0
	case complex128:
		return v != 0
	}
	return false
}

// MIME is the rich display of an array result.
func (x *Array) MIME() map[string]any {
	return map[string]any(display.ArrayBundle(x.a, x.in.printOpts))
}

func (x *Array) Len() int {
	s := x.a.Shape()
	if len(s) == 0 {
		return 0
	}
	return s[0]
}

func (x *Array) Iterate() eval.Iterator {
	n := x.Len()
	i := 0
	return eval.FuncIter(func(th *eval.Thread) (eval.Value, bool, error) {
		if x.a.Ndim() == 0 {
			return nil, false, eval.NewError(eval.TypeError, "iteration over a 0-d array")
		}
		if i >= n {
			return nil, false, nil
		}
		r, err := x.a.Index([]linalg.IndexItem{linalg.Int(i)})
		i++
		if err != nil {
			return nil, false, pyErr(th, "", nil, err)
		}
		return x.in.wrapScalar(r), true, nil
	})
}

// wrapScalar returns a NumPy scalar for a 0-d result, the array otherwise.
func (in *lib) wrapScalar(a *linalg.Array) eval.Value {
	if a.Ndim() == 0 && !a.IsMatrix() {
		return &NumpyScalar{v: a.At(0), d: a.DType(), in: in}
	}
	return &Array{a: a, in: in}
}

// warn shows the warnings ws that np.errstate lets through.
func warn(th *eval.Thread, ws []linalg.Warning) {
	in := libOf(th)
	for _, w := range ws {
		if in.warnAllowed(w) {
			th.Warn(w.Category, w.Msg)
		}
	}
}

// renameWarnings gives warnings the ufunc name rename makes of theirs
// ("divide by zero encountered in divide" → "... in scalar divide").
func renameWarnings(ws []linalg.Warning, rename func(string) string) []linalg.Warning {
	const at = " encountered in "
	if rename == nil || len(ws) == 0 {
		return ws
	}
	out := make([]linalg.Warning, len(ws))
	for i, w := range ws {
		if k := strings.Index(w.Msg, at); k >= 0 {
			w.Msg = w.Msg[:k+len(at)] + rename(w.Msg[k+len(at):])
		}
		out[i] = w
	}
	return out
}

// toArray converts a Python value (array, scalar, nested list/tuple) to an
// array; ok is false when v is not array-like.
func (in *lib) toArray(th *eval.Thread, v eval.Value) (*linalg.Array, bool, error) {
	switch x := v.(type) {
	case *Array:
		return x.a, true, nil
	case *NumpyScalar:
		a, err := linalg.FromValuesDType(nil, []any{x.v}, x.d)
		return a, true, pyErr(th, "", nil, err)
	case eval.Int, eval.Float, eval.Bool, eval.Complex, eval.BigInt:
		e, err := goScalar(v)
		if err != nil {
			return nil, true, err
		}
		a, err := linalg.Scalar(e)
		return a, true, pyErr(th, "", nil, err)
	case *eval.List, eval.Tuple:
		a, err := in.arrayFromNested(th, v, nil)
		return a, true, err
	case *eval.NamedTuple:
		a, err := in.arrayFromNested(th, x.Tuple, nil)
		return a, true, err
	case eval.Range:
		a, err := in.arrayFromNested(th, v, nil)
		return a, true, err
	}
	return nil, false, nil
}

func goScalar(v eval.Value) (any, error) {
	switch x := v.(type) {
	case eval.Int:
		return int64(x), nil
	case eval.Float:
		return float64(x), nil
	case eval.Bool:
		return bool(x), nil
	case eval.Complex:
		return complex128(x), nil
	case eval.BigInt:
		return nil, eval.NewError(eval.OverflowError, "Python int too large to convert to C long")
	case *NumpyScalar:
		return x.v, nil
	}
	return nil, eval.NewError(eval.TypeError, "unsupported array element type '%s'", v.Type())
}

// arrayFromNested is np.array(nested lists), with dtype d when not nil.
func (in *lib) arrayFromNested(th *eval.Thread, v eval.Value, d *linalg.DType) (*linalg.Array, error) {
	if r, ok := v.(eval.Range); ok {
		// np.array(range(n)): its ints, as NumPy reads any sequence.
		n := r.Len()
		if err := linalg.CheckAlloc(linalg.Int64, []int{n}); err != nil {
			return nil, pyErr(th, "", nil, err)
		}
		elems, err := eval.Collect(th, r)
		if err != nil {
			return nil, err
		}
		v = eval.NewList(elems)
	}
	var shape []int
	// detect shape along the first elements
	cur := v
	for {
		var elems []eval.Value
		switch x := cur.(type) {
		case *eval.List:
			elems = x.Elems()
		case eval.Tuple:
			elems = x
		case *eval.NamedTuple:
			elems = x.Tuple
		case *Array:
			shape = append(shape, x.a.Shape()...)
			goto detected
		default:
			goto detected
		}
		shape = append(shape, len(elems))
		if len(elems) == 0 {
			break
		}
		cur = elems[0]
	}
detected:
	vals := make([]any, 0, 16)
	var walk func(v eval.Value, depth int) error
	inhomog := func(depth int) error {
		return eval.NewError(eval.ValueError, "setting an array element with a sequence. The requested array has an inhomogeneous shape after %d dimensions. The detected shape was %s + inhomogeneous part.", depth, shapeRepr(shape[:depth]))
	}
	walk = func(v eval.Value, depth int) error {
		var elems []eval.Value
		switch x := v.(type) {
		case *eval.List:
			elems = x.Elems()
		case eval.Tuple:
			elems = x
		case *eval.NamedTuple:
			elems = x.Tuple
		case *Array:
			s := x.a.Shape()
			if depth+len(s) != len(shape) {
				return inhomog(depth)
			}
			for i, n := range s {
				if shape[depth+i] != n {
					return inhomog(depth + i)
				}
			}
			for k := 0; k < x.a.Size(); k++ {
				vals = append(vals, x.a.At(k))
			}
			return nil
		default:
			if depth != len(shape) {
				return inhomog(depth)
			}
			e, err := goScalar(v)
			if err != nil {
				if _, isStr := v.(eval.String); isStr {
					return eval.NewError(eval.NotImplementedError, "golinalg arrays hold numbers only (bool, int64, float64, complex128), not str")
				}
				if v == eval.None {
					return eval.NewError(eval.NotImplementedError, "golinalg arrays hold numbers only (bool, int64, float64, complex128), not None")
				}
				return err
			}
			vals = append(vals, e)
			return nil
		}
		if depth >= len(shape) || len(elems) != shape[depth] {
			return inhomog(depth)
		}
		for _, e := range elems {
			if err := walk(e, depth+1); err != nil {
				return err
			}
		}
		return nil
	}
	if err := walk(v, 0); err != nil {
		return nil, err
	}
	if d != nil {
		a, err := linalg.FromValuesDType(shape, vals, *d)
		return a, pyErr(th, "", nil, err)
	}
	a, err := linalg.FromValues(shape, vals)
	return a, pyErr(th, "", nil, err)
}

func shapeRepr(shape []int) string {
	t := make(eval.Tuple, len(shape))
	for i, n := range shape {
		t[i] = eval.Int(n)
	}
	return t.String()
}

func shapeTuple(shape []int) eval.Tuple {
	t := make(eval.Tuple, len(shape))
	for i, n := range shape {
		t[i] = eval.Int(n)
	}
	return t
}

var binOps = map[syntax.Token]linalg.BinaryOp{
	syntax.PLUS: linalg.OpAdd, syntax.MINUS: linalg.OpSub, syntax.STAR: linalg.OpMul, syntax.SLASH: linalg.OpDiv,
	syntax.SLASHSLASH: linalg.OpFloorDiv, syntax.PERCENT: linalg.OpMod, syntax.STARSTAR: linalg.OpPow,
	syntax.EQL: linalg.OpEqual, syntax.NEQ: linalg.OpNotEqual, syntax.LT: linalg.OpLess, syntax.LE: linalg.OpLessEqual,
	syntax.GT: linalg.OpGreater, syntax.GE: linalg.OpGreaterEqual, syntax.AMP: linalg.OpAnd, syntax.PIPE: linalg.OpOr,
	syntax.CIRCUMFLEX: linalg.OpXor,
}

// arrayBinary applies op to two array-likes (a on the left).
// arrayBinary computes a op b. rename, when not nil, gives the ufunc name
// that warnings report (NumPy's scalar math and power fast paths report
// other names than the ufunc's own).
func (in *lib) arrayBinary(th *eval.Thread, op syntax.Token, a, b *linalg.Array, rename func(string) string) (eval.Value, error) {
	if op == syntax.STARSTAR && a.IsMatrix() {
		// numpy.matrix.__pow__ is matrix_power.
		n, isInt := 0, b.Ndim() == 0 && !b.IsMatrix()
		if isInt {
			switch v := b.At(0).(type) {
			case int64:
				n = int(v)
			case bool:
				if v {
					n = 1
				}
			default:
				isInt = false
			}
		}
		if !isInt {
			return nil, eval.NewError(eval.TypeError, "exponent must be an integer")
		}
		r, err := linalg.MatrixPower(a, n)
		if err != nil {
			return nil, pyErr(th, "", nil, err)
		}
		return &Array{a: r, in: in}, nil
	}
	if op == syntax.AT || op == syntax.STAR && (a.IsMatrix() || b.IsMatrix()) {
		if op == syntax.STAR && (a.Ndim() == 0 || b.Ndim() == 0) {
			r, ws, err := linalg.Binary(linalg.OpMul, a, b)
			warn(th, renameWarnings(ws, rename))
			if err != nil {
				return nil, pyErr(th, "", nil, err)
			}
			return in.wrapScalar(r), nil
		}
		r, err := linalg.MatMul(a, b)
		if err != nil {
			return nil, pyErr(th, "", nil, err)
		}
		return in.wrapScalar(r), nil
	}
	bop, ok := binOps[op]
	if !ok {
		return nil, nil
	}
	r, ws, err := linalg.Binary(bop, a, b)
	warn(th, renameWarnings(ws, rename))
	if err != nil {
		return nil, pyErr(th, "", nil, err)
	}
	return in.wrapScalar(r), nil
}

// Binary implements arithmetic and comparisons with broadcasting.
func (x *Array) Binary(th *eval.Thread, op syntax.Token, y eval.Value, side eval.Side) (eval.Value, error) {
	b, ok, err := x.in.toArray(th, y)
	if err != nil || !ok {
		return nil, err
	}
	if side == eval.Left {
		return x.in.arrayBinary(th, op, x.a, b, powerFastPath(op, x.a, y))
	}
	return x.in.arrayBinary(th, op, b, x.a, nil)
}

// powerFastPath is the name NumPy's array ** scalar reports in warnings
// when it takes a fast path: for a float or complex array, a Python int
// exponent 2 or -1 runs square or reciprocal, a Python float 0.5 sqrt.
func powerFastPath(op syntax.Token, a *linalg.Array, y eval.Value) func(string) string {
	if op != syntax.STARSTAR || !a.DType().IsInexact() {
		return nil
	}
	name := ""
	switch y {
	case eval.Int(2):
		name = "square"
	case eval.Int(-1):
		name = "reciprocal"
	case eval.Float(0.5):
		name = "sqrt"
	}
	if name == "" {
		return nil
	}
	return func(string) string { return name }
}

// Inplace implements a op= y, writing into a as NumPy does.
func (x *Array) Inplace(th *eval.Thread, op syntax.Token, y eval.Value) (eval.Value, error) {
	r, err := x.Binary(th, op, y, eval.Left)
	if err != nil || r == nil {
		return r, err
	}
	ra, ok, err := x.in.toArray(th, r)
	if err != nil || !ok {
		return r, err
	}
	if ra.DType() > x.a.DType() && x.a.DType() != linalg.Bool {
		return nil, eval.NewError(UFuncTypeError, "Cannot cast ufunc '%s' output from dtype('%s') to dtype('%s') with casting rule 'same_kind'", binOpName(op), ra.DType(), x.a.DType())
	}
	if err := x.a.SetIndex([]linalg.IndexItem{{Kind: linalg.IndexEllipsis}}, ra); err != nil {
		return nil, pyErr(th, "", nil, err)
	}
	return x, nil
}

// UFuncTypeError is numpy's casting error class.
var UFuncTypeError = eval.NewExcClass("UFuncTypeError", "numpy._core._exceptions", eval.TypeError)

func binOpName(op syntax.Token) string {
	if b, ok := binOps[op]; ok {
		return b.String()
	}
	return "matmul"
}

func (x *Array) Unary(th *eval.Thread, op syntax.Token) (eval.Value, error) {
	var u linalg.UnaryOp
	switch op {
	case syntax.MINUS:
		u = linalg.OpNeg
	case syntax.PLUS:
		u = linalg.OpPos
	case syntax.TILDE:
		u = linalg.OpInvert
	default:
		return nil, eval.NewError(eval.TypeError, "bad operand type for unary %s: '%s'", op, x.Type())
	}
	r, ws, err := linalg.Unary(u, x.a)
	warn(th, ws)
	if err != nil {
		return nil, pyErr(th, "", nil, err)
	}
	return x.in.wrapScalar(r), nil
}

func (x *Array) Abs() (eval.Value, error) {
	r, _, err := linalg.Unary(linalg.OpAbs, x.a)
	if err != nil {
		return nil, pyErr(nil, "", nil, err)
	}
	return x.in.wrapScalar(r), nil
}

// indexItems converts a Python subscript to linalg index items.
func (in *lib) indexItems(th *eval.Thread, k eval.Value) ([]linalg.IndexItem, error) {
	var keys []eval.Value
	if t, ok := k.(eval.Tuple); ok {
		keys = t
	} else {
		keys = []eval.Value{k}
	}
	items := make([]linalg.IndexItem, 0, len(keys))
	for _, key := range keys {
		switch kv := key.(type) {
		case eval.Int, eval.Bool:
			if _, isBool := kv.(eval.Bool); isBool {
				a, _ := linalg.Scalar(bool(kv.(eval.Bool)))
				items = append(items, linalg.IndexItem{Kind: linalg.IndexArray, Arr: a})
				continue
			}
			items = append(items, linalg.Int(int(kv.(eval.Int))))
		case *NumpyScalar:
			i, ok := kv.asInt()
			if !ok {
				return nil, eval.NewError(eval.IndexError, "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices")
			}
			items = append(items, linalg.Int(int(i)))
		case eval.Slice:
			var parts [3]*int
			for i, p := range []eval.Value{kv.Start, kv.Stop, kv.Step} {
				if p == eval.None {
					continue
				}
				n, err := eval.ToIndex(p, "slice indices must be integers or None or have an __index__ method")
				if err != nil {
					return nil, err
				}
				parts[i] = &n
			}
			items = append(items, linalg.Slice(parts[0], parts[1], parts[2]))
		case eval.NoneType:
			items = append(items, linalg.IndexItem{Kind: linalg.IndexNewAxis})
		case eval.EllipsisType:
			items = append(items, linalg.IndexItem{Kind: linalg.IndexEllipsis})
		case *Array, *eval.List:
			a, _, err := in.toArray(th, kv)
			if err != nil {
				return nil, err
			}
			items = append(items, linalg.IndexItem{Kind: linalg.IndexArray, Arr: a})
		default:
			return nil, eval.NewError(eval.IndexError, "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices")
		}
	}
	return items, nil
}

func (x *Array) Index(th *eval.Thread, k eval.Value) (eval.Value, error) {
	items, err := x.in.indexItems(th, k)
	if err != nil {
		return nil, err
	}
	r, err := x.a.Index(items)
	if err != nil {
		return nil, pyErr(th, "", nil, err)
	}
	return x.in.wrapScalar(r), nil
}

func (x *Array) SetIndex(th *eval.Thread, k, v eval.Value) error {
	items, err := x.in.indexItems(th, k)
	if err != nil {
		return err
	}
	va, ok, err := x.in.toArray(th, v)
	if err != nil {
		return err
	}
	if !ok {
		return eval.NewError(eval.TypeError, "float() argument must be a string or a real number, not '%s'", v.Type())
	}
	return pyErr(th, "", nil, x.a.SetIndex(items, va))
}

// itemIndex is the flat (C-order) position that a.item(*args) reads: one
// int is a flat index, several (or one tuple) one index per axis, each
// may be negative; NumPy's errors otherwise.
func itemIndex(shape []int, args []eval.Value) (int, error) {
	if len(args) == 1 {
		if t, ok := args[0].(eval.Tuple); ok {
			args = t
		}
	}
	size := 1
	for _, d := range shape {
		size *= d
	}
	idx := make([]int, len(args))
	for i, v := range args {
		n, ok := eval.AsSmallInt(v)
		if !ok {
			return 0, eval.NewError(eval.TypeError, "'%s' object cannot be interpreted as an integer", v.Type())
		}
		idx[i] = int(n)
	}
	if len(idx) == 1 {
		k := idx[0]
		if k < -size || k >= size {
			return 0, eval.NewError(eval.IndexError, "index %d is out of bounds for size %d", k, size)
		}
		if k < 0 {
			k += size
		}
		return k, nil
	}
	if len(idx) != len(shape) {
		return 0, eval.NewError(eval.ValueError, "incorrect number of indices for array")
	}
	k := 0
	for ax, i := range idx {
		d := shape[ax]
		if i < -d || i >= d {
			return 0, eval.NewError(eval.IndexError, "index %d is out of bounds for axis %d with size %d", i, ax, d)
		}
		if i < 0 {
			i += d
		}
		k = k*d + i
	}
	return k, nil
}

func (x *Array) AttrNames() []string {
	names := append([]string{"T", "dtype", "flat", "imag", "ndim", "real", "shape", "size"}, ndarrayMethods.names()...)
	if x.a.IsMatrix() {
		names = append(names, "A", "H", "I")
	}
	return names
}

// Attr returns the array's properties, computed here, and its methods,
// bound from ndarrayMethods.
func (x *Array) Attr(th *eval.Thread, name string) (eval.Value, error) {
	in := x.in
	a := x.a
	switch name {
	case "shape":
		return shapeTuple(a.Shape()), nil
	case "ndim":
		return eval.Int(a.Ndim()), nil
	case "size":
		return eval.Int(a.Size()), nil
	case "dtype":
		return &DTypeValue{a.DType()}, nil
	case "T":
		return &Array{a: a.T(), in: in}, nil
	case "flat":
		// NumPy's flatiter, as the 1-d array of the elements in C order:
		// indexing, len and iteration read as flatiter does, and
		// assignment writes through when a is contiguous (ravel is then a
		// view); type(a.flat) is ndarray, not numpy.flatiter.
		return &Array{a: a.AsArray().Ravel(), in: in}, nil
	case "I", "A", "H":
		if !a.IsMatrix() {
			return nil, nil
		}
		var r *linalg.Array
		var err error
		switch name {
		case "I":
			if sh := a.Shape(); sh[0] == sh[1] {
				r, err = linalg.Inv(a)
			} else if r, err = linalg.Pinv(a, 1e-15); err == nil {
				r, err = r.AsMatrix()
			}
		case "A":
			r = a.AsArray()
		case "H":
			r, _, err = linalg.Unary(linalg.OpConj, a.T())
		}
		if err != nil {
			return nil, pyErr(th, "", nil, err)
		}
		return &Array{a: r, in: in}, nil
	case "real", "imag":
		op := linalg.OpReal
		if name == "imag" {
			op = linalg.OpImag
		}
		r, _, err := linalg.Unary(op, a)
		if err != nil {
			return nil, pyErr(th, "", nil, err)
		}
		return &Array{a: r, in: in}, nil
	}
	if m, ok := ndarrayIndex()[name]; ok {
		return m.bind(in, x, "numpy", m.qual), nil
	}
	return nil, nil
}

func intList(args []eval.Value) ([]int, error) {
	if len(args) == 1 {
		if t, ok := args[0].(eval.Tuple); ok {
			args = t
		} else if l, ok := args[0].(*eval.List); ok {
			args = l.Elems()
		}
	}
	out := make([]int, len(args))
	for i, a := range args {
		n, err := eval.ToIndex(a, "'"+a.Type()+"' object cannot be interpreted as an integer")
		if err != nil {
			return nil, err
		}
		out[i] = n
	}
	return out, nil
}

func pyScalar(v any) eval.Value {
	switch v := v.(type) {
	case bool:
		return eval.Bool(v)
	case int64:
		return eval.Int(v)
	case float64:
		return eval.Float(v)
	case complex128:
		return eval.Complex(v)
	}
	return eval.None
}

func toList(a *linalg.Array) eval.Value {
	shape := a.Shape()
	if len(shape) == 0 {
		return pyScalar(a.At(0))
	}
	k := 0
	var build func(d int) eval.Value
	build = func(d int) eval.Value {
		l := eval.NewList(make([]eval.Value, shape[d]))
		for i := range l.Elems() {
			if d == len(shape)-1 {
				l.Elems()[i] = pyScalar(a.At(k))
				k++
			} else {
				l.Elems()[i] = build(d + 1)
			}
		}
		return l
	}
	return build(0)
}

func (x *Array) toPyScalar(kind string) (eval.Value, error) {
	if x.a.Size() != 1 {
		return nil, eval.NewError(eval.TypeError, "only length-1 arrays can be converted to Python scalars")
	}
	v := pyScalar(x.a.At(0))
	if kind == "int" {
		return eval.BuiltinInt(nil, []eval.Value{v}, nil)
	}
	return eval.BuiltinFloat(nil, []eval.Value{v}, nil)
}

// Format lets f-strings apply float specs to one-element arrays as
// NumPy's __format__ does (only for 0-d arrays; others need an empty spec).
func (x *Array) Format(spec string) (string, bool, error) {
	if spec == "" {
		return x.Str(), true, nil
	}
	if x.a.Ndim() == 0 {
		return "", false, nil
	}
	return "", true, eval.NewError(eval.TypeError, "unsupported format string passed to numpy.ndarray.__format__")
}

// DTypeValue is a numpy dtype object.
type DTypeValue struct{ d linalg.DType }

func (d *DTypeValue) String() string { return "dtype('" + d.d.String() + "')" }
func (d *DTypeValue) Str() string    { return d.d.String() }
func (*DTypeValue) Type() string     { return "numpy.dtype" }
func (*DTypeValue) Truth() bool      { return true }
func (d *DTypeValue) Hash() (uint64, error) {
	return eval.String(d.d.String()).Hash()
}
func (d *DTypeValue) Binary(th *eval.Thread, op syntax.Token, y eval.Value, side eval.Side) (eval.Value, error) {
	if op != syntax.EQL && op != syntax.NEQ {
		return nil, nil
	}
	o, err := toDType(y)
	eq := err == nil && o == d.d
	return eval.Bool(eq == (op == syntax.EQL)), nil
}
func (d *DTypeValue) Attr(th *eval.Thread, name string) (eval.Value, error) {
	switch name {
	case "name":
		return eval.String(d.d.String()), nil
	case "kind":
		return eval.String(map[linalg.DType]string{linalg.Bool: "b", linalg.Int64: "i", linalg.Float64: "f", linalg.Complex128: "c"}[d.d]), nil
	case "itemsize":
		return eval.Int(d.d.ItemSize()), nil
	}
	return nil, nil
}
func (d *DTypeValue) AttrNames() []string { return []string{"itemsize", "kind", "name"} }

// npType is a NumPy scalar type such as numpy.float64, usable as a dtype
// and as a constructor.
type npType struct {
	name string
	d    linalg.DType
	in   *lib
}

func (t *npType) String() string        { return "<class 'numpy." + t.name + "'>" }
func (*npType) Type() string            { return "type" }
func (*npType) Truth() bool             { return true }
func (t *npType) Name() string          { return t.name }
func (t *npType) Hash() (uint64, error) { return eval.String("np." + t.name).Hash() }
func (t *npType) Attr(th *eval.Thread, name string) (eval.Value, error) {
	if name == "__name__" {
		return eval.String(t.name), nil
	}
	return nil, nil
}
func (t *npType) AttrNames() []string { return []string{"__name__"} }
func (t *npType) Call(th *eval.Thread, args []eval.Value, kwargs []eval.Kwarg) (eval.Value, error) {
	if len(args) == 0 {
		a, _ := linalg.Zeros(t.d, nil)
		return t.in.wrapScalar(a), nil
	}
	if s, ok := args[0].(eval.String); ok {
		f, err := eval.BuiltinFloat(th, []eval.Value{s}, nil)
		if err != nil {
			return nil, err
		}
		args = []eval.Value{f}
	}
	a, ok, err := t.in.toArray(th, args[0])
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, eval.NewError(eval.TypeError, "%s() argument must be a string or a number, not '%s'", t.name, args[0].Type())
	}
	return t.in.wrapScalar(a.AsType(t.d)), nil
}

func toDType(v eval.Value) (linalg.DType, error) {
	switch x := v.(type) {
	case *npType:
		return x.d, nil
	case *DTypeValue:
		return x.d, nil
	case interface {
		eval.Value
		Name() string
	}:
		if x.Type() != "type" {
			break
		}
		switch x.Name() {
		case "float":
			return linalg.Float64, nil
		case "int":
			return linalg.Int64, nil
		case "complex":
			return linalg.Complex128, nil
		case "bool":
			return linalg.Bool, nil
		}
	case eval.String:
		switch strings.ToLower(string(x)) {
		case "float64", "float", "f8", "d", "double":
			return linalg.Float64, nil
		case "int64", "int", "i8", "long":
			return linalg.Int64, nil
		case "complex128", "complex", "c16", "d16":
			return linalg.Complex128, nil
		case "bool", "?", "b1":
			return linalg.Bool, nil
		}
		return 0, eval.NewError(eval.TypeError, "data type %s not understood", eval.StrRepr(string(x)))
	}
	return 0, eval.NewError(eval.TypeError, "Cannot interpret '%s' as a data type", eval.Repr(v))
}

// NumpyScalar is a NumPy scalar: np.float64(1.5), np.int64(3), np.True_.
type NumpyScalar struct {
	v  any
	d  linalg.DType
	in *lib
	// label names a NumPy scalar type the linalg dtypes lack (e.g.
	// "int32" for the rank np.linalg.lstsq returns); it changes only the
	// repr and type name.
	label string
}

func (s *NumpyScalar) opts() display.PrintOptions {
	if s.in == nil {
		return display.DefaultPrintOptions()
	}
	return s.in.printOpts
}
func (s *NumpyScalar) String() string {
	if s.label != "" {
		return "np." + s.label + "(" + s.Str() + ")"
	}
	return display.ScalarRepr(s.v, s.d, s.opts())
}
func (s *NumpyScalar) Str() string  { return display.ScalarStr(s.v, s.d, s.opts()) }
func (s *NumpyScalar) Type() string { return "numpy." + s.dtypeName() }
func (s *NumpyScalar) dtypeName() string {
	if s.label != "" {
		return s.label
	}
	if s.d == linalg.Bool {
		return "bool"
	}
	return s.d.String()
}
func (s *NumpyScalar) Truth() bool { return scalarTruth(s.v) }
func (s *NumpyScalar) Hash() (uint64, error) {
	return eval.HashValue(pyScalar(s.v))
}
func (s *NumpyScalar) asFloat() (float64, bool) {
	switch v := s.v.(type) {
	case bool:
		if v {
			return 1, true
		}
		return 0, true
	case int64:
		return float64(v), true
	case float64:
		return v, true
	}
	return 0, false
}
func (s *NumpyScalar) asInt() (int64, bool) {
	switch v := s.v.(type) {
	case int64:
		return v, true
	case bool:
		if v {
			return 1, true
		}
		return 0, true
	}
	return 0, false
}

func (s *NumpyScalar) array() *linalg.Array {
	a, _ := linalg.FromValuesDType(nil, []any{s.v}, s.d)
	return a
}

func (s *NumpyScalar) Binary(th *eval.Thread, op syntax.Token, y eval.Value, side eval.Side) (eval.Value, error) {
	b, ok, err := s.in.toArray(th, y)
	if err != nil || !ok {
		return nil, err
	}
	// With no array involved NumPy runs its scalar math, whose warnings say
	// "scalar divide", "scalar multiply", ...
	var rename func(string) string
	if _, isArray := y.(*Array); !isArray {
		rename = func(name string) string { return "scalar " + name }
	}
	if side == eval.Left {
		return s.in.arrayBinary(th, op, s.array(), b, rename)
	}
	return s.in.arrayBinary(th, op, b, s.array(), rename)
}

func (s *NumpyScalar) Unary(th *eval.Thread, op syntax.Token) (eval.Value, error) {
	return (&Array{a: s.array(), in: s.in}).Unary(th, op)
}

func (s *NumpyScalar) Abs() (eval.Value, error) {
	return (&Array{a: s.array(), in: s.in}).Abs()
}

// Format applies a format spec as to the Python scalar (NumPy does).
func (s *NumpyScalar) Format(spec string) (string, bool, error) {
	if spec == "" {
		return s.Str(), true, nil
	}
	v, err := eval.Format(nil, pyScalar(s.v), spec)
	return v, true, err
}

func (s *NumpyScalar) Round(nd eval.Value) (eval.Value, error) {
	n := 0
	if nd != eval.None {
		k, ok := eval.AsSmallInt(nd)
		if !ok {
			return nil, eval.NewError(eval.TypeError, "'%s' object cannot be interpreted as an integer", nd.Type())
		}
		n = int(k)
	}
	switch v := s.v.(type) {
	case float64:
		if nd == eval.None {
			return eval.BuiltinRound(nil, []eval.Value{eval.Float(v)}, nil)
		}
		return &NumpyScalar{v: npRound(v, n), d: s.d, in: s.in}, nil
	}
	if nd == eval.None {
		return pyScalar(s.v), nil
	}
	return s, nil
}

// npRound is np.round for a float: multiply, round half to even, divide.
func npRound(x float64, n int) float64 {
	if n >= 0 {
		p := math.Pow(10, float64(n))
		y := math.RoundToEven(x*p) / p
		if math.IsInf(y, 0) || math.IsNaN(y) {
			return x
		}
		return y
	}
	p := math.Pow(10, float64(-n))
	return math.RoundToEven(x/p) * p
}

func (s *NumpyScalar) Attr(th *eval.Thread, name string) (eval.Value, error) {
	switch name {
	case "dtype":
		return &DTypeValue{s.d}, nil
	case "real", "imag":
		op := linalg.OpReal
		if name == "imag" {
			op = linalg.OpImag
		}
		r, _, err := linalg.Unary(op, s.array())
		if err != nil {
			return nil, pyErr(th, "", nil, err)
		}
		return s.in.wrapScalar(r), nil
	case "shape":
		return eval.Tuple{}, nil
	case "ndim":
		return eval.Int(0), nil
	case "is_integer":
		if s.d != linalg.Int64 && s.d != linalg.Float64 {
			return nil, nil
		}
	}
	if m := scalarMethods.find(name); m != nil {
		return m.bind(s.in, s, "numpy", s.dtypeName()+"."+name), nil
	}
	return nil, nil
}

func (s *NumpyScalar) AttrNames() []string {
	names := []string{"dtype", "imag", "item", "ndim", "real", "shape"}
	if s.d == linalg.Int64 || s.d == linalg.Float64 {
		names = append(names, "is_integer")
	}
	return names
}

// sortArgs reads the axis and order of numpy.sort and numpy.argsort, args
// holding the axis (default -1) and kwargs the order: flat reports
// axis=None, which allowNone permits.
func sortArgs(name string, args []eval.Value, kwargs []eval.Kwarg, allowNone bool) (axis int, flat bool, err error) {
	var ax eval.Value = eval.Int(-1)
	if len(args) > 0 {
		ax = args[0]
	}
	for _, kw := range kwargs {
		if kw.Name == "order" && kw.Value != eval.None {
			return 0, false, eval.NewError(eval.ValueError, "Cannot specify order when the array has no fields.")
		}
	}
	if ax == eval.None {
		if !allowNone {
			return 0, false, eval.NewError(eval.TypeError, "'NoneType' object cannot be interpreted as an integer")
		}
		return 0, true, nil
	}
	k, ok := eval.AsSmallInt(ax)
	if !ok {
		return 0, false, eval.NewError(eval.TypeError, "'%s' object cannot be interpreted as an integer", ax.Type())
	}
	return int(k), false, nil
}

// Table is the array's HTML table captioned with label, as an item of a
// result such as EigResult (eval.HasTable).
func (x *Array) Table(label string) (string, bool) {
	return display.LabelledHTML(x.a, label, x.opts()), true
}

// Table is the scalar's one-cell table captioned with label, as an item of
// a result such as SlogdetResult (eval.HasTable).
func (s *NumpyScalar) Table(label string) (string, bool) {
	return display.ScalarHTML(label, s.Str(), s.dtypeName()), false
}

var (
	_ eval.HasTable = (*Array)(nil)
	_ eval.HasTable = (*NumpyScalar)(nil)
)
