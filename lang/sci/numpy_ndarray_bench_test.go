package sci

import "testing"

func BenchmarkArraySum1000(b *testing.B)     { benchLinalgLoop(b, "A10.sum()") }
func BenchmarkArrayMaxAxis1000(b *testing.B) { benchLinalgLoop(b, "A10.max(axis=0)") }
func BenchmarkArrayReshape1000(b *testing.B) { benchLinalgLoop(b, "b10.reshape(2, 5)") }
func BenchmarkArrayDot1000(b *testing.B)     { benchLinalgLoop(b, "A10.dot(b10)") }
func BenchmarkArrayT1000(b *testing.B)       { benchLinalgLoop(b, "A10.T") }
func BenchmarkArrayShape1000(b *testing.B)   { benchLinalgLoop(b, "A10.shape") }
func BenchmarkArrayItem1000(b *testing.B)    { benchLinalgLoop(b, "b10.item(3)") }
