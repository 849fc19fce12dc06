package linalg

import (
	"math"
	"math/cmplx"

	"gonum.org/v1/gonum/dsp/fourier"
)

// dft transforms x in place: the discrete Fourier transform
// X[k] = Σⱼ x[j]·exp(−2πi·jk/n), or with inverse the normalised inverse
// x[j] = (1/n)·Σₖ X[k]·exp(2πi·jk/n), n = len(x). It runs gonum's FFTPACK
// port (mixed radix 2, 3, 4, 5 and general odd factors), or for a length
// with a large prime factor, where FFTPACK's general radix costs O(n²),
// Bluestein's algorithm (as pocketfft, NumPy's FFT, switches to it). The
// results agree with NumPy's to rounding noise.
func dft(x []complex128, inverse bool) {
	n := len(x)
	if n == 0 {
		return
	}
	if largestPrimeFactor(n) > bluesteinPrime {
		bluestein(x, inverse)
	} else {
		t := fourier.NewCmplxFFT(n)
		if inverse {
			t.Sequence(x, x)
		} else {
			t.Coefficients(x, x)
		}
	}
	if inverse {
		f := complex(1/float64(n), 0)
		for i := range x {
			x[i] *= f
		}
	}
}

// bluesteinPrime is the largest prime factor dft leaves to FFTPACK.
const bluesteinPrime = 97

// largestPrimeFactor of n ≥ 1 (1 for n = 1).
func largestPrimeFactor(n int) int {
	p := 1
	for d := 2; d*d <= n; d++ {
		for n%d == 0 {
			p, n = d, n/d
		}
	}
	return max(p, n)
}

// bluestein is the unnormalised DFT of x (with inverse, its conjugate
// transform) as a convolution: with the chirp w[j] = exp(−iπ·j²/n),
// X[k] = w[k]·Σⱼ (x[j]·w[j])·conj(w[k−j]), the sum a circular convolution
// of power-of-two length m ≥ 2n−1 done with FFTs (Bluestein 1970).
func bluestein(x []complex128, inverse bool) {
	n := len(x)
	m := 1
	for m < 2*n-1 {
		m <<= 1
	}
	w := make([]complex128, n)
	for j := range n {
		// j² mod 2n keeps the angle exact for large j.
		k := (j * j) % (2 * n)
		s, c := math.Sincos(math.Pi * float64(k) / float64(n))
		if inverse {
			w[j] = complex(c, s)
		} else {
			w[j] = complex(c, -s)
		}
	}
	a := make([]complex128, m)
	b := make([]complex128, m)
	for j := range n {
		a[j] = x[j] * w[j]
		b[j] = cmplx.Conj(w[j])
		if j > 0 {
			b[m-j] = b[j]
		}
	}
	t := fourier.NewCmplxFFT(m)
	t.Coefficients(a, a)
	t.Coefficients(b, b)
	for i := range a {
		a[i] *= b[i]
	}
	t.Sequence(a, a)
	f := 1 / float64(m)
	for k := range n {
		x[k] = w[k] * a[k] * complex(f, 0)
	}
}

// FFT returns the one-dimensional discrete Fourier transform of a along
// axis (np.fft.fft with norm="backward"): for each line x of a along
// axis, X[k] = Σⱼ x[j]·exp(−2πi·jk/n), k = 0, …, n−1; with inverse
// (np.fft.ifft), x[j] = (1/n)·Σₖ X[k]·exp(2πi·jk/n). The line is cut to
// its first n entries or padded with zeros to n; n < 0 means its length.
// The result is complex128, of a's shape but n along axis. Errors, as
// NumPy raises them:
//
//	ValueError "Invalid number of FFT data points (0) specified."
//	AxisError  "axis 2 is out of bounds for array of dimension 1"
func FFT(a *Array, n, axis int, inverse bool) (*Array, error) {
	ax, err := normAxis(axis, len(a.shape))
	if err != nil {
		return nil, err
	}
	if n < 0 {
		n = a.shape[ax]
	}
	if n < 1 {
		return nil, valueErr("Invalid number of FFT data points (%d) specified.", n)
	}
	// Move axis last, transform each contiguous line, move it back.
	perm := make([]int, 0, len(a.shape))
	for k := range a.shape {
		if k != ax {
			perm = append(perm, k)
		}
	}
	perm = append(perm, ax)
	t, err := a.Transpose(perm...)
	if err != nil {
		return nil, err
	}
	src := elements[complex128](t, false)
	m := a.shape[ax]
	lines := 0
	if m > 0 {
		lines = len(src) / m
	} else {
		lines = prod(t.shape[:len(t.shape)-1])
	}
	shape := append(append([]int{}, t.shape[:len(t.shape)-1]...), n)
	if _, err := shapeSize(shape); err != nil {
		return nil, err
	}
	out := make([]complex128, lines*n)
	for l := range lines {
		line := out[l*n : (l+1)*n]
		copy(line, src[l*m:l*m+min(m, n)])
		dft(line, inverse)
	}
	r, err := NewComplex128(shape, out)
	if err != nil {
		return nil, err
	}
	back := make([]int, len(perm))
	for k, p := range perm {
		back[p] = k
	}
	return r.Transpose(back...)
}
