package linalg

import (
	"fmt"
	"math"
	"math/big"
	"math/cmplx"
	"math/rand/v2"
	"testing"

	"github.com/golinalg/golinalg/internal/noise"
	"github.com/golinalg/golinalg/internal/pyoracle"
)

// refExpmPrec is the precision of refExpm, in bits.
const refExpmPrec = 256

// refExpm returns e^A for the n×n row-major complex matrix a, evaluated
// with math/big: A/2ˢ with ‖A/2ˢ‖₁ ≤ 2⁻⁸ (an exact scaling), its Taylor
// series until a term's entries are all below 2⁻²⁶⁰ of the identity's (the
// rest sums to less than that), then s squarings. Error: the series' terms
// are rounded at 2⁻²⁵⁶ relative, and each squaring at most doubles the
// relative error of |X|² and adds n roundings, so the result is within
// about (2ˢ + s·n)·2⁻²⁵⁰·‖|e^(A/2ˢ)|^(2ˢ)‖ of e^A: beyond float64's
// rounding for any s < 150, and s ≤ 30 for the matrices here. The result
// is rounded to complex128 once.
func refExpm(a []complex128, n int) []complex128 {
	norm1 := 0.0
	for j := 0; j < n; j++ {
		col := 0.0
		for i := 0; i < n; i++ {
			col += cmplx.Abs(a[i*n+j])
		}
		norm1 = math.Max(norm1, col)
	}
	s := 0
	for norm1*math.Ldexp(1, -s) > 0x1p-8 {
		s++
	}
	type cf struct{ re, im big.Float }
	newMat := func() []cf {
		m := make([]cf, n*n)
		for k := range m {
			m[k].re.SetPrec(refExpmPrec)
			m[k].im.SetPrec(refExpmPrec)
		}
		return m
	}
	mul := func(x, y []cf) []cf {
		z := newMat()
		var p, q big.Float
		p.SetPrec(refExpmPrec)
		q.SetPrec(refExpmPrec)
		for i := 0; i < n; i++ {
			for k := 0; k < n; k++ {
				xr, xi := &x[i*n+k].re, &x[i*n+k].im
				for j := 0; j < n; j++ {
					yr, yi := &y[k*n+j].re, &y[k*n+j].im
					zr, zi := &z[i*n+j].re, &z[i*n+j].im
					zr.Add(zr, p.Mul(xr, yr))
					zr.Sub(zr, q.Mul(xi, yi))
					zi.Add(zi, p.Mul(xr, yi))
					zi.Add(zi, q.Mul(xi, yr))
				}
			}
		}
		return z
	}
	b := newMat()
	for k, z := range a {
		b[k].re.SetFloat64(real(z))
		b[k].re.SetMantExp(&b[k].re, -s)
		b[k].im.SetFloat64(imag(z))
		b[k].im.SetMantExp(&b[k].im, -s)
	}
	sum, term := newMat(), newMat()
	for i := 0; i < n; i++ {
		sum[i*n+i].re.SetInt64(1)
		term[i*n+i].re.SetInt64(1)
	}
	tiny := new(big.Float).SetMantExp(big.NewFloat(1), -260)
	var kf big.Float
	kf.SetPrec(refExpmPrec)
	for k := 1; ; k++ {
		term = mul(term, b)
		kf.SetInt64(int64(k))
		small := true
		for i := range term {
			term[i].re.Quo(&term[i].re, &kf)
			term[i].im.Quo(&term[i].im, &kf)
			sum[i].re.Add(&sum[i].re, &term[i].re)
			sum[i].im.Add(&sum[i].im, &term[i].im)
			if new(big.Float).Abs(&term[i].re).Cmp(tiny) > 0 || new(big.Float).Abs(&term[i].im).Cmp(tiny) > 0 {
				small = false
			}
		}
		if small {
			break
		}
	}
	for ; s > 0; s-- {
		sum = mul(sum, sum)
	}
	out := make([]complex128, n*n)
	for k := range out {
		re, _ := sum[k].re.Float64()
		im, _ := sum[k].im.Float64()
		out[k] = complex(re, im)
	}
	return out
}

// TestExpmReference compares Expm with refExpm, e^A to 256 bits, on real
// and complex matrices of norms 0.01 to 40, within the bound of its
// conditioning: a backward error of n·ε·‖A‖ moves e^A by at most
// κ_exp(A)·n·ε·‖e^A‖_F (κ_exp from scipy.linalg.expm_cond, the relative
// condition number in the Frobenius norm) and by at most
// e^μ(A)·n·ε·‖A‖₂ (μ(A) = λ_max((A + Aᴴ)/2), the logarithmic norm, as
// ‖e^(At)‖₂ ≤ e^(μ(A)·t)); the bound takes the smaller (expmscale in
// testdata/numpy_linalg.py; expm_cond only up to n = 8, for its cost).
//
// The reference is not SciPy's expm: scipy.linalg.expm (SciPy 1.17.1) errs
// by more than this bound on some of these matrices (its real degree-13
// approximant adds the scaled A⁶ to U, see Expm): its distance to the
// reference is logged, not tested, and Expm, which reproduces that term,
// may be beyond the bound only where SciPy is too, and then within the
// noise bound of SciPy's result.
func TestExpmReference(t *testing.T) {
	py := pyoracle.Python(t, "the bound needs SciPy's expm_cond")
	r := rand.New(rand.NewPCG(71, 72))
	var cases []numCase
	var refs [][]complex128
	for _, n := range []int{1, 2, 3, 5, 8, 20, 50} {
		for _, d := range []DType{Float64, Complex128} {
			g := randArray(r, d, n, n)
			if d == Float64 {
				// randArray's float64 entries span 10⁻² to 10²: use
				// standard normal ones, as for complex.
				v := g.Float64s()
				for k := range v {
					v[k] = r.NormFloat64()
				}
				g, _ = NewFloat64([]int{n, n}, v)
			}
			for _, s := range []float64{0.01, 0.5, 3, 20} {
				if d == Complex128 && s != 3 || n == 50 && s != 0.5 {
					continue // the reference costs seconds at n = 50
				}
				a, _, _ := Binary(OpMul, g, floatScalar(s/math.Sqrt(float64(n))))
				x, err := Expm(a)
				c := newCase("py:sl.expm", scaled(n, "expmscale(a, r)"), x, err, a)
				c.label = fmt.Sprintf("expm n=%d ‖A‖=%g", n, s)
				cases = append(cases, c)
				refs = append(refs, refExpm(a.Complex128s(), n))
			}
		}
	}
	answers := askOracle(t, py, cases)
	var all oracleStats
	sciPyWorst, sciPyBeyond, asSciPy := 0.0, 0, 0
	for k, c := range cases {
		ans := answers[k]
		name := fmt.Sprintf("#%d %s", k, c.label)
		all.cases++
		if c.err != nil || ans.Error != "" || ans.ScaleError != "" {
			t.Errorf("%s: error %v, SciPy %q, scale %q", name, c.err, ans.Error, ans.ScaleError)
			continue
		}
		sp, err := fromWire(*ans.Result)
		if err != nil {
			t.Fatal(err)
		}
		b := c.bound.Bound
		b.Scale = parseF(ans.Scale)
		if math.IsInf(b.Scale, 0) || math.IsNaN(b.Scale) {
			t.Errorf("%s: scale %v", name, b.Scale)
			continue
		}
		gv := c.got.Complex128s()
		if noise.Values(gv, refs[k], noise.Exact) < 0 {
			all.identical++
		} else if j := noise.Values(gv, refs[k], b); j >= 0 && noise.Values(gv, sp.Complex128s(), b) < 0 && noise.ValuesRatio(sp.Complex128s(), refs[k], b) > b.C {
			// SciPy's own error (the A⁶ its real degree-13 U adds,
			// which Expm reproduces): as SciPy.
			asSciPy++
		} else if j >= 0 {
			t.Errorf("%s: element %d = %v, reference %v (ratio %.3g > C = %g, N = %d, scale %.3g)", name, j, gv[j], refs[k][j], noise.ValuesRatio(gv, refs[k], b), b.C, b.N, b.Scale)
			continue
		} else {
			all.noisy++
			if q := noise.ValuesRatio(gv, refs[k], b); q > all.ratio {
				all.ratio, all.worst = q, ", "+name
			}
		}
		if q := noise.ValuesRatio(sp.Complex128s(), refs[k], b); q > b.C {
			sciPyBeyond++
			sciPyWorst = math.Max(sciPyWorst, q)
		}
	}
	t.Logf("Expm against the reference: %v", &all)
	t.Logf("scipy.linalg.expm beyond the bound in %d of %d cases (largest ratio %.3g); Expm beyond it as SciPy in %d", sciPyBeyond, len(cases), sciPyWorst, asSciPy)
}
