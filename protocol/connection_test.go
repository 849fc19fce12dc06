package protocol

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/golinalg/golinalg/internal/pyoracle"
)

func TestParseConnectionCurve(t *testing.T) {
	const pub, sec = "rq:rM>}U?@Lns47E1%kR.o@n%FcmmsL/@{H8]yf7", "JTKVSB%%)wK0E.X)V>+}o?pNmC{O&4W4b!Ni{Lh6"
	base := `{"shell_port": 5001, "iopub_port": 5002, "stdin_port": 5003, "control_port": 5004, "hb_port": 5005,
		"ip": "127.0.0.1", "key": "k"`
	c, err := ParseConnection([]byte(base + `, "curve_publickey": "` + pub + `", "curve_secretkey": "` + sec + `"}`))
	if err != nil || c.CurvePublicKey != pub || c.CurveSecretKey != sec || !c.Encrypted() {
		t.Fatalf("parsed %+v, %v", c, err)
	}
	c, err = ParseConnection([]byte(base + `}`))
	if err != nil || c.Encrypted() {
		t.Errorf("without keys: %+v, %v", c, err)
	}
	for name, extra := range map[string]string{
		"public only":       `, "curve_publickey": "` + pub + `"`,
		"secret only":       `, "curve_secretkey": "` + sec + `"`,
		"short public":      `, "curve_publickey": "` + pub[:39] + `", "curve_secretkey": "` + sec + `"`,
		"long secret":       `, "curve_publickey": "` + pub + `", "curve_secretkey": "` + sec + `x"`,
		"public not string": `, "curve_publickey": 1, "curve_secretkey": "` + sec + `"`,
	} {
		if _, err := ParseConnection([]byte(base + extra + `}`)); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

// TestConnectionFileFromJupyterClient parses what jupyter_client itself
// writes when it provisions CurveZMQ keys.
func TestConnectionFileFromJupyterClient(t *testing.T) {
	py := pyoracle.Python(t, "the connection file is written by jupyter_client")
	path := filepath.Join(t.TempDir(), "kernel.json")
	script := `
import sys, zmq
from jupyter_client.connect import write_connection_file
pub, sec = zmq.curve_keypair()
write_connection_file(sys.argv[1], ip="127.0.0.1", key=b"secret-key", curve_publickey=pub, curve_secretkey=sec)
print(pub.decode(), sec.decode())
`
	out := pyoracle.Run(t, nil, py, "-c", script, path)
	keys := strings.Fields(string(out))
	c, err := ReadConnectionFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(keys) != 2 || c.CurvePublicKey != keys[0] || c.CurveSecretKey != keys[1] || c.Key != "secret-key" {
		t.Errorf("parsed %+v; jupyter_client wrote keys %q", c, keys)
	}
	// What we parse re-encodes to the same fields.
	data, _ := json.Marshal(c)
	again, err := ParseConnection(data)
	if err != nil || again != c {
		t.Errorf("round trip: %+v, %v", again, err)
	}
}
