package sci

import (
	"math"

	"github.com/golinalg/golinalg/lang/eval"
	"github.com/golinalg/golinalg/linalg"
)

// numpyRandom is the module numpy.random: the legacy functions on the
// interpreter's global RandomState (MT19937, lib.legacyRNG) and
// default_rng, whose Generator (PCG64) has the methods of
// generatorMethods. Both draw NumPy's streams bit for bit. NumPy compiles
// these functions with Cython (numpy/random/mtrand.pyx, _generator.pyx),
// so they unpack with Call.cyUnpack and get Cython's argument messages.
//
// NumPy's dtype defaults (dtype=int, dtype=np.int64, dtype=np.float64)
// are not literals the signature parser reads; the signatures show them
// as strings ('int', 'int64', 'float64'), and the bodies tell a default
// from a given dtype by Call.given.
var numpyRandom = &Module{
	Name: "numpy.random",
	Doc:  "Random sampling (golinalg subset of numpy.random): the legacy global RandomState (MT19937) and default_rng's Generator (PCG64), drawing NumPy's streams bit for bit.",
	Funcs: []*Func{
		{Sig: "seed(seed=None)", Body: randomSeed, Doc: `Reseed the global RandomState that rand, randn, randint, random, uniform and normal draw from. The same seed gives the same stream as NumPy's legacy MT19937.

Parameters
----------
seed : int, optional
    An integer in [0, 2**32 - 1]. None seeds from the clock.

Raises
------
ValueError
    If seed is outside [0, 2**32 - 1].`},
		{Sig: "rand(*args)", Body: randomRand, Doc: `Uniform random floats in [0, 1) in an array of shape (d0, d1, ..., dn), drawn from the global RandomState; with no argument, a single float.

Parameters
----------
d0, d1, ..., dn : int, optional
    Length of each axis, given as separate integers (not a tuple).

Returns
-------
out : ndarray or float
    The draws.

Raises
------
ValueError
    If a dimension is negative.`},
		{Sig: "randn(*args)", Body: randomRandn, Doc: `Draws from the standard normal distribution (mean 0, variance 1) in an array of shape (d0, d1, ..., dn), from the global RandomState; with no argument, a single float. For N(mu, sigma**2) use mu + sigma * randn(...).

Parameters
----------
d0, d1, ..., dn : int, optional
    Length of each axis, given as separate integers (not a tuple).

Returns
-------
Z : ndarray or float
    The draws.

Raises
------
ValueError
    If a dimension is negative.`},
		{Sig: "randint(low, high=None, size=None, dtype='int')", Body: randomRandint, Doc: `Random integers drawn uniformly from the half-open interval [low, high), or [0, low) when high is None, from the global RandomState.

Parameters
----------
low : int
    Lowest integer that can be drawn (or one above the highest, when high is None).
high : int, optional
    One above the highest integer that can be drawn.
size : int or tuple of ints, optional
    Output shape; None gives a single integer.
dtype : dtype, optional
    int (the default; a single draw is then a Python int) or int64.

Returns
-------
out : int or ndarray of ints
    The draws.

Raises
------
ValueError
    If low >= high.`},
		{Sig: "random(size=None)", Body: randomRandom, Doc: `Uniform random floats in the half-open interval [0, 1), from the global RandomState. The same as random_sample.

Parameters
----------
size : int or tuple of ints, optional
    Output shape; None gives a single float.

Returns
-------
out : float or ndarray of floats
    The draws.`},
		{Sig: "random_sample(size=None)", Body: randomRandomSample, Doc: `Uniform random floats in the half-open interval [0, 1), from the global RandomState. For samples of Unif[a, b) use (b - a) * random_sample() + a.

Parameters
----------
size : int or tuple of ints, optional
    Output shape; None gives a single float.

Returns
-------
out : float or ndarray of floats
    The draws.`},
		{Sig: "uniform(low=0.0, high=1.0, size=None)", Body: randomUniform, Doc: `Draws from the uniform distribution on [low, high), each low + (high - low) * u for a uniform u in [0, 1), from the global RandomState. low and high may be arrays, broadcast against each other and size.

Parameters
----------
low : float or array_like of floats, optional
    Lower bound of the interval.
high : float or array_like of floats, optional
    Upper bound of the interval.
size : int or tuple of ints, optional
    Output shape; None gives the broadcast shape of low and high (a single float when both are scalars).

Returns
-------
out : float or ndarray
    The draws.

Raises
------
ValueError
    If low, high and size do not broadcast together.`},
		{Sig: "normal(loc=0.0, scale=1.0, size=None)", Body: randomNormal, Doc: `Draws from the normal (Gaussian) distribution with mean loc and standard deviation scale, from the global RandomState. loc and scale may be arrays, broadcast against each other and size.

` + docNormalParams},
		{Sig: "default_rng(seed=None)", Body: randomDefaultRng, Doc: `A new Generator on the PCG64 bit generator, seeded as NumPy's SeedSequence seeds it: the same seed gives NumPy's stream. Its methods are integers, random, standard_normal and normal.

Parameters
----------
seed : int, optional
    A non-negative integer. None seeds from the clock.

Returns
-------
Generator
    The generator.

Raises
------
ValueError
    If seed is negative.`},
	},
}

// generatorMethods are the methods of numpy.random.Generator, bound to
// each generator by npGenerator.Attr.
var generatorMethods = methods[*npGenerator]{
	{Func: Func{Sig: "integers(low, high=None, size=None, dtype='int64', endpoint=False)", Doc: `Random integers drawn uniformly from [low, high), or [low, high] with endpoint=True; from [0, low) when high is None.

Parameters
----------
low : int
    Lowest integer that can be drawn (or the upper bound, when high is None).
high : int, optional
    Upper bound: excluded, or included with endpoint=True.
size : int or tuple of ints, optional
    Output shape; None gives a single np.int64.
dtype : dtype, optional
    int64 only.
endpoint : bool, optional
    Include high in the interval.

Returns
-------
out : np.int64 or ndarray of int64
    The draws.

Raises
------
ValueError
    If the interval is empty (low >= high, or low > high with endpoint).`}, Body: generatorIntegers},
	{Func: Func{Sig: "random(size=None, dtype='float64', out=None)", Doc: `Uniform random floats in the half-open interval [0, 1).

Parameters
----------
` + docSizeDtypeOut + `

Returns
-------
out : float or ndarray of floats
    The draws.`}, Body: generatorRandom},
	{Func: Func{Sig: "standard_normal(size=None, dtype='float64', out=None)", Doc: `Draws from the standard normal distribution (mean 0, variance 1), by NumPy's ziggurat method.

Parameters
----------
` + docSizeDtypeOut + `

Returns
-------
out : float or ndarray
    The draws.`}, Body: generatorStandardNormal},
	{Func: Func{Sig: "normal(loc=0.0, scale=1.0, size=None)", Doc: `Draws from the normal (Gaussian) distribution with mean loc and standard deviation scale. loc and scale may be arrays, broadcast against each other and size.

` + docNormalParams}, Body: generatorNormal},
	{Func: Func{Sig: "uniform(low=0.0, high=1.0, size=None)", Doc: `Draws from the uniform distribution on [low, high): low + (high - low) * u for a uniform u in [0, 1). low and high may be arrays, broadcast against each other and size.

Parameters
----------
low : float or array_like of floats, optional
    Lower bound, included.
high : float or array_like of floats, optional
    Upper bound, excluded; not below low.
size : int or tuple of ints, optional
    Output shape; None gives the broadcast shape of low and high (a single float when both are scalars).

Returns
-------
out : float or ndarray
    The draws.

Raises
------
ValueError
    If high < low, or the arguments do not broadcast together.
OverflowError
    If high - low is not finite.`}, Body: generatorUniform},
}

// cyUnpack is Unpack for a function NumPy compiles with Cython: the
// argument errors are Cython's ("takes at most 3 positional arguments (4
// given)", "got multiple values for keyword argument 'loc'", "takes at
// least 1 positional argument (0 given)"), checked in Cython's order
// (positional count, keywords, missing) before Unpack converts.
func (c *Call) cyUnpack(dst ...any) error {
	s := c.f.signature()
	if s.varargs < 0 && len(c.args) > s.npos {
		return s.cyArity(len(c.args))
	}
	for _, kw := range c.kwargs {
		i := s.index(kw.Name)
		if i < 0 || s.params[i].star != 0 {
			if s.varkw >= 0 {
				continue
			}
			return eval.NewError(eval.TypeError, "%s() got an unexpected keyword argument '%s'", s.name, kw.Name)
		}
		if i < len(c.args) && !s.params[i].kwOnly {
			return eval.NewError(eval.TypeError, "%s() got multiple values for keyword argument '%s'", s.name, kw.Name)
		}
	}
	for i, p := range s.params {
		if p.def != nil || p.star != 0 || c.given(i) {
			continue
		}
		if p.kwOnly {
			return eval.NewError(eval.TypeError, "%s() needs keyword-only argument %s", s.name, p.name)
		}
		return s.cyArity(i)
	}
	return c.Unpack(dst...)
}

// cyArity is Cython's error for a call with n positional arguments, too
// many or too few.
func (s *signature) cyArity(n int) error {
	bound, how := s.npos, "at most"
	if n < s.nreq {
		bound, how = s.nreq, "at least"
	}
	if s.nreq == s.npos {
		how = "exactly"
	}
	return eval.NewError(eval.TypeError, "%s() takes %s %d positional argument%s (%d given)", s.name, how, bound, eval.Plural(bound), n)
}

// given reports whether the call gives parameter i, by position or by
// keyword.
func (c *Call) given(i int) bool {
	s := c.f.signature()
	if i < len(c.args) && i < s.npos && !s.params[i].kwOnly {
		return true
	}
	for _, kw := range c.kwargs {
		if kw.Name == s.params[i].name {
			return true
		}
	}
	return false
}

func randomSeed(c *Call) (eval.Value, error) {
	var s eval.Value
	if err := c.cyUnpack(&s); err != nil {
		return nil, err
	}
	rs := c.in.legacyRNG()
	if s == eval.None {
		rs.Seed(uint32(time0Seed()))
		return eval.None, nil
	}
	n, ok := s.(eval.Int)
	if !ok {
		return nil, c.notSupported("seed=<" + s.Type() + ">")
	}
	if n < 0 || n > math.MaxUint32 {
		return nil, eval.NewError(eval.ValueError, "Seed must be between 0 and 2**32 - 1")
	}
	rs.Seed(uint32(n))
	return eval.None, nil
}

func randomRand(c *Call) (eval.Value, error) { return randomShaped(c, c.in.legacyRNG().Float64) }

func randomRandn(c *Call) (eval.Value, error) { return randomShaped(c, c.in.legacyRNG().Gauss) }

// randomShaped is rand and randn: draws of f in the shape given by the
// arguments, one integer per axis; a single float without arguments.
func randomShaped(c *Call, f func() float64) (eval.Value, error) {
	var dims []eval.Value
	if err := c.cyUnpack(&dims); err != nil {
		return nil, err
	}
	if len(dims) == 0 {
		return eval.Float(f()), nil
	}
	shape := make([]int, len(dims))
	for i, d := range dims {
		switch x := d.(type) {
		case eval.Bool:
			return nil, eval.NewError(eval.TypeError, "an integer is required")
		case *NumpyScalar:
			if x.d == linalg.Bool {
				return nil, eval.NewError(eval.TypeError, "an integer is required")
			}
		case *Array:
			if x.a.Ndim() > 0 || x.a.DType() != linalg.Int64 {
				return nil, eval.NewError(eval.TypeError, "only integer scalar arrays can be converted to a scalar index")
			}
			d = eval.Int(x.a.Int64s()[0])
		case eval.BigInt:
			return nil, eval.NewError(eval.ValueError, "Maximum allowed dimension exceeded")
		}
		n, err := eval.ToIndex(d, "'"+d.Type()+"' object cannot be interpreted as an integer")
		if err != nil {
			return nil, err
		}
		if n < 0 {
			return nil, eval.NewError(eval.ValueError, "negative dimensions are not allowed")
		}
		shape[i] = n
	}
	return c.in.randFloats(shape, true, f)
}

func randomRandint(c *Call) (eval.Value, error) {
	var lo, hi, size, dtype eval.Value
	if err := c.cyUnpack(&lo, &hi, &size, &dtype); err != nil {
		return nil, err
	}
	npScalar := false
	if c.given(3) && !isPyType(dtype, "int") {
		if err := c.randDType(dtype, linalg.Int64, true); err != nil {
			return nil, err
		}
		npScalar = true
	}
	l, h, err := intBounds(lo, hi, false)
	if err != nil {
		return nil, err
	}
	rs := c.in.legacyRNG()
	return c.in.randInts(size, func() int64 { return rs.Interval(int64(l), uint64(h)-1-uint64(l)) }, npScalar)
}

// randDType checks a sampler's dtype argument v (None reads as float64,
// as np.dtype reads it): nil for want, the one dtype golinalg draws; the
// TypeError NumPy raises for a dtype of the wrong kind (a float for an
// integer sampler, ints says which) or for a value that is no dtype; not
// supported for the others (int32, float32, bool, ...), which NumPy draws
// from other streams, and for dtype names golinalg does not know.
func (c *Call) randDType(v eval.Value, want linalg.DType, ints bool) error {
	d := linalg.Float64
	if v != eval.None {
		var err error
		if d, err = toDType(v); err != nil {
			if _, ok := v.(eval.String); !ok {
				return err
			}
			return c.notSupported("dtype=" + eval.Repr(v))
		}
	}
	switch {
	case d == want:
		return nil
	case ints && (d == linalg.Float64 || d == linalg.Complex128),
		!ints && (d == linalg.Int64 || d == linalg.Complex128 || d == linalg.Bool):
		return eval.NewError(eval.TypeError, "Unsupported dtype dtype('%s') for %s", d, c.f.Name())
	}
	return c.notSupported("dtype=" + eval.Repr(v))
}

// isPyType reports whether v is the Python built-in type name ("int").
func isPyType(v eval.Value, name string) bool {
	t, ok := v.(interface {
		eval.Value
		Name() string
	})
	return ok && t.Type() == "type" && t.Name() == name
}

func randomRandom(c *Call) (eval.Value, error) { return randomSample(c) }

func randomRandomSample(c *Call) (eval.Value, error) { return randomSample(c) }

// randomSample is random and random_sample.
func randomSample(c *Call) (eval.Value, error) {
	var size eval.Value
	if err := c.cyUnpack(&size); err != nil {
		return nil, err
	}
	shape, has, err := randSize(size)
	if err != nil {
		return nil, err
	}
	return c.in.randFloats(shape, has, c.in.legacyRNG().Float64)
}

func randomUniform(c *Call) (eval.Value, error) {
	var lo, hi, size eval.Value
	if err := c.cyUnpack(&lo, &hi, &size); err != nil {
		return nil, err
	}
	p, err := c.in.distParams(c.th, size, lo, hi)
	if err != nil {
		return nil, err
	}
	rs := c.in.legacyRNG()
	return p.draw(c.in, func(v []float64) float64 { return v[0] + (v[1]-v[0])*rs.Float64() })
}

// normalParams reads normal's loc, scale and size, for the module
// function and the Generator method: scale must be non-negative.
// Docstring pieces that numpy.random's functions and Generator's methods share.
const (
	docNormalParams = "Parameters\n----------\nloc : float or array_like of floats, optional\n    Mean of the distribution.\nscale : float or array_like of floats, optional\n    Standard deviation; must be non-negative.\nsize : int or tuple of ints, optional\n    Output shape; None gives the broadcast shape of loc and scale (a single float when both are scalars).\n\nReturns\n-------\nout : float or ndarray\n    The draws.\n\nRaises\n------\nValueError\n    If scale is negative, or the arguments do not broadcast together."
	docSizeDtypeOut = "size : int or tuple of ints, optional\n    Output shape; None gives a single float.\ndtype : dtype, optional\n    float64 only.\nout : ndarray, optional\n    Not supported."
)

func normalParams(c *Call) (*randParams, error) {
	var loc, scale, size eval.Value
	if err := c.cyUnpack(&loc, &scale, &size); err != nil {
		return nil, err
	}
	p, err := c.in.distParams(c.th, size, loc, scale)
	if err != nil {
		return nil, err
	}
	return p, p.nonNegative(1, "scale")
}

func randomNormal(c *Call) (eval.Value, error) {
	p, err := normalParams(c)
	if err != nil {
		return nil, err
	}
	rs := c.in.legacyRNG()
	return p.draw(c.in, func(v []float64) float64 { return v[0] + v[1]*rs.Gauss() })
}

func randomDefaultRng(c *Call) (eval.Value, error) {
	var sd eval.Value
	if err := c.cyUnpack(&sd); err != nil {
		return nil, err
	}
	return c.defaultRng("seed", sd)
}

func generatorIntegers(c *Call, g *npGenerator) (eval.Value, error) {
	var lo, hi, size, dtype eval.Value
	var endpoint bool
	if err := c.cyUnpack(&lo, &hi, &size, &dtype, &endpoint); err != nil {
		return nil, err
	}
	if c.given(3) {
		if err := c.randDType(dtype, linalg.Int64, true); err != nil {
			return nil, err
		}
	}
	l, h, err := intBounds(lo, hi, endpoint)
	if err != nil {
		return nil, err
	}
	return c.in.randInts(size, func() int64 { return g.p.Integer(int64(l), uint64(h)-1-uint64(l)) }, true)
}

func generatorRandom(c *Call, g *npGenerator) (eval.Value, error) {
	return generatorFloats(c, g.p.Float64)
}

// generatorUniform is Generator.uniform: high - low is formed first, as
// NumPy forms it, and must be finite (OverflowError, worded for scalars or
// arrays as NumPy words it) and not negative; each draw is low + range·u.
func generatorUniform(c *Call, g *npGenerator) (eval.Value, error) {
	var lo, hi, size eval.Value
	if err := c.cyUnpack(&lo, &hi, &size); err != nil {
		return nil, err
	}
	p, err := c.in.distParams(c.th, size, lo, hi)
	if err != nil {
		return nil, err
	}
	n := max(len(p.vals[0]), len(p.vals[1]))
	rng := make([]float64, n)
	for k := range rng {
		rng[k] = p.vals[1][min(k, len(p.vals[1])-1)] - p.vals[0][min(k, len(p.vals[0])-1)]
	}
	for _, r := range rng {
		if math.IsInf(r, 0) || math.IsNaN(r) {
			if zeroDim(c, lo) && zeroDim(c, hi) {
				return nil, eval.NewError(eval.OverflowError, "high - low range exceeds valid bounds")
			}
			return nil, eval.NewError(eval.OverflowError, "Range exceeds valid bounds")
		}
	}
	p.vals[1] = rng
	if err := p.nonNegative(1, "high - low"); err != nil {
		return nil, err
	}
	return p.draw(c.in, func(v []float64) float64 { return v[0] + v[1]*g.p.Float64() })
}

// zeroDim reports whether v is a scalar or a 0-d array.
func zeroDim(c *Call, v eval.Value) bool {
	a, ok, err := c.in.toArray(c.th, v)
	return err == nil && ok && a.Ndim() == 0
}

func generatorStandardNormal(c *Call, g *npGenerator) (eval.Value, error) {
	return generatorFloats(c, g.p.StandardNormal)
}

// generatorFloats is random and standard_normal: draws of f, float64
// only, into a new array.
func generatorFloats(c *Call, f func() float64) (eval.Value, error) {
	var size, dtype, out eval.Value
	if err := c.cyUnpack(&size, &dtype, &out); err != nil {
		return nil, err
	}
	if c.given(1) {
		if err := c.randDType(dtype, linalg.Float64, false); err != nil {
			return nil, err
		}
	}
	if out != eval.None {
		return nil, c.notSupported("out=...")
	}
	shape, has, err := randSize(size)
	if err != nil {
		return nil, err
	}
	return c.in.randFloats(shape, has, f)
}

func generatorNormal(c *Call, g *npGenerator) (eval.Value, error) {
	p, err := normalParams(c)
	if err != nil {
		return nil, err
	}
	return p.draw(c.in, func(v []float64) float64 { return g.p.Normal(v[0], v[1]) })
}
