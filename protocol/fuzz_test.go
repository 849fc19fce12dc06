package protocol

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"reflect"
	"testing"
)

// hexHMAC is an independent HMAC-SHA256 of the concatenated parts, the
// oracle FuzzVerify checks Verify and Sign against.
func hexHMAC(key []byte, parts [][]byte) string {
	mac := hmac.New(sha256.New, key)
	mac.Write(bytes.Join(parts, nil))
	return hex.EncodeToString(mac.Sum(nil))
}

// splitParts cuts data into the frames a fuzzer's byte string stands for:
// at most four, separated by NUL, as the four signed JSON frames.
func splitParts(data []byte) [][]byte {
	return bytes.SplitN(data, []byte{0}, 4)
}

// FuzzVerify checks signature checking as a property: Verify never panics,
// accepts sig exactly when it is the hex HMAC-SHA256 of the parts under key
// (in either letter case), and refuses the true signature once one hex digit
// of it, one bit of the signed bytes or one bit of the key is changed. The
// same holds one level up, for Decode of a signed message.
func FuzzVerify(f *testing.F) {
	m := &Message{Header: NewHeader("execute_request", "s", "u"), Content: json.RawMessage(`{"code":"1+1","silent":false}`)}
	frames, _ := Encode(m, testKey)
	f.Add(testKey, frames[1], bytes.Join(frames[2:6], []byte{0}), uint(0))
	f.Add(testKey, []byte("0000000000000000000000000000000000000000000000000000000000000000"), bytes.Join(frames[2:6], []byte{0}), uint(7))
	f.Add([]byte{}, []byte(""), []byte("{}\x00{}\x00{}\x00{}"), uint(1))
	f.Add([]byte("k"), []byte("zz"), []byte("{"), uint(3))
	f.Add(bytes.Repeat([]byte("x"), 100), []byte("ABCDEF"), []byte("\x00\x00\x00"), uint(64))
	f.Fuzz(func(t *testing.T, key, sig, data []byte, at uint) {
		parts := splitParts(data)
		want := hexHMAC(key, parts)

		// Arbitrary signatures: accepted only if they are the true one.
		got := Verify(key, sig, parts)
		if got != (string(bytes.ToLower(sig)) == want) {
			t.Fatalf("Verify(%q, %q, %q) = %v, true HMAC %s", key, sig, parts, got, want)
		}
		if len(key) == 0 {
			if s := Sign(key, parts); s != "" {
				t.Fatalf("Sign with no key = %q, want \"\"", s)
			}
			return
		}
		good := Sign(key, parts)
		if good != want {
			t.Fatalf("Sign = %s, HMAC = %s", good, want)
		}
		if !Verify(key, []byte(good), parts) {
			t.Fatalf("true signature refused")
		}

		// One hex digit of the signature changed.
		bad := []byte(good)
		i := int(at % uint(len(bad)))
		bad[i] = "0123456789abcdef"[(hexVal(bad[i])+1+int(at/64)%15)%16]
		if Verify(key, bad, parts) {
			t.Fatalf("accepted %s for %s", bad, good)
		}
		// A truncated or extended signature.
		if Verify(key, []byte(good[:len(good)-2]), parts) || Verify(key, []byte(good+"00"), parts) {
			t.Fatalf("accepted a signature of the wrong length")
		}

		// One bit of the signed bytes flipped (separators excluded: the
		// HMAC covers the concatenation, as the Jupyter wire format signs).
		if joined := bytes.Join(parts, nil); len(joined) > 0 {
			flipped := bytes.Clone(joined)
			flipped[at%uint(len(flipped))] ^= 1 << (at / 7 % 8)
			if Verify(key, []byte(good), [][]byte{flipped}) {
				t.Fatalf("accepted a signature over changed bytes")
			}
		}

		// One bit of the key flipped (HMAC pads short keys with zeros and
		// hashes long ones, but a flipped bit changes either form).
		k2 := bytes.Clone(key)
		k2[at%uint(len(k2))] ^= 1 << (at / 5 % 8)
		if Verify(k2, []byte(good), parts) {
			t.Fatalf("key %q accepted a signature made with %q", k2, key)
		}

		// Through Decode: a signed message with one bit of a signed frame
		// flipped is refused with ErrSignature.
		msg := &Message{Header: NewHeader("execute_request", "s", "u"), Content: json.RawMessage(`{"code":"x"}`)}
		fs, err := Encode(msg, key)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := Decode(fs, key); err != nil {
			t.Fatalf("own message refused: %v", err)
		}
		j := 2 + int(at%4)
		fs[j] = bytes.Clone(fs[j])
		fs[j][int(at/4)%len(fs[j])] ^= 1 << (at % 8)
		if _, err := Decode(fs, key); err != ErrSignature {
			t.Fatalf("changed frame %d: err = %v, want ErrSignature", j, err)
		}
	})
}

func hexVal(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	}
	return 0
}

// connectionSeeds are connection files as jupyter_client writes them and as
// the tests use them.
var connectionSeeds = []string{
	`{"shell_port": 5001, "iopub_port": 5002, "stdin_port": 5003, "control_port": 5004, "hb_port": 5005, "ip": "127.0.0.1", "key": "a0436f6c-1916-498b-8eb9-e81ab9368e84", "transport": "tcp", "signature_scheme": "hmac-sha256", "kernel_name": "golinalg"}`,
	`{"shell_port": 1, "iopub_port": 65535, "stdin_port": 3, "control_port": 4, "hb_port": 5, "ip": "::1", "key": ""}`,
	`{"shell_port": 5001, "iopub_port": 5002, "stdin_port": 5003, "control_port": 5004, "hb_port": 5005, "ip": "/tmp/kernel-ipc", "key": "k", "transport": "ipc", "signature_scheme": "hmac-sha256"}`,
	`{"shell_port": 5001, "iopub_port": 5002, "stdin_port": 5003, "control_port": 5004, "hb_port": 5005, "ip": "0.0.0.0", "key": "\u00e9\ud83d\ude00", "jupyter_session": "/x.ipynb", "curve_publickey": "", "curve_secretkey": ""}`,
	`{"shell_port": 5001, "iopub_port": 5002, "stdin_port": 5003, "control_port": 5004, "hb_port": 5005, "ip": "127.0.0.1", "signature_scheme": "hmac-md5"}`,
	`{"shell_port": 0}`, `[]`, `null`, `{"ip": 1}`, `{"shell_port": 1e3}`, `{"shell_port": 5001.5}`,
}

// FuzzParseConnection checks that ParseConnection never panics, and that
// whatever it accepts re-encodes to JSON that parses back to the same
// ConnectionInfo, with the same endpoints.
func FuzzParseConnection(f *testing.F) {
	for _, s := range connectionSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := ParseConnection(data)
		if err != nil {
			return
		}
		out, err := json.Marshal(c)
		if err != nil {
			t.Fatalf("re-encode %+v: %v", c, err)
		}
		again, err := ParseConnection(out)
		if err != nil {
			t.Fatalf("re-encoded %s refused: %v", out, err)
		}
		if !reflect.DeepEqual(again, c) {
			t.Fatalf("round trip changed %+v into %+v", c, again)
		}
		if again.Endpoint(c.ShellPort) != c.Endpoint(c.ShellPort) {
			t.Fatalf("endpoint changed")
		}
	})
}
