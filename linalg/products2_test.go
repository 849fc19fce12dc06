package linalg

import (
	"fmt"
	"math/cmplx"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/golinalg/golinalg/internal/noise"
	"github.com/golinalg/golinalg/internal/pyoracle"
)

// naiveEinsum evaluates an explicit einsum ("ij,jk->ik", letters only, no
// ellipsis, no broadcasting of length 1) by looping over every assignment
// of the letters: the definition, independent of Einsum's contractions.
func naiveEinsum(spec string, ops []*Array) []complex128 {
	in, out, _ := strings.Cut(spec, "->")
	terms := strings.Split(in, ",")
	size := map[byte]int{}
	var letters []byte
	for k, t := range terms {
		for j := 0; j < len(t); j++ {
			if _, ok := size[t[j]]; !ok {
				letters = append(letters, t[j])
			}
			size[t[j]] = ops[k].shape[j]
		}
	}
	outShape := make([]int, len(out))
	for j := range out {
		outShape[j] = size[out[j]]
	}
	res := make([]complex128, prod(outShape))
	vals := make([][]complex128, len(ops))
	for k, o := range ops {
		vals[k] = o.Complex128s()
	}
	idx := map[byte]int{}
	var loop func(l int)
	loop = func(l int) {
		if l == len(letters) {
			p := complex(1, 0)
			for k, t := range terms {
				flat := 0
				for j := 0; j < len(t); j++ {
					flat = flat*ops[k].shape[j] + idx[t[j]]
				}
				p *= vals[k][flat]
			}
			flat := 0
			for j := range out {
				flat = flat*outShape[j] + idx[out[j]]
			}
			res[flat] += p
			return
		}
		for i := 0; i < size[letters[l]]; i++ {
			idx[letters[l]] = i
			loop(l + 1)
		}
	}
	loop(0)
	return res
}

// TestEinsumDefinition checks Einsum against its definition on
// contractions of one to four operands: products, traces, diagonals,
// transposes, batches and outer products, in every dtype.
func TestEinsumDefinition(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	dims := map[byte]int{'i': 2, 'j': 3, 'k': 4, 'l': 1, 'b': 5, 'A': 2}
	specs := []string{
		"ij,jk->ik", "ij,jk->ki", "ij,jk->", "ii->", "ii->i", "ij->ji", "ij->j", "i,j->ij",
		"i,i->", "i,i->i", "bij,bjk->bik", "bij,bjk->b", "ij,jk,kl->il", "ij,jk,kA->Ai",
		"iij->j", "ij,ij,ij->i", "ijk,jl->kil", "i,j,k,b->bkji", "bi,bi->", "iA,Ak,kb->bi",
	}
	for _, spec := range specs {
		for _, d := range []DType{Int64, Float64, Complex128} {
			in, _, _ := strings.Cut(spec, "->")
			var ops []*Array
			for _, term := range strings.Split(in, ",") {
				shape := make([]int, len(term))
				for j := range term {
					shape[j] = dims[term[j]]
				}
				ops = append(ops, randArray(r, d, shape...))
			}
			got, err := Einsum(spec, ops)
			if err != nil {
				t.Errorf("%s %v: %v", spec, d, err)
				continue
			}
			if got.DType() != d {
				t.Errorf("%s: dtype %v, want %v", spec, got.DType(), d)
			}
			want := naiveEinsum(spec, ops)
			if j := noise.Values(got.Complex128s(), want, einsumBound(spec, ops)); j >= 0 || got.Size() != len(want) {
				t.Errorf("%s %v: got %v, want %v", spec, d, got.Complex128s(), want)
			}
		}
	}
}

// einsumBound is the noise bound between two evaluations of an explicit
// einsum in different orders: each entry is a sum of k products of p
// operands, within γ_(k+p−1)·Σ|terms| of the exact value (Higham § 3.1;
// two more roundings per complex product, § 3.6), Σ|terms| being the
// einsum of the operands' absolute values. Exact for integers.
func einsumBound(spec string, ops []*Array) noise.Bound {
	if ops[0].DType() == Int64 {
		return noise.Exact
	}
	in, out, _ := strings.Cut(spec, "->")
	k := 1
	seen := map[rune]bool{}
	for _, l := range strings.ReplaceAll(in, ",", "") {
		if !seen[l] && !strings.ContainsRune(out, l) {
			seen[l] = true
			for t, term := range strings.Split(in, ",") {
				if j := strings.IndexRune(term, l); j >= 0 {
					k *= ops[t].shape[j]
					break
				}
			}
		}
	}
	n := k + len(ops) - 1
	abs := make([]*Array, len(ops))
	for i, o := range ops {
		v := o.Complex128s()
		if ops[0].DType() == Complex128 {
			n = k + 3*(len(ops)-1)
		}
		for j := range v {
			v[j] = complex(cmplx.Abs(v[j]), 0)
		}
		abs[i], _ = NewComplex128(o.Shape(), v)
	}
	scale := 0.0
	for _, x := range naiveEinsum(spec, abs) {
		scale = max(scale, real(x))
	}
	b := noise.Float64
	b.N, b.Scale = n, scale
	return b
}

// TestProductsAgree checks each product (matmul, einsum, tensordot,
// trace, inner, vdot, outer, kron) against its definition, written as
// loops in the test (naiveEinsum or plain loops), on operands with small
// integer entries, int64 and complex: every sum is then exact, whatever
// the order of summation, so the results must be equal, with the dtype
// and shape NumPy gives.
func TestProductsAgree(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	a, b := randArray(r, Int64, 3, 4), randArray(r, Int64, 4, 5)
	cint := func(n int) *Array {
		v := make([]complex128, n)
		for k := range v {
			v[k] = complex(float64(r.IntN(19)-9), float64(r.IntN(19)-9))
		}
		x, _ := NewComplex128([]int{n}, v)
		return x
	}
	v, w := cint(6), cint(6)
	t3 := randArray(r, Int64, 3, 4, 5)
	sq := randArray(r, Int64, 4, 4)
	must := func(x *Array, err error) *Array {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return x
	}
	av, bv, tv, sv := a.Complex128s(), b.Complex128s(), t3.Complex128s(), sq.Complex128s()
	vv, wv := v.Complex128s(), w.Complex128s()
	// Definitions not written as an einsum.
	var trace1 complex128 // Σᵢ sq[i][i+1]
	for i := 0; i+1 < 4; i++ {
		trace1 += sv[i*4+i+1]
	}
	trace3 := make([]complex128, 4) // out[j] = Σᵢ t3[i][j][i]
	for j := 0; j < 4; j++ {
		for i := 0; i < 3; i++ {
			trace3[j] += tv[i*20+j*5+i]
		}
	}
	var vdot complex128 // Σᵢ conj(v[i])·w[i]
	for i := range vv {
		vdot += cmplx.Conj(vv[i]) * wv[i]
	}
	kron := make([]complex128, 12*20) // K[i·4+k][j·5+l] = a[i][j]·b[k][l]
	for i := 0; i < 3; i++ {
		for j := 0; j < 4; j++ {
			for k := 0; k < 4; k++ {
				for l := 0; l < 5; l++ {
					kron[(i*4+k)*20+j*5+l] = av[i*4+j] * bv[k*5+l]
				}
			}
		}
	}
	matmul := naiveEinsum("ij,jk->ik", []*Array{a, b})
	cases := []struct {
		name  string
		got   *Array
		dtype DType
		shape []int
		want  []complex128
	}{
		{"matmul", must(MatMul(a, b)), Int64, []int{3, 5}, matmul},
		{"einsum matmul", must(Einsum("ij,jk", []*Array{a, b})), Int64, []int{3, 5}, matmul},
		{"tensordot 1", must(Tensordot(a, b, []int{-1}, []int{0})), Int64, []int{3, 5}, matmul},
		{"tensordot 2", must(Tensordot(t3, a, []int{0, 1}, []int{0, 1})), Int64, []int{5}, naiveEinsum("ijk,ij->k", []*Array{t3, a})},
		{"trace axes", must(TraceAxes(sq, 1, 0, 1, nil)), Int64, nil, []complex128{trace1}},
		{"trace offset", must(Trace(sq, 1)), Int64, nil, []complex128{trace1}},
		{"trace 3-d", must(TraceAxes(t3, 0, 0, 2, nil)), Int64, []int{4}, trace3},
		{"inner", must(Inner(t3, b)), Int64, []int{3, 4, 4}, naiveEinsum("ijk,lk->ijl", []*Array{t3, b})},
		{"vdot", must(Vdot(v, w)), Complex128, nil, []complex128{vdot}},
		{"outer", must(Outer(v, w)), Complex128, []int{6, 6}, naiveEinsum("i,j->ij", []*Array{v, w})},
		{"kron", must(Kron(a, b)), Int64, []int{12, 20}, kron},
	}
	for _, c := range cases {
		if c.got.DType() != c.dtype || FormatShape(c.got.Shape()) != FormatShape(c.shape) {
			t.Errorf("%s: %v %v, want %v %v", c.name, c.got.DType(), FormatShape(c.got.Shape()), c.dtype, FormatShape(c.shape))
			continue
		}
		if !slices.Equal(c.got.Complex128s(), c.want) {
			t.Errorf("%s: got %v, want %v", c.name, c.got.Complex128s(), c.want)
		}
	}
}

// TestTriangles checks triu and tril by their definition.
func TestTriangles(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	a := randArray(r, Float64, 2, 4, 5)
	for k := -5; k <= 6; k++ {
		u, err := Triu(a, k)
		if err != nil {
			t.Fatal(err)
		}
		l, err := Tril(a, k)
		if err != nil {
			t.Fatal(err)
		}
		for p := 0; p < a.Size(); p++ {
			i, j := p/5%4, p%5
			x := a.At(p).(float64)
			wantU, wantL := 0.0, 0.0
			if j-i >= k {
				wantU = x
			}
			if j-i <= k {
				wantL = x
			}
			if u.At(p) != wantU || l.At(p) != wantL {
				t.Fatalf("k=%d at %d: triu %v tril %v, element %v", k, p, u.At(p), l.At(p), x)
			}
		}
	}
}

// TestOracleProducts compares the products with NumPy on random inputs,
// including sizes large enough for gemm, where float sums may differ from
// NumPy's order in the last bits.
func TestOracleProducts(t *testing.T) {
	py := pyoracle.Python(t, "oracle test needs NumPy")
	r := rand.New(rand.NewPCG(11, 12))
	var cases []numCase
	add := func(op string, b oracleBound, got *Array, err error, args ...*Array) {
		cases = append(cases, newCase("py:"+op, b, got, err, args...))
	}
	for _, d := range []DType{Int64, Float64, Complex128} {
		for _, n := range []int{1, 3, 17, 70} {
			a, b := randArray(r, d, n, n+1), randArray(r, d, n+1, n+2)
			x, err := Einsum("ij,jk->ik", []*Array{a, b})
			add("lambda a, b: np.einsum('ij,jk->ik', a, b)", sumBound(x, n+1), x, err, a, b)
			x, err = Tensordot(a, b, []int{-1}, []int{0})
			add("lambda a, b: np.tensordot(a, b, 1)", sumBound(x, n+1), x, err, a, b)
			x, err = Inner(a, a)
			add("np.inner", sumBound(x, n+1), x, err, a, a)
			x, err = Vdot(a, a)
			add("np.vdot", sumBound(x, n*(n+1)), x, err, a, a)
			if n <= 3 {
				x, err = Kron(a, b)
				add("np.kron", complexOnly(x, sumBound(x, 1)), x, err, a, b)
			}
			// A sum of the diagonal, in NumPy's pairwise order on
			// both sides.
			x, err = TraceAxes(a, 1, 1, 0, nil)
			add("lambda a: np.trace(a, 1, 1, 0)", exact(), x, err, a)
			for _, k := range []int{-2, 0, 1} {
				x, err = Triu(a, k)
				add(fmt.Sprintf("lambda a: np.triu(a, %d)", k), exact(), x, err, a)
				x, err = Tril(a, k)
				add(fmt.Sprintf("lambda a: np.tril(a, %d)", k), exact(), x, err, a)
			}
		}
		s, u := randArray(r, d, 4, 3, 5), randArray(r, d, 5, 4, 2)
		// The number of products summed into one entry of each spec's
		// result (s is 4×3×5, u 5×4×2: b = 4, i = 3, j = 5, k = 2);
		// '...j,j...->...' (broadcasting 4×3 with 4×2) and 'iji->j' (i
		// of lengths 5 and 2) raise NumPy's errors.
		terms := map[string]int{"bij,jbk->bik": 5, "bij,jbk": 20, "bij,jbk->kb": 15, "...j,j...->...": 0,
			"bij,jbk->": 120, "iji->j": 0, "ijk->kji": 1}
		for _, spec := range []string{"bij,jbk->bik", "bij,jbk", "bij,jbk->kb", "...j,j...->...", "bij,jbk->", "iji->j", "ijk->kji"} {
			args := []*Array{s, u}
			if strings.Count(spec, ",") == 0 {
				args = []*Array{u}
			}
			x, err := Einsum(spec, args)
			b := sumBound(x, terms[spec])
			if terms[spec] <= 1 {
				b = exact() // an error, or a transpose
			}
			if len(args) == 1 {
				add(fmt.Sprintf("lambda a: np.einsum('%s', a)", spec), b, x, err, args...)
			} else {
				add(fmt.Sprintf("lambda a, b: np.einsum('%s', a, b)", spec), b, x, err, args...)
			}
		}
		// Each entry of a cross product is a·d − b·c: two products and
		// a difference, rounded as NumPy rounds them for real operands;
		// NumPy's complex products may fuse a multiply-add.
		v, w := randArray(r, d, 4, 3), randArray(r, d, 2, 1, 3)
		x, _, err := CrossAxes(v, w, -1, -1, -1)
		add("lambda a, b: np.cross(a, b)", complexOnly(x, sumBound(x, 2)), x, err, v, w)
		x, _, err = CrossAxes(v.T(), w, 0, 2, 0)
		add("lambda a, b: np.cross(a, b, axisa=0, axisb=2, axisc=0)", complexOnly(x, sumBound(x, 2)), x, err, v.T(), w)
	}
	runOracleCases(t, py, cases)
}

func benchOperands(n int) (*Array, *Array) {
	r := rand.New(rand.NewPCG(1, 2))
	return randArray(r, Float64, n, n), randArray(r, Float64, n, n)
}

// BenchmarkEinsumMatmul200 is einsum('ij,jk->ik') of 200×200 float64
// matrices, which must cost about one MatMul (BenchmarkMatMul200).
func BenchmarkEinsumMatmul200(b *testing.B) {
	x, y := benchOperands(200)
	for b.Loop() {
		if _, err := Einsum("ij,jk->ik", []*Array{x, y}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkEinsumTransposed200 is einsum('ji,kj->ik'): both operands are
// transposed into the matrix product's layout first.
func BenchmarkEinsumTransposed200(b *testing.B) {
	x, y := benchOperands(200)
	for b.Loop() {
		if _, err := Einsum("ji,kj->ik", []*Array{x, y}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkTensordot200 is tensordot(a, b, 1) of 200×200 float64 matrices.
func BenchmarkTensordot200(b *testing.B) {
	x, y := benchOperands(200)
	for b.Loop() {
		if _, err := Tensordot(x, y, []int{-1}, []int{0}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkMatMul200 is the reference the einsum and tensordot benchmarks
// are measured against.
func BenchmarkMatMul200(b *testing.B) {
	x, y := benchOperands(200)
	for b.Loop() {
		if _, err := MatMul(x, y); err != nil {
			b.Fatal(err)
		}
	}
}

// FuzzEinsum checks that any subscripts string gives a result or an
// error, never a panic, on operands of ranks 0 to 3 with lengths 0 to 3.
func FuzzEinsum(f *testing.F) {
	for _, s := range []string{"ij,jk->ik", "ii", "...ii->...i", "i...,i...", "ij->ji", "a,b,c", "->", ",", "i.j", "iij,jk", "Bi,iA"} {
		f.Add(s, uint16(0x1234))
	}
	f.Fuzz(func(t *testing.T, spec string, shapes uint16) {
		var ops []*Array
		for k := 0; k < 1+strings.Count(spec, ","); k++ {
			nd := int(shapes>>(4*(k%4))) & 3
			shape := make([]int, nd)
			for j := range shape {
				shape[j] = int(shapes>>(2*j+k)) & 3
			}
			a, err := Zeros(Float64, shape)
			if err != nil {
				t.Fatal(err)
			}
			ops = append(ops, a)
		}
		r, err := Einsum(spec, ops)
		if err == nil && r == nil {
			t.Fatalf("%q: nil result without error", spec)
		}
	})
}
