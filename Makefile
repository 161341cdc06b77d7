# The two commands a newcomer needs:
#   make demo   set up, build, and run kgraph on the bundled sample events
#   make test   set up, build, and pass every test (the explorer page's in headless Chromium too)
SWIFT ?= swift
KGRAPH = .build/debug/kgraph
DEMO_STORE = demo-store

FUZZ_SECONDS ?= 60
FUZZ_TARGETS = interchange html extractor

.PHONY: setup build demo test bench fuzz clean

setup:
	@Tools/setup.sh

build: setup
	$(SWIFT) build --product kgraph

demo: build
	rm -rf $(DEMO_STORE) demo-timeline.png demo-explorer.html
	$(KGRAPH) ingest Samples/articles --store $(DEMO_STORE)
	$(KGRAPH) ingest Samples/articles --store $(DEMO_STORE)
	$(KGRAPH) append Samples/events.jsonl --store $(DEMO_STORE)
	$(KGRAPH) who-partnered-with KT --store $(DEMO_STORE)
	$(KGRAPH) who-partnered-with 케이티 --as-of 2024-06-01 --store $(DEMO_STORE)
	$(KGRAPH) bans-on DeepSeek --store $(DEMO_STORE)
	$(KGRAPH) path KT 리벨리온 --store $(DEMO_STORE)
	$(KGRAPH) articles --store $(DEMO_STORE)
	$(KGRAPH) search "딥시크 차단" --store $(DEMO_STORE)
	$(KGRAPH) events --from 2025 --kind ban --store $(DEMO_STORE)
	$(KGRAPH) orgs --top 5 --by degree --store $(DEMO_STORE)
	$(KGRAPH) timeline KT --depth 1 --store $(DEMO_STORE)
	$(KGRAPH) timeline --render png demo-timeline.png --store $(DEMO_STORE)
	$(KGRAPH) reextract --store $(DEMO_STORE)
	$(KGRAPH) view KT --depth 2 --output demo-explorer.html --store $(DEMO_STORE)
	$(KGRAPH) replay --projection org-graph --into org-graph-replayed --store $(DEMO_STORE)
	$(KGRAPH) projections --store $(DEMO_STORE)
	$(KGRAPH) verify --store $(DEMO_STORE)

test: setup
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	Tools/check_schemas.sh $(KGRAPH)
	Tools/BrowserTest/run.sh $(KGRAPH) .build/browser-test

bench: setup
	$(SWIFT) build -c release --product kgraph-bench
	$(SWIFT) build -c release --product kgraph
	.build/release/kgraph-bench log --output BENCHMARKS.md
	.build/release/kgraph-bench replay --output BENCHMARKS.md
	.build/release/kgraph-bench query --kgraph .build/release/kgraph --output BENCHMARKS.md
	.build/release/kgraph-bench extract --output BENCHMARKS.md
	.build/release/kgraph-bench ingest --output BENCHMARKS.md
	.build/release/kgraph-bench postgres --output BENCHMARKS.md
	.build/release/kgraph-bench search --output BENCHMARKS.md

# Runs each libFuzzer target for FUZZ_SECONDS, growing a scratch corpus in fuzz-corpus/ from the
# kept inputs (and the sample articles for the extractor). A crash stops with its input in crash-*.
fuzz: setup
	$(SWIFT) build -c release --product kgraph-fuzz -Xswiftc -sanitize=fuzzer -Xswiftc -use-ld=lld \
		-Xlinker --export-dynamic-symbol=LLVMFuzzerRunDriver
	for t in $(FUZZ_TARGETS); do \
		mkdir -p fuzz-corpus/$$t && \
		.build/release/kgraph-fuzz $$t -max_total_time=$(FUZZ_SECONDS) -rss_limit_mb=3072 -max_len=4096 \
			fuzz-corpus/$$t Tools/Fuzz/Regressions/$$t $$( [ $$t = extractor ] && echo Samples/articles ) || exit 1; \
	done

clean:
	rm -rf .build $(DEMO_STORE) demo-timeline.png demo-explorer.html fuzz-corpus
