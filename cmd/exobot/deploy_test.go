package main

// Tests of the deployment recipes (Dockerfile, deploy/): they parse, they
// name only variables exobot reads, with values it accepts, and they keep
// the promises the README makes — a static binary that runs in an empty
// root, non-root and read-only, probes on /healthz and /readyz, a grace
// period longer than the drain. Docker itself cannot run here; what can be
// checked without it is.

import (
	"bufio"
	"bytes"
	"debug/elf"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"gopkg.in/yaml.v3"
)

// runtimeVariables are read by the Go runtime, not by exobot's code; a
// recipe may set them.
var runtimeVariables = []string{"GOMEMLIMIT", "GOMAXPROCS", "GOGC", "GODEBUG", "TZ"}

// checkVariable fails t unless name is a variable exobot or the Go runtime
// reads.
func checkVariable(t *testing.T, where, name string) {
	t.Helper()
	if !knownVariable(name) && !slices.Contains(runtimeVariables, name) {
		t.Errorf("%s sets %s, which exobot does not read", where, name)
	}
}

// yamlDocs decodes every document of a YAML file.
func yamlDocs(t *testing.T, path string) []map[string]any {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	dec := yaml.NewDecoder(bytes.NewReader(b))
	var docs []map[string]any
	for {
		var d map[string]any
		err := dec.Decode(&d)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("%s does not parse: %v", path, err)
		}
		if d != nil {
			docs = append(docs, d)
		}
	}
	return docs
}

// dig walks nested maps and lists: keys are map keys, numbers list indexes.
func dig(v any, path ...any) any {
	for _, p := range path {
		switch k := p.(type) {
		case string:
			m, ok := v.(map[string]any)
			if !ok {
				return nil
			}
			v = m[k]
		case int:
			l, ok := v.([]any)
			if !ok || k >= len(l) {
				return nil
			}
			v = l[k]
		}
	}
	return v
}

// drainDefault is how long a default shutdown may last: a grace period
// must be longer.
var drainDefault = (&server{cfg: serveConfig{ShutdownTimeout: 20 * time.Second, ReplyTimeout: 30 * time.Second}}).drainTimeout()

// TestDeploy_KubernetesManifests: the Deployment, its Service and the
// StatefulSet of Discord shards parse, name only variables exobot reads,
// with values its configuration accepts, and keep the recipe's promises.
func TestDeploy_KubernetesManifests(t *testing.T) {
	t.Parallel()
	paths, _ := filepath.Glob("../../deploy/kubernetes/*.yaml")
	if len(paths) == 0 {
		t.Fatal("no manifests in deploy/kubernetes")
	}
	kinds := map[string]int{}
	for _, path := range paths {
		for _, d := range yamlDocs(t, path) {
			kind, _ := d["kind"].(string)
			name, _ := dig(d, "metadata", "name").(string)
			where := fmt.Sprintf("%s: %s %s", filepath.Base(path), kind, name)
			if d["apiVersion"] == nil || kind == "" || name == "" {
				t.Errorf("%s: a document without apiVersion, kind or name", where)
				continue
			}
			kinds[kind]++
			switch kind {
			case "Deployment", "StatefulSet":
				checkWorkload(t, where, d)
			case "Service":
				if dig(d, "spec", "selector") == nil || dig(d, "spec", "ports", 0) == nil {
					t.Errorf("%s: no selector or ports", where)
				}
			}
		}
	}
	for _, k := range []string{"Deployment", "Service", "StatefulSet"} {
		if kinds[k] == 0 {
			t.Errorf("no %s among the manifests", k)
		}
	}
}

// checkWorkload checks a Deployment's or StatefulSet's pod template.
func checkWorkload(t *testing.T, where string, d map[string]any) {
	t.Helper()
	pod := dig(d, "spec", "template", "spec")
	if g, _ := dig(pod, "terminationGracePeriodSeconds").(int); time.Duration(g)*time.Second <= drainDefault {
		t.Errorf("%s: terminationGracePeriodSeconds %d, want more than the drain's %v", where, g, drainDefault)
	}
	if dig(pod, "securityContext", "runAsNonRoot") != true {
		t.Errorf("%s: not runAsNonRoot", where)
	}
	c := dig(pod, "containers", 0)
	if c == nil {
		t.Fatalf("%s: no container", where)
	}
	if dig(c, "securityContext", "readOnlyRootFilesystem") != true || dig(c, "securityContext", "allowPrivilegeEscalation") != false {
		t.Errorf("%s: the root filesystem is writable or privilege escalation allowed", where)
	}
	if dig(c, "livenessProbe", "httpGet", "path") != "/healthz" || dig(c, "readinessProbe", "httpGet", "path") != "/readyz" {
		t.Errorf("%s: liveness must probe /healthz and readiness /readyz", where)
	}
	for _, r := range []string{"requests", "limits"} {
		if dig(c, "resources", r, "memory") == nil {
			t.Errorf("%s: no memory %s", where, r)
		}
	}
	// Every variable is one exobot reads, and the values given, with a
	// token for what the Secret holds, make a configuration serve accepts.
	env := map[string]string{}
	envList, _ := dig(c, "env").([]any)
	for _, e := range envList {
		name, _ := dig(e, "name").(string)
		checkVariable(t, where, name)
		if v, ok := dig(e, "value").(string); ok {
			env[name] = v
		} else if fp, _ := dig(e, "valueFrom", "fieldRef", "fieldPath").(string); fp != "" {
			env[name] = "0" // the pod's ordinal, for the shard id
			if name == "DISCORD_SHARD_ID" && fp != "metadata.labels['apps.kubernetes.io/pod-index']" {
				t.Errorf("%s: DISCORD_SHARD_ID from %q, want the pod's ordinal (metadata.labels['apps.kubernetes.io/pod-index'])", where, fp)
			}
		}
	}
	if dig(d, "kind") == "StatefulSet" {
		replicas, _ := dig(d, "spec", "replicas").(int)
		if env["DISCORD_SHARD_COUNT"] != strconv.Itoa(replicas) {
			t.Errorf("%s: DISCORD_SHARD_COUNT %q for %d replicas, want them equal", where, env["DISCORD_SHARD_COUNT"], replicas)
		}
		env["DISCORD_BOT_TOKEN"] = testDiscordToken
	} else {
		env["SLACK_BOT_TOKEN"], env["SLACK_SIGNING_SECRET"] = testSlackBot, testSlackSigning
	}
	if _, err := loadServeConfig(mapEnv(env)); err != nil {
		t.Errorf("%s: its environment is not a valid configuration: %v", where, err)
	}
}

// TestDeploy_ComposeFiles: every compose file under deploy/ (exobot alone,
// and any variant) parses, names only variables exobot reads, and runs
// exobot non-root on a read-only root filesystem with a grace period longer
// than the drain.
func TestDeploy_ComposeFiles(t *testing.T) {
	t.Parallel()
	paths, _ := filepath.Glob("../../deploy/compose*.yaml")
	if len(paths) == 0 {
		t.Fatal("no compose file in deploy/")
	}
	for _, path := range paths {
		for _, d := range yamlDocs(t, path) {
			svc := dig(d, "services", "exobot")
			if svc == nil {
				continue // a variant may add other services only
			}
			where := filepath.Base(path) + ": services.exobot"
			env, _ := dig(svc, "environment").(map[string]any)
			for name := range env {
				checkVariable(t, where, name)
			}
			if filepath.Base(path) != "compose.yaml" {
				continue // an override file sets what it changes
			}
			if dig(svc, "read_only") != true || dig(svc, "user") == nil || dig(svc, "user") == "root" || dig(svc, "user") == "0" {
				t.Errorf("%s: want read_only and a non-root user", where)
			}
			if caps, _ := dig(svc, "cap_drop").([]any); !slices.Contains(caps, any("ALL")) {
				t.Errorf("%s: capabilities not dropped", where)
			}
			grace, err := time.ParseDuration(fmt.Sprint(dig(svc, "stop_grace_period")))
			if err != nil || grace <= drainDefault {
				t.Errorf("%s: stop_grace_period %v, want more than the drain's %v", where, dig(svc, "stop_grace_period"), drainDefault)
			}
			strEnv := map[string]string{"SLACK_BOT_TOKEN": testSlackBot, "SLACK_SIGNING_SECRET": testSlackSigning}
			for k, v := range env {
				strEnv[k] = fmt.Sprint(v)
			}
			if _, err := loadServeConfig(mapEnv(strEnv)); err != nil {
				t.Errorf("%s: its environment is not a valid configuration: %v", where, err)
			}
		}
	}
}

// TestDeploy_Dockerfile: a multi-stage build of a static binary onto a
// minimal base, run as a non-root user, naming only variables exobot
// reads; .dockerignore keeps .env and .git out of the image.
func TestDeploy_Dockerfile(t *testing.T) {
	t.Parallel()
	b, err := os.ReadFile("../../Dockerfile")
	if err != nil {
		t.Fatal(err)
	}
	// Join continued lines, drop comments.
	text := regexp.MustCompile(`\\\n\s*`).ReplaceAllString(string(b), " ")
	var froms, users []string
	var build string
	for line := range strings.Lines(text) {
		line = strings.TrimSpace(line)
		instr, rest, _ := strings.Cut(line, " ")
		switch strings.ToUpper(instr) {
		case "FROM":
			froms = append(froms, rest)
		case "USER":
			users = append(users, rest)
		case "RUN":
			if strings.Contains(rest, "go build") {
				build = rest
			}
		case "ENV":
			for _, kv := range strings.Fields(rest) {
				name, _, _ := strings.Cut(kv, "=")
				checkVariable(t, "Dockerfile ENV", name)
			}
		}
	}
	if len(froms) < 2 {
		t.Errorf("%d stages, want a multi-stage build", len(froms))
	} else if last := froms[len(froms)-1]; !strings.Contains(last, "distroless/static") && last != "scratch" {
		t.Errorf("final stage FROM %s, want a minimal base (distroless/static or scratch)", last)
	}
	if !strings.Contains(build, "CGO_ENABLED=0") || !strings.Contains(build, "./cmd/exobot") {
		t.Errorf("build step %q, want CGO_ENABLED=0 go build … ./cmd/exobot", build)
	}
	if len(users) == 0 || slices.ContainsFunc(users, func(u string) bool { return u == "root" || strings.HasPrefix(u, "0") }) {
		t.Errorf("USER %v, want a non-root user", users)
	}
	ignore, err := os.ReadFile("../../.dockerignore")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{".env", ".git", "exobot-data"} {
		if !regexp.MustCompile(`(?m)^` + regexp.QuoteMeta(want) + `$`).Match(ignore) {
			t.Errorf(".dockerignore does not exclude %s", want)
		}
	}
}

// lookPath finds a system tool on PATH or, when PATH holds only the Go
// toolchain (as when the README's test command is run so), where systems
// keep it.
func lookPath(name string) (string, error) {
	if p, err := exec.LookPath(name); err == nil {
		return p, nil
	}
	for _, dir := range []string{"/usr/sbin", "/usr/bin", "/sbin", "/bin"} {
		p := filepath.Join(dir, name)
		if fi, err := os.Stat(p); err == nil && fi.Mode()&0o111 != 0 {
			return p, nil
		}
	}
	return "", fmt.Errorf("%s: not found", name)
}

// buildStatic builds exobot as the Dockerfile does: static, trimmed, the
// version and revision set at link time.
func buildStatic(t *testing.T, out string) {
	t.Helper()
	cmd := exec.Command("go", "build", "-trimpath", "-buildvcs=false",
		"-ldflags", "-s -w -X main.version=v0.0.0-test -X main.revision=0123abc", "-o", out, ".")
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, b)
	}
}

// TestDeploy_StaticBinaryRunsInAnEmptyRoot builds the binary as the
// Dockerfile does, checks that it is static (no interpreter, no shared
// library), and runs it in a root directory that holds nothing else, with
// an empty environment — what a distroless or scratch image gives it.
func TestDeploy_StaticBinaryRunsInAnEmptyRoot(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: builds the static binary (about a minute on two cores)")
	}
	t.Parallel()
	root := t.TempDir()
	bin := filepath.Join(root, "exobot")
	buildStatic(t, bin)

	f, err := elf.Open(bin)
	if err != nil {
		t.Fatal(err)
	}
	libs, _ := f.ImportedLibraries()
	for _, p := range f.Progs {
		if p.Type == elf.PT_INTERP {
			t.Error("the binary asks for a dynamic loader (PT_INTERP): not static")
		}
	}
	f.Close()
	if len(libs) > 0 {
		t.Errorf("the binary needs shared libraries %v: not static", libs)
	}

	chroot, err := lookPath("chroot")
	if err != nil {
		t.Skip("no chroot on this machine: cannot run the binary in an empty root")
	}
	inRoot := func(args ...string) (string, error) {
		var cmd *exec.Cmd
		if os.Geteuid() == 0 {
			cmd = exec.Command(chroot, append([]string{root, "/exobot"}, args...)...)
		} else {
			unshare, err := lookPath("unshare")
			if err != nil {
				t.Skip("not root and no unshare: cannot chroot")
			}
			cmd = exec.Command(unshare, append([]string{"--user", "--map-root-user", chroot, root, "/exobot"}, args...)...)
		}
		cmd.Env = []string{} // nothing: no PATH, no HOME
		out, err := cmd.CombinedOutput()
		return string(out), err
	}
	out, err := inRoot("version")
	if err != nil && (strings.Contains(out, "Operation not permitted") || strings.Contains(out, "cannot")) {
		t.Skipf("cannot enter an empty root here (%v: %s)", err, strings.TrimSpace(out))
	}
	if err != nil || !strings.HasPrefix(out, "exobot version v0.0.0-test, revision 0123abc, go") {
		t.Fatalf("exobot version in an empty root: %v\n%s", err, out)
	}
	out, err = inRoot("ask", "--json", "are exosomes fda approved?")
	if err != nil || !strings.Contains(out, `"status":"answered"`) {
		t.Errorf("exobot ask in an empty root: %v\n%.300s", err, out)
	}
	// serve with a mistake says so and exits 2, with no shell or files.
	out, err = inRoot("serve")
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != 2 || !strings.Contains(out, "no platform is configured") {
		t.Errorf("exobot serve with nothing configured in an empty root: %v\n%s", err, out)
	}
}

// TestDeploy_SystemdUnit: the unit names only variables exobot reads, keeps
// its sandboxing, does not restart on a configuration mistake (exit 2),
// waits longer than the drain, and passes systemd-analyze verify when the
// tool is here.
func TestDeploy_SystemdUnit(t *testing.T) {
	t.Parallel()
	path := "../../deploy/systemd/exobot.service"
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	settings := map[string][]string{}
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") || strings.HasPrefix(line, "[") {
			continue
		}
		k, v, ok := strings.Cut(line, "=")
		if !ok {
			t.Errorf("unit line %q is not Key=Value", line)
			continue
		}
		settings[k] = append(settings[k], v)
	}
	for _, env := range settings["Environment"] {
		for _, kv := range strings.Fields(env) {
			name, _, _ := strings.Cut(kv, "=")
			checkVariable(t, "exobot.service Environment", name)
		}
	}
	for k, want := range map[string]string{
		"NoNewPrivileges": "yes", "ProtectSystem": "strict", "ProtectHome": "yes", "PrivateTmp": "yes", "PrivateDevices": "yes",
		"DynamicUser": "yes", "CapabilityBoundingSet": "", "RestrictAddressFamilies": "AF_INET AF_INET6 AF_UNIX",
		"MemoryDenyWriteExecute": "yes", "RestartPreventExitStatus": "2", "ExecStart": "/usr/local/bin/exobot serve",
	} {
		if !slices.Contains(settings[k], want) {
			t.Errorf("%s=%v, want %q", k, settings[k], want)
		}
	}
	if stop, err := time.ParseDuration(strings.Join(settings["TimeoutStopSec"], "")); err != nil || stop <= drainDefault {
		t.Errorf("TimeoutStopSec=%v, want more than the drain's %v", settings["TimeoutStopSec"], drainDefault)
	}

	analyze, err := lookPath("systemd-analyze")
	if err != nil {
		t.Skip("systemd-analyze is not installed: the unit was checked, not verified")
	}
	// verify wants ExecStart's program to exist: point it at an executable
	// that does (this test's binary), and change nothing else.
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	unit := filepath.Join(t.TempDir(), "exobot.service")
	os.WriteFile(unit, bytes.ReplaceAll(b, []byte("ExecStart=/usr/local/bin/exobot"), []byte("ExecStart="+self)), 0o644)
	out, err := exec.Command(analyze, "verify", unit).CombinedOutput()
	if err != nil || len(bytes.TrimSpace(out)) > 0 {
		t.Errorf("systemd-analyze verify: %v\n%s", err, out)
	}
}
