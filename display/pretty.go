package display

import (
	"strings"
	"unicode/utf8"
)

// PrettyWidth is the line width of IPython's pretty printer, and
// PrettyMaxSeq the number of items it shows of a list, tuple, set or dict
// before writing "...".
const (
	PrettyWidth  = 79
	PrettyMaxSeq = 1000
)

// Pretty lays out text as IPython's pretty printer (IPython.lib.pretty,
// which formats every text/plain result in ipykernel) lays it out. It is a
// port of that printer's algorithm, quirks included: text is buffered with
// the breakable separators of nested groups, and whenever the current line
// would pass PrettyWidth the outermost group that still has pending
// separators is broken, all of its separators becoming newlines at the
// group's indentation. A group that is never too wide stays on one line.
//
// The caller walks its values as IPython's printers do: Value opens a
// zero-indent group around each value, Seq and Dict print containers, and
// Repr prints a leaf from its repr, multi-line reprs included.
type Pretty struct {
	out         strings.Builder
	outputWidth int
	bufferWidth int
	buffer      []prettyItem
	groupStack  []*prettyGroup
	queue       [][]*prettyGroup // by depth, in order of creation
	indentation int
}

type prettyGroup struct {
	depth     int
	pending   int // breakables still in the buffer
	wantBreak bool
}

// prettyItem is buffered text (group == nil) or a breakable separator.
type prettyItem struct {
	text        string
	width       int
	group       *prettyGroup
	indentation int
}

// NewPretty returns an empty Pretty.
func NewPretty() *Pretty {
	p := &Pretty{}
	root := &prettyGroup{}
	p.groupStack = []*prettyGroup{root}
	p.enq(root)
	return p
}

func (p *Pretty) enq(g *prettyGroup) {
	for g.depth > len(p.queue)-1 {
		p.queue = append(p.queue, nil)
	}
	p.queue[g.depth] = append(p.queue[g.depth], g)
}

// deq marks and returns the outermost group with pending breakables,
// marking the emptier groups in front of it as broken too. Like
// IPython's GroupQueue.deq, it searches a depth's groups newest first but
// deletes by the index counted from the newest.
func (p *Pretty) deq() *prettyGroup {
	for d, stack := range p.queue {
		for idx := 0; idx < len(stack); idx++ {
			g := stack[len(stack)-1-idx]
			if g.pending > 0 {
				p.queue[d] = append(stack[:idx:idx], stack[idx+1:]...)
				g.wantBreak = true
				return g
			}
		}
		for _, g := range stack {
			g.wantBreak = true
		}
		p.queue[d] = nil
	}
	return nil
}

func (p *Pretty) remove(g *prettyGroup) {
	if g.depth >= len(p.queue) {
		return
	}
	stack := p.queue[g.depth]
	for i, h := range stack {
		if h == g {
			p.queue[g.depth] = append(stack[:i:i], stack[i+1:]...)
			return
		}
	}
}

// emit writes a buffered item and returns the new output width.
func (p *Pretty) emit(it *prettyItem) int {
	if it.group == nil {
		p.out.WriteString(it.text)
		return p.outputWidth + it.width
	}
	g := it.group
	g.pending--
	if g.wantBreak {
		p.out.WriteByte('\n')
		p.out.WriteString(strings.Repeat(" ", it.indentation))
		return it.indentation
	}
	if g.pending == 0 {
		p.remove(g)
	}
	p.out.WriteString(it.text)
	return p.outputWidth + it.width
}

func (p *Pretty) popFront() *prettyItem {
	it := p.buffer[0]
	p.buffer = p.buffer[1:]
	return &it
}

func (p *Pretty) breakOneGroup(g *prettyGroup) {
	for g.pending > 0 {
		it := p.popFront()
		p.outputWidth = p.emit(it)
		p.bufferWidth -= it.width
	}
	for len(p.buffer) > 0 && p.buffer[0].group == nil {
		it := p.popFront()
		p.outputWidth = p.emit(it)
		p.bufferWidth -= it.width
	}
}

func (p *Pretty) breakOuterGroups() {
	for PrettyWidth < p.outputWidth+p.bufferWidth {
		g := p.deq()
		if g == nil {
			return
		}
		p.breakOneGroup(g)
	}
}

// Text adds literal text, which is never broken.
func (p *Pretty) Text(s string) {
	w := utf8.RuneCountInString(s)
	if len(p.buffer) == 0 {
		p.out.WriteString(s)
		p.outputWidth += w
		return
	}
	if last := &p.buffer[len(p.buffer)-1]; last.group == nil {
		last.text += s
		last.width += w
	} else {
		p.buffer = append(p.buffer, prettyItem{text: s, width: w})
	}
	p.bufferWidth += w
	p.breakOuterGroups()
}

// Breakable adds a separator, a space unless its group is broken, when it
// is a newline followed by the current indentation.
func (p *Pretty) Breakable() {
	g := p.groupStack[len(p.groupStack)-1]
	if g.wantBreak {
		p.Flush()
		p.out.WriteByte('\n')
		p.out.WriteString(strings.Repeat(" ", p.indentation))
		p.outputWidth = p.indentation
		p.bufferWidth = 0
		return
	}
	g.pending++
	p.buffer = append(p.buffer, prettyItem{text: " ", width: 1, group: g, indentation: p.indentation})
	p.bufferWidth++
	p.breakOuterGroups()
}

// Break adds a newline that is always taken, breaking the outermost
// pending group first.
func (p *Pretty) Break() {
	if g := p.deq(); g != nil {
		p.breakOneGroup(g)
	}
	p.Flush()
	p.out.WriteByte('\n')
	p.out.WriteString(strings.Repeat(" ", p.indentation))
	p.outputWidth = p.indentation
	p.bufferWidth = 0
}

// BeginGroup writes open and starts a group whose broken lines are
// indented by indent more than the enclosing group's.
func (p *Pretty) BeginGroup(indent int, open string) {
	if open != "" {
		p.Text(open)
	}
	g := &prettyGroup{depth: p.groupStack[len(p.groupStack)-1].depth + 1}
	p.groupStack = append(p.groupStack, g)
	p.enq(g)
	p.indentation += indent
}

// EndGroup ends the innermost group and writes close.
func (p *Pretty) EndGroup(dedent int, close string) {
	p.indentation -= dedent
	g := p.groupStack[len(p.groupStack)-1]
	p.groupStack = p.groupStack[:len(p.groupStack)-1]
	if g.pending == 0 {
		p.remove(g)
	}
	if close != "" {
		p.Text(close)
	}
}

// Flush writes out the buffered text.
func (p *Pretty) Flush() {
	for len(p.buffer) > 0 {
		p.outputWidth = p.emit(p.popFront())
	}
	p.bufferWidth = 0
}

// String flushes and returns the text laid out so far.
func (p *Pretty) String() string {
	p.Flush()
	return p.out.String()
}

// Value prints one value with item inside the zero-indent group IPython
// opens around every value it prints.
func (p *Pretty) Value(item func()) {
	p.BeginGroup(0, "")
	item()
	p.EndGroup(0, "")
}

// Repr prints a value by its repr: each line of a multi-line repr after the
// first starts on a new line at the current indentation.
func (p *Pretty) Repr(repr string) {
	p.BeginGroup(0, "")
	for i, line := range splitLines(repr) {
		if i > 0 {
			p.Break()
		}
		p.Text(line)
	}
	p.EndGroup(0, "")
}

// splitLines splits s as Python's str.splitlines does for \n, \r and
// \r\n: no empty last line for a trailing newline.
func splitLines(s string) []string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	lines := strings.Split(s, "\n")
	if len(lines) > 1 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return lines
}

// Seq prints n items between open and close separated by ", ", as
// IPython prints lists ("[", "]"), tuples ("(", ")"; oneTuple adds the
// comma of a 1-tuple) and non-empty sets ("{", "}"), showing at most
// PrettyMaxSeq items. item(i) prints the i-th, normally with Value.
func (p *Pretty) Seq(open, close string, n int, oneTuple bool, item func(i int)) {
	step := utf8.RuneCountInString(open)
	p.BeginGroup(step, open)
	for i := 0; i < n; i++ {
		if i >= PrettyMaxSeq {
			p.Text(",")
			p.Breakable()
			p.Text("...")
			break
		}
		if i > 0 {
			p.Text(",")
			p.Breakable()
		}
		item(i)
	}
	if n == 1 && oneTuple {
		p.Text(",")
	}
	p.EndGroup(step, close)
}

// Dict prints n key: value pairs between braces as IPython prints a dict,
// showing at most PrettyMaxSeq of them.
func (p *Pretty) Dict(n int, key, value func(i int)) {
	p.BeginGroup(1, "{")
	for i := 0; i < n; i++ {
		if i >= PrettyMaxSeq {
			p.Text(",")
			p.Breakable()
			p.Text("...")
			break
		}
		if i > 0 {
			p.Text(",")
			p.Breakable()
		}
		key(i)
		p.Text(": ")
		value(i)
	}
	p.EndGroup(1, "}")
}
