package linalg

import (
	"math"
	"math/big"
	"math/rand/v2"
	"testing"
)

func TestDetExactText(t *testing.T) {
	// NumPy computes det as sign·exp(Σ log|uᵢᵢ|) with the C library's
	// correctly rounded log and exp, so these are not whole numbers.
	tests := []struct {
		vals []any
		n    int
		want float64
	}{
		{[]any{1, 2, 3, 4}, 2, -2.0000000000000004},
		{[]any{7}, 1, 6.999999999999999},
		{[]any{1, 2, 2, 4}, 2, 0},
	}
	for _, tc := range tests {
		a, _ := FromValues([]int{tc.n, tc.n}, tc.vals)
		d, err := Det(a)
		if err != nil {
			t.Fatal(err)
		}
		if got := d.At(0).(float64); got != tc.want {
			t.Errorf("det(%v) = %v, want %v", tc.vals, got, tc.want)
		}
	}
}

func TestCrLogExp(t *testing.T) {
	for _, x := range []float64{0.5, 0.75, 1.5, 2, 3, 7, 10, 1e-300, 1e300, 123456.789} {
		if d := math.Abs(crLog(x) - math.Log(x)); d > 4.5e-16*math.Max(1, math.Abs(math.Log(x))) {
			t.Errorf("crLog(%g) = %v, math.Log %v", x, crLog(x), math.Log(x))
		}
	}
	for _, x := range []float64{-700, -1, -1e-10, 1e-10, 0.5, 1, 2, 10, 700} {
		if d := math.Abs(crExp(x)-math.Exp(x)) / math.Exp(x); d > 3e-16 {
			t.Errorf("crExp(%g) = %v, math.Exp %v", x, crExp(x), math.Exp(x))
		}
	}
}

// TestCrLogExpCorrectlyRounded checks crLog and crExp, and their math/big
// fallbacks crLogBig and crExpBig, against the independent correctly
// rounded references refLog and refExp (refmath_test.go, which fail
// rather than guess when their error bound leaves the rounding open): near
// 1, across the range, at subnormals and near overflow.
func TestCrLogExpCorrectlyRounded(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	logs := []float64{5e-324, 0x1p-1074 * 3, 1e-310, 0x1p-1022, 0.5, 1 - 0x1p-53, 1 + 0x1p-52, 2, 7, 10, math.MaxFloat64}
	exps := []float64{-745.1, -740, -708.4, -1, -0x1p-60, 0x1p-60, 0.5, 1, 700, 709.78}
	for k := 0; k < 3000; k++ {
		x := math.Exp(r.NormFloat64() * 20)
		if k%3 == 0 {
			x = 1 + r.NormFloat64()*1e-3
		}
		logs = append(logs, x)
		y := r.NormFloat64() * 50
		if k%3 == 0 {
			y = r.NormFloat64() * 1e-6
		}
		exps = append(exps, y)
	}
	for _, x := range logs {
		want := refLog(x)
		if got := crLog(x); got != want {
			t.Fatalf("crLog(%v) = %v, correctly rounded %v", x, got, want)
		}
		if got := crLogBig(x); got != want {
			t.Fatalf("crLogBig(%v) = %v, correctly rounded %v", x, got, want)
		}
	}
	for _, y := range exps {
		want := refExp(y)
		if got := crExp(y); got != want {
			t.Fatalf("crExp(%v) = %v, correctly rounded %v", y, got, want)
		}
		if got := crExpBig(y); got != want {
			t.Fatalf("crExpBig(%v) = %v, correctly rounded %v", y, got, want)
		}
	}
}

// TestLogDDErrorBound checks logDD's double-double against ln x from
// refLogBig to the 2⁻⁶⁶ relative bound crLog relies on (tested at
// 2⁻⁶⁷·|hi|), near 1 (where the series does all the work) and across the
// range. The reference's own error, below 2⁻²⁷⁰·max(1, |ln x|) absolute,
// is below 2⁻²⁰⁰·|ln x| for every x ≠ 1 (|ln x| ≥ 2⁻⁵⁴ there), which
// cannot move a difference across the bound.
func TestLogDDErrorBound(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	for k := 0; k < 20000; k++ {
		var x float64
		switch k % 3 {
		case 0:
			x = 1 + r.NormFloat64()*1e-3
		case 1:
			x = (float64(r.IntN(93)+90) + r.Float64() - 0.5) / 128
		default:
			x = math.Exp(r.NormFloat64() * 30)
		}
		hi, lo, ok := logDD(x)
		if !ok || x == 1 {
			continue
		}
		exact := refLogBig(x)
		got := new(big.Float).SetPrec(refWork).SetFloat64(hi)
		got.Add(got, new(big.Float).SetPrec(refWork).SetFloat64(lo))
		diff, _ := got.Sub(got, exact).Float64()
		if math.Abs(diff) > math.Abs(hi)*0x1p-67 {
			t.Fatalf("logDD(%v): error %g, bound %g", x, diff, math.Abs(hi)*0x1p-67)
		}
	}
}

// TestLogTableAgreesWithBig checks the literal table of logDD against
// ln(j/128) evaluated by refLogBig and rounded to a double-double.
func TestLogTableAgreesWithBig(t *testing.T) {
	for j := range logTable {
		c := float64(j+logTabLo) / 128
		var want [2]float64
		if c != 1 {
			v := refLogBig(c)
			// hi is v rounded, lo the rest rounded; both roundings must be
			// decided by the reference (the rest is exact in big.Float).
			hi, ok1 := refRound(v, refLogErr(c))
			rest := new(big.Float).SetPrec(refWork).Sub(v, new(big.Float).SetFloat64(hi))
			lo, ok2 := refRound(rest, refLogErr(c))
			if !ok1 || !ok2 {
				t.Fatalf("ln(%d/128): the reference cannot decide the rounding", j+logTabLo)
			}
			want = [2]float64{hi, lo}
		}
		if logTable[j] != want {
			t.Errorf("logTable[%d] (ln(%d/128)) = %v, want %v", j, j+logTabLo, logTable[j], want)
		}
	}
}
