package curve

import (
	"encoding/binary"
	"fmt"
)

// z85Alphabet is the 85 printable characters of Z85 (RFC 32), digit values
// 0 to 84 in order.
const z85Alphabet = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#"

// z85Digit maps a character to its Z85 digit value plus one; zero marks a
// character outside the alphabet.
var z85Digit = func() (d [256]byte) {
	for i := 0; i < len(z85Alphabet); i++ {
		d[z85Alphabet[i]] = byte(i + 1)
	}
	return d
}()

// Z85Encode returns the Z85 text of b (RFC 32): each 4 bytes, read as a
// big-endian 32-bit number n, become the 5 base-85 digits of n, most
// significant first. The length of b must be a multiple of 4.
func Z85Encode(b []byte) (string, error) {
	if len(b)%4 != 0 {
		return "", fmt.Errorf("z85: cannot encode %d bytes: not a multiple of 4", len(b))
	}
	out := make([]byte, 0, len(b)/4*5)
	for i := 0; i < len(b); i += 4 {
		n := binary.BigEndian.Uint32(b[i:])
		var d [5]byte
		for j := 4; j >= 0; j-- {
			d[j] = z85Alphabet[n%85]
			n /= 85
		}
		out = append(out, d[:]...)
	}
	return string(out), nil
}

// Z85Decode returns the bytes that the Z85 text s encodes (RFC 32). The
// length of s must be a multiple of 5, every character must be in the Z85
// alphabet, and each group of 5 digits must stand for a number below 2³².
func Z85Decode(s string) ([]byte, error) {
	if len(s)%5 != 0 {
		return nil, fmt.Errorf("z85: cannot decode %d characters: not a multiple of 5", len(s))
	}
	out := make([]byte, 0, len(s)/5*4)
	for i := 0; i < len(s); i += 5 {
		var n uint64
		for j := i; j < i+5; j++ {
			d := z85Digit[s[j]]
			if d == 0 {
				return nil, fmt.Errorf("z85: invalid character %q at offset %d", s[j], j)
			}
			n = n*85 + uint64(d-1)
		}
		if n > 0xffffffff {
			return nil, fmt.Errorf("z85: group %q at offset %d exceeds 32 bits", s[i:i+5], i)
		}
		out = binary.BigEndian.AppendUint32(out, uint32(n))
	}
	return out, nil
}

// ParseKey decodes a 40-character Z85 CURVE key, as connection files and
// zmq_curve_keypair write them, into its 32 bytes.
func ParseKey(s string) (Key, error) {
	var k Key
	if len(s) != 40 {
		return k, fmt.Errorf("curve key: %d characters, want 40 (Z85 of 32 bytes)", len(s))
	}
	b, err := Z85Decode(s)
	if err != nil {
		return k, fmt.Errorf("curve key: %v", err)
	}
	copy(k[:], b)
	return k, nil
}

// Z85 returns the 40-character Z85 text of k. (Key has no String method,
// so that a secret key is never printed by accident.)
func (k Key) Z85() string {
	s, _ := Z85Encode(k[:]) // 32 is a multiple of 4
	return s
}
