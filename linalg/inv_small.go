// Fixed-size inverses for stacks of small matrices. inv3 and inv4 are
// unrolled mechanically from luFactor and luInverse; TestInvSmallMatchesGeneric
// checks all three against them bit for bit.

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
// operations of luFactor and luInverse in the same order, unrolled, on
// locals and without allocation. It reports false on an exactly zero
// pivot.
func inv3(src, dst []float64) bool {
	_ = src[8]
	_ = dst[8]
	a00, a01, a02 := src[0], src[1], src[2]
	a10, a11, a12 := src[3], src[4], src[5]
	a20, a21, a22 := src[6], src[7], src[8]
	x00, x01, x02 := 1.0, 0.0, 0.0
	x10, x11, x12 := 0.0, 1.0, 0.0
	x20, x21, x22 := 0.0, 0.0, 1.0
	p0, best0 := 0, math.Abs(a00)
	if v := math.Abs(a10); v > best0 {
		p0, best0 = 1, v
	}
	if v := math.Abs(a20); v > best0 {
		p0, best0 = 2, v
	}
	_ = best0
	switch p0 {
	case 1:
		a00, a01, a02, a10, a11, a12 = a10, a11, a12, a00, a01, a02
		x00, x01, x02, x10, x11, x12 = x10, x11, x12, x00, x01, x02
	case 2:
		a00, a01, a02, a20, a21, a22 = a20, a21, a22, a00, a01, a02
		x00, x01, x02, x20, x21, x22 = x20, x21, x22, x00, x01, x02
	}
	if a00 == 0 {
		return false
	}
	if math.Abs(a00) >= sfmin {
		r := 1 / a00
		a10 *= r
		a20 *= r
	} else {
		a10 /= a00
		a20 /= a00
	}
	if a10 != 0 {
		a11 -= a10 * a01
		a12 -= a10 * a02
	}
	if a20 != 0 {
		a21 -= a20 * a01
		a22 -= a20 * a02
	}
	p1, best1 := 1, math.Abs(a11)
	if v := math.Abs(a21); v > best1 {
		p1, best1 = 2, v
	}
	_ = best1
	switch p1 {
	case 2:
		a10, a11, a12, a20, a21, a22 = a20, a21, a22, a10, a11, a12
		x10, x11, x12, x20, x21, x22 = x20, x21, x22, x10, x11, x12
	}
	if a11 == 0 {
		return false
	}
	if math.Abs(a11) >= sfmin {
		r := 1 / a11
		a21 *= r
	} else {
		a21 /= a11
	}
	if a21 != 0 {
		a22 -= a21 * a12
	}
	if a22 == 0 {
		return false
	}
	if a10 != 0 {
		x10 -= x00 * a10
		x11 -= x01 * a10
		x12 -= x02 * a10
	}
	if a20 != 0 {
		x20 -= x00 * a20
		x21 -= x01 * a20
		x22 -= x02 * a20
	}
	if a21 != 0 {
		x20 -= x10 * a21
		x21 -= x11 * a21
		x22 -= x12 * a21
	}
	x20 /= a22
	x21 /= a22
	x22 /= a22
	if a02 != 0 {
		x00 -= x20 * a02
		x01 -= x21 * a02
		x02 -= x22 * a02
	}
	if a12 != 0 {
		x10 -= x20 * a12
		x11 -= x21 * a12
		x12 -= x22 * a12
	}
	x10 /= a11
	x11 /= a11
	x12 /= a11
	if a01 != 0 {
		x00 -= x10 * a01
		x01 -= x11 * a01
		x02 -= x12 * a01
	}
	x00 /= a00
	x01 /= a00
	x02 /= a00
	dst[0], dst[1], dst[2] = x00, x01, x02
	dst[3], dst[4], dst[5] = x10, x11, x12
	dst[6], dst[7], dst[8] = x20, x21, x22
	return true
}

// inv4 inverts the row-major 4×4 matrix src into dst with the
// operations of luFactor and luInverse in the same order, unrolled, on
// locals and without allocation. It reports false on an exactly zero
// pivot.
func inv4(src, dst []float64) bool {
	_ = src[15]
	_ = dst[15]
	a00, a01, a02, a03 := src[0], src[1], src[2], src[3]
	a10, a11, a12, a13 := src[4], src[5], src[6], src[7]
	a20, a21, a22, a23 := src[8], src[9], src[10], src[11]
	a30, a31, a32, a33 := src[12], src[13], src[14], src[15]
	x00, x01, x02, x03 := 1.0, 0.0, 0.0, 0.0
	x10, x11, x12, x13 := 0.0, 1.0, 0.0, 0.0
	x20, x21, x22, x23 := 0.0, 0.0, 1.0, 0.0
	x30, x31, x32, x33 := 0.0, 0.0, 0.0, 1.0
	p0, best0 := 0, math.Abs(a00)
	if v := math.Abs(a10); v > best0 {
		p0, best0 = 1, v
	}
	if v := math.Abs(a20); v > best0 {
		p0, best0 = 2, v
	}
	if v := math.Abs(a30); v > best0 {
		p0, best0 = 3, v
	}
	_ = best0
	switch p0 {
	case 1:
		a00, a01, a02, a03, a10, a11, a12, a13 = a10, a11, a12, a13, a00, a01, a02, a03
		x00, x01, x02, x03, x10, x11, x12, x13 = x10, x11, x12, x13, x00, x01, x02, x03
	case 2:
		a00, a01, a02, a03, a20, a21, a22, a23 = a20, a21, a22, a23, a00, a01, a02, a03
		x00, x01, x02, x03, x20, x21, x22, x23 = x20, x21, x22, x23, x00, x01, x02, x03
	case 3:
		a00, a01, a02, a03, a30, a31, a32, a33 = a30, a31, a32, a33, a00, a01, a02, a03
		x00, x01, x02, x03, x30, x31, x32, x33 = x30, x31, x32, x33, x00, x01, x02, x03
	}
	if a00 == 0 {
		return false
	}
	if math.Abs(a00) >= sfmin {
		r := 1 / a00
		a10 *= r
		a20 *= r
		a30 *= r
	} else {
		a10 /= a00
		a20 /= a00
		a30 /= a00
	}
	if a10 != 0 {
		a11 -= a10 * a01
		a12 -= a10 * a02
		a13 -= a10 * a03
	}
	if a20 != 0 {
		a21 -= a20 * a01
		a22 -= a20 * a02
		a23 -= a20 * a03
	}
	if a30 != 0 {
		a31 -= a30 * a01
		a32 -= a30 * a02
		a33 -= a30 * a03
	}
	p1, best1 := 1, math.Abs(a11)
	if v := math.Abs(a21); v > best1 {
		p1, best1 = 2, v
	}
	if v := math.Abs(a31); v > best1 {
		p1, best1 = 3, v
	}
	_ = best1
	switch p1 {
	case 2:
		a10, a11, a12, a13, a20, a21, a22, a23 = a20, a21, a22, a23, a10, a11, a12, a13
		x10, x11, x12, x13, x20, x21, x22, x23 = x20, x21, x22, x23, x10, x11, x12, x13
	case 3:
		a10, a11, a12, a13, a30, a31, a32, a33 = a30, a31, a32, a33, a10, a11, a12, a13
		x10, x11, x12, x13, x30, x31, x32, x33 = x30, x31, x32, x33, x10, x11, x12, x13
	}
	if a11 == 0 {
		return false
	}
	if math.Abs(a11) >= sfmin {
		r := 1 / a11
		a21 *= r
		a31 *= r
	} else {
		a21 /= a11
		a31 /= a11
	}
	if a21 != 0 {
		a22 -= a21 * a12
		a23 -= a21 * a13
	}
	if a31 != 0 {
		a32 -= a31 * a12
		a33 -= a31 * a13
	}
	p2, best2 := 2, math.Abs(a22)
	if v := math.Abs(a32); v > best2 {
		p2, best2 = 3, v
	}
	_ = best2
	switch p2 {
	case 3:
		a20, a21, a22, a23, a30, a31, a32, a33 = a30, a31, a32, a33, a20, a21, a22, a23
		x20, x21, x22, x23, x30, x31, x32, x33 = x30, x31, x32, x33, x20, x21, x22, x23
	}
	if a22 == 0 {
		return false
	}
	if math.Abs(a22) >= sfmin {
		r := 1 / a22
		a32 *= r
	} else {
		a32 /= a22
	}
	if a32 != 0 {
		a33 -= a32 * a23
	}
	if a33 == 0 {
		return false
	}
	if a10 != 0 {
		x10 -= x00 * a10
		x11 -= x01 * a10
		x12 -= x02 * a10
		x13 -= x03 * a10
	}
	if a20 != 0 {
		x20 -= x00 * a20
		x21 -= x01 * a20
		x22 -= x02 * a20
		x23 -= x03 * a20
	}
	if a30 != 0 {
		x30 -= x00 * a30
		x31 -= x01 * a30
		x32 -= x02 * a30
		x33 -= x03 * a30
	}
	if a21 != 0 {
		x20 -= x10 * a21
		x21 -= x11 * a21
		x22 -= x12 * a21
		x23 -= x13 * a21
	}
	if a31 != 0 {
		x30 -= x10 * a31
		x31 -= x11 * a31
		x32 -= x12 * a31
		x33 -= x13 * a31
	}
	if a32 != 0 {
		x30 -= x20 * a32
		x31 -= x21 * a32
		x32 -= x22 * a32
		x33 -= x23 * a32
	}
	x30 /= a33
	x31 /= a33
	x32 /= a33
	x33 /= a33
	if a03 != 0 {
		x00 -= x30 * a03
		x01 -= x31 * a03
		x02 -= x32 * a03
		x03 -= x33 * a03
	}
	if a13 != 0 {
		x10 -= x30 * a13
		x11 -= x31 * a13
		x12 -= x32 * a13
		x13 -= x33 * a13
	}
	if a23 != 0 {
		x20 -= x30 * a23
		x21 -= x31 * a23
		x22 -= x32 * a23
		x23 -= x33 * a23
	}
	x20 /= a22
	x21 /= a22
	x22 /= a22
	x23 /= a22
	if a02 != 0 {
		x00 -= x20 * a02
		x01 -= x21 * a02
		x02 -= x22 * a02
		x03 -= x23 * a02
	}
	if a12 != 0 {
		x10 -= x20 * a12
		x11 -= x21 * a12
		x12 -= x22 * a12
		x13 -= x23 * a12
	}
	x10 /= a11
	x11 /= a11
	x12 /= a11
	x13 /= a11
	if a01 != 0 {
		x00 -= x10 * a01
		x01 -= x11 * a01
		x02 -= x12 * a01
		x03 -= x13 * a01
	}
	x00 /= a00
	x01 /= a00
	x02 /= a00
	x03 /= a00
	dst[0], dst[1], dst[2], dst[3] = x00, x01, x02, x03
	dst[4], dst[5], dst[6], dst[7] = x10, x11, x12, x13
	dst[8], dst[9], dst[10], dst[11] = x20, x21, x22, x23
	dst[12], dst[13], dst[14], dst[15] = x30, x31, x32, x33
	return true
}
