// Package linalg implements NumPy-compatible n-dimensional arrays and the
// parts of numpy.linalg and scipy.linalg that golinalg exposes, computed with
// gonum.
//
// An Array is a strided view of a typed buffer: element (i₀, …, iₖ₋₁) lives at
// offset + Σ iⱼ·strides[j] of the buffer of its dtype. Functions never mutate
// their inputs; every result owns fresh storage unless it is documented as a
// view.
//
// Failures that NumPy reports as Python exceptions are returned as *Error
// values whose Kind is the Python exception class (a value such as
// LinAlgError, whose String is the class name), whose Reason tells a
// LinAlgError's cause (Singular, NotSquare, NotPositiveDefinite, ...), and
// whose Msg is NumPy's (or SciPy's) message text, byte for byte. Numerical singularity is
// decided as LAPACK decides it: an exactly zero pivot in LU factorisation
// with partial pivoting, never a condition-number threshold.
package linalg
