package jsonl

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRead_SkipsBlankLinesAndNamesTheLineThatDoesNotParse(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.jsonl")
	os.WriteFile(good, []byte("{\"q\":\"a\"}\n\n  \n{\"q\":\"b\"}\n"), 0o644)
	type c struct{ Q string }
	got, err := Read[c](good)
	if err != nil || len(got) != 2 || got[0].Q != "a" || got[1].Q != "b" {
		t.Fatalf("Read = %v, %v; want a, b", got, err)
	}
	bad := filepath.Join(dir, "bad.jsonl")
	os.WriteFile(bad, []byte("{\"q\":\"a\"}\n{\"q\":\n"), 0o644)
	if _, err := Read[c](bad); err == nil || !strings.Contains(err.Error(), "bad.jsonl:2:") {
		t.Fatalf("Read of a broken line: %v, want an error naming bad.jsonl:2", err)
	}
	if _, err := Read[c](filepath.Join(dir, "missing.jsonl")); err == nil {
		t.Fatal("Read of a missing file: no error")
	}
}
