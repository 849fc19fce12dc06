package eval

import (
	"strings"
)

// List is a list.
type List struct {
	elems  []Value
	inRepr bool
}

// NewList returns a list holding elems (not copied).
func NewList(elems []Value) *List { return &List{elems: elems} }

func (l *List) String() string {
	if l.inRepr {
		return "[...]"
	}
	l.inRepr = true
	defer func() { l.inRepr = false }()
	return "[" + joinRepr(l.elems) + "]"
}
func (*List) Type() string     { return "list" }
func (l *List) Truth() bool    { return len(l.elems) > 0 }
func (l *List) Len() int       { return len(l.elems) }
func (l *List) Elems() []Value { return l.elems }
func (l *List) Iterate() Iterator {
	return &listIter{l: l}
}

type listIter struct {
	l *List
	i int
}

func (it *listIter) Next(*Thread) (Value, bool, error) {
	if it.i >= len(it.l.elems) {
		return nil, false, nil
	}
	v := it.l.elems[it.i]
	it.i++
	return v, true, nil
}

func joinRepr(elems []Value) string {
	var b strings.Builder
	for i, e := range elems {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(e.String())
	}
	return b.String()
}

// Tuple is a tuple.
type Tuple []Value

func (t Tuple) String() string {
	if len(t) == 1 {
		return "(" + t[0].String() + ",)"
	}
	return "(" + joinRepr(t) + ")"
}
func (Tuple) Type() string  { return "tuple" }
func (t Tuple) Truth() bool { return len(t) > 0 }
func (t Tuple) Len() int    { return len(t) }
func (t Tuple) Iterate() Iterator {
	return &sliceIter{elems: t}
}
func (t Tuple) Hash() (uint64, error) {
	hs := make([]uint64, len(t))
	for i, e := range t {
		h, err := HashValue(e)
		if err != nil {
			return 0, err
		}
		hs[i] = h
	}
	return hashTuple(hs), nil
}

type sliceIter struct {
	elems []Value
	i     int
}

func (it *sliceIter) Next(*Thread) (Value, bool, error) {
	if it.i >= len(it.elems) {
		return nil, false, nil
	}
	v := it.elems[it.i]
	it.i++
	return v, true, nil
}

// HashValue returns v's hash or Python's TypeError for unhashable values.
func HashValue(v Value) (uint64, error) {
	if h, ok := v.(Hashable); ok {
		return h.Hash()
	}
	return 0, NewError(TypeError, "unhashable type: '%s'", v.Type())
}

// Dict is an insertion-ordered dict.
type Dict struct {
	keys, vals []Value
	live       []bool
	n          int
	index      map[uint64][]int
	inRepr     bool
	// ns is set on the dict globals() returns: its entries are the
	// interpreter's global variables, read afresh (syncNS) and written
	// through; see namespaceDict.
	ns *Interpreter
}

// NewDict returns an empty dict.
func NewDict() *Dict { return &Dict{index: map[uint64][]int{}} }

func (d *Dict) String() string {
	if d.inRepr {
		return "{...}"
	}
	d.syncNS()
	d.inRepr = true
	defer func() { d.inRepr = false }()
	var b strings.Builder
	b.WriteByte('{')
	first := true
	for i := range d.keys {
		if !d.live[i] {
			continue
		}
		if !first {
			b.WriteString(", ")
		}
		first = false
		b.WriteString(d.keys[i].String())
		b.WriteString(": ")
		b.WriteString(d.vals[i].String())
	}
	b.WriteByte('}')
	return b.String()
}
func (*Dict) Type() string  { return "dict" }
func (d *Dict) Truth() bool { d.syncNS(); return d.n > 0 }
func (d *Dict) Len() int    { d.syncNS(); return d.n }

func (d *Dict) find(k Value) (int, uint64, error) {
	h, err := HashValue(k)
	if err != nil {
		return -1, 0, err
	}
	for _, i := range d.index[h] {
		if d.live[i] {
			eq, err := Equal(d.keys[i], k)
			if err != nil {
				return -1, h, err
			}
			if eq {
				return i, h, nil
			}
		}
	}
	return -1, h, nil
}

// Get returns the value for k.
func (d *Dict) Get(k Value) (Value, bool, error) {
	if d.ns != nil {
		return d.nsGet(k)
	}
	i, _, err := d.find(k)
	if err != nil || i < 0 {
		return nil, false, err
	}
	return d.vals[i], true, nil
}

// Set sets d[k] = v.
func (d *Dict) Set(k, v Value) error {
	if d.ns != nil {
		return d.nsSet(k, v)
	}
	i, h, err := d.find(k)
	if err != nil {
		return err
	}
	if i >= 0 {
		d.vals[i] = v
		return nil
	}
	if len(d.keys) >= maxSeqLen {
		return errMemory()
	}
	d.keys = append(d.keys, k)
	d.vals = append(d.vals, v)
	d.live = append(d.live, true)
	d.index[h] = append(d.index[h], len(d.keys)-1)
	d.n++
	return nil
}

// Delete removes k, reporting whether it was present.
func (d *Dict) Delete(k Value) (bool, error) {
	if d.ns != nil {
		return d.nsDelete(k)
	}
	i, h, err := d.find(k)
	if err != nil || i < 0 {
		return false, err
	}
	d.live[i] = false
	d.n--
	idx := d.index[h]
	for j, x := range idx {
		if x == i {
			d.index[h] = append(idx[:j:j], idx[j+1:]...)
			break
		}
	}
	if d.n == 0 || len(d.keys) > 32 && d.n < len(d.keys)/2 {
		d.compact()
	}
	return true, nil
}

func (d *Dict) compact() {
	keys, vals := d.keys, d.vals
	live := d.live
	d.keys, d.vals, d.live, d.n, d.index = nil, nil, nil, 0, map[uint64][]int{}
	for i := range keys {
		if live[i] {
			d.Set(keys[i], vals[i])
		}
	}
}

// Keys returns the keys in insertion order.
func (d *Dict) Keys() []Value {
	d.syncNS()
	out := make([]Value, 0, d.n)
	for i, k := range d.keys {
		if d.live[i] {
			out = append(out, k)
		}
	}
	return out
}

// Items returns key, value pairs in insertion order.
func (d *Dict) Items() [][2]Value {
	d.syncNS()
	out := make([][2]Value, 0, d.n)
	for i, k := range d.keys {
		if d.live[i] {
			out = append(out, [2]Value{k, d.vals[i]})
		}
	}
	return out
}

func (d *Dict) Iterate() Iterator { return &sliceIter{elems: d.Keys()} }

// Set is a set.
type Set struct {
	d      *Dict
	frozen bool
}

// NewSet returns an empty set.
func NewSet() *Set { return &Set{d: NewDict()} }

func (s *Set) String() string {
	if s.d.n == 0 {
		if s.frozen {
			return "frozenset()"
		}
		return "set()"
	}
	if s.frozen {
		return "frozenset({" + joinRepr(s.d.Keys()) + "})"
	}
	return "{" + joinRepr(s.d.Keys()) + "}"
}
func (s *Set) Type() string {
	if s.frozen {
		return "frozenset"
	}
	return "set"
}
func (s *Set) Truth() bool       { return s.d.n > 0 }
func (s *Set) Len() int          { return s.d.n }
func (s *Set) Iterate() Iterator { return s.d.Iterate() }
func (s *Set) Add(v Value) error { return s.d.Set(v, None) }
func (s *Set) Has(v Value) (bool, error) {
	_, ok, err := s.d.Get(v)
	return ok, err
}
func (s *Set) Elems() []Value { return s.d.Keys() }
func (s *Set) Hash() (uint64, error) {
	if !s.frozen {
		return 0, NewError(TypeError, "unhashable type: 'set'")
	}
	keys := s.d.Keys()
	hs := make([]uint64, len(keys))
	for i, k := range keys {
		hs[i], _ = HashValue(k)
	}
	return hashFrozenset(hs), nil
}

// Range is a range object.
type Range struct{ start, stop, step int64 }

func (r Range) String() string {
	if r.step == 1 {
		return "range(" + Int(r.start).String() + ", " + Int(r.stop).String() + ")"
	}
	return "range(" + Int(r.start).String() + ", " + Int(r.stop).String() + ", " + Int(r.step).String() + ")"
}
func (Range) Type() string  { return "range" }
func (r Range) Truth() bool { return r.Len() > 0 }
func (r Range) Len() int {
	return sliceLen(int(r.start), int(r.stop), int(r.step))
}
func (r Range) at(i int) Value { return Int(r.start + int64(i)*r.step) }
func (r Range) Iterate() Iterator {
	return &rangeIter{cur: r.start, stop: r.stop, step: r.step}
}

type rangeIter struct{ cur, stop, step int64 }

func (it *rangeIter) Next(th *Thread) (Value, bool, error) {
	if it.step > 0 && it.cur >= it.stop || it.step < 0 && it.cur <= it.stop {
		return nil, false, nil
	}
	v := th.boxInt(it.cur)
	it.cur += it.step
	if th != nil {
		// sum(range(10**12)) and the like stay interruptible.
		th.steps++
		if th.steps&1023 == 0 {
			if err := th.Poll(); err != nil {
				return nil, false, err
			}
		}
	}
	return v, true, nil
}

// iterObject wraps a Go iterator as a Python iterator object (what zip,
// map, enumerate, iter and generator expressions return).
type iterObject struct {
	typ string
	it  Iterator
	// repr, when set, is the object's repr (itertools.count(5)).
	repr func() string
}

func (o *iterObject) String() string {
	if o.repr != nil {
		return o.repr()
	}
	return "<" + o.typ + " object>"
}
func (o *iterObject) Type() string      { return o.typ }
func (o *iterObject) Truth() bool       { return true }
func (o *iterObject) Iterate() Iterator { return o.it }

// FuncIter adapts a closure to Iterator.
type FuncIter func(th *Thread) (Value, bool, error)

func (f FuncIter) Next(th *Thread) (Value, bool, error) { return f(th) }

// Iterate returns an iterator over v, or Python's TypeError.
func Iterate(v Value) (Iterator, error) {
	switch v := v.(type) {
	case String:
		rs := []rune(string(v))
		i := 0
		return FuncIter(func(*Thread) (Value, bool, error) {
			if i >= len(rs) {
				return nil, false, nil
			}
			i++
			return String(rs[i-1]), true, nil
		}), nil
	case Bytes:
		i := 0
		return FuncIter(func(*Thread) (Value, bool, error) {
			if i >= len(v) {
				return nil, false, nil
			}
			i++
			return Int(v[i-1]), true, nil
		}), nil
	case Iterable:
		return v.Iterate(), nil
	}
	return nil, NewError(TypeError, "'%s' object is not iterable", v.Type())
}

// Collect drains an iterable into a slice.
func Collect(th *Thread, v Value) ([]Value, error) {
	switch v := v.(type) {
	case *List:
		return append([]Value(nil), v.elems...), nil
	case Tuple:
		return append([]Value(nil), v...), nil
	}
	it, err := Iterate(v)
	if err != nil {
		return nil, err
	}
	var out []Value
	if s, ok := v.(Sequence); ok {
		// Refuse before allocating when the length is known, as CPython's
		// list(range(10**12)) does.
		n := s.Len()
		if err := CheckSeqLen(int64(n)); err != nil {
			return nil, err
		}
		out = make([]Value, 0, n)
	}
	for {
		x, ok, err := it.Next(th)
		if err != nil {
			return nil, err
		}
		if !ok {
			return out, nil
		}
		out = append(out, x)
		if len(out)&0xffff == 0 {
			if len(out) > maxSeqLen {
				return nil, errMemory()
			}
			if th != nil {
				if err := th.Poll(); err != nil {
					return nil, err
				}
			}
		}
	}
}
