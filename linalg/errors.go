package linalg

import "fmt"

// Kind is the Python exception class of an Error. Its String method gives
// the class name as a traceback prints it.
type Kind uint8

// The exception classes that linalg functions raise. The zero Kind is not
// a class; an Error always has one of these.
const (
	LinAlgError         Kind = iota + 1 // numpy.linalg.LinAlgError, a subclass of ValueError
	ValueError                          // wrong value: a shape, an option, a non-finite input
	TypeError                           // wrong type: a complex where a real is needed
	IndexError                          // an index out of range
	AxisError                           // numpy.exceptions.AxisError: an axis out of range
	MemoryError                         // an array larger than memory allows
	ZeroDivisionError                   // division by zero in an integer computation
	OverflowError                       // a value too large for its type
	NotImplementedError                 // something NumPy does that golinalg does not yet
)

var kindNames = [...]string{
	LinAlgError:         "LinAlgError",
	ValueError:          "ValueError",
	TypeError:           "TypeError",
	IndexError:          "IndexError",
	AxisError:           "AxisError",
	MemoryError:         "MemoryError",
	ZeroDivisionError:   "ZeroDivisionError",
	OverflowError:       "OverflowError",
	NotImplementedError: "NotImplementedError",
}

// String returns the Python class name of k, such as "LinAlgError", or
// "Kind(n)" for a value that is not one of the constants.
func (k Kind) String() string {
	if int(k) < len(kindNames) && kindNames[k] != "" {
		return kindNames[k]
	}
	return fmt.Sprintf("Kind(%d)", uint8(k))
}

// Reason says which mathematical condition made a LinAlgError, for a reader
// that explains the failure (display.Diagnose) without reading the message.
// Several messages share a reason: numpy.linalg's "Singular matrix" and
// SciPy's "A singular matrix detected: ..." are both Singular.
type Reason uint8

// The reasons of LinAlgErrors. Errors of other kinds have NoReason.
const (
	NoReason            Reason = iota // none of the below, or not a LinAlgError
	TooFewDims                        // an operand has fewer dimensions than needed: a vector where a matrix is wanted
	NotSquare                         // a matrix that must be square (M×M) is not
	Singular                          // an exactly zero pivot: the matrix has no inverse
	NotPositiveDefinite               // a Cholesky factorisation met a leading minor that is not positive
	SVDNoConvergence                  // the singular value decomposition did not converge
	EigNoConvergence                  // the eigenvalue iteration did not converge
	IncompatibleDims                  // the operands' shapes do not fit together
	EmptyArray                        // the operation is not defined on an empty array
)

var reasonNames = [...]string{
	NoReason:            "NoReason",
	TooFewDims:          "TooFewDims",
	NotSquare:           "NotSquare",
	Singular:            "Singular",
	NotPositiveDefinite: "NotPositiveDefinite",
	SVDNoConvergence:    "SVDNoConvergence",
	EigNoConvergence:    "EigNoConvergence",
	IncompatibleDims:    "IncompatibleDims",
	EmptyArray:          "EmptyArray",
}

// String returns the name of the constant r, such as "Singular".
func (r Reason) String() string {
	if int(r) < len(reasonNames) {
		return reasonNames[r]
	}
	return fmt.Sprintf("Reason(%d)", uint8(r))
}

// Error is a failure that NumPy reports as a Python exception. Kind is the
// exception class; Reason, for a LinAlgError, the condition that caused
// it; Msg the exception's text exactly as NumPy or SciPy prints it.
type Error struct {
	Kind   Kind
	Reason Reason
	Msg    string
}

// Error returns the class name, ": " and Msg: the last line of a Python
// traceback, such as "LinAlgError: Singular matrix".
func (e *Error) Error() string { return e.Kind.String() + ": " + e.Msg }

// linAlgErr returns a LinAlgError for reason r with the formatted message.
func linAlgErr(r Reason, format string, args ...any) *Error {
	return &Error{Kind: LinAlgError, Reason: r, Msg: fmt.Sprintf(format, args...)}
}

func valueErr(format string, args ...any) *Error {
	return &Error{Kind: ValueError, Msg: fmt.Sprintf(format, args...)}
}

func typeErr(format string, args ...any) *Error {
	return &Error{Kind: TypeError, Msg: fmt.Sprintf(format, args...)}
}

func indexErr(format string, args ...any) *Error {
	return &Error{Kind: IndexError, Msg: fmt.Sprintf(format, args...)}
}

// Warning is a Python warning that a computation emits without failing,
// such as SciPy's LinAlgWarning. Category is the warning class name.
type Warning struct {
	Category string
	Msg      string
}
