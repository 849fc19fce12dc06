package linalg

import "math/cmplx"

// EigSelect says which eigenvalues of a Hermitian eigenproblem to keep,
// as LAPACK's RANGE argument: all of them; those in the half-open
// interval (VL, VU]; or those of ascending index IL to IU (0-based here).
type EigSelect struct {
	Kind   int // 0 all, 1 by value, 2 by index
	VL, VU float64
	IL, IU int
}

// EigBanded returns the eigenvalues w (ascending) and, with vectors, the
// orthonormal eigenvectors v (one per column) of the n×n Hermitian band
// matrix stored in LAPACK's band layout in the (u+1)×n a_band
// (scipy.linalg.eig_banded): a_band[u+i−j, j] = A[i, j] for
// max(0, j−u) ≤ i ≤ j, or with lower a_band[i−j, j] = A[i, j] for
// j ≤ i ≤ min(n−1, j+u). Entries outside the matrix are not read, and
// the imaginary parts of the diagonal are ignored. sel keeps a subset of
// the eigenpairs as LAPACK's sbevx/hbevx do; maxEV > 0 caps the number of
// eigenvectors returned then. The eigenproblem is solved as LAPACK's
// syev does (Householder tridiagonalisation and implicit QL/QR), for
// complex input through the real embedding; eigenvectors are unique up
// to a unit-modulus factor only. Integer input is taken as float64; w is
// float64 and v float64 or complex128. Errors:
//
//	ValueError  "expected a 2-D array"
//	LinAlgError "Eigenvalues did not converge"
func EigBanded(aBand *Array, lower, vectors bool, sel EigSelect, maxEV int) (w, v *Array, err error) {
	if len(aBand.shape) != 2 {
		return nil, nil, valueErr("expected a 2-D array")
	}
	a := inexact(aBand)
	rows, n := a.shape[0], a.shape[1]
	if rows*n == 0 {
		n = 0
	}
	ab := a.Complex128s()
	h := make([]complex128, n*n)
	for j := 0; j < n; j++ {
		for r := 0; r < rows; r++ {
			i := j - (rows - 1) + r // upper: a_band[rows-1+i-j, j]
			if lower {
				i = j + r
			}
			if i < 0 || i >= n {
				continue
			}
			z := ab[r*n+j]
			if i == j {
				z = complex(real(z), 0)
			}
			h[i*n+j] = z
			h[j*n+i] = cmplx.Conj(z)
		}
	}
	w, v, err = eighSelect(h, n, a.dtype == Complex128, sel)
	if err != nil {
		return nil, nil, err
	}
	if vectors && maxEV > 0 && v.shape[1] > maxEV {
		v, _ = v.Index([]IndexItem{{Kind: IndexSlice}, {Kind: IndexSlice, Stop: maxEV, HasStop: true}})
		v = v.AsArray()
	}
	return w, v, nil
}

// eighSelect solves the Hermitian eigenproblem of the row-major n×n h
// (real when not cplx) and keeps the eigenpairs sel selects: w float64,
// v n×k of float64 or complex128.
func eighSelect(h []complex128, n int, cplx bool, sel EigSelect) (w, v *Array, err error) {
	var hm *Array
	if cplx {
		hm, _ = NewComplex128([]int{n, n}, h)
	} else {
		hm, _ = NewFloat64([]int{n, n}, realPart(h))
	}
	d := Float64
	if cplx {
		d = Complex128
	}
	if n == 0 {
		return newArray(Float64, []int{0}), newArray(d, []int{0, 0}), nil
	}
	ww, vv, err := Eigh(hm)
	if err != nil {
		return nil, nil, err
	}
	wf := ww.Float64s()
	var keep []int
	for i, x := range wf {
		switch sel.Kind {
		case 1:
			if !(sel.VL < x && x <= sel.VU) {
				continue
			}
		case 2:
			if i < sel.IL || i > sel.IU {
				continue
			}
		}
		keep = append(keep, i)
	}
	k := len(keep)
	wk := make([]float64, k)
	vc := vv.Complex128s()
	vk := make([]complex128, n*k)
	for c, i := range keep {
		wk[c] = wf[i]
		for r := 0; r < n; r++ {
			vk[r*k+c] = vc[r*n+i]
		}
	}
	w, _ = NewFloat64([]int{k}, wk)
	return w, fromComplex(vk, d, n, k), nil
}
