package eval

import (
	"math"
	"math/big"
)

// CPython's hashes of numbers, tuples and frozensets (Python/pyhash.c,
// Objects/longobject.c, floatobject.c, complexobject.c, tupleobject.c,
// setobject.c), so that hash() prints what CPython prints and equal
// numbers of any type (1, 1.0, True, Fraction(1), np.float64(1)) hash
// alike. A hash is a 64-bit two's-complement value; -1 is never one.

const (
	hashBits    = 61
	hashModulus = 1<<hashBits - 1 // the Mersenne prime P = 2⁶¹ − 1
	hashInf     = 314159
	hashImag    = 1000003
)

// notMinus1 maps the hash -1, which CPython reserves for errors, to -2.
func notMinus1(h uint64) uint64 {
	if h == math.MaxUint64 {
		return math.MaxUint64 - 1
	}
	return h
}

// hashInt is hash(i): i reduced modulo P, keeping its sign.
func hashInt(i int64) uint64 {
	if i >= 0 {
		return uint64(i) % hashModulus
	}
	abs := uint64(-(i + 1)) + 1 // |i|, also for the smallest int64
	return notMinus1(-(abs % hashModulus))
}

// hashBig is hashInt for any integer.
func hashBig(v *big.Int) uint64 {
	m := new(big.Int).Abs(v)
	m.Mod(m, big.NewInt(hashModulus))
	h := m.Uint64()
	if v.Sign() < 0 {
		h = -h
	}
	return notMinus1(h)
}

// hashFloat is hash(x) for a float: that of the rational number x
// modulo P (an integral x hashes as the int), ±314159 for infinities
// and 0 for NaN (CPython 3.10+ hashes a NaN by identity).
func hashFloat(x float64) uint64 {
	switch {
	case math.IsNaN(x):
		return 0
	case math.IsInf(x, 1):
		return hashInf
	case math.IsInf(x, -1):
		return math.MaxUint64 - hashInf + 1 // -314159
	}
	m, e := math.Frexp(x)
	sign := uint64(1)
	if m < 0 {
		sign, m = math.MaxUint64, -m // -1
	}
	var h uint64
	for m != 0 {
		h = (h<<28)&hashModulus | h>>(hashBits-28)
		m *= 1 << 28
		e -= 28
		y := uint64(m)
		m -= float64(y)
		h += y
		if h >= hashModulus {
			h -= hashModulus
		}
	}
	if e >= 0 {
		e %= hashBits
	} else {
		e = hashBits - 1 - (-1-e)%hashBits
	}
	h = (h<<uint(e))&hashModulus | h>>uint(hashBits-e)
	return notMinus1(h * sign)
}

// hashComplex is hash(z): hash(z.real) + 1000003·hash(z.imag).
func hashComplex(z complex128) uint64 {
	return notMinus1(hashFloat(real(z)) + hashImag*hashFloat(imag(z)))
}

// hashRat is hash(Fraction(q)): |numerator| times the inverse of the
// denominator modulo P, with the numerator's sign; ±314159 when P
// divides the denominator.
func hashRat(q *big.Rat) uint64 {
	p := big.NewInt(hashModulus)
	inv := new(big.Int).ModInverse(q.Denom(), p)
	var h uint64
	if inv == nil {
		h = hashInf
	} else {
		n := new(big.Int).Abs(q.Num())
		hn := hashBig(n)
		h = hashBig(new(big.Int).Mul(new(big.Int).SetUint64(hn), inv))
	}
	if q.Sign() < 0 {
		h = -h
	}
	return notMinus1(h)
}

// hashTuple is CPython's tuple hash (xxHash's round over the items'
// hashes).
func hashTuple(hs []uint64) uint64 {
	const (
		prime1 = 11400714785074694791
		prime2 = 14029467366897019727
		prime5 = 2870177450012600261
	)
	acc := uint64(prime5)
	for _, lane := range hs {
		acc += lane * prime2
		acc = acc<<31 | acc>>33
		acc *= prime1
	}
	acc += uint64(len(hs)) ^ (prime5 ^ 3527539)
	if acc == math.MaxUint64 {
		return 1546275796
	}
	return acc
}

// hashFrozenset is CPython's frozenset hash of items with hashes hs: the
// xor of their shuffled bits, then the size and a final dispersion.
func hashFrozenset(hs []uint64) uint64 {
	shuffle := func(h uint64) uint64 { return ((h ^ 89869747) ^ (h << 16)) * 3644798167 }
	var h uint64
	for _, x := range hs {
		h ^= shuffle(x)
	}
	h ^= (uint64(len(hs)) + 1) * 1927868237
	h ^= (h >> 11) ^ (h >> 25)
	h = h*69069 + 907133923
	if h == math.MaxUint64 {
		h = 590923713
	}
	return h
}
