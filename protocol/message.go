// Package protocol implements the Jupyter messaging wire format, version 5.4:
// the multipart frame layout, HMAC-SHA256 signing with constant-time
// verification, message headers and connection files.
//
// Everything here is a pure function of frames and a key; the package opens
// no sockets and holds no global state. See
// https://jupyter-client.readthedocs.io/en/stable/messaging.html.
package protocol

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/google/uuid"
)

// Version is the messaging protocol version this package speaks.
const Version = "5.4"

// Delimiter separates the ZeroMQ routing identities from the message proper.
const Delimiter = "<IDS|MSG>"

// Header is the header of a Jupyter message.
type Header struct {
	MsgID    string `json:"msg_id"`
	Session  string `json:"session"`
	Username string `json:"username"`
	Date     string `json:"date"`
	MsgType  string `json:"msg_type"`
	Version  string `json:"version"`
}

// Message is one decoded Jupyter message. Parent, Metadata and Content are
// kept as raw JSON so that a parent header is echoed back byte for byte,
// including fields this package does not know.
type Message struct {
	Identities [][]byte        // ZeroMQ routing prefix, before the delimiter
	Signature  string          // hex HMAC of the four JSON frames, as received
	Header     Header          // parsed header
	RawHeader  json.RawMessage // the header frame as received
	Parent     json.RawMessage // parent_header
	Metadata   json.RawMessage
	Content    json.RawMessage
	Buffers    [][]byte
}

// ErrSignature reports a message whose HMAC does not verify.
var ErrSignature = errors.New("protocol: invalid message signature")

// Decode parses the frames of one multipart message and verifies its
// signature with key (no verification when key is empty, as Jupyter does for
// unsigned connections). It never panics on malformed input.
func Decode(frames [][]byte, key []byte) (*Message, error) {
	i := 0
	for i < len(frames) && string(frames[i]) != Delimiter {
		i++
	}
	if i == len(frames) {
		return nil, errors.New("protocol: no <IDS|MSG> delimiter")
	}
	rest := frames[i+1:]
	if len(rest) < 5 {
		return nil, fmt.Errorf("protocol: %d frames after the delimiter, want at least 5", len(rest))
	}
	m := &Message{
		Identities: cloneFrames(frames[:i]),
		Signature:  string(rest[0]),
		RawHeader:  json.RawMessage(bytes.Clone(rest[1])),
		Parent:     json.RawMessage(bytes.Clone(rest[2])),
		Metadata:   json.RawMessage(bytes.Clone(rest[3])),
		Content:    json.RawMessage(bytes.Clone(rest[4])),
		Buffers:    cloneFrames(rest[5:]),
	}
	if len(key) > 0 && !Verify(key, rest[0], rest[1:5]) {
		return nil, ErrSignature
	}
	if err := json.Unmarshal(m.RawHeader, &m.Header); err != nil {
		return nil, fmt.Errorf("protocol: header: %v", err)
	}
	for name, raw := range map[string]json.RawMessage{"parent_header": m.Parent, "metadata": m.Metadata, "content": m.Content} {
		var obj map[string]json.RawMessage
		if err := json.Unmarshal(raw, &obj); err != nil {
			return nil, fmt.Errorf("protocol: %s: %v", name, err)
		}
	}
	if m.Header.MsgType == "" {
		return nil, errors.New("protocol: header has no msg_type")
	}
	return m, nil
}

// Encode returns the frames of m, signing the four JSON frames with key
// (an empty signature when key is empty). Empty Parent or Metadata are sent
// as {}.
func Encode(m *Message, key []byte) ([][]byte, error) {
	hdr := m.RawHeader
	if len(hdr) == 0 {
		var err error
		if hdr, err = json.Marshal(m.Header); err != nil {
			return nil, err
		}
	}
	parts := [][]byte{hdr, orEmpty(m.Parent), orEmpty(m.Metadata), orEmpty(m.Content)}
	frames := make([][]byte, 0, len(m.Identities)+6+len(m.Buffers))
	frames = append(frames, m.Identities...)
	frames = append(frames, []byte(Delimiter), []byte(Sign(key, parts)))
	frames = append(frames, parts...)
	frames = append(frames, m.Buffers...)
	return frames, nil
}

// NewHeader returns a fresh header of the given type for session.
func NewHeader(msgType, session, username string) Header {
	return Header{
		MsgID:    uuid.NewString(),
		Session:  session,
		Username: username,
		Date:     time.Now().UTC().Format("2006-01-02T15:04:05.000000Z07:00"),
		MsgType:  msgType,
		Version:  Version,
	}
}

// Reply builds a message of type msgType whose parent is req, carrying
// content (any JSON-marshalable value) and the given routing identities.
func Reply(req *Message, msgType, session string, identities [][]byte, content any) (*Message, error) {
	body, err := json.Marshal(content)
	if err != nil {
		return nil, err
	}
	user := "kernel"
	var parent json.RawMessage
	if req != nil {
		parent = req.RawHeader
		if req.Header.Username != "" {
			user = req.Header.Username
		}
	}
	return &Message{
		Identities: identities,
		Header:     NewHeader(msgType, session, user),
		Parent:     parent,
		Content:    body,
	}, nil
}

func orEmpty(b json.RawMessage) []byte {
	if len(b) == 0 {
		return []byte("{}")
	}
	return b
}

func cloneFrames(fs [][]byte) [][]byte {
	if len(fs) == 0 {
		return nil
	}
	out := make([][]byte, len(fs))
	for i, f := range fs {
		out[i] = bytes.Clone(f)
	}
	return out
}
