# limber's everyday commands. A fresh machine needs only Go (see go.mod).
#   make serve   build the bundled sample site and serve it on http://127.0.0.1:1313/
#   make test    vet, format check, cross-builds, release configuration and every test (unit, golden, end-to-end, fuzz seeds)
#   make site    build the sample site into public/ (BASE_URL=... for a deploy)
#   make cross   build limber for every release platform; make snapshot: the release archives into dist/
#   make bench   limber vs Hugo side by side (docs/benchmarks.md); make gobench: the Go benchmarks

GO        ?= go
BIN       := bin/limber
PORT      ?= 1313
FUZZTIME  ?= 60s
EQUIVTIME ?= 3m
FUZZMIN   ?= 20x

.PHONY: all build site serve test vet cross release-check goreleaser-check snapshot pgo fuzz bench gobench clean

all: build

build:
	$(GO) build -o $(BIN) ./cmd/limber

# make site BASE_URL=https://example.org/handouts/ builds for that address
# (the deploys in netlify.toml and .github/workflows/pages.yml do this);
# without BASE_URL, limber.yaml's base_url is used.
site: build
	./$(BIN) build --site . $(if $(BASE_URL),--base-url '$(BASE_URL)')

serve: build
	./$(BIN) serve --site . --port $(PORT)

vet:
	@unformatted=$$(gofmt -l cmd internal templates); \
	if [ -n "$$unformatted" ]; then echo "gofmt needed:"; echo "$$unformatted"; exit 1; fi
	$(GO) vet ./...

# The browser tests print some 450 sheets with Chromium, which on a busy 2-core
# machine can take longer than go test's default limit of 10 minutes.
test: vet cross release-check
	$(GO) test -race -count=1 -timeout 30m ./...

# The release platforms of .goreleaser.yaml. make cross builds limber for each
# (as the release does: CGO_ENABLED=0) and vets the code for Windows and macOS,
# whose files differ from Linux's (the *_other.go files); with a warm build
# cache it takes seconds.
PLATFORMS := linux/amd64 linux/arm64 darwin/amd64 darwin/arm64 windows/amd64 windows/arm64
cross:
	@for p in $(PLATFORMS); do \
	  echo "go build ./cmd/limber for $$p"; \
	  CGO_ENABLED=0 GOOS=$${p%/*} GOARCH=$${p#*/} $(GO) build -trimpath -o /dev/null ./cmd/limber || exit 1; \
	done
	GOOS=windows GOARCH=amd64 $(GO) vet ./...
	GOOS=darwin GOARCH=amd64 $(GO) vet ./...

# GoReleaser is pinned as a tool in a module of its own,
# internal/tools/release, so that limber's go.mod stays small. Building it
# takes minutes (some 1,800 packages: 6 CPU-minutes here), too long for every
# make test, so release-check (part of make test) reads .goreleaser.yaml with
# GoReleaser's own strict loader, a small part of it, in that module's tests,
# which also hold the file to the platforms, flags and checksums a release
# needs; and lints the GitHub workflows with actionlint. goreleaser-check runs
# GoReleaser's full `check`; snapshot builds the release archives into dist/
# and publishes nothing (the tag workflow, .github/workflows/release.yml,
# publishes).
RELEASE_TOOL = $(GO) tool -modfile=internal/tools/release/go.mod
ACTIONLINT   = github.com/rhysd/actionlint/cmd/actionlint@v1.7.12
release-check:
	$(GO) -C internal/tools/release test -count=1 ./...
	$(GO) run $(ACTIONLINT) .github/workflows/*.yml

goreleaser-check:
	$(RELEASE_TOOL) goreleaser check

snapshot:
	$(RELEASE_TOOL) goreleaser release --snapshot --clean

# Run every fuzz target for FUZZTIME each, a minute by default (go test runs
# their seeds in make test), except FuzzServeEquivalence, which runs for
# EQUIVTIME, 3 minutes by default: each of its inputs is a whole sequence of
# edits with two builds of the sample site a step (a few inputs a second),
# and the longer it runs the more edit sequences limber serve is checked on.
# FUZZMIN bounds how long the fuzzer minimizes each input that finds new
# code: go's default, a minute, left FuzzPrepare (a whole site per input)
# minimizing its first finds for the whole run, 9 inputs in 60 s; at 20 runs
# it tries about 90 inputs a second. A target that fails without writing a
# failing input is run once more (see the message).
FUZZ1 = $(GO) test -run '^$$' -fuzz "^$$f$$" -fuzztime $$t -fuzzminimizetime $(FUZZMIN)
fuzz:
	@for pkg in $$($(GO) list ./...); do \
	  for f in $$($(GO) test -list '^Fuzz' $$pkg | grep '^Fuzz'); do \
	    t=$(FUZZTIME); [ "$$f" != FuzzServeEquivalence ] || t=$(EQUIVTIME); \
	    echo "fuzz $$pkg $$f for $$t"; \
	    found=$$($(GO) list -f '{{.Dir}}' $$pkg)/testdata/fuzz/$$f; \
	    before=$$(ls $$found 2>/dev/null | wc -l); \
	    $(FUZZ1) $$pkg && continue; \
	    [ "$$(ls $$found 2>/dev/null | wc -l)" = "$$before" ] || exit 1; \
	    echo "fuzz: $$f failed without writing an input (go 1.26's fuzzing coordinator can, at the deadline: golang/go#75804); once more"; \
	    $(FUZZ1) $$pkg || exit 1; \
	  done; \
	done

# Side by side with Hugo on generated corpora of BENCH_N stretches (default
# "1000 10000"; add 50000 for the growth check). Needs python3 and the shared
# benchmark folder ../shared/bench; installs the pinned Hugo into bin/bench/
# once. UPDATE_DOCS=1 writes the tables into docs/benchmarks.md.
bench:
	$(GO) run ./cmd/limberbench $(if $(UPDATE_DOCS),-update-docs)

# The Go benchmarks; LIMBER_BENCH_SITE=/dev/shm/site adds the corpus ones.
gobench:
	$(GO) test -run '^$$' -bench . -benchmem ./...

clean:
	rm -rf bin public dist
