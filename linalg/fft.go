package linalg

import (
	"math"
	"math/cmplx"

	"gonum.org/v1/gonum/dsp/fourier"
)

// dftPlan is the discrete Fourier transform of sequences of one length
// n, set up once (twiddle factors, Bluestein's chirp) for any number of
// sequences. It runs gonum's FFTPACK port (mixed radix 2, 3, 4, 5 and
// general odd factors), or for a length with a prime factor above
// bluesteinPrime, where FFTPACK's general radix costs O(n²), Bluestein's
// algorithm (as pocketfft, NumPy's FFT, switches to it). The results agree
// with NumPy's to rounding noise. A plan is not safe for concurrent use.
type dftPlan struct {
	n      int
	fft    *fourier.CmplxFFT // of length n, or Bluestein's m
	chirp  []complex128      // Bluestein: w[j] = exp(−iπ·j²/n); nil for FFTPACK
	kernel []complex128      // Bluestein: the DFT of conj(w), wrapped to length m
	work   []complex128      // Bluestein: length m
}

// bluesteinPrime is the largest prime factor left to FFTPACK.
const bluesteinPrime = 97

func newDFTPlan(n int) *dftPlan {
	p := &dftPlan{n: n}
	if n == 0 {
		return p
	}
	if largestPrimeFactor(n) <= bluesteinPrime {
		p.fft = fourier.NewCmplxFFT(n)
		return p
	}
	m := 1
	for m < 2*n-1 {
		m <<= 1
	}
	p.fft = fourier.NewCmplxFFT(m)
	p.chirp = make([]complex128, n)
	p.kernel = make([]complex128, m)
	p.work = make([]complex128, m)
	for j := range n {
		// j² mod 2n keeps the angle exact for large j.
		s, c := math.Sincos(math.Pi * float64((j*j)%(2*n)) / float64(n))
		p.chirp[j] = complex(c, -s)
		p.kernel[j] = complex(c, s)
		if j > 0 {
			p.kernel[m-j] = p.kernel[j]
		}
	}
	p.fft.Coefficients(p.kernel, p.kernel)
	return p
}

// transform replaces x (of the plan's length) by its discrete Fourier
// transform X[k] = Σⱼ x[j]·exp(−2πi·jk/n), or with inverse by the
// normalised inverse x[j] = (1/n)·Σₖ X[k]·exp(2πi·jk/n).
func (p *dftPlan) transform(x []complex128, inverse bool) {
	n := p.n
	if n == 0 {
		return
	}
	switch {
	case p.chirp == nil && inverse:
		p.fft.Sequence(x, x)
	case p.chirp == nil:
		p.fft.Coefficients(x, x)
	default:
		// Bluestein (1970): X[k] = w[k]·Σⱼ (x[j]·w[j])·conj(w[k−j]), a
		// circular convolution of length m done with FFTs; the inverse
		// transform is the conjugate of the transform of the conjugate.
		a := p.work
		clear(a)
		for j, v := range x {
			if inverse {
				v = cmplx.Conj(v)
			}
			a[j] = v * p.chirp[j]
		}
		p.fft.Coefficients(a, a)
		for i := range a {
			a[i] *= p.kernel[i]
		}
		p.fft.Sequence(a, a)
		f := complex(1/float64(len(a)), 0)
		for k := range x {
			x[k] = p.chirp[k] * a[k] * f
			if inverse {
				x[k] = cmplx.Conj(x[k])
			}
		}
	}
	if inverse {
		f := complex(1/float64(n), 0)
		for i := range x {
			x[i] *= f
		}
	}
}

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
	plan := newDFTPlan(n)
	for l := range lines {
		line := out[l*n : (l+1)*n]
		copy(line, src[l*m:l*m+min(m, n)])
		plan.transform(line, inverse)
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
