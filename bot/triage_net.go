package bot

import (
	_ "embed"
	"math"
	"slices"
	"strconv"
	"strings"
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
// training on today's sets gives, so the model is always the data's. (A
// file that no longer loads — a model renamed or added — stops the package
// at start-up; write one of "model NAME 0" lines only, then retrain.)

//go:embed triage_net.txt
var netText string

// netThreshold is how sure the net must be to raise an alarm: chosen for
// its false alarms by leave-one-set-out runs of a prototype of the same
// model over the tuned sets (the prototype's held-back totals at 0.9, 0.97
// and 0.99 had been seen once, as totals).
const netThreshold = 0.97

// netModel is one logistic regression over hashed features, its weights
// in an open-addressing table (keys 0 are empty slots; a feature hashing to
// 0 is stored as 1).
type netModel struct {
	bias float64
	keys []uint64
	vals []float32
	n    int // weights stored
}

// weight returns the weight of the feature with hash h (0 if none).
func (m *netModel) weight(h uint64) float32 {
	h = max(h, 1)
	mask := uint64(len(m.keys) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		switch m.keys[i] {
		case h:
			return m.vals[i]
		case 0:
			return 0
		}
	}
}

// set stores the weight of the feature with hash h, growing the table to
// keep it at most half full.
func (m *netModel) set(h uint64, v float32) {
	if 2*(m.n+1) > len(m.keys) {
		old, oldVals := m.keys, m.vals
		m.keys, m.vals, m.n = make([]uint64, max(64, 2*len(old))), make([]float32, max(64, 2*len(old))), 0
		for i, k := range old {
			if k != 0 {
				m.set(k, oldVals[i])
			}
		}
	}
	h = max(h, 1)
	mask := uint64(len(m.keys) - 1)
	i := h & mask
	for m.keys[i] != 0 && m.keys[i] != h {
		i = (i + 1) & mask
	}
	if m.keys[i] == 0 {
		m.n++
	}
	m.keys[i], m.vals[i] = h, v
}

// netKinds are the kinds of emergency the net's kind models tell apart,
// self-harm first: its reply (the crisis lines) is the one that must not
// be missed.
var netKinds = []Urgency{UrgencySelfHarm, UrgencyPoisoning, UrgencyAirway, UrgencyHeartBrain, UrgencyInjection, UrgencyInfection}

var netUrgent, netKind = loadNet(netText)

// loadNet reads the models of triage_net.txt: "model NAME BIAS" lines open
// a model ("urgent", or "kind:" and an Urgency for each of netKinds); each
// other line is a feature and its weight, tab-separated.
func loadNet(text string) (urgent netModel, kind map[Urgency]*netModel) {
	kind = map[Urgency]*netModel{}
	var cur *netModel
	for rest := text; rest != ""; {
		var line string
		line, rest, _ = strings.Cut(rest, "\n")
		if line == "" || line[0] == '#' {
			continue
		}
		if m, ok := strings.CutPrefix(line, "model "); ok {
			name, bias, _ := strings.Cut(m, " ")
			b, err := strconv.ParseFloat(bias, 64)
			if err != nil {
				panic("triage_net.txt: " + line)
			}
			if name == "urgent" {
				cur = &urgent
			} else if k, ok := strings.CutPrefix(name, "kind:"); ok && urgencyRank[Urgency(k)] > 0 {
				cur = &netModel{}
				kind[Urgency(k)] = cur
			} else {
				panic("triage_net.txt: unknown model " + name)
			}
			// The table sized once, at most half full, for the model's
			// lines (up to the next model).
			n := strings.Count(rest[:modelEnd(rest)], "\n") + 1
			size := 64
			for size < 2*n {
				size *= 2
			}
			cur.bias, cur.keys, cur.vals = b, make([]uint64, size), make([]float32, size)
			continue
		}
		f, v, ok := strings.Cut(line, "\t")
		x, err := strconv.ParseFloat(v, 32)
		if !ok || err != nil || cur == nil {
			panic("triage_net.txt: " + line)
		}
		cur.set(netHash(f), float32(x))
	}
	if urgent.keys == nil || len(kind) != len(netKinds) {
		panic("triage_net.txt: a model is missing")
	}
	return urgent, kind
}

// modelEnd returns where the next "model" line of rest begins, or its
// length.
func modelEnd(rest string) int {
	if i := strings.Index(rest, "\nmodel "); i >= 0 {
		return i
	}
	return len(rest)
}

// prob is the model's probability that text is of its class.
func (m *netModel) prob(text string) float64 {
	z := m.bias
	netFeatures(text, func(h uint64) { z += float64(m.weight(h)) })
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
// text, in no particular order: its lower-case words, apostrophes dropped,
// and each pair of adjacent words joined by "_". It allocates only for a
// text of more than 128 features.
func netFeatures(text string, fn func(h uint64)) {
	var buf [128]uint64
	hs := buf[:0]
	var cur, prev [netWordBytes]byte
	cl, pl := 0, 0
	full := false
	flush := func() {
		full = false
		if cl == 0 {
			return
		}
		hs = append(hs, hashBytes(fnvOffset, cur[:cl]))
		if pl > 0 {
			h := hashBytes(fnvOffset, prev[:pl])
			h = (h ^ '_') * fnvPrime
			hs = append(hs, hashBytes(h, cur[:cl]))
		}
		prev, pl, cl = cur, cl, 0
	}
	for _, r := range text {
		switch {
		case r == '\'' || r == '’' || r == '‘':
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			r = unicode.ToLower(r)
			if cl+utf8.RuneLen(r) > len(cur) {
				full = true // the rest of a long word is cut
			}
			if !full {
				cl += utf8.EncodeRune(cur[cl:], r)
			}
		default:
			flush()
		}
	}
	flush()
	slices.Sort(hs)
	for i, h := range hs {
		if i == 0 || h != hs[i-1] {
			fn(h)
		}
	}
}

func hashBytes(h uint64, b []byte) uint64 {
	for _, c := range b {
		h = (h ^ uint64(c)) * fnvPrime
	}
	return h
}

// netScreen is the net's verdict on a message the rules found nothing in:
// UrgencyNone unless the net is sure. The kind is self-harm when its model
// says so at all, else the most likely kind when a kind model is fairly
// sure, else the kind the rules' weak signs point to (hint), else the
// general medical kind.
func netScreen(text string, hint Screening) Screening {
	if netUrgent.prob(text) < netThreshold {
		return Screening{}
	}
	if netKind[UrgencySelfHarm].prob(text) >= 0.5 {
		return Screening{Urgency: UrgencySelfHarm, Relayed: hint.Relayed}
	}
	best, p := UrgencyNone, 0.6
	for _, k := range netKinds[1:] {
		if q := netKind[k].prob(text); q > p {
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
