# frontwatch: two commands. `make run` and `make test` set everything up themselves.
PY      ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed
OUT     ?= out/aleppo-2016
SHARED  ?= ../shared

.PHONY: run test eval bench system-deps clean

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $(STAMP)

# Chromium (browser tests) and PostgreSQL (store tests) come from Debian's packages.
system-deps:
	@bash scripts/system-deps.sh

run: $(STAMP)
	$(BIN)/frontwatch run examples/aleppo-2016 --out $(OUT)
	@echo "Open $(OUT)/brief.html in a browser; exports are in $(OUT)/"

test: $(STAMP) system-deps
	$(BIN)/python -m pytest -q -p no:cacheprovider

# Scores on the seeds (in ../shared, which users do not have), then on our own gold sets.
eval: $(STAMP)
	@test -d $(SHARED)/corpus/seeds || { echo "make eval needs $(SHARED)/corpus/seeds (set SHARED=...)"; exit 1; }
	@echo "== seeds"; $(BIN)/frontwatch eval $(SHARED)/corpus/seeds $(SHARED)/gold/seeds
	@echo "== demo corpus"; $(BIN)/frontwatch eval examples/aleppo-2016 tests/gold/aleppo-demo
	@echo "== other wars"; $(BIN)/frontwatch eval tests/gold/corpus tests/gold/gold
	@echo "== dev2"; $(BIN)/frontwatch eval tests/gold/dev2/corpus tests/gold/dev2/gold
	@echo "== held out (Sirte)"; $(BIN)/frontwatch eval tests/gold/heldout/corpus tests/gold/heldout/gold
	@echo "== dev3"; $(BIN)/frontwatch eval tests/gold/dev3/corpus tests/gold/dev3/gold
	@echo "== test2 (studied)"; $(BIN)/frontwatch eval tests/gold/test2/corpus tests/gold/test2/gold
	@echo "== test3 (written blind, studied)"; $(BIN)/frontwatch eval tests/gold/test3/corpus tests/gold/test3/gold
	@echo "== test4 (written blind, studied)"; $(BIN)/frontwatch eval tests/gold/test4/corpus tests/gold/test4/gold
	@echo "== test5 (written blind, studied)"; $(BIN)/frontwatch eval tests/gold/test5/corpus tests/gold/test5/gold
	@echo "== test7 (written blind, studied)"; $(BIN)/frontwatch eval tests/gold/test7/corpus tests/gold/test7/gold
	@echo "== test6 (written blind, studied)"; $(BIN)/frontwatch eval tests/gold/test6/corpus tests/gold/test6/gold
	@echo "== test8 (written blind, studied)"; $(BIN)/frontwatch eval tests/gold/test8/corpus tests/gold/test8/gold
	@echo "== test9 (written blind, studied)"; $(BIN)/frontwatch eval tests/gold/test9/corpus tests/gold/test9/gold
	@echo "== test10 (written blind, studied)"; $(BIN)/frontwatch eval tests/gold/test10/corpus tests/gold/test10/gold
	@echo "== test11 (written blind, studied)"; $(BIN)/frontwatch eval tests/gold/test11/corpus tests/gold/test11/gold
	@echo "== test12 (written blind, studied)"; $(BIN)/frontwatch eval tests/gold/test12/corpus tests/gold/test12/gold
	@echo "== test13 (written blind, studied)"; $(BIN)/frontwatch eval tests/gold/test13/corpus tests/gold/test13/gold
	@echo "== test14 (written blind, studied)"; $(BIN)/frontwatch eval tests/gold/test14/corpus tests/gold/test14/gold
	@echo "== test15 (written blind, studied)"; $(BIN)/frontwatch eval tests/gold/test15/corpus tests/gold/test15/gold
	@echo "== test16 (written blind, every sub-event type, studied)"; $(BIN)/frontwatch eval tests/gold/test16/corpus tests/gold/test16/gold
	@echo "== test17 (written blind, studied)"; $(BIN)/frontwatch eval tests/gold/test17/corpus tests/gold/test17/gold
	@echo "== test18 (written blind, figures and claimants, studied)"; $(BIN)/frontwatch eval tests/gold/test18/corpus tests/gold/test18/gold
	@echo "== test19 (written blind, studied)"; $(BIN)/frontwatch eval tests/gold/test19/corpus tests/gold/test19/gold
	@echo "== test20 (written blind, weighted towards events, studied)"; $(BIN)/frontwatch eval tests/gold/test20/corpus tests/gold/test20/gold
	@echo "== test21 (written blind, studied)"; $(BIN)/frontwatch eval tests/gold/test21/corpus tests/gold/test21/gold
	@echo "== test22 (written blind, weighted towards events, studied)"; $(BIN)/frontwatch eval tests/gold/test22/corpus tests/gold/test22/gold
	@echo "== test23 (written blind, studied)"; $(BIN)/frontwatch eval tests/gold/test23/corpus tests/gold/test23/gold
	@echo "== test24 (written blind, weighted towards events, studied)"; $(BIN)/frontwatch eval tests/gold/test24/corpus tests/gold/test24/gold
	@echo "== test25 (written blind, studied)"; $(BIN)/frontwatch eval tests/gold/test25/corpus tests/gold/test25/gold
	@echo "== test26 (written blind, weighted towards claims, studied)"; $(BIN)/frontwatch eval tests/gold/test26/corpus tests/gold/test26/gold
	@echo "== test27 (written blind, weighted towards events, studied)"; $(BIN)/frontwatch eval tests/gold/test27/corpus tests/gold/test27/gold
	@echo "== test28 (written blind, weighted towards claims, studied)"; $(BIN)/frontwatch eval tests/gold/test28/corpus tests/gold/test28/gold
	@echo "== test29 (written blind, weighted towards events, studied)"; $(BIN)/frontwatch eval tests/gold/test29/corpus tests/gold/test29/gold
	@echo "== test30 (written blind, weighted towards claims, studied)"; $(BIN)/frontwatch eval tests/gold/test30/corpus tests/gold/test30/gold
	@echo "== test31 (written blind, weighted towards events, studied)"; $(BIN)/frontwatch eval tests/gold/test31/corpus tests/gold/test31/gold
	@echo "== test32 (written blind, weighted towards claims, studied)"; $(BIN)/frontwatch eval tests/gold/test32/corpus tests/gold/test32/gold
	@echo "== test33 (written blind, weighted towards events, studied)"; $(BIN)/frontwatch eval tests/gold/test33/corpus tests/gold/test33/gold
	@echo "== test34 (written blind, weighted towards claims, studied)"; $(BIN)/frontwatch eval tests/gold/test34/corpus tests/gold/test34/gold
	@echo "== test35 (written blind, weighted towards events, studied)"; $(BIN)/frontwatch eval tests/gold/test35/corpus tests/gold/test35/gold
	@echo "== test36 (written blind, weighted towards claims, studied)"; $(BIN)/frontwatch eval tests/gold/test36/corpus tests/gold/test36/gold
	@echo "== written blind in session 21, studied from session 23, weighted towards events (test37)"; $(BIN)/frontwatch eval tests/gold/test37/corpus tests/gold/test37/gold
	@echo "== written blind in session 21, studied from session 23, weighted towards claims (test38)"; $(BIN)/frontwatch eval tests/gold/test38/corpus tests/gold/test38/gold
	@echo "== written blind in session 22, studied from session 24, weighted towards events (test39)"; $(BIN)/frontwatch eval tests/gold/test39/corpus tests/gold/test39/gold
	@echo "== written blind in session 22, studied from session 24, weighted towards claims (test40)"; $(BIN)/frontwatch eval tests/gold/test40/corpus tests/gold/test40/gold
	@echo "== written blind in session 23, studied from session 25, weighted towards events (test41)"; $(BIN)/frontwatch eval tests/gold/test41/corpus tests/gold/test41/gold
	@echo "== written blind in session 23, studied from session 25, weighted towards claims (test42)"; $(BIN)/frontwatch eval tests/gold/test42/corpus tests/gold/test42/gold
	@echo "== written blind in session 24, studied from session 26, weighted towards events (test43)"; $(BIN)/frontwatch eval tests/gold/test43/corpus tests/gold/test43/gold
	@echo "== written blind in session 24, studied from session 26, weighted towards claims (test44)"; $(BIN)/frontwatch eval tests/gold/test44/corpus tests/gold/test44/gold
	@echo "== written blind in session 25, studied from session 27, weighted towards events (test45)"; $(BIN)/frontwatch eval tests/gold/test45/corpus tests/gold/test45/gold
	@echo "== written blind in session 25, studied from session 27, weighted towards claims (test46)"; $(BIN)/frontwatch eval tests/gold/test46/corpus tests/gold/test46/gold
	@echo "== written blind in session 26, studied from session 28, weighted towards events (test47)"; $(BIN)/frontwatch eval tests/gold/test47/corpus tests/gold/test47/gold
	@echo "== written blind in session 26, studied from session 28, weighted towards claims (test48)"; $(BIN)/frontwatch eval tests/gold/test48/corpus tests/gold/test48/gold
	@echo "== held out, written blind, weighted towards events (test49)"; $(BIN)/frontwatch eval tests/gold/test49/corpus tests/gold/test49/gold
	@echo "== held out, written blind, weighted towards claims (test50)"; $(BIN)/frontwatch eval tests/gold/test50/corpus tests/gold/test50/gold
	@echo "== held out, written blind, weighted towards events (test51)"; $(BIN)/frontwatch eval tests/gold/test51/corpus tests/gold/test51/gold
	@echo "== held out, written blind, weighted towards claims (test52)"; $(BIN)/frontwatch eval tests/gold/test52/corpus tests/gold/test52/gold

bench: $(STAMP)
	$(BIN)/python scripts/bench.py

clean:
	rm -rf $(VENV) out build *.egg-info src/*.egg-info
