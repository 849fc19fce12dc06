package linalg

import (
	"math"
	"math/big"
	"math/bits"
)

// The special matrices of scipy.linalg given by their order: Hadamard,
// Helmert, inverse Hilbert, Pascal and inverse Pascal matrices, and the
// scaling of the DFT matrix (which lang builds from NumPy's operations).

// Hadamard is scipy.linalg.hadamard(2**lg2, dtype=d): Sylvester's
// construction H_1 = [[1]], H_2k = [[H_k, H_k], [H_k, -H_k]], an n×n
// matrix of ±1 with orthogonal rows. The caller checks that n is a power
// of two. Negation is NumPy's, so complex entries carry signed zero
// imaginary parts as in SciPy; for bool and n > 1 it is NumPy's
// TypeError.
func Hadamard(lg2 int, d DType) (*Array, error) {
	if lg2 > 0 && d == Bool {
		return nil, typeErr("The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the logical_not function instead.")
	}
	// SciPy doubles H lg2 times, hstack then vstack, so a matrix too
	// large fails at the first of those arrays that cannot be allocated.
	for k := 1; k <= lg2; k++ {
		if k > 62 {
			return nil, valueErr("array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.")
		}
		if err := CheckAlloc(d, []int{1 << (k - 1), 1 << k}); err != nil {
			return nil, err
		}
		if err := CheckAlloc(d, []int{1 << k, 1 << k}); err != nil {
			return nil, err
		}
	}
	n := 1 << lg2
	out, err := Zeros(d, []int{n, n})
	if err != nil {
		return nil, err
	}
	// Entry (i, j) is 1 negated once per level where the bits of i and
	// j are both set.
	one, minus := elementOf(d, 1), negate(elementOf(d, 1))
	for i := range n {
		for j := range n {
			v := one
			if bits.OnesCount(uint(i&j))%2 == 1 {
				v = minus
			}
			out.setFlat(i*n+j, v)
		}
	}
	return out, nil
}

// Helmert is scipy.linalg.helmert(n, full): the n×n orthogonal Helmert
// matrix, whose first row is 1/sqrt(n) everywhere and whose row i >= 1 is
// (1, ..., 1, -i, 0, ..., 0) / sqrt(i(i+1)) with the -i at column i;
// without full, the (n-1)×n matrix of rows 1 to n-1 (the contrasts).
// Errors:
//
//	ValueError "negative dimensions are not allowed"
//	IndexError "index 0 is out of bounds for axis 0 with size 0" (n == 0)
func Helmert(n int, full bool) (*Array, error) {
	if n < 0 {
		return nil, valueErr("negative dimensions are not allowed")
	}
	if err := CheckAlloc(Float64, []int{n, n}); err != nil {
		return nil, err // SciPy starts from np.ones((n, n))
	}
	if n == 0 {
		return nil, indexErr("index 0 is out of bounds for axis 0 with size 0")
	}
	first := 0
	if !full {
		first = 1
	}
	out, _, err := specialMatrix(n-first, n, Float64, func(r, j int) any {
		i := r + first
		if i == 0 {
			return 1 / math.Sqrt(float64(n))
		}
		h := 0.0
		switch {
		case j < i:
			h = 1
		case j == i:
			h = -float64(i)
		}
		return h / math.Sqrt(float64(i*(i+1)))
	})
	return out, err
}

// InvHilbert is scipy.linalg.invhilbert(n, exact): the inverse of the n×n
// Hilbert matrix, whose entries are the integers
//
//	(-1)^(i+j) (i+j+1) C(n+i, n-j-1) C(n+j, n-i-1) C(i+j, i)^2.
//
// With exact the result is int64 (SciPy gives an object array for
// n > 14, whose entries exceed int64, which golinalg cannot hold: ok is
// false then); otherwise float64, each binomial coefficient computed in
// floating point as scipy.special.comb(exact=False) computes it. Errors:
//
//	ValueError "negative dimensions are not allowed"
func InvHilbert(n int, exact bool) (out *Array, ok bool, err error) {
	if n < 0 {
		return nil, false, valueErr("negative dimensions are not allowed")
	}
	if exact && n > 14 {
		return nil, false, nil
	}
	d := Float64
	if exact {
		d = Int64
	}
	out, _, err = specialMatrix(n, n, d, func(i, j int) any {
		s := i + j
		sign := int64(1 - 2*(s%2))
		if exact {
			v := big.NewInt(sign * int64(s+1))
			v.Mul(v, combExact(n+i, n-j-1))
			v.Mul(v, combExact(n+j, n-i-1))
			c := combExact(s, i)
			v.Mul(v, c.Mul(c, c))
			return v.Int64()
		}
		c := combFloat(s, i)
		return float64(sign*int64(s+1)) * combFloat(n+i, n-j-1) * combFloat(n+j, n-i-1) * (c * c)
	})
	return out, true, err
}

// Pascal is scipy.linalg.pascal(n, kind, exact=False): the n×n Pascal
// matrix of binomial coefficients in float64 — kind "lower" the lower
// triangular L[i, j] = C(i, j), "upper" its transpose and "symmetric"
// L @ L.T, whose entries are C(i+j, i). (SciPy's exact result has dtype
// uint64 or object, which golinalg lacks.) A negative n gives a 0×0
// matrix, as in SciPy.
func Pascal(n int, kind string) (*Array, error) {
	n = max(n, 0)
	l, _, err := specialMatrix(n, n, Float64, func(i, j int) any { return combFloat(i, j) })
	if err != nil {
		return nil, err
	}
	switch kind {
	case "lower":
		return l, nil
	case "upper":
		return l.T().Copy(), nil
	}
	return MatMul(l, l.T())
}

// InvPascal is scipy.linalg.invpascal(n, kind, exact): the inverse of the
// n×n Pascal matrix. For kind "symmetric" entry (i, j) is
// (-1)^(i-j) Σ_k C(i+k, k) C(i+k, i+k-j) over k < n-i (A. M. Cohen, The
// inverse of a Pascal matrix, Math. Gazette 59, 1975); for "lower" and
// "upper" it is the Pascal matrix with the signs (-1)^(i-j), multiplied
// in as SciPy multiplies them (so float zeros may be -0.0). exact gives
// int64 entries, inexact float64 ones from floating-point binomial
// coefficients. ok is false where SciPy's exact result is an object array
// (n > 34, symmetric; n >= 35, lower or upper). Errors:
//
//	ValueError "negative dimensions are not allowed"
func InvPascal(n int, kind string, exact bool) (out *Array, ok bool, err error) {
	if n < 0 {
		return nil, false, valueErr("negative dimensions are not allowed")
	}
	if exact && (n > 34 && kind == "symmetric" || n >= 35) {
		return nil, false, nil
	}
	d := Float64
	if exact {
		d = Int64
	}
	if kind == "symmetric" {
		out, _, err = specialMatrix(n, n, d, func(i, j int) any {
			if j > i {
				i, j = j, i
			}
			sign := 1 - 2*((i-j)%2)
			if exact {
				v := new(big.Int)
				for k := range n - i {
					c := combExact(i+k, k)
					v.Add(v, c.Mul(c, combExact(i+k, i+k-j)))
				}
				return int64(sign) * v.Int64()
			}
			v := 0.0
			for k := range n - i {
				v += combFloat(i+k, k) * combFloat(i+k, i+k-j)
			}
			return float64(sign) * v
		})
		return out, true, err
	}
	out, _, err = specialMatrix(n, n, d, func(i, j int) any {
		r, c := i, j
		if kind == "upper" {
			r, c = j, i
		}
		sign := int64(1 - 2*(abs(i-j)%2))
		if exact {
			if c > r {
				return int64(0)
			}
			return combExact(r, c).Int64() * sign
		}
		return combFloat(r, c) * float64(sign)
	})
	return out, true, err
}

// DFTScaled is the scaling step of scipy.linalg.dft: m divided in place
// by sqrt(n) ("sqrtn") or n ("n") as NumPy divides a complex array by a
// float.
func DFTScaled(m *Array, scale string, n float64) (*Array, error) {
	var s float64
	switch scale {
	case "sqrtn":
		s = math.Sqrt(n)
	case "n":
		s = n
	default:
		return m, nil
	}
	sv, _ := Scalar(s)
	out, _, err := Binary(OpDiv, m, sv)
	return out, err
}

// combExact is the binomial coefficient C(n, k) as an integer, 0 when k
// < 0 or k > n.
func combExact(n, k int) *big.Int {
	if k < 0 || k > n || n < 0 {
		return new(big.Int)
	}
	return new(big.Int).Binomial(int64(n), int64(k))
}

// combFloat is scipy.special.comb(n, k, exact=False) for integers: 0
// outside 0 <= k <= n, otherwise scipy.special.binom's product formula,
// term by term as SciPy forms it, over min(k, n-k) terms. SciPy uses it
// below 20 terms and the beta function beyond; the two agree to a few
// ulps per term there, far cheaper than an exact coefficient.
func combFloat(n, k int) float64 {
	if k < 0 || k > n || n < 0 {
		return 0
	}
	kx := k
	if n > 0 && float64(kx) > float64(n)/2 {
		kx = n - kx
	}
	num, den := 1.0, 1.0
	for i := 1; i < 1+kx; i++ {
		num *= float64(i) + float64(n) - float64(kx)
		den *= float64(i)
		if math.Abs(num) > 1e50 {
			num /= den
			den = 1
		}
	}
	return num / den
}
