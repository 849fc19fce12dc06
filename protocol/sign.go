package protocol

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"sync"
)

// Sign returns the lowercase hex HMAC-SHA256 of parts under key, as the
// Jupyter wire format signs header, parent_header, metadata and content.
// It returns "" when key is empty (an unsigned connection).
func Sign(key []byte, parts [][]byte) string {
	if len(key) == 0 {
		return ""
	}
	mac := hmac.New(sha256.New, key)
	for _, p := range parts {
		mac.Write(p)
	}
	return hex.EncodeToString(mac.Sum(nil))
}

// Verify reports whether sig is the hex HMAC-SHA256 of parts under key. The
// comparison takes time independent of where the two digests differ.
func Verify(key, sig []byte, parts [][]byte) bool {
	got := make([]byte, hex.DecodedLen(len(sig)))
	if _, err := hex.Decode(got, sig); err != nil {
		return false
	}
	mac := hmac.New(sha256.New, key)
	for _, p := range parts {
		mac.Write(p)
	}
	return hmac.Equal(got, mac.Sum(nil))
}

// ReplayGuard remembers the signatures of accepted messages so that a
// message replayed verbatim is refused, as ipykernel's digest history does.
// It forgets the oldest half once it holds Max signatures.
// The zero value is ready to use; it is safe for concurrent use.
type ReplayGuard struct {
	Max int // signatures kept before the oldest are dropped; 0 means 65536

	mu    sync.Mutex
	seen  map[string]struct{}
	order []string
}

// Check records sig and reports whether it had not been seen before.
// Empty signatures (unsigned connections) always pass.
func (g *ReplayGuard) Check(sig string) bool {
	if sig == "" {
		return true
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.seen == nil {
		g.seen = make(map[string]struct{})
	}
	if _, dup := g.seen[sig]; dup {
		return false
	}
	limit := g.Max
	if limit <= 0 {
		limit = 1 << 16
	}
	if len(g.order) >= limit {
		drop := len(g.order) / 2
		for _, s := range g.order[:drop] {
			delete(g.seen, s)
		}
		g.order = append(g.order[:0], g.order[drop:]...)
	}
	g.seen[sig] = struct{}{}
	g.order = append(g.order, sig)
	return true
}
