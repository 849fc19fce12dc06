// Copyright 2018 The go-zeromq Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package zmq4

import (
	"fmt"
	"io"
)

// Security is an interface for ZMTP security mechanisms
type Security interface {
	// Type returns the security mechanism type.
	Type() SecurityType

	// Handshake implements the ZMTP security handshake according to
	// this security mechanism.
	// see:
	//  https://rfc.zeromq.org/spec:23/ZMTP/
	//  https://rfc.zeromq.org/spec:24/ZMTP-PLAIN/
	//  https://rfc.zeromq.org/spec:25/ZMTP-CURVE/
	Handshake(conn *Conn, server bool) error

	// Encrypt writes the encrypted form of data to w.
	Encrypt(w io.Writer, data []byte) (int, error)

	// Decrypt writes the decrypted form of data to w.
	Decrypt(w io.Writer, data []byte) (int, error)
}

// FrameSecurity is a Security mechanism that encrypts whole frames, flags
// included, as ZMTP-CURVE does (RFC 26, as libzmq implements it): once the
// handshake is done, every frame travels as a MESSAGE whose wire header
// describes the ciphertext and whose MORE and COMMAND flags are inside the
// box. Conn calls EncryptFrame and DecryptFrame instead of Encrypt and
// Decrypt whenever Secure reports true; during the handshake it sends and
// receives commands as for any other mechanism.
//
// (golinalg patch: Encrypt alone cannot express this, because Conn writes
// the frame header, with the plaintext size and the MORE flag, before it
// calls Encrypt, and trusts the wire MORE flag when reading.)
type FrameSecurity interface {
	Security

	// Secure reports whether the handshake is complete, so that frames
	// must go through EncryptFrame and DecryptFrame.
	Secure() bool

	// EncryptFrame returns the wire body that carries a frame with the
	// given body and flags. Conn sends it as a single frame without MORE.
	EncryptFrame(body []byte, more, command bool) ([]byte, error)

	// DecryptFrame returns the frame, and its flags, that a wire body
	// carries. An error means the peer is not to be trusted: Conn drops
	// the frame and the caller should drop the connection.
	DecryptFrame(wire []byte) (body []byte, more, command bool, err error)
}

// ConnSecurity is a Security mechanism with per-connection state, such as
// CURVE's session keys and nonces. A socket holds one Security for all its
// connections, so Open calls ForConn once per connection and uses the
// result for that connection only. (golinalg patch.)
type ConnSecurity interface {
	Security

	// ForConn returns the Security that serves one new connection.
	ForConn() Security
}

// SecurityType denotes types of ZMTP security mechanisms
type SecurityType string

const (
	// NullSecurityType is an empty security mechanism
	// that does no authentication nor encryption.
	NullSecurity SecurityType = "NULL"

	// PlainSecurity is a security mechanism that uses
	// plaintext passwords. It is a reference implementation and
	// should not be used to anything important.
	PlainSecurity SecurityType = "PLAIN"

	// CurveSecurity uses ZMQ_CURVE for authentication
	// and encryption.
	CurveSecurity SecurityType = "CURVE"
)

// security implements the NULL security mechanism.
type nullSecurity struct{}

// Type returns the security mechanism type.
func (nullSecurity) Type() SecurityType {
	return NullSecurity
}

// Handshake implements the ZMTP security handshake according to
// this security mechanism.
// see:
//
//	https://rfc.zeromq.org/spec:23/ZMTP/
//	https://rfc.zeromq.org/spec:24/ZMTP-PLAIN/
//	https://rfc.zeromq.org/spec:25/ZMTP-CURVE/
func (nullSecurity) Handshake(conn *Conn, server bool) error {
	raw, err := conn.Meta.MarshalZMTP()
	if err != nil {
		return fmt.Errorf("zmq4: could not marshal metadata: %w", err)
	}

	err = conn.SendCmd(CmdReady, raw)
	if err != nil {
		return fmt.Errorf("zmq4: could not send metadata to peer: %w", err)
	}

	cmd, err := conn.RecvCmd()
	if err != nil {
		return fmt.Errorf("zmq4: could not recv metadata from peer: %w", err)
	}

	if cmd.Name != CmdReady {
		return ErrBadCmd
	}

	err = conn.Peer.Meta.UnmarshalZMTP(cmd.Body)
	if err != nil {
		return fmt.Errorf("zmq4: could not unmarshal peer metadata: %w", err)
	}

	return nil
}

// Encrypt writes the encrypted form of data to w.
func (nullSecurity) Encrypt(w io.Writer, data []byte) (int, error) {
	return w.Write(data)
}

// Decrypt writes the decrypted form of data to w.
func (nullSecurity) Decrypt(w io.Writer, data []byte) (int, error) {
	return w.Write(data)
}

var (
	_ Security = (*nullSecurity)(nil)
)
