package linalg

import "math"

// Triangular Sylvester equations A·X + X·B = C, as LAPACK's trsyl
// (trana = tranb = 'N', isgn = +1) solves them for the blocked square
// roots: A (m×m) and B (n×n) upper triangular, or for real data upper
// quasi-triangular with 1×1 and 2×2 diagonal blocks in Schur form. The
// matrices are row-major windows of larger arrays (leading dimension ld).
// A diagonal system whose pivot is below smin = max(ε·max|aᵢⱼ|,
// ε·max|bᵢⱼ|, tiny) is perturbed to smin and reported (info 1), as trsyl
// does.

// sylvSmin is trsyl's smallest allowed pivot for the m×m a and n×n b:
// max(ε·max(max|aᵢⱼ|, max|bᵢⱼ|), safmin·m·n/ε), ε = 2⁻⁵² (dlamch('P')).
func sylvSmin[T mfScalar](a []T, lda, m int, b []T, ldb, n int) float64 {
	mx := 0.0
	for i := 0; i < m; i++ {
		for _, v := range a[i*lda : i*lda+m] {
			mx = math.Max(mx, absT(v))
		}
	}
	for i := 0; i < n; i++ {
		for _, v := range b[i*ldb : i*ldb+n] {
			mx = math.Max(mx, absT(v))
		}
	}
	const safmin = 0x1p-1022
	return math.Max(mfEps*mx, safmin*float64(m*n)/mfEps)
}

// sylvTriC solves A·X + X·B = C in place of C for complex upper triangular
// A (m×m) and B (n×n), column by column of X from the left and, within a
// column, from the bottom (ztrsyl). It returns 1 when a pivot was
// perturbed, else 0.
func sylvTriC(a []complex128, lda, m int, b []complex128, ldb, n int, c []complex128, ldc int) int {
	info := 0
	smin := sylvSmin(a, lda, m, b, ldb, n)
	for l := 0; l < n; l++ {
		for k := m - 1; k >= 0; k-- {
			s := c[k*ldc+l]
			for i := k + 1; i < m; i++ {
				s -= a[k*lda+i] * c[i*ldc+l]
			}
			for j := 0; j < l; j++ {
				s -= c[k*ldc+j] * b[j*ldb+l]
			}
			d := a[k*lda+k] + b[l*ldb+l]
			if math.Abs(real(d))+math.Abs(imag(d)) <= smin {
				d = complex(smin, 0)
				info = 1
			}
			c[k*ldc+l] = s / d
		}
	}
	return info
}

// sylvQuasiR solves A·X + X·B = C in place of C for real upper
// quasi-triangular A (m×m) and B (n×n) in Schur form (dtrsyl): the blocks
// of X are found column block by column block from the left, row block by
// row block from the bottom, each from a 1×1, 1×2, 2×1 or 2×2 system
// solved by Gaussian elimination with complete pivoting (dlaln2, dlasy2).
// It returns 1 when a pivot was perturbed, else 0.
func sylvQuasiR(a []float64, lda, m int, b []float64, ldb, n int, c []float64, ldc int) int {
	info := 0
	smin := sylvSmin(a, lda, m, b, ldb, n)
	// Block starts: a block is 2×2 when the subdiagonal entry below its
	// first row is non-zero.
	blocks := func(t []float64, ld, size int) [][2]int {
		var bl [][2]int
		for i := 0; i < size; {
			if i+1 < size && t[(i+1)*ld+i] != 0 {
				bl = append(bl, [2]int{i, 2})
				i += 2
			} else {
				bl = append(bl, [2]int{i, 1})
				i++
			}
		}
		return bl
	}
	ab, bb := blocks(a, lda, m), blocks(b, ldb, n)
	var rhs [4]float64
	var sys [16]float64
	for _, lb := range bb {
		l0, ls := lb[0], lb[1]
		for kb := len(ab) - 1; kb >= 0; kb-- {
			k0, ks := ab[kb][0], ab[kb][1]
			// rhs(p, q) = C(k0+p, l0+q) − Σ A(k0+p, i)·X(i, l0+q) − Σ X(k0+p, j)·B(j, l0+q).
			for p := 0; p < ks; p++ {
				for q := 0; q < ls; q++ {
					s := c[(k0+p)*ldc+l0+q]
					for i := k0 + ks; i < m; i++ {
						s -= a[(k0+p)*lda+i] * c[i*ldc+l0+q]
					}
					for j := 0; j < l0; j++ {
						s -= c[(k0+p)*ldc+j] * b[j*ldb+l0+q]
					}
					rhs[p*ls+q] = s
				}
			}
			// The system for vec(X(k, l)) (row-major p*ls+q):
			// Σ_r A(k0+p, k0+r)·X(r, q) + Σ_s X(p, s)·B(l0+s, l0+q).
			nv := ks * ls
			clear(sys[:nv*nv])
			for p := 0; p < ks; p++ {
				for q := 0; q < ls; q++ {
					row := p*ls + q
					for r := 0; r < ks; r++ {
						sys[row*nv+r*ls+q] += a[(k0+p)*lda+k0+r]
					}
					for s := 0; s < ls; s++ {
						sys[row*nv+p*ls+s] += b[(l0+s)*ldb+l0+q]
					}
				}
			}
			if smallSolveCP(sys[:nv*nv], rhs[:nv], nv, smin) {
				info = 1
			}
			for p := 0; p < ks; p++ {
				for q := 0; q < ls; q++ {
					c[(k0+p)*ldc+l0+q] = rhs[p*ls+q]
				}
			}
		}
	}
	return info
}

// smallSolveCP solves the nv×nv system sys·x = rhs (nv ≤ 4) in place of
// rhs by Gaussian elimination with complete pivoting, replacing a pivot of
// magnitude below smin by smin (and reporting it) as LAPACK's dlaln2 and
// dlasy2 do.
func smallSolveCP(sys, rhs []float64, nv int, smin float64) bool {
	perturbed := false
	var perm [4]int
	for i := range perm[:nv] {
		perm[i] = i
	}
	for k := 0; k < nv; k++ {
		pi, pj, best := k, k, -1.0
		for i := k; i < nv; i++ {
			for j := k; j < nv; j++ {
				if v := math.Abs(sys[i*nv+j]); v > best {
					pi, pj, best = i, j, v
				}
			}
		}
		if pi != k {
			for j := 0; j < nv; j++ {
				sys[k*nv+j], sys[pi*nv+j] = sys[pi*nv+j], sys[k*nv+j]
			}
			rhs[k], rhs[pi] = rhs[pi], rhs[k]
		}
		if pj != k {
			for i := 0; i < nv; i++ {
				sys[i*nv+k], sys[i*nv+pj] = sys[i*nv+pj], sys[i*nv+k]
			}
			perm[k], perm[pj] = perm[pj], perm[k]
		}
		if v := math.Abs(sys[k*nv+k]); v < smin || nv == 1 && v <= smin {
			sys[k*nv+k] = smin
			perturbed = true
		}
		for i := k + 1; i < nv; i++ {
			f := sys[i*nv+k] / sys[k*nv+k]
			for j := k; j < nv; j++ {
				sys[i*nv+j] -= f * sys[k*nv+j]
			}
			rhs[i] -= f * rhs[k]
		}
	}
	var x [4]float64
	for k := nv - 1; k >= 0; k-- {
		s := rhs[k]
		for j := k + 1; j < nv; j++ {
			s -= sys[k*nv+j] * x[j]
		}
		x[k] = s / sys[k*nv+k]
	}
	for k := 0; k < nv; k++ {
		rhs[perm[k]] = x[k]
	}
	return perturbed
}
