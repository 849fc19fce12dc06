package eval

import (
	"context"
	"fmt"
	"runtime/debug"
	"strconv"
	"strings"

	"github.com/golinalg/golinalg/internal/memcap"
	"github.com/golinalg/golinalg/lang/syntax"
)

// Output receives what a cell produces. The kernel implements it.
type Output interface {
	// Stream is called per print with name "stdout" or "stderr".
	Stream(name, text string)
	// Display publishes display_data.
	Display(data, metadata map[string]any)
	// ClearOutput clears the cell's output.
	ClearOutput(wait bool)
	// Result publishes the execute_result: the cell's last expression
	// statement unless it ends with ';' or is None.
	Result(data, metadata map[string]any)
	// Payload adds an item to the execute_reply's payload list, as IPython
	// does for the pager ("source": "page") and for exit ("ask_exit").
	Payload(p map[string]any)
}

// Options configure an Interpreter.
type Options struct {
	// Input reads a line for input() and getpass; nil makes input()
	// raise StdinNotImplementedError.
	Input func(ctx context.Context, prompt string, password bool) (string, error)
	// NoDiagnostics turns off the card (display_data) that explains a
	// LinAlgError before its error message; "%config Diagnostics.enabled"
	// switches it in a running notebook. The zero value shows cards.
	NoDiagnostics bool
	// Modules are the library modules a cell may import beyond the core's
	// own (sys, math, cmath, time, random, IPython), by dotted name:
	// lang/sci's Modules gives numpy, numpy.linalg, numpy.random, scipy
	// and scipy.linalg.
	Modules map[string]ModuleLoader
}

// Cell is one cell to run.
type Cell struct {
	// Code is the cell's source.
	Code string
	// Count is its execution count, shown as "Cell In[Count]" in
	// tracebacks and used for Out[Count] and _Count.
	Count int
	// NoHistory leaves the cell out of In, _i, _ii, _iii, _iN and Input,
	// as IPython does for an execute_request with store_history false.
	NoHistory bool
}

// PyError is a Python exception that escaped a cell: the fields of
// Jupyter's error message.
type PyError struct {
	Name, Value string
	// Traceback holds IPython-8-style lines with ANSI colours.
	Traceback []string
}

func (e *PyError) Error() string {
	if e.Value == "" {
		return e.Name
	}
	return e.Name + ": " + e.Value
}

// Interpreter holds a notebook's state across cells. It is not safe for
// concurrent Execute calls.
type Interpreter struct {
	opts      Options
	globals   map[string]*globalCell // bound and once-bound names; see globalCell
	gen       uint64                 // namespace generation, bumped by %reset
	builtins  map[string]Value
	modules   map[string]*Module
	locals    map[any]any // libraries' state; see Thread.Local
	outDict   *Dict
	inList    *List
	lastInput Value
	// inputs holds the code of the cells run with history, kept apart
	// from In, which the user may change, for Input and for the _in
	// variables, which are made on first use (see newCell).
	inputs inputLog
	// inputFloor is the count at the last %reset: _in for n up to it
	// were removed with the namespace.
	inputFloor int
	seqCount   int    // the highest count run so far; see globalCell.seq
	cellSeq    uint64 // cells created so far; see globalCell.seq
	nsDict     *Dict  // what globals() returns; see namespaceDict
}

// New returns an interpreter with an empty namespace.
func New(opts Options) *Interpreter {
	in := &Interpreter{
		opts:      opts,
		modules:   map[string]*Module{},
		outDict:   NewDict(),
		inList:    &List{elems: []Value{String("")}},
		lastInput: String(""),
	}
	in.builtins = makeBuiltins(in)
	in.resetNamespace()
	return in
}

func (in *Interpreter) resetNamespace() {
	in.gen++
	in.inputFloor = in.inputs.n - 1
	in.globals = map[string]*globalCell{}
	// IPython's order, for globals(): _i, _ii and _iii come with the
	// first stored cell there, but are bound from the start here.
	for _, kv := range []struct {
		name string
		v    Value
	}{
		{"__name__", String("__main__")},
		{"In", in.inList},
		{"Out", in.outDict},
		{"_", String("")},
		{"__", String("")},
		{"___", String("")},
		{"_i", String("")},
		{"_ii", String("")},
		{"_iii", String("")},
	} {
		in.setGlobal(kv.name, kv.v)
	}
}

// globalCell holds one global variable. A cell stays in its namespace
// once created (an unbound name has v == nil), so a name node may cache
// its address; gen tells whether the namespace has been reset since.
type globalCell struct {
	v   Value
	gen uint64
	// seq orders globals() as CPython's dict keeps insertion order: the
	// count of the cell that created it (high 32 bits), then creation
	// order; _in sorts first among the names of cell n, as IPython binds
	// it before the cell runs.
	seq uint64
}

// cell returns the cell of name, creating an unbound one if needed.
func (in *Interpreter) cell(name string) *globalCell {
	if c := in.globals[name]; c != nil {
		return c
	}
	return in.newCell(name)
}

// newCell adds the cell of name to the namespace. The cell of _in, for a
// stored cell n since the last %reset, starts bound to its code: those
// variables exist from the start of cell n, as in IPython, but each is
// made only when first used, so that a long session does not hold a
// namespace entry per cell.
func (in *Interpreter) newCell(name string) *globalCell {
	in.cellSeq++
	c := &globalCell{gen: in.gen, seq: uint64(in.seqCount)<<32 | in.cellSeq&(1<<32-1)}
	if n, ok := in.pendingInput(name); ok {
		c.v, c.seq = in.inputs.value(n), uint64(n)<<32
	}
	in.globals[name] = c
	return c
}

// pendingInput reports whether name is _in for a stored cell n since the
// last %reset; callers have checked that its variable is not made yet.
func (in *Interpreter) pendingInput(name string) (int, bool) {
	if len(name) < 3 || name[:2] != "_i" || name[2] == '0' {
		return 0, false
	}
	n := 0
	for i := 2; i < len(name); i++ {
		d := name[i]
		if d < '0' || d > '9' || n > in.inputs.n {
			return 0, false
		}
		n = n*10 + int(d-'0')
	}
	if n <= in.inputFloor || !in.inputs.has(n) {
		return 0, false
	}
	return n, true
}

// existing returns the cell of name if the name was ever used or is a
// pending _in, or nil.
func (in *Interpreter) existing(name string) *globalCell {
	if c := in.globals[name]; c != nil {
		return c
	}
	if _, ok := in.pendingInput(name); ok {
		return in.newCell(name)
	}
	return nil
}

// global returns the value of a bound global.
func (in *Interpreter) global(name string) (Value, bool) {
	if c := in.existing(name); c != nil && c.v != nil {
		return c.v, true
	}
	return nil, false
}

func (in *Interpreter) setGlobal(name string, v Value) { in.cell(name).v = v }

// boundGlobals calls f for each bound global, the _in not yet made
// included, in no particular order.
func (in *Interpreter) boundGlobals(f func(name string, v Value, seq uint64)) {
	for name, c := range in.globals {
		if c.v != nil {
			f(name, c.v, c.seq)
		}
	}
	for n := in.inputFloor + 1; n < in.inputs.n; n++ {
		if !in.inputs.has(n) {
			continue
		}
		name := inputName(n)
		if _, made := in.globals[name]; !made {
			f(name, in.inputs.value(n), uint64(n)<<32)
		}
	}
}

// inputName is "_i" followed by n.
func inputName(n int) string { return "_i" + strconv.Itoa(n) }

// Input returns the code of cell count if it ran with history, as the
// kernel's history_request reads it.
func (in *Interpreter) Input(count int) (string, bool) {
	v := in.inputs.value(count)
	if v == nil {
		return "", false
	}
	return string(v.(String)), true
}

// Globals returns the names defined in the notebook namespace and their
// values, as a new map.
func (in *Interpreter) Globals() map[string]Value {
	m := make(map[string]Value, len(in.globals))
	in.boundGlobals(func(name string, v Value, _ uint64) { m[name] = v })
	return m
}

// codeInfo describes the source of a cell: its lines, for tracebacks,
// and the text its nodes' positions refer to, for call sites.
type codeInfo struct {
	count int
	lines []string
	// text is the source the nodes run with this info were parsed from:
	// the cell dedented, or a magic's statement (see frame.parsedFrom).
	text      string
	textLines []string // text split into lines, on first use
}

func (c *codeInfo) label() string { return fmt.Sprintf("In[%d]", c.count) }

// Thread is the per-execution state of a cell run.
type Thread struct {
	in       *Interpreter
	ctx      context.Context
	out      Output
	depth    int
	steps    uint32
	polls    uint32 // calls of Poll; see memPolls
	handling []*Exception
	stack    []Value          // arguments of calls in progress; see callFunction
	kwstack  []Kwarg          // keyword arguments of calls in progress; see callFunctionKw
	frames   []*frame         // free small frames; see newFrame
	fLocals  map[*frame]*Dict // locals() of each frame that called it; see frameLocals
	site     callSite         // the call expression of the builtin running; see CallSite
}

// Interp returns the thread's interpreter.
func (th *Thread) Interp() *Interpreter { return th.in }

// Poll reports KeyboardInterrupt once the context is cancelled, and
// MemoryError when the heap is over the memory budget (internal/memcap),
// which it reads only every memPolls calls: loops poll every few hundred
// steps, and a loop that grows the heap by small allocations (a dict
// comprehension, a list of ints) is stopped by this check.
func (th *Thread) Poll() error {
	select {
	case <-th.ctx.Done():
		return &Exception{Class: KeyboardInterrupt}
	default:
	}
	th.polls++
	if th.polls%memPolls == 0 && memcap.Over() {
		return errMemory()
	}
	return nil
}

// memPolls is how many polls pass between two readings of the heap.
const memPolls = 64

// Print writes text to the cell's stdout stream.
func (th *Thread) Print(text string) { th.out.Stream("stdout", text) }

// maxDepth is the Python recursion limit.
const maxDepth = 1000

// Execute runs one cell. count is its execution count (shown as
// "Cell In[count]"). A Python exception comes back as a *PyError; a
// cancelled ctx raises KeyboardInterrupt between statements and loop
// iterations. Execute never panics.
func (in *Interpreter) Execute(ctx context.Context, cell Cell, out Output) (err error) {
	if ctx == nil {
		ctx = context.Background()
	}
	code, count := cell.Code, cell.Count
	th := &Thread{in: in, ctx: ctx, out: out}
	info := &codeInfo{count: count, lines: strings.Split(code, "\n")}
	in.seqCount = max(in.seqCount, count)
	if !cell.NoHistory {
		in.recordInput(count, code)
	}
	defer func() {
		if r := recover(); r != nil {
			exc := NewError(SystemError, "internal error: %v", r)
			exc.Notes = append(exc.Notes, "golinalg: this is a bug in the kernel; the kernel keeps running")
			_ = debug.Stack
			err = in.toPyError(exc)
		}
	}()
	src := syntax.Dedent(code)
	info.text = src
	f, perr := syntax.Parse(info.label(), src)
	if perr != nil {
		return in.syntaxPyError(perr, info, src)
	}
	fr := &frame{th: th, info: info}
	n := len(f.Stmts)
	for i, s := range f.Stmts {
		if i == n-1 && !f.TrailingSemi {
			if es, ok := s.(*syntax.ExprStmt); ok {
				if e := th.Poll(); e != nil {
					return in.toPyError(e.(*Exception))
				}
				v, e := fr.eval(es.X)
				if e != nil {
					return in.finish(fr, e, es.Start)
				}
				in.displayResult(th, v, count)
				continue
			}
		}
		if _, e := fr.execStmt(s); e != nil {
			return in.finish(fr, e, stmtStart(s))
		}
	}
	return nil
}

func stmtStart(s syntax.Stmt) syntax.Position {
	p, _ := s.Span()
	return p
}

// finish converts an error escaping the cell into a *PyError.
func (in *Interpreter) finish(fr *frame, err error, pos syntax.Position) error {
	exc := asException(err)
	fr.annotate(exc, pos)
	if exc.diagnose != nil && !in.opts.NoDiagnostics {
		if b, ok := exc.diagnose(); ok {
			fr.th.out.Display(b, map[string]any{})
		}
	}
	return in.toPyError(exc)
}

// asException turns any Go error into a Python exception.
func asException(err error) *Exception {
	if e, ok := err.(*Exception); ok {
		return e
	}
	return NewError(SystemError, "%v", err)
}

// SystemError reports an unexpected Go error.
var SystemError = newClass("SystemError", Exception_)

// recordInput stores the code of cell count, as IPython's history manager
// does before the cell runs: In[count], the input record behind _icount
// and Input, and _i, _ii, _iii, the last three inputs before it.
func (in *Interpreter) recordInput(count int, code string) {
	if count < 0 {
		return
	}
	s := in.inputs.add(count, code)
	for len(in.inList.elems) <= count {
		in.inList.elems = append(in.inList.elems, String(""))
	}
	in.inList.elems[count] = s
	ii, _ := in.global("_ii")
	i, _ := in.global("_i")
	in.setGlobal("_iii", ii)
	in.setGlobal("_ii", i)
	in.setGlobal("_i", in.lastInput)
	in.lastInput = s
	if c := in.globals[inputName(count)]; c != nil {
		// _icount was made before (by a lookup that failed, or by a
		// count run twice): bind it now.
		c.v, c.seq = s, uint64(count)<<32
	}
}

// displayResult publishes v as the cell's execute_result, as IPython's
// display hook does.
func (in *Interpreter) displayResult(th *Thread, v Value, count int) {
	if v == None || v == nil {
		return
	}
	if b, ok := v.(*Builtin); ok && (b.Name() == "exit" || b.Name() == "quit") {
		askExit(th) // IPython's exit and quit act when named alone
		return
	}
	th.out.Result(in.mimeBundle(v), map[string]any{})
	in.outDict.Set(Int(count), v)
	u2, _ := in.global("__")
	u1, _ := in.global("_")
	in.setGlobal("___", u2)
	in.setGlobal("__", u1)
	in.setGlobal("_", v)
	in.setGlobal(fmt.Sprintf("_%d", count), v)
}

// mimeBundle is the rich representation of v.
func (in *Interpreter) mimeBundle(v Value) map[string]any {
	if r, ok := v.(HasMIME); ok {
		return r.MIME()
	}
	b := map[string]any{"text/plain": prettyRepr(v)}
	if h := tupleHTML(v); h != "" {
		b["text/html"] = h
	}
	return b
}

// HasMIME is implemented by values with a rich display.
type HasMIME interface {
	MIME() map[string]any
}
