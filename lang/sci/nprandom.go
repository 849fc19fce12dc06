package sci

import (
	"fmt"
	"math"
	"reflect"
	"slices"
	"time"

	"github.com/golinalg/golinalg/lang/eval"
	"github.com/golinalg/golinalg/linalg"
	"github.com/golinalg/golinalg/linalg/random"
)

// legacyRNG is the interpreter's global RandomState of numpy.random (the
// legacy functions seed, rand, randn, ...): MT19937, seeded from the clock
// on first use as NumPy seeds it from the OS.
func (in *lib) legacyRNG() *random.MT19937 {
	if in.mt == nil {
		in.mt = random.NewMT19937(uint32(time0Seed()))
	}
	return in.mt
}

// npGenerator is numpy.random.Generator on PCG64, with the methods of
// generatorMethods.
type npGenerator struct {
	in      *lib
	p       *random.PCG64
	methods map[string]eval.Value // bound methods, made on first use
}

// String is NumPy's repr: the str and the object's address (this value's,
// in NumPy's upper-case hex).
func (g *npGenerator) String() string {
	return fmt.Sprintf("Generator(PCG64) at 0x%X", reflect.ValueOf(g).Pointer())
}

// Str is str(rng), as NumPy: "Generator(PCG64)".
func (*npGenerator) Str() string  { return "Generator(PCG64)" }
func (*npGenerator) Type() string { return "numpy.random._generator.Generator" }
func (*npGenerator) Truth() bool  { return true }

// Attr returns the method name bound to g, or nil.
func (g *npGenerator) Attr(th *eval.Thread, name string) (eval.Value, error) {
	if b, ok := g.methods[name]; ok {
		return b, nil
	}
	for _, m := range generatorMethods {
		if m.Name() == name {
			if g.methods == nil {
				g.methods = map[string]eval.Value{}
			}
			b := m.bind(g.in, g, "numpy.random", "Generator."+name)
			g.methods[name] = b
			return b, nil
		}
	}
	return nil, nil
}

// AttrNames lists the methods, sorted.
func (g *npGenerator) AttrNames() []string {
	names := make([]string, len(generatorMethods))
	for i, m := range generatorMethods {
		names[i] = m.Name()
	}
	slices.Sort(names)
	return names
}

// randSize reads a size argument as NumPy's samplers do: None (no
// shape, and false), an integer, or a sequence or array of them. A float, complex or bool alone is NumPy's "expected a sequence
// of integers or a single integer" TypeError.
func randSize(v eval.Value) ([]int, bool, error) {
	var elems []eval.Value
	switch x := v.(type) {
	case nil, eval.NoneType:
		return nil, false, nil
	case eval.Tuple:
		elems = x
	case *eval.List:
		elems = x.Elems()
	case *Array:
		// A sequence of its elements, as NumPy iterates it.
		switch d := x.a.DType(); {
		case x.a.Ndim() == 0 && d == linalg.Int64:
			elems = []eval.Value{eval.Int(x.a.Int64s()[0])}
		case x.a.Ndim() == 0:
			elems = []eval.Value{v}
		case x.a.Ndim() > 1:
			return nil, false, eval.NewError(eval.TypeError, "only integer scalar arrays can be converted to a scalar index")
		case d != linalg.Int64 && x.a.Size() > 0:
			return nil, false, eval.NewError(eval.TypeError, "'numpy.%s' object cannot be interpreted as an integer", d)
		default:
			for _, n := range x.a.Int64s() {
				elems = append(elems, eval.Int(n))
			}
		}
	case eval.Bool, eval.Float, eval.Complex:
		return nil, false, eval.NewError(eval.TypeError, "expected a sequence of integers or a single integer, got '%s'", eval.Repr(v))
	case *NumpyScalar:
		if x.d != linalg.Int64 {
			return nil, false, eval.NewError(eval.TypeError, "expected a sequence of integers or a single integer, got '%s'", eval.Repr(v))
		}
		elems = []eval.Value{v}
	case eval.BigInt:
		return nil, false, eval.NewError(eval.ValueError, "Maximum allowed dimension exceeded")
	default:
		elems = []eval.Value{v}
	}
	s := make([]int, len(elems))
	for i, e := range elems {
		n, err := eval.ToIndex(e, "'"+e.Type()+"' object cannot be interpreted as an integer")
		if err != nil {
			return nil, false, err
		}
		if n < 0 {
			return nil, false, eval.NewError(eval.ValueError, "negative dimensions are not allowed")
		}
		s[i] = n
	}
	return s, true, nil
}

// randFloats draws from f: one Python float when has is false, otherwise
// a float64 array of shape filled in C order.
func (in *lib) randFloats(shape []int, has bool, f func() float64) (eval.Value, error) {
	if !has {
		return eval.Float(f()), nil
	}
	if err := linalg.CheckAlloc(linalg.Float64, shape); err != nil {
		return nil, pyErr(nil, "", nil, err)
	}
	n := 1
	for _, d := range shape {
		n *= d
	}
	data := make([]float64, n)
	for i := range data {
		data[i] = f()
	}
	a, err := linalg.NewFloat64(shape, data)
	if err != nil {
		return nil, pyErr(nil, "", nil, err)
	}
	return &Array{a: a, in: in}, nil
}

// randInts draws from f: without a size one integer (a Python int, or an
// np.int64 when npScalar), otherwise an int64 array of the size.
func (in *lib) randInts(sz eval.Value, f func() int64, npScalar bool) (eval.Value, error) {
	shape, has, err := randSize(sz)
	if err != nil {
		return nil, err
	}
	if !has {
		if npScalar {
			return &NumpyScalar{v: f(), d: linalg.Int64, in: in}, nil
		}
		return eval.Int(f()), nil
	}
	if err := linalg.CheckAlloc(linalg.Int64, shape); err != nil {
		return nil, pyErr(nil, "", nil, err)
	}
	n := 1
	for _, d := range shape {
		n *= d
	}
	data := make([]int64, n)
	for i := range data {
		data[i] = f()
	}
	a, err := linalg.NewInt64(shape, data)
	if err != nil {
		return nil, pyErr(nil, "", nil, err)
	}
	return &Array{a: a, in: in}, nil
}

// intBounds resolves randint/integers' (low, high) pair to [l, h).
func intBounds(lo, hi eval.Value, endpoint bool) (eval.Int, eval.Int, error) {
	l, ok := lo.(eval.Int)
	if !ok {
		return 0, 0, eval.NewError(eval.NotImplementedError, "non-integer bounds are not supported by golinalg's np.random")
	}
	var h eval.Int
	if hi == eval.None {
		l, h = 0, l
	} else if h, ok = hi.(eval.Int); !ok {
		return 0, 0, eval.NewError(eval.NotImplementedError, "non-integer bounds are not supported by golinalg's np.random")
	}
	if endpoint {
		if h < l {
			return 0, 0, eval.NewError(eval.ValueError, "low > high")
		}
		if h == math.MaxInt64 {
			return 0, 0, eval.NewError(eval.NotImplementedError, "high=2**63-1 with endpoint=True is not supported by golinalg")
		}
		h++
	}
	if l >= h {
		return 0, 0, eval.NewError(eval.ValueError, "low >= high")
	}
	return l, h, nil
}

// time0Seed seeds the global state when no seed is given.
func time0Seed() int64 { return time.Now().UnixNano() }

// randParams are the parameters of a distribution, read as NumPy's cont()
// reads them: each a real scalar, or a list or array of reals. Without a
// size, the draws take the parameters' broadcast shape, or are a single
// float when every parameter is a scalar or 0-d; with a size they take
// it, and every parameter must broadcast to it. Draws are made in C order
// of the output, each with its own element of every parameter.
type randParams struct {
	shape []int
	array bool        // the draws are an array (of shape)
	vals  [][]float64 // per parameter: one value, or one per draw
}

// distParams reads the parameters ps and the size argument sz.
func (in *lib) distParams(th *eval.Thread, sz eval.Value, ps ...eval.Value) (*randParams, error) {
	r := &randParams{vals: make([][]float64, len(ps))}
	arrays := make([]*linalg.Array, len(ps))
	shapes := [][]int{}
	for j, v := range ps {
		switch v.(type) {
		case *eval.List, eval.Tuple, *Array:
			a, ok, err := in.toArray(th, v)
			if err != nil {
				return nil, err
			}
			if ok && a.DType() == linalg.Complex128 {
				return nil, eval.NewError(eval.TypeError, "float() argument must be a string or a real number, not 'complex'")
			}
			if ok && len(a.Shape()) > 0 {
				arrays[j] = a
				r.array = true
				continue
			}
			if ok {
				r.vals[j] = a.Float64s()
				continue
			}
		}
		if s, ok := v.(eval.String); ok {
			// NumPy converts the parameter to a float64 array.
			return nil, eval.NewError(eval.ValueError, "could not convert string to float: %s", eval.Repr(s))
		}
		f, err := eval.ToFloat(v)
		if err != nil {
			return nil, err
		}
		r.vals[j] = []float64{f}
	}
	size, hasSize, err := randSize(sz)
	if err != nil {
		return nil, err
	}
	if hasSize {
		r.array, r.shape = true, size
		shapes = append(shapes, size)
	}
	for _, a := range arrays {
		if a == nil {
			shapes = append(shapes, nil)
		} else {
			shapes = append(shapes, a.Shape())
		}
	}
	if !r.array {
		return r, nil
	}
	out, err := linalg.BroadcastShapesArgs(shapes)
	if err != nil {
		return nil, pyErr(nil, "", nil, err)
	}
	if hasSize && !slices.Equal(out, size) {
		return nil, eval.NewError(eval.ValueError, "Output size %s is not compatible with broadcast dimensions of inputs %s.", eval.Repr(shapeTuple(size)), eval.Repr(shapeTuple(out)))
	}
	r.shape = out
	for j, a := range arrays {
		if a == nil {
			continue
		}
		b, err := a.BroadcastTo(out)
		if err != nil {
			return nil, pyErr(th, "", nil, err)
		}
		r.vals[j] = b.Float64s()
	}
	return r, nil
}

// nonNegative is NumPy's check of parameter j: ValueError "name < 0" when
// any value has its sign bit set (-0.0 included; NaN passes).
func (r *randParams) nonNegative(j int, name string) error {
	for _, f := range r.vals[j] {
		if !math.IsNaN(f) && math.Signbit(f) {
			return eval.NewError(eval.ValueError, "%s < 0", name)
		}
	}
	return nil
}

// draw makes the draws, calling f with the parameters of each in turn.
func (r *randParams) draw(in *lib, f func(params []float64) float64) (eval.Value, error) {
	v := make([]float64, len(r.vals))
	k := 0
	return in.randFloats(r.shape, r.array, func() float64 {
		for j, vals := range r.vals {
			if len(vals) == 1 {
				v[j] = vals[0]
			} else {
				v[j] = vals[k]
			}
		}
		k++
		return f(v)
	})
}

// defaultRng is np.random.default_rng(v), v given as param, for a Generator (v itself), None
// or a non-negative integer below 2**64; a sequence of ints, which NumPy
// hashes into a seed, is not supported yet.
func (c *Call) defaultRng(param string, v eval.Value) (*npGenerator, error) {
	switch x := v.(type) {
	case *npGenerator:
		return x, nil
	case eval.NoneType:
		return &npGenerator{in: c.in, p: random.NewPCG64(uint64(time0Seed()))}, nil
	}
	n, ok := seedInt(v)
	switch x := v.(type) {
	case eval.BigInt:
		if x.String()[0] != '-' {
			// NumPy hashes every 32-bit word of a large seed.
			return nil, c.notSupported(param + "=<int of more than 64 bits>")
		}
		return nil, eval.NewError(eval.ValueError, "expected non-negative integer")
	case eval.Tuple, *eval.List, *Array:
		return nil, c.notSupported(param + "=<" + v.Type() + ">")
	}
	if !ok {
		return nil, eval.NewError(eval.TypeError, "SeedSequence expects int or sequence of ints for entropy not %s", eval.Str(v))
	}
	if n < 0 {
		return nil, eval.NewError(eval.ValueError, "expected non-negative integer")
	}
	return &npGenerator{in: c.in, p: random.NewPCG64(uint64(n))}, nil
}

// checkRandomState is SciPy's check_random_state(v): the global
// RandomState for None or the module numpy.random, a new RandomState for an integer, a Generator as
// it is (its bit generator returned in pcg).
func (c *Call) checkRandomState(v eval.Value) (mt *random.MT19937, pcg *random.PCG64, err error) {
	switch x := v.(type) {
	case *npGenerator:
		return nil, x.p, nil
	case eval.NoneType:
		return c.in.legacyRNG(), nil, nil
	case *eval.Module:
		if x.Name() == "numpy.random" {
			return c.in.legacyRNG(), nil, nil
		}
	}
	n, ok := seedInt(v)
	if !ok {
		return nil, nil, eval.NewError(eval.ValueError, "'%s' cannot be used to seed a numpy.random.RandomState instance", eval.Str(v))
	}
	if n < 0 || n > math.MaxUint32 {
		return nil, nil, eval.NewError(eval.ValueError, "Seed must be between 0 and 2**32 - 1")
	}
	return random.NewMT19937(uint32(n)), nil, nil
}

// seedInt reads a seed that is a Python or NumPy integer (bool included).
func seedInt(v eval.Value) (int64, bool) {
	switch x := v.(type) {
	case eval.Bool:
		if x {
			return 1, true
		}
		return 0, true
	case eval.Int:
		return int64(x), true
	case *NumpyScalar:
		if n, ok := x.v.(int64); ok {
			return n, true
		}
	}
	return 0, false
}
