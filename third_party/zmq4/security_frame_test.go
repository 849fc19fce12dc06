// Copyright 2026 The golinalg Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

// Tests of the golinalg patch: FrameSecurity and ConnSecurity.

package zmq4

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"io"
	"net"
	"sync/atomic"
	"testing"
	"time"
)

// toySecurity is a FrameSecurity that hides frames by XOR and carries the
// flags and a sequence number inside the wire body, as CURVE does.
type toySecurity struct {
	conns  *int32 // ForConn calls, shared by all connections
	frames *int32 // frames decrypted
	secure bool
	sent   uint64
	recvd  uint64
}

const toyType SecurityType = "TOY"

func newToy() *toySecurity { return &toySecurity{conns: new(int32), frames: new(int32)} }

func (t *toySecurity) Type() SecurityType { return toyType }
func (t *toySecurity) ForConn() Security {
	atomic.AddInt32(t.conns, 1)
	return &toySecurity{conns: t.conns, frames: t.frames}
}
func (t *toySecurity) Handshake(conn *Conn, server bool) error {
	if err := (nullSecurity{}).Handshake(conn, server); err != nil {
		return err
	}
	t.secure = true
	return nil
}
func (t *toySecurity) Encrypt(w io.Writer, b []byte) (int, error) { return w.Write(b) }
func (t *toySecurity) Decrypt(w io.Writer, b []byte) (int, error) { return w.Write(b) }
func (t *toySecurity) Secure() bool                               { return t.secure }

func (t *toySecurity) EncryptFrame(body []byte, more, command bool) ([]byte, error) {
	t.sent++
	wire := binary.BigEndian.AppendUint64(nil, t.sent)
	var fl byte
	if more {
		fl |= 1
	}
	if command {
		fl |= 2
	}
	wire = append(wire, fl)
	for _, c := range body {
		wire = append(wire, c^0x5a)
	}
	return wire, nil
}

func (t *toySecurity) DecryptFrame(wire []byte) ([]byte, bool, bool, error) {
	if len(wire) < 9 {
		return nil, false, false, errors.New("toy: short frame")
	}
	if n := binary.BigEndian.Uint64(wire); n != t.recvd+1 {
		return nil, false, false, errors.New("toy: out of sequence")
	}
	t.recvd++
	atomic.AddInt32(t.frames, 1)
	body := make([]byte, len(wire)-9)
	for i, c := range wire[9:] {
		body[i] = c ^ 0x5a
	}
	return body, wire[8]&1 != 0, wire[8]&2 != 0, nil
}

func TestFrameSecurity(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	ssec, csec := newToy(), newToy()
	srv := NewRouter(ctx, WithSecurity(ssec), WithID(SocketIdentity("srv")))
	defer srv.Close()
	if err := srv.Listen("tcp://127.0.0.1:0"); err != nil {
		t.Fatal(err)
	}
	cli := NewDealer(ctx, WithSecurity(csec), WithID(SocketIdentity("cli")))
	defer cli.Close()
	if err := cli.Dial("tcp://" + srv.Addr().String()); err != nil {
		t.Fatal(err)
	}
	big := bytes.Repeat([]byte("b"), 300)
	for i := 0; i < 3; i++ {
		if err := cli.Send(NewMsgFrom([]byte("a"), big)); err != nil {
			t.Fatal(err)
		}
		msg, err := srv.Recv()
		if err != nil || len(msg.Frames) != 3 || string(msg.Frames[0]) != "cli" || string(msg.Frames[1]) != "a" || !bytes.Equal(msg.Frames[2], big) {
			t.Fatalf("router got %q, %v", msg.Frames, err)
		}
		if err := srv.Send(NewMsgFrom([]byte("cli"), []byte("x"), []byte("y"))); err != nil {
			t.Fatal(err)
		}
		reply, err := cli.Recv()
		if err != nil || len(reply.Frames) != 2 || string(reply.Frames[0]) != "x" || string(reply.Frames[1]) != "y" {
			t.Fatalf("dealer got %q, %v", reply.Frames, err)
		}
	}
	if *ssec.conns != 1 || *csec.conns != 1 {
		t.Errorf("ForConn called %d times on the server, %d on the client; want 1 each", *ssec.conns, *csec.conns)
	}
	if *ssec.frames != 6 || *csec.frames != 6 {
		t.Errorf("DecryptFrame opened %d frames on the server, %d on the client; want 6 each", *ssec.frames, *csec.frames)
	}
}

// TestFrameSecurityRefusesLargeHandshakeFrame checks that a peer cannot make
// a FrameSecurity server allocate before the handshake, and that a refused
// connection is closed.
func TestFrameSecurityRefusesLargeHandshakeFrame(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	done := make(chan error, 1)
	go func() {
		c, err := ln.Accept()
		if err != nil {
			done <- err
			return
		}
		_, err = Open(c, newToy(), Router, SocketIdentity(""), true, nil)
		done <- err
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	g := greeting{Version: defaultVersion}
	g.Sig.Header, g.Sig.Footer = sigHeader, sigFooter
	copy(g.Mechanism[:], toyType)
	if err := g.write(c); err != nil {
		t.Fatal(err)
	}
	var hdr [9]byte
	hdr[0] = isCommandBitFlag | isLongBitFlag
	binary.BigEndian.PutUint64(hdr[1:], 1<<40)
	c.Write(hdr[:])
	if err := <-done; err == nil {
		t.Fatal("Open accepted a 1 TiB handshake frame")
	}
	c.SetReadDeadline(time.Now().Add(5 * time.Second))
	if _, err := io.ReadAll(c); err != nil {
		t.Errorf("the refused connection was not closed: %v", err)
	}
}

// TestFrameSecuritySilentPeer checks that a peer that connects and says
// nothing does not keep the next client from being served: handshakes of
// a ConnSecurity mechanism run on their own goroutines.
func TestFrameSecuritySilentPeer(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	srv := NewRouter(ctx, WithSecurity(newToy()), WithID(SocketIdentity("srv")))
	defer srv.Close()
	if err := srv.Listen("tcp://127.0.0.1:0"); err != nil {
		t.Fatal(err)
	}
	silent, err := net.Dial("tcp", srv.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer silent.Close()
	time.Sleep(50 * time.Millisecond) // let the server accept it first
	// Well under handshakeTimeout: a server that waited on the silent
	// peer would not answer the dealer in time.
	dctx, dcancel := context.WithTimeout(ctx, handshakeTimeout/3)
	defer dcancel()
	cli := NewDealer(dctx, WithSecurity(newToy()), WithID(SocketIdentity("cli")), WithDialerTimeout(handshakeTimeout/3))
	defer cli.Close()
	done := make(chan error, 1)
	go func() {
		if err := cli.Dial("tcp://" + srv.Addr().String()); err != nil {
			done <- err
			return
		}
		if err := cli.Send(NewMsgFrom([]byte("hi"))); err != nil {
			done <- err
			return
		}
		msg, err := srv.Recv()
		if err == nil && string(msg.Frames[1]) != "hi" {
			err = errors.New("wrong message")
		}
		done <- err
	}()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-dctx.Done():
		t.Fatal("the server did not serve a client while a silent peer was connected")
	}
}
