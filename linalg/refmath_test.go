package linalg

import (
	"fmt"
	"math"
	"math/big"
	"math/rand/v2"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/golinalg/golinalg/internal/pyoracle"
)

// Independent references for the correctly rounded crLog and crExp, and
// for everything tested against them: eˣ and ln x evaluated with math/big
// by other means than crmath.go's (ln 2 from Σ 1/(k·2ᵏ), eˣ by a Taylor
// series of x/2¹⁶ squared 16 times, ln x by Halley's iteration on eʸ = x,
// no atanh series), then rounded to float64 once, with a check that the
// rounding is decided.
//
// Error bound. Everything runs at refWork = 320 bits, ln 2 at 400.
//   - eˣ (|x| ≤ 746): x = k·ln2 + r with |k| < 2¹¹, k·ln2 formed at 400
//     bits, so r is off by at most 2¹¹·2⁻⁴⁰⁰·2 + 2⁻³²⁰ < 2⁻³¹⁹, a relative
//     error of at most 2⁻³¹⁹ in eʳ. The series for e^(r/2¹⁶)
//     (|r/2¹⁶| < 2⁻¹⁶) stops at a term below 2⁻³²⁰ (the rest is smaller
//     still) after at most 21 terms of 3 roundings each (1/n is rounded
//     too), < 2⁻³¹² relative;
//     the 16 squarings multiply a relative error by 2¹⁶ and add 16
//     roundings: < 2⁻²⁹⁵. Scaling by 2ᵏ is exact. Bound used: 2⁻²⁸⁰·eˣ.
//   - ln x: Halley steps y ← y + 2(x − eʸ)/(x + eʸ) from a float64
//     start within 2⁻⁴² of ln x; each step cubes the error, and the
//     iteration stops after a step whose correction is below 2⁻¹⁰⁰ (its
//     start was within about 2⁻¹⁰⁰, its end within about 2⁻³⁰⁰), so what
//     remains is the error of the last step's own arithmetic: eʸ to
//     2⁻²⁸⁰ relative, which moves y by about 2⁻²⁸⁰ absolute, and a few
//     roundings of 2⁻³²⁰·|y|. Bound used: 2⁻²⁷⁰·max(1, |ln x|) absolute.
//
// refRound rounds to nearest float64 and reports false when the value is
// within its error bound of a rounding boundary (a midpoint between two
// float64, or the overflow threshold): the reference then cannot say
// which way correct rounding goes, and a test must not guess. Exhaustive
// searches (Lefèvre and Muller) put the binary64 arguments of exp and log
// nearest a midpoint at about 2⁻¹²⁰ relative, far outside these bounds.
const (
	refWork = 320
	refLn2P = 400
)

var refLn2 = sync.OnceValue(func() *big.Float {
	// ln 2 = Σ_{k≥1} 1/(k·2ᵏ); the terms after k = K sum to less than
	// 2⁻ᴷ, so K = refLn2P + 8 leaves an error below 2⁻⁴⁰⁸.
	sum := new(big.Float).SetPrec(refLn2P + 16)
	one := new(big.Float).SetPrec(refLn2P + 16).SetInt64(1)
	t := new(big.Float).SetPrec(refLn2P + 16)
	for k := 1; k <= refLn2P+8; k++ {
		t.SetInt64(int64(k))
		t.SetMantExp(t, k)
		t.Quo(one, t)
		sum.Add(sum, t)
	}
	return sum.SetPrec(refLn2P)
})

// refInv[n] is 1/n to refWork bits, for the Taylor series of refExpBig
// (multiplying by it is faster than dividing by n, at the price of one
// more rounding per term, which the error bound counts).
var refInv = sync.OnceValue(func() []*big.Float {
	inv := make([]*big.Float, 64)
	for n := 1; n < len(inv); n++ {
		inv[n] = new(big.Float).SetPrec(refWork).Quo(big.NewFloat(1), big.NewFloat(float64(n)))
	}
	return inv
})

// refExpBig returns e^z to prec ≤ refWork bits (2⁻²⁸⁰ relative at
// refWork), for |z| ≤ 746.
func refExpBig(z *big.Float, prec uint) *big.Float {
	zf, _ := z.Float64()
	if math.Abs(zf) > 746 {
		panic(fmt.Sprintf("refExpBig(%g): argument out of range", zf))
	}
	k := math.Round(zf / math.Ln2)
	r := new(big.Float).SetPrec(refLn2P).SetFloat64(k)
	r.Mul(r, refLn2())
	r.Sub(z, r)
	r.SetPrec(prec).SetMantExp(r, -16)
	sum := new(big.Float).SetPrec(prec).SetInt64(1)
	term := new(big.Float).SetPrec(prec).SetInt64(1)
	inv := refInv()
	for n := 1; ; n++ {
		term.Mul(term, r)
		term.Mul(term, inv[n])
		sum.Add(sum, term)
		if term.Sign() == 0 || term.MantExp(nil) < -int(prec) {
			break
		}
	}
	for i := 0; i < 16; i++ {
		sum.Mul(sum, sum)
	}
	return sum.SetMantExp(sum, int(k))
}

// refLogBig returns ln x to refWork bits, for finite x > 0.
func refLogBig(x float64) *big.Float {
	bx := new(big.Float).SetPrec(refWork).SetFloat64(x)
	// The start: ln m + e·ln 2 for x = m·2ᵉ, m in [0.5, 1), within 2⁻⁴²
	// of ln x. (Not math.Log(x): Go's amd64 assembly does not normalise a
	// subnormal x, golang/go#56600, and math.Log(5e-324) is -709.09, not
	// -744.44.)
	m, e := math.Frexp(x)
	y := new(big.Float).SetPrec(refWork).SetFloat64(math.Log(m) + float64(e)*math.Ln2)
	num := new(big.Float).SetPrec(refWork)
	den := new(big.Float).SetPrec(refWork)
	for step := 0; ; step++ {
		if step == 5 {
			panic(fmt.Sprintf("refLogBig(%v): no convergence", x))
		}
		// The first step, from within 2⁻⁴², can at best get within about
		// 2⁻¹²⁶: 160 bits are enough for it.
		prec := uint(refWork)
		if step == 0 {
			prec = 160
		}
		ey := refExpBig(y, prec)
		num.Sub(bx, ey)
		num.SetMantExp(num, 1)
		den.Add(bx, ey)
		num.Quo(num, den)
		y.Add(y, num)
		// A full-precision step that corrects by less than 2⁻¹⁰⁰ started
		// within about 2⁻¹⁰⁰ of ln x and ended within (2⁻¹⁰⁰)³, below the
		// working precision: stop there.
		if prec == refWork && (num.Sign() == 0 || num.MantExp(nil) < -100) {
			return y
		}
	}
}

// refRound rounds v to the nearest float64 (ties to even); ok is false
// when a rounding boundary lies within errAbs of v.
func refRound(v, errAbs *big.Float) (f float64, ok bool) {
	f, _ = v.Float64()
	boundary := func(toward float64) *big.Float {
		g := math.Nextafter(f, toward)
		b := new(big.Float).SetPrec(2200)
		switch {
		case math.IsInf(f, 0):
			// Between ±MaxFloat64 and ±Inf: MaxFloat64 + half its ulp.
			m := math.Copysign(math.MaxFloat64, f)
			b.SetFloat64(m)
			return b.Add(b, new(big.Float).SetMantExp(big.NewFloat(math.Copysign(1, f)), 970))
		case math.IsInf(g, 0):
			b.SetFloat64(f)
			return b.Add(b, new(big.Float).SetMantExp(big.NewFloat(math.Copysign(1, g)), 970))
		}
		b.SetFloat64(f)
		b.Add(b, new(big.Float).SetFloat64(g))
		return b.SetMantExp(b, -1)
	}
	for _, toward := range []float64{math.Inf(-1), math.Inf(1)} {
		if math.IsInf(f, 0) && math.IsInf(toward, 0) && math.Signbit(f) == math.Signbit(toward) {
			continue
		}
		d := new(big.Float).SetPrec(2200).Sub(v, boundary(toward))
		if d.Abs(d).Cmp(errAbs) <= 0 {
			return f, false
		}
	}
	return f, true
}

// refExp returns eˣ rounded to nearest, independently of crExp. It
// panics when the reference cannot decide the rounding.
func refExp(x float64) float64 {
	switch {
	case math.IsNaN(x):
		return x
	case x > 710: // eˣ > 2¹⁰²⁴
		return math.Inf(1)
	case x < -746: // eˣ < 2⁻¹⁰⁷⁶, below half the least subnormal
		return 0
	case x == 0:
		return 1
	}
	v := refExpBig(new(big.Float).SetPrec(refWork).SetFloat64(x), refWork)
	bound := new(big.Float).SetPrec(refWork).SetMantExp(v, -280)
	f, ok := refRound(v, bound.Abs(bound))
	if !ok {
		panic(fmt.Sprintf("refExp(%v): the reference cannot decide the rounding", x))
	}
	return f
}

// refLog returns ln x rounded to nearest, independently of crLog. It
// panics when the reference cannot decide the rounding.
func refLog(x float64) float64 {
	switch {
	case math.IsNaN(x) || x < 0:
		return math.NaN()
	case x == 0:
		return math.Inf(-1)
	case math.IsInf(x, 1):
		return x
	case x == 1:
		return 0
	}
	f, ok := refRound(refLogBig(x), refLogErr(x))
	if !ok {
		panic(fmt.Sprintf("refLog(%v): the reference cannot decide the rounding", x))
	}
	return f
}

// refLogErr is refLogBig's error bound at x: 2⁻²⁷⁰·max(1, |ln x|).
func refLogErr(x float64) *big.Float {
	return new(big.Float).SetMantExp(big.NewFloat(math.Max(1, math.Abs(math.Log(x)))), -270)
}

// TestRefMathAgainstDecimal checks the references themselves against
// Python's decimal module, whose ln and exp are correctly rounded to the
// context's precision (here 60 digits, about 2⁻¹⁹⁹ relative, then rounded
// to float64 by float()), on subnormal, tiny, near-1, huge and random
// arguments, and results from subnormal to near overflow.
func TestRefMathAgainstDecimal(t *testing.T) {
	py := pyoracle.Python(t, "the check needs Python's decimal module")
	r := rand.New(rand.NewPCG(5, 6))
	logs := []float64{5e-324, 1e-320, 0x1p-1022, 0x1.fffffffffffffp-1, 1 + 0x1p-52, 0.5, 2, 10, 1e300, math.MaxFloat64}
	exps := []float64{-745.1, -744.44, -708.4, -0x1p-1000, 0x1p-1000, -1e-17, 1, 2, 700, 709.78}
	for k := 0; k < 1500; k++ {
		logs = append(logs, math.Exp(r.NormFloat64()*200), 1+r.NormFloat64()*1e-8, math.Float64frombits(r.Uint64N(1<<52)+1))
		exps = append(exps, r.NormFloat64()*300, r.NormFloat64()*1e-5)
	}
	var in strings.Builder
	for _, x := range logs {
		fmt.Fprintf(&in, "l %s\n", strconv.FormatFloat(x, 'x', -1, 64))
	}
	for _, x := range exps {
		fmt.Fprintf(&in, "e %s\n", strconv.FormatFloat(x, 'x', -1, 64))
	}
	out := pyoracle.Run(t, []byte(in.String()), py, "-c", `import sys
from decimal import Decimal, getcontext
getcontext().prec = 60
for line in sys.stdin:
    op, x = line.split()
    d = Decimal(float.fromhex(x))
    print(float(d.ln() if op == "l" else d.exp()).hex())`)
	want := strings.Fields(string(out))
	if len(want) != len(logs)+len(exps) {
		t.Fatalf("python gave %d values for %d arguments", len(want), len(logs)+len(exps))
	}
	for k, w := range want {
		wf, err := strconv.ParseFloat(w, 64)
		if err != nil {
			t.Fatal(err)
		}
		if k < len(logs) {
			if got := refLog(logs[k]); got != wf {
				t.Errorf("refLog(%v) = %v, decimal %v", logs[k], got, wf)
			}
		} else if x := exps[k-len(logs)]; refExp(x) != wf {
			t.Errorf("refExp(%v) = %v, decimal %v", x, refExp(x), wf)
		}
	}
}
