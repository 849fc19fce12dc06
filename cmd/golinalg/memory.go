package main

import (
	"runtime/debug"
	"runtime/metrics"
)

// memoryReleaser gives back to the operating system the memory that cells
// left behind, when the kernel goes idle. Go's collector lets the heap
// grow to twice its live size between collections and keeps freed pages
// for reuse, so a kernel that ran a burst of cells, or one large
// computation, would otherwise hold its peak for as long as it sits idle,
// which for a notebook kernel is most of its life. CPython frees an object
// when its last reference goes; this is the nearest a Go kernel gets.
type memoryReleaser struct {
	s      [2]metrics.Sample
	allocs uint64 // bytes allocated since start, at the last release
}

// minRelease is the least a kernel allocates between releases: a release
// is a full collection, and a kernel answering small requests should not
// pay one per request.
const minRelease = 512 << 10

// idle releases memory when the kernel has allocated, since the last
// release, at least minRelease bytes and an eighth of the live heap, so
// that releases cost at most one collection per eighth of the live heap
// allocated, and happen only when the kernel is idle.
func (m *memoryReleaser) idle() {
	s := m.s[:]
	if s[0].Name == "" {
		s[0].Name = "/gc/heap/allocs:bytes"
		s[1].Name = "/gc/heap/live:bytes"
	}
	metrics.Read(s)
	if s[0].Value.Uint64()-m.allocs < max(minRelease, s[1].Value.Uint64()/8) {
		return
	}
	debug.FreeOSMemory()
	metrics.Read(s[:1])
	m.allocs = s[0].Value.Uint64()
}
