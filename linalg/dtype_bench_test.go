package linalg

import (
	"fmt"
	"testing"
)

// Benchmarks of the operations that dispatch on dtype (construction,
// conversion, fancy indexing, where, sort, unique), by size.

func benchArrays(n int) (*Array, *Array, *Array) {
	f := make([]float64, n)
	i := make([]int64, n)
	for k := range f {
		f[k] = float64((k*7919)%n) - float64(n)/2
		i[k] = int64((k * 104729) % n)
	}
	af, _ := NewFloat64([]int{n}, f)
	ai, _ := NewInt64([]int{n}, i)
	return af, ai, af.AsType(Complex128)
}

func BenchmarkDTypeOps(b *testing.B) {
	for _, n := range []int{100, 100000} {
		af, ai, ac := benchArrays(n)
		vals := make([]any, n)
		for k := range vals {
			vals[k] = int64(k)
		}
		vals[n-1] = 1.5
		cond, _, _ := Binary(OpGreater, af, ai)
		idx := []IndexItem{{Kind: IndexArray, Arr: ai}}
		b.Run(fmt.Sprintf("FromValues/n=%d", n), func(b *testing.B) {
			for b.Loop() {
				FromValues([]int{n}, vals)
			}
		})
		b.Run(fmt.Sprintf("AsType/int-float/n=%d", n), func(b *testing.B) {
			for b.Loop() {
				ai.AsType(Float64)
			}
		})
		b.Run(fmt.Sprintf("Add/int+float/n=%d", n), func(b *testing.B) {
			for b.Loop() {
				Binary(OpAdd, ai, af)
			}
		})
		b.Run(fmt.Sprintf("Add/complex/n=%d", n), func(b *testing.B) {
			for b.Loop() {
				Binary(OpAdd, ac, ac)
			}
		})
		b.Run(fmt.Sprintf("Take/float/n=%d", n), func(b *testing.B) {
			for b.Loop() {
				af.Index(idx)
			}
		})
		b.Run(fmt.Sprintf("Where/n=%d", n), func(b *testing.B) {
			for b.Loop() {
				Where(cond, af, ai)
			}
		})
		b.Run(fmt.Sprintf("Sort/float/n=%d", n), func(b *testing.B) {
			for b.Loop() {
				Sort(af, 0, false)
			}
		})
		b.Run(fmt.Sprintf("Unique/int/n=%d", n), func(b *testing.B) {
			for b.Loop() {
				Unique(ai, true, false, false, false)
			}
		})
		b.Run(fmt.Sprintf("Full/complex/n=%d", n), func(b *testing.B) {
			for b.Loop() {
				Full(Complex128, []int{n}, 2.5)
			}
		})
	}
}
