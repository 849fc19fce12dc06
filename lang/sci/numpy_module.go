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
