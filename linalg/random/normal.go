package random

import "math"

const (
	// zigR is the right edge of the base layer of NumPy's normal ziggurat.
	zigR = 3.6541528853610088
	// zigInvR is 1/zigR, as NumPy spells it.
	zigInvR = 0.27366123732975827
)

// StandardNormal is Generator.standard_normal's draw: NumPy's 256-layer
// ziggurat (random_standard_normal in distributions.c). Each attempt takes
// one 64-bit output: the low 8 bits pick the layer, bit 8 the sign and bits
// 9..60 a 52-bit magnitude.
func (p *PCG64) StandardNormal() float64 {
	for {
		r := p.Uint64()
		idx := r & 0xff
		neg := r>>8&1 == 1
		mag := r >> 9 & 0x000fffffffffffff
		x := float64(mag) * zigWi[idx]
		if neg {
			x = -x
		}
		if mag < zigKi[idx] {
			return x // inside the layer's rectangle
		}
		if idx == 0 {
			// Base layer overflow: sample the tail beyond zigR by
			// Marsaglia's exponential method, using 1-U to avoid log(0).
			for {
				xx := -zigInvR * math.Log1p(-p.Float64())
				yy := -math.Log1p(-p.Float64())
				if yy+yy > xx*xx {
					if mag>>8&1 == 1 {
						return -(zigR + xx)
					}
					return zigR + xx
				}
			}
		}
		// Wedge: accept if a uniform point under the layer lies below the
		// density. The explicit conversion keeps the product unfused.
		y := float64((zigFi[idx-1]-zigFi[idx])*p.Float64()) + zigFi[idx]
		if y < math.Exp(-0.5*x*x) {
			return x
		}
	}
}

// Normal is Generator.normal's draw: loc + scale*StandardNormal().
func (p *PCG64) Normal(loc, scale float64) float64 {
	return loc + float64(scale*p.StandardNormal())
}
