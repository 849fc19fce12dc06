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
		{Sig: "fill_diagonal(a, val, wrap=False)", Py: true, Body: npFillDiagonal, Doc: `Fill the main diagonal of a, in place: the elements a[i, i, ..., i]. Values are taken from val in order and repeated as needed; they are converted to a's dtype as item assignment converts them. Returns None.

Parameters
----------
a : ndarray, at least 2-D
    The array to change; with more than two dimensions all must have the same length.
val : scalar or array_like
    The value, or values, written along the diagonal.
wrap : bool, optional
    For a tall 2-D matrix, continue the diagonal below the first square block after skipping a row, as NumPy's flat stepping does.

Raises
------
ValueError
    If a has fewer than two dimensions, or more than two of unequal length.`},
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
		numpyAttrs(in, m)
		return nil
	},
}
