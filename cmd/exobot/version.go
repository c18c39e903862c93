package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

// version and revision may be set at link time, for builds without the
// module's version or the VCS stamp (a Docker build from a source tree
// without .git, or GOFLAGS=-buildvcs=false):
//
//	go build -ldflags "-X main.version=v1.2.0 -X main.revision=$(git rev-parse HEAD)" ./cmd/exobot
var version, revision string

// buildInfo says which exobot this is.
type buildInfo struct {
	// Version is the module version ("v1.2.0", or "(devel)" for a build
	// from a checkout), or what -X main.version set.
	Version string
	// Revision is the VCS revision the binary was built from, with
	// "+modified" when the tree had uncommitted changes, or "unknown".
	Revision string
	// GoVersion is the Go toolchain that built it ("go1.26.8").
	GoVersion string
}

// readBuildInfo reads the build information stamped into the binary. Any
// part it cannot learn is "unknown": a missing stamp is never an error.
func readBuildInfo() buildInfo {
	b := buildInfo{Version: "unknown", Revision: "unknown", GoVersion: runtime.Version()}
	if info, ok := debug.ReadBuildInfo(); ok {
		if v := info.Main.Version; v != "" {
			b.Version = v
		}
		if info.GoVersion != "" {
			b.GoVersion = info.GoVersion
		}
		var rev string
		var modified bool
		for _, s := range info.Settings {
			switch s.Key {
			case "vcs.revision":
				rev = s.Value
			case "vcs.modified":
				modified = s.Value == "true"
			}
		}
		if rev != "" {
			b.Revision = rev
			if modified {
				b.Revision += "+modified"
			}
		}
	}
	if version != "" {
		b.Version = version
	}
	if revision != "" {
		b.Revision = revision
	}
	return b
}

// String is the line "exobot version" prints.
func (b buildInfo) String() string {
	return fmt.Sprintf("exobot version %s, revision %s, %s %s/%s", b.Version, b.Revision, b.GoVersion, runtime.GOOS, runtime.GOARCH)
}
