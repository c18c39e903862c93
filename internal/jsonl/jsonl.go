// Package jsonl reads JSON Lines files: one JSON value per line, blank
// lines skipped. The evaluation, triage and training sets are kept this
// way, and the tests of several packages read them.
package jsonl

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"strings"
)

// maxLine is the longest line read: far above any set's message.
const maxLine = 1 << 20

// Read returns the values of file's lines, in order. An error names the
// file and the line that does not parse.
func Read[T any](file string) ([]T, error) {
	fh, err := os.Open(file)
	if err != nil {
		return nil, err
	}
	defer fh.Close()
	var out []T
	sc := bufio.NewScanner(fh)
	sc.Buffer(nil, maxLine)
	for n := 1; sc.Scan(); n++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var v T
		if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", file, n, err)
		}
		out = append(out, v)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	return out, nil
}
