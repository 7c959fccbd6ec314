# A thin wrapper around CMake and ctest (as cmark's Makefile is).
#   make demo     install build dependencies if missing, build, clean an example
#   make check    build and run every test
#   make bench    Release build and the benchmark against iconv, opencc, uchardet
BUILDDIR   ?= build
BUILD_TYPE ?= RelWithDebInfo
PREFIX     ?= /usr/local
JOBS       ?= $(shell nproc 2>/dev/null || echo 2)
CMAKE      ?= cmake
CTEST      ?= ctest
CMAKE_ARGS ?=

.PHONY: all deps test-deps configure demo check test bench fuzz sanitize leakcheck \
        lint format tables man install clean

all: configure
	$(CMAKE) --build $(BUILDDIR) -j$(JOBS)

deps:
	@scripts/install-deps

test-deps:
	@scripts/install-deps --test

configure: deps
	@test -f $(BUILDDIR)/CMakeCache.txt || $(CMAKE) -S . -B $(BUILDDIR) \
	    -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) -DCMAKE_INSTALL_PREFIX=$(PREFIX) $(CMAKE_ARGS)

demo: all
	@echo "== qx-sniff fixtures/demo/* fixtures/clean/frontmatter.html"
	@$(BUILDDIR)/cmd/qx-sniff fixtures/demo/* fixtures/clean/frontmatter.html | cut -f1-9
	@echo; echo '== qx-clean fixtures/demo/gbk-page.html'
	@$(BUILDDIR)/cmd/qx-clean fixtures/demo/gbk-page.html
	@echo; echo '== qx-clean --to=simp fixtures/demo/big5-spam.txt | head -n 4'
	@$(BUILDDIR)/cmd/qx-clean --to=simp fixtures/demo/big5-spam.txt | head -n 4

check: test-deps all
	cd $(BUILDDIR) && $(CTEST) --output-on-failure -j$(JOBS) -LE leakcheck

test: check

bench:
	@scripts/install-deps --bench
	$(MAKE) BUILDDIR=build-release BUILD_TYPE=Release all
	bench/run build-release

sanitize:
	$(MAKE) BUILDDIR=build-sanitize BUILD_TYPE=Debug CMAKE_ARGS=-DQX_SANITIZE=ON check

fuzz:
	$(MAKE) BUILDDIR=build-fuzz BUILD_TYPE=RelWithDebInfo \
	    CMAKE_ARGS="-DQX_FUZZ=ON -DCMAKE_C_COMPILER=clang" all
	tests/fuzz/run build-fuzz $${FUZZ_SECONDS:-60}

# memcheck cannot follow PCRE2's JIT code: its own build, with the JIT off
leakcheck: test-deps
	$(MAKE) BUILDDIR=build-leakcheck BUILD_TYPE=RelWithDebInfo CMAKE_ARGS=-DQX_PCRE2_JIT=OFF all
	cd build-leakcheck && $(CTEST) -L leakcheck --output-on-failure

lint: configure
	clang-tidy -p $(BUILDDIR) --quiet lib/*.c cmd/*.c cmd/common/*.c

format:
	clang-format -i lib/*.c lib/*.h cmd/*.c cmd/common/*.c cmd/common/*.h

tables:
	tools/gen-charmodel.py lib/tables/charmodel.inc
	tools/gen-codepages.py lib/tables/codepages.inc
	tools/gen-readings.py lib/tables/readings.inc
	tools/gen-words.py lib/tables/words.inc
	tools/gen-opencc.py lib/tables/opencc.inc

man: all
	man/generate $(BUILDDIR)

install: all
	$(CMAKE) --install $(BUILDDIR)

clean:
	rm -rf build build-release build-sanitize build-fuzz build-leakcheck
