package sci

import (
	"math"
	"sync"

	"github.com/golinalg/golinalg/lang/eval"
	"github.com/golinalg/golinalg/linalg"
)

// ndarrayMethods are the methods of numpy.ndarray (and numpy.matrix),
// bound to each array by Array.Attr; its properties (shape, T, real, ...)
// are Attr's own cases.
//
// NumPy writes these methods in C, in three styles that give three kinds
// of argument messages, and each body checks its call in its method's
// style: NumPy's argument parser (npy_parse_arguments, Unpack's C style:
// astype, argmax, sort, trace, ...); CPython's PyArg_ParseTupleAndKeywords
// (Call.getargs: diagonal, cumsum, round, repeat); positional arguments
// only (Call.varargs: item, transpose, tolist, conj). The reductions sum,
// mean, max, ..., all, std and clip hand their arguments to the Python
// functions of numpy/_core/_methods.py (_sum(a, axis=None, ...)), whose
// CPython messages name those functions and count the array as an
// argument; pyMethods declares them. A method that is NumPy's function of
// the same name applied to the array forwards to that function's row
// (Call.forward), once its own signature has accepted the call.
var ndarrayMethods = methods[*Array]{
	{Func: Func{Sig: "transpose(*axes)", Doc: `The array with its axes permuted: reversed when no axes are given (for a 2-D array, its transpose), otherwise axis k of the result is axis axes[k]. Returns a view. See numpy.transpose.

Parameters
----------
axes : None, tuple of ints, or n ints
    The permutation, as one tuple (or list) or as separate integers.

Returns
-------
ndarray
    A view of the array with its axes permuted.`}, Body: ndarrayTranspose},
	{Func: Func{Sig: "reshape(*shape, order='C', copy=None)", Doc: `The same data in a new shape; one axis may be -1 and is then inferred. Unlike numpy.reshape, the shape may be given as separate integers: a.reshape(2, 3). See numpy.reshape.

Parameters
----------
shape : int, tuple of ints, or n ints
    The new shape.
order : {'C', 'F'}, optional
    Read and place the elements in row-major (C) or column-major (F) order.
copy : bool, optional
    True always copies; None copies only when needed.

Returns
-------
ndarray
    The reshaped array, a view when possible.`}, Body: ndarrayReshape},
	{Func: Func{Sig: "flatten(order='C')", Doc: `A copy of the array collapsed to one dimension.

Parameters
----------
order : {'C', 'F', 'A', 'K'}, optional
    Row-major (C) or column-major (F) order; 'A' is F when the array is Fortran-contiguous and C otherwise, 'K' the order of the elements in memory.

Returns
-------
ndarray
    A 1-D copy.`}, Body: ndarrayFlatten},
	{Func: Func{Sig: "ravel(order='C')", Doc: `The array collapsed to one dimension, a view when possible (a copy otherwise). A matrix gives a 1×n matrix. See numpy.ravel.

Parameters
----------
order : {'C', 'F', 'A', 'K'}, optional
    Row-major (C) or column-major (F) order; 'A' is F when the array is Fortran-contiguous and C otherwise, 'K' the order of the elements in memory.

Returns
-------
ndarray
    A 1-D array.`}, Body: ndarrayRavel},
	{Func: Func{Sig: "copy(order='C')", Doc: `A copy of the array.

Parameters
----------
order : {'C', 'F', 'A', 'K'}, optional
    The memory layout of the copy; golinalg arrays show no layout, so every order gives the same array.

Returns
-------
ndarray
    The copy.`}, Body: ndarrayCopy},
	{Func: Func{Sig: "squeeze(axis=None)", Doc: `The array without its axes of length one (all of them, or those named by axis). Returns a view. See numpy.squeeze.

Parameters
----------
axis : None or int or tuple of ints, optional
    The axes to remove; each must have length one.

Returns
-------
ndarray
    The squeezed array.

Raises
------
ValueError
    If an axis named has a length other than one.`}, Body: ndarraySqueeze},
	{Func: Func{Sig: "conj(out=None, /)", Doc: `The complex conjugate, element-wise; a real array comes back unchanged (as a copy). See numpy.conjugate.

Parameters
----------
out : None
    Not supported.

Returns
-------
ndarray
    The conjugate.`}, Body: ndarrayConj},
	{Func: Func{Sig: "astype(dtype, order='K', casting='unsafe', subok=True, copy=True)", Doc: `A copy of the array converted to dtype.

Parameters
----------
dtype : data-type
    The dtype of the result; None is float64.
order : {'C', 'F', 'A', 'K'}, optional
    The memory layout of the result, which golinalg arrays do not show.
casting : {'no', 'equiv', 'safe', 'same_kind', 'unsafe'}, optional
    Which conversions are allowed: 'unsafe' any, 'safe' and 'same_kind' those that keep the values (bool to int64 to float64 to complex128), 'no' and 'equiv' none.
subok : bool, optional
    Keep a matrix a matrix; False gives an ndarray.
copy : bool, optional
    False returns the array itself when it already has the dtype.

Returns
-------
ndarray
    The converted array.

Raises
------
TypeError
    If the conversion breaks the casting rule.`}, Body: ndarrayAstype},
	{Func: Func{Sig: "tolist()", Doc: `The array as nested Python lists of Python scalars (bool, int, float, complex); a 0-d array gives its scalar.

Returns
-------
object
    The nested lists, or the scalar.`}, Body: ndarrayTolist},
	{Func: Func{Sig: "item(*args)", Doc: `One element as a Python scalar: with no argument the only element of a size-1 array, with one integer the element at that flat (C-order) index, with one integer per axis (or a tuple of them) the element there. Negative indices count from the end.

Parameters
----------
*args : ints, optional
    A flat index, or one index per axis.

Returns
-------
scalar
    The element, as a Python bool, int, float or complex.

Raises
------
ValueError
    If no index is given and the array has more than one element.
IndexError
    If an index is out of bounds.`}, Body: ndarrayItem},
	{Func: Func{Sig: "repeat(repeats, axis=None)", Doc: `Repeat each element: repeats times, or repeats[i] times for element i, along axis or in the flattened array. See numpy.repeat.

Parameters
----------
repeats : int or array of ints
    The number of repetitions, broadcast to the axis.
axis : int, optional
    The axis to repeat along; None repeats the flattened array.

Returns
-------
ndarray
    The repeated array.`}, Body: forwardParsed("repeat")},
	{Func: Func{Sig: "round(decimals=0, out=None)", Doc: `The array rounded to decimals digits, halves to even. See numpy.round.

Parameters
----------
decimals : int, optional
    Digits after the decimal point; negative rounds to tens, hundreds, ...
out : None
    Not supported.

Returns
-------
ndarray
    The rounded array.`}, Body: forwardParsed("round")},
	{Func: Func{Sig: "dot(b, out=None)", Doc: `Dot product of the array with b: for 2-D arrays the matrix product, for 1-D the inner product. See numpy.dot.

Parameters
----------
b : array_like
    The right operand.
out : None
    Not supported.

Returns
-------
ndarray
    The product.`}, Body: forwardChecked("dot")},
	{Func: Func{Sig: "sum(axis=None, dtype=None, out=None, keepdims=False, initial=<no value>, where=True)", Doc: `Sum of the elements, over all of them or along axis. See numpy.sum.

Parameters
----------
axis : None or int or tuple of ints, optional
    The axes to sum over.
dtype : data-type, optional
    The dtype to sum in.
keepdims : bool, optional
    Keep the summed axes, with length one.

Returns
-------
scalar or ndarray
    The sum.`}, Body: ndarraySum},
	{Func: Func{Sig: "prod(axis=None, dtype=None, out=None, keepdims=False, initial=<no value>, where=True)", Doc: `Product of the elements, over all of them or along axis. See numpy.prod.

Parameters
----------
axis : None or int or tuple of ints, optional
    The axes to multiply over.
dtype : data-type, optional
    The dtype to multiply in.
keepdims : bool, optional
    Keep the reduced axes, with length one.

Returns
-------
scalar or ndarray
    The product.`}, Body: ndarrayProd},
	{Func: Func{Sig: "mean(axis=None, dtype=None, out=None, keepdims=False, *, where=True)", Doc: `Arithmetic mean, over all elements or along axis; float64 for integer input. See numpy.mean.

Parameters
----------
axis : None or int or tuple of ints, optional
    The axes to average over.
dtype : data-type, optional
    The dtype to average in.
keepdims : bool, optional
    Keep the reduced axes, with length one.

Returns
-------
scalar or ndarray
    The mean.`}, Body: ndarrayMean},
	{Func: Func{Sig: "max(axis=None, out=None, keepdims=False, initial=<no value>, where=True)", Doc: `Largest element, over all of them or along axis; nan if any is nan. See numpy.max.

Parameters
----------
axis : None or int or tuple of ints, optional
    The axes to reduce.
keepdims : bool, optional
    Keep the reduced axes, with length one.

Returns
-------
scalar or ndarray
    The maximum.

Raises
------
ValueError
    If the array (or an axis reduced) is empty.`}, Body: ndarrayMax},
	{Func: Func{Sig: "min(axis=None, out=None, keepdims=False, initial=<no value>, where=True)", Doc: `Smallest element, over all of them or along axis; nan if any is nan. See numpy.min.

Parameters
----------
axis : None or int or tuple of ints, optional
    The axes to reduce.
keepdims : bool, optional
    Keep the reduced axes, with length one.

Returns
-------
scalar or ndarray
    The minimum.

Raises
------
ValueError
    If the array (or an axis reduced) is empty.`}, Body: ndarrayMin},
	{Func: Func{Sig: "std(axis=None, dtype=None, out=None, ddof=0, keepdims=False, *, where=True, mean=None)", Doc: `Standard deviation sqrt(mean(|x - x.mean()|**2)), over all elements or along axis. See numpy.std.

Parameters
----------
axis : None or int or tuple of ints, optional
    The axes to reduce.
dtype : data-type, optional
    The dtype to compute in.
ddof : int, optional
    0 only.
keepdims : bool, optional
    Keep the reduced axes, with length one.

Returns
-------
scalar or ndarray
    The standard deviation.`}, Body: ndarrayStd},
	{Func: Func{Sig: "var(axis=None, dtype=None, out=None, ddof=0, keepdims=False, *, where=True, mean=None)", Doc: `Variance mean(|x - x.mean()|**2), over all elements or along axis. See numpy.var.

Parameters
----------
axis : None or int or tuple of ints, optional
    The axes to reduce.
dtype : data-type, optional
    The dtype to compute in.
ddof : int, optional
    0 only.
keepdims : bool, optional
    Keep the reduced axes, with length one.

Returns
-------
scalar or ndarray
    The variance.`}, Body: ndarrayVar},
	{Func: Func{Sig: "all(axis=None, dtype=None, out=None, keepdims=False, *, where=True)", Doc: `Whether every element is true (non-zero), over all of them or along axis. See numpy.all.

Parameters
----------
axis : None or int or tuple of ints, optional
    The axes to reduce.
dtype : data-type, optional
    bool only.
keepdims : bool, optional
    Keep the reduced axes, with length one.

Returns
-------
bool or ndarray of bools
    The conjunction.`}, Body: ndarrayAll},
	{Func: Func{Sig: "any(axis=None, dtype=None, out=None, keepdims=False, *, where=True)", Doc: `Whether some element is true (non-zero), over all of them or along axis. See numpy.any.

Parameters
----------
axis : None or int or tuple of ints, optional
    The axes to reduce.
dtype : data-type, optional
    bool only.
keepdims : bool, optional
    Keep the reduced axes, with length one.

Returns
-------
bool or ndarray of bools
    The disjunction.`}, Body: ndarrayAny},
	{Func: Func{Sig: "argmax(axis=None, out=None, *, keepdims=False)", Doc: `Index of the first largest element, in the flattened array or along axis. See numpy.argmax.

Parameters
----------
axis : int, optional
    The axis to search; None searches the flattened array.
keepdims : bool, optional
    Keep the reduced axis, with length one.

Returns
-------
int64 or ndarray of int64
    The indices.`}, Body: forwardChecked("argmax")},
	{Func: Func{Sig: "argmin(axis=None, out=None, *, keepdims=False)", Doc: `Index of the first smallest element, in the flattened array or along axis. See numpy.argmin.

Parameters
----------
axis : int, optional
    The axis to search; None searches the flattened array.
keepdims : bool, optional
    Keep the reduced axis, with length one.

Returns
-------
int64 or ndarray of int64
    The indices.`}, Body: forwardChecked("argmin")},
	{Func: Func{Sig: "sort(axis=-1, kind=None, order=None, *, stable=None)", Doc: `Sort the array in place, ascending along axis; nan sorts last. The sort is stable. See numpy.sort, which returns a sorted copy.

Parameters
----------
axis : int, optional
    The axis to sort along.
kind : {'quicksort', 'mergesort', 'heapsort', 'stable'}, optional
    Accepted; every kind sorts stably.
stable : bool, optional
    Accepted; the sort is stable.

Returns
-------
None`}, Body: ndarraySort},
	{Func: Func{Sig: "argsort(axis=-1, kind=None, order=None, *, stable=None)", Doc: `The indices that sort the array along axis, ties in their original order. See numpy.argsort.

Parameters
----------
axis : int or None, optional
    The axis to sort along; None sorts the flattened array.
kind : {'quicksort', 'mergesort', 'heapsort', 'stable'}, optional
    Accepted; every kind sorts stably.
stable : bool, optional
    Accepted; the sort is stable.

Returns
-------
ndarray of int64
    The indices.`}, Body: forwardChecked("argsort")},
	{Func: Func{Sig: "diagonal(offset=0, axis1=0, axis2=1)", Doc: `The diagonal offset of the matrices spanned by axis1 and axis2; it becomes the last axis of the result. See numpy.diagonal.

Parameters
----------
offset : int, optional
    Above (positive) or below (negative) the main diagonal.
axis1, axis2 : int, optional
    The axes of the matrices.

Returns
-------
ndarray
    The diagonals.`}, Body: forwardParsed("diagonal")},
	{Func: Func{Sig: "trace(offset=0, axis1=0, axis2=1, dtype=None, out=None)", Doc: `Sum along a diagonal: for a matrix, the sum of a[i, i + offset]. See numpy.trace.

Parameters
----------
offset : int, optional
    Above (positive) or below (negative) the main diagonal.
axis1, axis2 : int, optional
    The axes of the matrices.
dtype : data-type, optional
    The dtype to sum in.

Returns
-------
scalar or ndarray
    The sum of the diagonal.`}, Body: forwardChecked("trace")},
	{Func: Func{Sig: "cumsum(axis=None, dtype=None, out=None)", Doc: `Cumulative sum along axis, or of the flattened array. See numpy.cumsum.

Parameters
----------
axis : int, optional
    The axis to accumulate along.
dtype : data-type, optional
    The dtype to sum in.

Returns
-------
ndarray
    The running sums.`}, Body: forwardParsed("cumsum")},
	{Func: Func{Sig: "cumprod(axis=None, dtype=None, out=None)", Doc: `Cumulative product along axis, or of the flattened array. See numpy.cumprod.

Parameters
----------
axis : int, optional
    The axis to accumulate along.
dtype : data-type, optional
    The dtype to multiply in.

Returns
-------
ndarray
    The running products.`}, Body: forwardParsed("cumprod")},
	{Func: Func{Sig: "clip(min=None, max=None, out=None, **kwargs)", Doc: `The array with each element below min raised to min and each above max lowered to max; None leaves that side open. The bounds broadcast against the array. See numpy.clip.

Parameters
----------
min, max : array_like or None
    The bounds.
out : None
    Not supported.

Returns
-------
ndarray
    The clipped array.`}, Body: ndarrayClip},
	{Func: Func{Sig: "nonzero()", Doc: `The indices of the nonzero elements, one int64 array per axis. See numpy.nonzero.

Returns
-------
tuple of ndarrays
    The indices along each axis.`}, Body: ndarrayNonzero},
}

// ndarrayIndex is ndarrayMethods by name, with the name each method has
// in messages ("ndarray.sum"), built on first use.
var ndarrayIndex = sync.OnceValue(func() map[string]ndarrayMethod {
	m := make(map[string]ndarrayMethod, len(ndarrayMethods))
	for _, md := range ndarrayMethods {
		m[md.Name()] = ndarrayMethod{md, "ndarray." + md.Name()}
	}
	return m
})

type ndarrayMethod struct {
	*method[*Array]
	qual string
}

// pyMethods are the functions of numpy/_core/_methods.py that ndarray's
// reductions hand their arguments to, the array first. Their signatures
// are NumPy's, but for initial, whose default np._NoValue stands as None
// (golinalg supports neither an initial value nor its absence otherwise).
var (
	pySum  = &Func{Sig: "_sum(a, axis=None, dtype=None, out=None, keepdims=False, initial=None, where=True)", Py: true, Body: npSum}
	pyProd = &Func{Sig: "_prod(a, axis=None, dtype=None, out=None, keepdims=False, initial=None, where=True)", Py: true, Body: npProd}
	pyMean = &Func{Sig: "_mean(a, axis=None, dtype=None, out=None, keepdims=False, *, where=True)", Py: true, Body: npMean}
	pyAmax = &Func{Sig: "_amax(a, axis=None, out=None, keepdims=False, initial=None, where=True)", Py: true, Body: npMax}
	pyAmin = &Func{Sig: "_amin(a, axis=None, out=None, keepdims=False, initial=None, where=True)", Py: true, Body: npMin}
	pyStd  = &Func{Sig: "_std(a, axis=None, dtype=None, out=None, ddof=0, keepdims=False, *, where=True, mean=None)", Py: true, Body: methodsStd}
	pyVar  = &Func{Sig: "_var(a, axis=None, dtype=None, out=None, ddof=0, keepdims=False, *, where=True, mean=None)", Py: true, Body: methodsVar}
	pyAll  = &Func{Sig: "_all(a, axis=None, dtype=None, out=None, keepdims=False, *, where=True)", Py: true, Body: methodsAll}
	pyAny  = &Func{Sig: "_any(a, axis=None, dtype=None, out=None, keepdims=False, *, where=True)", Py: true, Body: methodsAny}
	pyClip = &Func{Sig: "_clip(a, min=None, max=None, out=None, **kwargs)", Py: true, Body: methodsClip}
)

// numpyFunc returns the row name of the numpy module's table.
func numpyFunc(name string) *Func { return numpyFuncs()[name] }

// forwardChecked is the body of a method that is numpy's function name of
// its receiver: the arguments are checked by the method's signature
// (Call.Check), then Call.forward hands the call on.
func forwardChecked(name string) func(c *Call, x *Array) (eval.Value, error) {
	return func(c *Call, x *Array) (eval.Value, error) {
		if err := c.Check(); err != nil {
			return nil, err
		}
		return c.forward(numpyFunc(name), x)
	}
}

// forwardParsed is forwardChecked for NumPy's older C methods, whose
// arguments CPython's PyArg_ParseTupleAndKeywords checks (Call.getargs).
func forwardParsed(name string) func(c *Call, x *Array) (eval.Value, error) {
	return func(c *Call, x *Array) (eval.Value, error) {
		if err := c.getargs(); err != nil {
			return nil, err
		}
		return c.forward(numpyFunc(name), x)
	}
}

var numpyFuncs = sync.OnceValue(func() map[string]*Func {
	m := make(map[string]*Func, len(numpyMod.Funcs))
	for _, f := range numpyMod.Funcs {
		m[f.Name()] = f
	}
	return m
})

func ndarrayTranspose(c *Call, x *Array) (eval.Value, error) {
	if err := c.varargs("ndarray"); err != nil {
		return nil, err
	}
	args := c.args
	if len(args) == 0 || len(args) == 1 && args[0] == eval.None {
		return c.array(x.a.T()), nil
	}
	axes, err := intList(args)
	if err != nil {
		return nil, err
	}
	if len(axes) != x.a.Ndim() {
		// linalg reads no axes as reversed; a.transpose(()) names none.
		return nil, eval.NewError(eval.ValueError, "axes don't match array")
	}
	return c.arrayResult(x.a.Transpose(axes...))
}

// ndarrayReshape reads its keywords as NumPy's array_reshape does, then
// hands the shape, one argument or the tuple of several, to
// numpy.reshape.
func ndarrayReshape(c *Call, x *Array) (eval.Value, error) {
	for _, kw := range c.kwargs {
		if kw.Name != "order" && kw.Name != "copy" {
			return nil, eval.NewError(eval.TypeError, "'%s' is an invalid keyword argument for this function", kw.Name)
		}
	}
	if len(c.args) == 0 {
		return nil, eval.NewError(eval.TypeError, "reshape() takes exactly 1 argument (0 given)")
	}
	if len(c.args) > 1 && len(c.kwargs) == 0 {
		// Fast path, a.reshape(2, 3): order='C', copy=None, as
		// numpy.reshape computes them.
		s, err := intList(c.args)
		if err != nil {
			return nil, err
		}
		return c.arrayResult(x.a.Reshape(s))
	}
	shape := c.args[0]
	switch {
	case len(c.args) > 1:
		shape = eval.Tuple(c.args)
	case shape == eval.None:
		// NumPy reads None as the array's own shape.
		shape = shapeTuple(x.a.Shape())
	case len(c.kwargs) == 0:
		if f, ok := shape.(eval.Float); ok {
			return nil, eval.NewError(eval.TypeError, "expected a sequence of integers or a single integer, got '%s'", eval.Repr(f))
		}
		s, err := shapeArg(shape)
		if err != nil {
			return nil, err
		}
		return c.arrayResult(x.a.Reshape(s))
	}
	return c.handOn(numpyFunc("reshape"), []eval.Value{x, shape})
}

// flatOrder is the order a.flatten(order) and a.ravel(order) read the
// elements in: "C" or "F" ('A' is F for an array that is Fortran- but
// not C-contiguous, C otherwise; 'K' too, for the arrays whose memory
// order is one of them).
func (c *Call) flatOrder(a *linalg.Array, order eval.Value) (string, error) {
	if err := c.order(order); err != nil {
		return "", err
	}
	switch order {
	case eval.None, eval.String("C"):
		return "C", nil
	case eval.String("F"):
		return "F", nil
	}
	if a.IsContiguous() {
		return "C", nil
	}
	if a.T().IsContiguous() {
		return "F", nil
	}
	if order == eval.String("K") {
		return "", c.notSupported("order='K'")
	}
	return "C", nil
}

// ndarrayFlatten and ndarrayRavel read order alike and differ only in
// whether the 1-d result is a copy (Flatten) or, where it can be, a view
// (Ravel).
var (
	ndarrayFlatten = flatBody((*linalg.Array).Flatten)
	ndarrayRavel   = flatBody((*linalg.Array).Ravel)
)

func flatBody(flat func(*linalg.Array) *linalg.Array) func(c *Call, x *Array) (eval.Value, error) {
	return func(c *Call, x *Array) (eval.Value, error) {
		var order eval.Value
		if err := c.Unpack(&order); err != nil {
			return nil, err
		}
		o, err := c.flatOrder(x.a, order)
		if err != nil {
			return nil, err
		}
		if o == "F" {
			return c.array(flat(x.a.T())), nil
		}
		return c.array(flat(x.a)), nil
	}
}

func ndarrayCopy(c *Call, x *Array) (eval.Value, error) {
	var order eval.Value
	if err := c.Unpack(&order); err != nil {
		return nil, err
	}
	if err := c.order(order); err != nil {
		return nil, err
	}
	return c.array(x.a.Copy()), nil
}

func ndarraySqueeze(c *Call, x *Array) (eval.Value, error) {
	var axis eval.Value
	if err := c.Unpack(&axis); err != nil {
		return nil, err
	}
	a := x.a
	if axis == eval.None {
		return c.array(a.Squeeze()), nil
	}
	axes, err := intList([]eval.Value{axis})
	if err != nil {
		return nil, err
	}
	shape := a.Shape()
	drop := make([]bool, len(shape))
	for _, ax := range axes {
		if ax < -len(shape) || ax >= len(shape) {
			return nil, eval.NewError(eval.AxisError, "axis %d is out of bounds for array of dimension %d", ax, len(shape))
		}
		if ax < 0 {
			ax += len(shape)
		}
		if drop[ax] {
			return nil, eval.NewError(eval.ValueError, "duplicate value in 'axis'")
		}
		if shape[ax] != 1 {
			return nil, eval.NewError(eval.ValueError, "cannot select an axis to squeeze out which has size not equal to one")
		}
		drop[ax] = true
	}
	if a.IsMatrix() {
		// numpy.matrix keeps its two axes.
		return c.array(a), nil
	}
	kept := shape[:0]
	for k, n := range shape {
		if !drop[k] {
			kept = append(kept, n)
		}
	}
	return c.arrayResult(a.Reshape(kept))
}

func ndarrayConj(c *Call, x *Array) (eval.Value, error) {
	if err := c.varargs("ndarray"); err != nil {
		return nil, err
	}
	if err := c.parseTuple("conjugate", 1); err != nil {
		return nil, err
	}
	if len(c.args) == 1 && c.args[0] != eval.None {
		if _, ok := c.args[0].(*Array); !ok {
			return nil, eval.NewError(eval.TypeError, "output must be an array")
		}
		return nil, c.notSupported("out=...")
	}
	r, _, err := linalg.Unary(linalg.OpConj, x.a)
	return c.arrayResult(r, err)
}

func ndarrayAstype(c *Call, x *Array) (eval.Value, error) {
	var p struct {
		dt                   opt[linalg.DType]
		order, casting, copy eval.Value
		subok                bool
	}
	if err := c.Unpack(&p.dt, &p.order, &p.casting, &p.subok, &p.copy); err != nil {
		return nil, err
	}
	if err := c.order(p.order); err != nil {
		return nil, err
	}
	a, d := x.a, linalg.Float64 // dtype=None is float64
	if p.dt.ok {
		d = p.dt.v
	}
	from := a.DType()
	casting, _ := p.casting.(eval.String)
	ok := true
	switch casting {
	case "unsafe":
	case "no", "equiv":
		ok = from == d
	case "safe":
		ok = linalg.CanCast(from, d, linalg.CastSafe)
	case "same_kind":
		ok = linalg.CanCast(from, d, linalg.CastSameKind)
	case "same_value":
		return nil, c.notSupported("casting='same_value'")
	default:
		return nil, eval.NewError(eval.ValueError, "casting must be one of 'no', 'equiv', 'safe', 'same_kind', 'unsafe', 'same_value' (got %s)", eval.Repr(p.casting))
	}
	if !ok {
		return nil, eval.NewError(eval.TypeError, "Cannot cast array data from dtype('%s') to dtype('%s') according to the rule %s", from, d, eval.Repr(p.casting))
	}
	if !p.subok && a.IsMatrix() {
		a = a.AsArray()
	}
	if from == d && !p.copy.Truth() && p.copy != eval.None {
		if a == x.a {
			return x, nil
		}
		return c.array(a), nil
	}
	return c.array(a.AsType(d)), nil
}

func ndarrayTolist(c *Call, x *Array) (eval.Value, error) {
	if err := c.varargs("ndarray"); err != nil {
		return nil, err
	}
	if err := c.parseTuple("", 0); err != nil {
		return nil, err
	}
	return toList(x.a), nil
}

func ndarrayItem(c *Call, x *Array) (eval.Value, error) {
	if err := c.varargs("ndarray"); err != nil {
		return nil, err
	}
	return itemOf(c, x.a)
}

// itemOf is a.item(*args) of an array or a NumPy scalar.
func itemOf(c *Call, a *linalg.Array) (eval.Value, error) {
	if len(c.args) == 0 {
		v, err := a.Item()
		if err != nil {
			return nil, c.Err(nil, err)
		}
		return pyScalar(v), nil
	}
	k, err := itemIndex(a.Shape(), c.args)
	if err != nil {
		return nil, err
	}
	return pyScalar(a.At(k)), nil
}

func ndarraySum(c *Call, x *Array) (eval.Value, error)  { return c.forward(pySum, x) }
func ndarrayProd(c *Call, x *Array) (eval.Value, error) { return c.forward(pyProd, x) }
func ndarrayMean(c *Call, x *Array) (eval.Value, error) { return c.forward(pyMean, x) }
func ndarrayMax(c *Call, x *Array) (eval.Value, error)  { return c.forward(pyAmax, x) }
func ndarrayMin(c *Call, x *Array) (eval.Value, error)  { return c.forward(pyAmin, x) }
func ndarrayStd(c *Call, x *Array) (eval.Value, error)  { return c.forward(pyStd, x) }
func ndarrayVar(c *Call, x *Array) (eval.Value, error)  { return c.forward(pyVar, x) }
func ndarrayAll(c *Call, x *Array) (eval.Value, error)  { return c.forward(pyAll, x) }
func ndarrayAny(c *Call, x *Array) (eval.Value, error)  { return c.forward(pyAny, x) }
func ndarrayClip(c *Call, x *Array) (eval.Value, error) { return c.forward(pyClip, x) }

// methodsStd and methodsVar are _std and _var: numpy.std and numpy.var,
// whose parameters are theirs and correction.
func methodsStd(c *Call) (eval.Value, error) { return c.checkForward(numpyFunc("std")) }
func methodsVar(c *Call) (eval.Value, error) { return c.checkForward(numpyFunc("var")) }

// checkForward calls f with the call's arguments once they match the
// call's own signature.
func (c *Call) checkForward(f *Func) (eval.Value, error) {
	if err := c.Check(); err != nil {
		return nil, err
	}
	return c.handOn(f, c.args)
}

func methodsAll(c *Call) (eval.Value, error) { return methodsAllAny(c, linalg.ReduceAll) }
func methodsAny(c *Call) (eval.Value, error) { return methodsAllAny(c, linalg.ReduceAny) }

// methodsAllAny is _all and _any: numpy.all and numpy.any with a dtype,
// which golinalg takes as bool only.
func methodsAllAny(c *Call, op linalg.ReduceOp) (eval.Value, error) {
	r, err := c.unpackReduce()
	if err != nil {
		return nil, err
	}
	if r.dt.ok && r.dt.v != linalg.Bool {
		return nil, c.notSupported("dtype=" + r.dt.v.String())
	}
	if err := c.reduceOptions(r.out, eval.None, r.where); err != nil {
		return nil, err
	}
	return c.reduction(op, r.a, r.axis, opt[linalg.DType]{}, r.keep)
}

// methodsClip is _clip: the ufunc it calls (positive, minimum, maximum
// or clip) depends on the bounds given, and names itself in the error
// for a keyword no ufunc takes.
func methodsClip(c *Call) (eval.Value, error) {
	var a, lo, hi *linalg.Array
	var out eval.Value
	var kwargs []eval.Kwarg
	if err := c.Unpack(&a, &lo, &hi, &out, &kwargs); err != nil {
		return nil, err
	}
	for _, kw := range kwargs {
		if !clipUfuncKwargs[kw.Name] {
			ufunc := "clip"
			switch {
			case lo == nil && hi == nil:
				ufunc = "positive"
			case lo == nil:
				ufunc = "minimum"
			case hi == nil:
				ufunc = "maximum"
			}
			return nil, eval.NewError(eval.TypeError, "%s() got an unexpected keyword argument '%s'", ufunc, kw.Name)
		}
	}
	if len(kwargs) > 0 {
		return nil, c.notSupported(kwargs[0].Name + "=...")
	}
	if out != eval.None {
		return nil, c.notSupported("out=...")
	}
	return c.result(nil)(linalg.Clip(a, lo, hi))
}

// ndarraySort sorts in place: numpy.sort's copy, written back.
func ndarraySort(c *Call, x *Array) (eval.Value, error) {
	var axis int
	var kind, order, stable eval.Value
	if err := c.Unpack(&axis, &kind, &order, &stable); err != nil {
		return nil, err
	}
	r, err := c.forward(numpyFunc("sort"), x)
	if err != nil {
		return nil, err
	}
	if err := x.a.SetIndex([]linalg.IndexItem{{Kind: linalg.IndexEllipsis}}, r.(*Array).a); err != nil {
		return nil, c.Err(nil, err)
	}
	return eval.None, nil
}

func ndarrayNonzero(c *Call, x *Array) (eval.Value, error) {
	if err := c.varargs("ndarray"); err != nil {
		return nil, err
	}
	if err := c.parseTuple("", 0); err != nil {
		return nil, err
	}
	return c.forward(numpyFunc("nonzero"), x)
}

// scalarMethods are the methods of the NumPy scalars, bound by
// NumpyScalar.Attr; is_integer belongs to the integer and floating types
// only.
var scalarMethods = methods[*NumpyScalar]{
	{Func: Func{Sig: "item(*args)", Doc: `The scalar as a Python scalar (bool, int, float or complex). The only index it accepts is 0 (or -1).

Parameters
----------
*args : int, optional
    The flat index, 0.

Returns
-------
scalar
    The value as a Python scalar.`}, Body: scalarItem},
	{Func: Func{Sig: "is_integer()", Doc: `Whether the value is a whole number: always for an integer, for a float when it has no fractional part (False for inf and nan).

Returns
-------
bool
    Whether the value is integral.`}, Body: scalarIsInteger},
}

func scalarItem(c *Call, s *NumpyScalar) (eval.Value, error) {
	if err := c.varargs("generic"); err != nil {
		return nil, err
	}
	return itemOf(c, s.array())
}

// scalarIsInteger is a METH_NOARGS method of the class that defines it
// (numpy.integer, or each float type).
func scalarIsInteger(c *Call, s *NumpyScalar) (eval.Value, error) {
	class := "integer"
	if s.d == linalg.Float64 {
		class = s.dtypeName()
	}
	if len(c.kwargs) > 0 {
		return nil, eval.NewError(eval.TypeError, "%s.is_integer() takes no keyword arguments", class)
	}
	if len(c.args) > 0 {
		return nil, eval.NewError(eval.TypeError, "%s.is_integer() takes no arguments (%d given)", class, len(c.args))
	}
	f, _ := s.asFloat()
	return eval.Bool(!math.IsInf(f, 0) && f == math.Trunc(f)), nil
}
