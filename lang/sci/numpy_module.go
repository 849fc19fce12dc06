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
		// Array creation, conversion and comparison; elementwise
		// functions, reductions, joining; print options and error state
		// (bodies in numpy_creation.go).
		{Sig: "array(object, dtype=None, *, copy=True, order='K', subok=False, ndmin=0, ndmax=0, like=None)", Body: npArray, Doc: `Build an ndarray from nested sequences of numbers (or from an existing array). The element type is inferred from the data unless dtype is given: bool, then int64, float64 and complex128 as needed.

Parameters
----------
object : array_like
    Nested lists or tuples of equal length, an array, or a scalar.
dtype : data-type, optional
    The element type; inferred from the data when omitted.
copy : bool or None, optional
    True copies always, None only when needed, False never (a ValueError when a copy is needed).
subok : bool, optional
    Keep a numpy.matrix a matrix.
ndmin : int, optional
    Prepend axes of length one up to this many dimensions.

Returns
-------
out : ndarray

Raises
------
ValueError
    If the nested sequences are ragged.`},
		{Sig: "asarray(a, dtype=None, order=None, *, device=None, copy=None, like=None)", Body: npAsarray, Doc: `Like array, but returns a itself when it is already an array of the requested dtype.

Parameters
----------
a : array_like
    The data.
dtype : data-type, optional
    The element type; inferred from the data when omitted.
copy : bool or None, optional
    True copies always, None only when needed, False never.

Returns
-------
out : ndarray`},
		{Sig: "matrix(data, dtype=None, copy=True)", Py: true, Body: npMatrix, Doc: `A 2-d numpy.matrix, for which * is the matrix product and ** the matrix power. data may also be a string with rows separated by ';' and numbers by spaces or commas, as "1 2; 3 4".

Parameters
----------
data : array_like or str
    The rows; a 1-d input becomes one row.
dtype : data-type, optional
    The element type.
copy : bool, optional
    Copy an array given as data.

Returns
-------
m : matrix

Raises
------
ValueError
    If data has more than two dimensions.`},
		{Sig: "asmatrix(data, dtype=None)", Py: true, Body: npAsmatrix, Doc: `Interpret data as a numpy.matrix without copying an array that needs no conversion; matrix(data, dtype, copy=False).

Parameters
----------
data : array_like or str
    The rows.
dtype : data-type, optional
    The element type.

Returns
-------
m : matrix`},
		{Sig: "zeros(shape, dtype=None, order='C', *, device=None, like=None)", Body: npZeros, Doc: `A new array of the given shape filled with zeros.

Parameters
----------
shape : int or tuple of ints
    Length of each axis.
dtype : data-type, optional
    The element type; float64 when omitted.

Returns
-------
out : ndarray`},
		{Sig: "ones(shape, dtype=None, order='C', *, device=None, like=None)", Py: true, Body: npOnes, Doc: `A new array of the given shape filled with ones.

Parameters
----------
shape : int or tuple of ints
    Length of each axis.
dtype : data-type, optional
    The element type; float64 when omitted.

Returns
-------
out : ndarray`},
		{Sig: "full(shape, fill_value, dtype=None, order='C', *, device=None, like=None)", Py: true, Body: npFull, Doc: `A new array of the given shape with every element set to fill_value.

Parameters
----------
shape : int or tuple of ints
    Length of each axis.
fill_value : scalar
    The value of every element.
dtype : data-type, optional
    The element type; the type of fill_value when omitted.

Returns
-------
out : ndarray`},
		{Sig: "empty(shape, dtype=None, order='C', *, device=None, like=None)", Body: npEmpty, Doc: `A new array of the given shape whose values are unspecified (golinalg fills it with zeros).

Parameters
----------
shape : int or tuple of ints
    Length of each axis.
dtype : data-type, optional
    The element type; float64 when omitted.

Returns
-------
out : ndarray`},
		{Sig: "eye(N, M=None, k=0, dtype=None, order='C', *, device=None, like=None)", Py: true, Body: npEye, Doc: `An N×M matrix with ones on diagonal k and zeros elsewhere; with the defaults, the N×N identity.

Parameters
----------
N : int
    Number of rows.
M : int, optional
    Number of columns; N when omitted.
k : int, optional
    Diagonal index: 0 the main one, positive above, negative below.
dtype : data-type, optional
    The element type; float64 when omitted.

Returns
-------
I : (N, M) ndarray`},
		{Sig: "identity(n, dtype=None, *, like=None)", Py: true, Body: npIdentity, Doc: `The n×n identity matrix I: ones on the diagonal, zeros elsewhere.

Parameters
----------
n : int
    Number of rows and columns.
dtype : data-type, optional
    The element type; float64 when omitted.

Returns
-------
out : (n, n) ndarray`},
		{Sig: "arange(start_or_stop=None, /, stop=None, step=None, dtype=None, *, device=None, like=None)", Body: npArange, Doc: `Evenly spaced values in the half-open interval [start, stop), like range but returning an array and accepting floats. Called with one number, it is stop and start is 0.

Parameters
----------
start_or_stop : number
    start, or stop when it is the only number.
stop : number, optional
    End of the interval, not included.
step : number, optional
    Spacing, 1 by default.
dtype : data-type, optional
    The element type; int64 when all numbers are integers, float64 otherwise.

Returns
-------
out : ndarray
    ceil((stop - start) / step) values.

Raises
------
ZeroDivisionError
    If step is 0.`},
		{Sig: "linspace(start, stop, num=50, endpoint=True, retstep=False, dtype=None, axis=0, *, device=None)", Py: true, Body: npLinspace, Doc: `num evenly spaced samples from start to stop, stop included unless endpoint is False.

Parameters
----------
start, stop : number
    Ends of the interval.
num : int, optional
    Number of samples.
endpoint : bool, optional
    Include stop.
retstep : bool, optional
    Also return the spacing.
dtype : data-type, optional
    The element type; float64 when omitted (integer types round down).

Returns
-------
samples : ndarray
step : float
    Only with retstep: the spacing (nan when there are fewer than two samples).

Raises
------
ValueError
    If num is negative.`},
		{Sig: "diag(v, k=0)", Py: true, Body: npDiag, Doc: `From a 1-D array, the square matrix with v on diagonal k; from a 2-D array, its diagonal k.

Parameters
----------
v : array_like
    A 1-d or 2-d array.
k : int, optional
    Diagonal index: 0 the main one, positive above, negative below.

Returns
-------
out : ndarray`},
		{Sig: "dot(a, b, out=None)", Py: true, Body: npDot, Doc: `Dot product: for 1-D arrays the inner product, for 2-D arrays the matrix product, for a scalar operand plain multiplication; otherwise a sum over the last axis of a and the second-to-last of b.

Parameters
----------
a, b : array_like
    The operands.
out : None
    golinalg writes no output arrays; only None is accepted.

Returns
-------
output : ndarray or scalar

Raises
------
ValueError
    If the summed axes differ in length (shapes not aligned).`},
		{Sig: "matmul(x1, x2, /, out=None, *, axes=None, axis=None, keepdims=False, casting='same_kind', order='K', dtype=None, subok=True, signature=None)", Body: npMatmul, Doc: `Matrix product, the operator @. Stacks of matrices broadcast; a 1-D operand is treated as a vector. Scalars are not allowed.

Parameters
----------
x1, x2 : array_like
    The operands; stacks in the leading axes broadcast.

Returns
-------
y : ndarray

Raises
------
ValueError
    If the inner dimensions differ or an operand is a scalar.`},
		{Sig: "add(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True, signature=None)", Body: npAdd, Doc: `Sum x1 + x2, element-wise.

Parameters
----------
x1, x2 : array_like
    The operands; they broadcast together.
out : None
    golinalg writes no output arrays; only None is accepted.
dtype : None
    Only None (the promoted type of the operands) is supported.

Returns
-------
y : ndarray or scalar
    A scalar when both operands are scalars.`},
		{Sig: "subtract(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True, signature=None)", Body: npSubtract, Doc: `Difference x1 - x2, element-wise.

Parameters
----------
x1, x2 : array_like
    The operands; they broadcast together.
out : None
    golinalg writes no output arrays; only None is accepted.
dtype : None
    Only None (the promoted type of the operands) is supported.

Returns
-------
y : ndarray or scalar
    A scalar when both operands are scalars.`},
		{Sig: "multiply(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True, signature=None)", Body: npMultiply, Doc: `Product x1 * x2, element-wise (not the matrix product).

Parameters
----------
x1, x2 : array_like
    The operands; they broadcast together.
out : None
    golinalg writes no output arrays; only None is accepted.
dtype : None
    Only None (the promoted type of the operands) is supported.

Returns
-------
y : ndarray or scalar
    A scalar when both operands are scalars.`},
		{Sig: "divide(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True, signature=None)", Body: npDivide, Doc: `True quotient x1 / x2, element-wise; integers give floats. Division by zero gives inf or nan with a RuntimeWarning.

Parameters
----------
x1, x2 : array_like
    The operands; they broadcast together.
out : None
    golinalg writes no output arrays; only None is accepted.
dtype : None
    Only None (the promoted type of the operands) is supported.

Returns
-------
y : ndarray or scalar
    A scalar when both operands are scalars.`},
		{Sig: "true_divide(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True, signature=None)", Body: npDivide, Doc: `True quotient x1 / x2, element-wise; the same function as divide.

Parameters
----------
x1, x2 : array_like
    The operands; they broadcast together.
out : None
    golinalg writes no output arrays; only None is accepted.
dtype : None
    Only None (the promoted type of the operands) is supported.

Returns
-------
y : ndarray or scalar
    A scalar when both operands are scalars.`},
		{Sig: "power(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True, signature=None)", Body: npPower, Doc: `x1 raised to the power x2, element-wise.

Parameters
----------
x1, x2 : array_like
    The operands; they broadcast together.
out : None
    golinalg writes no output arrays; only None is accepted.
dtype : None
    Only None (the promoted type of the operands) is supported.

Returns
-------
y : ndarray or scalar
    A scalar when both operands are scalars.`},
		{Sig: "maximum(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True, signature=None)", Body: npMaximum, Doc: `The larger of x1 and x2, element-wise; nan when either is nan.

Parameters
----------
x1, x2 : array_like
    The operands; they broadcast together.
out : None
    golinalg writes no output arrays; only None is accepted.
dtype : None
    Only None (the promoted type of the operands) is supported.

Returns
-------
y : ndarray or scalar
    A scalar when both operands are scalars.`},
		{Sig: "minimum(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True, signature=None)", Body: npMinimum, Doc: `The smaller of x1 and x2, element-wise; nan when either is nan.

Parameters
----------
x1, x2 : array_like
    The operands; they broadcast together.
out : None
    golinalg writes no output arrays; only None is accepted.
dtype : None
    Only None (the promoted type of the operands) is supported.

Returns
-------
y : ndarray or scalar
    A scalar when both operands are scalars.`},
		{Sig: "equal(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True, signature=None)", Body: npEqual, Doc: `x1 == x2, element-wise.

Parameters
----------
x1, x2 : array_like
    The operands; they broadcast together.
out : None
    golinalg writes no output arrays; only None is accepted.
dtype : None
    Only None (the promoted type of the operands) is supported.

Returns
-------
y : ndarray of bool or bool
    A scalar when both operands are scalars.`},
		{Sig: "negative(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True, signature=None)", Body: npNegative, Doc: `-x, element-wise.

Parameters
----------
x : array_like
    The operand.
out : None
    golinalg writes no output arrays; only None is accepted.
dtype : None
    Only None (the type of the operand) is supported.

Returns
-------
y : ndarray or scalar
    A scalar when x is a scalar.`},
		{Sig: "abs(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True, signature=None)", Body: npAbsolute, Doc: `Absolute value |x|, element-wise; the modulus for complex numbers, which gives floats.

Parameters
----------
x : array_like
    The operand.
out : None
    golinalg writes no output arrays; only None is accepted.
dtype : None
    Only None (the type of the operand) is supported.

Returns
-------
y : ndarray or scalar
    A scalar when x is a scalar.`},
		{Sig: "absolute(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True, signature=None)", Body: npAbsolute, Doc: `Absolute value |x|, element-wise; the modulus for complex numbers, which gives floats.

Parameters
----------
x : array_like
    The operand.
out : None
    golinalg writes no output arrays; only None is accepted.
dtype : None
    Only None (the type of the operand) is supported.

Returns
-------
y : ndarray or scalar
    A scalar when x is a scalar.`},
		{Sig: "sqrt(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True, signature=None)", Body: npSqrt, Doc: `Non-negative square root, element-wise; nan with a RuntimeWarning for negative reals.

Parameters
----------
x : array_like
    The operand.
out : None
    golinalg writes no output arrays; only None is accepted.
dtype : None
    Only None (the type of the operand) is supported.

Returns
-------
y : ndarray or scalar
    A scalar when x is a scalar.`},
		{Sig: "exp(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True, signature=None)", Body: npExp, Doc: `Exponential e**x, element-wise.

Parameters
----------
x : array_like
    The operand.
out : None
    golinalg writes no output arrays; only None is accepted.
dtype : None
    Only None (the type of the operand) is supported.

Returns
-------
y : ndarray or scalar
    A scalar when x is a scalar.`},
		{Sig: "log(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True, signature=None)", Body: npLog, Doc: `Natural logarithm, element-wise; -inf at 0 and nan for negative reals, with a RuntimeWarning.

Parameters
----------
x : array_like
    The operand.
out : None
    golinalg writes no output arrays; only None is accepted.
dtype : None
    Only None (the type of the operand) is supported.

Returns
-------
y : ndarray or scalar
    A scalar when x is a scalar.`},
		{Sig: "sin(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True, signature=None)", Body: npSin, Doc: `Sine of x in radians, element-wise.

Parameters
----------
x : array_like
    The operand.
out : None
    golinalg writes no output arrays; only None is accepted.
dtype : None
    Only None (the type of the operand) is supported.

Returns
-------
y : ndarray or scalar
    A scalar when x is a scalar.`},
		{Sig: "cos(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True, signature=None)", Body: npCos, Doc: `Cosine of x in radians, element-wise.

Parameters
----------
x : array_like
    The operand.
out : None
    golinalg writes no output arrays; only None is accepted.
dtype : None
    Only None (the type of the operand) is supported.

Returns
-------
y : ndarray or scalar
    A scalar when x is a scalar.`},
		{Sig: "tan(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True, signature=None)", Body: npTan, Doc: `Tangent of x in radians, element-wise.

Parameters
----------
x : array_like
    The operand.
out : None
    golinalg writes no output arrays; only None is accepted.
dtype : None
    Only None (the type of the operand) is supported.

Returns
-------
y : ndarray or scalar
    A scalar when x is a scalar.`},
		{Sig: "floor(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True, signature=None)", Body: npFloor, Doc: `The largest integer not above x, element-wise (as a float for float input).

Parameters
----------
x : array_like
    The operand.
out : None
    golinalg writes no output arrays; only None is accepted.
dtype : None
    Only None (the type of the operand) is supported.

Returns
-------
y : ndarray or scalar
    A scalar when x is a scalar.`},
		{Sig: "ceil(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True, signature=None)", Body: npCeil, Doc: `The smallest integer not below x, element-wise (as a float for float input).

Parameters
----------
x : array_like
    The operand.
out : None
    golinalg writes no output arrays; only None is accepted.
dtype : None
    Only None (the type of the operand) is supported.

Returns
-------
y : ndarray or scalar
    A scalar when x is a scalar.`},
		{Sig: "rint(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True, signature=None)", Body: npRint, Doc: `x rounded to the nearest integer, halves to even, element-wise.

Parameters
----------
x : array_like
    The operand.
out : None
    golinalg writes no output arrays; only None is accepted.
dtype : None
    Only None (the type of the operand) is supported.

Returns
-------
y : ndarray or scalar
    A scalar when x is a scalar.`},
		{Sig: "sign(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True, signature=None)", Body: npSign, Doc: `-1, 0 or 1 as x is negative, zero or positive, element-wise; nan for nan.

Parameters
----------
x : array_like
    The operand.
out : None
    golinalg writes no output arrays; only None is accepted.
dtype : None
    Only None (the type of the operand) is supported.

Returns
-------
y : ndarray or scalar
    A scalar when x is a scalar.`},
		{Sig: "isnan(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True, signature=None)", Body: npIsnan, Doc: `Whether x is nan, element-wise.

Parameters
----------
x : array_like
    The operand.
out : None
    golinalg writes no output arrays; only None is accepted.
dtype : None
    Only None (the type of the operand) is supported.

Returns
-------
y : ndarray of bool or bool
    A scalar when x is a scalar.`},
		{Sig: "isinf(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True, signature=None)", Body: npIsinf, Doc: `Whether x is positive or negative infinity, element-wise.

Parameters
----------
x : array_like
    The operand.
out : None
    golinalg writes no output arrays; only None is accepted.
dtype : None
    Only None (the type of the operand) is supported.

Returns
-------
y : ndarray of bool or bool
    A scalar when x is a scalar.`},
		{Sig: "isfinite(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True, signature=None)", Body: npIsfinite, Doc: `Whether x is neither infinite nor nan, element-wise.

Parameters
----------
x : array_like
    The operand.
out : None
    golinalg writes no output arrays; only None is accepted.
dtype : None
    Only None (the type of the operand) is supported.

Returns
-------
y : ndarray of bool or bool
    A scalar when x is a scalar.`},
		{Sig: "conj(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True, signature=None)", Body: npConjugate, Doc: `Complex conjugate, element-wise; real input comes back unchanged.

Parameters
----------
x : array_like
    The operand.
out : None
    golinalg writes no output arrays; only None is accepted.
dtype : None
    Only None (the type of the operand) is supported.

Returns
-------
y : ndarray or scalar
    A scalar when x is a scalar.`},
		{Sig: "conjugate(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True, signature=None)", Body: npConjugate, Doc: `Complex conjugate, element-wise; real input comes back unchanged.

Parameters
----------
x : array_like
    The operand.
out : None
    golinalg writes no output arrays; only None is accepted.
dtype : None
    Only None (the type of the operand) is supported.

Returns
-------
y : ndarray or scalar
    A scalar when x is a scalar.`},
		{Sig: "real(val)", Py: true, Body: npReal, Doc: `The real part of val.

Parameters
----------
val : array_like
    A number or an array.

Returns
-------
out : ndarray or scalar
    float64 for complex input, otherwise val's own type.`},
		{Sig: "imag(val)", Py: true, Body: npImag, Doc: `The imaginary part of val (zeros for real input).

Parameters
----------
val : array_like
    A number or an array.

Returns
-------
out : ndarray or scalar`},
		{Sig: "allclose(a, b, rtol=1e-05, atol=1e-08, equal_nan=False)", Py: true, Body: npAllclose, Doc: `True when every pair of elements satisfies |a - b| <= atol + rtol * |b| after broadcasting. NaNs compare unequal unless equal_nan.

Parameters
----------
a, b : array_like
    Arrays to compare.
rtol : float
    Relative tolerance.
atol : float
    Absolute tolerance.
equal_nan : bool
    Treat NaN as equal to NaN.

Returns
-------
allclose : bool

Raises
------
ValueError
    If a and b do not broadcast together.`},
		{Sig: "isclose(a, b, rtol=1e-05, atol=1e-08, equal_nan=False)", Py: true, Body: npIsclose, Doc: `Element-wise |a - b| <= atol + rtol * |b|, as a boolean array.

Parameters
----------
a, b : array_like
    Arrays to compare.
rtol, atol : float
    Relative and absolute tolerance.
equal_nan : bool
    Treat NaN as equal to NaN.

Returns
-------
y : ndarray of bool`},
		{Sig: "array_equal(a1, a2, equal_nan=False)", Py: true, Body: npArrayEqual, Doc: `True if both arrays have the same shape and the same elements.

Parameters
----------
a1, a2 : array_like
    Arrays to compare.
equal_nan : bool
    Treat NaN as equal to NaN.

Returns
-------
b : bool`},
		{Sig: "sum(a, axis=None, dtype=None, out=None, keepdims=False, initial=None, where=True)", Py: true, Body: npSum, Doc: `Sum of the elements, over all of them or along axis; bool and int64 input give int64.

Parameters
----------
a : array_like
    The input.
axis : None, int or tuple of ints, optional
    The axes to reduce; all of them when None.
keepdims : bool, optional
    Keep the reduced axes with length one, so the result broadcasts against a.
dtype : data-type, optional
    Convert a to this type first (int64, float64 or complex128).

Returns
-------
out : ndarray or scalar`},
		{Sig: "prod(a, axis=None, dtype=None, out=None, keepdims=False, initial=None, where=True)", Py: true, Body: npProd, Doc: `Product of the elements, over all of them or along axis.

Parameters
----------
a : array_like
    The input.
axis : None, int or tuple of ints, optional
    The axes to reduce; all of them when None.
keepdims : bool, optional
    Keep the reduced axes with length one, so the result broadcasts against a.
dtype : data-type, optional
    Convert a to this type first (int64, float64 or complex128).

Returns
-------
out : ndarray or scalar`},
		{Sig: "mean(a, axis=None, dtype=None, out=None, keepdims=False, *, where=True)", Py: true, Body: npMean, Doc: `Arithmetic mean, over all elements or along axis; float64 for integer input.

Parameters
----------
a : array_like
    The input.
axis : None, int or tuple of ints, optional
    The axes to reduce; all of them when None.
keepdims : bool, optional
    Keep the reduced axes with length one, so the result broadcasts against a.
dtype : data-type, optional
    Compute in this type (float64 or complex128).

Returns
-------
out : ndarray or scalar`},
		{Sig: "std(a, axis=None, dtype=None, out=None, ddof=0, keepdims=False, *, where=True, mean=None, correction=None)", Py: true, Body: npStd, Doc: `Standard deviation sqrt(mean(|x - x.mean()|**2)), over all elements or along axis.

Parameters
----------
a : array_like
    The input.
axis : None, int or tuple of ints, optional
    The axes to reduce; all of them when None.
keepdims : bool, optional
    Keep the reduced axes with length one, so the result broadcasts against a.
dtype : data-type, optional
    Compute in this type (float64 or complex128).
ddof : int, optional
    Only 0 (divide by N) is supported.

Returns
-------
out : ndarray or scalar`},
		{Sig: "var(a, axis=None, dtype=None, out=None, ddof=0, keepdims=False, *, where=True, mean=None, correction=None)", Py: true, Body: npVar, Doc: `Variance mean(|x - x.mean()|**2), over all elements or along axis.

Parameters
----------
a : array_like
    The input.
axis : None, int or tuple of ints, optional
    The axes to reduce; all of them when None.
keepdims : bool, optional
    Keep the reduced axes with length one, so the result broadcasts against a.
dtype : data-type, optional
    Compute in this type (float64 or complex128).
ddof : int, optional
    Only 0 (divide by N) is supported.

Returns
-------
out : ndarray or scalar`},
		{Sig: "max(a, axis=None, out=None, keepdims=False, initial=None, where=True)", Py: true, Body: npMax, Doc: `Largest element, over all of them or along axis; nan if any is nan.

Parameters
----------
a : array_like
    The input.
axis : None, int or tuple of ints, optional
    The axes to reduce; all of them when None.
keepdims : bool, optional
    Keep the reduced axes with length one, so the result broadcasts against a.

Returns
-------
out : ndarray or scalar

Raises
------
ValueError
    If the reduced axis is empty.`},
		{Sig: "amax(a, axis=None, out=None, keepdims=False, initial=None, where=True)", Py: true, Body: npMax, Doc: `Largest element, over all of them or along axis; the same function as max.

Parameters
----------
a : array_like
    The input.
axis : None, int or tuple of ints, optional
    The axes to reduce; all of them when None.
keepdims : bool, optional
    Keep the reduced axes with length one, so the result broadcasts against a.

Returns
-------
out : ndarray or scalar

Raises
------
ValueError
    If the reduced axis is empty.`},
		{Sig: "min(a, axis=None, out=None, keepdims=False, initial=None, where=True)", Py: true, Body: npMin, Doc: `Smallest element, over all of them or along axis; nan if any is nan.

Parameters
----------
a : array_like
    The input.
axis : None, int or tuple of ints, optional
    The axes to reduce; all of them when None.
keepdims : bool, optional
    Keep the reduced axes with length one, so the result broadcasts against a.

Returns
-------
out : ndarray or scalar

Raises
------
ValueError
    If the reduced axis is empty.`},
		{Sig: "amin(a, axis=None, out=None, keepdims=False, initial=None, where=True)", Py: true, Body: npMin, Doc: `Smallest element, over all of them or along axis; the same function as min.

Parameters
----------
a : array_like
    The input.
axis : None, int or tuple of ints, optional
    The axes to reduce; all of them when None.
keepdims : bool, optional
    Keep the reduced axes with length one, so the result broadcasts against a.

Returns
-------
out : ndarray or scalar

Raises
------
ValueError
    If the reduced axis is empty.`},
		{Sig: "all(a, axis=None, out=None, keepdims=False, *, where=True)", Py: true, Body: npAll, Doc: `Whether every element is true (non-zero), over all of them or along axis.

Parameters
----------
a : array_like
    The input.
axis : None, int or tuple of ints, optional
    The axes to reduce; all of them when None.
keepdims : bool, optional
    Keep the reduced axes with length one, so the result broadcasts against a.

Returns
-------
out : ndarray of bool or bool`},
		{Sig: "any(a, axis=None, out=None, keepdims=False, *, where=True)", Py: true, Body: npAny, Doc: `Whether some element is true (non-zero), over all of them or along axis.

Parameters
----------
a : array_like
    The input.
axis : None, int or tuple of ints, optional
    The axes to reduce; all of them when None.
keepdims : bool, optional
    Keep the reduced axes with length one, so the result broadcasts against a.

Returns
-------
out : ndarray of bool or bool`},
		{Sig: "argmax(a, axis=None, out=None, *, keepdims=False)", Py: true, Body: npArgmax, Doc: `Index of the first largest element, in the flattened array or along axis.

Parameters
----------
a : array_like
    The input.
axis : int, optional
    The axis to search; the flattened array when None.
keepdims : bool, optional
    Keep the reduced axis with length one.

Returns
-------
index : ndarray of int64 or int64`},
		{Sig: "argmin(a, axis=None, out=None, *, keepdims=False)", Py: true, Body: npArgmin, Doc: `Index of the first smallest element, in the flattened array or along axis.

Parameters
----------
a : array_like
    The input.
axis : int, optional
    The axis to search; the flattened array when None.
keepdims : bool, optional
    Keep the reduced axis with length one.

Returns
-------
index : ndarray of int64 or int64`},
		{Sig: "transpose(a, axes=None)", Py: true, Body: npTranspose, Doc: `The array with its axes reversed (or permuted as axes says); for a matrix, its transpose. Returns a view.

Parameters
----------
a : array_like
    The input.
axes : tuple of ints, optional
    Result axis k is axis axes[k] of a.

Returns
-------
p : ndarray`},
		{Sig: "reshape(a, /, shape, order='C', *, copy=None)", Py: true, Body: npReshape, Doc: `The same data with a new shape; one axis may be -1 and is then inferred.

Parameters
----------
a : array_like
    The input.
shape : int or tuple of ints
    The new shape.
copy : bool, optional
    True copies the data.

Returns
-------
reshaped : ndarray

Raises
------
ValueError
    If the number of elements does not match.`},
		{Sig: "concatenate(arrays, /, axis=0, out=None, *, dtype=None, casting='same_kind')", Py: true, Body: npConcatenate, Doc: `Join arrays along an existing axis.

Parameters
----------
arrays : sequence of array_like
    Arrays whose shapes agree except along axis.
axis : int or None, optional
    The axis to join along; None flattens the arrays first.
dtype : data-type, optional
    The result's type, which casting 'same_kind' must allow.

Returns
-------
res : ndarray

Raises
------
ValueError
    If the other axes do not match.`},
		{Sig: "stack(arrays, axis=0, out=None, *, dtype=None, casting='same_kind')", Py: true, Body: npStack, Doc: `Join arrays of one shape along a new axis.

Parameters
----------
arrays : sequence of array_like
    Arrays of one shape.
axis : int, optional
    Position of the new axis in the result.
dtype : data-type, optional
    The result's type, which casting 'same_kind' must allow.

Returns
-------
stacked : ndarray`},
		{Sig: "vstack(tup, *, dtype=None, casting='same_kind')", Py: true, Body: npVstack, Doc: `Stack arrays row-wise, along the first axis; 1-d arrays of length N become rows of shape (1, N).

Parameters
----------
tup : sequence of array_like
    The arrays.
dtype : data-type, optional
    The result's type, which casting 'same_kind' must allow.

Returns
-------
stacked : ndarray`},
		{Sig: "hstack(tup, *, dtype=None, casting='same_kind')", Py: true, Body: npHstack, Doc: `Stack arrays column-wise, along the second axis; 1-d arrays are joined end to end.

Parameters
----------
tup : sequence of array_like
    The arrays.
dtype : data-type, optional
    The result's type, which casting 'same_kind' must allow.

Returns
-------
stacked : ndarray`},
		{Sig: "column_stack(tup)", Py: true, Body: npColumnStack, Doc: `Stack 1-d arrays as the columns of a 2-d array; 2-d arrays are joined as they are, along the second axis.

Parameters
----------
tup : sequence of array_like
    The columns.

Returns
-------
stacked : 2-d ndarray

Raises
------
ValueError
    If tup is empty or the lengths differ.`},
		{Sig: "shape(a)", Py: true, Body: npShape, Doc: `The shape of a, a tuple of its axis lengths.

Parameters
----------
a : array_like
    The input.

Returns
-------
shape : tuple of ints`},
		{Sig: "round(a, decimals=0, out=None)", Py: true, Body: npRoundArray, Doc: `Round to the given number of decimals, halves to even; integer arrays come back unchanged.

Parameters
----------
a : array_like
    The input.
decimals : int, optional
    Digits after the decimal point; negative rounds to tens, hundreds, ...

Returns
-------
rounded : ndarray or scalar`},
		{Sig: "around(a, decimals=0, out=None)", Py: true, Body: npRoundArray, Doc: `Round to the given number of decimals, halves to even; the same function as round.

Parameters
----------
a : array_like
    The input.
decimals : int, optional
    Digits after the decimal point.

Returns
-------
rounded : ndarray or scalar`},
		{Sig: "median(a, axis=None, out=None, overwrite_input=False, keepdims=False)", Py: true, Body: npMedian, Doc: `Median, the middle value of the sorted elements (the mean of the two middle ones for an even count), over all of them or along axis; nan if any is nan.

Parameters
----------
a : array_like
    The input.
axis : None, int or tuple of ints, optional
    The axes to reduce; all of them when None.
keepdims : bool, optional
    Keep the reduced axes with length one, so the result broadcasts against a.
overwrite_input : bool, optional
    Allowed to reorder a; golinalg never does.

Returns
-------
out : ndarray or scalar`},
		{Sig: "diagonal(a, offset=0, axis1=0, axis2=1)", Py: true, Body: npDiagonal, Doc: `The diagonal offset of the matrices spanned by axis1 and axis2; it becomes the last axis of the result.

Parameters
----------
a : array_like
    At least two dimensions.
offset : int, optional
    Diagonal index: 0 the main one, positive above, negative below.
axis1, axis2 : int, optional
    The two axes of the matrices.

Returns
-------
d : ndarray

Raises
------
ValueError
    If a has fewer than two dimensions or axis1 equals axis2.`},
		{Sig: "repeat(a, repeats, axis=None)", Py: true, Body: npRepeat, Doc: `Repeat each element: repeats times, or repeats[i] times for element i, along axis or in the flattened array.

Parameters
----------
a : array_like
    The input.
repeats : int or array of ints
    The counts; they broadcast along the axis.
axis : int, optional
    The axis to repeat along; the flattened array when None.

Returns
-------
out : ndarray`},
		{Sig: "sort(a, axis=-1, kind=None, order=None, *, stable=None)", Py: true, Body: npSort, Doc: `A sorted copy of a, ascending along axis; nan sorts last. The sort is stable.

Parameters
----------
a : array_like
    The input.
axis : int or None, optional
    The axis to sort along; None sorts the flattened array.
kind : {'quicksort', 'mergesort', 'heapsort', 'stable'}, optional
    Accepted; every kind sorts stably here.

Returns
-------
sorted : ndarray`},
		{Sig: "argsort(a, axis=-1, kind=None, order=None, *, stable=None)", Py: true, Body: npArgsort, Doc: `The indices that sort a along axis, ties in their original order.

Parameters
----------
a : array_like
    The input.
axis : int or None, optional
    The axis to sort along; None sorts the flattened array.
kind : {'quicksort', 'mergesort', 'heapsort', 'stable'}, optional
    Accepted; every kind sorts stably here.

Returns
-------
indices : ndarray of int64`},
		{Sig: "set_printoptions(precision=None, threshold=None, edgeitems=None, linewidth=None, suppress=None, nanstr=None, infstr=None, formatter=None, sign=None, floatmode=None, *, legacy=None, override_repr=None)", Py: true, Body: npSetPrintoptions, Doc: `Change how arrays print: digits of precision, when to summarise with '...', line width, and whether to suppress scientific notation for small numbers. An option given as None stays as it is.

Parameters
----------
precision : int, optional
    Digits after the decimal point (8).
threshold : int, optional
    Arrays with more elements print summarised (1000).
edgeitems : int, optional
    Items shown at each end of a summarised axis (3).
linewidth : int, optional
    Characters per line (75).
suppress : bool, optional
    Print small numbers in fixed notation.
sign : {'-', '+', ' '}, optional
    How to show the sign of positive numbers.
floatmode : {'fixed', 'unique', 'maxprec', 'maxprec_equal'}, optional
    How many digits to print.`},
		{Sig: "get_printoptions()", Py: true, Body: npGetPrintoptions, Doc: `The current print options, as a dict of the parameters of set_printoptions.

Returns
-------
options : dict`},
		{Sig: "printoptions(*args, **kwargs)", Py: true, Body: npPrintoptions, Doc: `A context manager that sets print options (the arguments of set_printoptions) for the block of a with statement and restores the previous ones after it.

Returns
-------
ctx : context manager
    Entering it returns the options in force.`},
		{Sig: "geterr()", Py: true, Body: npGeterr, Doc: `How floating-point errors are handled, per category: divide, over, under and invalid.

Returns
-------
modes : dict
    'warn', 'ignore', 'print' or 'log' per category.`},
		{Sig: "seterr(all=None, divide=None, over=None, under=None, invalid=None)", Py: true, Body: npSeterr, Doc: `Set how floating-point errors are handled: division by zero, overflow, underflow and invalid operations (nan results). all applies to the categories not given.

Parameters
----------
all, divide, over, under, invalid : {'ignore', 'warn', 'print', 'log'}, optional
    The mode; None leaves a category as it is. 'raise' and 'call' are not supported.

Returns
-------
old : dict
    The previous modes.`},
		{Sig: "errstate(*, call=None, all=None, divide=None, over=None, under=None, invalid=None)", Py: true, Body: npErrstate, Doc: `A context manager that sets the floating-point error modes (as seterr) for the block of a with statement and restores them after it.

Parameters
----------
all, divide, over, under, invalid : {'ignore', 'warn', 'print', 'log'}, optional
    The mode; None leaves a category as it is.

Returns
-------
ctx : context manager`},

		// (end of creation section)

		// Shape manipulation, indexing, sorting, statistics (bodies in
		// npmanip.go).

		// (end of manipulation section)

		// Products: dot, matmul, outer, kron, tensordot, einsum, ...
		// (bodies in npproducts.go).

		// (end of products section)
	},
	Attrs: func(in *lib, th *eval.Thread, m *eval.Module) error {
		numpyAttrs(in, m)
		return nil
	},
}
