package sci

import (
	"strings"

	"github.com/golinalg/golinalg/lang/eval"
)

// funcDoc is the help text of one library function, in our own words:
// its signature, what it computes, and the numpydoc-style sections.
type funcDoc struct {
	sig     string // e.g. "inv(a)"
	summary string // one paragraph
	params  string // "name : type\n    meaning" blocks, one per line pair
	returns string
	raises  string
}

// text formats d as a numpydoc docstring.
func (d funcDoc) text() string {
	var b strings.Builder
	b.WriteString(d.summary)
	b.WriteString("\n")
	section := func(title, body string) {
		if body == "" {
			return
		}
		b.WriteString("\n" + title + "\n" + strings.Repeat("-", len(title)) + "\n" + body + "\n")
	}
	section("Parameters", d.params)
	section("Returns", d.returns)
	section("Raises", d.raises)
	return b.String()
}

const (
	raiseLinAlg  = "LinAlgError\n    If a is not square or the computation does not converge."
	raiseSingle  = "LinAlgError\n    If a is not square or is exactly singular."
	paramSquare  = "a : (..., M, M) array_like\n    Square matrix, or a stack of them in the last two axes."
	paramMatrix  = "a : (..., M, N) array_like\n    Matrix, or a stack of them in the last two axes."
	paramDtype   = "dtype : data-type, optional\n    The element type; float64 when omitted."
	raiseNotPosD = "LinAlgError\n    If a is not positive definite (the factorisation breaks down)."
)

// docs maps a qualified name ("numpy.linalg.inv") to its help text.
var docs = map[string]funcDoc{

	// numpy
	"numpy.array": {sig: "array(object, dtype=None, *, copy=True, ndmin=0)",
		summary: "Build an ndarray from nested sequences of numbers (or from an existing array). The element type is inferred from the data unless dtype is given: bool, then int64, float64 and complex128 as needed.",
		params:  "object : array_like\n    Nested lists or tuples of equal length, an array, or a scalar.\n" + paramDtype + "\ncopy : bool, optional\n    Copy the data even when object is already an array.",
		returns: "out : ndarray", raises: "ValueError\n    If the nested sequences are ragged."},
	"numpy.asarray": {sig: "asarray(a, dtype=None)",
		summary: "Like array, but returns a itself when it is already an ndarray of the requested dtype.", params: "a : array_like\n" + paramDtype, returns: "out : ndarray"},
	"numpy.zeros": {sig: "zeros(shape, dtype=float)",
		summary: "A new array of the given shape filled with zeros.", params: "shape : int or tuple of ints\n    Length of each axis.\n" + paramDtype, returns: "out : ndarray"},
	"numpy.ones": {sig: "ones(shape, dtype=None)",
		summary: "A new array of the given shape filled with ones.", params: "shape : int or tuple of ints\n    Length of each axis.\n" + paramDtype, returns: "out : ndarray"},
	"numpy.empty": {sig: "empty(shape, dtype=float)",
		summary: "A new array of the given shape whose values are unspecified (golinalg fills it with zeros).", params: "shape : int or tuple of ints\n" + paramDtype, returns: "out : ndarray"},
	"numpy.full": {sig: "full(shape, fill_value, dtype=None)",
		summary: "A new array of the given shape with every element set to fill_value.", params: "shape : int or tuple of ints\nfill_value : scalar\n" + paramDtype, returns: "out : ndarray"},
	"numpy.eye": {sig: "eye(N, M=None, k=0, dtype=float)",
		summary: "An N×M matrix with ones on diagonal k and zeros elsewhere; with the defaults, the N×N identity.",
		params:  "N : int\n    Number of rows.\nM : int, optional\n    Number of columns; N when omitted.\nk : int, optional\n    Diagonal index: 0 the main one, positive above, negative below.\n" + paramDtype,
		returns: "I : (N, M) ndarray"},
	"numpy.identity": {sig: "identity(n, dtype=None)",
		summary: "The n×n identity matrix.", params: "n : int\n" + paramDtype, returns: "out : (n, n) ndarray"},
	"numpy.arange": {sig: "arange([start,] stop[, step,], dtype=None)",
		summary: "Evenly spaced values in the half-open interval [start, stop), like range but returning an array and accepting floats.",
		params:  "start : number, optional\n    First value, 0 by default.\nstop : number\n    End of the interval, not included.\nstep : number, optional\n    Spacing, 1 by default.\n" + paramDtype,
		returns: "out : ndarray"},
	"numpy.linspace": {sig: "linspace(start, stop, num=50, endpoint=True, retstep=False, dtype=None)",
		summary: "num evenly spaced samples from start to stop, stop included unless endpoint is False.",
		params:  "start, stop : number\n    Ends of the interval.\nnum : int, optional\n    Number of samples.\nendpoint : bool, optional\n    Include stop.",
		returns: "samples : ndarray", raises: "ValueError\n    If num is negative."},
	"numpy.allclose": {sig: "allclose(a, b, rtol=1e-05, atol=1e-08, equal_nan=False)",
		summary: "True when every pair of elements satisfies |a - b| <= atol + rtol * |b| after broadcasting. NaNs compare unequal unless equal_nan.",
		params:  "a, b : array_like\n    Arrays to compare.\nrtol : float\n    Relative tolerance.\natol : float\n    Absolute tolerance.\nequal_nan : bool\n    Treat NaN as equal to NaN.",
		returns: "allclose : bool", raises: "ValueError\n    If a and b do not broadcast together."},
	"numpy.isclose": {sig: "isclose(a, b, rtol=1e-05, atol=1e-08, equal_nan=False)",
		summary: "Element-wise |a - b| <= atol + rtol * |b|, as a boolean array.", params: "a, b : array_like\nrtol, atol : float\nequal_nan : bool",
		returns: "y : ndarray of bool"},
	"numpy.array_equal": {sig: "array_equal(a1, a2, equal_nan=False)",
		summary: "True if both arrays have the same shape and the same elements.", params: "a1, a2 : array_like\nequal_nan : bool", returns: "b : bool"},
	"numpy.dot": {sig: "dot(a, b, out=None)",
		summary: "Dot product: for 1-D arrays the inner product, for 2-D arrays the matrix product, for a scalar operand plain multiplication; otherwise a sum over the last axis of a and the second-to-last of b.",
		params:  "a, b : array_like", returns: "output : ndarray or scalar", raises: "ValueError\n    If the summed axes differ in length (shapes not aligned)."},
	"numpy.matmul": {sig: "matmul(x1, x2, /)",
		summary: "Matrix product, the operator @. Stacks of matrices broadcast; a 1-D operand is treated as a vector. Scalars are not allowed.",
		params:  "x1, x2 : array_like", returns: "y : ndarray", raises: "ValueError\n    If the inner dimensions differ or an operand is a scalar."},
	"numpy.transpose": {sig: "transpose(a, axes=None)",
		summary: "The array with its axes reversed (or permuted as axes says); for a matrix, its transpose. Returns a view.", params: "a : array_like\naxes : tuple of ints, optional",
		returns: "p : ndarray"},
	"numpy.diag": {sig: "diag(v, k=0)",
		summary: "From a 1-D array, the square matrix with v on diagonal k; from a 2-D array, its diagonal k.", params: "v : array_like\nk : int, optional",
		returns: "out : ndarray"},
	"numpy.reshape": {sig: "reshape(a, shape)",
		summary: "The same data with a new shape; one axis may be -1 and is then inferred.", params: "a : array_like\nshape : int or tuple of ints",
		returns: "reshaped : ndarray", raises: "ValueError\n    If the number of elements does not match."},
	"numpy.concatenate": {sig: "concatenate(arrays, axis=0)",
		summary: "Join arrays along an existing axis.", params: "arrays : sequence of array_like\naxis : int, optional", returns: "res : ndarray",
		raises: "ValueError\n    If the other axes do not match."},
	"numpy.stack": {sig: "stack(arrays, axis=0)",
		summary: "Join arrays of one shape along a new axis.", params: "arrays : sequence of array_like\naxis : int, optional", returns: "stacked : ndarray"},
	"numpy.vstack": {sig: "vstack(tup)", summary: "Stack arrays row-wise (1-D arrays become rows).", params: "tup : sequence of ndarrays", returns: "stacked : ndarray"},
	"numpy.hstack": {sig: "hstack(tup)", summary: "Stack arrays column-wise (1-D arrays are joined end to end).", params: "tup : sequence of ndarrays", returns: "stacked : ndarray"},
	"numpy.sum": {sig: "sum(a, axis=None, dtype=None, keepdims=False)",
		summary: "Sum of the elements, over all of them or along axis.", params: "a : array_like\naxis : int or tuple of ints, optional", returns: "sum : ndarray or scalar"},
	"numpy.mean": {sig: "mean(a, axis=None, dtype=None, keepdims=False)",
		summary: "Arithmetic mean, over all elements or along axis.", params: "a : array_like\naxis : int or tuple of ints, optional", returns: "m : ndarray or scalar"},
	"numpy.set_printoptions": {sig: "set_printoptions(precision=None, threshold=None, edgeitems=None, linewidth=None, suppress=None, ...)",
		summary: "Change how arrays print: digits of precision, when to summarise with '...', line width, and whether to suppress scientific notation for small numbers.",
		params:  "precision : int, optional\nthreshold : int, optional\nedgeitems : int, optional\nlinewidth : int, optional\nsuppress : bool, optional"},
}

// attachDocs gives the functions of m their entry in the docs table, so
// that help(), __doc__ and x? show it.
func attachDocs(m *eval.Module) {
	for k, v := range m.Attrs() {
		if b, ok := v.(*eval.Builtin); ok {
			if d, ok := docs[m.Name()+"."+k]; ok {
				b.SetDoc(m.Name(), d.sig, d.text())
			}
		}
	}
}
