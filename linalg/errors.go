package linalg

import "fmt"

// Error is a failure that NumPy reports as a Python exception.
// Kind is the exception class name, such as "LinAlgError", "ValueError",
// "TypeError", "MemoryError" or "IndexError"; Msg is the exception's text
// exactly as NumPy or SciPy prints it.
type Error struct {
	Kind string
	Msg  string
}

// Error returns Kind + ": " + Msg, the last line of a Python traceback.
func (e *Error) Error() string { return e.Kind + ": " + e.Msg }

func linAlgErr(format string, args ...any) *Error {
	return &Error{Kind: "LinAlgError", Msg: fmt.Sprintf(format, args...)}
}

func valueErr(format string, args ...any) *Error {
	return &Error{Kind: "ValueError", Msg: fmt.Sprintf(format, args...)}
}

func typeErr(format string, args ...any) *Error {
	return &Error{Kind: "TypeError", Msg: fmt.Sprintf(format, args...)}
}

func indexErr(format string, args ...any) *Error {
	return &Error{Kind: "IndexError", Msg: fmt.Sprintf(format, args...)}
}

// Warning is a Python warning that a computation emits without failing,
// such as SciPy's LinAlgWarning. Category is the warning class name.
type Warning struct {
	Category string
	Msg      string
}
