package curve

import (
	"bytes"
	"encoding/binary"
	"io"
	"net"
	"runtime"
	"testing"
	"time"

	"github.com/go-zeromq/zmq4"
)

// FuzzDecryptFrame checks that no MESSAGE an attacker can forge without
// the session keys is accepted, and that none makes DecryptFrame panic.
func FuzzDecryptFrame(f *testing.F) {
	server, client := pair(&testing.T{})
	for _, body := range []string{"", "x", "hello world"} {
		w, _ := client.EncryptFrame([]byte(body), false, false)
		f.Add(w)
	}
	f.Add([]byte(messageHeader))
	f.Add(append([]byte(messageHeader), make([]byte, 40)...))
	f.Fuzz(func(t *testing.T, wire []byte) {
		server.recvNonce = 0
		body, more, command, err := server.DecryptFrame(wire)
		if err != nil {
			return
		}
		// Only what the client really sealed opens: sealing the same
		// frame under the same nonce gives the same bytes.
		client.sendNonce = binary.BigEndian.Uint64(wire[8:16])
		if again, _ := client.EncryptFrame(body, more, command); !bytes.Equal(again, wire) {
			t.Fatalf("accepted a forgery %x", wire)
		}
	})
}

// FuzzServerHandshake feeds a CURVE server arbitrary bytes after a valid
// greeting: the handshake must fail (no one but the client holding the
// keys can pass it), never panic, and never hang.
func FuzzServerHandshake(f *testing.F) {
	sp, ss, _ := GenerateKeyPair(nil)
	mech := NewServer(sp, ss)
	hello := append([]byte{0x04, 200, 5}, "HELLO"...)
	hello = append(hello, 1, 0)
	hello = append(hello, make([]byte, 192)...)
	f.Add(hello)
	f.Add(hello[:20])
	f.Add(append(append([]byte{}, hello...), 0x04, 9, 8, 'I', 'N', 'I', 'T', 'I', 'A', 'T', 'E'))
	f.Add([]byte{0x06, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff})
	f.Fuzz(func(t *testing.T, data []byte) {
		srv, peer := net.Pipe()
		go io.Copy(io.Discard, peer) // the server's greeting and replies
		go func() {
			g := make([]byte, 64)
			g[0], g[9], g[10] = 0xff, 0x7f, 3
			copy(g[12:], "CURVE")
			peer.Write(g)
			peer.Write(data)
			peer.Close()
		}()
		type result struct {
			conn *zmq4.Conn
			err  error
		}
		done := make(chan result, 1)
		go func() {
			conn, err := zmq4.Open(srv, mech, zmq4.Router, zmq4.SocketIdentity(""), true, nil)
			done <- result{conn, err}
		}()
		select {
		case r := <-done:
			if r.err == nil {
				r.conn.Close()
				t.Fatalf("handshake passed on %x", data)
			}
		case <-time.After(10 * time.Second):
			buf := make([]byte, 1<<20)
			t.Fatalf("handshake still running after 10 s on %x; goroutines:\n%s", data, buf[:runtime.Stack(buf, true)])
		}
		srv.Close()
	})
}
