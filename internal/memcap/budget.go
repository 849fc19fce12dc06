package memcap

import (
	"bufio"
	"errors"
	"math"
	"os"
	"path"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
)

// EnvLimit is the environment variable that sets the budget: a byte count
// with an optional K, M, G or T suffix (powers of 1024), such as "300M".
// A kernel.json's "env" may set it.
const EnvLimit = "GOLINALG_MEMORY_LIMIT"

// The memory budget is the most the live heap may hold: the sum of all that
// cells keep, not one allocation. Crossing it is a MemoryError in the cell
// that crossed it, before the operating system's OOM killer would end the
// kernel and every variable of the session. Its default is half the memory
// the kernel may really use: the smaller of PhysMem and the cgroup limit it
// runs under.
var (
	budget     atomic.Int64 // bytes; 0 until first use
	budgetOnce sync.Once
	managed    atomic.Bool // Manage was called: Set moves the GC's soft limit too
	charged    atomic.Int64
	heapSample = sync.Pool{New: func() any {
		return &[1]metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	}}
)

// stride is how many bytes of large allocations are charged between two
// readings of the heap.
const stride = 32 << 20

// Large is the size from which an allocation is charged: smaller ones are
// seen by the interpreter's periodic poll instead.
const Large = 64 << 10

// DefaultBudget is half the smaller of PhysMem and the cgroup limit.
func DefaultBudget() int64 {
	m := PhysMem()
	if c, ok := CgroupLimit("/"); ok && c < m {
		m = c
	}
	return m / 2
}

// initBudget sets the budget from EnvLimit or, when unset or invalid,
// DefaultBudget.
func initBudget() {
	if s, ok := os.LookupEnv(EnvLimit); ok {
		if n, err := ParseSize(s); err == nil {
			budget.Store(n)
			return
		}
	}
	budget.Store(DefaultBudget())
}

// Budget returns the memory budget in bytes.
func Budget() int64 {
	budgetOnce.Do(initBudget)
	return budget.Load()
}

// Set changes the budget to n bytes (n > 0). After Manage, it also moves
// the garbage collector's soft limit.
func Set(n int64) {
	budgetOnce.Do(initBudget)
	budget.Store(n)
	if managed.Load() {
		debug.SetMemoryLimit(n)
	}
}

// Manage makes the garbage collector work harder as the heap nears the
// budget (runtime/debug.SetMemoryLimit), now and after every Set. The
// kernel's main calls it once; a library never does.
func Manage() {
	managed.Store(true)
	debug.SetMemoryLimit(Budget())
}

// Charge records an allocation of n bytes about to be made and reports
// whether the heap and the allocation together would be over the budget.
// It reads the heap only once per stride of charged bytes, and for every
// allocation of a stride or more, so callers may charge every large
// allocation.
func Charge(n int64) bool {
	if charged.Add(n) < stride {
		return false
	}
	charged.Store(0)
	return over(n)
}

// Over reports whether the live heap is over the budget: it reads the heap
// and, if over, collects garbage and reads it again.
func Over() bool { return over(0) }

// over reports whether the live heap and n more bytes are over the budget.
func over(n int64) bool {
	b := Budget() - n
	if heapBytes() <= b {
		return false
	}
	runtime.GC()
	return heapBytes() > b
}

// heapBytes is the heap's bytes in objects, live or not yet swept.
func heapBytes() int64 {
	s := heapSample.Get().(*[1]metrics.Sample)
	metrics.Read(s[:])
	n := s[0].Value.Uint64()
	heapSample.Put(s)
	return int64(min(n, math.MaxInt64))
}

// ErrSize is ParseSize's error.
var ErrSize = errors.New("memory size must be a positive number of bytes with an optional K, M, G or T suffix")

// ParseSize parses a byte count: digits with an optional K, M, G or T
// suffix (powers of 1024, an optional trailing "B" or "iB", any case),
// such as "300M", "2G", "1.5GiB" or "1048576".
func ParseSize(s string) (int64, error) {
	s = strings.ToUpper(strings.TrimSpace(s))
	s = strings.TrimSuffix(strings.TrimSuffix(s, "IB"), "B")
	mult := 1.0
	if n := len(s); n > 0 {
		if i := strings.IndexByte("KMGT", s[n-1]); i >= 0 {
			mult = math.Pow(1024, float64(i+1))
			s = strings.TrimSpace(s[:n-1])
		}
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || !(f > 0) || f*mult >= math.MaxInt64 || strings.ContainsAny(s, "eEnNxX") {
		return 0, ErrSize
	}
	return int64(f * mult), nil
}

// CgroupLimit returns the memory limit of the cgroup this process runs
// under, read below root ("/" on a real system; tests give a directory of
// fake files): cgroup v2's memory.max or v1's memory.limit_in_bytes, the
// smallest along the path from the process's cgroup up to the hierarchy's
// root. ok is false when there is no limit.
func CgroupLimit(root string) (limit int64, ok bool) {
	f, err := os.Open(path.Join(root, "proc/self/cgroup"))
	if err != nil {
		return 0, false
	}
	defer f.Close()
	limit = math.MaxInt64
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		// hierarchy-ID:controller-list:cgroup-path
		fs := strings.SplitN(sc.Text(), ":", 3)
		if len(fs) != 3 {
			continue
		}
		var dirs []string
		var file string
		switch {
		case fs[0] == "0" && fs[1] == "":
			dirs, file = []string{"sys/fs/cgroup", "sys/fs/cgroup/unified"}, "memory.max"
		case hasController(fs[1], "memory"):
			dirs, file = []string{"sys/fs/cgroup/memory", "sys/fs/cgroup/" + fs[1]}, "memory.limit_in_bytes"
		default:
			continue
		}
		for _, d := range dirs {
			for p := path.Clean("/" + fs[2]); ; p = path.Dir(p) {
				if n, found := readLimit(path.Join(root, d, p, file)); found && n < limit {
					limit = n
				}
				if p == "/" {
					break
				}
			}
		}
	}
	return limit, limit < math.MaxInt64/2
}

func hasController(list, name string) bool {
	for _, c := range strings.Split(list, ",") {
		if c == name {
			return true
		}
	}
	return false
}

// readLimit reads a limit file: a byte count, or "max" (none).
func readLimit(name string) (int64, bool) {
	b, err := os.ReadFile(name)
	if err != nil {
		return 0, false
	}
	n, err := strconv.ParseInt(strings.TrimSpace(string(b)), 10, 64)
	if err != nil || n <= 0 {
		return 0, false
	}
	return n, true
}
