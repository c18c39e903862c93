package main

import (
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkStartToFirstAnswer runs the real binary: process start, corpus
// load and validation, index build, one answer, exit.
//
//	go test ./cmd/exobot -run '^$' -bench StartToFirstAnswer -benchtime 20x
func BenchmarkStartToFirstAnswer(b *testing.B) {
	bin := filepath.Join(b.TempDir(), "exobot")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		b.Fatalf("go build: %v\n%s", err, out)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		out, err := exec.Command(bin, "ask", "are exosomes fda approved?").Output()
		if err != nil || !strings.Contains(string(out), "FDA") {
			b.Fatalf("exobot ask: %v\n%s", err, out)
		}
	}
}
