package bot

import (
	"bytes"
	_ "embed"
	"encoding/binary"
	"errors"
	"math"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// The safety net: a second pass of the emergency screen, for the
// emergencies its word tables and patterns do not yet know the words of.
//
// The rules (triage_rules.go) are precise but learn one wording at a time:
// each new independent set of emergencies, written by someone who never saw
// them, found 10–20 % they missed. The net is a logistic regression over the
// words and word pairs of a message, trained on every emergency and every
// look-alike of the tuned evaluation and triage sets and of the screen's own
// examples (never on a held-back set). It runs only when the rules find
// nothing, and raises an alarm only when it is very sure (netThreshold), so
// that it catches what the rules miss at a small, measured cost in false
// alarms (README, "Emergencies (measured)").
//
// A model of the same kind for each kind of emergency tells which one a
// message the net catches describes, so that it gets that kind's reply (a
// self-harm disclosure the crisis lines, a child who drank a product poison
// control); when none is sure, the kind the rules' weak signs point to, or
// the general medical reply.
//
// The weights live in triage_net.txt, written by
//
//	go test ./bot -run TestNet_Reproduces -update-net
//
// from the sets; TestNet_Reproduces fails when the file is not what
// training on today's sets gives, so the model is always the data's. The
// same command writes triage_net.bin, the binary loads: the text's models
// as the open-addressing tables netModel looks weights up in, so that
// starting the program parses nothing. TestNet_BinaryIsTheText fails when
// the two differ.

//go:embed triage_net.bin
var netBin []byte

// netThreshold is how sure the net must be to raise an alarm: chosen for
// its false alarms by leave-one-set-out runs over the tuned sets
// (TestNet_LeaveOneSetOut with EXOBOT_NET_CV_AT). It was 0.97 until the
// nineteenth session; with twenty-five triage sets learnt and emergencies
// weighted 5, those runs found the net alone catching 4150, 4224, 4269,
// 4288 and 4324 of 4494 left-out emergencies at 0.97, 0.95, 0.92, 0.9 and
// 0.85, for 8, 11, 13, 15 and 20 false alarms of 11,706 other messages.
// 0.9 takes most of the gain for 7 more false alarms in 11,706 (an urgent
// reply to a look-alike costs a moment; a missed emergency does not
// compare). The held-back quarters, seen as totals at 0.97 to 0.7, went
// from 914 to 928 of 941 emergencies caught with the same 23 of 812 false
// alarms and no evaluation reply changed.
const netThreshold = 0.9

// netModel is one logistic regression over hashed features, its weights
// in an open-addressing table of a power-of-two size, at most half full,
// read in place from triage_net.bin: each slot (slotBytes) is a
// little-endian uint64 feature hash (0 is an empty slot; a feature hashing
// to 0 is stored as 1) and then its weight as little-endian float32 bits.
// A hash and its weight side by side are one read of memory, not two:
// the tables are megabytes, and a message's features fall anywhere in
// them.
type netModel struct {
	bias  float64
	slots []byte
	mask  uint64 // slots - 1
}

// slotBytes is the size of a slot of a netModel's table: a hash and a
// weight.
const slotBytes = 8 + 4

// weight returns the weight of the feature with hash h (0 if none).
func (m *netModel) weight(h uint64) float32 {
	h = max(h, 1)
	for i := h & m.mask; ; i = (i + 1) & m.mask {
		s := m.slots[slotBytes*i:]
		switch binary.LittleEndian.Uint64(s) {
		case h:
			return math.Float32frombits(binary.LittleEndian.Uint32(s[8:]))
		case 0:
			return 0
		}
	}
}

// netKinds are the kinds of emergency the net's kind models tell apart,
// self-harm first: its reply (the crisis lines) is the one that must not
// be missed.
var netKinds = []Urgency{UrgencySelfHarm, UrgencyPoisoning, UrgencyAirway, UrgencyHeartBrain, UrgencyInjection, UrgencyInfection}

// netModels are the net's models: whether a message is an emergency, and
// of each of netKinds.
type netModels struct {
	urgent *netModel
	kind   map[Urgency]*netModel
}

// nets reads triage_net.bin at the net's first use, so that a file that
// no longer fits netKinds (a kind renamed or added) stops the first screen
// but not the package: -update-net can still rewrite it.
var nets = sync.OnceValue(func() netModels {
	ms, err := decodeNet(netBin)
	if err != nil {
		panic("triage_net.bin: " + err.Error() + ": run go test ./bot -run TestNet_Reproduces -update-net")
	}
	return ms
})

// netMagic begins triage_net.bin. Then come the models, each as its name
// ("urgent", or "kind:" and an Urgency; a byte of length, then the name),
// its bias (float64 bits), the base-2 logarithm of its table's size (a
// byte), and its table: each slot's hash, then its weight (see netModel),
// all little-endian.
const netMagic = "exobot net 2\n"

// decodeNet reads the models of a triage_net.bin, in place: the models'
// tables are slices of b.
func decodeNet(b []byte) (netModels, error) {
	ms := netModels{kind: map[Urgency]*netModel{}}
	named, err := decodeModels(b, netMagic)
	if err != nil {
		return ms, err
	}
	for name, m := range named {
		if name == "urgent" {
			ms.urgent = m
		} else if k, ok := strings.CutPrefix(name, "kind:"); ok && slices.Contains(netKinds, Urgency(k)) {
			ms.kind[Urgency(k)] = m
		} else {
			return ms, errors.New("unknown model " + name)
		}
	}
	if ms.urgent == nil || len(ms.kind) != len(netKinds) {
		return ms, errors.New("a model is missing")
	}
	return ms, nil
}

// decodeModels reads the named models of a file that begins with magic
// (the layout netMagic describes), in place: the models' tables are
// slices of b.
func decodeModels(b []byte, magic string) (map[string]*netModel, error) {
	ms := map[string]*netModel{}
	rest, ok := bytes.CutPrefix(b, []byte(magic))
	if !ok {
		return nil, errors.New("not a net")
	}
	for len(rest) > 0 {
		n := int(rest[0])
		if len(rest) < 1+n+8+1 {
			return nil, errors.New("cut short")
		}
		name := string(rest[1 : 1+n])
		rest = rest[1+n:]
		m := &netModel{bias: math.Float64frombits(binary.LittleEndian.Uint64(rest))}
		slots := 1 << min(rest[8], 62)
		rest = rest[9:]
		if slots > len(rest)/slotBytes {
			return nil, errors.New("model " + name + " cut short")
		}
		m.slots, m.mask = rest[:slotBytes*slots], uint64(slots-1)
		rest = rest[slotBytes*slots:]
		ms[name] = m
	}
	return ms, nil
}

// prob is the model's probability that text is of its class.
func (m *netModel) prob(text string) float64 {
	var buf [128]uint64
	return m.probOf(appendNetFeatures(buf[:0], text))
}

// probOf is prob for the features hs of a text (appendNetFeatures), which
// it adds in their order.
func (m *netModel) probOf(hs []uint64) float64 {
	z := m.bias
	for _, h := range hs {
		z += float64(m.weight(h))
	}
	return 1 / (1 + math.Exp(-z))
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// netHash is the hash of a feature as netFeatures computes it: FNV-1a over
// its bytes.
func netHash(f string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(f); i++ {
		h = (h ^ uint64(f[i])) * fnvPrime
	}
	return h
}

// netWordBytes bounds a word: longer ones are cut (no real word is).
const netWordBytes = 32

// netFeatures calls fn with the hash (netHash) of each distinct feature of
// text, in increasing order of the hashes: its lower-case words,
// apostrophes dropped, and each pair of adjacent words joined by "_".
func netFeatures(text string, fn func(h uint64)) {
	var buf [128]uint64
	for _, h := range appendNetFeatures(buf[:0], text) {
		fn(h)
	}
}

// appendNetFeatures appends to dst the hashes netFeatures calls fn with, in
// the same order, sorted and each once, so that several models can weigh
// the same text from one reading of it (probOf).
func appendNetFeatures(dst []uint64, text string) []uint64 {
	return appendFeaturesFrom(dst, len(dst), text, "")
}

// appendFeaturesFrom appends the hashes of text's features spelt with
// prefix before them ("F:" for the answer net's focus features), and
// returns dst with everything from start on sorted and made unique. A word
// is hashed as it is read, alone and after the word before it, and ASCII
// is read a byte at a time.
func appendFeaturesFrom(dst []uint64, start int, text, prefix string) []uint64 {
	seed := uint64(fnvOffset)
	for i := 0; i < len(prefix); i++ {
		seed = (seed ^ uint64(prefix[i])) * fnvPrime
	}
	var (
		hw    uint64 = seed // the word so far
		hpair uint64        // the previous word, "_" and the word so far
		cl    int           // the word's bytes so far
		pl    int           // the previous word's bytes (0: none)
		full  bool          // the word is cut: the rest of it is skipped
	)
	flush := func() {
		full = false
		if cl == 0 {
			return
		}
		dst = append(dst, hw)
		if pl > 0 {
			dst = append(dst, hpair)
		}
		hpair = (hw ^ '_') * fnvPrime
		hw, pl, cl = seed, cl, 0
	}
	var enc [utf8.UTFMax]byte
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case c == '\'':
			case 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || 'A' <= c && c <= 'Z':
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				if cl+1 > netWordBytes {
					full = true
				}
				if !full {
					hw = (hw ^ uint64(c)) * fnvPrime
					hpair = (hpair ^ uint64(c)) * fnvPrime
					cl++
				}
			default:
				flush()
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		switch {
		case r == '’' || r == '‘':
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			r = unicode.ToLower(r)
			n := utf8.EncodeRune(enc[:], r)
			if cl+n > netWordBytes {
				full = true
			}
			if !full {
				for _, b := range enc[:n] {
					hw = (hw ^ uint64(b)) * fnvPrime
					hpair = (hpair ^ uint64(b)) * fnvPrime
				}
				cl += n
			}
		default:
			flush()
		}
	}
	flush()
	hs := dst[start:]
	sortHashes(hs)
	return append(dst[:start], slices.Compact(hs)...)
}

// sortHashes sorts feature hashes in increasing order, as slices.Sort
// does. A long message has a few hundred features, and a comparison sort
// of hashes is slow for its size: every comparison is a coin toss to the
// CPU's branch predictor. The hashes are spread evenly over the uint64s
// (FNV-1a ends with a multiplication), so they are dealt into 256 runs by
// their top byte, in order, and each run, a few hashes at most, is then
// finished by insertion.
func sortHashes(hs []uint64) {
	if len(hs) <= 32 {
		slices.Sort(hs) // a short message: dealing would cost more
		return
	}
	var arr [512]uint64
	dealt := arr[:]
	if len(hs) > len(arr) {
		dealt = make([]uint64, len(hs))
	}
	dealt = dealt[:len(hs)]
	var at [257]int32 // at[b]: where the run of top byte b starts
	for _, h := range hs {
		at[h>>56+1]++
	}
	for b := 1; b < len(at); b++ {
		at[b] += at[b-1]
	}
	for _, h := range hs {
		dealt[at[h>>56]] = h
		at[h>>56]++
	}
	for i := 1; i < len(dealt); i++ {
		h, j := dealt[i], i
		for ; j > 0 && dealt[j-1] > h; j-- {
			dealt[j] = dealt[j-1]
		}
		dealt[j] = h
	}
	copy(hs, dealt)
}

// netReading is the features (appendNetFeatures) of a text the safety
// net read, kept for the answer net: the engine screens a question, then
// answers the same text, and reads its features once for both nets. A
// reading lives on its reader's stack; features that outgrow buf are not
// kept.
type netReading struct {
	text string // the text read
	n    int    // its features, buf[:n]; -1 when they did not fit
	buf  [256]uint64
}

// read returns text's features, kept in r when they fit.
func (r *netReading) read(text string) []uint64 {
	hs := appendNetFeatures(r.buf[:0], text)
	r.text, r.n = text, len(hs)
	if len(hs) > len(r.buf) {
		r.n = -1 // appended beyond buf, which holds only part of them
	}
	return hs
}

// features returns text's features: those r kept, when r read text, or
// else appended to buf.
func (r *netReading) features(text string, buf []uint64) []uint64 {
	if r != nil && r.n >= 0 && r.text == text {
		return r.buf[:r.n]
	}
	return appendNetFeatures(buf, text)
}

// netScreen is the net's verdict on a message the rules found nothing in:
// UrgencyNone unless the net is sure. The kind is self-harm when its model
// says so at all, else the most likely kind when a kind model is fairly
// sure, else the kind the rules' weak signs point to (hint), else the
// general medical kind. The features it reads are kept in nr, when not
// nil.
func netScreen(text string, hint Screening, nr *netReading) Screening {
	ms := nets()
	var own netReading
	if nr == nil {
		nr = &own
	}
	hs := nr.read(text)
	if ms.urgent.probOf(hs) < netThreshold {
		return Screening{}
	}
	if ms.kind[UrgencySelfHarm].probOf(hs) >= 0.5 {
		return Screening{Urgency: UrgencySelfHarm, Relayed: hint.Relayed}
	}
	best, p := UrgencyNone, 0.6
	for _, k := range netKinds[1:] {
		if q := ms.kind[k].probOf(hs); q > p {
			best, p = k, q
		}
	}
	if best != UrgencyNone {
		return Screening{Urgency: best, Relayed: hint.Relayed}
	}
	if hint.Urgent() {
		return hint
	}
	return Screening{Urgency: UrgencyMedical}
}
