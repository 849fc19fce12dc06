// Package kernelspec writes golinalg's Jupyter kernel specification
// (kernel.json and logos) into the directories where Jupyter looks for
// kernels.
package kernelspec

import (
	"embed"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
)

//go:embed assets/logo-32x32.png assets/logo-64x64.png assets/logo-svg.svg
var assets embed.FS

// DefaultName is the kernel's name in `jupyter kernelspec list`.
const DefaultName = "golinalg"

// DisplayName is what kernel pickers show.
const DisplayName = "Go Linear Algebra"

// Spec is the content of kernel.json.
type Spec struct {
	Argv          []string          `json:"argv"`
	DisplayName   string            `json:"display_name"`
	Language      string            `json:"language"`
	InterruptMode string            `json:"interrupt_mode"`
	Env           map[string]string `json:"env,omitempty"`
	Metadata      map[string]any    `json:"metadata,omitempty"`
}

// NewSpec returns the kernelspec that starts executable as a kernel.
func NewSpec(executable string) Spec {
	return Spec{
		Argv:          []string{executable, "kernel", "-f", "{connection_file}"},
		DisplayName:   DisplayName,
		Language:      "python",
		InterruptMode: "message",
		// supported_encryption tells jupyter_client (8.10 and later) that
		// the kernel serves CurveZMQ when the connection file carries
		// curve_publickey and curve_secretkey, so that
		// transport_encryption="auto" or "required" provisions the keys.
		Metadata: map[string]any{"debugger": false, "supported_encryption": []string{"curve"}},
	}
}

// Where says which kernels directory an install targets.
type Where struct {
	User      bool   // $JUPYTER_DATA_DIR/kernels, else ~/.local/share/jupyter/kernels
	SysPrefix bool   // $VIRTUAL_ENV/share/jupyter/kernels
	Prefix    string // DIR/share/jupyter/kernels
}

// KernelsDir resolves w to a kernels directory, reading the environment
// through getenv and the home directory through home.
func KernelsDir(w Where, getenv func(string) string, home func() (string, error)) (string, error) {
	switch {
	case w.Prefix != "":
		return filepath.Join(w.Prefix, "share", "jupyter", "kernels"), nil
	case w.SysPrefix:
		venv := getenv("VIRTUAL_ENV")
		if venv == "" {
			return "", errors.New("--sys-prefix needs an active virtual environment ($VIRTUAL_ENV is not set)")
		}
		return filepath.Join(venv, "share", "jupyter", "kernels"), nil
	default:
		if d := getenv("JUPYTER_DATA_DIR"); d != "" {
			return filepath.Join(d, "kernels"), nil
		}
		h, err := home()
		if err != nil {
			return "", err
		}
		return filepath.Join(h, ".local", "share", "jupyter", "kernels"), nil
	}
}

// Install writes spec and the logos into kernelsDir/name and returns that
// directory.
func Install(kernelsDir, name string, spec Spec) (string, error) {
	dir := filepath.Join(kernelsDir, name)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	data, err := json.MarshalIndent(spec, "", "  ")
	if err != nil {
		return "", err
	}
	if err := os.WriteFile(filepath.Join(dir, "kernel.json"), append(data, '\n'), 0o644); err != nil {
		return "", err
	}
	for _, f := range []string{"logo-32x32.png", "logo-64x64.png", "logo-svg.svg"} {
		b, err := assets.ReadFile("assets/" + f)
		if err != nil {
			return "", err
		}
		if err := os.WriteFile(filepath.Join(dir, f), b, 0o644); err != nil {
			return "", err
		}
	}
	return dir, nil
}
