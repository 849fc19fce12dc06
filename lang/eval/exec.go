package eval

import (
	"sort"
	"strings"

	"github.com/golinalg/golinalg/lang/syntax"
)

type ctrl uint8

const (
	ctrlNone ctrl = iota
	ctrlBreak
	ctrlContinue
	ctrlReturn
)

// frame is one activation: the cell itself (code == nil, names live in
// the globals) or a call of a function, lambda or comprehension.
type frame struct {
	th     *Thread
	info   *codeInfo
	code   *funcCode
	locals []Value // by slot of code; nil while unbound
	parent *frame  // lexically enclosing frame, for closures
	ret    Value
	// captured is set once something that may outlive the call (a
	// closure, a generator, an exception's traceback) refers to the
	// frame; an uncaptured small frame is reused for the next call.
	captured bool
}

// capture marks fr and its enclosing frames as referenced beyond their
// calls.
func (fr *frame) capture() {
	for ; fr != nil && !fr.captured; fr = fr.parent {
		fr.captured = true
	}
}

// funcCode is what a def, lambda or comprehension compiles to: its
// parameters, body and the names local to it.
type funcCode struct {
	name      string
	params    []syntax.Param
	body      []syntax.Stmt
	expr      syntax.Expr
	locals    map[string]bool
	slots     map[string]int     // local name -> index in frame.locals; parameters first, in order
	plain     bool               // every parameter is positional, without default, * or **
	noPlan    bool               // calls bind through Function.bind; see callPlan
	ret1      *syntax.ReturnStmt // the body when it is one return with a value
	order     []string           // locals other than parameters, by first binding
	free      []string           // names the body refers to, for locals(); see freeNames
	freeDone  bool
	n         int // number of slots, set by setSlots
	globals   map[string]bool
	nonlocals map[string]bool
	info      *codeInfo
	doc       string
	pos, end  syntax.Position
}

// annotate records pos as the current line of fr in exc's traceback, once
// per frame, innermost first.
func (fr *frame) annotate(exc *Exception, pos syntax.Position) {
	if exc.lastFrame == fr || fr.info == nil {
		return
	}
	exc.lastFrame = fr
	fr.capture()
	e := tbEntry{code: fr.info, line: int(pos.Line)}
	if fr.code != nil && fr.code.end.Line > 0 {
		e.first, e.last = int(fr.code.pos.Line), int(fr.code.end.Line)
	}
	if fr.code != nil && !isComprehension(fr.code.name) {
		e.fn = fr.code.name
		var names []string
		for _, p := range fr.code.params {
			switch p.Star {
			case 1:
				if p.Name != "" {
					names = append(names, "*"+p.Name)
				}
			case 2:
				names = append(names, "**"+p.Name)
			default:
				names = append(names, p.Name)
			}
		}
		e.args = strings.Join(names, ", ")
	} else if fr.code != nil {
		// CPython 3.11 runs a comprehension as a function of one argument,
		// the first iterable, named .0; IPython shows it.
		e.fn, e.args = fr.code.name, ".0"
	}
	exc.tb = append([]tbEntry{e}, exc.tb...)
}

// isComprehension reports whether a code name is that of a comprehension
// or generator expression.
func isComprehension(name string) bool {
	switch name {
	case "<listcomp>", "<setcomp>", "<dictcomp>", "<genexpr>":
		return true
	}
	return false
}

func (fr *frame) fail(err error, pos syntax.Position) error {
	if exc, ok := err.(*Exception); ok {
		fr.annotate(exc, pos)
		return exc
	}
	exc := asException(err)
	fr.annotate(exc, pos)
	return exc
}

// setSlots numbers the local names of c: parameter i gets slot i, the
// other locals follow in c.order, then any not in it in sorted order.
func (c *funcCode) setSlots() {
	c.slots = make(map[string]int, len(c.locals))
	c.plain = true
	for _, p := range c.params {
		if p.Star != 0 || p.Default != nil {
			c.plain = false
		}
	}
	for i, p := range c.params {
		if p.Name != "" {
			if _, dup := c.slots[p.Name]; !dup {
				c.slots[p.Name] = i
			}
		}
	}
	n := len(c.params)
	for _, name := range c.order {
		if _, ok := c.slots[name]; !ok && c.locals[name] {
			c.slots[name] = n
			n++
		}
	}
	rest := make([]string, 0, len(c.locals))
	for name := range c.locals {
		if _, ok := c.slots[name]; !ok {
			rest = append(rest, name)
		}
	}
	sort.Strings(rest)
	for _, name := range rest {
		c.slots[name] = n
		n++
	}
	c.n = n
}

// nslots is the length of a frame's locals for c: a slot per parameter,
// then one per other local name.
func (c *funcCode) nslots() int { return c.n }

// lookupIdent is lookup for a name node, remembering in the node which
// slot of fr's code, or which global cell, it is so the next evaluation
// skips the maps.
func (fr *frame) lookupIdent(x *syntax.Ident) (Value, error) {
	if c := fr.code; c != nil {
		if x.Scope == c {
			if v := fr.locals[x.Slot]; v != nil {
				return v, nil
			}
			return fr.lookup(x.Name)
		} else if i, ok := c.slots[x.Name]; ok {
			x.Scope, x.Slot = c, i
			if v := fr.locals[i]; v != nil {
				return v, nil
			}
			return fr.lookup(x.Name)
		}
	}
	if g := fr.globalOf(x); g != nil {
		if g.v != nil {
			return g.v, nil
		}
		if v, ok := fr.th.in.builtins[x.Name]; ok {
			return v, nil
		}
	}
	return fr.lookup(x.Name)
}

// globalOf returns the global cell that x names in fr, or nil when x is a
// local or free variable there. The cell is cached in x.
func (fr *frame) globalOf(x *syntax.Ident) *globalCell {
	in := fr.th.in
	if g, ok := x.Scope.(*globalCell); ok && g.gen == in.gen {
		return g
	}
	if c := fr.code; c != nil {
		if _, ok := c.slots[x.Name]; ok {
			return nil
		}
		if !c.globals[x.Name] {
			for p := fr.parent; p != nil && p.code != nil; p = p.parent {
				if _, ok := p.code.slots[x.Name]; ok {
					return nil
				}
			}
		}
	}
	g := in.cell(x.Name)
	x.Scope = g
	return g
}

// setIdent is setVar for a name node, with lookupIdent's cache.
func (fr *frame) setIdent(x *syntax.Ident, v Value) {
	if g, ok := x.Scope.(*globalCell); ok && g.gen == fr.th.in.gen {
		g.v = v // x was resolved as a global of this code before
		return
	}
	if c := fr.code; c != nil {
		if x.Scope == c {
			fr.locals[x.Slot] = v
			return
		}
		if i, ok := c.slots[x.Name]; ok {
			x.Scope, x.Slot = c, i
			fr.locals[i] = v
			return
		}
		if c.nonlocals[x.Name] {
			fr.setVar(x.Name, v)
			return
		}
	}
	if g := fr.globalOf(x); g != nil {
		g.v = v
		return
	}
	fr.setVar(x.Name, v)
}

// lookup resolves a name by Python's LEGB rule.
func (fr *frame) lookup(name string) (Value, error) {
	if c := fr.code; c != nil {
		if i, ok := c.slots[name]; ok {
			if v := fr.locals[i]; v != nil {
				return v, nil
			}
			return nil, NewError(UnboundLocalError, "cannot access local variable '%s' where it is not associated with a value", name)
		}
		if !c.globals[name] {
			for p := fr.parent; p != nil && p.code != nil; p = p.parent {
				if i, ok := p.code.slots[name]; ok {
					if v := p.locals[i]; v != nil {
						return v, nil
					}
					return nil, NewError(NameError, "cannot access free variable '%s' where it is not associated with a value in enclosing scope", name)
				}
			}
		}
	}
	if v, ok := fr.th.in.global(name); ok {
		return v, nil
	}
	if v, ok := fr.th.in.builtins[name]; ok {
		return v, nil
	}
	return nil, NewError(NameError, "name '%s' is not defined", name)
}

// setVar binds a name in the right scope.
func (fr *frame) setVar(name string, v Value) {
	if c := fr.code; c != nil {
		if i, ok := c.slots[name]; ok {
			fr.locals[i] = v
			return
		}
		if c.nonlocals[name] {
			for p := fr.parent; p != nil && p.code != nil; p = p.parent {
				if i, ok := p.code.slots[name]; ok {
					p.locals[i] = v
					return
				}
			}
		}
	}
	fr.th.in.setGlobal(name, v)
}

func (fr *frame) delVar(name string) error {
	if c := fr.code; c != nil {
		if i, ok := c.slots[name]; ok {
			if fr.locals[i] == nil {
				return NewError(UnboundLocalError, "cannot access local variable '%s' where it is not associated with a value", name)
			}
			fr.locals[i] = nil
			return nil
		}
	}
	c := fr.th.in.existing(name)
	if c == nil || c.v == nil {
		return NewError(NameError, "name '%s' is not defined", name)
	}
	c.v = nil
	return nil
}

func (fr *frame) execBlock(stmts []syntax.Stmt) (ctrl, error) {
	th := fr.th
	for _, s := range stmts {
		// execStmt, inlined by hand: this is the loop of every body.
		th.steps++
		if th.steps&255 == 0 {
			if err := th.Poll(); err != nil {
				return ctrlNone, fr.fail(err, stmtStart(s))
			}
		}
		c, err := fr.exec1(s)
		if err != nil {
			return c, fr.fail(err, stmtStart(s))
		}
		if c != ctrlNone {
			return c, nil
		}
	}
	return ctrlNone, nil
}

func (fr *frame) execStmt(s syntax.Stmt) (ctrl, error) {
	th := fr.th
	th.steps++
	if th.steps&255 == 0 {
		if err := th.Poll(); err != nil {
			return ctrlNone, fr.fail(err, stmtStart(s))
		}
	}
	c, err := fr.exec1(s)
	if err != nil {
		return c, fr.fail(err, stmtStart(s))
	}
	return c, nil
}

func (fr *frame) exec1(s syntax.Stmt) (ctrl, error) {
	switch s := s.(type) {
	case *syntax.ExprStmt:
		_, err := fr.eval(s.X)
		return ctrlNone, err
	case *syntax.AssignStmt:
		v, err := fr.eval(s.Value)
		if err != nil {
			return ctrlNone, err
		}
		for _, t := range s.Targets {
			if err := fr.assign(t, v); err != nil {
				return ctrlNone, err
			}
		}
		return ctrlNone, nil
	case *syntax.AugAssignStmt:
		return ctrlNone, fr.augAssign(s)
	case *syntax.AnnAssignStmt:
		if s.Value == nil {
			return ctrlNone, nil
		}
		v, err := fr.eval(s.Value)
		if err != nil {
			return ctrlNone, err
		}
		return ctrlNone, fr.assign(s.Target, v)
	case *syntax.IfStmt:
		for {
			cond, err := fr.eval(s.Cond)
			if err != nil {
				return ctrlNone, err
			}
			t, err := truth(fr.th, cond)
			if err != nil {
				return ctrlNone, err
			}
			if t {
				return fr.execBlock(s.Body)
			}
			if len(s.Else) == 1 {
				if elif, ok := s.Else[0].(*syntax.IfStmt); ok {
					s = elif
					continue
				}
			}
			return fr.execBlock(s.Else)
		}
	case *syntax.ForStmt:
		return fr.execFor(s)
	case *syntax.WithStmt:
		return fr.execWith(s.Items, s.Body)
	case *syntax.WhileStmt:
		for {
			cond, err := fr.eval(s.Cond)
			if err != nil {
				return ctrlNone, err
			}
			t, err := truth(fr.th, cond)
			if err != nil {
				return ctrlNone, err
			}
			if !t {
				break
			}
			c, err := fr.execBlock(s.Body)
			if err != nil {
				return c, err
			}
			if c == ctrlBreak {
				return ctrlNone, nil
			}
			if c == ctrlReturn {
				return c, nil
			}
			if err := fr.th.Poll(); err != nil {
				return ctrlNone, err
			}
		}
		return fr.execBlock(s.Else)
	case *syntax.BranchStmt:
		switch s.Token {
		case syntax.BREAK:
			return ctrlBreak, nil
		case syntax.CONTINUE:
			return ctrlContinue, nil
		}
		return ctrlNone, nil
	case *syntax.ReturnStmt:
		if s.Result == nil {
			fr.ret = None
			return ctrlReturn, nil
		}
		v, err := fr.eval(s.Result)
		if err != nil {
			return ctrlNone, err
		}
		fr.ret = v
		return ctrlReturn, nil
	case *syntax.DefStmt:
		fn, err := fr.makeFunction(s.Name, s.Params, s.Body, nil, s.Doc, s.Start)
		if err != nil {
			return ctrlNone, err
		}
		fn.code.end = s.End
		fr.setVar(s.Name, fn)
		return ctrlNone, nil
	case *syntax.ImportStmt:
		for _, n := range s.Names {
			m, err := fr.th.in.importModule(strings.Join(n.Path, "."))
			if err != nil {
				return ctrlNone, err
			}
			if n.As != "" {
				fr.setVar(n.As, m)
				continue
			}
			top, err := fr.th.in.importModule(n.Path[0])
			if err != nil {
				return ctrlNone, err
			}
			fr.setVar(n.Path[0], top)
		}
		return ctrlNone, nil
	case *syntax.FromImportStmt:
		return ctrlNone, fr.fromImport(s)
	case *syntax.TryStmt:
		return fr.execTry(s)
	case *syntax.RaiseStmt:
		return ctrlNone, fr.execRaise(s)
	case *syntax.AssertStmt:
		v, err := fr.eval(s.Cond)
		if err != nil {
			return ctrlNone, err
		}
		t, err := truth(fr.th, v)
		if err != nil {
			return ctrlNone, err
		}
		if !t {
			exc := &Exception{Class: AssertionError}
			if s.Msg != nil {
				m, err := fr.eval(s.Msg)
				if err != nil {
					return ctrlNone, err
				}
				exc.Args = Tuple{m}
			}
			return ctrlNone, exc
		}
		return ctrlNone, nil
	case *syntax.DelStmt:
		for _, t := range s.Targets {
			if err := fr.del(t); err != nil {
				return ctrlNone, err
			}
		}
		return ctrlNone, nil
	case *syntax.GlobalStmt:
		return ctrlNone, nil
	case *syntax.MagicStmt:
		return ctrlNone, fr.magic(s)
	}
	return ctrlNone, NewError(NotImplementedError, "statement %T is not supported", s)
}

func (fr *frame) execFor(s *syntax.ForStmt) (ctrl, error) {
	seq, err := fr.eval(s.Iter)
	if err != nil {
		return ctrlNone, err
	}
	name, simple := s.Target.(*syntax.Ident)
	body := func(v Value) (ctrl, bool, error) {
		if simple {
			fr.setIdent(name, v)
		} else if err := fr.assign(s.Target, v); err != nil {
			return ctrlNone, true, err
		}
		c, err := fr.execBlock(s.Body)
		if err != nil {
			return c, true, err
		}
		switch c {
		case ctrlBreak:
			return ctrlNone, true, nil
		case ctrlReturn:
			return c, true, nil
		}
		fr.th.steps++
		if fr.th.steps&255 == 0 {
			if err := fr.th.Poll(); err != nil {
				return ctrlNone, true, err
			}
		}
		return ctrlNone, false, nil
	}
	if r, ok := seq.(Range); ok {
		for i := r.start; r.step > 0 && i < r.stop || r.step < 0 && i > r.stop; i += r.step {
			c, stop, err := body(fr.th.boxInt(i))
			if stop {
				return c, err
			}
		}
		return fr.execBlock(s.Else)
	}
	it, err := Iterate(seq)
	if err != nil {
		return ctrlNone, err
	}
	for {
		v, ok, err := it.Next(fr.th)
		if err != nil {
			return ctrlNone, err
		}
		if !ok {
			break
		}
		c, stop, err := body(v)
		if stop {
			return c, err
		}
	}
	return fr.execBlock(s.Else)
}

func (fr *frame) execTry(s *syntax.TryStmt) (c ctrl, err error) {
	if s.Finally != nil {
		defer func() {
			fc, ferr := fr.execBlock(s.Finally)
			if ferr != nil {
				if exc, ok := ferr.(*Exception); ok && err != nil && exc.Context == nil && exc != err {
					exc.Context = asException(err)
				}
				c, err = fc, ferr
				return
			}
			if fc != ctrlNone {
				c, err = fc, nil
			}
		}()
	}
	c, err = fr.execBlock(s.Body)
	if err == nil {
		if c != ctrlNone {
			return c, nil
		}
		return fr.execBlock(s.Else)
	}
	exc, ok := err.(*Exception)
	if !ok {
		return c, err
	}
	for _, h := range s.Handlers {
		match := true
		if h.Type != nil {
			t, err := fr.eval(h.Type)
			if err != nil {
				return ctrlNone, err
			}
			match, err = excMatches(exc, t)
			if err != nil {
				return ctrlNone, err
			}
		}
		if !match {
			continue
		}
		if h.Name != "" {
			fr.setVar(h.Name, exc)
		}
		th := fr.th
		th.handling = append(th.handling, exc)
		c, herr := fr.execBlock(h.Body)
		th.handling = th.handling[:len(th.handling)-1]
		if h.Name != "" {
			_ = fr.delVar(h.Name)
		}
		if herr != nil {
			if e2, ok := herr.(*Exception); ok && e2 != exc && e2.Context == nil {
				e2.Context = exc
			}
		}
		return c, herr
	}
	return c, err
}

// excMatches reports whether exc is an instance of the class (or tuple of
// classes) t.
func excMatches(exc *Exception, t Value) (bool, error) {
	switch t := t.(type) {
	case *ExcClass:
		return exc.Class.IsSubclass(t), nil
	case Tuple:
		for _, x := range t {
			m, err := excMatches(exc, x)
			if err != nil || m {
				return m, err
			}
		}
		return false, nil
	}
	return false, NewError(TypeError, "catching classes that do not inherit from BaseException is not allowed")
}

func (fr *frame) execRaise(s *syntax.RaiseStmt) error {
	th := fr.th
	if s.Exc == nil {
		if len(th.handling) == 0 {
			return NewError(RuntimeError, "No active exception to reraise")
		}
		return th.handling[len(th.handling)-1]
	}
	v, err := fr.eval(s.Exc)
	if err != nil {
		return err
	}
	exc, err := toException(th, v)
	if err != nil {
		return err
	}
	if s.Cause != nil {
		cv, err := fr.eval(s.Cause)
		if err != nil {
			return err
		}
		if cv == None {
			exc.SuppressContext = true
		} else {
			cause, err := toException(th, cv)
			if err != nil {
				return NewError(TypeError, "exception causes must derive from BaseException")
			}
			exc.Cause = cause
			exc.SuppressContext = true
		}
	}
	if len(th.handling) > 0 && exc != th.handling[len(th.handling)-1] && exc.Context == nil {
		exc.Context = th.handling[len(th.handling)-1]
	}
	exc.lastFrame = nil
	exc.tb = nil
	return exc
}

func toException(th *Thread, v Value) (*Exception, error) {
	switch v := v.(type) {
	case *Exception:
		return v, nil
	case *ExcClass:
		return &Exception{Class: v}, nil
	}
	return nil, NewError(TypeError, "exceptions must derive from BaseException")
}

// assign stores v into a target expression.
func (fr *frame) assign(t syntax.Expr, v Value) error {
	switch t := t.(type) {
	case *syntax.Ident:
		fr.setIdent(t, v)
		return nil
	case *syntax.AttrExpr:
		x, err := fr.eval(t.X)
		if err != nil {
			return err
		}
		return setAttr(fr.th, x, t.Name, v)
	case *syntax.IndexExpr:
		x, err := fr.eval(t.X)
		if err != nil {
			return err
		}
		k, err := fr.evalIndex(t.Index)
		if err != nil {
			return err
		}
		return setIndex(fr.th, x, k, v)
	case *syntax.TupleExpr:
		return fr.unpack(t.Elts, v)
	case *syntax.ListExpr:
		return fr.unpack(t.Elts, v)
	case *syntax.StarredExpr:
		return NewError(SyntaxError, "starred assignment target must be in a list or tuple")
	}
	return NewError(SyntaxError, "cannot assign to expression")
}

// setAttr is x.name = v (and setattr).
func setAttr(th *Thread, x Value, name string, v Value) error {
	if sa, ok := x.(HasSetAttr); ok {
		return sa.SetAttr(name, v)
	}
	if _, ok := x.(HasAttrs); ok {
		if a, _ := getAttr(th, x, name); a != nil {
			return NewError(AttributeError, "'%s' object attribute '%s' is read-only", x.Type(), name)
		}
	}
	return NewError(AttributeError, "'%s' object has no attribute '%s'", x.Type(), name)
}

func (fr *frame) unpack(targets []syntax.Expr, v Value) error {
	var items []Value
	switch v := v.(type) {
	case Tuple:
		items = v
	case *List:
		items = v.elems
	default:
		if _, ok := v.(Iterable); !ok {
			if _, ok := v.(String); !ok {
				return NewError(TypeError, "cannot unpack non-iterable %s object", v.Type())
			}
		}
		var err error
		items, err = Collect(fr.th, v)
		if err != nil {
			return err
		}
	}
	star := -1
	for i, t := range targets {
		if _, ok := t.(*syntax.StarredExpr); ok {
			star = i
		}
	}
	if star < 0 {
		if len(items) > len(targets) {
			return NewError(ValueError, "too many values to unpack (expected %d)", len(targets))
		}
		if len(items) < len(targets) {
			return NewError(ValueError, "not enough values to unpack (expected %d, got %d)", len(targets), len(items))
		}
		for i, t := range targets {
			if err := fr.assign(t, items[i]); err != nil {
				return err
			}
		}
		return nil
	}
	after := len(targets) - star - 1
	if len(items) < len(targets)-1 {
		return NewError(ValueError, "not enough values to unpack (expected at least %d, got %d)", len(targets)-1, len(items))
	}
	for i := 0; i < star; i++ {
		if err := fr.assign(targets[i], items[i]); err != nil {
			return err
		}
	}
	mid := append([]Value(nil), items[star:len(items)-after]...)
	if err := fr.assign(targets[star].(*syntax.StarredExpr).X, NewList(mid)); err != nil {
		return err
	}
	for i := 0; i < after; i++ {
		if err := fr.assign(targets[star+1+i], items[len(items)-after+i]); err != nil {
			return err
		}
	}
	return nil
}

func (fr *frame) augAssign(s *syntax.AugAssignStmt) error {
	switch t := s.Target.(type) {
	case *syntax.Ident:
		x, err := fr.lookupIdent(t)
		if err != nil {
			return err
		}
		y, err := fr.eval(s.Value)
		if err != nil {
			return err
		}
		z, err := inplaceBinary(fr.th, s.Op, x, y)
		if err != nil {
			return err
		}
		fr.setIdent(t, z)
		return nil
	case *syntax.AttrExpr:
		obj, err := fr.eval(t.X)
		if err != nil {
			return err
		}
		x, err := getAttr(fr.th, obj, t.Name)
		if err != nil {
			return err
		}
		y, err := fr.eval(s.Value)
		if err != nil {
			return err
		}
		z, err := inplaceBinary(fr.th, s.Op, x, y)
		if err != nil {
			return err
		}
		if sa, ok := obj.(HasSetAttr); ok {
			return sa.SetAttr(t.Name, z)
		}
		return NewError(AttributeError, "'%s' object attribute '%s' is read-only", obj.Type(), t.Name)
	case *syntax.IndexExpr:
		obj, err := fr.eval(t.X)
		if err != nil {
			return err
		}
		k, err := fr.evalIndex(t.Index)
		if err != nil {
			return err
		}
		x, err := getIndex(fr.th, obj, k)
		if err != nil {
			return err
		}
		y, err := fr.eval(s.Value)
		if err != nil {
			return err
		}
		z, err := inplaceBinary(fr.th, s.Op, x, y)
		if err != nil {
			return err
		}
		return setIndex(fr.th, obj, k, z)
	}
	return NewError(SyntaxError, "illegal expression for augmented assignment")
}

func (fr *frame) del(t syntax.Expr) error {
	switch t := t.(type) {
	case *syntax.Ident:
		return fr.delVar(t.Name)
	case *syntax.IndexExpr:
		x, err := fr.eval(t.X)
		if err != nil {
			return err
		}
		k, err := fr.evalIndex(t.Index)
		if err != nil {
			return err
		}
		return delIndex(fr.th, x, k)
	case *syntax.TupleExpr:
		for _, e := range t.Elts {
			if err := fr.del(e); err != nil {
				return err
			}
		}
		return nil
	case *syntax.ListExpr:
		for _, e := range t.Elts {
			if err := fr.del(e); err != nil {
				return err
			}
		}
		return nil
	case *syntax.AttrExpr:
		x, err := fr.eval(t.X)
		if err != nil {
			return err
		}
		return NewError(AttributeError, "'%s' object attribute '%s' is read-only", x.Type(), t.Name)
	}
	return NewError(SyntaxError, "cannot delete expression")
}

func (fr *frame) fromImport(s *syntax.FromImportStmt) error {
	in := fr.th.in
	name := strings.Join(s.Module, ".")
	if s.Level > 0 {
		return NewError(ImportError, "attempted relative import with no known parent package")
	}
	m, err := in.importModule(name)
	if err != nil {
		return err
	}
	if s.Star {
		for _, k := range m.AttrNames() {
			if !strings.HasPrefix(k, "_") {
				v, _ := m.Attr(fr.th, k)
				fr.setVar(k, v)
			}
		}
		return nil
	}
	for _, n := range s.Names {
		v, _ := m.Attr(fr.th, n.Path[0])
		if v == nil {
			if sub, err := in.importModule(name + "." + n.Path[0]); err == nil {
				v = sub
			}
		}
		if v == nil {
			return NewError(ImportError, "cannot import name '%s' from '%s' (unknown location)", n.Path[0], name)
		}
		bind := n.Path[0]
		if n.As != "" {
			bind = n.As
		}
		fr.setVar(bind, v)
	}
	return nil
}

// scope analysis

// analyze computes the local names of a function body.
// order lists the names bound in the body in the order of their first
// binding, as CPython numbers a function's local variables (locals()
// lists them so).
func analyze(params []syntax.Param, body []syntax.Stmt) (locals, globals, nonlocals map[string]bool, order []string) {
	locals, globals, nonlocals = map[string]bool{}, map[string]bool{}, map[string]bool{}
	for _, p := range params {
		if p.Name != "" {
			locals[p.Name] = true
		}
	}
	bind := func(name string) {
		if !locals[name] {
			locals[name] = true
			order = append(order, name)
		}
	}
	var visitTarget func(t syntax.Expr)
	visitTarget = func(t syntax.Expr) {
		switch t := t.(type) {
		case *syntax.Ident:
			bind(t.Name)
		case *syntax.TupleExpr:
			for _, e := range t.Elts {
				visitTarget(e)
			}
		case *syntax.ListExpr:
			for _, e := range t.Elts {
				visitTarget(e)
			}
		case *syntax.StarredExpr:
			visitTarget(t.X)
		}
	}
	var visit func(stmts []syntax.Stmt)
	visit = func(stmts []syntax.Stmt) {
		for _, s := range stmts {
			switch s := s.(type) {
			case *syntax.AssignStmt:
				for _, t := range s.Targets {
					visitTarget(t)
				}
			case *syntax.AugAssignStmt:
				visitTarget(s.Target)
			case *syntax.AnnAssignStmt:
				visitTarget(s.Target)
			case *syntax.ForStmt:
				visitTarget(s.Target)
				visit(s.Body)
				visit(s.Else)
			case *syntax.WhileStmt:
				visit(s.Body)
				visit(s.Else)
			case *syntax.WithStmt:
				for _, it := range s.Items {
					if it.Target != nil {
						visitTarget(it.Target)
					}
				}
				visit(s.Body)
			case *syntax.IfStmt:
				visit(s.Body)
				visit(s.Else)
			case *syntax.TryStmt:
				visit(s.Body)
				for _, h := range s.Handlers {
					if h.Name != "" {
						bind(h.Name)
					}
					visit(h.Body)
				}
				visit(s.Else)
				visit(s.Finally)
			case *syntax.DefStmt:
				bind(s.Name)
			case *syntax.ImportStmt:
				for _, n := range s.Names {
					if n.As != "" {
						bind(n.As)
					} else {
						bind(n.Path[0])
					}
				}
			case *syntax.FromImportStmt:
				for _, n := range s.Names {
					if n.As != "" {
						bind(n.As)
					} else {
						bind(n.Path[0])
					}
				}
			case *syntax.DelStmt:
				for _, t := range s.Targets {
					visitTarget(t)
				}
			case *syntax.GlobalStmt:
				for _, n := range s.Names {
					if s.Nonlocal {
						nonlocals[n] = true
					} else {
						globals[n] = true
					}
				}
			}
		}
	}
	visit(body)
	for n := range globals {
		delete(locals, n)
	}
	for n := range nonlocals {
		delete(locals, n)
	}
	return
}
