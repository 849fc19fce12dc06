package linalg

import (
	"math"
	"math/big"
	"math/rand/v2"
	"sync"
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

func TestCrLogExpFastAgreesWithBig(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for k := 0; k < 3000; k++ {
		x := math.Exp(r.NormFloat64() * 20)
		if k%3 == 0 {
			x = 1 + r.NormFloat64()*1e-3
		}
		if got, want := crLog(x), crLogBig(x); got != want {
			t.Fatalf("crLog(%v) = %v, big %v", x, got, want)
		}
		y := r.NormFloat64() * 50
		if k%3 == 0 {
			y = r.NormFloat64() * 1e-6
		}
		if got, want := crExp(y), crExpBig(y); got != want {
			t.Fatalf("crExp(%v) = %v, big %v", y, got, want)
		}
	}
}

// TestLogDDErrorBound checks logDD's double-double against math/big to the
// 2⁻⁶⁶ relative bound crLog relies on, near 1 (where the series does all
// the work) and across the range.
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
		exact := new(big.Float).SetPrec(crPrec)
		frac, exp := math.Frexp(x)
		if frac < math.Sqrt2/2 {
			frac *= 2
			exp--
		}
		exact.Set(bigLogMantissa(new(big.Float).SetPrec(crPrec).SetFloat64(frac)))
		if exp != 0 {
			e := new(big.Float).SetPrec(crPrec).SetInt64(int64(exp))
			exact.Add(exact, e.Mul(e, ln2Big()))
		}
		got := new(big.Float).SetPrec(crPrec).SetFloat64(hi)
		got.Add(got, new(big.Float).SetPrec(crPrec).SetFloat64(lo))
		diff, _ := got.Sub(got, exact).Float64()
		if math.Abs(diff) > math.Abs(hi)*0x1p-67 {
			t.Fatalf("logDD(%v): error %g, bound %g", x, diff, math.Abs(hi)*0x1p-67)
		}
	}
}

// TestLogTableAgreesWithBig checks the literal table of logDD against
// ln(j/128) evaluated with math/big.
func TestLogTableAgreesWithBig(t *testing.T) {
	want := logTab()
	for j := range logTable {
		if logTable[j] != want[j] {
			t.Errorf("logTable[%d] (ln(%d/128)) = %v, want %v", j, j+logTabLo, logTable[j], want[j])
		}
	}
}

// logTab[j-logTabLo] is ln(j/128) as a double-double, evaluated with
// math/big: the reference for logTable.
var logTab = sync.OnceValue(func() [][2]float64 {
	t := make([][2]float64, logTabHi-logTabLo+1)
	for j := range t {
		c := float64(j+logTabLo) / 128
		if c == 1 {
			continue
		}
		frac, exp := math.Frexp(c)
		if frac < math.Sqrt2/2 {
			frac *= 2
			exp--
		}
		r := bigLogMantissa(new(big.Float).SetPrec(crPrec).SetFloat64(frac))
		if exp != 0 {
			e := new(big.Float).SetPrec(crPrec).SetInt64(int64(exp))
			r.Add(r, e.Mul(e, ln2Big()))
		}
		hi, _ := r.Float64()
		lo, _ := r.Sub(r, new(big.Float).SetPrec(crPrec).SetFloat64(hi)).Float64()
		t[j] = [2]float64{hi, lo}
	}
	return t
})
