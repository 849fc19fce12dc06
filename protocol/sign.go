package protocol

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/binary"
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

// ReplayGuard remembers the signatures of the last Max accepted messages
// so that a message replayed verbatim is refused, as jupyter_client's
// digest history does. Each signature is kept as a 16-byte digest (the
// first half of its SHA-256) in a ring, found through an open-addressed
// index, so the guard's memory is fixed by Max: 16 bytes a signature plus
// 8 bytes of index, not a map entry and a string per message.
// The zero value is ready to use; it is safe for concurrent use.
type ReplayGuard struct {
	Max int // signatures kept; the oldest is forgotten when one more arrives; 0 means 65536

	mu   sync.Mutex
	ring [][16]byte // accepted digests in arrival order, overwritten from next once full
	next int
	slot []int32 // linear-probing index: 1 + position in ring, 0 when empty; len a power of two ≥ 2·Max
}

// Check records sig and reports whether it had not been seen among the
// last Max signatures. Empty signatures (unsigned connections) always pass.
func (g *ReplayGuard) Check(sig string) bool {
	if sig == "" {
		return true
	}
	sum := sha256.Sum256([]byte(sig))
	var d [16]byte
	copy(d[:], sum[:16])
	g.mu.Lock()
	defer g.mu.Unlock()
	limit := g.Max
	if limit <= 0 {
		limit = 1 << 16
	}
	if g.slot == nil {
		size := 2
		for size < 2*limit {
			size <<= 1
		}
		g.slot = make([]int32, size)
		g.ring = make([][16]byte, 0, limit)
	}
	i, seen := g.find(d)
	if seen {
		return false
	}
	pos := len(g.ring)
	if pos < limit {
		g.ring = append(g.ring, d)
	} else {
		pos = g.next
		g.remove(g.ring[pos])
		g.ring[pos] = d
		g.next = (g.next + 1) % limit
		i, _ = g.find(d)
	}
	g.slot[i] = int32(pos + 1)
	return true
}

// home is the index slot where the probe for d starts.
func (g *ReplayGuard) home(d [16]byte) int {
	return int(binary.LittleEndian.Uint64(d[:8]) & uint64(len(g.slot)-1))
}

// find returns the slot holding d and true, or the empty slot where d
// would go and false.
func (g *ReplayGuard) find(d [16]byte) (int, bool) {
	mask := len(g.slot) - 1
	i := g.home(d)
	for g.slot[i] != 0 {
		if g.ring[g.slot[i]-1] == d {
			return i, true
		}
		i = (i + 1) & mask
	}
	return i, false
}

// remove deletes d from the index by backward shifting (Knuth's
// Algorithm R), so that no probe sequence is broken by the hole.
func (g *ReplayGuard) remove(d [16]byte) {
	i, ok := g.find(d)
	if !ok {
		return
	}
	mask := len(g.slot) - 1
	g.slot[i] = 0
	for j := (i + 1) & mask; g.slot[j] != 0; j = (j + 1) & mask {
		h := g.home(g.ring[g.slot[j]-1])
		// The entry at j stays when its home lies cyclically in (i, j].
		if i <= j && i < h && h <= j || i > j && (i < h || h <= j) {
			continue
		}
		g.slot[i], g.slot[j] = g.slot[j], 0
		i = j
	}
}
