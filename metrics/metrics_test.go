package metrics

import (
	"io"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"exobot/bot"
)

func scrape(t *testing.T, r *Registry) string {
	t.Helper()
	rec := httptest.NewRecorder()
	r.Handler().ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	b, _ := io.ReadAll(rec.Result().Body)
	return string(b)
}

// TestInit_EverySeriesAtZeroBeforeTheFirstEvent: alerts on series that
// must exist, and dashboards, see them from a fresh start.
func TestInit_EverySeriesAtZeroBeforeTheFirstEvent(t *testing.T) {
	r := New()
	r.Init([]string{"slack", "discord"}, map[string][]string{"slack": {"chat.postMessage"}, "discord": {"send_message"}})
	text := scrape(t, r)
	var want []string
	for _, p := range []string{"slack", "discord"} {
		for _, s := range Statuses {
			want = append(want, `exobot_questions_total{platform="`+p+`",status="`+string(s)+`"} 0`)
		}
		want = append(want,
			`exobot_answer_duration_seconds_count{platform="`+p+`"} 0`,
			`exobot_answer_duration_seconds_bucket{platform="`+p+`",le="+Inf"} 0`,
			`exobot_rate_limited_questions_total{platform="`+p+`"} 0`)
	}
	want = append(want,
		`exobot_platform_api_errors_total{op="chat.postMessage",platform="slack"} 0`,
		`exobot_platform_api_retries_total{op="send_message",platform="discord"} 0`)
	for _, w := range want {
		if !strings.Contains(text, w) {
			t.Errorf("/metrics lacks %q", w)
		}
	}
	if strings.Contains(text, `op="send_message",platform="slack"`) {
		t.Error("an operation of one platform is listed under another")
	}

	// Counting still works on initialised series.
	r.Question("slack", bot.StatusAnswered, 3*time.Millisecond)
	r.APIError("slack", "chat.postMessage")
	text = scrape(t, r)
	for _, w := range []string{`exobot_questions_total{platform="slack",status="answered"} 1`, `exobot_platform_api_errors_total{op="chat.postMessage",platform="slack"} 1`} {
		if !strings.Contains(text, w) {
			t.Errorf("/metrics lacks %q after counting", w)
		}
	}
}

func TestSetBuildInfo(t *testing.T) {
	r := New()
	r.SetBuildInfo("v1.0.0", "unknown", "go1.26.8")
	r.SetBuildInfo("v1.2.0", "abc123", "go1.26.8")
	text := scrape(t, r)
	if !strings.Contains(text, `exobot_build_info{goversion="go1.26.8",revision="abc123",version="v1.2.0"} 1`) {
		t.Errorf("no build info in:\n%s", text)
	}
	if strings.Contains(text, `version="v1.0.0"`) {
		t.Error("an older build info is still exported")
	}
}
