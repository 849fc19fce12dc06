// Code generated from a template in the golinalg session; DO NOT EDIT by
// hand without regenerating all three sizes alike.

package linalg

import "math"

// inv2 inverts the row-major 2×2 matrix src into dst with the operations
// of luFactor and luInverse in the same order, written out. It reports
// false on an exactly zero pivot.
func inv2(src, dst []float64) bool {
	a00, a01, a10, a11 := src[0], src[1], src[2], src[3]
	x00, x01, x10, x11 := 1.0, 0.0, 0.0, 1.0
	if math.Abs(a10) > math.Abs(a00) {
		a00, a01, a10, a11 = a10, a11, a00, a01
		x00, x01, x10, x11 = 0, 1, 1, 0
	}
	if a00 == 0 {
		return false
	}
	var l float64
	if math.Abs(a00) >= sfmin {
		l = a10 * (1 / a00)
	} else {
		l = a10 / a00
	}
	if l != 0 {
		a11 -= l * a01
		x10 -= x00 * l
		x11 -= x01 * l
	}
	if a11 == 0 {
		return false
	}
	x10 /= a11
	x11 /= a11
	if a01 != 0 {
		x00 -= x10 * a01
		x01 -= x11 * a01
	}
	x00 /= a00
	x01 /= a00
	dst[0], dst[1], dst[2], dst[3] = x00, x01, x10, x11
	return true
}

// inv3 inverts the row-major 3×3 matrix src into dst with the
// operations of luFactor and luInverse in the same order, on the stack and
// without allocation. It reports false on an exactly zero pivot.
func inv3(src, dst []float64) bool {
	const n = 3
	var a, x [n * n]float64
	copy(a[:], src[:n*n])
	var piv [n]int
	for j := 0; j < n; j++ {
		p, best := j, math.Abs(a[j*n+j])
		for i := j + 1; i < n; i++ {
			if v := math.Abs(a[i*n+j]); v > best {
				p, best = i, v
			}
		}
		piv[j] = p
		if a[p*n+j] == 0 {
			return false
		}
		if p != j {
			for k := 0; k < n; k++ {
				a[j*n+k], a[p*n+k] = a[p*n+k], a[j*n+k]
			}
		}
		d := a[j*n+j]
		if math.Abs(d) >= sfmin {
			r := 1 / d
			for i := j + 1; i < n; i++ {
				a[i*n+j] *= r
			}
		} else {
			for i := j + 1; i < n; i++ {
				a[i*n+j] /= d
			}
		}
		for i := j + 1; i < n; i++ {
			l := a[i*n+j]
			if l == 0 {
				continue
			}
			for k := j + 1; k < n; k++ {
				a[i*n+k] -= l * a[j*n+k]
			}
		}
	}
	for i := 0; i < n; i++ {
		x[i*n+i] = 1
	}
	for j := 0; j < n; j++ {
		if p := piv[j]; p != j {
			for c := 0; c < n; c++ {
				x[j*n+c], x[p*n+c] = x[p*n+c], x[j*n+c]
			}
		}
	}
	for k := 0; k < n; k++ {
		for i := k + 1; i < n; i++ {
			l := a[i*n+k]
			if l == 0 {
				continue
			}
			for c := 0; c < n; c++ {
				x[i*n+c] -= x[k*n+c] * l
			}
		}
	}
	for k := n - 1; k >= 0; k-- {
		d := a[k*n+k]
		for c := 0; c < n; c++ {
			x[k*n+c] /= d
		}
		for i := 0; i < k; i++ {
			u := a[i*n+k]
			if u == 0 {
				continue
			}
			for c := 0; c < n; c++ {
				x[i*n+c] -= x[k*n+c] * u
			}
		}
	}
	copy(dst[:n*n], x[:])
	return true
}

// inv4 inverts the row-major 4×4 matrix src into dst with the
// operations of luFactor and luInverse in the same order, on the stack and
// without allocation. It reports false on an exactly zero pivot.
func inv4(src, dst []float64) bool {
	const n = 4
	var a, x [n * n]float64
	copy(a[:], src[:n*n])
	var piv [n]int
	for j := 0; j < n; j++ {
		p, best := j, math.Abs(a[j*n+j])
		for i := j + 1; i < n; i++ {
			if v := math.Abs(a[i*n+j]); v > best {
				p, best = i, v
			}
		}
		piv[j] = p
		if a[p*n+j] == 0 {
			return false
		}
		if p != j {
			for k := 0; k < n; k++ {
				a[j*n+k], a[p*n+k] = a[p*n+k], a[j*n+k]
			}
		}
		d := a[j*n+j]
		if math.Abs(d) >= sfmin {
			r := 1 / d
			for i := j + 1; i < n; i++ {
				a[i*n+j] *= r
			}
		} else {
			for i := j + 1; i < n; i++ {
				a[i*n+j] /= d
			}
		}
		for i := j + 1; i < n; i++ {
			l := a[i*n+j]
			if l == 0 {
				continue
			}
			for k := j + 1; k < n; k++ {
				a[i*n+k] -= l * a[j*n+k]
			}
		}
	}
	for i := 0; i < n; i++ {
		x[i*n+i] = 1
	}
	for j := 0; j < n; j++ {
		if p := piv[j]; p != j {
			for c := 0; c < n; c++ {
				x[j*n+c], x[p*n+c] = x[p*n+c], x[j*n+c]
			}
		}
	}
	for k := 0; k < n; k++ {
		for i := k + 1; i < n; i++ {
			l := a[i*n+k]
			if l == 0 {
				continue
			}
			for c := 0; c < n; c++ {
				x[i*n+c] -= x[k*n+c] * l
			}
		}
	}
	for k := n - 1; k >= 0; k-- {
		d := a[k*n+k]
		for c := 0; c < n; c++ {
			x[k*n+c] /= d
		}
		for i := 0; i < k; i++ {
			u := a[i*n+k]
			if u == 0 {
				continue
			}
			for c := 0; c < n; c++ {
				x[i*n+c] -= x[k*n+c] * u
			}
		}
	}
	copy(dst[:n*n], x[:])
	return true
}
