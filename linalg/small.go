// Fast paths for one small real matrix (order ≤ smallMax): inv, solve, det
// and slogdet with the factorisation on the stack, no workspace and one
// allocation for the result. The kernels perform the operations of getf2,
// luSolve and luInverse in the same order, so the results are the same bit
// for bit (TestSmallMatchesGeneric); only loop overhead, bounds checks and
// allocations are gone.

package linalg

import (
	"math"
	"runtime"
	"sync"
)

// smallMax is the largest order the small-matrix paths take.
const smallMax = 16

// smallSquare reports the order n of a, when a is a 2-d float64 or int64
// n×n matrix with n ≤ smallMax that the small paths take.
func smallSquare(a *Array) (int, bool) {
	if len(a.shape) != 2 || (a.dtype != Float64 && a.dtype != Int64) {
		return 0, false
	}
	n := a.shape[0]
	if a.shape[1] != n || n > smallMax {
		return 0, false
	}
	return n, true
}

// loadSmall copies the 2-d float64 or int64 array a (any strides) into dst
// in row-major order, converting to float64.
func loadSmall(a *Array, dst []float64) {
	loadSmallStrided(a, dst, a.shape[0], a.shape[1], a.strides[0], a.strides[1])
}

// loadSmallT is loadSmall of a's transpose: a in column-major order.
func loadSmallT(a *Array, dst []float64) {
	loadSmallStrided(a, dst, a.shape[1], a.shape[0], a.strides[1], a.strides[0])
}

// loadSmallStrided copies the r×c values of a at a.offset + i·s0 + j·s1
// into dst in row-major order.
func loadSmallStrided(a *Array, dst []float64, r, c, s0, s1 int) {
	off := a.offset
	if a.dtype == Float64 {
		if s1 == 1 && s0 == c {
			copy(dst[:r*c], a.f[off:off+r*c])
			return
		}
		for i := 0; i < r; i++ {
			row := dst[i*c : i*c+c]
			p := off + i*s0
			for j := range row {
				row[j] = a.f[p]
				p += s1
			}
		}
		return
	}
	for i := 0; i < r; i++ {
		row := dst[i*c : i*c+c]
		p := off + i*s0
		for j := range row {
			row[j] = float64(a.i[p])
			p += s1
		}
	}
}

// newFloat64Matrix returns a zeroed C-contiguous r×c float64 array, with
// its header, shape and strides in one allocation and its data in another.
func newFloat64Matrix(r, c int) *Array {
	h := &struct {
		a    Array
		dims [4]int
	}{}
	h.dims = [4]int{r, c, c, 1}
	h.a = Array{dtype: Float64, shape: h.dims[0:2:2], strides: h.dims[2:4:4], buffers: buffers{f: make([]float64, r*c)}}
	return &h.a
}

// newFloat64Scalar returns the 0-d float64 array v (as newArray(Float64,
// nil) with v stored) in one allocation.
func newFloat64Scalar(v float64) *Array {
	h := &struct {
		a Array
		v [1]float64
	}{}
	h.v[0] = v
	h.a = Array{dtype: Float64, strides: []int{}, buffers: buffers{f: h.v[:]}}
	return &h.a
}

// newFloat64Scalars2 is newFloat64Scalar for two values in one allocation.
func newFloat64Scalars2(v, w float64) (*Array, *Array) {
	h := &struct {
		a, b Array
		v    [2]float64
	}{}
	h.v = [2]float64{v, w}
	h.a = Array{dtype: Float64, strides: []int{}, buffers: buffers{f: h.v[0:1:1]}}
	h.b = Array{dtype: Float64, strides: []int{}, buffers: buffers{f: h.v[1:2:2]}}
	return &h.a, &h.b
}

// newFloat64Vector is newFloat64Matrix for a 1-d array of length n.
func newFloat64Vector(n int) *Array {
	h := &struct {
		a    Array
		dims [2]int
	}{}
	h.dims = [2]int{n, 1}
	h.a = Array{dtype: Float64, shape: h.dims[0:1:1], strides: h.dims[1:2:2], buffers: buffers{f: make([]float64, n)}}
	return &h.a
}

// luSmall is getf2 for the n×n row-major matrix a (row stride n), with the
// same operations in the same order.
func luSmall(a []float64, n int, piv []int) int {
	var c [smallMax * smallMax]float64
	transposeSmall(c[:n*n], a[:n*n], n)
	info := obGetf2CM(c[:n*n], n, piv[:n])
	transposeSmall(a[:n*n], c[:n*n], n)
	return info
}

// luSmallT is luSmall of the small real matrix a (smallSquare holds) into
// m: a is loaded column-major, factored so (obGetf2S), and its factors
// stored in m row-major. piv must have capacity smallMax.
func luSmallT(a *Array, m []float64, n int, piv []int) int {
	var c [smallMax * smallMax]float64
	loadSmallT(a, c[:n*n])
	info := obGetf2S(&c, n, (*[smallMax]int)(piv[:smallMax]))
	transposeSmall(m[:n*n], c[:n*n], n)
	return info
}

// transposeSmall writes the transpose of the n×n src into dst.
func transposeSmall(dst, src []float64, n int) {
	dst, src = dst[:n*n], src[:n*n]
	for i := 0; i < n; i++ {
		row := src[i*n : i*n+n]
		for j, v := range row {
			dst[j*n+i] = v
		}
	}
}

// luSolveSmall is luSolve (n ≤ luBase) for the factors lu, piv of luSmall
// and the n×k row-major right-hand side x.
func luSolveSmall(lu []float64, n int, piv []int, x []float64, k int) {
	obSolve(lu[:n*n], n, piv[:n], x[:n*k], k)
}

// invSmall returns the inverse of the small real matrix a (smallSquare
// holds), or ok false when a pivot is exactly zero. The result is Inv's
// bit for bit.
func invSmall(a *Array, n int) (out *Array, ok bool) {
	out = newFloat64Matrix(n, n)
	switch n {
	case 0:
		return out, true
	case 1:
		var v float64
		if a.dtype == Float64 {
			v = a.f[a.offset]
		} else {
			v = float64(a.i[a.offset])
		}
		if v == 0 {
			return nil, false
		}
		out.f[0] = 1 / v
		return out, true
	}
	var buf [smallMax * smallMax]float64
	m := buf[:n*n]
	switch n {
	case 2:
		loadSmall(a, m)
		ok = inv2(m, out.f)
	case 3:
		loadSmall(a, m)
		ok = inv3(m, out.f)
	case 4:
		loadSmall(a, m)
		ok = inv4(m, out.f)
	default:
		var piv [smallMax]int
		if luSmallT(a, m, n, piv[:n]) >= 0 {
			return nil, false
		}
		invFromLUSmall(m, n, piv[:n], out.f)
		ok = true
	}
	if !ok {
		return nil, false
	}
	return out, true
}

// solveSmall returns the solution x of a·x = b for the small real matrix a
// (smallSquare holds, order n ≥ 1) and b a float64 or int64 vector of
// length n or n×k matrix, as Solve computes it bit for bit; ok is false
// when b does not fit this path and singular true on an exactly zero pivot.
func solveSmall(a *Array, n int, b *Array) (out *Array, singular, ok bool) {
	if b.dtype != Float64 && b.dtype != Int64 {
		return nil, false, false
	}
	var k int
	switch len(b.shape) {
	case 1:
		if b.shape[0] != n {
			return nil, false, false
		}
		k = 1
	case 2:
		if b.shape[0] != n {
			return nil, false, false
		}
		k = b.shape[1]
	default:
		return nil, false, false
	}
	var buf [smallMax * smallMax]float64
	var piv [smallMax]int
	m := buf[:n*n]
	if luSmallT(a, m, n, piv[:n]) >= 0 {
		return nil, true, true
	}
	if len(b.shape) == 1 {
		out = newFloat64Vector(n)
		if b.dtype == Float64 {
			p, s := b.offset, b.strides[0]
			for i := range out.f {
				out.f[i] = b.f[p]
				p += s
			}
		} else {
			p, s := b.offset, b.strides[0]
			for i := range out.f {
				out.f[i] = float64(b.i[p])
				p += s
			}
		}
	} else {
		out = newFloat64Matrix(n, k)
		loadSmall(b, out.f)
	}
	luSolveSmall(m, n, piv[:n], out.f, k)
	return out, false, true
}

// slogdetSmall returns slogdetFloat of the small real matrix a
// (smallSquare holds).
func slogdetSmall(a *Array, n int) (sign, logdet float64) {
	var buf [smallMax * smallMax]float64
	m := buf[:n*n]
	if n <= 3 {
		loadSmall(a, m)
		return slogdetLU(m, n)
	}
	loadSmallT(a, m)
	return slogdetCM(&buf, n)
}

// slogdetLU returns slogdetFloat of the row-major n×n matrix m
// (overwritten), n ≤ smallMax.
func slogdetLU(m []float64, n int) (sign, logdet float64) {
	switch n {
	case 2:
		if u00, _, _, u11, swap, singular, ok := obLU2(m[0], m[1], m[2], m[3]); ok {
			if singular {
				return 0, math.Inf(-1)
			}
			sign = 1.0
			if swap {
				sign = -sign
			}
			return slogdetDiag(sign, u00, u11)
		}
	case 3:
		if f, singular, ok := obLU3(m); ok {
			if singular {
				return 0, math.Inf(-1)
			}
			sign = 1.0
			if f.p0 != 0 {
				sign = -sign
			}
			if f.p1 != 1 {
				sign = -sign
			}
			return slogdetDiag(sign, f.u00, f.u11, f.u22)
		}
	}
	var c [smallMax * smallMax]float64
	transposeSmall(c[:n*n], m, n)
	return slogdetCM(&c, n)
}

// slogdetCM is slogdetLU for m in column-major order (overwritten with
// its factors).
func slogdetCM(m *[smallMax * smallMax]float64, n int) (sign, logdet float64) {
	var piv [smallMax]int
	if obGetf2S(m, n, &piv) >= 0 {
		return 0, math.Inf(-1)
	}
	sign = 1.0
	for i := 0; i < n; i++ {
		if piv[i] != i {
			sign = -sign
		}
	}
	for i := 0; i < n; i++ {
		d := m[i*n+i]
		if d < 0 {
			sign = -sign
			d = -d
		}
		logdet += crLog(d)
	}
	return sign, logdet
}

// slogdetDiag is the end of slogdetLU: the signs of the pivots d times
// sign, and the sum of their logs in order.
func slogdetDiag(sign float64, d ...float64) (float64, float64) {
	var logdet float64
	for _, v := range d {
		if v < 0 {
			sign = -sign
			v = -v
		}
		logdet += crLog(v)
	}
	return sign, logdet
}

// DetSmall returns the determinant of a as Det computes it, bit for bit,
// when a is a single real (float64 or int64) n×n matrix with n ≤ 16: the
// value sign·exp(Σ log|uᵢᵢ|) from the LU factors, 0 for a singular matrix
// and 1 for a 0×0 one. For any other a, ok is false and Det is the way.
// It allocates nothing.
func DetSmall(a *Array) (det float64, ok bool) {
	n, ok := smallSquare(a)
	if !ok {
		return 0, false
	}
	s, l := slogdetSmall(a, n)
	return s * crExp(l), true
}

// SlogdetSmall is DetSmall for Slogdet: the sign and log|det| of a single
// real n×n matrix with n ≤ 16, as Slogdet computes them.
func SlogdetSmall(a *Array) (sign, logabsdet float64, ok bool) {
	n, ok := smallSquare(a)
	if !ok {
		return 0, 0, false
	}
	sign, logabsdet = slogdetSmall(a, n)
	return sign, logabsdet, true
}

// invFromLUSmall writes inv(A) into x (row-major n×n) from the factors
// lu, piv of luSmall: NumPy's gesv on the identity, in OpenBLAS's order
// (obSolve).
func invFromLUSmall(lu []float64, n int, piv []int, x []float64) {
	obInverse(lu[:n*n], n, piv[:n], x)
}

// realValues returns the float64 values of the real (non-complex) stack a in
// C order, without a copy when a is a contiguous float64 array: the
// caller must not write to them.
func realValues(a *Array) []float64 {
	if a.dtype == Float64 && a.IsContiguous() {
		return a.f[a.offset : a.offset+a.Size()]
	}
	return a.Float64s()
}

// slogdetSmallBatch sets sg[t], ld[t] to slogdetFloat of the t-th of the
// row-major n×n matrices in src, n ≤ smallMax, leaving src alone; with
// det true it sets sg[t] to the determinant sg[t]·exp(ld[t]) instead.
func slogdetSmallBatch(src []float64, n int, sg, ld []float64, det bool) {
	nb := len(sg)
	if w := runtime.GOMAXPROCS(0); w > 1 && nb*(n*n+32) >= parallelMin {
		// Independent matrices: split the stack over the processors.
		w = min(w, nb)
		var wg sync.WaitGroup
		for k := 0; k < w; k++ {
			lo, hi := k*nb/w, (k+1)*nb/w
			var ldk []float64
			if !det {
				ldk = ld[lo:hi]
			}
			wg.Go(func() { slogdetSmallSerial(src[lo*n*n:hi*n*n], n, sg[lo:hi], ldk, det) })
		}
		wg.Wait()
		return
	}
	slogdetSmallSerial(src, n, sg, ld, det)
}

// parallelMin is the work (about n²+32 per matrix, in units of a
// flop-ish operation) from which slogdetSmallBatch uses every processor;
// below it starting goroutines costs more than it saves.
const parallelMin = 1 << 14

// slogdetSmallSerial is slogdetSmallBatch on the calling goroutine.
func slogdetSmallSerial(src []float64, n int, sg, ld []float64, det bool) {
	var buf [smallMax * smallMax]float64
	m := buf[:n*n]
	nn := n * n
	for t := range sg {
		copy(m, src[t*nn:t*nn+nn])
		s, l := slogdetLU(m, n)
		if det {
			sg[t] = s * crExp(l)
			continue
		}
		sg[t], ld[t] = s, l
	}
}
