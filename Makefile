# washboard: `make run` starts the embedded demo, `make test` runs every check.
GO ?= go
PKGS := ./...

.PHONY: run build test vet fmt-check bench fuzz clean

run:
	$(GO) run ./cmd/washboard

build:
	$(GO) build -o washboard ./cmd/washboard

# The full check CI runs: formatting, vet, and every test with the race
# detector (end-to-end tests drive the real binary in tmux and use kcat).
test: fmt-check vet
	$(GO) test -race -count=1 -timeout 8m $(PKGS)

vet:
	$(GO) vet $(PKGS)

fmt-check:
	@out="$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go'))"; \
	if [ -n "$$out" ]; then echo "gofmt needed on:"; echo "$$out"; exit 1; fi

# The Go benchmarks and `washboard bench` (catch-up, live, ten viewers),
# written to BENCHMARKS.md with the machine's core count and the command
# for each figure.
bench: build
	GO=$(GO) BIN=./washboard scripts/bench.sh > BENCHMARKS.md.tmp && mv BENCHMARKS.md.tmp BENCHMARKS.md
	@echo "wrote BENCHMARKS.md"

# Short fuzzing runs of the sanitizer and decoders (seeds live in testdata/).
fuzz:
	$(GO) test -run '^$$' -fuzz FuzzPrintable -fuzztime 30s ./model
	$(GO) test -run '^$$' -fuzz FuzzParseFilter -fuzztime 30s ./model
	$(GO) test -run '^$$' -fuzz FuzzDetail -fuzztime 30s ./model
	$(GO) test -run '^$$' -fuzz FuzzDecode -fuzztime 30s ./model
	$(GO) test -run '^$$' -fuzz FuzzLookupMatchesGet -fuzztime 30s ./model
	$(GO) test -run '^$$' -fuzz FuzzWire -fuzztime 30s ./model/serde
	$(GO) test -run '^$$' -fuzz FuzzRecordBatches -fuzztime 30s ./source

clean:
	rm -f washboard
