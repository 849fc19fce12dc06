// Package noise is the one rule by which golinalg's tests compare an output
// with NumPy's when the two may differ by floating-point rounding noise.
//
// # Why a rule
//
// NumPy's last bits depend on the CPU: OpenBLAS picks its Haswell, SkylakeX,
// Zen or Prescott kernels at run time, and each sums in its own order. So no
// implementation, NumPy on another machine included, can print NumPy's exact
// digits everywhere. Two outputs therefore agree when their text is identical,
// or when
//
//   - their text is the same once every number is replaced by a placeholder
//     and all whitespace is removed (a layout change caused by a noise entry,
//     such as NumPy switching to scientific notation, is allowed; a different
//     word, shape, dtype, exception or message is not), and
//
//   - every pair of numbers that differ is within the bound
//
//     |got − want| ≤ C · n · ε · max|entries|
//
//     where ε is the machine epsilon of the dtype (2⁻⁵² for float64), n is
//     the order of the computation and max|entries| the largest magnitude in
//     the array the numbers belong to. This is the classical backward-error
//     bound of a product or a factorisation of n×n matrices (Higham, Accuracy
//     and Stability of Numerical Algorithms, §3.5 and §9.3: γ_n = nε/(1−nε)),
//     with C a small constant for the few operations that follow (a product
//     with the result, a back substitution).
//
// Everything else stays strict: a wrong digit above the noise floor, a sign
// flip of a value above it, NaN against a number, infinities, an integer
// (integers are never noise), and a different count of numbers.
//
// # Reading n and max|entries| off text
//
// Text gives no shapes, so [Text] takes them from the brackets: the numbers
// inside one outermost pair of square brackets form a group (one printed
// array or list); n is the largest number of items directly inside any one
// bracket pair of that group (the longest row or column for a matrix, the
// length of a vector), and max|entries| is the largest finite magnitude in
// the group on either side. A number outside brackets (a scalar) is a group
// of its own with n = 1: its bound is C ulps-sized, relative to itself.
package noise

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// C is the constant of the bound C·n·ε·max|entries|. It covers the one or
// two operations that follow a factorisation in what a cell prints (a solve
// with the factors, a product with the result): measured, the largest ratio
// |got − want| / (n·ε·max|entries|) over the oracle cells under OpenBLAS's
// Haswell, SkylakeX and Prescott kernels is 2 (A @ inv(A) for a 2×2 matrix,
// where NumPy prints 8.8817842e-16 and golinalg 0).
const C = 4

// Eps64 is the machine epsilon of float64, 2⁻⁵² ≈ 2.2e-16.
const Eps64 = 0x1p-52

// A Bound is the tolerance of the rule: numbers may differ by
// C · n · Eps · max|entries|. The zero Bound allows no difference at all:
// only identical text agrees (for outputs computed from the same bits).
//
// N and Scale, when set, are lower limits for the n and max|entries| read
// off the text, for a printed number whose computation is larger than what
// it shows: a residual ‖b − Ax‖² that cancels down from ‖b‖², a scalar taken
// out of an n×n inverse. Whoever sets them says why, next to the output.
type Bound struct {
	C     float64
	Eps   float64
	N     int
	Scale float64
}

// Float64 is the bound for results computed in float64.
var Float64 = Bound{C: C, Eps: Eps64}

// Exact allows no noise: the text must be identical.
var Exact = Bound{}

// Verdict is the outcome of a comparison.
type Verdict int

const (
	// Differ: the outputs are not the same, even allowing for noise.
	Differ Verdict = iota
	// Noise: the texts differ, but only in numbers within the bound.
	Noise
	// Identical: the texts are byte for byte the same.
	Identical
)

func (v Verdict) String() string {
	switch v {
	case Identical:
		return "identical"
	case Noise:
		return "equal within float noise"
	}
	return "differ"
}

// Agree reports whether the verdict is Identical or Noise.
func (v Verdict) Agree() bool { return v != Differ }

// number is one numeric literal found in a text.
type number struct {
	text  string
	float bool // has a '.', an exponent, or is nan/inf
	val   float64
	group int // index into the groups of the text
}

// group is one outermost bracketed run of numbers, or one scalar.
type group struct {
	n int // the largest count of items directly inside one bracket pair
}

// scan splits s into a skeleton (numbers replaced by '#', whitespace
// removed) and its numbers with their groups.
func scan(s string) (skel string, nums []number, groups []group) {
	var b strings.Builder
	// counts[d] is the number of items seen so far directly inside the
	// bracket pair open at depth d+1.
	var counts []int
	cur := -1 // current group while inside brackets
	item := func() {
		if len(counts) > 0 {
			counts[len(counts)-1]++
			if c := counts[len(counts)-1]; c > groups[cur].n {
				groups[cur].n = c
			}
		}
	}
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ' || c == '\n' || c == '\t' || c == '\r':
			i++
			continue
		case c == '[':
			if len(counts) == 0 {
				groups = append(groups, group{n: 1})
				cur = len(groups) - 1
			} else {
				item()
			}
			counts = append(counts, 0)
			b.WriteByte(c)
			i++
			continue
		case c == ']':
			if len(counts) > 0 {
				counts = counts[:len(counts)-1]
			}
			b.WriteByte(c)
			i++
			continue
		}
		if j, f := numberAt(s, i); j > i {
			t := s[i:j]
			nm := number{text: t, float: f}
			if f {
				nm.val = parseFloat(t)
			}
			if len(counts) == 0 {
				groups = append(groups, group{n: 1})
				nm.group = len(groups) - 1
			} else {
				item()
				nm.group = cur
			}
			nums = append(nums, nm)
			b.WriteByte('#')
			i = j
			continue
		}
		b.WriteByte(c)
		i++
	}
	return b.String(), nums, groups
}

func isIdent(c byte) bool {
	return c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// numberAt returns the end of the numeric literal starting at s[i] (i when
// there is none) and whether it is a float literal. A literal is an
// optional sign, digits with an optional '.' and fraction (or a '.' and
// digits), an optional exponent; or nan or inf with an optional sign. It
// must not continue an identifier or another number (the 64 of float64 is
// not a number), though a sign may follow a '.' (the imaginary part of 1.+2.j).
func numberAt(s string, i int) (int, bool) {
	if i > 0 && (isIdent(s[i-1]) || s[i-1] == '.' && s[i] != '+' && s[i] != '-') {
		return i, false
	}
	j := i
	if s[j] == '+' || s[j] == '-' {
		j++
	}
	for _, w := range []string{"nan", "inf"} {
		if strings.HasPrefix(s[j:], w) && (j+3 == len(s) || !isIdent(s[j+3])) {
			return j + 3, true
		}
	}
	start := j
	for j < len(s) && isDigit(s[j]) {
		j++
	}
	intDigits := j - start
	float := false
	if j < len(s) && s[j] == '.' {
		k := j + 1
		for k < len(s) && isDigit(s[k]) {
			k++
		}
		if intDigits > 0 || k > j+1 {
			float = true
			j = k
		}
	}
	if intDigits == 0 && !float {
		return i, false
	}
	if j < len(s) && (s[j] == 'e' || s[j] == 'E') {
		k := j + 1
		if k < len(s) && (s[k] == '+' || s[k] == '-') {
			k++
		}
		if k < len(s) && isDigit(s[k]) {
			for k < len(s) && isDigit(s[k]) {
				k++
			}
			j, float = k, true
		}
	}
	return j, float
}

func parseFloat(t string) float64 {
	v, err := strconv.ParseFloat(t, 64)
	if err != nil {
		// nan, inf and literals like "1." that ParseFloat reads anyway;
		// anything else does not occur, but must not pass as 0.
		return math.NaN()
	}
	return v
}

// Text compares an output got with NumPy's output want under bound b and
// says why when they differ.
func Text(got, want string, b Bound) (Verdict, string) {
	v, why, _ := compare(got, want, b)
	return v, why
}

// Ratio is the largest |got − want| / (n · Eps · max|entries|) over the
// numbers of two texts that agree under bound b with any C: the C the pair
// needs. It is 0 for identical texts and +Inf for texts that differ beyond
// their float numbers. Tests log it to show how close to C the noise comes.
func Ratio(got, want string, b Bound) float64 {
	b.C = math.MaxFloat64 // any C; an infinite one would make a zero bound NaN
	v, _, r := compare(got, want, b)
	if v == Identical {
		return 0
	}
	if v == Differ {
		return math.Inf(1)
	}
	return r
}

func compare(got, want string, b Bound) (Verdict, string, float64) {
	if got == want {
		return Identical, "", 0
	}
	if b == Exact {
		return Differ, "text differs", math.Inf(1)
	}
	gs, gn, groups := scan(got)
	ws, wn, _ := scan(want)
	if gs != ws {
		return Differ, "text differs beyond its numbers", math.Inf(1)
	}
	// Equal skeletons have the same brackets, so the same groups.
	scale := make([]float64, len(groups))
	for k := range gn {
		for _, x := range []number{gn[k], wn[k]} {
			if x.float && !math.IsInf(x.val, 0) && !math.IsNaN(x.val) {
				scale[x.group] = math.Max(scale[x.group], math.Abs(x.val))
			}
		}
	}
	ratio := 0.0
	for k := range gn {
		g, w := gn[k], wn[k]
		if g.text == w.text {
			continue
		}
		if !g.float || !w.float {
			return Differ, fmt.Sprintf("number %d: %s against %s (integers are compared exactly)", k, g.text, w.text), math.Inf(1)
		}
		unit := float64(max(groups[g.group].n, b.N)) * b.Eps * max(scale[g.group], b.Scale)
		if !within(g.val, w.val, b.C*unit) {
			return Differ, fmt.Sprintf("number %d: %s against %s, beyond the noise bound %.3g", k, g.text, w.text, b.C*unit), math.Inf(1)
		}
		if d := math.Abs(g.val - w.val); d > 0 {
			ratio = math.Max(ratio, d/unit)
		}
	}
	return Noise, "", ratio
}

// within reports whether x and y differ by at most bound; NaN agrees only
// with NaN and an infinity only with itself.
func within(x, y, bound float64) bool {
	switch {
	case math.IsNaN(x) || math.IsNaN(y):
		return math.IsNaN(x) && math.IsNaN(y)
	case math.IsInf(x, 0) || math.IsInf(y, 0):
		return x == y
	}
	return math.Abs(x-y) <= bound
}

// Values compares the entries of a result got with NumPy's want under
// bound b: every entry must be within b.C · n · b.Eps · max|entries|, where
// n is b.N (at least 1), the order of the computation, and max|entries| the
// largest magnitude over the real and imaginary parts of both arrays, or
// b.Scale if larger (for a result whose computation is larger than it is:
// κ(A)·max|X| for an inverse or a solve, say). The zero Bound asks for the
// same bits (NaN agrees with NaN). It returns the index of the first entry
// that is not within the bound, or -1.
func Values(got, want []complex128, b Bound) int {
	if len(got) != len(want) {
		return 0
	}
	bound := b.C * valuesUnit(got, want, b)
	for k := range got {
		g, w := got[k], want[k]
		if b == Exact {
			if !sameBits(real(g), real(w)) || !sameBits(imag(g), imag(w)) {
				return k
			}
			continue
		}
		if !within(real(g), real(w), bound) || !within(imag(g), imag(w), bound) {
			return k
		}
	}
	return -1
}

// ValuesRatio is the largest |got − want| over the real and imaginary parts
// of the entries, in units of n · b.Eps · max|entries| as Values reads them:
// the C the comparison needs. Entries that differ by NaN are not counted;
// arrays of different lengths give +Inf.
func ValuesRatio(got, want []complex128, b Bound) float64 {
	if len(got) != len(want) {
		return math.Inf(1)
	}
	unit := valuesUnit(got, want, b)
	r := 0.0
	for k := range got {
		for _, d := range []float64{real(got[k]) - real(want[k]), imag(got[k]) - imag(want[k])} {
			if d != 0 && !math.IsNaN(d) {
				r = math.Max(r, math.Abs(d)/unit)
			}
		}
	}
	return r
}

// valuesUnit is n · b.Eps · max(b.Scale, max|entries|) for Values.
func valuesUnit(got, want []complex128, b Bound) float64 {
	scale := b.Scale
	for _, v := range [][]complex128{got, want} {
		for _, z := range v {
			for _, x := range []float64{real(z), imag(z)} {
				if !math.IsInf(x, 0) && !math.IsNaN(x) {
					scale = math.Max(scale, math.Abs(x))
				}
			}
		}
	}
	return float64(max(b.N, 1)) * b.Eps * scale
}

func sameBits(x, y float64) bool {
	return math.Float64bits(x) == math.Float64bits(y) || math.IsNaN(x) && math.IsNaN(y)
}
