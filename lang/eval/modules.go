package eval

import (
	"context"
	"math"
	"math/big"
	"sort"
	"strings"
	"time"
)

// Module is an importable module.
type Module struct {
	name  string
	attrs map[string]Value
	doc   string
	// missing, if set, gives the error for an attribute the module lacks
	// (a library's names it does not implement); nil for AttributeError.
	missing func(name string) error
}

func (m *Module) String() string { return "<module '" + m.name + "' (golinalg)>" }
func (*Module) Type() string     { return "module" }
func (*Module) Truth() bool      { return true }
func (m *Module) Attr(th *Thread, name string) (Value, error) {
	if name == "__name__" {
		return String(m.name), nil
	}
	if name == "__doc__" {
		return String(m.doc), nil
	}
	if v, ok := m.attrs[name]; ok {
		return v, nil
	}
	if m.missing != nil {
		if err := m.missing(name); err != nil {
			return nil, err
		}
	}
	return nil, nil
}
func (m *Module) AttrNames() []string {
	var out []string
	for k := range m.attrs {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
func (m *Module) SetAttr(name string, v Value) error {
	m.attrs[name] = v
	return nil
}

// stream_ is sys.stdout or sys.stderr.
type stream_ struct{ name string }

func (s *stream_) String() string {
	return "<_io.TextIOWrapper name='<" + s.name + ">' mode='w' encoding='utf-8'>"
}
func (*stream_) Type() string { return "_io.TextIOWrapper" }
func (*stream_) Truth() bool  { return true }
func (s *stream_) Attr(th *Thread, name string) (Value, error) {
	switch name {
	case "write":
		return &Builtin{name: "write", recv: s, fn: func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
			var text string
			if err := UnpackArgs("write", args, kwargs, "s", &text); err != nil {
				return nil, err
			}
			th.out.Stream(s.name, text)
			return Int(len([]rune(text))), nil
		}}, nil
	case "flush":
		return &Builtin{name: "flush", recv: s, fn: func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) { return None, nil }}, nil
	}
	return nil, nil
}
func (s *stream_) AttrNames() []string { return []string{"flush", "write"} }

func (in *Interpreter) importModule(name string) (*Module, error) {
	if m, ok := in.modules[name]; ok {
		return m, nil
	}
	var m *Module
	switch name {
	case "math":
		m = mathModule()
	case "cmath":
		m = cmathModule()
	case "time":
		m = timeModule()
	case "sys":
		m = &Module{name: "sys", attrs: map[string]Value{
			"stdout":       &stream_{"stdout"},
			"stderr":       &stream_{"stderr"},
			"version":      String("3.11.7 (golinalg)"),
			"version_info": Tuple{Int(3), Int(11), Int(7), String("final"), Int(0)},
			"maxsize":      Int(math.MaxInt64),
			"platform":     String("linux"),
			"getrecursionlimit": NewBuiltin("getrecursionlimit", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
				return Int(maxDepth), nil
			}),
			"float_info": Tuple{Float(math.MaxFloat64), Int(1024), Int(308), Float(2.2250738585072014e-308), Int(-1021), Int(-307), Int(15), Int(53), Float(2.220446049250313e-16), Int(2), Int(1)},
		}}
	case "IPython":
		m = &Module{name: "IPython", attrs: map[string]Value{}}
		in.modules[name] = m
		d, _ := in.importModule("IPython.display")
		m.attrs["display"] = d
	case "IPython.display":
		m = in.ipythonDisplayModule()
	case "random":
		m = in.randomModule()
	case "fractions":
		m = fractionsModule()
	case "itertools":
		m = itertoolsModule()
	case "functools":
		m = functoolsModule()
	case "statistics":
		m = statisticsModule()
	case "decimal":
		m = in.decimalModule()
	case "collections":
		m = collectionsModule()
	case "operator":
		m = operatorModule()
	}
	if load, ok := in.opts.Modules[name]; ok && m == nil {
		th := &Thread{in: in, ctx: context.Background()}
		var err error
		if m, err = load(th); err != nil {
			return nil, err
		}
	}
	if m == nil {
		// CPython names the first package of the path that is missing.
		if dot := strings.IndexByte(name, '.'); dot > 0 {
			if _, err := in.importModule(name[:dot]); err != nil {
				return nil, err
			}
		}
		if name == "matplotlib" || name == "pylab" {
			return nil, NewError(ModuleNotFoundError, "No module named '%s' (golinalg has no plotting yet)", name)
		}
		return nil, NewError(ModuleNotFoundError, "No module named '%s'", name)
	}
	in.modules[name] = m
	return m, nil
}

func mathFn1(name string, f func(float64) float64) Value {
	return NewBuiltin(name, func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		if err := ExactArgs(name, args, kwargs, 1); err != nil {
			return nil, err
		}
		x, err := ToFloat(args[0])
		if err != nil {
			return nil, NewError(TypeError, "must be real number, not %s", args[0].Type())
		}
		r := f(x)
		if math.IsNaN(r) && !math.IsNaN(x) {
			return nil, NewError(ValueError, "math domain error")
		}
		if math.IsInf(r, 0) && !math.IsInf(x, 0) {
			if name == "log" || name == "log10" || name == "log2" {
				return nil, NewError(ValueError, "math domain error")
			}
			return nil, NewError(OverflowError, "math range error")
		}
		return Float(r), nil
	})
}

func mathModule() *Module {
	a := map[string]Value{
		"pi": Float(math.Pi), "e": Float(math.E), "tau": Float(2 * math.Pi), "inf": Float(math.Inf(1)), "nan": Float(math.NaN()),
		"sqrt": mathFn1("sqrt", math.Sqrt), "exp": mathFn1("exp", math.Exp), "sin": mathFn1("sin", math.Sin),
		"cos": mathFn1("cos", math.Cos), "tan": mathFn1("tan", math.Tan), "asin": mathFn1("asin", math.Asin),
		"acos": mathFn1("acos", math.Acos), "atan": mathFn1("atan", math.Atan), "sinh": mathFn1("sinh", math.Sinh),
		"cosh": mathFn1("cosh", math.Cosh), "tanh": mathFn1("tanh", math.Tanh), "log10": mathFn1("log10", math.Log10),
		"log2": mathFn1("log2", math.Log2), "fabs": mathFn1("fabs", math.Abs), "expm1": mathFn1("expm1", math.Expm1),
		"log1p": mathFn1("log1p", math.Log1p), "degrees": mathFn1("degrees", func(x float64) float64 { return x * (180 / math.Pi) }),
		"radians": mathFn1("radians", func(x float64) float64 { return x * (math.Pi / 180) }),
		"erf":     mathFn1("erf", math.Erf), "gamma": mathFn1("gamma", math.Gamma),
	}
	a["log"] = NewBuiltin("log", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		if len(args) < 1 || len(args) > 2 {
			return nil, NewError(TypeError, "log expected 1 or 2 arguments, got %d", len(args))
		}
		lg := func(v Value) (float64, error) {
			if b, ok := v.(BigInt); ok && b.v.Sign() > 0 {
				// log of a huge int: use its bit length
				n := b.v.BitLen()
				sh := new(big.Int).Rsh(b.v, uint(n-53))
				f, _ := new(big.Float).SetInt(sh).Float64()
				return math.Log(f) + float64(n-53)*math.Ln2, nil
			}
			x, err := ToFloat(v)
			if err != nil {
				return 0, NewError(TypeError, "must be real number, not %s", v.Type())
			}
			if x <= 0 {
				return 0, NewError(ValueError, "math domain error")
			}
			return math.Log(x), nil
		}
		r, err := lg(args[0])
		if err != nil {
			return nil, err
		}
		if len(args) == 2 {
			b, err := lg(args[1])
			if err != nil {
				return nil, err
			}
			if b == 0 {
				return nil, NewError(ZeroDivisionError, "float division by zero")
			}
			r /= b
		}
		return Float(r), nil
	})
	intRes := func(name string, f func(float64) float64) Value {
		return NewBuiltin(name, func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
			if err := ExactArgs(name, args, kwargs, 1); err != nil {
				return nil, err
			}
			if numKind(args[0]) == kInt {
				return Binary(th, tokenOf("+"), Int(0), args[0])
			}
			if f, ok := args[0].(interface{ intPart(string) Value }); ok {
				return f.intPart(name), nil // __floor__, __ceil__, __trunc__
			}
			x, err := ToFloat(args[0])
			if err != nil {
				return nil, NewError(TypeError, "must be real number, not %s", args[0].Type())
			}
			return BuiltinInt(th, []Value{Float(f(x))}, nil)
		})
	}
	a["floor"] = intRes("floor", math.Floor)
	a["ceil"] = intRes("ceil", math.Ceil)
	a["trunc"] = intRes("trunc", math.Trunc)
	a["pow"] = NewBuiltin("pow", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		var x, y float64
		if err := UnpackArgs("pow", args, kwargs, "x", &x, "y", &y); err != nil {
			return nil, err
		}
		if x == 0 && y < 0 || x < 0 && y != math.Trunc(y) {
			return nil, NewError(ValueError, "math domain error")
		}
		r := math.Pow(x, y)
		if math.IsInf(r, 0) && !math.IsInf(x, 0) && !math.IsInf(y, 0) {
			return nil, NewError(OverflowError, "math range error")
		}
		return Float(r), nil
	})
	a["atan2"] = NewBuiltin("atan2", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		var y, x float64
		if err := UnpackArgs("atan2", args, kwargs, "y", &y, "x", &x); err != nil {
			return nil, err
		}
		return Float(math.Atan2(y, x)), nil
	})
	a["hypot"] = NewBuiltin("hypot", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		s := 0.0
		vals := make([]float64, len(args))
		for i, v := range args {
			f, err := ToFloat(v)
			if err != nil {
				return nil, err
			}
			vals[i] = f
		}
		if len(vals) == 2 {
			return Float(math.Hypot(vals[0], vals[1])), nil
		}
		for _, f := range vals {
			s += f * f
		}
		return Float(math.Sqrt(s)), nil
	})
	a["isclose"] = NewBuiltin("isclose", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		var x, y float64
		rel, abs := 1e-9, 0.0
		if err := UnpackArgs("isclose", args, kwargs, "a", &x, "b", &y, "*", "rel_tol?", &rel, "abs_tol?", &abs); err != nil {
			return nil, err
		}
		if x == y {
			return True, nil
		}
		if math.IsInf(x, 0) || math.IsInf(y, 0) {
			return False, nil
		}
		d := math.Abs(x - y)
		return Bool(d <= math.Abs(rel*y) || d <= math.Abs(rel*x) || d <= abs), nil
	})
	for _, n := range []string{"isnan", "isinf", "isfinite"} {
		n := n
		a[n] = NewBuiltin(n, func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
			if err := ExactArgs(n, args, kwargs, 1); err != nil {
				return nil, err
			}
			x, err := ToFloat(args[0])
			if err != nil {
				return nil, err
			}
			switch n {
			case "isnan":
				return Bool(math.IsNaN(x)), nil
			case "isinf":
				return Bool(math.IsInf(x, 0)), nil
			}
			return Bool(!math.IsNaN(x) && !math.IsInf(x, 0)), nil
		})
	}
	a["factorial"] = NewBuiltin("factorial", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		if err := ExactArgs("factorial", args, kwargs, 1); err != nil {
			return nil, err
		}
		n, ok := AsSmallInt(args[0])
		if !ok {
			return nil, NewError(TypeError, "'%s' object cannot be interpreted as an integer", args[0].Type())
		}
		if n < 0 {
			return nil, NewError(ValueError, "factorial() not defined for negative values")
		}
		r := new(big.Int).MulRange(1, n)
		if n == 0 {
			r = big.NewInt(1)
		}
		return makeInt(r), nil
	})
	a["gcd"] = NewBuiltin("gcd", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		r := big.NewInt(0)
		for _, v := range args {
			b := toBig(v)
			if b == nil {
				return nil, NewError(TypeError, "'%s' object cannot be interpreted as an integer", v.Type())
			}
			r.GCD(nil, nil, new(big.Int).Abs(r), new(big.Int).Abs(b))
		}
		return makeInt(r), nil
	})
	a["comb"] = NewBuiltin("comb", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		var n, k int
		if err := UnpackArgs("comb", args, kwargs, "n", &n, "k", &k); err != nil {
			return nil, err
		}
		if n < 0 || k < 0 {
			return nil, NewError(ValueError, "n must be a non-negative integer")
		}
		if k > n {
			return Int(0), nil
		}
		return makeInt(new(big.Int).Binomial(int64(n), int64(k))), nil
	})
	a["fsum"] = NewBuiltin("fsum", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		if err := ExactArgs("fsum", args, kwargs, 1); err != nil {
			return nil, err
		}
		items, err := Collect(th, args[0])
		if err != nil {
			return nil, err
		}
		s := new(big.Float).SetPrec(2000)
		for _, it := range items {
			f, err := ToFloat(it)
			if err != nil {
				return nil, err
			}
			s.Add(s, new(big.Float).SetPrec(2000).SetFloat64(f))
		}
		f, _ := s.Float64()
		return Float(f), nil
	})
	a["prod"] = NewBuiltin("prod", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		if len(args) != 1 {
			return nil, NewError(TypeError, "prod() takes exactly 1 positional argument (%d given)", len(args))
		}
		items, err := Collect(th, args[0])
		if err != nil {
			return nil, err
		}
		var acc Value = Int(1)
		for _, it := range items {
			if acc, err = Binary(th, tokenOf("*"), acc, it); err != nil {
				return nil, err
			}
		}
		return acc, nil
	})
	return &Module{name: "math", attrs: a}
}

func cmathModule() *Module {
	m := &Module{name: "cmath", attrs: map[string]Value{"pi": Float(math.Pi), "e": Float(math.E)}}
	m.attrs["sqrt"] = NewBuiltin("sqrt", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		if err := ExactArgs("sqrt", args, kwargs, 1); err != nil {
			return nil, err
		}
		c, err := toComplex(args[0])
		if err != nil {
			return nil, err
		}
		r, _ := complexBinary(tokenOf("**"), Complex(c), Float(0.5))
		if real(c) < 0 && imag(c) == 0 {
			return Complex(complex(0, math.Sqrt(-real(c)))), nil
		}
		return r, nil
	})
	return m
}

func timeModule() *Module {
	start := time.Now()
	return &Module{name: "time", attrs: map[string]Value{
		"time": NewBuiltin("time", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
			return Float(float64(time.Now().UnixNano()) / 1e9), nil
		}),
		"perf_counter": NewBuiltin("perf_counter", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
			return Float(time.Since(start).Seconds()), nil
		}),
		"monotonic": NewBuiltin("monotonic", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
			return Float(time.Since(start).Seconds()), nil
		}),
		"process_time": NewBuiltin("process_time", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
			return Float(time.Since(start).Seconds()), nil
		}),
		"sleep": NewBuiltin("sleep", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
			var s float64
			if err := UnpackArgs("sleep", args, kwargs, "secs", &s); err != nil {
				return nil, err
			}
			if s < 0 {
				return nil, NewError(ValueError, "sleep length must be non-negative")
			}
			t := time.NewTimer(time.Duration(s * float64(time.Second)))
			defer t.Stop()
			select {
			case <-t.C:
				return None, nil
			case <-th.ctx.Done():
				return nil, &Exception{Class: KeyboardInterrupt}
			}
		}),
	}}
}

// richObject is what IPython.display's HTML, Markdown and Latex return.
type richObject struct {
	kind, mime, data string
}

func (r *richObject) String() string { return "<IPython.core.display." + r.kind + " object>" }
func (r *richObject) Type() string   { return r.kind }
func (*richObject) Truth() bool      { return true }
func (r *richObject) MIME() map[string]any {
	return map[string]any{r.mime: r.data, "text/plain": r.String()}
}

func (in *Interpreter) ipythonDisplayModule() *Module {
	rich := func(kind, mime string) Value {
		return NewBuiltin(kind, func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
			var data string
			if err := UnpackArgs(kind, args, kwargs, "data?", &data); err != nil {
				return nil, err
			}
			return &richObject{kind: kind, mime: mime, data: data}, nil
		})
	}
	return &Module{name: "IPython.display", attrs: map[string]Value{
		"display":  in.builtins["display"],
		"HTML":     rich("HTML", "text/html"),
		"Markdown": rich("Markdown", "text/markdown"),
		"Latex":    rich("Latex", "text/latex"),
		"Math": NewBuiltin("Math", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
			var data string
			if err := UnpackArgs("Math", args, kwargs, "data?", &data); err != nil {
				return nil, err
			}
			return &richObject{kind: "Math", mime: "text/latex", data: "$\\displaystyle " + strings.TrimSpace(data) + "$"}, nil
		}),
		"clear_output": NewBuiltin("clear_output", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
			wait := false
			if err := UnpackArgs("clear_output", args, kwargs, "wait?", &wait); err != nil {
				return nil, err
			}
			th.out.ClearOutput(wait)
			return None, nil
		}),
	}}
}
