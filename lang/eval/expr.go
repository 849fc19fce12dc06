package eval

import (
	"math/big"
	"strings"

	"github.com/golinalg/golinalg/lang/syntax"
)

func literalValue(l *syntax.Literal) Value {
	switch v := l.Value.(type) {
	case int64:
		return Int(v)
	case *big.Int:
		return makeInt(v)
	case float64:
		return Float(v)
	case complex128:
		return Complex(v)
	case string:
		return String(v)
	case []byte:
		return Bytes(v)
	case bool:
		return Bool(v)
	case syntax.Ellipsis:
		return EllipsisType{}
	}
	return None
}

// eval evaluates x in fr. The commonest nodes are handled here and the
// rest by evalOther, which keeps this function's frame small: it is the
// evaluator's most frequent call.
func (fr *frame) eval(x syntax.Expr) (Value, error) {
	switch x := x.(type) {
	case *syntax.Ident:
		switch sc := x.Scope.(type) {
		case *funcCode:
			if sc == fr.code {
				if v := fr.locals[x.Slot]; v != nil {
					return v, nil
				}
			}
		case *globalCell:
			if sc.v != nil && sc.gen == fr.th.in.gen {
				return sc.v, nil
			}
		}
		return fr.lookupIdent(x)
	case *syntax.Literal:
		if p, ok := x.Cache.(*Value); ok {
			return *p, nil
		}
		v := literalValue(x)
		x.Cache = &v
		return v, nil
	case *syntax.BinaryExpr:
		switch x.Op {
		case syntax.AND, syntax.OR:
			return fr.evalLogical(x)
		case syntax.PLUS, syntax.MINUS, syntax.STAR:
			i, v, err := fr.evalArith(x)
			if v == nil && err == nil {
				return fr.th.boxInt(i), nil
			}
			return v, err
		}
		a, err := fr.eval(x.X)
		if err != nil {
			return nil, err
		}
		b, err := fr.eval(x.Y)
		if err != nil {
			return nil, err
		}
		v, err := Binary(fr.th, x.Op, a, b)
		if err != nil {
			return nil, fr.fail(err, x.OpPos)
		}
		return v, nil
	case *syntax.CallExpr:
		return fr.evalCall(x)
	}
	return fr.evalOther(x)
}

// evalArith evaluates x + y, x - y or x * y. A result that is an int
// fitting 64 bits comes back unboxed, as i with v nil, so that nested
// arithmetic such as a + b + c boxes only its final result.
func (fr *frame) evalArith(x *syntax.BinaryExpr) (i int64, v Value, err error) {
	ai, av, err := fr.evalNumber(x.X)
	if err != nil {
		return 0, nil, err
	}
	bi, bv, err := fr.evalNumber(x.Y)
	if err != nil {
		return 0, nil, err
	}
	if av == nil && bv == nil {
		if r, ok := smallArith(x.Op, ai, bi); ok {
			return r, nil, nil
		}
	}
	if av == nil {
		av = fr.th.boxInt(ai)
	}
	if bv == nil {
		bv = fr.th.boxInt(bi)
	}
	v, err = Binary(fr.th, x.Op, av, bv)
	if err != nil {
		return 0, nil, fr.fail(err, x.OpPos)
	}
	return 0, v, nil
}

// evalNumber is eval for an operand of evalArith: an int comes back
// unboxed (v nil).
func (fr *frame) evalNumber(x syntax.Expr) (int64, Value, error) {
	switch e := x.(type) {
	case *syntax.BinaryExpr:
		if e.Op == syntax.PLUS || e.Op == syntax.MINUS || e.Op == syntax.STAR {
			return fr.evalArith(e)
		}
	case *syntax.Ident:
		if sc, ok := e.Scope.(*funcCode); ok && sc == fr.code {
			if i, ok := fr.locals[e.Slot].(Int); ok {
				return int64(i), nil, nil
			}
		}
	case *syntax.Literal:
		if p, ok := e.Cache.(*Value); ok {
			if i, ok := (*p).(Int); ok {
				return int64(i), nil, nil
			}
		}
	}
	v, err := fr.eval(x)
	if err != nil {
		return 0, nil, err
	}
	if i, ok := v.(Int); ok {
		return int64(i), nil, nil
	}
	return 0, v, nil
}

// evalLogical evaluates x and y or x or y.
func (fr *frame) evalLogical(x *syntax.BinaryExpr) (Value, error) {
	a, err := fr.eval(x.X)
	if err != nil {
		return nil, err
	}
	t, err := truth(fr.th, a)
	if err != nil || t == (x.Op == syntax.OR) {
		return a, err
	}
	return fr.eval(x.Y)
}

// evalOther is eval for the less frequent nodes.
func (fr *frame) evalOther(x syntax.Expr) (Value, error) {
	switch x := x.(type) {
	case *syntax.UnaryExpr:
		a, err := fr.eval(x.X)
		if err != nil {
			return nil, err
		}
		if x.Op == syntax.NOT {
			t, err := truth(fr.th, a)
			return Bool(!t), err
		}
		return Unary(fr.th, x.Op, a)
	case *syntax.Compare:
		a, err := fr.eval(x.X)
		if err != nil {
			return nil, err
		}
		var result Value
		for i, op := range x.Ops {
			b, err := fr.eval(x.Ys[i])
			if err != nil {
				return nil, err
			}
			result, err = Compare(fr.th, op, a, b)
			if err != nil {
				return nil, err
			}
			if i < len(x.Ops)-1 {
				t, err := truth(fr.th, result)
				if err != nil {
					return nil, err
				}
				if !t {
					return result, nil
				}
			}
			a = b
		}
		return result, nil
	case *syntax.AttrExpr:
		v, err := fr.eval(x.X)
		if err != nil {
			return nil, err
		}
		a, err := getAttr(fr.th, v, x.Name)
		if err != nil {
			return nil, fr.fail(err, x.NamePos)
		}
		return a, nil
	case *syntax.IndexExpr:
		v, err := fr.eval(x.X)
		if err != nil {
			return nil, err
		}
		k, err := fr.evalIndex(x.Index)
		if err != nil {
			return nil, err
		}
		r, err := getIndex(fr.th, v, k)
		if err != nil {
			return nil, fr.fail(err, x.Start)
		}
		return r, nil
	case *syntax.TupleExpr:
		elts, err := fr.evalElts(x.Elts)
		return Tuple(elts), err
	case *syntax.ListExpr:
		elts, err := fr.evalElts(x.Elts)
		if err != nil {
			return nil, err
		}
		return &List{elems: elts}, nil
	case *syntax.SetExpr:
		elts, err := fr.evalElts(x.Elts)
		if err != nil {
			return nil, err
		}
		s := NewSet()
		for _, e := range elts {
			if err := s.Add(e); err != nil {
				return nil, err
			}
		}
		return s, nil
	case *syntax.DictExpr:
		d := NewDict()
		for _, e := range x.Entries {
			if e.Key == nil {
				m, err := fr.eval(e.Value)
				if err != nil {
					return nil, err
				}
				md, ok := m.(*Dict)
				if !ok {
					return nil, NewError(TypeError, "'%s' object is not a mapping", m.Type())
				}
				for _, kv := range md.Items() {
					d.Set(kv[0], kv[1])
				}
				continue
			}
			k, err := fr.eval(e.Key)
			if err != nil {
				return nil, err
			}
			v, err := fr.eval(e.Value)
			if err != nil {
				return nil, err
			}
			if err := d.Set(k, v); err != nil {
				return nil, err
			}
		}
		return d, nil
	case *syntax.CondExpr:
		c, err := fr.eval(x.Cond)
		if err != nil {
			return nil, err
		}
		t, err := truth(fr.th, c)
		if err != nil {
			return nil, err
		}
		if t {
			return fr.eval(x.Then)
		}
		return fr.eval(x.Else)
	case *syntax.FString:
		return fr.evalFString(x)
	case *syntax.LambdaExpr:
		return fr.makeFunction("<lambda>", x.Params, nil, x.Body, "", x.Start)
	case *syntax.Comprehension:
		return fr.evalComprehension(x)
	case *syntax.SliceExpr:
		return fr.evalSlice(x)
	case *syntax.StarredExpr:
		return nil, NewError(SyntaxError, "can't use starred expression here")
	}
	return nil, NewError(NotImplementedError, "expression %T is not supported", x)
}

func (fr *frame) evalSlice(x *syntax.SliceExpr) (Value, error) {
	s := Slice{None, None, None}
	var err error
	if x.Lo != nil {
		if s.Start, err = fr.eval(x.Lo); err != nil {
			return nil, err
		}
	}
	if x.Hi != nil {
		if s.Stop, err = fr.eval(x.Hi); err != nil {
			return nil, err
		}
	}
	if x.Step != nil {
		if s.Step, err = fr.eval(x.Step); err != nil {
			return nil, err
		}
	}
	return s, nil
}

// evalIndex evaluates the inside of brackets, where slices may appear.
func (fr *frame) evalIndex(x syntax.Expr) (Value, error) {
	if t, ok := x.(*syntax.TupleExpr); ok && !t.Parens {
		elts, err := fr.evalElts(t.Elts)
		return Tuple(elts), err
	}
	return fr.eval(x)
}

// evalElts evaluates display elements, expanding *starred ones.
func (fr *frame) evalElts(xs []syntax.Expr) ([]Value, error) {
	out := make([]Value, 0, len(xs))
	for _, e := range xs {
		if s, ok := e.(*syntax.StarredExpr); ok {
			v, err := fr.eval(s.X)
			if err != nil {
				return nil, err
			}
			items, err := Collect(fr.th, v)
			if err != nil {
				if _, ok := v.(Iterable); !ok {
					return nil, NewError(TypeError, "Value after * must be an iterable, not %s", v.Type())
				}
				return nil, err
			}
			out = append(out, items...)
			continue
		}
		v, err := fr.eval(e)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, nil
}

func (fr *frame) evalCall(x *syntax.CallExpr) (Value, error) {
	fn, err := fr.eval(x.Fn)
	if err != nil {
		return nil, err
	}
	if f, ok := fn.(*Function); ok {
		if p := f.code.planFor(x); p != nil {
			return fr.callPlanned(f, p, x)
		}
		if x.Simple() {
			return fr.callFunction(f, x)
		}
		if noStarArgs(x) {
			return fr.callFunctionKw(f, x)
		}
	}
	if b, ok := fn.(*Builtin); ok && len(x.Args) == 0 && b.recv == nil && (b.name == "locals" || b.name == "vars") && b == fr.th.in.builtins[b.name] {
		return fr.frameLocals(), nil
	}
	var args []Value
	var kwargs []Kwarg
	for _, a := range x.Args {
		v, err := fr.eval(a.Value)
		if err != nil {
			return nil, err
		}
		switch {
		case a.Star == 1:
			items, err := Collect(fr.th, v)
			if err != nil {
				return nil, NewError(TypeError, "%s argument after * must be an iterable, not %s", callName(fn), v.Type())
			}
			args = append(args, items...)
		case a.Star == 2:
			d, ok := v.(*Dict)
			if !ok {
				return nil, NewError(TypeError, "%s argument after ** must be a mapping, not %s", callName(fn), v.Type())
			}
			for _, kv := range d.Items() {
				k, ok := kv[0].(String)
				if !ok {
					return nil, NewError(TypeError, "keywords must be strings")
				}
				for _, o := range kwargs {
					if o.Name == string(k) {
						return nil, NewError(TypeError, "%s got multiple values for keyword argument '%s'", callName(fn), k)
					}
				}
				kwargs = append(kwargs, Kwarg{string(k), kv[1]})
			}
		case a.Name != "":
			kwargs = append(kwargs, Kwarg{a.Name, v})
		default:
			args = append(args, v)
		}
	}
	// The callee may ask where it was called from (Thread.CallSite): the
	// site is a pointer store here, its texts are read only when asked.
	th := fr.th
	saved := th.site
	th.site = callSite{x: x, info: fr.info, depth: th.depth + 1}
	r, err := Call(th, fn, args, kwargs)
	th.site = saved
	if err != nil {
		return nil, fr.fail(err, x.Start)
	}
	return r, nil
}

// callPlan is how the arguments of one call site bind to the parameters
// of one function code: argument k of the call goes to local slot
// slots[k], and the parameters in fill, which the call leaves out, take
// their defaults. A plan exists only for calls that bind without error
// (no * or **, no duplicate or unknown keyword, nothing missing), so
// following it needs no checks; any other call goes through
// Function.bind, which raises CPython's TypeError.
type callPlan struct {
	code  *funcCode
	slots []int
	fill  []int
}

// planFor returns the binding plan of call site x for c, cached in x, or
// nil when the call needs the general binding.
func (c *funcCode) planFor(x *syntax.CallExpr) *callPlan {
	if p, ok := x.Cache.(*callPlan); ok && p.code == c {
		return p
	}
	if c.noPlan {
		return nil
	}
	p := c.makePlan(x)
	if p != nil {
		x.Cache = p
	}
	return p
}

// makePlan builds the plan of x for c (see callPlan), or nil.
func (c *funcCode) makePlan(x *syntax.CallExpr) *callPlan {
	npos := 0 // leading positional parameters
	for _, p := range c.params {
		if p.Star != 0 {
			break
		}
		npos++
	}
	for _, p := range c.params {
		if p.Star == 2 || p.Star == 1 && p.Name != "" {
			c.noPlan = true // *args or **kwargs: bind builds them
			return nil
		}
	}
	p := &callPlan{code: c, slots: make([]int, len(x.Args))}
	given := make([]bool, len(c.params))
	k := 0
	for i, a := range x.Args {
		switch {
		case a.Star != 0:
			return nil
		case a.Name == "":
			if k >= npos {
				return nil
			}
			p.slots[i], given[k] = k, true
			k++
		default:
			j := -1
			for pi, q := range c.params {
				if q.Star == 0 && q.Name == a.Name {
					j = pi
					break
				}
			}
			if j < 0 || given[j] {
				return nil
			}
			p.slots[i], given[j] = j, true
		}
	}
	for i, q := range c.params {
		if q.Star != 0 || given[i] {
			continue
		}
		if q.Default == nil {
			return nil
		}
		p.fill = append(p.fill, i)
	}
	return p
}

// callPlanned calls f at call site x by plan p: each argument is
// evaluated straight into the callee's frame.
func (fr *frame) callPlanned(f *Function, p *callPlan, x *syntax.CallExpr) (Value, error) {
	th := fr.th
	if th.depth >= maxDepth {
		return nil, fr.fail(NewError(RecursionError, "maximum recursion depth exceeded"), x.Start)
	}
	callee := th.newFrame(p.code.n)
	for i := range x.Args {
		v, err := fr.eval(x.Args[i].Value)
		if err != nil {
			th.freeFrame(callee)
			return nil, err
		}
		callee.locals[p.slots[i]] = v
	}
	for _, i := range p.fill {
		callee.locals[i] = f.defaults[i]
	}
	th.depth++
	r, err := f.run(th, callee)
	th.depth--
	if err != nil {
		return nil, fr.fail(err, x.Start)
	}
	return r, nil
}

// callFunction calls a Python function with positional arguments only.
// The arguments go on the thread's value stack rather than a new slice:
// Function.Call copies them into the callee's frame before running it.
func (fr *frame) callFunction(f *Function, x *syntax.CallExpr) (Value, error) {
	th := fr.th
	base := len(th.stack)
	for _, a := range x.Args {
		v, err := fr.eval(a.Value)
		if err != nil {
			clear(th.stack[base:])
			th.stack = th.stack[:base]
			return nil, err
		}
		th.stack = append(th.stack, v)
	}
	var r Value
	var err error
	if th.depth >= maxDepth {
		err = NewError(RecursionError, "maximum recursion depth exceeded")
	} else {
		th.depth++
		r, err = f.Call(th, th.stack[base:], nil)
		th.depth--
	}
	clear(th.stack[base:])
	th.stack = th.stack[:base]
	if err != nil {
		return nil, fr.fail(err, x.Start)
	}
	return r, nil
}

// noStarArgs reports whether a call has no *args or **kwargs arguments.
func noStarArgs(x *syntax.CallExpr) bool {
	for _, a := range x.Args {
		if a.Star != 0 {
			return false
		}
	}
	return true
}

// callFunctionKw is callFunction for calls with keyword arguments (and no
// * or **): positional arguments go on the thread's value stack and
// keyword arguments on its keyword stack. Function.bind copies what it
// keeps, so neither stack is referred to after the call.
func (fr *frame) callFunctionKw(f *Function, x *syntax.CallExpr) (Value, error) {
	th := fr.th
	base, kbase := len(th.stack), len(th.kwstack)
	reset := func() {
		clear(th.stack[base:])
		th.stack = th.stack[:base]
		clear(th.kwstack[kbase:])
		th.kwstack = th.kwstack[:kbase]
	}
	for _, a := range x.Args {
		v, err := fr.eval(a.Value)
		if err != nil {
			reset()
			return nil, err
		}
		if a.Name != "" {
			th.kwstack = append(th.kwstack, Kwarg{a.Name, v})
		} else {
			th.stack = append(th.stack, v)
		}
	}
	var r Value
	var err error
	if th.depth >= maxDepth {
		err = NewError(RecursionError, "maximum recursion depth exceeded")
	} else {
		th.depth++
		r, err = f.Call(th, th.stack[base:], th.kwstack[kbase:])
		th.depth--
	}
	reset()
	if err != nil {
		return nil, fr.fail(err, x.Start)
	}
	return r, nil
}

func callName(fn Value) string {
	if c, ok := fn.(Callable); ok {
		return c.Name() + "()"
	}
	return fn.Type() + "()"
}

// Call calls fn with arguments.
func Call(th *Thread, fn Value, args []Value, kwargs []Kwarg) (Value, error) {
	c, ok := fn.(Callable)
	if !ok {
		return nil, NewError(TypeError, "'%s' object is not callable", fn.Type())
	}
	if th.depth >= maxDepth {
		return nil, NewError(RecursionError, "maximum recursion depth exceeded")
	}
	th.depth++
	v, err := c.Call(th, args, kwargs)
	th.depth--
	return v, err
}

// Function is a user-defined function or lambda.
type Function struct {
	code     *funcCode
	defaults []Value // per parameter; nil where none
	parent   *frame  // defining frame when nested, for closures
}

func (f *Function) String() string {
	if f.parent != nil && f.parent.code != nil {
		return "<function " + f.parent.code.name + ".<locals>." + f.code.name + " at 0x7f0000000000>"
	}
	return "<function " + f.code.name + " at 0x7f0000000000>"
}
func (*Function) Type() string   { return "function" }
func (*Function) Truth() bool    { return true }
func (f *Function) Name() string { return f.code.name }
func (f *Function) Hash() (uint64, error) {
	return String(f.String()).Hash()
}
func (f *Function) Attr(th *Thread, name string) (Value, error) {
	switch name {
	case "__name__", "__qualname__":
		return String(f.code.name), nil
	case "__doc__":
		if f.code.doc == "" {
			return None, nil
		}
		return String(f.code.doc), nil
	}
	return nil, nil
}
func (f *Function) AttrNames() []string { return []string{"__doc__", "__name__", "__qualname__"} }

func (fr *frame) makeFunction(name string, params []syntax.Param, body []syntax.Stmt, expr syntax.Expr, doc string, pos syntax.Position) (*Function, error) {
	code := &funcCode{name: name, params: params, body: body, expr: expr, info: fr.info, doc: doc, pos: pos}
	if body != nil {
		code.locals, code.globals, code.nonlocals, code.order = analyze(params, body)
	} else {
		code.locals, code.globals, code.nonlocals, code.order = analyze(params, nil)
	}
	code.setSlots()
	if len(body) == 1 {
		if r, ok := body[0].(*syntax.ReturnStmt); ok && r.Result != nil {
			code.ret1 = r
		}
	}
	f := &Function{code: code, defaults: make([]Value, len(params))}
	for i, p := range params {
		if p.Default != nil {
			v, err := fr.eval(p.Default)
			if err != nil {
				return nil, err
			}
			f.defaults[i] = v
		}
	}
	if fr.code != nil {
		f.parent = fr
		fr.capture()
	}
	return f, nil
}

// smallFrame is a frame with room for a few locals, so that a call of a
// small function allocates once.
type smallFrame struct {
	frame
	slots [6]Value
}

// newFrame returns a frame whose locals has length n, all unbound: a
// small frame from th's free list when one is there.
func (th *Thread) newFrame(n int) *frame {
	if n <= len(smallFrame{}.slots) {
		if k := len(th.frames); k > 0 {
			fr := th.frames[k-1]
			th.frames = th.frames[:k-1]
			fr.locals = fr.locals[:n]
			return fr
		}
		sf := &smallFrame{}
		sf.locals = sf.slots[:n]
		return &sf.frame
	}
	return &frame{locals: make([]Value, n)}
}

// freeFrame returns a small frame that nothing refers to any more to th's
// free list.
func (th *Thread) freeFrame(fr *frame) {
	if fr.captured || cap(fr.locals) != len(smallFrame{}.slots) || len(th.frames) >= 64 {
		return
	}
	clear(fr.locals) // th, info, code and parent are set by the next run
	if fr.ret != nil {
		fr.ret = nil
	}
	th.frames = append(th.frames, fr)
}

// Call binds arguments to parameters and runs the body.
func (f *Function) Call(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	c := f.code
	fr := th.newFrame(c.nslots())
	if err := f.bind(fr.locals, args, kwargs); err != nil {
		return nil, err
	}
	return f.run(th, fr)
}

// run runs f's body in fr, whose parameters are bound, and frees fr
// unless something kept it.
func (f *Function) run(th *Thread, fr *frame) (Value, error) {
	c := f.code
	if fr.code != c {
		fr.info, fr.code = c.info, c
	}
	if fr.th != th {
		fr.th = th
	}
	if fr.parent != f.parent {
		fr.parent = f.parent
	}
	if c.expr != nil {
		v, err := fr.eval(c.expr)
		if err != nil {
			return nil, fr.fail(err, c.pos)
		}
		th.freeFrame(fr)
		return v, nil
	}
	if r := c.ret1; r != nil {
		// A body that is one "return expr" (execBlock's work, without
		// the statement dispatch).
		th.steps++
		v, err := fr.eval(r.Result)
		if err != nil {
			return nil, fr.fail(err, r.Start)
		}
		th.freeFrame(fr)
		return v, nil
	}
	ct, err := fr.execBlock(c.body)
	if err != nil {
		return nil, err
	}
	v := Value(None)
	if ct == ctrlReturn {
		v = fr.ret
		fr.ret = nil
	}
	th.freeFrame(fr)
	return v, nil
}

func (f *Function) bind(locals []Value, args []Value, kwargs []Kwarg) error {
	c := f.code
	if c.plain && len(kwargs) == 0 && len(args) == len(c.params) {
		copy(locals, args)
		return nil
	}
	name := c.name
	npos := 0 // positional parameters
	for _, p := range c.params {
		if p.Star != 0 {
			break
		}
		npos++
	}
	var varargs, varkw = -1, -1
	for i, p := range c.params {
		if p.Star == 1 && p.Name != "" {
			varargs = i
		}
		if p.Star == 2 {
			varkw = i
		}
	}
	if len(args) > npos && varargs < 0 {
		ndef := 0
		for i := 0; i < npos; i++ {
			if f.defaults[i] != nil {
				ndef++
			}
		}
		was := "were"
		if len(args) == 1 {
			was = "was"
		}
		suffix := "s"
		if npos == 1 && ndef == 0 {
			suffix = ""
		}
		if ndef > 0 {
			return NewError(TypeError, "%s() takes from %d to %d positional arguments but %d %s given", name, npos-ndef, npos, len(args), was)
		}
		return NewError(TypeError, "%s() takes %d positional argument%s but %d %s given", name, npos, suffix, len(args), was)
	}
	for i := 0; i < npos && i < len(args); i++ {
		locals[i] = args[i]
	}
	if varargs >= 0 {
		var rest Tuple
		if len(args) > npos {
			rest = Tuple(append([]Value(nil), args[npos:]...))
		} else {
			rest = Tuple{}
		}
		locals[varargs] = rest
	}
	var extra *Dict
	if varkw >= 0 {
		extra = NewDict()
		locals[varkw] = extra
	}
	for _, kw := range kwargs {
		found := false
		for i, p := range c.params {
			if p.Name == kw.Name && p.Star == 0 {
				if i < npos && i < len(args) {
					return NewError(TypeError, "%s() got multiple values for argument '%s'", name, kw.Name)
				}
				locals[i] = kw.Value
				found = true
				break
			}
		}
		if !found {
			if extra == nil {
				return NewError(TypeError, "%s() got an unexpected keyword argument '%s'", name, kw.Name)
			}
			extra.Set(String(kw.Name), kw.Value)
		}
	}
	var missing, missingKw []string
	for i, p := range c.params {
		if p.Star != 0 || p.Name == "" {
			continue
		}
		if locals[i] != nil {
			continue
		}
		if f.defaults[i] != nil {
			locals[i] = f.defaults[i]
			continue
		}
		if i < npos {
			missing = append(missing, "'"+p.Name+"'")
		} else {
			missingKw = append(missingKw, "'"+p.Name+"'")
		}
	}
	if len(missing) > 0 {
		return NewError(TypeError, "%s() missing %d required positional argument%s: %s", name, len(missing), Plural(len(missing)), joinNames(missing))
	}
	if len(missingKw) > 0 {
		return NewError(TypeError, "%s() missing %d required keyword-only argument%s: %s", name, len(missingKw), Plural(len(missingKw)), joinNames(missingKw))
	}
	return nil
}

func Plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

func joinNames(names []string) string {
	switch len(names) {
	case 1:
		return names[0]
	case 2:
		return names[0] + " and " + names[1]
	}
	return strings.Join(names[:len(names)-1], ", ") + ", and " + names[len(names)-1]
}

// evalComprehension runs a comprehension in its own scope.
func (fr *frame) evalComprehension(x *syntax.Comprehension) (Value, error) {
	code, ok := x.Cache.(*funcCode)
	if !ok || code.info != fr.info {
		code = compCode(x, fr.info)
		x.Cache = code
	}
	// The first iterable is evaluated in the enclosing scope.
	first, err := fr.eval(x.Clauses[0].Iter)
	if err != nil {
		return nil, err
	}
	sub := &frame{th: fr.th, info: fr.info, code: code, locals: make([]Value, code.nslots()), parent: fr}
	if fr.code == nil {
		sub.parent = nil
	}
	if x.Kind == syntax.LPAREN {
		return newGenerator(sub, x, first)
	}
	var d *Dict
	if x.Kind == syntax.COLON {
		d = NewDict()
	}
	items, err := sub.runComp(x, first, d)
	if err != nil {
		return nil, err
	}
	switch x.Kind {
	case syntax.LBRACK:
		return &List{elems: items}, nil
	case syntax.LBRACE:
		s := NewSet()
		for _, it := range items {
			if err := s.Add(it); err != nil {
				return nil, err
			}
		}
		return s, nil
	}
	return d, nil
}

// compCode is the code of comprehension x: its locals are the targets of
// its for clauses.
func compCode(x *syntax.Comprehension, info *codeInfo) *funcCode {
	locals := map[string]bool{}
	var visit func(t syntax.Expr)
	visit = func(t syntax.Expr) {
		switch t := t.(type) {
		case *syntax.Ident:
			locals[t.Name] = true
		case *syntax.TupleExpr:
			for _, e := range t.Elts {
				visit(e)
			}
		case *syntax.ListExpr:
			for _, e := range t.Elts {
				visit(e)
			}
		case *syntax.StarredExpr:
			visit(t.X)
		}
	}
	for _, c := range x.Clauses {
		visit(c.Target)
	}
	var name string
	switch x.Kind {
	case syntax.LBRACK:
		name = "<listcomp>"
	case syntax.LBRACE:
		name = "<setcomp>"
	case syntax.COLON:
		name = "<dictcomp>"
	default:
		name = "<genexpr>"
	}
	code := &funcCode{name: name, locals: locals, info: info}
	code.setSlots()
	return code
}

func (fr *frame) runComp(x *syntax.Comprehension, first Value, d *Dict) ([]Value, error) {
	var out []Value
	if s, ok := first.(Sequence); ok && d == nil && len(x.Clauses) == 1 && len(x.Clauses[0].Ifs) == 0 {
		out = make([]Value, 0, min(s.Len(), 1<<20)) // one result per item
	}
	if r, ok := first.(Range); ok && d == nil && len(x.Clauses) == 1 {
		if id, ok := x.Clauses[0].Target.(*syntax.Ident); ok {
			return fr.runRangeComp(x, r, fr.code.slots[id.Name], out)
		}
	}
	var loop func(level int, seq Value) error
	loop = func(level int, seq Value) error {
		cl := x.Clauses[level]
		it, err := Iterate(seq)
		if err != nil {
			return err
		}
		for {
			v, ok, err := it.Next(fr.th)
			if err != nil {
				return err
			}
			if !ok {
				return nil
			}
			fr.th.steps++
			if fr.th.steps&255 == 0 {
				if err := fr.th.Poll(); err != nil {
					return err
				}
			}
			if id, ok := cl.Target.(*syntax.Ident); ok {
				fr.setIdent(id, v)
			} else if err := fr.assign(cl.Target, v); err != nil {
				return err
			}
			if len(cl.Ifs) > 0 {
				if keep, err := fr.passes(cl.Ifs); err != nil {
					return err
				} else if !keep {
					continue
				}
			}
			if level+1 < len(x.Clauses) {
				next, err := fr.eval(x.Clauses[level+1].Iter)
				if err != nil {
					return err
				}
				if err := loop(level+1, next); err != nil {
					return err
				}
				continue
			}
			if d != nil {
				k, err := fr.eval(x.Body)
				if err != nil {
					return err
				}
				val, err := fr.eval(x.Value)
				if err != nil {
					return err
				}
				if err := d.Set(k, val); err != nil {
					return err
				}
				continue
			}
			e, err := fr.eval(x.Body)
			if err != nil {
				return err
			}
			out = append(out, e)
			if len(out)&0xffff == 0 && len(out) > maxSeqLen {
				return errMemory()
			}
		}
	}
	err := loop(0, first)
	return out, err
}

// passes reports whether every condition of a comprehension clause
// ("if cond ...") holds for the current item, evaluating them in order
// and stopping at the first false one, as Python does.
func (fr *frame) passes(ifs []syntax.Expr) (bool, error) {
	for _, cond := range ifs {
		c, err := fr.eval(cond)
		if err != nil {
			return false, err
		}
		if t, err := truth(fr.th, c); err != nil || !t {
			return false, err
		}
	}
	return true, nil
}

// runRangeComp is runComp for the commonest case: one clause "for name
// in range(...)", building a list or set. It stores each item straight
// into the target's slot, with no iterator. When the body is arithmetic
// of the target alone (see intArith), as in [2*i + 1 for i in range(n)],
// it computes each item from i unboxed, leaving the slot alone: nothing
// else reads it, and the frame ends with the comprehension.
func (fr *frame) runRangeComp(x *syntax.Comprehension, r Range, slot int, out []Value) ([]Value, error) {
	th := fr.th
	ifs := x.Clauses[0].Ifs
	arith := len(ifs) == 0 && intArith(x.Body, x.Clauses[0].Target.(*syntax.Ident).Name)
	for i := r.start; r.step > 0 && i < r.stop || r.step < 0 && i > r.stop; i += r.step {
		th.steps++
		if th.steps&255 == 0 {
			if err := th.Poll(); err != nil {
				return out, err
			}
		}
		if arith {
			if e, ok := evalIntArith(x.Body, i); ok {
				out = append(out, th.boxInt(e))
				if len(out)&0xffff == 0 && len(out) > maxSeqLen {
					return out, errMemory()
				}
				continue
			}
			// An intermediate leaves int64: evaluate as usual.
		}
		fr.locals[slot] = th.boxInt(i)
		if len(ifs) > 0 {
			if keep, err := fr.passes(ifs); err != nil {
				return out, err
			} else if !keep {
				continue
			}
		}
		e, err := fr.eval(x.Body)
		if err != nil {
			return out, err
		}
		out = append(out, e)
		if len(out)&0xffff == 0 && len(out) > maxSeqLen {
			return out, errMemory()
		}
	}
	return out, nil
}

// intArith reports whether x is built of +, - and * from the name alone
// and int literals: an expression whose value, for an int name, is an
// int with no side effect and no way to fail but leaving int64.
func intArith(x syntax.Expr, name string) bool {
	switch x := x.(type) {
	case *syntax.BinaryExpr:
		return (x.Op == syntax.PLUS || x.Op == syntax.MINUS || x.Op == syntax.STAR) &&
			intArith(x.X, name) && intArith(x.Y, name)
	case *syntax.Ident:
		return x.Name == name
	case *syntax.Literal:
		_, ok := x.Value.(int64)
		return ok
	}
	return false
}

// evalIntArith evaluates x, for which intArith holds, with the name equal
// to i; ok is false when a result leaves int64.
func evalIntArith(x syntax.Expr, i int64) (r int64, ok bool) {
	switch x := x.(type) {
	case *syntax.BinaryExpr:
		a, ok := evalIntArith(x.X, i)
		if !ok {
			return 0, false
		}
		b, ok := evalIntArith(x.Y, i)
		if !ok {
			return 0, false
		}
		return smallArith(x.Op, a, b)
	case *syntax.Literal:
		return x.Value.(int64), true
	}
	return i, true
}

func (fr *frame) evalFString(x *syntax.FString) (Value, error) {
	var b strings.Builder
	for _, p := range x.Parts {
		if p.X == nil {
			b.WriteString(p.Lit)
			continue
		}
		v, err := fr.eval(p.X)
		if err != nil {
			return nil, err
		}
		conv := p.Conv
		if p.Debug != "" {
			b.WriteString(p.Debug)
			if conv == 0 && p.Spec == nil {
				conv = 'r'
			}
		}
		switch conv {
		case 'r':
			v = String(Repr(v))
		case 's':
			v = String(Str(v))
		case 'a':
			v = String(asciiRepr(Repr(v)))
		}
		spec := ""
		if p.Spec != nil {
			sv, err := fr.evalFString(p.Spec)
			if err != nil {
				return nil, err
			}
			spec = string(sv.(String))
		}
		s, err := Format(fr.th, v, spec)
		if err != nil {
			return nil, err
		}
		b.WriteString(s)
	}
	return String(b.String()), nil
}
