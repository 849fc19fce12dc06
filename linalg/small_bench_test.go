package linalg

import (
	"math/rand/v2"
	"testing"
)

func benchSmallMatrix(b *testing.B, n int) *Array {
	r := rand.New(rand.NewPCG(5, 6))
	v := make([]float64, n*n)
	for k := range v {
		v[k] = r.NormFloat64()
	}
	return mustFloat(b, []int{n, n}, v...)
}

func BenchmarkDet10(b *testing.B) {
	a := benchSmallMatrix(b, 10)
	for b.Loop() {
		if _, err := Det(a); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkSlogdet10(b *testing.B) {
	a := benchSmallMatrix(b, 10)
	for b.Loop() {
		if _, _, err := Slogdet(a); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkGetf2CM10(b *testing.B) {
	a := benchSmallMatrix(b, 10)
	var c [100]float64
	var piv [10]int
	for b.Loop() {
		loadSmallT(a, c[:])
		obGetf2CM(c[:], 10, piv[:])
	}
}

func BenchmarkGetf2S10(b *testing.B) {
	a := benchSmallMatrix(b, 10)
	var c [smallMax * smallMax]float64
	var piv [smallMax]int
	for b.Loop() {
		loadSmallT(a, c[:100])
		obGetf2S(&c, 10, &piv)
	}
}
