# The two commands a newcomer needs:
#   make demo   set up, build, and run kgraph on the bundled sample events
#   make test   set up, build, and pass every test
SWIFT ?= swift
KGRAPH = .build/debug/kgraph
DEMO_STORE = demo-store

.PHONY: setup build demo test bench clean

setup:
	@Tools/setup.sh

build: setup
	$(SWIFT) build --product kgraph

demo: build
	rm -rf $(DEMO_STORE)
	$(KGRAPH) init --store $(DEMO_STORE)
	$(KGRAPH) append Samples/events.jsonl --store $(DEMO_STORE)
	$(KGRAPH) append Samples/events.jsonl --store $(DEMO_STORE)
	$(KGRAPH) log --store $(DEMO_STORE)
	$(KGRAPH) log --org KT --store $(DEMO_STORE)
	$(KGRAPH) stats --store $(DEMO_STORE)
	$(KGRAPH) verify --store $(DEMO_STORE)
	$(KGRAPH) projections catch-up --store $(DEMO_STORE)
	$(KGRAPH) replay --projection org-graph --into org-graph-replayed --store $(DEMO_STORE)
	$(KGRAPH) projections --store $(DEMO_STORE)

test: setup
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	Tools/check_schemas.sh $(KGRAPH)

bench: setup
	$(SWIFT) build -c release --product kgraph-bench
	.build/release/kgraph-bench log --output BENCHMARKS.md

clean:
	rm -rf .build $(DEMO_STORE)
