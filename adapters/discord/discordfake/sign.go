package discordfake

import (
	"bytes"
	"crypto/ed25519"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"strconv"
	"time"
)

// Signer signs HTTP interactions as Discord does: an Ed25519 signature of
// the timestamp followed by the body, in the X-Signature-Ed25519 and
// X-Signature-Timestamp headers. It is safe for concurrent use.
type Signer struct {
	pub  ed25519.PublicKey
	priv ed25519.PrivateKey
}

// NewSigner returns a Signer with a fresh random key pair, or with the
// key pair derived from seed when seed is not empty (reproducible keys).
func NewSigner(seed []byte) *Signer {
	var s [ed25519.SeedSize]byte
	if len(seed) == 0 {
		if _, err := rand.Read(s[:]); err != nil {
			panic("discordfake: crypto/rand: " + err.Error())
		}
	} else {
		s = sha256.Sum256(seed)
	}
	priv := ed25519.NewKeyFromSeed(s[:])
	return &Signer{pub: priv.Public().(ed25519.PublicKey), priv: priv}
}

// PublicKey is the key an application verifies with.
func (s *Signer) PublicKey() ed25519.PublicKey { return s.pub }

// PublicKeyHex is PublicKey as hex, the form DISCORD_PUBLIC_KEY takes.
func (s *Signer) PublicKeyHex() string { return hex.EncodeToString(s.pub) }

// Sign returns the signature (hex) and timestamp (Unix seconds) headers'
// values for body sent at ts.
func (s *Signer) Sign(body []byte, ts time.Time) (signature, timestamp string) {
	timestamp = strconv.FormatInt(ts.Unix(), 10)
	msg := make([]byte, 0, len(timestamp)+len(body))
	msg = append(append(msg, timestamp...), body...)
	return hex.EncodeToString(ed25519.Sign(s.priv, msg)), timestamp
}

// SignRequest sets the signature headers on h for body sent at ts.
func (s *Signer) SignRequest(h http.Header, body []byte, ts time.Time) {
	sig, stamp := s.Sign(body, ts)
	h.Set("X-Signature-Ed25519", sig)
	h.Set("X-Signature-Timestamp", stamp)
}

// NewRequest builds a signed POST of body to target (an absolute URL, or a
// path for use with an http.Handler directly) sent at ts.
func (s *Signer) NewRequest(target string, body []byte, ts time.Time) (*http.Request, error) {
	req, err := http.NewRequest(http.MethodPost, target, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", "Discord-Interactions/1.0 (+https://discord.com)")
	s.SignRequest(req.Header, body, ts)
	return req, nil
}
