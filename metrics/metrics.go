// Package metrics records what exobot does in Prometheus form: the only
// package that imports the Prometheus client. A *Registry implements
// bot.Metrics and serves GET /metrics in the Prometheus text format.
//
// Nothing recorded carries message text or user ids: labels are the
// platform, the reply status, the entry id (a bounded set), and the
// platform API operation.
package metrics

import (
	"net/http"
	"strconv"
	"time"

	"exobot/bot"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Registry holds exobot's metrics. It is safe for concurrent use.
type Registry struct {
	reg         *prometheus.Registry
	questions   *prometheus.CounterVec
	latency     *prometheus.HistogramVec
	feedback    *prometheus.CounterVec
	apiErrors   *prometheus.CounterVec
	apiRetries  *prometheus.CounterVec
	rateLimited *prometheus.CounterVec
	buildInfo   *prometheus.GaugeVec
	storeErrors *prometheus.CounterVec
	reloads     *prometheus.CounterVec
}

var _ bot.Metrics = (*Registry)(nil)

// New returns a registry with exobot's metrics and the Go runtime's.
func New() *Registry {
	r := &Registry{
		reg: prometheus.NewRegistry(),
		questions: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "exobot_questions_total", Help: "Questions answered, by platform and reply status.",
		}, []string{"platform", "status"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "exobot_answer_duration_seconds",
			Help:    "Time to answer a question, from the adapter handing it over to the reply being ready.",
			Buckets: []float64{.0001, .00025, .0005, .001, .0025, .005, .01, .025, .05, .1, .25, 1},
		}, []string{"platform"}),
		feedback: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "exobot_feedback_total", Help: "Helpful / not helpful clicks, by platform and entry.",
		}, []string{"platform", "entry", "helpful"}),
		apiErrors: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "exobot_platform_api_errors_total", Help: "Platform API calls that failed for good, by platform and operation.",
		}, []string{"platform", "op"}),
		apiRetries: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "exobot_platform_api_retries_total", Help: "Platform API calls retried (rate limits, server errors), by platform and operation.",
		}, []string{"platform", "op"}),
		rateLimited: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "exobot_rate_limited_questions_total", Help: "Questions refused by the per-user rate limit, by platform.",
		}, []string{"platform"}),
		buildInfo: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: "exobot_build_info", Help: "Always 1: the version, source revision and Go version of the running exobot.",
		}, []string{"version", "revision", "goversion"}),
		storeErrors: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "exobot_store_errors_total", Help: "Store operations that failed (the record dropped, or the shared check answered as if new), by operation.",
		}, []string{"op"}),
		reloads: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "exobot_corpus_reloads_total", Help: "Reloads of the Q&A from EXOBOT_CORPUS_DIR, by result (ok, invalid).",
		}, []string{"result"}),
	}
	r.reg.MustRegister(r.storeErrors, r.reloads)
	r.reg.MustRegister(r.questions, r.latency, r.feedback, r.apiErrors, r.apiRetries, r.rateLimited, r.buildInfo,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return r
}

// Statuses are the reply statuses a question can end with in serve, which
// Init sets to zero.
var Statuses = []bot.Status{bot.StatusAnswered, bot.StatusNoMatch, bot.StatusUrgent, bot.StatusHelp, bot.StatusRejected, bot.StatusRateLimited}

// Init creates every series of the given platforms at zero — the questions
// by status, the latency histogram, the rate-limited questions, and the API
// errors and retries of each operation ops lists for the platform — so that
// /metrics shows them, HELP and TYPE included, before the first question:
// alerts on series that must exist and dashboards work from the start.
// (exobot_feedback_total, labelled by entry, appears with the first click.)
func (r *Registry) Init(platforms []string, ops map[string][]string) {
	for _, p := range platforms {
		for _, s := range Statuses {
			r.questions.WithLabelValues(p, string(s))
		}
		r.latency.WithLabelValues(p)
		r.rateLimited.WithLabelValues(p)
		for _, op := range ops[p] {
			r.apiErrors.WithLabelValues(p, op)
			r.apiRetries.WithLabelValues(p, op)
		}
	}
}

// SetBuildInfo sets exobot_build_info{version, revision, goversion} to 1.
func (r *Registry) SetBuildInfo(version, revision, goVersion string) {
	r.buildInfo.Reset()
	r.buildInfo.WithLabelValues(version, revision, goVersion).Set(1)
}

// Handler serves the metrics in the Prometheus text format.
func (r *Registry) Handler() http.Handler {
	return promhttp.HandlerFor(r.reg, promhttp.HandlerOpts{})
}

// Question implements bot.Metrics.
func (r *Registry) Question(platform string, status bot.Status, latency time.Duration) {
	r.questions.WithLabelValues(platform, string(status)).Inc()
	r.latency.WithLabelValues(platform).Observe(latency.Seconds())
}

// Feedback implements bot.Metrics.
func (r *Registry) Feedback(platform, entryID string, helpful bool) {
	r.feedback.WithLabelValues(platform, entryID, strconv.FormatBool(helpful)).Inc()
}

// APIError implements bot.Metrics.
func (r *Registry) APIError(platform, op string) { r.apiErrors.WithLabelValues(platform, op).Inc() }

// APIRetry implements bot.Metrics.
func (r *Registry) APIRetry(platform, op string) { r.apiRetries.WithLabelValues(platform, op).Inc() }

// RateLimited implements bot.Metrics.
func (r *Registry) RateLimited(platform string) { r.rateLimited.WithLabelValues(platform).Inc() }

// StoreError counts a failed store operation (see store.Options.OnError).
func (r *Registry) StoreError(op string) { r.storeErrors.WithLabelValues(op).Inc() }

// InitStore creates the store's error series at zero, one per operation.
func (r *Registry) InitStore(ops []string) {
	for _, op := range ops {
		r.storeErrors.WithLabelValues(op)
	}
}

// CorpusReload counts a reload of the Q&A: result is "ok" or "invalid".
func (r *Registry) CorpusReload(result string) { r.reloads.WithLabelValues(result).Inc() }

// InitCorpusReloads creates the reload series at zero.
func (r *Registry) InitCorpusReloads() {
	r.reloads.WithLabelValues("ok")
	r.reloads.WithLabelValues("invalid")
}
