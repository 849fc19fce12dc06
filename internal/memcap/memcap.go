// Package memcap gives the memory cap that golinalg's allocations are
// checked against before they are made: half the machine's physical
// memory. Both the Python core (lang/eval: lists, strings) and the arrays
// (linalg) use it, so a runaway cell gets MemoryError instead of the
// kernel being killed.
package memcap

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"sync"
)

// PhysMem is the machine's physical memory in bytes (MemTotal of
// /proc/meminfo), or 8 GiB when it cannot be read.
var PhysMem = sync.OnceValue(func() int64 {
	f, err := os.Open("/proc/meminfo")
	if err != nil {
		return 8 << 30
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fs := strings.Fields(sc.Text())
		if len(fs) >= 2 && fs[0] == "MemTotal:" {
			if kb, err := strconv.ParseInt(fs[1], 10, 64); err == nil {
				return kb * 1024
			}
		}
	}
	return 8 << 30
})

// Default is the default cap in bytes: half of PhysMem.
func Default() int64 { return PhysMem() / 2 }
