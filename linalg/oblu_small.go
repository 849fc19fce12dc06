// obGetf2S: obGetf2CM for the small paths (n ≤ smallMax), bounds-check free.

package linalg

import "math"

// obGetf2S is obGetf2CM for n ≤ smallMax on a fixed-size array: the same
// operations in the same order, with the indexes masked to the array so
// that the compiler drops the bounds checks (each mask changes nothing,
// as every index is below n·n ≤ 256).
func obGetf2S(c *[smallMax * smallMax]float64, n int, piv *[smallMax]int) int {
	const M = smallMax*smallMax - 1
	const P = smallMax - 1
	info := -1
	for j := 0; j < n; j++ {
		bj := j * n // b[i] is c[(bj+i)&M]
		for i := 0; i < j; i++ {
			if ip := piv[i&P]; ip != i {
				c[(bj+i)&M], c[(bj+ip)&M] = c[(bj+ip)&M], c[(bj+i)&M]
			}
		}
		// U(1:j, j) by ddot's strided path.
		prev := c[bj&M]
		for i := 1; i < j; i++ {
			var t1, t2 float64
			q := 0
			last := i - 1
			g := i &^ 3
			if i&3 == 0 {
				g -= 4
			}
			for ; q < g; q += 4 {
				t1 += float64(c[(bj+q)&M]*c[(i+q*n)&M]) + float64(c[(bj+q+2)&M]*c[(i+(q+2)*n)&M])
				t2 += float64(c[(bj+q+1)&M]*c[(i+(q+1)*n)&M]) + float64(c[(bj+q+3)&M]*c[(i+(q+3)*n)&M])
			}
			if i&3 == 0 {
				t1 += float64(c[(bj+q)&M]*c[(i+q*n)&M]) + float64(c[(bj+q+2)&M]*c[(i+(q+2)*n)&M])
				t2 += float64(c[(bj+q+1)&M]*c[(i+(q+1)*n)&M]) + float64(prev*c[(i+last*n)&M])
			} else {
				for ; q < last; q++ {
					t1 += float64(c[(bj+q)&M] * c[(i+q*n)&M])
				}
				t1 += float64(prev * c[(i+last*n)&M])
			}
			prev = c[(bj+i)&M] - (t1 + t2)
			c[(bj+i)&M] = prev
		}
		if j > 0 {
			// dgemv_n on rows j..n-1: whole groups of four rows take the
			// vector kernels, column groups of four, two, one.
			yb := bj + j
			m1 := (n - j) &^ 3
			q := 0
			for ; q+4 <= j; q += 4 {
				a0, a1, a2, a3 := q*n+j, (q+1)*n+j, (q+2)*n+j, (q+3)*n+j
				x0, x1, x2, x3 := c[(bj+q)&M], c[(bj+q+1)&M], c[(bj+q+2)&M], c[(bj+q+3)&M]
				for r := 0; r < m1; r++ {
					t4 := math.FMA(c[(a2+r)&M], x2, float64(c[(a0+r)&M]*x0))
					t5 := math.FMA(c[(a3+r)&M], x3, float64(c[(a1+r)&M]*x1))
					c[(yb+r)&M] -= t4 + t5
				}
			}
			if j&2 != 0 {
				a0, a1 := q*n+j, (q+1)*n+j
				x0, x1 := c[(bj+q)&M], c[(bj+q+1)&M]
				for r := 0; r < m1; r++ {
					c[(yb+r)&M] -= float64(c[(a0+r)&M]*x0) + float64(c[(a1+r)&M]*x1)
				}
				q += 2
			}
			if j&1 != 0 {
				a0 := q*n + j
				x0 := c[(bj+q)&M]
				for r := 0; r < m1; r++ {
					c[(yb+r)&M] -= float64(c[(a0+r)&M] * x0)
				}
			}
			// The remaining rows (the C loop), each its own sum from 0
			// in column order, interleaved to overlap their latencies.
			switch r := j + m1; n - j - m1 {
			case 1:
				var t0 float64
				for q := 0; q < j; q++ {
					t0 += float64(c[(r+q*n)&M] * c[(bj+q)&M])
				}
				c[(bj+r)&M] -= t0
			case 2:
				var t0, t1 float64
				for q := 0; q < j; q++ {
					x := c[(bj+q)&M]
					t0 += float64(c[(r+q*n)&M] * x)
					t1 += float64(c[(r+1+q*n)&M] * x)
				}
				c[(bj+r)&M] -= t0
				c[(bj+r+1)&M] -= t1
			case 3:
				var t0, t1, t2 float64
				for q := 0; q < j; q++ {
					x := c[(bj+q)&M]
					t0 += float64(c[(r+q*n)&M] * x)
					t1 += float64(c[(r+1+q*n)&M] * x)
					t2 += float64(c[(r+2+q*n)&M] * x)
				}
				c[(bj+r)&M] -= t0
				c[(bj+r+1)&M] -= t1
				c[(bj+r+2)&M] -= t2
			}
		}
		jp, best := j, math.Abs(c[(bj+j)&M])
		nan := best != best
		for i := j + 1; i < n; i++ {
			v := math.Abs(c[(bj+i)&M])
			if v > best {
				jp, best = i, v
			} else if v != v {
				nan = true
			}
		}
		if nan {
			jp = j + obIamax(c[bj+j:bj+n], 1, n-j, (j*n+j)&1 == 1)
		}
		piv[j&P] = jp
		p := c[(bj+jp)&M]
		switch {
		case p == 0:
			if info < 0 {
				info = j
			}
		case !(math.Abs(p) >= 0x1p-1022):
			// Tiny or NaN: neither swapped nor applied.
		default:
			r := 1 / p
			if jp != j {
				for q := 0; q <= j; q++ {
					c[(j+q*n)&M], c[(jp+q*n)&M] = c[(jp+q*n)&M], c[(j+q*n)&M]
				}
			}
			if r == 0 {
				for i := j + 1; i < n; i++ {
					c[(bj+i)&M] = 0
				}
			} else {
				for i := j + 1; i < n; i++ {
					c[(bj+i)&M] *= r
				}
			}
		}
	}
	return info
}
