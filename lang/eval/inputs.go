package eval

import "unsafe"

// inputLog keeps the code of the cells run with history, for In, the _in
// variables and Input, packed so that a long session holds little more
// than the text itself. Stored plainly, a cell would cost three small
// objects (its text, the str header of In[n], the header of a record
// apart from In), which the collector cannot pack: held for the life of
// the kernel, they pin pages of the heap shared with everything a cell
// allocates and drops. Here the text is copied into chunks of textChunk
// bytes, and the str header of cell n is slot n%headChunk of a chunk of
// headers; In[n] and _in are Values pointing at that slot, built the way
// boxInt builds Ints. Text and headers are written once, before any
// string or Value refers to them, and never again, so they are as
// immutable as any str.
type inputLog struct {
	heads []*[headChunk]String // heads[n/headChunk][n%headChunk] is cell n's code
	ran   []uint64             // bit n: cell n ran with history
	text  []byte               // the chunk being filled; full ones live on through their strings
	// rerun holds the code of a count run a second time (the kernel never
	// does; a test may), since a slot is never written twice.
	rerun map[int]*String
	n     int // one more than the highest count recorded
}

const (
	headChunk = 256
	textChunk = 16 << 10
	// ownText is the length from which code keeps its own allocation
	// rather than a place in a text chunk.
	ownText = textChunk / 8
)

// stringItab is the type word of a Value holding a String.
var stringItab = func() unsafe.Pointer {
	var v Value = String("x")
	return (*[2]unsafe.Pointer)(unsafe.Pointer(&v))[0]
}()

// add records code as cell n and returns it as a str Value.
func (l *inputLog) add(n int, code string) Value {
	if len(code) < ownText {
		if cap(l.text)-len(l.text) < len(code) {
			l.text = make([]byte, 0, textChunk)
		}
		start := len(l.text)
		l.text = append(l.text, code...)
		code = unsafe.String(unsafe.SliceData(l.text[start:]), len(code))
	}
	for len(l.heads) <= n/headChunk {
		l.heads = append(l.heads, nil)
	}
	h := l.heads[n/headChunk]
	if h == nil {
		h = new([headChunk]String)
		l.heads[n/headChunk] = h
	}
	p := &h[n%headChunk]
	if l.has(n) {
		p = new(String)
		if l.rerun == nil {
			l.rerun = map[int]*String{}
		}
		l.rerun[n] = p
	}
	*p = String(code)
	for len(l.ran) <= n/64 {
		l.ran = append(l.ran, 0)
	}
	l.ran[n/64] |= 1 << (n % 64)
	l.n = max(l.n, n+1)
	return stringAt(p)
}

// stringAt returns the str Value whose header is *p, as the runtime would
// box it, without copying the header.
func stringAt(p *String) Value {
	var v Value
	w := (*[2]unsafe.Pointer)(unsafe.Pointer(&v))
	w[0], w[1] = stringItab, unsafe.Pointer(p)
	return v
}

// has reports whether cell n ran with history.
func (l *inputLog) has(n int) bool {
	return n >= 0 && n/64 < len(l.ran) && l.ran[n/64]&(1<<(n%64)) != 0
}

// value returns the code of cell n as a str Value, or nil when cell n did
// not run with history.
func (l *inputLog) value(n int) Value {
	if !l.has(n) {
		return nil
	}
	if p := l.rerun[n]; p != nil {
		return stringAt(p)
	}
	return stringAt(&l.heads[n/headChunk][n%headChunk])
}
