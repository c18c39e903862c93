package discord

import (
	"context"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/bwmarrin/discordgo"
)

// discordgo logs its own events (a refused gateway connection, a missed
// heartbeat) through the package variable discordgo.Logger, or else the
// standard log package. Those lines are routed into the adapter's slog
// logger — at the matching level, with the token scrubbed — so that every
// log line exobot writes is structured and obeys EXOBOT_LOG_LEVEL. The
// package variable is set once; the logger it forwards to is swapped
// atomically, so adapters created in parallel tests do not race.
var (
	libLogger   atomic.Pointer[libLog]
	installOnce sync.Once
)

type libLog struct {
	log    *slog.Logger
	secret string
}

// routeLibraryLogs sends discordgo's logs to log, with secret removed.
func routeLibraryLogs(log *slog.Logger, secret string) {
	libLogger.Store(&libLog{log: log, secret: secret})
	installOnce.Do(func() { discordgo.Logger = forwardLibraryLog })
}

func forwardLibraryLog(msgL, _ int, format string, a ...any) {
	l := libLogger.Load()
	if l == nil {
		return
	}
	msg := fmt.Sprintf(format, a...)
	if l.secret != "" {
		msg = strings.ReplaceAll(msg, l.secret, "[redacted]")
	}
	level := slog.LevelDebug
	switch msgL {
	case discordgo.LogError:
		level = slog.LevelError
	case discordgo.LogWarning:
		level = slog.LevelWarn
	}
	l.log.Log(context.Background(), level, "discordgo: "+msg)
}
