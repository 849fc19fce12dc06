package eval

import (
	"fmt"

	"github.com/golinalg/golinalg/lang/syntax"
)

// Generator is the value of a generator expression: an iterator that runs
// the expression's loops lazily, one item per call of Next, in the
// expression's own scope, so that sum(x*x for x in range(10**9)) runs in
// constant memory and any(...) stops at the first true item. As in
// CPython, the first iterable is evaluated (and iter() applied to it) when
// the generator is created; a generator that raised is exhausted.
type Generator struct {
	fr  *frame // the expression's scope
	x   *syntax.Comprehension
	its []Iterator // one per active for clause, outermost first
	// rng, when set, replaces its for the commonest generator, one
	// clause "for name in range(...)": the range is walked in place and
	// each item stored into the target's slot.
	rng  *rangeIter
	slot int
	// arith: the range generator's body is arithmetic of its target
	// alone (see intArith), computed from the int unboxed.
	arith bool
	done  bool
	id    uint64
}

var genCount uint64

func newGenerator(fr *frame, x *syntax.Comprehension, first Value) (*Generator, error) {
	it, err := Iterate(first)
	if err != nil {
		return nil, err
	}
	fr.capture() // the scope lives as long as the generator
	genCount++
	g := &Generator{fr: fr, x: x, id: genCount}
	if r, ok := first.(Range); ok && len(x.Clauses) == 1 {
		if id, ok := x.Clauses[0].Target.(*syntax.Ident); ok {
			g.rng, g.slot = &rangeIter{cur: r.start, stop: r.stop, step: r.step}, fr.code.slots[id.Name]
			g.arith = len(x.Clauses[0].Ifs) == 0 && intArith(x.Body, id.Name)
			return g, nil
		}
	}
	g.its = []Iterator{it}
	return g, nil
}

// String is CPython's repr; the address is made up but distinct per
// generator.
func (g *Generator) String() string {
	return fmt.Sprintf("<generator object <genexpr> at 0x7f%010x>", 0x1000000+g.id*0x70)
}
func (*Generator) Type() string            { return "generator" }
func (*Generator) Truth() bool             { return true }
func (g *Generator) Iterate() Iterator     { return g }
func (g *Generator) Hash() (uint64, error) { return g.id * 0x9e3779b97f4a7c15, nil }

// Next produces the next item of the generator.
func (g *Generator) Next(th *Thread) (Value, bool, error) {
	v, ok, err := g.next(th)
	if err != nil || !ok {
		g.done, g.its = true, nil
	}
	return v, ok, err
}

func (g *Generator) next(th *Thread) (Value, bool, error) {
	fr, x := g.fr, g.x
	if it := g.rng; it != nil {
		ifs := x.Clauses[0].Ifs
		for !g.done {
			if it.step > 0 && it.cur >= it.stop || it.step < 0 && it.cur <= it.stop {
				return nil, false, nil
			}
			i := it.cur
			it.cur += it.step
			th.steps++
			if th.steps&255 == 0 {
				if err := th.Poll(); err != nil {
					return nil, false, err
				}
			}
			if g.arith {
				if e, ok := evalIntArith(x.Body, i); ok {
					return th.boxInt(e), true, nil
				}
			}
			fr.locals[g.slot] = th.boxInt(i)
			if len(ifs) > 0 {
				if keep, err := fr.passes(ifs); err != nil {
					return nil, false, err
				} else if !keep {
					continue
				}
			}
			e, err := fr.eval(x.Body)
			if err != nil {
				return nil, false, err
			}
			return e, true, nil
		}
		return nil, false, nil
	}
	for !g.done && len(g.its) > 0 {
		level := len(g.its) - 1
		v, ok, err := g.its[level].Next(th)
		if err != nil {
			return nil, false, err
		}
		if !ok {
			g.its = g.its[:level]
			continue
		}
		th.steps++
		if th.steps&255 == 0 {
			if err := th.Poll(); err != nil {
				return nil, false, err
			}
		}
		cl := x.Clauses[level]
		if id, simple := cl.Target.(*syntax.Ident); simple {
			fr.setIdent(id, v)
		} else if err := fr.assign(cl.Target, v); err != nil {
			return nil, false, err
		}
		if len(cl.Ifs) > 0 {
			if keep, err := fr.passes(cl.Ifs); err != nil {
				return nil, false, err
			} else if !keep {
				continue
			}
		}
		if level+1 < len(x.Clauses) {
			seq, err := fr.eval(x.Clauses[level+1].Iter)
			if err != nil {
				return nil, false, err
			}
			it, err := Iterate(seq)
			if err != nil {
				return nil, false, err
			}
			g.its = append(g.its, it)
			continue
		}
		e, err := fr.eval(x.Body)
		if err != nil {
			return nil, false, err
		}
		return e, true, nil
	}
	return nil, false, nil
}
