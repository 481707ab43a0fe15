# Folio: `make run` builds and opens the reader on Articles/, `make test` runs every test.
# Both first install what a fresh Debian machine lacks.

# gcc and libc6-dev build the LD_PRELOAD shim of the no-UTF-8-locale end-to-end test.
SYSTEM_PACKAGES := libncurses-dev libsqlite3-dev tmux sqlite3 python3-pip gcc libc6-dev
PYTHON_MODULES := markdown_it, jsonschema
SHELL := /bin/bash
SWIFT_FLAGS ?=
ARTICLES ?= Articles

.PHONY: run test build release bench deps system-deps python-deps clean fuzz asan tsan

run: deps build
	./.build/debug/folio $(ARTICLES)

build:
	swift build $(SWIFT_FLAGS)

# Release builds carry the Swift runtime and Foundation inside the executable: loading them as
# shared libraries cost `folio FILE` 10 ms before its first line of code and 10 MB of memory.
RELEASE_FLAGS := -c release --static-swift-stdlib

release:
	swift build $(RELEASE_FLAGS) $(SWIFT_FLAGS)

test: deps
	swift build $(SWIFT_FLAGS)
	swift test $(SWIFT_FLAGS) 2>&1 < /dev/null | tee .build/test.log; exit $${PIPESTATUS[0]}

# The performance issue's targets, measured on generated data in a temp folder (see Benchmarks/).
BENCH_PACKAGES := tmux less

bench: system-deps
	@missing=""; for p in $(BENCH_PACKAGES); do command -v $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi
	swift build $(RELEASE_FLAGS) $(SWIFT_FLAGS) --product folio
	swift build $(RELEASE_FLAGS) $(SWIFT_FLAGS) --product folio-bench
	./.build/release/folio-bench --folio ./.build/release/folio

deps: system-deps python-deps

system-deps:
	@missing=""; for p in $(SYSTEM_PACKAGES); do \
	  dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi

python-deps:
	@python3 -c "import $(PYTHON_MODULES)" 2>/dev/null || \
	  python3 -m pip install -q -r Tests/Tools/requirements.txt || \
	  python3 -m pip install -q --break-system-packages -r Tests/Tools/requirements.txt

clean:
	rm -rf .build

# Fuzzing: each libFuzzer target in Fuzz/ runs FUZZ_SECONDS, seeded with the sample articles,
# the hostile corpus and the export fixtures. Crashing inputs land in fuzz-artifacts/TARGET/;
# copy them to Tests/FolioCoreTests/Fixtures/FuzzRegressions/TARGET/ once fixed.
FUZZ_SECONDS ?= 60
FUZZ_TARGETS := FuzzArticleParser FuzzQuoteDetector FuzzImporter

fuzz: system-deps
	swift build --package-path Fuzz -c release -Xswiftc -sanitize=fuzzer,address
	@for target in $(FUZZ_TARGETS); do \
	  case $$target in \
	    FuzzArticleParser) seeds="Articles Tests/FolioCoreTests/Fixtures/Hostile";; \
	    FuzzQuoteDetector) seeds="Articles Tests/FolioCoreTests/Fixtures/QuoteCorpus";; \
	    FuzzImporter) seeds="Tests/FolioCoreTests/Fixtures/Export";; \
	  esac; \
	  mkdir -p fuzz-artifacts/$$target/corpus; \
	  echo "== $$target for $(FUZZ_SECONDS) s"; \
	  Fuzz/.build/release/$$target -max_total_time=$(FUZZ_SECONDS) -max_len=65536 -timeout=30 \
	    -rss_limit_mb=4096 -print_final_stats=1 -artifact_prefix=fuzz-artifacts/$$target/ \
	    fuzz-artifacts/$$target/corpus $$seeds Tests/FolioCoreTests/Fixtures/FuzzRegressions/$$target || exit 1; \
	done

# Sanitizers, not part of `make test`: the whole suite built with AddressSanitizer (leaks included)
# or ThreadSanitizer in its own scratch folder. Reports of the test process and of every folio it
# starts go to .build-asan/reports or .build-tsan/reports; any report fails the target. The leak
# suppressions say why in Tests/Sanitizers/lsan.supp. TSan faults in its own shadow memory under
# a small `ulimit -f` (even `folio --version` does), so the test that sets one is skipped there.
# Tests with a time limit run afterwards, one at a time: in the parallel run, slow sanitized tests
# hold every cooperative thread of a 2-core machine and a cheap limited test waits past its limit.
TIME_LIMITED_TESTS := FuzzRegressionTests|HostileFileLoadingTests|HostileRenderingTests|fifoDoesNotBlock
asan_NAME := address
asan_OPTIONS := ASAN_OPTIONS=log_path=$(CURDIR)/.build-asan/reports/asan \
  LSAN_OPTIONS=suppressions=$(CURDIR)/Tests/Sanitizers/lsan.supp:print_suppressions=0
asan_SKIP :=
tsan_NAME := thread
tsan_OPTIONS := TSAN_OPTIONS=log_path=$(CURDIR)/.build-tsan/reports/tsan
tsan_SKIP := --skip aFailedWriteLeavesTheExistingFileAndNoTemporaryFile

asan tsan: deps
	swift build --build-tests --sanitize=$($@_NAME) --scratch-path .build-$@ $(SWIFT_FLAGS)
	rm -rf .build-$@/reports .build-$@/test.log && mkdir -p .build-$@/reports
	@status=0; \
	for pass in "--skip $(TIME_LIMITED_TESTS)" "--filter $(TIME_LIMITED_TESTS) --no-parallel"; do \
	  $($@_OPTIONS) swift test --skip-build --disable-xctest --sanitize=$($@_NAME) \
	    --scratch-path .build-$@ $$pass $($@_SKIP) $(SWIFT_FLAGS) 2>&1 < /dev/null | tee -a .build-$@/test.log; \
	  [ $${PIPESTATUS[0]} = 0 ] || status=1; \
	done; \
	if [ -n "$$(ls .build-$@/reports)" ]; then \
	  echo "== $@ reports in .build-$@/reports:"; head -n 40 .build-$@/reports/*; exit 1; fi; \
	exit $$status
