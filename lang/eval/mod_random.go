package eval

import (
	"crypto/sha512"
	"encoding/binary"
	"math"
	"math/big"
	"time"

	"github.com/golinalg/golinalg/lang/syntax"
)

// random: CPython's Mersenne Twister (MT19937) with CPython's seeding
// (init_by_array of the seed's 32-bit words; a str seed hashed with
// SHA-512 as random.seed version 2 does), and the Python-level methods
// of CPython 3.11's random.Random on top of it, so that random.seed(n)
// gives CPython's streams.

type mtRandom struct {
	mt        [624]uint32
	idx       int
	gaussNext *float64
}

func (r *mtRandom) initGenrand(s uint32) {
	r.mt[0] = s
	for i := 1; i < 624; i++ {
		r.mt[i] = 1812433253*(r.mt[i-1]^(r.mt[i-1]>>30)) + uint32(i)
	}
	r.idx = 624
}

func (r *mtRandom) initByArray(key []uint32) {
	r.initGenrand(19650218)
	i, j := 1, 0
	k := max(624, len(key))
	for ; k > 0; k-- {
		r.mt[i] = (r.mt[i] ^ ((r.mt[i-1] ^ (r.mt[i-1] >> 30)) * 1664525)) + key[j] + uint32(j)
		i++
		j++
		if i >= 624 {
			r.mt[0] = r.mt[623]
			i = 1
		}
		if j >= len(key) {
			j = 0
		}
	}
	for k = 623; k > 0; k-- {
		r.mt[i] = (r.mt[i] ^ ((r.mt[i-1] ^ (r.mt[i-1] >> 30)) * 1566083941)) - uint32(i)
		i++
		if i >= 624 {
			r.mt[0] = r.mt[623]
			i = 1
		}
	}
	r.mt[0] = 0x80000000
}

func (r *mtRandom) genrand() uint32 {
	const upper, lower, matrixA = 0x80000000, 0x7fffffff, 0x9908b0df
	if r.idx >= 624 {
		var kk int
		for kk = 0; kk < 624-397; kk++ {
			y := r.mt[kk]&upper | r.mt[kk+1]&lower
			r.mt[kk] = r.mt[kk+397] ^ y>>1 ^ (y&1)*matrixA
		}
		for ; kk < 623; kk++ {
			y := r.mt[kk]&upper | r.mt[kk+1]&lower
			r.mt[kk] = r.mt[kk+(397-624)] ^ y>>1 ^ (y&1)*matrixA
		}
		y := r.mt[623]&upper | r.mt[0]&lower
		r.mt[623] = r.mt[396] ^ y>>1 ^ (y&1)*matrixA
		r.idx = 0
	}
	y := r.mt[r.idx]
	r.idx++
	y ^= y >> 11
	y ^= y << 7 & 0x9d2c5680
	y ^= y << 15 & 0xefc60000
	y ^= y >> 18
	return y
}

// seedInt is random_seed for a non-negative int.
func (r *mtRandom) seedInt(n *big.Int) {
	words := []uint32{0}
	if n.Sign() != 0 {
		b := n.Bytes() // big-endian
		words = make([]uint32, (len(b)+3)/4)
		for i := 0; i < len(b); i++ {
			words[i/4] |= uint32(b[len(b)-1-i]) << (8 * (i % 4))
		}
	}
	r.initByArray(words)
	r.gaussNext = nil
}

func (r *mtRandom) random() float64 {
	a, b := r.genrand()>>5, r.genrand()>>6
	return (float64(a)*67108864.0 + float64(b)) * (1.0 / 9007199254740992.0)
}

func (r *mtRandom) getrandbits(k int) *big.Int {
	if k <= 32 {
		if k == 0 {
			return new(big.Int)
		}
		return big.NewInt(int64(r.genrand() >> (32 - k)))
	}
	words := (k-1)/32 + 1
	out := new(big.Int)
	for i := 0; i < words; i++ {
		w := r.genrand()
		if k < 32 {
			w >>= 32 - k
		}
		out.Or(out, new(big.Int).Lsh(big.NewInt(int64(w)), uint(32*i)))
		k -= 32
	}
	return out
}

// randbelow is _randbelow_with_getrandbits, for n > 0.
func (r *mtRandom) randbelow(n *big.Int) *big.Int {
	k := n.BitLen()
	x := r.getrandbits(k)
	for x.Cmp(n) >= 0 {
		x = r.getrandbits(k)
	}
	return x
}

func (r *mtRandom) randbelowInt(n int) int { return int(r.randbelow(big.NewInt(int64(n))).Int64()) }

// pyHash is CPython's hash of an int or float (modulo 2**61 - 1), which
// random.seed uses for a float.
func pyHash(v Value) (int64, bool) {
	var q *big.Rat
	switch x := v.(type) {
	case Float:
		f := float64(x)
		if math.IsInf(f, 0) {
			if f > 0 {
				return 314159, true
			}
			return -314159, true
		}
		if math.IsNaN(f) {
			return 0, false
		}
		q = new(big.Rat).SetFloat64(f)
	default:
		return 0, false
	}
	p := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 61), big.NewInt(1))
	inv := new(big.Int).ModInverse(q.Denom(), p)
	h := new(big.Int).Mod(new(big.Int).Abs(q.Num()), p)
	h.Mul(h, inv).Mod(h, p)
	r := h.Int64()
	if q.Sign() < 0 {
		r = -r
	}
	if r == -1 {
		r = -2
	}
	return r, true
}

func (r *mtRandom) seed(a Value) error {
	switch x := a.(type) {
	case NoneType:
		var b [8]byte
		binary.LittleEndian.PutUint64(b[:], uint64(time.Now().UnixNano()))
		r.seedInt(new(big.Int).SetBytes(b[:]))
		return nil
	case Int, BigInt, Bool:
		r.seedInt(new(big.Int).Abs(toBig(x)))
		return nil
	case String, Bytes:
		var b []byte
		if s, ok := x.(String); ok {
			b = []byte(string(s))
		} else {
			b = []byte(string(x.(Bytes)))
		}
		sum := sha512.Sum512(b)
		r.seedInt(new(big.Int).SetBytes(append(b, sum[:]...)))
		return nil
	case Float:
		h, ok := pyHash(x)
		if !ok {
			return notImplemented("random.seed(nan)")
		}
		r.seedInt(new(big.Int).SetUint64(uint64(h)))
		return nil
	}
	return NewError(TypeError, "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.")
}

var randomClass = &libClass{name: "Random", module: "random", doc: "Random number generator base class used by bound module functions."}

func init() {
	randomClass.is = func(v Value) bool { _, ok := v.(*randomObj); return ok }
	randomClass.make = func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		var x Value = None
		if err := UnpackArgs("Random", args, kwargs, "x?", &x); err != nil {
			return nil, err
		}
		o := &randomObj{r: &mtRandom{}}
		o.attrs = o.r.methods()
		return o, o.r.seed(x)
	}
}

// randomObj is an instance of random.Random.
type randomObj struct {
	r     *mtRandom
	attrs map[string]Value
}

func (*randomObj) String() string { return "<random.Random object>" }
func (*randomObj) Type() string   { return "Random" }
func (*randomObj) Truth() bool    { return true }
func (*randomObj) Class() Value   { return randomClass }
func (o *randomObj) Attr(th *Thread, name string) (Value, error) {
	return o.attrs[name], nil
}
func (o *randomObj) AttrNames() []string { return (&Module{attrs: o.attrs}).AttrNames() }

func (in *Interpreter) randomModule() *Module {
	r := &mtRandom{}
	r.seed(None)
	a := r.methods()
	a["Random"] = randomClass
	return &Module{name: "random", doc: "Random variable generators.", attrs: a}
}

// idx converts randrange's argument as operator.index does, with 3.11's
// messages for floats.
func randArg(v Value, what string) (*big.Int, error) {
	if b := toBig(v); b != nil {
		return b, nil
	}
	if h, ok := v.(HasIndex); ok {
		if i, ok := h.AsIndex(); ok {
			return big.NewInt(i), nil
		}
	}
	if f, ok := v.(Float); ok {
		if float64(f) != math.Trunc(float64(f)) {
			return nil, NewError(ValueError, "non-integer %s for randrange()", what)
		}
		b, _ := new(big.Float).SetFloat64(float64(f)).Int(nil)
		return b, nil
	}
	return nil, NewError(TypeError, "'%s' object cannot be interpreted as an integer", v.Type())
}

func (r *mtRandom) methods() map[string]Value {
	a := map[string]Value{}
	def := func(name string, fn func(th *Thread, args []Value, kwargs []Kwarg) (Value, error)) {
		a[name] = NewBuiltin(name, fn)
	}
	def("seed", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		var x Value = None
		version := 2
		if err := UnpackArgs("seed", args, kwargs, "a?", &x, "version?", &version); err != nil {
			return nil, err
		}
		if version != 2 {
			return nil, notImplemented("random.seed(version=1)")
		}
		return None, r.seed(x)
	})
	def("random", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		if err := ExactArgs("random", args, kwargs, 0); err != nil {
			return nil, err
		}
		return Float(r.random()), nil
	})
	def("getrandbits", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		var k int
		if err := UnpackArgs("getrandbits", args, kwargs, "k", &k); err != nil {
			return nil, err
		}
		if k < 0 {
			return nil, NewError(ValueError, "number of bits must be non-negative")
		}
		return makeInt(r.getrandbits(k)), nil
	})
	randrange := func(start, stop, step Value) (Value, error) {
		istart, err := randArg(start, "arg 1")
		if err != nil {
			return nil, err
		}
		if stop == None {
			if step != nil {
				return nil, NewError(TypeError, "Missing a non-None stop argument")
			}
			if istart.Sign() > 0 {
				return makeInt(r.randbelow(istart)), nil
			}
			return nil, NewError(ValueError, "empty range for randrange()")
		}
		istop, err := randArg(stop, "stop")
		if err != nil {
			return nil, err
		}
		width := new(big.Int).Sub(istop, istart)
		istep := big.NewInt(1)
		if step != nil {
			if istep, err = randArg(step, "step"); err != nil {
				return nil, err
			}
		}
		if istep.IsInt64() && istep.Int64() == 1 {
			if width.Sign() > 0 {
				return makeInt(new(big.Int).Add(istart, r.randbelow(width))), nil
			}
			return nil, NewError(ValueError, "empty range for randrange() (%s, %s, %s)", istart, istop, width)
		}
		var n *big.Int
		switch istep.Sign() {
		case 1:
			n, _ = floorDivMod(new(big.Int).Sub(new(big.Int).Add(width, istep), big.NewInt(1)), istep)
		case -1:
			n, _ = floorDivMod(new(big.Int).Add(new(big.Int).Add(width, istep), big.NewInt(1)), istep)
		default:
			return nil, NewError(ValueError, "zero step for randrange()")
		}
		if n.Sign() <= 0 {
			return nil, NewError(ValueError, "empty range for randrange()")
		}
		return makeInt(new(big.Int).Add(istart, new(big.Int).Mul(istep, r.randbelow(n)))), nil
	}
	def("randrange", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		var start, stop, step Value = nil, None, nil
		if err := UnpackArgs("randrange", args, kwargs, "start", &start, "stop?", &stop, "step?", &step); err != nil {
			return nil, err
		}
		return randrange(start, stop, step)
	})
	def("randint", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		var lo, hi Value
		if err := UnpackArgs("randint", args, kwargs, "a", &lo, "b", &hi); err != nil {
			return nil, err
		}
		hi1, err := Binary(th, tokenOf("+"), hi, Int(1))
		if err != nil {
			return nil, err
		}
		return randrange(lo, hi1, nil)
	})
	seqItems := func(th *Thread, v Value) ([]Value, error) {
		switch v.(type) {
		case *List, Tuple, String, Range, *deque, Bytes:
			return Collect(th, v)
		}
		if _, ok := v.(Sequence); ok {
			if _, ok := v.(Indexable); ok {
				return Collect(th, v)
			}
		}
		return nil, nil
	}
	def("choice", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		var seq Value
		if err := UnpackArgs("choice", args, kwargs, "seq", &seq); err != nil {
			return nil, err
		}
		items, err := seqItems(th, seq)
		if err != nil {
			return nil, err
		}
		if items == nil {
			if _, ok := seq.(Sequence); !ok {
				return nil, NewError(TypeError, "object of type '%s' has no len()", seq.Type())
			}
			items, err = Collect(th, seq)
			if err != nil {
				return nil, err
			}
		}
		if len(items) == 0 {
			return nil, NewError(IndexError, "Cannot choose from an empty sequence")
		}
		return items[r.randbelowInt(len(items))], nil
	})
	def("shuffle", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		var x Value
		if err := UnpackArgs("shuffle", args, kwargs, "x", &x); err != nil {
			return nil, err
		}
		var elems []Value
		switch l := x.(type) {
		case *List:
			elems = l.elems
		case *deque:
			elems = l.elems
		default:
			if _, ok := x.(Sequence); !ok {
				return nil, NewError(TypeError, "object of type '%s' has no len()", x.Type())
			}
			return nil, NewError(TypeError, "'%s' object does not support item assignment", x.Type())
		}
		for i := len(elems) - 1; i >= 1; i-- {
			j := r.randbelowInt(i + 1)
			elems[i], elems[j] = elems[j], elems[i]
		}
		return None, nil
	})
	def("sample", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		var pop, counts Value = nil, None
		var k int
		if err := UnpackArgs("sample", args, kwargs, "population", &pop, "k", &k, "*", "counts?", &counts); err != nil {
			return nil, err
		}
		if counts != None {
			return nil, notImplemented("random.sample(counts=...)")
		}
		items, err := seqItems(th, pop)
		if err != nil {
			return nil, err
		}
		if items == nil {
			return nil, NewError(TypeError, "Population must be a sequence.  For dicts or sets, use sorted(d).")
		}
		n := len(items)
		if k < 0 || k > n {
			return nil, NewError(ValueError, "Sample larger than population or is negative")
		}
		result := make([]Value, k)
		setsize := 21
		if k > 5 {
			setsize += int(math.Pow(4, math.Ceil(math.Log(float64(k*3))/math.Log(4))))
		}
		if n <= setsize {
			pool := append([]Value(nil), items...)
			for i := 0; i < k; i++ {
				j := r.randbelowInt(n - i)
				result[i] = pool[j]
				pool[j] = pool[n-i-1]
			}
		} else {
			selected := map[int]bool{}
			for i := 0; i < k; i++ {
				j := r.randbelowInt(n)
				for selected[j] {
					j = r.randbelowInt(n)
				}
				selected[j] = true
				result[i] = items[j]
			}
		}
		return NewList(result), nil
	})
	def("choices", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		var pop, weights, cum Value = nil, None, None
		k := 1
		if err := UnpackArgs("choices", args, kwargs, "population", &pop, "weights?", &weights, "*", "cum_weights?", &cum, "k?", &k); err != nil {
			return nil, err
		}
		items, err := Collect(th, pop)
		if err != nil {
			return nil, err
		}
		n := len(items)
		out := make([]Value, 0, max(k, 0))
		if cum == None {
			if weights == None {
				for i := 0; i < k; i++ {
					out = append(out, items[int(math.Floor(r.random()*float64(n)))])
				}
				return NewList(out), nil
			}
			ws, err := Collect(th, weights)
			if err != nil {
				return nil, err
			}
			var acc Value
			cw := make([]Value, len(ws))
			for i, w := range ws {
				if acc == nil {
					acc = w
				} else if acc, err = Binary(th, tokenOf("+"), acc, w); err != nil {
					return nil, err
				}
				cw[i] = acc
			}
			cum = NewList(cw)
		} else if weights != None {
			return nil, NewError(TypeError, "Cannot specify both weights and cumulative weights")
		}
		cw, err := Collect(th, cum)
		if err != nil {
			return nil, err
		}
		if len(cw) != n {
			return nil, NewError(ValueError, "The number of weights does not match the population")
		}
		total, err := ToFloat(cw[n-1])
		if err != nil {
			return nil, err
		}
		if total <= 0 {
			return nil, NewError(ValueError, "Total of weights must be greater than zero")
		}
		if math.IsInf(total, 0) || math.IsNaN(total) {
			return nil, NewError(ValueError, "Total of weights must be finite")
		}
		for i := 0; i < k; i++ {
			x := Float(r.random() * total)
			lo, hi := 0, n-1
			for lo < hi { // bisect_right
				mid := (lo + hi) / 2
				lt, err := Compare(th, syntax.CmpLT, x, cw[mid])
				if err != nil {
					return nil, err
				}
				if lt.Truth() {
					hi = mid
				} else {
					lo = mid + 1
				}
			}
			out = append(out, items[lo])
		}
		return NewList(out), nil
	})
	def("uniform", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		var lo, hi float64
		if err := UnpackArgs("uniform", args, kwargs, "a", &lo, "b", &hi); err != nil {
			return nil, err
		}
		return Float(lo + (hi-lo)*r.random()), nil
	})
	def("gauss", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		mu, sigma := 0.0, 1.0
		if err := UnpackArgs("gauss", args, kwargs, "mu?", &mu, "sigma?", &sigma); err != nil {
			return nil, err
		}
		z := r.gaussNext
		r.gaussNext = nil
		if z == nil {
			x2pi := r.random() * 2 * math.Pi
			g2rad := math.Sqrt(-2.0 * math.Log(1.0-r.random()))
			v := math.Cos(x2pi) * g2rad
			z = &v
			w := math.Sin(x2pi) * g2rad
			r.gaussNext = &w
		}
		return Float(mu + *z*sigma), nil
	})
	def("normalvariate", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		mu, sigma := 0.0, 1.0
		if err := UnpackArgs("normalvariate", args, kwargs, "mu?", &mu, "sigma?", &sigma); err != nil {
			return nil, err
		}
		nv := 4 * math.Exp(-0.5) / math.Sqrt(2.0)
		var z float64
		for {
			u1 := r.random()
			u2 := 1.0 - r.random()
			z = nv * (u1 - 0.5) / u2
			if z*z/4.0 <= -math.Log(u2) {
				break
			}
		}
		return Float(mu + z*sigma), nil
	})
	def("expovariate", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		var lambd float64
		if err := UnpackArgs("expovariate", args, kwargs, "lambd", &lambd); err != nil {
			return nil, err
		}
		if lambd == 0 {
			return nil, NewError(ZeroDivisionError, "float division by zero")
		}
		return Float(-math.Log(1.0-r.random()) / lambd), nil
	})
	def("triangular", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		lo, hi := 0.0, 1.0
		var mode Value = None
		if err := UnpackArgs("triangular", args, kwargs, "low?", &lo, "high?", &hi, "mode?", &mode); err != nil {
			return nil, err
		}
		u := r.random()
		c := 0.5
		if mode != None {
			m, err := ToFloat(mode)
			if err != nil {
				return nil, err
			}
			if hi == lo {
				return Float(lo), nil
			}
			c = (m - lo) / (hi - lo)
		}
		if u > c {
			u, c = 1.0-u, 1.0-c
			lo, hi = hi, lo
		}
		return Float(lo + (hi-lo)*math.Sqrt(u*c)), nil
	})
	for _, n := range []string{"getstate", "setstate", "betavariate", "gammavariate", "lognormvariate", "vonmisesvariate", "paretovariate", "weibullvariate", "randbytes", "binomialvariate", "SystemRandom"} {
		a[n] = unsupportedFn("random", n)
	}
	return a
}
