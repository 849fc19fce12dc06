package main

import (
	"runtime/metrics"
	"testing"
)

var sink []byte

// forcedGCs counts the collections the program forced, as
// debug.FreeOSMemory does.
func forcedGCs() uint64 {
	s := []metrics.Sample{{Name: "/gc/cycles/forced:gc-cycles"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

// TestMemoryReleaser: an idle moment after cells allocated a few
// megabytes releases memory once; idle moments with little allocated in
// between do not.
func TestMemoryReleaser(t *testing.T) {
	var m memoryReleaser
	for i := 0; i < 64; i++ {
		sink = make([]byte, 64<<10)
	}
	n := forcedGCs()
	m.idle()
	if forcedGCs() != n+1 {
		t.Fatalf("no release after 4 MB allocated")
	}
	m.idle()
	sink = make([]byte, 64<<10)
	m.idle()
	if got := forcedGCs(); got != n+1 {
		t.Errorf("%d releases after 64 KB allocated, want none", got-n-1)
	}
	sink = nil
}
