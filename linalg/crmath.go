package linalg

import (
	"math"
	"math/big"
	"sync"
)

// Correctly rounded log and exp. NumPy's det and slogdet call the C
// library's log and exp, which on glibc round correctly in practice; Go's
// math.Log and math.Exp may be one unit in the last place off, which shows
// in a printed determinant (6.999999999999999 against 7.0). These evaluate
// the functions to 160 bits with math/big and round once.

const crPrec = 160

var ln2Big = sync.OnceValue(func() *big.Float { return bigLogMantissa(new(big.Float).SetPrec(crPrec).SetFloat64(2)) })

// bigAtanhSeries returns 2·atanh(z) = 2·Σ z^(2k+1)/(2k+1) for small |z|.
func bigAtanhSeries(z *big.Float) *big.Float {
	z2 := new(big.Float).SetPrec(crPrec).Mul(z, z)
	term := new(big.Float).SetPrec(crPrec).Set(z)
	sum := new(big.Float).SetPrec(crPrec).Set(z)
	eps := new(big.Float).SetPrec(crPrec).SetMantExp(big.NewFloat(1), -crPrec)
	for k := 3; ; k += 2 {
		term.Mul(term, z2)
		t := new(big.Float).SetPrec(crPrec).Quo(term, new(big.Float).SetInt64(int64(k)))
		sum.Add(sum, t)
		if t.Sign() == 0 || new(big.Float).Abs(t).Cmp(new(big.Float).Mul(eps, new(big.Float).Abs(sum))) <= 0 {
			break
		}
	}
	return sum.Mul(sum, big.NewFloat(2))
}

// bigLogMantissa returns ln(m) for m in [0.5, 2] via 2·atanh((m−1)/(m+1)).
func bigLogMantissa(m *big.Float) *big.Float {
	num := new(big.Float).SetPrec(crPrec).Sub(m, big.NewFloat(1))
	den := new(big.Float).SetPrec(crPrec).Add(m, big.NewFloat(1))
	return bigAtanhSeries(num.Quo(num, den))
}

// crLog returns ln(x) rounded to nearest.
func crLog(x float64) float64 {
	if hi, lo, ok := logDD(x); ok && roundsTo(hi, lo, math.Abs(hi)*0x1p-66) {
		return hi
	}
	return crLogBig(x)
}

// crLogBig is crLog evaluated with math/big throughout.
func crLogBig(x float64) float64 {
	if !(x > 0) || math.IsInf(x, 1) || x == 1 {
		return math.Log(x)
	}
	frac, exp := math.Frexp(x) // x = frac·2^exp, frac in [0.5, 1)
	if frac < math.Sqrt2/2 {
		frac *= 2
		exp--
	}
	m := new(big.Float).SetPrec(crPrec).SetFloat64(frac)
	r := bigLogMantissa(m)
	if exp != 0 {
		e := new(big.Float).SetPrec(crPrec).SetInt64(int64(exp))
		r.Add(r, e.Mul(e, ln2Big()))
	}
	f, _ := r.Float64()
	return f
}

// crExp returns eˣ rounded to nearest.
func crExp(x float64) float64 {
	if y, ok := expFast(x); ok {
		return y
	}
	return crExpBig(x)
}

// crExpBig is crExp evaluated with math/big throughout.
func crExpBig(x float64) float64 {
	if x == 0 || math.IsNaN(x) || math.IsInf(x, 0) || x > 709.8 || x < -745.2 {
		return math.Exp(x)
	}
	// x = k·ln2 + r with |r| ≤ ln2/2.
	k := math.Round(x / math.Ln2)
	bx := new(big.Float).SetPrec(crPrec).SetFloat64(x)
	r := new(big.Float).SetPrec(crPrec).Sub(bx, new(big.Float).SetPrec(crPrec).Mul(new(big.Float).SetInt64(int64(k)), ln2Big()))
	// Taylor series of e^r.
	sum := new(big.Float).SetPrec(crPrec).SetInt64(1)
	term := new(big.Float).SetPrec(crPrec).SetInt64(1)
	eps := new(big.Float).SetPrec(crPrec).SetMantExp(big.NewFloat(1), -crPrec)
	for n := 1; n < 200; n++ {
		term.Mul(term, r)
		term.Quo(term, new(big.Float).SetInt64(int64(n)))
		sum.Add(sum, term)
		if term.Sign() == 0 || new(big.Float).Abs(term).Cmp(eps) < 0 {
			break
		}
	}
	sum.SetMantExp(sum, int(k))
	f, _ := sum.Float64()
	return f
}
