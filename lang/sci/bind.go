package sci

import (
	"fmt"
	"strconv"
	"strings"
	"sync"

	"github.com/golinalg/golinalg/lang/eval"
	"github.com/golinalg/golinalg/linalg"
)

// A Func is one function of a Python module: its signature, its docstring
// and its Go body. The signature is the single declaration of the
// function's parameters: the binder (Call.Unpack) checks arguments
// against it, converts them to the Go types of the body's variables, and
// help(), __doc__ and x? show it.
type Func struct {
	// Sig is the Python signature as NumPy or SciPy documents it, such as
	// "svd(a, full_matrices=True, compute_uv=True, hermitian=False)". It
	// may use "/" (positional-only), "*" (keyword-only), "*args" and
	// "**kwargs"; defaults are Python literals (None, True, False, numbers,
	// strings).
	Sig string
	// Doc is the docstring: a summary paragraph and numpydoc sections.
	Doc string
	// Py selects CPython's messages for functions NumPy defines in Python
	// ("inv() missing 1 required positional argument: 'a'"); otherwise
	// the function gets those of NumPy's C argument parser,
	// npy_parse_arguments ("zeros() missing required argument 'shape'
	// (pos 0)").
	Py bool
	// Body computes the function; it unpacks its arguments with c.Unpack.
	Body func(c *Call) (eval.Value, error)

	once sync.Once
	sig  *signature // Sig, parsed on first use
}

// signature returns f.Sig parsed. A malformed signature is a bug in a
// table, which TestTables catches; it panics.
func (f *Func) signature() *signature {
	f.once.Do(func() {
		s, err := parseSignature(f.Sig)
		if err != nil {
			panic(err)
		}
		f.sig = s
	})
	return f.sig
}

// call runs f for the module function reached as qual ("scipy.linalg.norm").
func (in *lib) call(th *eval.Thread, f *Func, qual string, args []eval.Value, kwargs []eval.Kwarg) (eval.Value, error) {
	f.signature()
	return f.Body(&Call{in: in, th: th, f: f, qual: qual, args: args, kwargs: kwargs})
}

// Func returns the function name of the module table, or nil.
func (md *Module) Func(name string) *Func {
	for _, f := range md.Funcs {
		if f.Name() == name {
			return f
		}
	}
	return nil
}

// Name is the function's name, from its signature.
func (f *Func) Name() string { return f.Sig[:strings.IndexByte(f.Sig, '(')] }

// A Module is the table of one Python module: its functions and its other
// attributes (classes, constants), in one literal.
type Module struct {
	Name  string // dotted path, "numpy.linalg"
	Doc   string
	Funcs []*Func
	// Attrs adds the module's other attributes, given the interpreter's
	// state (classes and constants; submodules).
	Attrs func(in *lib, th *eval.Thread, m *eval.Module) error
}

// load builds the module for one interpreter.
func (md *Module) load(th *eval.Thread) (*eval.Module, error) {
	in := libOf(th)
	m := eval.NewModule(md.Name, md.Doc, nil)
	short := shortModule(md.Name)
	for _, f := range md.Funcs {
		f.signature()
		name := f.Name()
		qual := short + "." + name
		b := eval.NewBuiltin(name, func(th *eval.Thread, args []eval.Value, kwargs []eval.Kwarg) (eval.Value, error) {
			return f.Body(&Call{in: in, th: th, f: f, qual: qual, args: args, kwargs: kwargs})
		})
		b.SetDoc(md.Name, f.Sig, docText(f.Doc))
		m.Set(name, b)
	}
	if md.Attrs != nil {
		if err := md.Attrs(in, th, m); err != nil {
			return nil, err
		}
	}
	m.SetMissing(notYet(md.Name))
	return m, nil
}

// notYet returns the error for an attribute of module that NumPy or SciPy
// has (publicNames) but golinalg does not implement yet:
// NotImplementedError naming it. Other names get Python's AttributeError.
func notYet(module string) func(name string) error {
	public := make(map[string]bool, len(publicNames[module]))
	for _, n := range publicNames[module] {
		public[n] = true
	}
	return func(name string) error {
		if public[name] {
			return eval.NewError(eval.NotImplementedError, "%s.%s is not supported by golinalg yet", module, name)
		}
		return nil
	}
}

// shortModule is the name cells usually give a module: np.linalg for
// numpy.linalg. The diagnostic card names functions this way.
func shortModule(name string) string {
	if name == "numpy" {
		return "np"
	}
	if strings.HasPrefix(name, "numpy.") {
		return "np." + name[len("numpy."):]
	}
	return name
}

// docText ends a docstring with one newline.
func docText(doc string) string {
	if doc == "" || strings.HasSuffix(doc, "\n") {
		return doc
	}
	return doc + "\n"
}

// A Call is one call of a Func.
type Call struct {
	in     *lib
	th     *eval.Thread
	f      *Func
	qual   string // "np.linalg.svd"
	args   []eval.Value
	kwargs []eval.Kwarg
}

// Thread is the calling thread.
func (c *Call) Thread() *eval.Thread { return c.th }

// Args are the call's positional arguments, as given.
func (c *Call) Args() []eval.Value { return c.args }

// Kwargs are the call's keyword arguments, as given.
func (c *Call) Kwargs() []eval.Kwarg { return c.kwargs }

// Wrap returns an array result as Python sees it: a NumPy scalar for a
// 0-d array, an ndarray otherwise.
func (c *Call) Wrap(a *linalg.Array) eval.Value { return c.in.wrapScalar(a) }

// Err maps an error of package linalg to the Python exception NumPy
// raises, with the diagnostic card for a LinAlgError about matrix a (which
// may be nil).
//
// Without a, a LinAlgError's card shows the call's first argument that is
// a matrix (an array of two or more dimensions), in the order of the
// signature (ab for solve_banded((l, u), ab, b)), with the error's
// message and no analysis (display.DiagnoseGeneric).
func (c *Call) Err(a *linalg.Array, err error) error {
	if le, ok := err.(*linalg.Error); ok && a == nil && le.Kind == linalg.LinAlgError {
		if name, pos, m := c.matrixArg(); m != nil {
			return pyErrParam(c.th, c.qual, name, pos, true, m, err)
		}
	}
	return pyErrFor(c.th, c.qual, c.f, a, err)
}

// matrixArg returns the first argument of the call, in the order of the
// signature, that converts to an array of two or more dimensions (else of
// one: the c of solve_toeplitz), with its parameter's name and position;
// nil when there is none.
func (c *Call) matrixArg() (string, int, *linalg.Array) {
	s := c.f.signature()
	for _, minDims := range []int{2, 1} {
		if name, i, m := c.arrayArg(s, minDims); m != nil {
			return name, i, m
		}
	}
	return "", 0, nil
}

// arrayArg is matrixArg for arrays of at least minDims dimensions.
func (c *Call) arrayArg(s *signature, minDims int) (string, int, *linalg.Array) {
	for i, p := range s.params {
		if p.star != 0 {
			continue
		}
		var v eval.Value
		if i < len(c.args) && i < s.npos {
			v = c.args[i]
		}
		for _, kw := range c.kwargs {
			if kw.Name == p.name {
				v = kw.Value
			}
		}
		if v == nil || v == eval.None {
			continue
		}
		if m, ok, err := c.in.toArray(c.th, v); err == nil && ok && m.Ndim() >= minDims {
			return p.name, i, m
		}
	}
	return "", 0, nil
}

// opt is an optional argument whose default is None: ok is false for None.
type opt[T any] struct {
	v  T
	ok bool
}

// Unpack binds the call's arguments to dst, one pointer per parameter of
// the signature in its order, converting each by the pointer's type:
//
//	*eval.Value        the argument as given (a default literal as its value)
//	**linalg.Array     an array-like, converted as np.asarray does; nil for None
//	*int, *float64     a Python integer (__index__), a real number
//	*bool              any value, by its truth
//	*string            a str
//	*opt[int], *opt[float64], *opt[linalg.DType]
//	                   None, or the value (a dtype as np.dtype reads it)
//	*[]eval.Value      *args
//	*[]eval.Kwarg      **kwargs
//
// Absent arguments take the signature's default. Errors are NumPy's (or
// CPython's, for a Func with Py set) for the same call.
func (c *Call) Unpack(dst ...any) error {
	s := c.f.sig
	if len(dst) != len(s.params) {
		panic(fmt.Sprintf("%s: Unpack given %d destinations for %d parameters", c.f.Sig, len(dst), len(s.params)))
	}
	var vals [16]eval.Value // nil: not given
	extra, rest, err := c.match(&vals)
	if err != nil {
		return err
	}
	for i, p := range s.params {
		var err error
		switch {
		case p.star == 1:
			*(dst[i].(*[]eval.Value)) = extra
		case p.star == 2:
			*(dst[i].(*[]eval.Kwarg)) = rest
		case vals[i] != nil:
			err = c.store(i, dst[i], vals[i])
		default:
			if err := c.store(i, dst[i], p.def); err != nil {
				panic(fmt.Sprintf("%s: default of %s: %v", c.f.Sig, p.name, err))
			}
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// Check checks the call's arguments against the signature as Unpack does,
// converting none of them: for a body that hands the call on to another
// function (Call.forward).
func (c *Call) Check() error {
	var vals [16]eval.Value
	_, _, err := c.match(&vals)
	return err
}

// match matches the call's arguments to the signature's parameters, with
// the errors CPython (or NumPy's argument parser) gives for the call's
// shape: vals[i] is the argument for parameter i (nil when not given),
// extra the arguments for *args, rest the keywords for **kwargs. Both
// match before converting anything, as Unpack then does in parameter
// order.
func (c *Call) match(vals *[16]eval.Value) (extra []eval.Value, rest []eval.Kwarg, err error) {
	s := c.f.sig
	name := s.name
	tooMany := len(c.args) > s.npos && s.varargs < 0
	if tooMany && !c.f.Py {
		return nil, nil, s.tooMany(false, len(c.args))
	}
	if len(c.args) > s.npos {
		extra = c.args[s.npos:]
	}
	copy(vals[:], c.args[:min(len(c.args), s.npos)])
	for _, kw := range c.kwargs {
		i := s.index(kw.Name)
		if i < 0 || s.params[i].star != 0 || s.params[i].posOnly {
			if s.varkw >= 0 {
				rest = append(rest, kw)
				continue
			}
			// CPython, meeting a keyword it cannot bind, first reports
			// any positional-only parameters given by keyword.
			if c.f.Py && s.posOnlyNamed(c.kwargs) {
				return nil, nil, s.posOnlyGiven(c.kwargs)
			}
			return nil, nil, eval.NewError(eval.TypeError, "%s() got an unexpected keyword argument '%s'", name, kw.Name)
		}
		if vals[i] != nil {
			if c.f.Py {
				return nil, nil, eval.NewError(eval.TypeError, "%s() got multiple values for argument '%s'", name, kw.Name)
			}
			return nil, nil, eval.NewError(eval.TypeError, "argument for %s() given by name ('%s') and position (position %d)", name, kw.Name, i)
		}
		vals[i] = kw.Value
	}
	if tooMany {
		// CPython checks keywords first, then the positional count.
		return nil, nil, s.tooMany(true, len(c.args))
	}
	if err := s.missing(c.f.Py, vals[:len(s.params)]); err != nil {
		return nil, nil, err
	}
	return extra, rest, nil
}

// noValue is the default NumPy's signatures print as <no value>
// (np._NoValue): the parameter was not given, which differs from None.
// Unpack stores it as nil (*eval.Value, **linalg.Array) or an empty opt.
var noValue eval.Value = noValueType{}

type noValueType struct{}

func (noValueType) String() string { return "<no value>" }
func (noValueType) Type() string   { return "_NoValueType" }
func (noValueType) Truth() bool    { return false }

// objectSentinel is a default written as Python prints a bare object()
// ("<object object at 0x...>"), such as SciPy's _NoValue for deprecated
// parameters: a body unpacks the parameter as an eval.Value and tells the
// default by its type (isObjectSentinel), which no argument can have.
type objectSentinel struct{ text string }

func (s *objectSentinel) String() string { return s.text }
func (*objectSentinel) Type() string     { return "object" }
func (*objectSentinel) Truth() bool      { return true }

// isObjectSentinel reports whether v is an objectSentinel default.
func isObjectSentinel(v eval.Value) bool {
	_, ok := v.(*objectSentinel)
	return ok
}

// store converts v, the argument for parameter i, into dst.
func (c *Call) store(i int, dst any, v eval.Value) error {
	s := c.f.sig
	if v == noValue {
		switch p := dst.(type) {
		case *eval.Value:
			*p = nil
		case **linalg.Array:
			*p = nil
		case *opt[int]:
			*p = opt[int]{}
		case *opt[float64]:
			*p = opt[float64]{}
		case *opt[linalg.DType]:
			*p = opt[linalg.DType]{}
		default:
			panic(c.f.Sig + ": <no value> default for a destination that cannot hold it: " + s.params[i].name)
		}
		return nil
	}
	switch p := dst.(type) {
	case *eval.Value:
		*p = v
	case **linalg.Array:
		if v == eval.None && s.params[i].def == eval.None {
			*p = nil
			return nil
		}
		a, err := c.in.arrayArg(c.th, v)
		if err != nil {
			return err
		}
		*p = a
	case *int:
		n, err := eval.ToIndex(v, "")
		if err != nil {
			return eval.NewError(eval.TypeError, "'%s' object cannot be interpreted as an integer", v.Type())
		}
		*p = n
	case *float64:
		f, err := eval.ToFloat(v)
		if err != nil {
			return eval.NewError(eval.TypeError, "must be real number, not %s", v.Type())
		}
		*p = f
	case *bool:
		*p = v.Truth()
	case *string:
		str, ok := v.(eval.String)
		if !ok {
			return eval.NewError(eval.TypeError, "%s() argument '%s' must be str, not %s", s.name, s.params[i].name, v.Type())
		}
		*p = string(str)
	case *opt[int]:
		*p = opt[int]{}
		if v != eval.None {
			n, err := eval.ToIndex(v, "")
			if err != nil {
				return eval.NewError(eval.TypeError, "'%s' object cannot be interpreted as an integer", v.Type())
			}
			*p = opt[int]{n, true}
		}
	case *opt[float64]:
		*p = opt[float64]{}
		if v != eval.None {
			f, err := eval.ToFloat(v)
			if err != nil {
				return eval.NewError(eval.TypeError, "must be real number, not %s", v.Type())
			}
			*p = opt[float64]{f, true}
		}
	case *opt[linalg.DType]:
		*p = opt[linalg.DType]{}
		if v != eval.None {
			d, err := toDType(v)
			if err != nil {
				return err
			}
			*p = opt[linalg.DType]{d, true}
		}
	default:
		panic(c.f.Sig + ": Unpack: unsupported destination for " + s.params[i].name)
	}
	return nil
}

// A signature is a parsed Func.Sig.
type signature struct {
	name    string
	params  []param
	npos    int // parameters that may be given by position
	nreq    int // of those, the ones without a default
	varargs int // index of *args, or -1
	varkw   int // index of **kwargs, or -1
}

type param struct {
	name    string
	def     eval.Value // nil when required
	posOnly bool
	kwOnly  bool
	star    int // 1 for *args, 2 for **kwargs
}

func (s *signature) index(name string) int {
	for i, p := range s.params {
		if p.name == name {
			return i
		}
	}
	return -1
}

// parseSignature parses "name(a, b=1, /, c=None, *, d='L')".
func parseSignature(sig string) (*signature, error) {
	open := strings.IndexByte(sig, '(')
	if open < 1 || !strings.HasSuffix(sig, ")") {
		return nil, fmt.Errorf("signature %q: want name(params)", sig)
	}
	s := &signature{name: sig[:open], varargs: -1, varkw: -1}
	body := strings.TrimSpace(sig[open+1 : len(sig)-1])
	if body == "" {
		return s, nil
	}
	kwOnly := false
	for _, part := range splitParams(body) {
		part = strings.TrimSpace(part)
		switch {
		case part == "/":
			for i := range s.params {
				s.params[i].posOnly = true
			}
			continue
		case part == "*":
			kwOnly = true
			continue
		case strings.HasPrefix(part, "**"):
			s.varkw = len(s.params)
			s.params = append(s.params, param{name: part[2:], star: 2})
			continue
		case strings.HasPrefix(part, "*"):
			s.varargs = len(s.params)
			s.params = append(s.params, param{name: part[1:], star: 1})
			kwOnly = true
			continue
		}
		p := param{name: part, kwOnly: kwOnly}
		if name, lit, ok := strings.Cut(part, "="); ok {
			p.name = strings.TrimSpace(name)
			v, err := parseLiteral(strings.TrimSpace(lit))
			if err != nil {
				return nil, fmt.Errorf("signature %q: default of %s: %v", sig, p.name, err)
			}
			p.def = v
		}
		if !kwOnly {
			s.npos++
			if p.def == nil {
				s.nreq++
			}
		}
		s.params = append(s.params, p)
	}
	if len(s.params) > 16 {
		return nil, fmt.Errorf("signature %q: more than 16 parameters", sig)
	}
	return s, nil
}

// splitParams splits a parameter list at the commas outside brackets and
// quotes.
func splitParams(body string) []string {
	var parts []string
	depth, start := 0, 0
	var quote byte
	for i := 0; i < len(body); i++ {
		ch := body[i]
		switch {
		case quote != 0:
			if ch == quote {
				quote = 0
			}
		case ch == '\'' || ch == '"':
			quote = ch
		case ch == '(' || ch == '[' || ch == '{':
			depth++
		case ch == ')' || ch == ']' || ch == '}':
			depth--
		case ch == ',' && depth == 0:
			parts = append(parts, body[start:i])
			start = i + 1
		}
	}
	return append(parts, body[start:])
}

// parseLiteral reads a default: None, True, False, an int, a float, a
// quoted string, a tuple of those, or a dtype written as a type (float,
// np.int64), which reads as its name.
func parseLiteral(lit string) (eval.Value, error) {
	switch lit {
	case "<no value>":
		return noValue, nil
	}
	if strings.HasPrefix(lit, "<object object at ") && strings.HasSuffix(lit, ">") {
		return &objectSentinel{lit}, nil
	}
	switch lit {
	case "None":
		return eval.None, nil
	case "True":
		return eval.True, nil
	case "False":
		return eval.False, nil
	}
	if n := len(lit); n >= 2 && (lit[0] == '\'' || lit[0] == '"') && lit[n-1] == lit[0] {
		return eval.String(lit[1 : n-1]), nil
	}
	if strings.HasPrefix(lit, "(") && strings.HasSuffix(lit, ")") {
		var t eval.Tuple
		inner := strings.TrimSpace(lit[1 : len(lit)-1])
		if inner == "" {
			return t, nil
		}
		for _, e := range splitParams(inner) {
			if e = strings.TrimSpace(e); e == "" {
				continue
			}
			v, err := parseLiteral(e)
			if err != nil {
				return nil, err
			}
			t = append(t, v)
		}
		return t, nil
	}
	// inspect.signature prints a type default as its repr, "<class 'int'>".
	if t, ok := strings.CutPrefix(lit, "<class '"); ok && strings.HasSuffix(t, "'>") {
		lit = strings.TrimSuffix(t, "'>")
	}
	switch strings.TrimPrefix(strings.TrimPrefix(lit, "np."), "numpy.") {
	case "int", "float", "complex", "bool", "int64", "float64", "complex128", "bool_":
		// A dtype default written as a type (dtype=float, dtype=np.int64)
		// reads as the dtype's name, which *opt[linalg.DType] converts.
		return eval.String(strings.TrimPrefix(strings.TrimPrefix(lit, "np."), "numpy.")), nil
	}
	if i, err := strconv.ParseInt(lit, 10, 64); err == nil {
		return eval.Int(i), nil
	}
	if f, err := strconv.ParseFloat(lit, 64); err == nil {
		return eval.Float(f), nil
	}
	return nil, fmt.Errorf("unsupported literal %q", lit)
}

// posOnlyNamed reports whether a keyword names a positional-only
// parameter.
func (s *signature) posOnlyNamed(kwargs []eval.Kwarg) bool {
	for _, kw := range kwargs {
		if i := s.index(kw.Name); i >= 0 && s.params[i].posOnly {
			return true
		}
	}
	return false
}

// posOnlyGiven is CPython's error for positional-only parameters given by
// keyword: all of them, in parameter order.
func (s *signature) posOnlyGiven(kwargs []eval.Kwarg) error {
	var named []string
	for _, p := range s.params {
		if !p.posOnly {
			break
		}
		for _, kw := range kwargs {
			if kw.Name == p.name {
				named = append(named, p.name)
				break
			}
		}
	}
	return eval.NewError(eval.TypeError, "%s() got some positional-only arguments passed as keyword arguments: '%s'", s.name, strings.Join(named, ", "))
}

// tooMany is the error for n positional arguments beyond the signature's.
func (s *signature) tooMany(py bool, n int) error {
	if py {
		verb := "were"
		if n == 1 {
			verb = "was"
		}
		if s.nreq == s.npos {
			return eval.NewError(eval.TypeError, "%s() takes %d positional argument%s but %d %s given", s.name, s.npos, eval.Plural(s.npos), n, verb)
		}
		return eval.NewError(eval.TypeError, "%s() takes from %d to %d positional arguments but %d %s given", s.name, s.nreq, s.npos, n, verb)
	}
	// NumPy's C argument parser (npy_parse_arguments) words it as CPython.
	return s.tooMany(true, n)
}

// missing is the error for required parameters not given, or nil.
func (s *signature) missing(py bool, given []eval.Value) error {
	var names []string
	kwOnly := false
	for i, p := range s.params {
		if given[i] != nil || p.def != nil || p.star != 0 {
			continue
		}
		if !py {
			// npy_parse_arguments counts positions from 0.
			return eval.NewError(eval.TypeError, "%s() missing required argument '%s' (pos %d)", s.name, p.name, i)
		}
		if len(names) > 0 && p.kwOnly != kwOnly {
			break
		}
		kwOnly = p.kwOnly
		names = append(names, "'"+p.name+"'")
	}
	if len(names) == 0 {
		return nil
	}
	list := names[0]
	switch n := len(names); {
	case n == 2:
		list = names[0] + " and " + names[1]
	case n > 2:
		list = strings.Join(names[:n-1], ", ") + ", and " + names[n-1]
	}
	kind := "positional"
	if kwOnly {
		kind = "keyword-only"
	}
	return eval.NewError(eval.TypeError, "%s() missing %d required %s argument%s: %s", s.name, len(names), kind, eval.Plural(len(names)), list)
}

// A method is one method of a Python class: a Func, for its signature
// (without the receiver), docstring and binder, whose body also gets the
// object it is bound to. Its Func's Body is unused.
type method[R eval.Value] struct {
	Func
	Body func(c *Call, recv R) (eval.Value, error)

	docOnce sync.Once
	doc     string // docText(Doc), made once: bind runs at every a.sum
}

// bind returns m bound to recv, as module's help shows it and as qual
// ("Generator.normal") names it in messages.
func (m *method[R]) bind(in *lib, recv R, module, qual string) *eval.Builtin {
	m.docOnce.Do(func() {
		m.signature()
		m.doc = docText(m.Doc)
	})
	return eval.NewMethod(m.Name(), recv, func(th *eval.Thread, args []eval.Value, kwargs []eval.Kwarg) (eval.Value, error) {
		return m.Body(&Call{in: in, th: th, f: &m.Func, qual: qual, args: args, kwargs: kwargs}, recv)
	}).SetDoc(module, m.Sig, m.doc)
}

// methods is the method table of a class, in one literal.
type methods[R eval.Value] []*method[R]

// find returns the method name, or nil.
func (ms methods[R]) find(name string) *method[R] {
	for _, m := range ms {
		if m.Name() == name {
			return m
		}
	}
	return nil
}

// names lists the methods' names, in table order.
func (ms methods[R]) names() []string {
	names := make([]string, len(ms))
	for i, m := range ms {
		names[i] = m.Name()
	}
	return names
}

// forward calls f with recv first and then the call's arguments: a
// method that is the function f of its receiver (ndarray.sum is
// numpy/_core/_methods.py's _sum(a, ...), ndarray.argmax numpy.argmax).
// f checks the arguments again, by its own signature and messages.
func (c *Call) forward(f *Func, recv eval.Value) (eval.Value, error) {
	args := make([]eval.Value, len(c.args)+1)
	args[0] = recv
	copy(args[1:], c.args)
	return c.handOn(f, args)
}

// handOn runs f in place of the call's function, with the positional
// arguments args and the call's keywords; the call itself, and its
// qualified name for messages, go with it.
func (c *Call) handOn(f *Func, args []eval.Value) (eval.Value, error) {
	f.signature()
	c.f, c.args = f, args
	return f.Body(c)
}

// getargs checks the call as CPython's PyArg_ParseTupleAndKeywords does
// for a C function whose parameters all take a position or a keyword
// (NumPy's older methods: ndarray.diagonal, cumsum, round, repeat), in
// its order: the number of arguments ("takes at most 3 arguments (4
// given)"), then parameter by parameter an argument given twice or a
// required one missing, counting positions from 1, then unknown keywords
// ("'foo' is an invalid keyword argument for f()"). Unpack then converts.
func (c *Call) getargs() error {
	s := c.f.signature()
	nargs, n := len(c.args), len(c.args)+len(c.kwargs)
	if n > len(s.params) {
		how, kw := "at most", ""
		if s.nreq == len(s.params) {
			how = "exactly"
		}
		if nargs == 0 {
			kw = "keyword "
		}
		return eval.NewError(eval.TypeError, "%s() takes %s %d %sargument%s (%d given)", s.name, how, len(s.params), kw, eval.Plural(len(s.params)), n)
	}
	for i, p := range s.params {
		named := false
		for _, kw := range c.kwargs {
			named = named || kw.Name == p.name
		}
		switch {
		case named && i < nargs:
			return eval.NewError(eval.TypeError, "argument for %s() given by name ('%s') and position (%d)", s.name, p.name, i+1)
		case !named && i >= nargs && p.def == nil:
			return eval.NewError(eval.TypeError, "%s() missing required argument '%s' (pos %d)", s.name, p.name, i+1)
		}
	}
	for _, kw := range c.kwargs {
		if s.index(kw.Name) < 0 {
			return eval.NewError(eval.TypeError, "'%s' is an invalid keyword argument for %s()", kw.Name, s.name)
		}
	}
	return nil
}

// varargs checks the call of a C method that CPython passes its
// positional arguments alone (METH_VARARGS): keywords are refused in the
// name of class ("ndarray.item() takes no keyword arguments").
func (c *Call) varargs(class string) error {
	if len(c.kwargs) > 0 {
		return eval.NewError(eval.TypeError, "%s.%s() takes no keyword arguments", class, c.f.Name())
	}
	return nil
}

// parseTuple checks the positional arguments of a METH_VARARGS method as
// CPython's PyArg_ParseTuple does for a format of at most max optional
// arguments whose function name is name ("conjugate() takes at most 1
// argument (2 given)"); a format without a name says "function" ("function
// takes exactly 0 arguments (1 given)").
func (c *Call) parseTuple(name string, max int) error {
	n := len(c.args)
	if n <= max {
		return nil
	}
	fname, how := "function", "at most"
	if name != "" {
		fname = name + "()"
	}
	if max == 0 {
		how = "exactly"
	}
	return eval.NewError(eval.TypeError, "%s takes %s %d argument%s (%d given)", fname, how, max, eval.Plural(max), n)
}
