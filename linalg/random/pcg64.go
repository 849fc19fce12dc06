package random

import "math/bits"

// SeedSequenceState returns numpy.random.SeedSequence(seed).generate_state(n)
// as uint64 words for a non-negative integer seed given as little-endian
// uint32 words (pool size 4, no spawn key).
func SeedSequenceState(entropy []uint32, n int) []uint64 {
	const (
		initA, multA = 0x43b0d7e5, 0x931e8875
		initB, multB = 0x8b51f9dd, 0x58f38ded
		mixL, mixR   = 0xca01f9dd, 0x4973f715
		xshift       = 16
	)
	if len(entropy) == 0 {
		entropy = []uint32{0}
	}
	var pool [4]uint32
	hc := uint32(initA)
	hashmix := func(v uint32) uint32 {
		v ^= hc
		hc *= multA
		v *= hc
		v ^= v >> xshift
		return v
	}
	mix := func(x, y uint32) uint32 {
		r := mixL*x - mixR*y
		return r ^ r>>xshift
	}
	for i := range pool {
		if i < len(entropy) {
			pool[i] = hashmix(entropy[i])
		} else {
			pool[i] = hashmix(0)
		}
	}
	for s := range pool {
		for d := range pool {
			if s != d {
				pool[d] = mix(pool[d], hashmix(pool[s]))
			}
		}
	}
	for s := len(pool); s < len(entropy); s++ {
		for d := range pool {
			pool[d] = mix(pool[d], hashmix(entropy[s]))
		}
	}
	out := make([]uint64, n)
	h := uint32(initB)
	for i := 0; i < 2*n; i++ {
		v := pool[i%len(pool)]
		v ^= h
		h *= multB
		v *= h
		v ^= v >> xshift
		out[i/2] |= uint64(v) << (32 * uint(i%2))
	}
	return out
}

// IntToWords splits a non-negative integer given as uint64 into uint32
// words, little-endian, as SeedSequence does ([0] for 0).
func IntToWords(n uint64) []uint32 {
	if n == 0 {
		return []uint32{0}
	}
	var w []uint32
	for n > 0 {
		w = append(w, uint32(n))
		n >>= 32
	}
	return w
}

// PCG64 is NumPy's default bit generator (128-bit LCG, XSL-RR output).
type PCG64 struct {
	hi, lo   uint64 // state
	ihi, ilo uint64 // increment
	hasU32   bool
	u32      uint32
}

const pcgMulHi, pcgMulLo = 2549297995355413924, 4865540595714422341

// NewPCG64 seeds like np.random.default_rng(seed) for an integer seed.
func NewPCG64(seed uint64) *PCG64 {
	v := SeedSequenceState(IntToWords(seed), 4)
	p := &PCG64{}
	// inc = (initseq << 1) | 1 with initseq = v[2]<<64 | v[3].
	p.ihi = v[2]<<1 | v[3]>>63
	p.ilo = v[3]<<1 | 1
	p.step()
	var c uint64
	p.lo, c = bits.Add64(p.lo, v[1], 0)
	p.hi, _ = bits.Add64(p.hi, v[0], c)
	p.step()
	return p
}

func (p *PCG64) step() {
	h, l := bits.Mul64(p.lo, pcgMulLo)
	h += p.hi*pcgMulLo + p.lo*pcgMulHi
	var c uint64
	p.lo, c = bits.Add64(l, p.ilo, 0)
	p.hi, _ = bits.Add64(h, p.ihi, c)
}

// Uint64 is the next 64-bit output.
func (p *PCG64) Uint64() uint64 {
	p.step()
	return bits.RotateLeft64(p.hi^p.lo, -int(p.hi>>58))
}

// Uint32 is NumPy's buffered next_uint32 (low half first).
func (p *PCG64) Uint32() uint32 {
	if p.hasU32 {
		p.hasU32 = false
		return p.u32
	}
	n := p.Uint64()
	p.hasU32, p.u32 = true, uint32(n>>32)
	return uint32(n)
}

// Float64 is Generator.random's double in [0, 1).
func (p *PCG64) Float64() float64 { return float64(p.Uint64()>>11) * (1.0 / 9007199254740992.0) }

// Integer returns low + a draw in [0, rng] by Lemire's method as
// Generator.integers does for int64 (rng = high-1-low).
func (p *PCG64) Integer(low int64, rng uint64) int64 {
	switch {
	case rng == 0:
		return low
	case rng == 0xffffffff:
		return low + int64(p.Uint32())
	case rng < 0xffffffff:
		excl := uint32(rng) + 1
		m := uint64(p.Uint32()) * uint64(excl)
		if uint32(m) < excl {
			th := -excl % excl
			for uint32(m) < th {
				m = uint64(p.Uint32()) * uint64(excl)
			}
		}
		return low + int64(m>>32)
	case rng == ^uint64(0):
		return low + int64(p.Uint64())
	}
	excl := rng + 1
	hi, lo := bits.Mul64(p.Uint64(), excl)
	if lo < excl {
		th := -excl % excl
		for lo < th {
			hi, lo = bits.Mul64(p.Uint64(), excl)
		}
	}
	return low + int64(hi)
}
