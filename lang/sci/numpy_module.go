package sci

import (
	"github.com/golinalg/golinalg/lang/eval"
)

// numpyMod is the module numpy. Functions NumPy implements in C
// (numpy._core.multiarray, the ufuncs) get NumPy's C argument messages;
// those NumPy writes in Python (numpy/_core/numeric.py,
// numpy/lib/*.py) set Py.
var numpyMod = &Module{
	Name: "numpy",
	Doc:  "NumPy (golinalg subset): n-dimensional arrays and linear algebra.",
	Funcs: []*Func{
		// Array creation, conversion and comparison (bodies in
		// npmodule.go, numpy.go, npcontext.go).

		// (end of creation section)

		// Shape manipulation, indexing, sorting, statistics (bodies in
		// npmanip.go).

		{Sig: "where(condition, x=None, y=None, /)", Py: true, Body: npWhere, Doc: `Choose elementwise: x where condition is true, y where it is false, after broadcasting the three together. With the condition alone, the same as nonzero(condition).

Parameters
----------
condition : array_like of bool
    Where true, take x; otherwise y.
x, y : array_like
    The values to choose from; given both or neither.

Returns
-------
out : ndarray
    The chosen values, of the type x and y promote to; or, with the condition alone, a tuple of index arrays.

Raises
------
ValueError
    If only one of x and y is given, or the shapes do not broadcast.`},
		{Sig: "nonzero(a)", Py: true, Body: npNonzero, Doc: `Indices of the nonzero elements: one int64 array per axis, so that a[nonzero(a)] lists those elements in row-major order.

Parameters
----------
a : array_like
    The array to search.

Returns
-------
tuple_of_arrays : tuple
    The indices along each axis.`},
		{Sig: "argwhere(a)", Py: true, Body: npArgwhere, Doc: `Indices of the nonzero elements, one row per element: the transpose of nonzero(a) as a single array.

Parameters
----------
a : array_like
    The array to search.

Returns
-------
index_array : (N, a.ndim) ndarray
    One row of indices for each of the N nonzero elements.`},
		{Sig: "count_nonzero(a, axis=None, *, keepdims=False)", Py: true, Body: npCountNonzero, Doc: `Number of nonzero elements, in the whole array or along the given axes.

Parameters
----------
a : array_like
    The array to count in.
axis : int or tuple of ints, optional
    The axes to count along; all of them by default.
keepdims : bool, optional
    Keep the counted axes with length 1.

Returns
-------
count : int or ndarray
    The counts.`},
		{Sig: "clip(a, a_min=None, a_max=None, out=None, *, min=None, max=None, **kwargs)", Py: true, Body: npClip, Doc: `Limit the values to an interval: each element below a_min becomes a_min, each above a_max becomes a_max. Bounds broadcast against a. NumPy's defaults for a_min, a_max, min and max are a "no value" marker: a_min and a_max are given together or not at all.

Parameters
----------
a : array_like
    The values.
a_min, a_max : array_like or None
    The bounds; None leaves that side open.
out : None
    Not supported by golinalg.
min, max : array_like or None
    Keyword spellings of a_min and a_max (Array API), when those are not given.
**kwargs
    Ufunc keywords; not supported by golinalg.

Returns
-------
clipped_array : ndarray
    The clipped values.

Raises
------
TypeError
    If only one of a_min and a_max is given.
ValueError
    If min or max is given together with a_min and a_max.`},
		{Sig: "cumsum(a, axis=None, dtype=None, out=None)", Py: true, Body: npCumsum, Doc: `Cumulative sum: element i is the sum of elements 0 to i along the axis, or of the flattened array when axis is None.

Parameters
----------
a : array_like
    The values.
axis : int, optional
    The axis to accumulate along; the flattened array by default.
dtype : data-type, optional
    The type of the sums; by default that of a, with integers widened to int64.
out : None
    Not supported by golinalg.

Returns
-------
cumsum_along_axis : ndarray
    The running sums.`},
		{Sig: "cumprod(a, axis=None, dtype=None, out=None)", Py: true, Body: npCumprod, Doc: `Cumulative product: element i is the product of elements 0 to i along the axis, or of the flattened array when axis is None.

Parameters
----------
a : array_like
    The values.
axis : int, optional
    The axis to accumulate along; the flattened array by default.
dtype : data-type, optional
    The type of the products; by default that of a, with integers widened to int64.
out : None
    Not supported by golinalg.

Returns
-------
cumprod : ndarray
    The running products.`},
		{Sig: "unique(ar, return_index=False, return_inverse=False, return_counts=False, axis=None, *, equal_nan=True, sorted=True)", Py: true, Body: npUnique, Doc: `The distinct elements of an array, sorted; with axis, the distinct slices along it.

Parameters
----------
ar : array_like
    The values, flattened unless axis is given.
return_index : bool, optional
    Also return the index of each value's first occurrence.
return_inverse : bool, optional
    Also return the indices that rebuild ar from the unique values.
return_counts : bool, optional
    Also return how often each value occurs.
axis : int, optional
    The axis whose slices are compared.
equal_nan : bool, optional
    Count all NaNs as one value.
sorted : bool, optional
    NumPy may leave the values unsorted when False; golinalg sorts them always.

Returns
-------
unique : ndarray
    The distinct values.
unique_indices, unique_inverse, unique_counts : ndarray, optional
    As requested.`},
		{Sig: "diff(a, n=1, axis=-1, prepend=None, append=None)", Py: true, Body: npDiff, Doc: `n-th discrete difference along an axis: out[i] = a[i+1] - a[i], applied n times. Booleans differ by exclusive or. NumPy's defaults for prepend and append are a "no value" marker; golinalg takes None as not given.

Parameters
----------
a : array_like
    The values.
n : int, optional
    How many times to difference; 0 returns a unchanged.
axis : int, optional
    The axis to difference along; the last by default.
prepend, append : array_like, optional
    Values joined to a along axis before differencing (scalars are broadcast).

Returns
-------
diff : ndarray
    Shorter by n along axis.

Raises
------
ValueError
    If n is negative or a is 0-d.`},
		{Sig: "append(arr, values, axis=None)", Py: true, Body: npAppend, Doc: `A new array of arr followed by values: both flattened when axis is None, otherwise joined along axis, where their other axes must match.

Parameters
----------
arr : array_like
    The leading values.
values : array_like
    The values appended.
axis : int, optional
    The axis to join along.

Returns
-------
append : ndarray
    A copy; arr is unchanged.

Raises
------
ValueError
    If the shapes do not fit along axis.`},
		{Sig: "delete(arr, obj, axis=None)", Py: true, Body: npDelete, Doc: `A new array without the entries obj names: elements of the flattened array when axis is None, otherwise slices along axis.

Parameters
----------
arr : array_like
    The values.
obj : slice, int, array of ints or array of bools
    Which entries to remove; a boolean mask marks them.
axis : int, optional
    The axis to delete along.

Returns
-------
out : ndarray
    A copy without the entries.

Raises
------
IndexError
    If an index is out of bounds.`},
		{Sig: "insert(arr, obj, values, axis=None)", Py: true, Body: npInsert, Doc: `A new array with values inserted before the indices obj names, in the flattened array when axis is None, otherwise along axis.

Parameters
----------
arr : array_like
    The values.
obj : slice, int or array of ints
    The indices to insert before; len(arr) appends.
values : array_like
    The inserted values, broadcast to the places.
axis : int, optional
    The axis to insert along.

Returns
-------
out : ndarray
    A copy with the values inserted.

Raises
------
IndexError
    If an index is out of bounds.`},
		{Sig: "tile(A, reps)", Py: true, Body: npTile, Doc: `Repeat a whole array: the result holds reps[i] copies of A along axis i. A and reps are padded with leading ones to the same length.

Parameters
----------
A : array_like
    The array repeated.
reps : int or tuple of ints
    Repetitions along each axis.

Returns
-------
c : ndarray
    The tiled array.`},
		{Sig: "flip(m, axis=None)", Py: true, Body: npFlip, Doc: `Reverse the order of elements along the given axes, all of them by default.

Parameters
----------
m : array_like
    The values.
axis : int or tuple of ints, optional
    The axes to reverse.

Returns
-------
out : ndarray
    The reversed array.

Raises
------
AxisError
    If an axis is out of range.`},
		{Sig: "fliplr(m)", Py: true, Body: npFliplr, Doc: `Reverse the columns: the order along axis 1, m[:, ::-1].

Parameters
----------
m : array_like
    Array of at least two dimensions.

Returns
-------
f : ndarray
    The flipped array.

Raises
------
ValueError
    If m has fewer than two dimensions.`},
		{Sig: "flipud(m)", Py: true, Body: npFlipud, Doc: `Reverse the rows: the order along axis 0, m[::-1].

Parameters
----------
m : array_like
    Array of at least one dimension.

Returns
-------
out : ndarray
    The flipped array.

Raises
------
ValueError
    If m is 0-d.`},
		{Sig: "rot90(m, k=1, axes=(0, 1))", Py: true, Body: npRot90, Doc: `Rotate by 90 degrees k times in the plane of two axes, from the first axis towards the second.

Parameters
----------
m : array_like
    Array of at least two dimensions.
k : int, optional
    Number of quarter turns; negative turns the other way.
axes : (2,) array_like, optional
    The two distinct axes of the plane.

Returns
-------
y : ndarray
    The rotated array.

Raises
------
ValueError
    If the axes are not two distinct axes of m.`},
		{Sig: "meshgrid(*xi, copy=True, sparse=False, indexing='xy')", Py: true, Body: npMeshgrid, Doc: `Coordinate grids from coordinate vectors: for vectors of lengths N1, ..., Nn, n arrays in which grid i repeats xi[i] along every other axis. golinalg always returns copies.

Parameters
----------
x1, x2, ..., xn : array_like
    The coordinate vectors (flattened).
copy : bool, optional
    NumPy returns views when False.
sparse : bool, optional
    Return arrays of length 1 along the repeated axes instead.
indexing : {'xy', 'ij'}, optional
    'xy' (Cartesian) swaps the first two output axes; 'ij' (matrix) does not.

Returns
-------
X1, X2, ..., XN : tuple of ndarrays
    The grids.`},
		{Sig: "polyfit(x, y, deg, rcond=None, full=False, w=None, cov=False)", Py: true, Body: npPolyfit, Doc: `Least-squares polynomial fit: the coefficients p, highest power first, of the polynomial of degree deg minimising sum(w**2 * (p(x) - y)**2). A poorly conditioned fit gives a RankWarning.

Parameters
----------
x : (M,) array_like
    Sample abscissae.
y : (M,) or (M, K) array_like
    Sample values; one fit per column.
deg : int
    Degree of the polynomial.
rcond : float, optional
    Relative cut-off for small singular values; len(x) * eps by default.
full : bool, optional
    Also return the diagnostics of the fit.
w : (M,) array_like, optional
    Weights of the residuals.
cov : bool or str, optional
    The covariance matrix of the coefficients; not supported by golinalg.

Returns
-------
p : ndarray
    The coefficients.
residuals, rank, singular_values, rcond
    With full: the sum of squared residuals, the rank and singular values of the scaled Vandermonde matrix, and rcond.

Raises
------
ValueError
    If deg is negative or the inputs have the wrong shapes.`},
		{Sig: "vander(x, N=None, increasing=False)", Py: true, Body: npVander, Doc: `Vandermonde matrix: the columns are powers of x, x**(N-1) down to x**0, or up from x**0 when increasing.

Parameters
----------
x : (M,) array_like
    The vector.
N : int, optional
    Number of columns; len(x) by default.
increasing : bool, optional
    Order the powers from low to high.

Returns
-------
out : (M, N) ndarray
    The matrix.

Raises
------
ValueError
    If x is not one-dimensional.`},
		{Sig: "polyval(p, x)", Py: true, Body: npPolyval, Doc: `Value of the polynomial with coefficients p (highest power first) at x, by Horner's scheme.

Parameters
----------
p : array_like
    The coefficients.
x : array_like
    The points.

Returns
-------
values : ndarray or scalar
    p evaluated at each point.`},
		{Sig: "roots(p)", Py: true, Body: npRoots, Doc: `Roots of the polynomial with coefficients p (highest power first), as the eigenvalues of its companion matrix.

Parameters
----------
p : (N,) array_like
    The coefficients.

Returns
-------
out : ndarray
    The roots, complex unless all are real.

Raises
------
ValueError
    If p is not one-dimensional.`},
		// (end of manipulation section)

		// Products: dot, matmul, outer, kron, tensordot, einsum, ...
		// (bodies in npproducts.go).

		{Sig: "trace(a, offset=0, axis1=0, axis2=1, dtype=None, out=None)", Py: true, Body: npTrace, Doc: `Sum along a diagonal: for a matrix, the sum of a[i, i + offset]. For more dimensions the diagonals of the 2-D slices given by axis1 and axis2 are summed, leaving the other axes.

Parameters
----------
a : array_like
    Array of at least two dimensions.
offset : int, optional
    Diagonal: 0 the main one, positive above it, negative below.
axis1, axis2 : int, optional
    The axes whose 2-D slices are traced.
dtype : data-type, optional
    The type of the sum; by default that of a, with integers widened to int64.
out : None
    Not supported by golinalg.

Returns
-------
sum_along_diagonals : scalar or ndarray
    The trace; an array of the traces for more than two dimensions.`},
		{Sig: "outer(a, b, out=None)", Py: true, Body: npOuter, Doc: `Outer product of two vectors: out[i, j] = a[i] * b[j]. Inputs of more dimensions are flattened first.

Parameters
----------
a : (M,) array_like
    First vector.
b : (N,) array_like
    Second vector.
out : None
    Not supported by golinalg.

Returns
-------
out : (M, N) ndarray
    The outer product.`},
		{Sig: "kron(a, b)", Py: true, Body: npKron, Doc: `Kronecker product: the block array in which block (i, j) is a[i, j] * b. Operands of different dimensions are padded with leading axes of length 1.

Parameters
----------
a, b : array_like
    The factors.

Returns
-------
out : ndarray
    The Kronecker product, of shape a.shape * b.shape axis by axis.`},
		{Sig: "cross(a, b, axisa=-1, axisb=-1, axisc=-1, axis=None)", Py: true, Body: npCross, Doc: `Cross product of 3-vectors (or the scalar z component for 2-vectors), vector by vector over the other axes, which broadcast.

Parameters
----------
a, b : array_like
    Vectors along the given axes, of length 2 or 3.
axisa, axisb : int, optional
    The axes of a and b that hold the vectors.
axisc : int, optional
    The axis of the result that holds the product vectors.
axis : int, optional
    Sets axisa, axisb and axisc at once.

Returns
-------
c : ndarray
    The cross products.

Raises
------
ValueError
    If a vector has a length other than 2 or 3.`},
		{Sig: "vdot(a, b, /)", Py: true, Body: npVdot, Doc: `Dot product of the flattened arrays, conjugating the first: sum(conj(a.ravel()) * b.ravel()).

Parameters
----------
a : array_like
    First operand, conjugated when complex.
b : array_like
    Second operand, of the same size.

Returns
-------
output : scalar
    The dot product.

Raises
------
ValueError
    If a and b differ in size.`},
		{Sig: "inner(a, b, /)", Py: true, Body: npInner, Doc: `Inner product over the last axes: the plain dot product of vectors, and for more dimensions sum(a[..., :] * b[..., :]) over every pair of leading indices. A scalar operand multiplies.

Parameters
----------
a, b : array_like
    Operands whose last axes have one length.

Returns
-------
out : ndarray or scalar
    Of shape a.shape[:-1] + b.shape[:-1].

Raises
------
ValueError
    If the last axes differ in length.`},
		{Sig: "tensordot(a, b, axes=2)", Py: true, Body: npTensordot, Doc: `Tensor product summed over chosen axes: the axes listed for a are paired with those listed for b and contracted.

Parameters
----------
a, b : array_like
    The tensors.
axes : int or (2,) array_like, optional
    An int n sums over the last n axes of a and the first n of b; a pair of sequences names the axes of a and of b.

Returns
-------
output : ndarray
    The free axes of a followed by those of b.

Raises
------
ValueError
    If paired axes differ in length.`},
		{Sig: "triu(m, k=0)", Py: true, Body: npTriu, Doc: `Upper triangle: a copy of m with the elements below diagonal k set to zero, in each matrix of the last two axes.

Parameters
----------
m : array_like
    Matrix, or a stack of them; a vector is taken as a matrix of identical rows.
k : int, optional
    Diagonal: 0 the main one, positive above it, negative below.

Returns
-------
triu : ndarray
    Same shape and type as m.`},
		{Sig: "tril(m, k=0)", Py: true, Body: npTril, Doc: `Lower triangle: a copy of m with the elements above diagonal k set to zero, in each matrix of the last two axes.

Parameters
----------
m : array_like
    Matrix, or a stack of them; a vector is taken as a matrix of identical rows.
k : int, optional
    Diagonal: 0 the main one, positive above it, negative below.

Returns
-------
tril : ndarray
    Same shape and type as m.`},
		{Sig: "einsum(*operands, out=None, optimize=False, **kwargs)", Py: true, Body: npEinsum, Doc: `Einstein summation: the subscripts string labels each operand's axes ("ij,jk->ik"); labels repeated across operands are multiplied along, labels absent from the output are summed over, and "..." stands for broadcast axes. Without "->" the output takes the labels used once, in alphabetical order. The operands may instead be given as op0, sublist0, op1, sublist1, ..., [sublistout], with integer axis labels.

Parameters
----------
subscripts : str
    The labels, first of operands.
operands : list of array_like
    The arrays.
out : None
    Not supported by golinalg.
optimize : bool or str, optional
    Contraction order; every order gives the same result here.
dtype : data-type, optional
    The type of the computation and result.
order : {'C', 'F', 'A', 'K'}, optional
    Memory layout of the result.
casting : {'no', 'equiv', 'safe', 'same_kind', 'unsafe'}, optional
    Which conversions to dtype are allowed.

Returns
-------
output : ndarray or scalar
    The summation.

Raises
------
ValueError
    If the subscripts do not match the operands or their shapes.`},
		// (end of products section)
	},
	Attrs: func(in *lib, th *eval.Thread, m *eval.Module) error {
		return nil
	},
}
