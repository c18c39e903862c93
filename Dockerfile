# exobot as a container: a static binary (no C library, CGO_ENABLED=0) on a
# minimal base (distroless "static": no shell, no package manager), run as
# a non-root user. Run it with a read-only root filesystem; the only
# writable places it needs are the data directory (/data, the embedded
# database) and /tmp:
#
#   docker build -t exobot --build-arg VERSION=$(git describe --always) --build-arg REVISION=$(git rev-parse HEAD) .
#   docker run --read-only --tmpfs /tmp -v exobot-data:/data -p 8080:8080 --env-file .env exobot
#
# deploy/ has a compose file, a systemd unit and Kubernetes manifests.

FROM golang:1.26-bookworm AS build
WORKDIR /src
# Modules first, so that a code change does not download them again.
COPY go.mod go.sum ./
RUN go mod download
COPY . .
# .git is not copied (.dockerignore): the version and revision come in as
# build arguments and are set at link time.
ARG VERSION=unknown
ARG REVISION=unknown
RUN CGO_ENABLED=0 go build -trimpath -buildvcs=false \
      -ldflags "-s -w -X main.version=${VERSION} -X main.revision=${REVISION}" \
      -o /out/exobot ./cmd/exobot \
 && mkdir -p /out/data

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/exobot /usr/local/bin/exobot
# The data directory belongs to the non-root user (65532); mount a volume
# there to keep the records across restarts.
COPY --from=build --chown=65532:65532 /out/data /data
USER 65532:65532
ENV EXOBOT_HTTP_ADDR=:8080 \
    EXOBOT_METRICS_ADDR=:9090 \
    EXOBOT_DATA_DIR=/data \
    EXOBOT_LOG_FORMAT=json
# 8080: the Slack and Discord routes (public); 9090: /metrics, /healthz,
# /readyz (keep it private).
EXPOSE 8080 9090
VOLUME ["/data"]
ENTRYPOINT ["/usr/local/bin/exobot"]
CMD ["serve"]
