// Package random reproduces NumPy's legacy RandomState (MT19937) streams.
package random

import (
	"math"

	"github.com/golinalg/golinalg/linalg"
)

const mtN = 624

// MT19937 is NumPy's legacy RandomState bit generator with its gauss cache.
type MT19937 struct {
	key      [mtN]uint32
	pos      int
	hasGauss bool
	gauss    float64
}

// NewMT19937 seeds like np.random.RandomState(seed) for an integer seed.
func NewMT19937(seed uint32) *MT19937 { m := &MT19937{}; m.Seed(seed); return m }

// Seed is NumPy's mt19937_seed (init_genrand) and clears the gauss cache.
func (m *MT19937) Seed(seed uint32) {
	s := seed
	for i := 0; i < mtN; i++ {
		m.key[i] = s
		s = 1812433253*(s^(s>>30)) + uint32(i) + 1
	}
	m.pos = mtN
	m.hasGauss, m.gauss = false, 0
}

func (m *MT19937) gen() {
	const upper, lower, matrixA = 0x80000000, 0x7fffffff, 0x9908b0df
	for i := 0; i < mtN; i++ {
		y := (m.key[i] & upper) | (m.key[(i+1)%mtN] & lower)
		v := m.key[(i+397)%mtN] ^ (y >> 1)
		if y&1 != 0 {
			v ^= matrixA
		}
		m.key[i] = v
	}
	m.pos = 0
}

// Uint32 is the next raw 32-bit output.
func (m *MT19937) Uint32() uint32 {
	if m.pos == mtN {
		m.gen()
	}
	y := m.key[m.pos]
	m.pos++
	y ^= y >> 11
	y ^= (y << 7) & 0x9d2c5680
	y ^= (y << 15) & 0xefc60000
	y ^= y >> 18
	return y
}

// Uint64 is NumPy's mt19937_next64: high word first.
func (m *MT19937) Uint64() uint64 { return uint64(m.Uint32())<<32 | uint64(m.Uint32()) }

// Float64 is random_sample's 53-bit double in [0, 1).
func (m *MT19937) Float64() float64 {
	a, b := m.Uint32()>>5, m.Uint32()>>6
	return (float64(a)*67108864.0 + float64(b)) / 9007199254740992.0
}

// Gauss is NumPy's legacy_gauss (polar Box-Muller with a cached value).
func (m *MT19937) Gauss() float64 {
	if m.hasGauss {
		m.hasGauss = false
		return m.gauss
	}
	var x1, x2, r2 float64
	for {
		x1 = 2*m.Float64() - 1
		x2 = 2*m.Float64() - 1
		r2 = x1*x1 + x2*x2
		if r2 < 1 && r2 != 0 {
			break
		}
	}
	f := math.Sqrt(-2 * linalg.CrLog(r2) / r2)
	m.gauss, m.hasGauss = f*x1, true
	return f * x2
}

// Interval returns low + a masked-rejection draw in [0, rng] as the legacy
// RandomState.randint does for int64 (rng = high-1-low).
func (m *MT19937) Interval(low int64, rng uint64) int64 {
	if rng == 0 {
		return low
	}
	mask := rng
	for s := uint(1); s < 64; s <<= 1 {
		mask |= mask >> s
	}
	if rng <= 0xffffffff {
		if rng == 0xffffffff {
			return low + int64(m.Uint32())
		}
		for {
			v := uint64(m.Uint32()) & mask
			if v <= rng {
				return low + int64(v)
			}
		}
	}
	if rng == math.MaxUint64 {
		return low + int64(m.Uint64())
	}
	for {
		v := m.Uint64() & mask
		if v <= rng {
			return low + int64(v)
		}
	}
}
