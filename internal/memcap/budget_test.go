package memcap

import (
	"os"
	"path/filepath"
	"testing"
)

func TestParseSize(t *testing.T) {
	valids := []struct {
		in   string
		want int64
	}{
		{"1048576", 1 << 20},
		{"300M", 300 << 20},
		{"300m", 300 << 20},
		{" 2G ", 2 << 30},
		{"2GB", 2 << 30},
		{"1.5GiB", 3 << 29},
		{"512K", 512 << 10},
		{"1T", 1 << 40},
		{"1 G", 1 << 30},
	}
	for _, c := range valids {
		if got, err := ParseSize(c.in); err != nil || got != c.want {
			t.Errorf("ParseSize(%q) = %d, %v; want %d", c.in, got, err, c.want)
		}
	}
	for _, in := range []string{"", "G", "0", "-1G", "lots", "1e9", "0x10", "NaN", "Inf", "2P", "9999999999T"} {
		if got, err := ParseSize(in); err == nil {
			t.Errorf("ParseSize(%q) = %d, want an error", in, got)
		}
	}
}

// fakeRoot writes files under a temporary root: path → content.
func fakeRoot(t *testing.T, files map[string]string) string {
	root := t.TempDir()
	for name, content := range files {
		p := filepath.Join(root, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

func TestCgroupLimit(t *testing.T) {
	cases := []struct {
		name  string
		files map[string]string
		want  int64 // 0: no limit
	}{
		{"v2", map[string]string{
			"proc/self/cgroup": "0::/user.slice/kernel.scope\n",
			"sys/fs/cgroup/user.slice/kernel.scope/memory.max": "1073741824\n",
			"sys/fs/cgroup/user.slice/memory.max":              "max\n",
		}, 1 << 30},
		{"v2 parent smaller", map[string]string{
			"proc/self/cgroup":             "0::/a/b\n",
			"sys/fs/cgroup/a/b/memory.max": "max\n",
			"sys/fs/cgroup/a/memory.max":   "536870912\n",
		}, 512 << 20},
		{"v2 max", map[string]string{
			"proc/self/cgroup":           "0::/a\n",
			"sys/fs/cgroup/a/memory.max": "max\n",
		}, 0},
		{"v1", map[string]string{
			"proc/self/cgroup": "12:pids:/\n4:memory:/docker/abc\n1:cpu,cpuacct:/\n0::/\n",
			"sys/fs/cgroup/memory/docker/abc/memory.limit_in_bytes": "2147483648\n",
			"sys/fs/cgroup/memory/memory.limit_in_bytes":            "9223372036854771712\n",
		}, 2 << 30},
		{"v1 unlimited", map[string]string{
			"proc/self/cgroup": "4:memory:/x\n",
			"sys/fs/cgroup/memory/x/memory.limit_in_bytes": "9223372036854771712\n",
		}, 0},
		{"hybrid v2 under unified", map[string]string{
			"proc/self/cgroup":                   "4:memory:/\n0::/k\n",
			"sys/fs/cgroup/unified/k/memory.max": "104857600\n",
		}, 100 << 20},
		{"no cgroup file", map[string]string{}, 0},
		{"garbage", map[string]string{
			"proc/self/cgroup":           "0::/a\n",
			"sys/fs/cgroup/a/memory.max": "lots\n",
		}, 0},
	}
	for _, c := range cases {
		got, ok := CgroupLimit(fakeRoot(t, c.files))
		if ok != (c.want != 0) || ok && got != c.want {
			t.Errorf("%s: CgroupLimit = %d, %v; want %d", c.name, got, ok, c.want)
		}
	}
}

func TestChargeAndSet(t *testing.T) {
	old := Budget()
	defer Set(old)
	Set(1 << 40)
	if Charge(stride) || Over() {
		t.Error("over a 1 TiB budget")
	}
	Set(1)
	if !Over() {
		t.Error("not over a 1-byte budget")
	}
	if Charge(Large) && Charge(Large) {
		t.Error("Charge read the heap before a stride was charged")
	}
	if !Charge(stride) {
		t.Error("a stride charged under a 1-byte budget is not over")
	}
}
