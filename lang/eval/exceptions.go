package eval

import (
	"fmt"
	"github.com/golinalg/golinalg/display"

	"github.com/golinalg/golinalg/lang/syntax"
)

// ExcClass is an exception class such as ValueError.
type ExcClass struct {
	name   string
	base   *ExcClass
	module string // "numpy.linalg" for LinAlgError; "" for builtins
}

func (c *ExcClass) String() string {
	if c.module != "" {
		return "<class '" + c.module + "." + c.name + "'>"
	}
	return "<class '" + c.name + "'>"
}
func (*ExcClass) Type() string            { return "type" }
func (*ExcClass) Truth() bool             { return true }
func (c *ExcClass) Name() string          { return c.name }
func (c *ExcClass) Hash() (uint64, error) { return String("class " + c.module + c.name).Hash() }

// IsSubclass reports whether c is base or derives from it.
func (c *ExcClass) IsSubclass(base *ExcClass) bool {
	for k := c; k != nil; k = k.base {
		if k == base {
			return true
		}
	}
	return false
}

// Call constructs an instance: ValueError("msg").
func (c *ExcClass) Call(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	if len(kwargs) > 0 {
		return nil, NewError(TypeError, "%s() takes no keyword arguments", c.name)
	}
	return &Exception{Class: c, Args: Tuple(append([]Value(nil), args...))}, nil
}

func (c *ExcClass) Attr(th *Thread, name string) (Value, error) {
	switch name {
	case "__name__":
		return String(c.name), nil
	case "__mro__":
		var t Tuple
		for k := c; k != nil; k = k.base {
			t = append(t, k)
		}
		return t, nil
	}
	return nil, nil
}
func (c *ExcClass) AttrNames() []string { return []string{"__name__", "__mro__"} }

func newClass(name string, base *ExcClass) *ExcClass { return &ExcClass{name: name, base: base} }

// The exception hierarchy.
var (
	BaseException            = newClass("BaseException", nil)
	KeyboardInterrupt        = newClass("KeyboardInterrupt", BaseException)
	SystemExit               = newClass("SystemExit", BaseException)
	Exception_               = newClass("Exception", BaseException)
	ArithmeticError          = newClass("ArithmeticError", Exception_)
	ZeroDivisionError        = newClass("ZeroDivisionError", ArithmeticError)
	OverflowError            = newClass("OverflowError", ArithmeticError)
	FloatingPointError       = newClass("FloatingPointError", ArithmeticError)
	AssertionError           = newClass("AssertionError", Exception_)
	AttributeError           = newClass("AttributeError", Exception_)
	ImportError              = newClass("ImportError", Exception_)
	ModuleNotFoundError      = newClass("ModuleNotFoundError", ImportError)
	LookupError              = newClass("LookupError", Exception_)
	IndexError               = newClass("IndexError", LookupError)
	KeyError                 = newClass("KeyError", LookupError)
	MemoryError              = newClass("MemoryError", Exception_)
	NameError                = newClass("NameError", Exception_)
	UnboundLocalError        = newClass("UnboundLocalError", NameError)
	RuntimeError             = newClass("RuntimeError", Exception_)
	NotImplementedError      = newClass("NotImplementedError", RuntimeError)
	RecursionError           = newClass("RecursionError", RuntimeError)
	StopIteration            = newClass("StopIteration", Exception_)
	SyntaxError              = newClass("SyntaxError", Exception_)
	IndentationError         = newClass("IndentationError", SyntaxError)
	TypeError                = newClass("TypeError", Exception_)
	ValueError               = newClass("ValueError", Exception_)
	UnicodeError             = newClass("UnicodeError", ValueError)
	OSError                  = newClass("OSError", Exception_)
	TimeoutError             = newClass("TimeoutError", OSError)
	Warning_                 = newClass("Warning", Exception_)
	UserWarning              = newClass("UserWarning", Warning_)
	DeprecationWarning       = newClass("DeprecationWarning", Warning_)
	RuntimeWarning           = newClass("RuntimeWarning", Warning_)
	LinAlgError              = &ExcClass{name: "LinAlgError", base: ValueError, module: "numpy.linalg"}
	StdinNotImplementedError = &ExcClass{name: "StdinNotImplementedError", base: NotImplementedError, module: "IPython.core.error"}
	AxisError                = &ExcClass{name: "AxisError", base: ValueError, module: "numpy.exceptions"}
	ComplexWarning           = &ExcClass{name: "ComplexWarning", base: RuntimeWarning, module: "numpy.exceptions"}
	EnvironmentErrorAlias    = OSError
	builtinExceptionClasses  = []*ExcClass{BaseException, KeyboardInterrupt, SystemExit, Exception_, ArithmeticError, ZeroDivisionError, OverflowError, FloatingPointError, AssertionError, AttributeError, ImportError, ModuleNotFoundError, LookupError, IndexError, KeyError, MemoryError, NameError, UnboundLocalError, RuntimeError, NotImplementedError, RecursionError, StopIteration, SyntaxError, IndentationError, TypeError, ValueError, UnicodeError, OSError, TimeoutError, Warning_, UserWarning, DeprecationWarning, RuntimeWarning}
	_                        = EnvironmentErrorAlias
)

// Exception is a Python exception instance; it is also a Go error.
type Exception struct {
	Class   *ExcClass
	Args    Tuple
	Notes   []string
	Cause   *Exception
	Context *Exception
	// SuppressContext is set by "raise ... from".
	SuppressContext bool

	tb        []tbEntry
	lastFrame *frame
	syntax    *syntax.Error // for SyntaxError raised by the parser
	source    string
	// diagnose, if set, makes the rich card shown when this exception
	// escapes a cell (LinAlgError from a linalg function).
	diagnose func() (display.Bundle, bool)
}

// tbEntry is one frame of a traceback.
type tbEntry struct {
	code *codeInfo
	line int
	fn   string
	args string
	// first and last bound the lines shown (a function's own lines).
	first, last int
}

func NewError(c *ExcClass, format string, args ...any) *Exception {
	msg := fmt.Sprintf(format, args...)
	return &Exception{Class: c, Args: Tuple{String(msg)}}
}

func (e *Exception) Error() string {
	s := e.Str()
	if s == "" {
		return e.Class.name
	}
	return e.Class.name + ": " + s
}

func (e *Exception) String() string {
	if len(e.Args) == 1 {
		return e.Class.name + "(" + e.Args[0].String() + ")"
	}
	return e.Class.name + e.Args.String()
}

// Str is str(e).
func (e *Exception) Str() string {
	switch len(e.Args) {
	case 0:
		return ""
	case 1:
		if e.Class.IsSubclass(KeyError) {
			return e.Args[0].String()
		}
		return Str(e.Args[0])
	}
	return e.Args.String()
}
func (e *Exception) Type() string { return e.Class.name }
func (*Exception) Truth() bool    { return true }

func (e *Exception) Attr(th *Thread, name string) (Value, error) {
	switch name {
	case "args":
		return e.Args, nil
	case "__class__":
		return e.Class, nil
	case "__cause__":
		if e.Cause == nil {
			return None, nil
		}
		return e.Cause, nil
	case "__context__":
		if e.Context == nil {
			return None, nil
		}
		return e.Context, nil
	case "__notes__":
		if e.Notes == nil {
			return nil, NewError(AttributeError, "'%s' object has no attribute '__notes__'", e.Class.name)
		}
		l := &List{}
		for _, n := range e.Notes {
			l.elems = append(l.elems, String(n))
		}
		return l, nil
	case "add_note":
		return &Builtin{name: "add_note", fn: func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
			var note Value
			if err := UnpackArgs("add_note", args, kwargs, "note", &note); err != nil {
				return nil, err
			}
			s, ok := note.(String)
			if !ok {
				return nil, NewError(TypeError, "note must be a str, not '%s'", note.Type())
			}
			e.Notes = append(e.Notes, string(s))
			return None, nil
		}}, nil
	case "with_traceback":
		return &Builtin{name: "with_traceback", fn: func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
			return e, nil
		}}, nil
	}
	return nil, nil
}
func (e *Exception) AttrNames() []string {
	return []string{"add_note", "args", "with_traceback"}
}
