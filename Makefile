# zeren — the two commands a user needs: `make run` and `make test`.
GO        ?= go
BIN       := bin/zeren
SEEDS     ?= ../shared/seeds
SEEDS_SITE ?= $(CURDIR)/.zeren/seeds-site
PORT      ?= 1313
STATICCHECK := honnef.co/go/tools/cmd/staticcheck@v0.8.2

.PHONY: all build run test test-deps lint seeds bench fuzz clean

all: build

build:
	$(GO) build -o $(BIN) ./cmd/zeren

## run: build the demo corpus in content/ and serve it at http://127.0.0.1:1313
run: build
	./$(BIN) serve -s . --bind 127.0.0.1 --port $(PORT)

## test: install what the tests need (chromium), then lint and run every test
test: test-deps lint
	$(GO) test -count=1 ./...

test-deps:
	@scripts/test-deps.sh

lint:
	@echo "gofmt"; out=$$(gofmt -l cmd generator layouts search); if [ -n "$$out" ]; then echo "gofmt would change: $$out"; exit 1; fi
	$(GO) vet ./...
	$(GO) run $(STATICCHECK) ./...

## seeds: import the five seed documents into a scratch site, build and serve it
seeds: build
	rm -rf $(SEEDS_SITE)
	./$(BIN) import -s $(SEEDS_SITE) $(SEEDS)
	./$(BIN) serve -s $(SEEDS_SITE) --bind 127.0.0.1 --port $(PORT)

## bench: Go benchmarks and the side-by-side table
bench: build
	scripts/bench.sh

fuzz:
	$(GO) test ./generator/clause -run '^$$' -fuzz FuzzParse -fuzztime 60s

clean:
	rm -rf bin public .zeren
