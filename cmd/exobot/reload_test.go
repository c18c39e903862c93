package main

import (
	"context"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"exobot/bot"
)

// copyCorpus copies ./corpus's files (article, lexicon, data) to a new
// directory and returns it.
func copyCorpus(t *testing.T) string {
	t.Helper()
	dst := t.TempDir()
	src := filepath.Join("..", "..", "corpus")
	for _, pattern := range []string{"*.txt", "*.yaml", "data/*.yaml"} {
		files, err := filepath.Glob(filepath.Join(src, pattern))
		if err != nil || len(files) == 0 {
			t.Fatalf("no corpus files match %s: %v", pattern, err)
		}
		for _, f := range files {
			rel, _ := filepath.Rel(src, f)
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			os.MkdirAll(filepath.Dir(filepath.Join(dst, rel)), 0o755)
			if err := os.WriteFile(filepath.Join(dst, rel), b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	return dst
}

// removeEntry deletes the entry with id from the YAML files in dir.
func removeEntry(t *testing.T, dir, id string) {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(dir, "data", "*.yaml"))
	for _, f := range files {
		b, _ := os.ReadFile(f)
		s := string(b)
		start := strings.Index(s, "- id: "+id+"\n")
		if start < 0 {
			continue
		}
		end := strings.Index(s[start+1:], "\n- id: ")
		if end < 0 {
			s = s[:start]
		} else {
			s = s[:start] + s[start+1+end+1:]
		}
		if err := os.WriteFile(f, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	t.Fatalf("entry %s not found", id)
}

func askEntry(a bot.Answerer, id string) bot.Status {
	return a.Answer(context.Background(), bot.Question{EntryID: id}).Status
}

func TestLiveCorpus_AGoodEditIsSwappedIn(t *testing.T) {
	dir := copyCorpus(t)
	eng, live, closeEngine, err := newServeEngine(storeConfig{CorpusDir: dir}, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	defer closeEngine()
	var results []string
	live.onResult = func(r string) { results = append(results, r) }
	if st := askEntry(eng, "are-exosomes-fda-approved"); st != bot.StatusAnswered {
		t.Fatalf("before the edit: %s", st)
	}
	removeEntry(t, dir, "are-exosomes-fda-approved")
	if !live.reload("test") {
		t.Fatal("a valid edit was rejected")
	}
	if st := askEntry(eng, "are-exosomes-fda-approved"); st == bot.StatusAnswered {
		t.Error("the removed entry is still answered after the reload")
	}
	if len(results) != 1 || results[0] != "ok" {
		t.Errorf("results = %v", results)
	}
}

func TestLiveCorpus_ABrokenEditKeepsTheOldCorpusAndLogsEveryProblem(t *testing.T) {
	dir := copyCorpus(t)
	logs := &syncBuffer{}
	eng, live, closeEngine, err := newServeEngine(storeConfig{CorpusDir: dir}, newLogger(logs, 0, "text"))
	if err != nil {
		t.Fatal(err)
	}
	defer closeEngine()
	var results []string
	live.onResult = func(r string) { results = append(results, r) }
	f := filepath.Join(dir, "data", "2-science.yaml")
	b, _ := os.ReadFile(f)
	broken := strings.Replace(string(b), "- id: are-exosomes-fda-approved\n", "- id: are-exosomes-fda-approved\n  colour: blue\n", 1)
	broken += "\n- id: Not-An-Id\n  question: x\n"
	os.WriteFile(f, []byte(broken), 0o644)
	if live.reload("test") {
		t.Fatal("a broken edit was swapped in")
	}
	if st := askEntry(eng, "are-exosomes-fda-approved"); st != bot.StatusAnswered {
		t.Errorf("the old corpus stopped serving: %s", st)
	}
	out := logs.String()
	if n := strings.Count(out, "corpus reload rejected"); n < 2 {
		t.Errorf("%d problems logged, want every one (at least 2):\n%s", n, out)
	}
	if !strings.Contains(out, filepath.Join(dir, "data", "2-science.yaml")+":") {
		t.Errorf("problems not logged with file:line:\n%s", out)
	}
	if len(results) != 1 || results[0] != "invalid" {
		t.Errorf("results = %v", results)
	}
}

func TestLiveCorpus_AnswersGoOnDuringReloads(t *testing.T) {
	dir := copyCorpus(t)
	eng, live, closeEngine, err := newServeEngine(storeConfig{CorpusDir: dir}, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	defer closeEngine()
	stop := make(chan struct{})
	var wg sync.WaitGroup
	var answered, bad atomic.Int64
	for range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-stop:
					return
				default:
				}
				r := eng.Answer(context.Background(), bot.Question{Text: "are exosomes fda approved?"})
				if r.Status != bot.StatusAnswered {
					bad.Add(1)
				}
				answered.Add(1)
			}
		}()
	}
	for range 2 {
		if !live.reload("test") {
			t.Fatal("reload failed")
		}
	}
	close(stop)
	wg.Wait()
	if bad.Load() != 0 || answered.Load() == 0 {
		t.Errorf("%d of %d answers during reloads went wrong", bad.Load(), answered.Load())
	}
}

func TestServe_ReloadsTheCorpusDirectoryWhenAFileChanges(t *testing.T) {
	t.Parallel()
	dir := copyCorpus(t)
	df, signer := newDiscordFake(t)
	logs := newLogSink(true)
	s := startServe(t, merge(discordHTTPEnv(df.APIURL, signer), map[string]string{envCorpusDir: dir}), nil, logs)
	s.waitReady(t)
	time.Sleep(10 * time.Millisecond) // a new modification time
	removeEntry(t, dir, "are-exosomes-fda-approved")
	logs.wait(t, 1, msgIs("corpus reloaded"))
	samples, _ := scrape(t, s)
	if v, _ := metric(samples, "exobot_corpus_reloads_total", "result", "ok"); v != 1 {
		t.Errorf("exobot_corpus_reloads_total{result=ok} = %v, want 1", v)
	}
	if _, ok := metric(samples, "exobot_corpus_reloads_total", "result", "invalid"); !ok {
		t.Error("exobot_corpus_reloads_total{result=invalid} is missing")
	}
}

func TestServe_AnInvalidCorpusDirectoryStopsTheStart(t *testing.T) {
	t.Parallel()
	dir := copyCorpus(t)
	os.WriteFile(filepath.Join(dir, "data", "9-bad.yaml"), []byte("- id: x\n  question: y\n  bogus: 1\n"), 0o644)
	df, signer := newDiscordFake(t)
	code, _, stderr := runServeErr(t, merge(discordHTTPEnv(df.APIURL, signer), map[string]string{envCorpusDir: dir, "EXOBOT_HTTP_ADDR": "127.0.0.1:0"}))
	if code != 2 || !strings.Contains(stderr, filepath.Join(dir, "data", "9-bad.yaml")+":") {
		t.Errorf("exit %d, stderr:\n%s", code, stderr)
	}
}
