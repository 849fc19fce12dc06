package protocol

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
)

// ConnectionInfo is the content of a Jupyter connection file: where the
// kernel binds its five sockets and how messages are signed.
type ConnectionInfo struct {
	Transport       string `json:"transport"` // "tcp" or "ipc"
	IP              string `json:"ip"`
	ShellPort       int    `json:"shell_port"`
	IOPubPort       int    `json:"iopub_port"`
	StdinPort       int    `json:"stdin_port"`
	ControlPort     int    `json:"control_port"`
	HBPort          int    `json:"hb_port"`
	Key             string `json:"key"`
	SignatureScheme string `json:"signature_scheme"`
	KernelName      string `json:"kernel_name,omitempty"`

	// CurvePublicKey and CurveSecretKey, when present, are the Z85 text
	// (40 characters) of the Curve25519 key pair with which the kernel
	// serves every socket as a CurveZMQ server, as jupyter_client 8.10
	// writes them when transport encryption is on.
	CurvePublicKey string `json:"curve_publickey,omitempty"`
	CurveSecretKey string `json:"curve_secretkey,omitempty"`
}

// ParseConnection decodes and checks a connection file's JSON. Transport
// defaults to tcp and signature_scheme to hmac-sha256; any other scheme is
// refused, as is a port outside 1..65535, a missing ip, or a CURVE key
// without its pair or not 40 characters long.
func ParseConnection(data []byte) (ConnectionInfo, error) {
	var c ConnectionInfo
	if err := json.Unmarshal(data, &c); err != nil {
		return c, fmt.Errorf("connection file: %v", err)
	}
	if c.Transport == "" {
		c.Transport = "tcp"
	}
	if c.SignatureScheme == "" {
		c.SignatureScheme = "hmac-sha256"
	}
	if c.Transport != "tcp" && c.Transport != "ipc" {
		return c, fmt.Errorf("connection file: transport %q is not tcp or ipc", c.Transport)
	}
	if c.SignatureScheme != "hmac-sha256" {
		return c, fmt.Errorf("connection file: signature_scheme %q is not supported (want hmac-sha256)", c.SignatureScheme)
	}
	if c.IP == "" {
		return c, fmt.Errorf("connection file: no ip")
	}
	if (c.CurvePublicKey == "") != (c.CurveSecretKey == "") {
		return c, fmt.Errorf("connection file: curve_publickey and curve_secretkey must be given together")
	}
	for name, k := range map[string]string{"curve_publickey": c.CurvePublicKey, "curve_secretkey": c.CurveSecretKey} {
		if k != "" && len(k) != 40 {
			return c, fmt.Errorf("connection file: %s has %d characters, want 40 (Z85 of a 32-byte key)", name, len(k))
		}
	}
	for name, p := range map[string]int{"shell_port": c.ShellPort, "iopub_port": c.IOPubPort, "stdin_port": c.StdinPort, "control_port": c.ControlPort, "hb_port": c.HBPort} {
		if p <= 0 || p > 65535 {
			return c, fmt.Errorf("connection file: %s %d is not a port", name, p)
		}
	}
	return c, nil
}

// ReadConnectionFile reads and parses the connection file at path.
func ReadConnectionFile(path string) (ConnectionInfo, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return ConnectionInfo{}, err
	}
	return ParseConnection(data)
}

// Encrypted reports whether the connection file asks for CurveZMQ.
func (c ConnectionInfo) Encrypted() bool { return c.CurveSecretKey != "" }

// Endpoint returns the ZeroMQ endpoint for port: tcp://ip:port, or
// ipc://ip-port for the ipc transport, as jupyter_client names them.
func (c ConnectionInfo) Endpoint(port int) string {
	if c.Transport == "ipc" {
		return fmt.Sprintf("ipc://%s-%d", c.IP, port)
	}
	if len(c.IP) > 0 && c.IP[0] != '[' && strings.Contains(c.IP, ":") {
		return fmt.Sprintf("tcp://[%s]:%d", c.IP, port)
	}
	return fmt.Sprintf("tcp://%s:%d", c.IP, port)
}
