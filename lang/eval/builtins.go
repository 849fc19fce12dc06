package eval

import (
	"fmt"
	"math"
	"math/big"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/golinalg/golinalg/lang/syntax"
)

// Builtin is a function implemented in Go. When recv is set it is a
// bound method.
type Builtin struct {
	name   string
	recv   Value
	fn     func(th *Thread, args []Value, kwargs []Kwarg) (Value, error)
	doc    string
	sig    string // "inv(a)", shown by x?; see SetDoc
	module string // "numpy.linalg"; see SetDoc
}

// NewBuiltin wraps a Go function as a Python callable.
func NewBuiltin(name string, fn func(th *Thread, args []Value, kwargs []Kwarg) (Value, error)) *Builtin {
	return &Builtin{name: name, fn: fn}
}

func (b *Builtin) String() string {
	if b.recv != nil {
		return fmt.Sprintf("<built-in method %s of %s object at 0x7f0000000000>", b.name, b.recv.Type())
	}
	return "<built-in function " + b.name + ">"
}
func (b *Builtin) Type() string {
	if b.recv != nil {
		return "builtin_function_or_method"
	}
	return "builtin_function_or_method"
}
func (*Builtin) Truth() bool             { return true }
func (b *Builtin) Name() string          { return b.name }
func (b *Builtin) Hash() (uint64, error) { return String("builtin " + b.name).Hash() }
func (b *Builtin) Call(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	return b.fn(th, args, kwargs)
}
func (b *Builtin) Attr(th *Thread, name string) (Value, error) {
	switch name {
	case "__name__":
		return String(b.name), nil
	case "__doc__":
		if b.doc == "" {
			return None, nil
		}
		return String(b.doc), nil
	}
	return nil, nil
}
func (b *Builtin) AttrNames() []string { return []string{"__doc__", "__name__"} }

// typeObject is a built-in type used as a constructor: int, float, str...
type typeObject struct {
	name string
	fn   func(th *Thread, args []Value, kwargs []Kwarg) (Value, error)
}

func (t *typeObject) String() string        { return "<class '" + t.name + "'>" }
func (*typeObject) Type() string            { return "type" }
func (*typeObject) Truth() bool             { return true }
func (t *typeObject) Name() string          { return t.name }
func (t *typeObject) Hash() (uint64, error) { return String("type " + t.name).Hash() }
func (t *typeObject) Call(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	return t.fn(th, args, kwargs)
}
func (t *typeObject) Attr(th *Thread, name string) (Value, error) {
	switch name {
	case "__name__":
		return String(t.name[strings.LastIndexByte(t.name, '.')+1:]), nil // numpy.float64 is float64
	}
	if t.name == "str" || t.name == "dict" || t.name == "list" || t.name == "float" || t.name == "int" {
		// unbound methods: str.upper("a")
		if m := unboundMethod(t.name, name); m != nil {
			return m, nil
		}
	}
	return nil, nil
}
func (t *typeObject) AttrNames() []string { return []string{"__name__"} }

func unboundMethod(typ, name string) Value {
	var proto Value
	switch typ {
	case "str":
		proto = String("")
	case "dict":
		proto = NewDict()
	case "list":
		proto = &List{}
	case "float":
		proto = Float(0)
	case "int":
		proto = Int(0)
	}
	if builtinMethod(proto, name) == nil {
		return nil
	}
	return &Builtin{name: typ + "." + name, fn: func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		if len(args) == 0 {
			return nil, NewError(TypeError, "unbound method %s.%s() needs an argument", typ, name)
		}
		m, err := getAttr(th, args[0], name)
		if err != nil {
			return nil, err
		}
		return Call(th, m, args[1:], kwargs)
	}}
}

// typeOf returns the type object for type(v).
func (in *Interpreter) typeOf(v Value) Value {
	switch v := v.(type) {
	case *Exception:
		return v.Class
	case *NamedTuple:
		return v.class
	}
	if t, ok := in.builtins[v.Type()].(*typeObject); ok {
		return t
	}
	if c, ok := v.(HasClass); ok {
		return c.Class()
	}
	name := v.Type()
	switch v.(type) {
	case *Module:
		name = "module"
	}
	return &typeObject{name: name, fn: func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		return nil, NewError(TypeError, "cannot create '%s' instances", name)
	}}
}

func makeBuiltins(in *Interpreter) map[string]Value {
	b := map[string]Value{}
	def := func(name string, fn func(th *Thread, args []Value, kwargs []Kwarg) (Value, error)) {
		b[name] = &Builtin{name: name, fn: fn}
	}
	typ := func(name string, fn func(th *Thread, args []Value, kwargs []Kwarg) (Value, error)) {
		b[name] = &typeObject{name: name, fn: fn}
	}
	for _, c := range builtinExceptionClasses {
		b[c.name] = c
	}
	b["EnvironmentError"] = OSError
	b["IOError"] = OSError
	b["None"] = None
	b["Ellipsis"] = EllipsisType{}
	b["NotImplemented"] = String("NotImplemented")

	def("print", builtinPrint)
	def("len", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		var x Value
		if err := ExactArgs("len", args, kwargs, 1); err != nil {
			return nil, err
		}
		x = args[0]
		if s, ok := x.(Sequence); ok {
			return Int(s.Len()), nil
		}
		if r, ok := x.(BigRange); ok {
			return r.length()
		}
		return nil, NewError(TypeError, "object of type '%s' has no len()", x.Type())
	})
	def("repr", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		if err := ExactArgs("repr", args, kwargs, 1); err != nil {
			return nil, err
		}
		return String(Repr(args[0])), nil
	})
	def("ascii", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		if err := ExactArgs("ascii", args, kwargs, 1); err != nil {
			return nil, err
		}
		return String(asciiRepr(Repr(args[0]))), nil
	})
	def("abs", nil)
	b["abs"].(*Builtin).fn = func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		if err := ExactArgs("abs", args, kwargs, 1); err != nil {
			return nil, err
		}
		return absValue(th, args[0])
	}
	def("round", BuiltinRound)
	def("min", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		return minMax(th, "min", args, kwargs, -1)
	})
	def("max", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		return minMax(th, "max", args, kwargs, 1)
	})
	def("sum", builtinSum)
	def("sorted", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		if len(args) != 1 {
			return nil, NewError(TypeError, "sorted expected 1 argument, got %d", len(args))
		}
		items, err := Collect(th, args[0])
		if err != nil {
			return nil, err
		}
		l := &List{elems: items}
		if err := listSort(th, l, kwargs); err != nil {
			return nil, err
		}
		return l, nil
	})
	def("reversed", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		if err := ExactArgs("reversed", args, kwargs, 1); err != nil {
			return nil, err
		}
		switch args[0].(type) {
		case *List, Tuple, String, Range:
		case BigRange:
			start, stop, step, _ := bigTriple(args[0])
			n := rangeLen(start, stop, step)
			if n.Sign() == 0 {
				return &iterObject{typ: "range_iterator", it: &sliceIter{}}, nil
			}
			last := new(big.Int).Sub(n, big.NewInt(1))
			last.Mul(last, step).Add(last, start)
			neg := new(big.Int).Neg(step)
			return &iterObject{typ: "range_iterator", it: &bigRangeIter{cur: last, stop: new(big.Int).Add(start, neg), step: neg}}, nil
		default:
			if _, ok := args[0].(Sequence); !ok {
				return nil, NewError(TypeError, "'%s' object is not reversible", args[0].Type())
			}
		}
		items, err := Collect(th, args[0])
		if err != nil {
			return nil, err
		}
		for i, j := 0, len(items)-1; i < j; i, j = i+1, j-1 {
			items[i], items[j] = items[j], items[i]
		}
		return &iterObject{typ: "reversed", it: &sliceIter{elems: items}}, nil
	})
	def("any", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		if err := ExactArgs("any", args, kwargs, 1); err != nil {
			return nil, err
		}
		it, err := Iterate(args[0])
		if err != nil {
			return nil, err
		}
		for {
			v, ok, err := it.Next(th)
			if err != nil || !ok {
				return False, err
			}
			t, err := truth(th, v)
			if err != nil {
				return nil, err
			}
			if t {
				return True, nil
			}
		}
	})
	def("all", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		if err := ExactArgs("all", args, kwargs, 1); err != nil {
			return nil, err
		}
		it, err := Iterate(args[0])
		if err != nil {
			return nil, err
		}
		for {
			v, ok, err := it.Next(th)
			if err != nil || !ok {
				return True, err
			}
			t, err := truth(th, v)
			if err != nil {
				return nil, err
			}
			if !t {
				return False, nil
			}
		}
	})
	def("enumerate", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		var it, start Value = nil, Int(0)
		if err := UnpackArgs("enumerate", args, kwargs, "iterable", &it, "start?", &start); err != nil {
			return nil, err
		}
		iter, err := Iterate(it)
		if err != nil {
			return nil, err
		}
		n, ok := start.(Int)
		if !ok {
			return nil, NewError(TypeError, "'%s' object cannot be interpreted as an integer", start.Type())
		}
		return &iterObject{typ: "enumerate", it: FuncIter(func(th *Thread) (Value, bool, error) {
			v, ok, err := iter.Next(th)
			if !ok || err != nil {
				return nil, ok, err
			}
			n++
			return Tuple{n - 1, v}, true, nil
		})}, nil
	})
	def("zip", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		strict := false
		for _, kw := range kwargs {
			if kw.Name != "strict" {
				return nil, NewError(TypeError, "zip() got an unexpected keyword argument '%s'", kw.Name)
			}
			strict = kw.Value.Truth()
		}
		var its []Iterator
		for i, a := range args {
			it, err := Iterate(a)
			if err != nil {
				return nil, NewError(TypeError, "zip argument #%d must support iteration", i+1)
			}
			its = append(its, it)
		}
		return &iterObject{typ: "zip", it: FuncIter(func(th *Thread) (Value, bool, error) {
			if len(its) == 0 {
				return nil, false, nil
			}
			t := make(Tuple, len(its))
			for i, it := range its {
				v, ok, err := it.Next(th)
				if err != nil {
					return nil, false, err
				}
				if !ok {
					if strict && i > 0 {
						return nil, false, NewError(ValueError, "zip() argument %d is shorter than argument%s 1%s", i+1, map[bool]string{true: "s", false: ""}[i > 1], map[bool]string{true: "-" + strconv.Itoa(i), false: ""}[i > 1])
					}
					return nil, false, nil
				}
				t[i] = v
			}
			return t, true, nil
		})}, nil
	})
	def("map", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		if len(args) < 2 {
			return nil, NewError(TypeError, "map() must have at least two arguments.")
		}
		fn := args[0]
		var its []Iterator
		for _, a := range args[1:] {
			it, err := Iterate(a)
			if err != nil {
				return nil, err
			}
			its = append(its, it)
		}
		return &iterObject{typ: "map", it: FuncIter(func(th *Thread) (Value, bool, error) {
			vals := make([]Value, len(its))
			for i, it := range its {
				v, ok, err := it.Next(th)
				if err != nil || !ok {
					return nil, false, err
				}
				vals[i] = v
			}
			r, err := Call(th, fn, vals, nil)
			return r, err == nil, err
		})}, nil
	})
	def("filter", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		if err := ExactArgs("filter", args, kwargs, 2); err != nil {
			return nil, err
		}
		fn := args[0]
		it, err := Iterate(args[1])
		if err != nil {
			return nil, err
		}
		return &iterObject{typ: "filter", it: FuncIter(func(th *Thread) (Value, bool, error) {
			for {
				v, ok, err := it.Next(th)
				if err != nil || !ok {
					return nil, false, err
				}
				keep := v
				if fn != None {
					keep, err = Call(th, fn, []Value{v}, nil)
					if err != nil {
						return nil, false, err
					}
				}
				t, err := truth(th, keep)
				if err != nil {
					return nil, false, err
				}
				if t {
					return v, true, nil
				}
			}
		})}, nil
	})
	def("iter", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		if err := ExactArgs("iter", args, kwargs, 1); err != nil {
			return nil, err
		}
		switch o := args[0].(type) {
		case *iterObject, *Generator:
			return o, nil
		}
		it, err := Iterate(args[0])
		if err != nil {
			return nil, err
		}
		return &iterObject{typ: args[0].Type() + "_iterator", it: it}, nil
	})
	def("next", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		if len(args) < 1 || len(args) > 2 {
			return nil, NewError(TypeError, "next expected at least 1 argument, got %d", len(args))
		}
		var it Iterator
		switch o := args[0].(type) {
		case *iterObject:
			it = o.it
		case *Generator:
			it = o
		default:
			return nil, NewError(TypeError, "'%s' object is not an iterator", args[0].Type())
		}
		v, ok, err := it.Next(th)
		if err != nil {
			return nil, err
		}
		if !ok {
			if len(args) == 2 {
				return args[1], nil
			}
			return nil, &Exception{Class: StopIteration}
		}
		return v, nil
	})
	def("isinstance", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		if err := ExactArgs("isinstance", args, kwargs, 2); err != nil {
			return nil, err
		}
		r, err := isInstance(th, args[0], args[1])
		return Bool(r), err
	})
	def("issubclass", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		if err := ExactArgs("issubclass", args, kwargs, 2); err != nil {
			return nil, err
		}
		c, ok := args[0].(*ExcClass)
		if !ok {
			return False, nil
		}
		b, ok := args[1].(*ExcClass)
		return Bool(ok && c.IsSubclass(b)), nil
	})
	def("type", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		if len(args) != 1 {
			return nil, NewError(TypeError, "type() takes 1 or 3 arguments")
		}
		return th.in.typeOf(args[0]), nil
	})
	def("callable", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		if err := ExactArgs("callable", args, kwargs, 1); err != nil {
			return nil, err
		}
		_, ok := args[0].(Callable)
		return Bool(ok), nil
	})
	def("hasattr", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		if err := ExactArgs("hasattr", args, kwargs, 2); err != nil {
			return nil, err
		}
		name, ok := args[1].(String)
		if !ok {
			return nil, NewError(TypeError, "attribute name must be string, not '%s'", args[1].Type())
		}
		v, err := getAttr(th, args[0], string(name))
		return Bool(err == nil && v != nil), nil
	})
	def("getattr", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		if len(args) < 2 || len(args) > 3 {
			return nil, NewError(TypeError, "getattr expected at least 2 arguments, got %d", len(args))
		}
		name, ok := args[1].(String)
		if !ok {
			return nil, NewError(TypeError, "attribute name must be string, not '%s'", args[1].Type())
		}
		v, err := getAttr(th, args[0], string(name))
		if err != nil && len(args) == 3 {
			return args[2], nil
		}
		return v, err
	})
	def("id", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		if err := ExactArgs("id", args, kwargs, 1); err != nil {
			return nil, err
		}
		p := fmt.Sprintf("%p", args[0])
		if strings.HasPrefix(p, "%!p") {
			h, _ := String(args[0].String()).Hash()
			return Int(int64(h >> 16)), nil
		}
		n, _ := strconv.ParseInt(strings.TrimPrefix(p, "0x"), 16, 64)
		return Int(n), nil
	})
	def("hash", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		if err := ExactArgs("hash", args, kwargs, 1); err != nil {
			return nil, err
		}
		h, err := HashValue(args[0])
		return Int(int64(h)), err
	})
	def("divmod", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		if err := ExactArgs("divmod", args, kwargs, 2); err != nil {
			return nil, err
		}
		q, err := Binary(th, tokFloorDiv, args[0], args[1])
		if err != nil {
			return nil, err
		}
		m, err := Binary(th, tokMod, args[0], args[1])
		if err != nil {
			return nil, err
		}
		return Tuple{q, m}, nil
	})
	def("pow", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		if len(args) == 3 {
			a, b, m := toBig(args[0]), toBig(args[1]), toBig(args[2])
			if a == nil || b == nil || m == nil {
				return nil, NewError(TypeError, "pow() 3rd argument not allowed unless all arguments are integers")
			}
			if m.Sign() == 0 {
				return nil, NewError(ValueError, "pow() 3rd argument cannot be 0")
			}
			r := new(big.Int).Exp(a, b, m)
			if r.Sign() != 0 && m.Sign() < 0 {
				r.Add(r, m)
			}
			return makeInt(r), nil
		}
		if err := ExactArgs("pow", args, kwargs, 2); err != nil {
			return nil, err
		}
		return Binary(th, tokPow, args[0], args[1])
	})
	def("chr", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		var i int
		if err := UnpackArgs("chr", args, kwargs, "i", &i); err != nil {
			return nil, err
		}
		if i < 0 || i > 0x10ffff {
			return nil, NewError(ValueError, "chr() arg not in range(0x110000)")
		}
		return String(rune(i)), nil
	})
	def("ord", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		if err := ExactArgs("ord", args, kwargs, 1); err != nil {
			return nil, err
		}
		s, ok := args[0].(String)
		if !ok {
			return nil, NewError(TypeError, "ord() expected string of length 1, but %s found", args[0].Type())
		}
		rs := []rune(string(s))
		if len(rs) != 1 {
			return nil, NewError(TypeError, "ord() expected a character, but string of length %d found", len(rs))
		}
		return Int(rs[0]), nil
	})
	def("hex", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) { return intBase(args, 16, "0x") })
	def("oct", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) { return intBase(args, 8, "0o") })
	def("bin", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) { return intBase(args, 2, "0b") })
	def("format", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		var v Value
		spec := ""
		if err := UnpackArgs("format", args, kwargs, "value", &v, "format_spec?", &spec); err != nil {
			return nil, err
		}
		s, err := Format(th, v, spec)
		return String(s), err
	})
	def("input", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		prompt := ""
		if len(args) > 0 {
			prompt = Str(args[0])
		}
		if th.in.opts.Input == nil {
			return nil, NewError(StdinNotImplementedError, "raw_input was called, but this frontend does not support input requests.")
		}
		s, err := th.in.opts.Input(th.ctx, prompt, false)
		if err != nil {
			if th.ctx.Err() != nil {
				return nil, &Exception{Class: KeyboardInterrupt}
			}
			return nil, NewError(StdinNotImplementedError, "%v", err)
		}
		return String(s), nil
	})
	def("dir", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		var names []string
		if len(args) == 0 {
			for k := range th.in.Globals() {
				names = append(names, k)
			}
			sort.Strings(names)
		} else {
			names = attrNames(args[0])
		}
		l := &List{}
		for _, n := range names {
			l.elems = append(l.elems, String(n))
		}
		return l, nil
	})
	def("vars", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		d := NewDict()
		var keys []string
		globals := th.in.Globals()
		for k := range globals {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			d.Set(String(k), globals[k])
		}
		return d, nil
	})
	def("globals", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		if len(args) > 0 || len(kwargs) > 0 {
			return nil, NewError(TypeError, "globals() takes no arguments (%d given)", len(args)+len(kwargs))
		}
		return in.namespaceDict(), nil
	})
	// locals() and vars() are answered by evalCall from the calling
	// frame (see frameLocals); called any other way (through map, say)
	// they see the notebook's namespace.
	def("locals", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		if len(args) > 0 || len(kwargs) > 0 {
			return nil, NewError(TypeError, "locals() takes no arguments (%d given)", len(args)+len(kwargs))
		}
		return in.namespaceDict(), nil
	})
	def("setattr", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		if err := ExactArgs("setattr", args, kwargs, 3); err != nil {
			return nil, err
		}
		name, ok := args[1].(String)
		if !ok {
			return nil, NewError(TypeError, "attribute name must be string, not '%s'", args[1].Type())
		}
		return None, setAttr(th, args[0], string(name), args[2])
	})
	def("help", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		if len(args) == 0 {
			th.Print("Welcome to golinalg: a Python subset with NumPy linear algebra. Try help(numpy.linalg.inv).\n")
			return None, nil
		}
		th.Print(helpText(th, args[0]) + "\n")
		return None, nil
	})
	def("display", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		// include and exclude filter the MIME types sent, as in IPython:
		// display(A, include=['text/latex', 'text/plain']) shows the LaTeX
		// form in a front end that would otherwise prefer text/html. Other
		// keyword arguments are accepted and ignored.
		var include, exclude func(mime string) bool
		for _, kw := range kwargs {
			if kw.Name != "include" && kw.Name != "exclude" || kw.Value == None {
				continue
			}
			var in func(string) bool
			if s, ok := kw.Value.(String); ok {
				// IPython tests membership with "in": a substring test.
				in = func(mime string) bool { return strings.Contains(string(s), mime) }
			} else {
				items, err := Collect(th, kw.Value)
				if err != nil {
					return nil, err
				}
				set := map[string]bool{}
				for _, it := range items {
					s, ok := it.(String)
					if !ok {
						return nil, NewError(TypeError, "display() %s must hold MIME type strings, not '%s'", kw.Name, it.Type())
					}
					set[string(s)] = true
				}
				if len(set) == 0 {
					continue // IPython: an empty include or exclude filters nothing
				}
				in = func(mime string) bool { return set[mime] }
			}
			if kw.Name == "include" {
				include = in
			} else {
				exclude = in
			}
		}
		for _, a := range args {
			bundle := map[string]any{}
			for mime, data := range th.in.mimeBundle(a) {
				if (include == nil || include(mime)) && (exclude == nil || !exclude(mime)) {
					bundle[mime] = data
				}
			}
			if len(bundle) > 0 {
				th.out.Display(bundle, map[string]any{})
			}
		}
		return None, nil
	})
	def("exit", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		askExit(th)
		return None, nil
	})
	def("quit", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		askExit(th)
		return None, nil
	})
	def("exec", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		return nil, NewError(NotImplementedError, "exec() is not supported by golinalg")
	})
	def("eval", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		return nil, NewError(NotImplementedError, "eval() is not supported by golinalg")
	})
	def("open", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		return nil, NewError(NotImplementedError, "open() is not supported by golinalg: cells cannot touch files")
	})
	def("__import__", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		var name string
		if err := UnpackArgs("__import__", args, kwargs, "name", &name); err != nil {
			return nil, err
		}
		return th.in.importModule(name)
	})

	typ("int", BuiltinInt)
	typ("float", BuiltinFloat)
	typ("complex", builtinComplex)
	typ("bool", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		if len(args) == 0 {
			return False, nil
		}
		t, err := truth(th, args[0])
		return Bool(t), err
	})
	typ("str", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		if len(args) == 0 {
			return String(""), nil
		}
		if len(args) > 1 || len(kwargs) > 0 {
			if bs, ok := args[0].(Bytes); ok {
				return String(bs), nil
			}
			return nil, NewError(TypeError, "decoding str is not supported")
		}
		return String(Str(args[0])), nil
	})
	typ("bytes", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		if len(args) == 0 {
			return Bytes(""), nil
		}
		if s, ok := args[0].(String); ok {
			return Bytes(s), nil
		}
		items, err := Collect(th, args[0])
		if err != nil {
			return nil, err
		}
		var bs []byte
		for _, it := range items {
			i, _ := AsSmallInt(it)
			bs = append(bs, byte(i))
		}
		return Bytes(bs), nil
	})
	typ("list", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		if len(args) == 0 {
			return &List{}, nil
		}
		if err := ExactArgs("list", args, kwargs, 1); err != nil {
			return nil, err
		}
		items, err := Collect(th, args[0])
		if err != nil {
			return nil, err
		}
		return &List{elems: items}, nil
	})
	typ("tuple", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		if len(args) == 0 {
			return Tuple{}, nil
		}
		if t, ok := args[0].(Tuple); ok {
			return t, nil
		}
		items, err := Collect(th, args[0])
		if err != nil {
			return nil, err
		}
		if items == nil {
			items = Tuple{}
		}
		return Tuple(items), nil
	})
	typ("set", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		s := NewSet()
		if len(args) == 0 {
			return s, nil
		}
		items, err := Collect(th, args[0])
		if err != nil {
			return nil, err
		}
		for _, it := range items {
			if err := s.Add(it); err != nil {
				return nil, err
			}
		}
		return s, nil
	})
	typ("frozenset", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		s := NewSet()
		s.frozen = true
		if len(args) == 0 {
			return s, nil
		}
		items, err := Collect(th, args[0])
		if err != nil {
			return nil, err
		}
		for _, it := range items {
			if err := s.Add(it); err != nil {
				return nil, err
			}
		}
		return s, nil
	})
	typ("dict", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		d := NewDict()
		if len(args) > 1 {
			return nil, NewError(TypeError, "dict expected at most 1 argument, got %d", len(args))
		}
		if len(args) == 1 {
			if err := dictUpdate(th, d, args[0]); err != nil {
				return nil, err
			}
		}
		for _, kw := range kwargs {
			d.Set(String(kw.Name), kw.Value)
		}
		return d, nil
	})
	typ("range", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		if len(kwargs) > 0 {
			return nil, NewError(TypeError, "range() takes no keyword arguments")
		}
		nums := make([]*big.Int, len(args))
		for i, a := range args {
			v, ok := bigOf(a)
			if !ok {
				return nil, NewError(TypeError, "'%s' object cannot be interpreted as an integer", a.Type())
			}
			nums[i] = v
		}
		switch len(nums) {
		case 1:
			return makeRange(new(big.Int), nums[0], big.NewInt(1)), nil
		case 2:
			return makeRange(nums[0], nums[1], big.NewInt(1)), nil
		case 3:
			if nums[2].Sign() == 0 {
				return nil, NewError(ValueError, "range() arg 3 must not be zero")
			}
			return makeRange(nums[0], nums[1], nums[2]), nil
		case 0:
			return nil, NewError(TypeError, "range expected at least 1 argument, got 0")
		}
		return nil, NewError(TypeError, "range expected at most 3 arguments, got %d", len(nums))
	})
	typ("slice", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		switch len(args) {
		case 1:
			return Slice{None, args[0], None}, nil
		case 2:
			return Slice{args[0], args[1], None}, nil
		case 3:
			return Slice{args[0], args[1], args[2]}, nil
		}
		return nil, NewError(TypeError, "slice expected at least 1 argument, got %d", len(args))
	})
	typ("object", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		return nil, NewError(NotImplementedError, "object() is not supported by golinalg")
	})
	return b
}

func tokenOf(s string) syntax.Token {
	for t := syntax.Token(0); t < 100; t++ {
		if t.String() == s {
			return t
		}
	}
	panic("no token " + s)
}

func tokenCmp(sign int) syntax.CmpOp {
	if sign < 0 {
		return syntax.CmpLT
	}
	return syntax.CmpGT
}

var (
	tokFloorDiv = tokenOf("//")
	tokMod      = tokenOf("%")
	tokPow      = tokenOf("**")
)

func ExactArgs(name string, args []Value, kwargs []Kwarg, n int) error {
	if len(kwargs) > 0 {
		return NewError(TypeError, "%s() takes no keyword arguments", name)
	}
	if len(args) != n {
		if n == 1 {
			return NewError(TypeError, "%s() takes exactly one argument (%d given)", name, len(args))
		}
		return NewError(TypeError, "%s expected %d arguments, got %d", name, n, len(args))
	}
	return nil
}

func builtinPrint(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	sep, end := " ", "\n"
	stream := "stdout"
	for _, kw := range kwargs {
		switch kw.Name {
		case "sep", "end":
			var s string
			switch v := kw.Value.(type) {
			case String:
				s = string(v)
			case NoneType:
				if kw.Name == "sep" {
					s = " "
				} else {
					s = "\n"
				}
			default:
				return nil, NewError(TypeError, "%s must be None or a string, not %s", kw.Name, kw.Value.Type())
			}
			if kw.Name == "sep" {
				sep = s
			} else {
				end = s
			}
		case "file":
			if m, ok := kw.Value.(*stream_); ok {
				stream = m.name
			} else if kw.Value != None {
				return nil, NewError(NotImplementedError, "print(file=...) supports only sys.stdout and sys.stderr")
			}
		case "flush":
		default:
			return nil, NewError(TypeError, "'%s' is an invalid keyword argument for print()", kw.Name)
		}
	}
	var b strings.Builder
	for i, a := range args {
		if i > 0 {
			b.WriteString(sep)
		}
		b.WriteString(Str(a))
	}
	b.WriteString(end)
	th.out.Stream(stream, b.String())
	return None, nil
}

func absValue(th *Thread, v Value) (Value, error) {
	switch x := v.(type) {
	case Int:
		if x < 0 {
			if x == math.MinInt64 {
				return makeInt(new(big.Int).Neg(x.big())), nil
			}
			return -x, nil
		}
		return x, nil
	case Bool:
		if x {
			return Int(1), nil
		}
		return Int(0), nil
	case BigInt:
		return makeInt(new(big.Int).Abs(x.v)), nil
	case Float:
		return Float(math.Abs(float64(x))), nil
	case Complex:
		return Float(math.Hypot(real(x), imag(x))), nil
	}
	if a, ok := v.(interface{ Abs() (Value, error) }); ok {
		return a.Abs()
	}
	return nil, NewError(TypeError, "bad operand type for abs(): '%s'", v.Type())
}

func BuiltinRound(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	var x, nd Value = nil, None
	if err := UnpackArgs("round", args, kwargs, "number", &x, "ndigits?", &nd); err != nil {
		return nil, err
	}
	if r, ok := x.(interface {
		Round(nd Value) (Value, error)
	}); ok {
		return r.Round(nd)
	}
	switch v := x.(type) {
	case Int, BigInt, Bool:
		if nd == None {
			return Binary(th, syntax.PLUS, Int(0), v)
		}
		n, ok := AsSmallInt(nd)
		if !ok {
			return nil, NewError(TypeError, "'%s' object cannot be interpreted as an integer", nd.Type())
		}
		if n >= 0 {
			return Binary(th, syntax.PLUS, Int(0), v)
		}
		p := new(big.Int).Exp(big.NewInt(10), big.NewInt(-n), nil)
		a := toBig(v)
		q, m := floorDivMod(a, p)
		// round half to even
		twice := new(big.Int).Mul(m, big.NewInt(2))
		c := twice.Cmp(p)
		if c > 0 || c == 0 && q.Bit(0) == 1 {
			q.Add(q, big.NewInt(1))
		}
		return makeInt(q.Mul(q, p)), nil
	case Float:
		f := float64(v)
		if nd == None {
			if math.IsInf(f, 0) {
				return nil, NewError(OverflowError, "cannot convert float infinity to integer")
			}
			if math.IsNaN(f) {
				return nil, NewError(ValueError, "cannot convert float NaN to integer")
			}
			r := math.RoundToEven(f)
			bf, _ := new(big.Float).SetFloat64(r).Int(nil)
			return makeInt(bf), nil
		}
		n, ok := AsSmallInt(nd)
		if !ok {
			return nil, NewError(TypeError, "'%s' object cannot be interpreted as an integer", nd.Type())
		}
		return Float(roundFloat(f, int(n))), nil
	}
	return nil, NewError(TypeError, "type %s doesn't define __round__ method", x.Type())
}

// roundFloat rounds x to n decimal digits exactly as CPython does: by
// correctly rounded decimal conversion, half to even.
func roundFloat(x float64, n int) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) || x == 0 {
		return x
	}
	if n > 323 {
		return x
	}
	if n < -308 {
		return math.Copysign(0, x)
	}
	// round the exact binary value, as CPython does
	r := new(big.Rat).SetFloat64(x)
	p := new(big.Rat).SetFrac(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(absInt(n))), nil), big.NewInt(1))
	if n >= 0 {
		r.Mul(r, p)
	} else {
		r.Quo(r, p)
	}
	// round half even on r
	num, den := r.Num(), r.Denom()
	q, m := floorDivMod(num, den)
	twice := new(big.Int).Mul(m, big.NewInt(2))
	c := twice.Cmp(den)
	if c > 0 || c == 0 && q.Bit(0) == 1 {
		q.Add(q, big.NewInt(1))
	}
	res := new(big.Rat).SetInt(q)
	if n >= 0 {
		res.Quo(res, p)
	} else {
		res.Mul(res, p)
	}
	f, _ := res.Float64()
	if f == 0 {
		return math.Copysign(0, x)
	}
	return f
}

func absInt(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

func minMax(th *Thread, name string, args []Value, kwargs []Kwarg, sign int) (Value, error) {
	var key, def Value
	for _, kw := range kwargs {
		switch kw.Name {
		case "key":
			key = kw.Value
		case "default":
			def = kw.Value
		default:
			return nil, NewError(TypeError, "%s() got an unexpected keyword argument '%s'", name, kw.Name)
		}
	}
	var items []Value
	switch len(args) {
	case 0:
		return nil, NewError(TypeError, "%s expected at least 1 argument, got 0", name)
	case 1:
		var err error
		items, err = Collect(th, args[0])
		if err != nil {
			return nil, err
		}
		if len(items) == 0 {
			if def != nil {
				return def, nil
			}
			return nil, NewError(ValueError, "%s() arg is an empty sequence", name)
		}
	default:
		items = args
	}
	best := items[0]
	bestKey := best
	if key != nil && key != None {
		var err error
		if bestKey, err = Call(th, key, []Value{best}, nil); err != nil {
			return nil, err
		}
	}
	op := tokenCmp(sign)
	for _, it := range items[1:] {
		k := it
		if key != nil && key != None {
			var err error
			if k, err = Call(th, key, []Value{it}, nil); err != nil {
				return nil, err
			}
		}
		better, err := Compare(th, op, k, bestKey)
		if err != nil {
			return nil, err
		}
		t, err := truth(th, better)
		if err != nil {
			return nil, err
		}
		if t {
			best, bestKey = it, k
		}
	}
	return best, nil
}

func builtinSum(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	var it, start Value = nil, Int(0)
	if err := UnpackArgs("sum", args, kwargs, "iterable", &it, "start?", &start); err != nil {
		return nil, err
	}
	if _, ok := start.(String); ok {
		return nil, NewError(TypeError, "sum() can't sum strings [use ''.join(seq) instead]")
	}
	iter, err := Iterate(it)
	if err != nil {
		return nil, err
	}
	acc := start
	// Python sums floats with extended precision (Neumaier) since 3.12;
	// 3.11 adds left to right, which is what we do.
	for {
		v, ok, err := iter.Next(th)
		if err != nil {
			return nil, err
		}
		if !ok {
			return acc, nil
		}
		acc, err = Binary(th, syntax.PLUS, acc, v)
		if err != nil {
			return nil, err
		}
	}
}

func BuiltinInt(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	var x, base Value = Int(0), None
	if err := UnpackArgs("int", args, kwargs, "x?", &x, "base?", &base); err != nil {
		return nil, err
	}
	if base != None {
		s, ok := x.(String)
		if !ok {
			return nil, NewError(TypeError, "int() can't convert non-string with explicit base")
		}
		b, ok := AsSmallInt(base)
		if !ok {
			return nil, NewError(TypeError, "'%s' object cannot be interpreted as an integer", base.Type())
		}
		if b != 0 && (b < 2 || b > 36) {
			return nil, NewError(ValueError, "int() base must be >= 2 and <= 36, or 0")
		}
		return parseIntStr(string(s), int(b))
	}
	switch v := x.(type) {
	case Int, BigInt:
		return v, nil
	case Bool:
		if v {
			return Int(1), nil
		}
		return Int(0), nil
	case Float:
		f := float64(v)
		if math.IsInf(f, 0) {
			return nil, NewError(OverflowError, "cannot convert float infinity to integer")
		}
		if math.IsNaN(f) {
			return nil, NewError(ValueError, "cannot convert float NaN to integer")
		}
		bf, _ := new(big.Float).SetFloat64(math.Trunc(f)).Int(nil)
		return makeInt(bf), nil
	case String:
		return parseIntStr(string(v), 10)
	case HasConvert:
		return v.Convert("int")
	}
	return nil, NewError(TypeError, "int() argument must be a string, a bytes-like object or a real number, not '%s'", x.Type())
}

func parseIntStr(s string, base int) (Value, error) {
	t := strings.TrimSpace(s)
	t = strings.ReplaceAll(t, "_", "")
	if base == 0 || base == 16 || base == 8 || base == 2 {
		low := strings.ToLower(strings.TrimLeft(t, "+-"))
		if base == 0 || len(low) > 1 && low[0] == '0' && strings.ContainsRune("xob", rune(low[1])) {
			// Go's base 0 understands the prefixes
			base = 0
		}
	}
	v, ok := new(big.Int).SetString(t, base)
	if !ok || strings.Contains(s, "__") || strings.HasPrefix(strings.TrimSpace(s), "_") {
		b := base
		if b == 0 {
			b = 0
		}
		return nil, NewError(ValueError, "invalid literal for int() with base %d: %s", max(b, 0), StrRepr(s))
	}
	return makeInt(v), nil
}

func BuiltinFloat(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	if len(args) == 0 {
		return Float(0), nil
	}
	if err := ExactArgs("float", args, kwargs, 1); err != nil {
		return nil, err
	}
	switch v := args[0].(type) {
	case String:
		t := strings.ToLower(strings.TrimSpace(string(v)))
		switch strings.TrimLeft(t, "+-") {
		case "inf", "infinity":
			if strings.HasPrefix(t, "-") {
				return Float(math.Inf(-1)), nil
			}
			return Float(math.Inf(1)), nil
		case "nan":
			return Float(math.NaN()), nil
		}
		if strings.ContainsAny(t, "xp") || strings.Contains(t, "__") {
			return nil, NewError(ValueError, "could not convert string to float: %s", StrRepr(string(v)))
		}
		f, err := strconv.ParseFloat(strings.ReplaceAll(t, "_", ""), 64)
		if err != nil {
			if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange {
				return Float(f), nil
			}
			return nil, NewError(ValueError, "could not convert string to float: %s", StrRepr(string(v)))
		}
		return Float(f), nil
	case Complex:
		return nil, NewError(TypeError, "float() argument must be a string or a real number, not 'complex'")
	case HasConvert:
		return v.Convert("float")
	}
	f, err := ToFloat(args[0])
	if err != nil {
		if _, ok := args[0].(BigInt); ok {
			return nil, err
		}
		return nil, NewError(TypeError, "float() argument must be a string or a real number, not '%s'", args[0].Type())
	}
	return Float(f), nil
}

func builtinComplex(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	var re, im Value = Int(0), Int(0)
	if err := UnpackArgs("complex", args, kwargs, "real?", &re, "imag?", &im); err != nil {
		return nil, err
	}
	if s, ok := re.(String); ok {
		t := strings.ReplaceAll(strings.TrimSpace(string(s)), " ", "")
		t = strings.TrimSuffix(strings.TrimPrefix(t, "("), ")")
		c, err := strconv.ParseComplex(strings.ReplaceAll(t, "j", "i"), 128)
		if err != nil {
			return nil, NewError(ValueError, "complex() arg is a malformed string")
		}
		return Complex(c), nil
	}
	a, err := toComplex(re)
	if err != nil {
		return nil, NewError(TypeError, "complex() first argument must be a string or a number, not '%s'", re.Type())
	}
	b, err := toComplex(im)
	if err != nil {
		return nil, NewError(TypeError, "complex() second argument must be a number, not '%s'", im.Type())
	}
	return Complex(a + b*1i), nil
}

func intBase(args []Value, base int, prefix string) (Value, error) {
	if len(args) != 1 {
		return nil, NewError(TypeError, "expected 1 argument, got %d", len(args))
	}
	b := toBig(args[0])
	if b == nil {
		return nil, NewError(TypeError, "'%s' object cannot be interpreted as an integer", args[0].Type())
	}
	s := b.Text(base)
	if strings.HasPrefix(s, "-") {
		return String("-" + prefix + s[1:]), nil
	}
	return String(prefix + s), nil
}

func isInstance(th *Thread, v, cls Value) (bool, error) {
	switch c := cls.(type) {
	case Tuple:
		for _, x := range c {
			ok, err := isInstance(th, v, x)
			if err != nil || ok {
				return ok, err
			}
		}
		return false, nil
	case *ExcClass:
		e, ok := v.(*Exception)
		return ok && e.Class.IsSubclass(c), nil
	case *NamedTupleClass:
		n, ok := v.(*NamedTuple)
		return ok && n.class == c, nil
	case *typeObject:
		t := v.Type()
		switch c.name {
		case "int":
			return t == "int" || t == "bool", nil
		case "object":
			return true, nil
		case "tuple":
			_, named := v.(*NamedTuple)
			return t == "tuple" || named, nil
		}
		if b, ok := v.(HasBuiltinBase); ok && b.IsA(c.name) {
			return true, nil
		}
		return t == c.name, nil
	case InstanceChecker:
		return c.IsInstance(v), nil
	}
	return false, NewError(TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union")
}

func helpText(th *Thread, v Value) string {
	doc := ""
	if d, err := getAttr(th, v, "__doc__"); err == nil && d != nil && d != None {
		doc = Str(d)
	}
	name := v.String()
	if c, ok := v.(Callable); ok {
		name = c.Name()
	}
	if b, ok := v.(*Builtin); ok && b.sig != "" {
		// pydoc's page for a documented function: where it lives, its
		// signature, and the docstring indented under it.
		var out strings.Builder
		fmt.Fprintf(&out, "Help on built-in function %s in module %s:\n\n%s\n", b.name, b.module, b.sig)
		for _, line := range strings.Split(strings.TrimRight(doc, "\n"), "\n") {
			out.WriteString("    " + line + "\n")
		}
		return out.String()
	}
	if doc == "" {
		return "Help on " + v.Type() + " " + name + ":\n\n" + name
	}
	return "Help on " + v.Type() + " " + name + ":\n\n" + doc
}

func asciiRepr(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r < 0x80:
			b.WriteRune(r)
		case r < 0x100:
			fmt.Fprintf(&b, `\x%02x`, r)
		case r < 0x10000:
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			fmt.Fprintf(&b, `\U%08x`, r)
		}
	}
	return b.String()
}

var _ = unicode.IsSpace

// askExit asks the frontend to close, as IPython's exit does: a payload
// that jupyter console acts on; the kernel itself keeps running until the
// frontend shuts it down.
func askExit(th *Thread) {
	th.out.Payload(map[string]any{"source": "ask_exit", "keepkernel": false})
}
