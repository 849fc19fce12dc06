package eval

import (
	"context"
	"strings"
	"unicode/utf8"

	"github.com/golinalg/golinalg/display"
	"github.com/golinalg/golinalg/lang/syntax"
)

// This file is the core's side of the library packages (lang/sci for NumPy
// and SciPy): the module registry they register with, the per-interpreter
// state they keep, and the interfaces through which their values take part
// in Python's built-in operations. The core knows no library value
// concretely; it asks these interfaces.

// A ModuleLoader builds a library module the first time a cell imports it.
// Submodules ("numpy.linalg") have loaders of their own; a loader may
// import other modules through th.Import.
type ModuleLoader func(th *Thread) (*Module, error)

// NewModule returns a module named name (its dotted path) with the given
// attributes and docstring.
func NewModule(name, doc string, attrs map[string]Value) *Module {
	if attrs == nil {
		attrs = map[string]Value{}
	}
	return &Module{name: name, attrs: attrs, doc: doc}
}

// Name is the module's dotted path, such as "numpy.linalg".
func (m *Module) Name() string { return m.name }

// Get returns the module attribute name, or nil.
func (m *Module) Get(name string) Value { return m.attrs[name] }

// Set binds the module attribute name.
func (m *Module) Set(name string, v Value) { m.attrs[name] = v }

// Import returns the module name, loading it on first use, or Python's
// ModuleNotFoundError.
func (th *Thread) Import(name string) (*Module, error) { return th.in.importModule(name) }

// Local returns the per-interpreter value a library stored under key, or
// nil (starlark's Thread.Local). Libraries keep their state (NumPy's print
// options and error state) here, so that two interpreters never share it.
func (th *Thread) Local(key any) any { return th.in.locals[key] }

// SetLocal stores v under key for the interpreter; see Local.
func (th *Thread) SetLocal(key, v any) {
	if th.in.locals == nil {
		th.in.locals = map[any]any{}
	}
	th.in.locals[key] = v
}

// Context returns the context of the running cell, cancelled on interrupt.
func (th *Thread) Context() context.Context { return th.ctx }

// callSite is where the running builtin was called from: the call
// expression, the source it was parsed from and the depth its callee runs
// at. The evaluator stores it around each call of a builtin (see
// frame.evalCall); the texts are read from the source only when a library
// asks for them.
type callSite struct {
	x     *syntax.CallExpr
	info  *codeInfo
	depth int
}

// A CallSite is the call expression, as the cell wrote it, that called the
// builtin now running: for np.linalg.inv(A @ B) the callee
// "np.linalg.inv" and the argument "A @ B". It stays valid after the call
// returns, so a library may keep it and read the texts later.
type CallSite struct{ s callSite }

// A SiteArg is one argument of a call as the cell wrote it.
type SiteArg struct {
	Name string // the keyword of name=value; "" for a positional argument
	Star int    // 1 for *value, 2 for **value, else 0
	Text string // the value's source text: "M", "A @ B", "A[:2, :2]"
}

// CallSite returns the call expression that called the running builtin,
// for a library to name things as the cell did (the LinAlgError card says
// "M", not NumPy's parameter name "a"). ok is false when the builtin was
// not called by an expression in Python code: when another builtin called
// it (map, sorted's key) or code without source runs.
func (th *Thread) CallSite() (site CallSite, ok bool) {
	s := th.site
	if s.x == nil || s.info == nil || s.info.text == "" || s.depth != th.depth {
		return CallSite{}, false
	}
	return CallSite{s}, true
}

// Callee is the source text of the called expression: "np.linalg.inv",
// "numpy.linalg.inv", "inv", "M.dot".
func (c CallSite) Callee() string { return c.s.text(c.s.x.Fn) }

// Args returns the call's arguments in the order written.
func (c CallSite) Args() []SiteArg {
	out := make([]SiteArg, len(c.s.x.Args))
	for i, a := range c.s.x.Args {
		out[i] = SiteArg{Name: a.Name, Star: a.Star, Text: c.s.text(a.Value)}
	}
	return out
}

// text is the source of node n: from its start to just before its end,
// lines joined by "\n"; "" when its span does not lie in the source.
func (s callSite) text(n syntax.Node) string {
	if s.x == nil || n == nil {
		return ""
	}
	start, end := n.Span()
	if !start.IsValid() || !end.IsValid() || end.Before(start) {
		return ""
	}
	info := s.info
	if info.textLines == nil {
		info.textLines = strings.Split(info.text, "\n")
	}
	lines := info.textLines
	if int(end.Line) > len(lines) {
		return ""
	}
	var b strings.Builder
	for l := start.Line; l <= end.Line; l++ {
		line := lines[l-1]
		from, to := 0, len(line)
		if l == start.Line {
			if from = runeOffset(line, int(start.Col)); from < 0 {
				return ""
			}
		}
		if l == end.Line {
			if to = runeOffset(line, int(end.Col)); to < from {
				return ""
			}
		}
		if l > start.Line {
			b.WriteByte('\n')
		}
		b.WriteString(line[from:to])
	}
	return b.String()
}

// runeOffset is the byte offset of column col (1-based, in runes) of line;
// col may be one past the last rune. It is -1 beyond that.
func runeOffset(line string, col int) int {
	off := 0
	for k := 1; k < col; k++ {
		if off >= len(line) {
			return -1
		}
		_, w := utf8.DecodeRuneInString(line[off:])
		off += w
	}
	return off
}

// readSource makes the call sites of code parsed from src, a magic's
// statement text, read their texts from src until restore is called;
// tracebacks still show the cell's lines.
func (fr *frame) readSource(src string) (restore func()) {
	saved := fr.info
	if saved == nil {
		return func() {}
	}
	info := *saved
	info.text, info.textLines = src, nil
	fr.info = &info
	return func() { fr.info = saved }
}

// HasIndex is implemented by values that Python accepts as integers where
// an index is needed (the __index__ protocol): subscripts, range()
// arguments, '%c'.
type HasIndex interface {
	Value
	AsIndex() (int64, bool)
}

// HasFloat is implemented by real numbers other than Python's own (the
// __float__ protocol): float(x), math functions, '%f' and comparison with
// Python numbers.
type HasFloat interface {
	Value
	AsFloat() (float64, bool)
}

// HasPyNumber is implemented by library scalars that behave as the Python
// number of the same value (a NumPy int64 as int, a float64 as float) in
// arithmetic and comparisons with Python numbers.
type HasPyNumber interface {
	Value
	PyNumber() Value
}

// HasConvert is implemented by values that int(x) and float(x) convert:
// kind is "int" or "float".
type HasConvert interface {
	Value
	Convert(kind string) (Value, error)
}

// HasClass is implemented by values whose type(x) is a class of their
// library (numpy.ndarray, numpy.float64).
type HasClass interface {
	Value
	Class() Value
}

// InstanceChecker is implemented by library classes: isinstance(v, c)
// asks c.
type InstanceChecker interface {
	Value
	IsInstance(v Value) bool
}

// HasBuiltinBase is implemented by values whose class derives from a
// built-in type (numpy.float64 from float): isinstance(v, float) asks it.
type HasBuiltinBase interface {
	Value
	IsA(builtinType string) bool
}

// HasTable is implemented by library values that show as a table: NumPy
// arrays and scalars. A tuple whose items all have one, at least one of
// them an array, has a text/html of their tables side by side (see
// tupleHTML), while its text/plain stays the tuple's repr.
type HasTable interface {
	Value
	// Table returns the value's HTML table (display.LabelledHTML or
	// display.ScalarHTML) with label ("eigenvalues", "[0]") leading its
	// caption, and whether the value is an array.
	Table(label string) (html string, isArray bool)
}

// Describer is implemented by values with a summary of their own for
// %whos's Data/Info column ("3x3: 9 elems, type `float64`, 72 bytes"; ""
// for str() as other values) and fields of their own for the inspector
// (x?): Length, Shape, Dtype.
type Describer interface {
	Value
	Whos() string
	Inspect() (typ string, fields [][2]string)
}

// SetDoc sets a builtin's signature ("inv(a)") and docstring, which help(),
// __doc__, x? and the Jupyter inspector show, and the module it belongs to
// ("numpy.linalg"); it returns b.
func (b *Builtin) SetDoc(module, sig, doc string) *Builtin {
	b.module, b.sig, b.doc = module, sig, doc
	return b
}

// NewMethod returns a builtin bound to recv, printed as a method of it.
func NewMethod(name string, recv Value, fn func(th *Thread, args []Value, kwargs []Kwarg) (Value, error)) *Builtin {
	return &Builtin{name: name, recv: recv, fn: fn}
}

// Warn writes a Python warning of the given category ("RuntimeWarning")
// to the cell's stderr, as Python's warnings module shows it.
func (th *Thread) Warn(category, msg string) {
	th.out.Stream("stderr", "<golinalg>: "+category+": "+msg+"\n")
}

// SetDiagnosis attaches to e a card (display_data) explaining it, made by
// f and published just before the error only if e escapes the cell and
// diagnostics are on; an exception that is caught shows nothing.
func (e *Exception) SetDiagnosis(f func() (display.Bundle, bool)) { e.diagnose = f }

// NewExcClass returns an exception class name of module ("numpy.linalg")
// derived from base.
func NewExcClass(name, module string, base *ExcClass) *ExcClass {
	return &ExcClass{name: name, module: module, base: base}
}

// NewType returns a built-in class named name ("numpy.ndarray") whose
// call runs fn.
func NewType(name string, fn func(th *Thread, args []Value, kwargs []Kwarg) (Value, error)) Value {
	return &typeObject{name: name, fn: fn}
}

// SetMissing sets the error for attributes the module lacks: f returns
// the error for name, or nil for Python's AttributeError. A library uses
// it to name what it does not implement yet.
func (m *Module) SetMissing(f func(name string) error) { m.missing = f }

// Attrs returns the module's attribute table itself, for a library to
// fill as it builds the module.
func (m *Module) Attrs() map[string]Value { return m.attrs }
