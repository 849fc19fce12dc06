package linalg

import "math"

// Fast paths for crLog and crExp (Ziv's strategy): evaluate in
// double-double arithmetic to about 2⁻⁷⁰ relative accuracy and return the
// rounded result when every value within the error bound rounds to the same
// double; otherwise fall back to the math/big evaluation. The fallback is
// taken about once in 2¹⁴ calls.

const (
	ln2Hi = 0x1.62e42fefa39efp-1
	ln2Lo = 0x1.abc9e3b39803fp-56
	// logTabLo and logTabHi bound j = round(128·f) for f in [√2/2, √2).
	logTabLo = 90
	logTabHi = 182
)

func twoSum(a, b float64) (s, e float64) {
	s = a + b
	bb := s - a
	e = (a - (s - bb)) + (b - bb)
	return
}

// roundsTo reports whether every real in [hi+lo-err, hi+lo+err] rounds to
// hi, for a normalised double-double hi+lo.
func roundsTo(hi, lo, err float64) bool {
	return hi+(lo+err) == hi && hi+(lo-err) == hi
}

// logDD returns ln(x) as a double-double hi+lo with relative error below
// 2⁻⁶⁸, for finite x > 0; ok is false for other x.
func logDD(x float64) (hi, lo float64, ok bool) {
	if !(x > 0) || math.IsInf(x, 1) {
		return 0, 0, false
	}
	if x == 1 {
		return 0, 0, true
	}
	var f float64
	var k int
	if b := math.Float64bits(x); b>>52 != 0 {
		// Normal x: split the exponent from the bits.
		k = int(b>>52) - 1022
		f = math.Float64frombits(b&(1<<52-1) | 1022<<52)
	} else {
		f, k = math.Frexp(x)
	}
	if f < math.Sqrt2/2 {
		f *= 2
		k--
	}
	j := int(f*128 + 0.5) // f·128 + 0.5 is exact: round half up
	c := float64(j) / 128
	// t = (f−c)/(f+c) as a double-double; f−c is exact (Sterbenz).
	num := f - c
	s, se := twoSum(f, c)
	rs := 1 / s
	th := num * rs
	rem := math.FMA(-th, s, num) - th*se
	tl := rem * rs
	t2 := th * th
	// |t| < 2⁻⁸·⁵, so the first term left out, 2t¹¹/11, is below 2⁻⁸⁵·|2t|;
	// the coefficients multiply (a division here would be on the critical
	// path).
	tail := th * t2 * (1.0/3 + t2*(1.0/5+t2*(1.0/7+t2*(1.0/9))))
	lc := logTable[j-logTabLo]
	kf := float64(k)
	p := kf * ln2Hi
	pe := math.FMA(kf, ln2Hi, -p) + kf*ln2Lo
	s1, e1 := twoSum(p, lc[0])
	s2, e2 := twoSum(s1, 2*th)
	low := pe + lc[1] + 2*tl + 2*tail + e1 + e2
	hi = s2 + low
	lo = low - (hi - s2)
	return hi, lo, true
}

// expFast returns eˣ rounded to nearest when it can prove the rounding,
// from y = math.Exp(x) and eˣ = y·e^(x−ln y).
func expFast(x float64) (float64, bool) {
	y := math.Exp(x)
	if math.IsInf(y, 0) || math.IsNaN(y) || y < 0x1p-1022 {
		return 0, false
	}
	lh, ll, ok := logDD(y)
	if !ok {
		return 0, false
	}
	d, de := twoSum(x, -lh)
	delta := d + (de - ll)
	corr := y * (delta + delta*delta/2)
	err := y * (math.Abs(lh)*0x1p-66 + 0x1p-100)
	if roundsTo(y, corr, err) {
		return y, true
	}
	// math.Exp may be one unit in the last place off: try the neighbours.
	for _, z := range [2]float64{math.Nextafter(y, math.Inf(1)), math.Nextafter(y, 0)} {
		if roundsTo(z, (y-z)+corr, err) {
			return z, true
		}
	}
	return 0, false
}
