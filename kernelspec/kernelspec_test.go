package kernelspec

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

func TestKernelsDir(t *testing.T) {
	home := func() (string, error) { return "/home/u", nil }
	env := func(m map[string]string) func(string) string { return func(k string) string { return m[k] } }
	cases := []struct {
		name string
		w    Where
		env  map[string]string
		want string
		err  bool
	}{
		{"user default", Where{User: true}, nil, "/home/u/.local/share/jupyter/kernels", false},
		{"no flag is user", Where{}, nil, "/home/u/.local/share/jupyter/kernels", false},
		{"user with JUPYTER_DATA_DIR", Where{User: true}, map[string]string{"JUPYTER_DATA_DIR": "/data"}, "/data/kernels", false},
		{"sys-prefix", Where{SysPrefix: true}, map[string]string{"VIRTUAL_ENV": "/venv"}, "/venv/share/jupyter/kernels", false},
		{"sys-prefix without venv", Where{SysPrefix: true}, nil, "", true},
		{"prefix", Where{Prefix: "/opt/x"}, map[string]string{"VIRTUAL_ENV": "/venv"}, "/opt/x/share/jupyter/kernels", false},
	}
	for _, c := range cases {
		got, err := KernelsDir(c.w, env(c.env), home)
		if (err != nil) != c.err || got != c.want {
			t.Errorf("%s: got %q, %v; want %q (error %v)", c.name, got, err, c.want, c.err)
		}
	}
}

func TestInstall(t *testing.T) {
	dir, err := Install(t.TempDir(), "golinalg", NewSpec("/usr/local/bin/golinalg"))
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join(dir, "kernel.json"))
	if err != nil {
		t.Fatal(err)
	}
	var spec map[string]any
	if err := json.Unmarshal(data, &spec); err != nil {
		t.Fatal(err)
	}
	argv, _ := spec["argv"].([]any)
	if len(argv) != 4 || argv[0] != "/usr/local/bin/golinalg" || argv[1] != "kernel" || argv[2] != "-f" || argv[3] != "{connection_file}" {
		t.Errorf("argv = %v", argv)
	}
	if spec["display_name"] != "Go Linear Algebra" || spec["language"] != "python" || spec["interrupt_mode"] != "message" {
		t.Errorf("spec = %v", spec)
	}
	md, _ := spec["metadata"].(map[string]any)
	if enc, _ := md["supported_encryption"].([]any); len(enc) != 1 || enc[0] != "curve" {
		t.Errorf("metadata = %v, want supported_encryption [curve]", md)
	}
	for _, f := range []string{"logo-32x32.png", "logo-64x64.png", "logo-svg.svg"} {
		if st, err := os.Stat(filepath.Join(dir, f)); err != nil || st.Size() == 0 {
			t.Errorf("%s: %v", f, err)
		}
	}
}
