#!/usr/bin/env python3
"""frontwatch benchmark (``make bench``): prints figures; it is not a timed test.

For each corpus size (default 1,000 and 10,000 synthetic reports from
``frontwatch.synth``), in a fresh subprocess each so that peak memory figures do
not mix:

1. the whole pipeline (ingest -> clean -> nlp + extract -> store -> fuse -> exports
   -> brief.html) on the JSONL corpus, with the time of each stage;
2. plain ``nlp.pipe`` of the same spaCy model on the same (cleaned) texts with the
   same number of processes: the ceiling the pipeline is compared with.

Then fusion alone on the first 1k, 3k and 10k documents' records (time and
candidate pairs next to n log n), an incremental run: 100 new documents added
to the 10k store, timed against the full run, and where a worker's time goes
(spaCy's parse, frontwatch's components, extraction: CPU per document in one process).

    python scripts/bench.py [--sizes 1000 10000] [--workers N] [--repeats R] [--dir out/bench]

With ``--repeats R`` each size is measured R times, the pipeline and plain nlp.pipe
interleaved; every pair's ratio is printed. CPU seconds of all processes are printed
too: on a shared machine whose speed drifts they vary less than wall time.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import resource
import shutil
import subprocess
import sys
import time
from collections import defaultdict
from dataclasses import asdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REUSE = False          # --reuse: keep the figures of steps already measured


# -- child processes ------------------------------------------------------------

class StageClock:
    """Exclusive wall time per stage: time always belongs to the innermost running stage
    (stages nest because the pipeline streams: extraction pulls documents from ingest)."""

    def __init__(self):
        self.seconds: dict[str, float] = defaultdict(float)
        self.stack: list[str] = ["pipeline glue"]
        self.last = time.perf_counter()

    def _switch(self) -> None:
        now = time.perf_counter()
        self.seconds[self.stack[-1]] += now - self.last
        self.last = now

    def enter(self, name: str) -> None:
        self._switch()
        self.stack.append(name)

    def leave(self) -> None:
        self._switch()
        self.stack.pop()

    def call(self, name, function):
        def timed(*args, **kwargs):
            self.enter(name)
            try:
                return function(*args, **kwargs)
            finally:
                self.leave()
        return timed

    def stream(self, name, function):
        def timed(*args, **kwargs):
            iterator = self.call(name, function)(*args, **kwargs)

            def pull():
                while True:
                    self.enter(name)
                    try:
                        item = next(iterator)
                    except StopIteration:
                        return
                    finally:
                        self.leave()
                    yield item
            return pull()
        return timed


def instrument(clock: StageClock) -> None:
    """Wrap the stage functions that pipeline.run calls (module attributes, looked up at call time)."""
    from frontwatch import clean, engine, export, fuse, ingest, outputs, report
    from frontwatch.store.postgres import PostgresStore
    from frontwatch.store.sqlite import SQLiteStore

    ingest.read_inputs = clock.stream("ingest (read files)", ingest.read_inputs)
    clean.clean = clock.call("clean", clean.clean)
    engine.extract_stream = clock.stream("nlp + extract (waiting on workers)", engine.extract_stream)
    engine.pool_inputs_stream = clock.stream("nlp + extract (waiting on workers)", engine.pool_inputs_stream)
    fuse.fuse_store = clock.call("fusion", fuse.fuse_store)
    export.write_all = clock.call("exports", export.write_all)
    report.write_brief = clock.call("brief.html", report.write_brief)
    # brief.html may be written by a forked child beside the exports: the wait for it is its time here
    outputs.write_outputs = clock.call("brief.html", outputs.write_outputs)
    for store in (SQLiteStore, PostgresStore):
        store.add_batch = clock.call("store writes", store.add_batch)
        store.documents = clock.call("store reads", store.documents)
        store.doc_records = clock.call("store reads", store.doc_records)
        store.replace_picture = clock.call("store writes", store.replace_picture)


def cpu_seconds() -> dict:
    """CPU seconds (user + system) of this process and of its finished children (the workers)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return {"main": own.ru_utime + own.ru_stime, "workers": children.ru_utime + children.ru_stime}


def cpu_since(before: dict) -> dict:
    now = cpu_seconds()
    return {part: round(now[part] - before[part], 2) for part in now}


def peak_rss_mb() -> dict:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"main_mb": round(own, 1), "largest_child_mb": round(children, 1)}


def child_run(args) -> dict:
    """The whole pipeline on one corpus, into a fresh out dir (or onto an existing store)."""
    from frontwatch import pipeline
    from frontwatch.settings import load_settings

    clock = StageClock()
    instrument(clock)
    settings = load_settings(workers=args.workers, engine=args.engine)
    start, cpu = time.perf_counter(), cpu_seconds()
    summary = pipeline.run([args.corpus], args.out, settings=settings)
    seconds, cpu = time.perf_counter() - start, cpu_since(cpu)
    clock.leave()
    words = sum(len(line_text(line).split()) for line in open(args.corpus, encoding="utf-8"))
    return {"docs": summary.new, "read": summary.read, "words": words, "seconds": seconds, "cpu": cpu,
            "stages": dict(clock.seconds), "rss": peak_rss_mb(),
            "picture": {"events": summary.events, "claims": summary.claims, "disputes": summary.disputes,
                        "control": summary.control}}


def line_text(line: str) -> str:
    return json.loads(line)["text"]


def child_plain(args) -> dict:
    """Plain spaCy: the same model and cleaned texts, the same number of processes."""
    import spacy

    from frontwatch.engine import worker_count
    from frontwatch.settings import load_settings
    from frontwatch.store import open_store

    settings = load_settings(workers=args.workers)
    with open_store(str(Path(args.out) / "frontwatch.db")) as store:
        texts = [d.clean_text[:settings.max_doc_chars] for d in store.documents()]
    nlp = spacy.load(settings.spacy_model)
    start, cpu = time.perf_counter(), cpu_seconds()
    for _ in nlp.pipe(texts, n_process=worker_count(settings), batch_size=settings.batch_size):
        pass
    seconds, cpu = time.perf_counter() - start, cpu_since(cpu)
    return {"docs": len(texts), "words": sum(len(t.split()) for t in texts), "seconds": seconds, "cpu": cpu,
            "rss": peak_rss_mb()}


def child_fusion(args) -> dict:
    """Fusion alone on the records of the first n documents of a store, for several n."""
    from frontwatch import fuse
    from frontwatch.settings import load_settings
    from frontwatch.store import open_store

    settings = load_settings()
    results = []
    with open_store(str(Path(args.out) / "frontwatch.db")) as store:
        ids = sorted(i for i in store.known_hashes() if i.startswith(args.prefix))
        for n in args.fusion_sizes:
            chosen = ids[:n]
            docs, records = store.documents(chosen), store.doc_records(chosen)
            stats = fuse.FusionStats()
            start = time.perf_counter()
            picture = fuse.fuse(docs, records, settings, stats=stats)
            seconds = time.perf_counter() - start
            results.append({"docs": len(chosen), "seconds": seconds,
                            "doc_events": sum(len(r.events) for r in records),
                            "doc_claims": sum(len(r.claims) for r in records),
                            "events": len(picture.events), "claims": len(picture.claims),
                            "candidate_pairs": stats.candidate_pairs, "stats": asdict(stats)})
    return {"fusion": results}


def child_cost(args) -> dict:
    """Where a worker's time goes, in one process on a sample of stored documents: spaCy's own
    parse, the parse with frontwatch's components added, and extraction. CPU time, so a busy
    machine changes it less than wall time.

    Timed the way a pipeline worker meets the work: batch by batch, each batch parsed (by plain
    spaCy, then by frontwatch's pipeline) and each of its reports extracted right after its parse,
    the CPU of each part summed over the batches. Extraction timed as a pass of its own, over
    reports parsed just before, ran on caches its own first pass had warmed and read lower than a
    worker pays (session 19)."""
    import spacy

    from frontwatch.engine import Extractor
    from frontwatch.extract import extract_document
    from frontwatch.settings import load_settings
    from frontwatch.store import open_store

    settings = load_settings(workers=1)
    with open_store(str(Path(args.out) / "frontwatch.db")) as store:
        docs = [d for _, d in zip(range(args.sample), store.documents())]
    texts = [d.clean_text[:settings.max_doc_chars] for d in docs]
    plain, extractor = spacy.load(settings.spacy_model), Extractor.for_settings(settings)
    size = settings.batch_size
    list(plain.pipe(texts[:size], batch_size=size))     # warm both pipelines (first batches load vectors and caches)
    extractor.run(docs[:size])
    cpu: dict[str, float] = defaultdict(float)

    def timed(part: str, work, *args):
        start = time.process_time()
        result = work(*args)
        cpu[part] += time.process_time() - start
        return result

    for i in range(0, len(docs), size):
        batch = docs[i:i + size]
        timed("spacy parse", list, plain.pipe(texts[i:i + size], batch_size=size))
        with extractor.vocabulary_scope():         # as Extractor.run: parse the batch, then extract each report
            parsed = timed("frontwatch parse", list, extractor.nlp.pipe(extractor.made(batch), batch_size=size))
            for spacy_doc, doc in zip(parsed, batch):
                timed("extraction", extract_document, spacy_doc, doc, extractor.resolver)
    per_doc = {part: 1000 * cpu[part] / max(len(docs), 1) for part in ("spacy parse", "frontwatch parse", "extraction")}
    return {"docs": len(docs), "cpu_ms_per_doc": {
        "spacy parse": per_doc["spacy parse"],
        "parse + frontwatch components": per_doc["frontwatch parse"],
        "extraction": per_doc["extraction"],
        "parse + components + extraction": per_doc["frontwatch parse"] + per_doc["extraction"],
    }}


def print_cost(cost: dict) -> None:
    ms = cost["cpu_ms_per_doc"]
    base = ms["spacy parse"]
    print(f"\n== where a worker's time goes (one process, CPU ms per document, {cost['docs']} documents) ==")
    for name, value in ms.items():
        print(f"  {name:34s} {value:7.1f} ms  x{value / base:.2f} of spaCy's parse")


CHILDREN = {"run": child_run, "plain": child_plain, "fusion": child_fusion, "cost": child_cost}


# -- the orchestrator -----------------------------------------------------------

def in_child(kind: str, saved: Path | None = None, **options) -> dict:
    """One benchmark step in a fresh process; its figures are kept in ``saved`` and reused
    from there when the benchmark runs again with --reuse."""
    if saved is not None and REUSE and saved.exists():
        return json.loads(saved.read_text())
    argv = [sys.executable, __file__, "--child", kind]
    for name, value in options.items():
        flag = "--" + name.replace("_", "-")
        argv += [flag, *map(str, value)] if isinstance(value, list) else [flag, str(value)]
    proc = subprocess.run(argv, capture_output=True, text=True, cwd=ROOT)
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr)
        raise SystemExit(f"benchmark step {kind} failed")
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    if saved is not None:
        saved.write_text(json.dumps(result))
    return result


def corpus(folder: Path, n: int, seed: int, prefix: str = "syn") -> Path:
    from frontwatch.synth import write_jsonl

    path = folder / f"corpus-{prefix}-{n}-seed{seed}.jsonl"
    if not path.exists():
        write_jsonl(path, n, seed=seed, prefix=prefix)
    return path


def rate(count: float, seconds: float) -> float:
    return count / seconds if seconds else float("nan")


def print_size(n: int, measured: dict, workers: int) -> None:
    run, plain = measured["run"], measured["plain"]
    print(f"\n== {n:,} documents, {workers} worker processes ==")
    print(f"  whole pipeline : {run['seconds']:8.1f} s  {rate(run['docs'], run['seconds']):7.1f} docs/s  "
          f"{rate(run['words'], run['seconds']):8.0f} words/s  peak RSS main {run['rss']['main_mb']:.0f} MB, "
          f"largest worker {run['rss']['largest_child_mb']:.0f} MB{cpu_text(run)}")
    print(f"  plain nlp.pipe : {plain['seconds']:8.1f} s  {rate(plain['docs'], plain['seconds']):7.1f} docs/s  "
          f"{rate(plain['words'], plain['seconds']):8.0f} words/s  peak RSS main {plain['rss']['main_mb']:.0f} MB, "
          f"largest worker {plain['rss']['largest_child_mb']:.0f} MB{cpu_text(plain)}")
    print(f"  ratio pipeline / plain nlp.pipe throughput: {measured['ratio']:.2f}  (target >= 0.8)")
    if len(measured["ratios"]) > 1:
        print(f"    each interleaved pair: {', '.join(f'{r:.2f}' for r in measured['ratios'])} "
              f"(the median pair is shown; of two, the lower)")
    cpu_ratios = [r for r in measured["cpu_ratios"] if r is not None]
    if cpu_ratios:
        print(f"  ratio of CPU per document, all processes (plain / pipeline): "
              f"{', '.join(f'{r:.2f}' for r in cpu_ratios)}")
    extract_seconds = run["stages"].get("nlp + extract (waiting on workers)")
    if extract_seconds:     # spaCy plus frontwatch's components and extraction, without ingest, fusion or exports
        print(f"  ratio nlp+extraction / plain nlp.pipe throughput: {plain['seconds'] / extract_seconds:.2f}"
              "  (target >= 0.7)")
    if measured["plain_measured_at"] != n:
        print(f"  (plain nlp.pipe measured on the {measured['plain_measured_at']:,}-document corpus: spaCy's "
              f"throughput does not depend on corpus size)")
    print(f"  picture: {run['picture']}")
    print("  stages (exclusive wall time):")
    for stage, seconds in sorted(run["stages"].items(), key=lambda kv: -kv[1]):
        print(f"    {stage:38s} {seconds:8.2f} s  {100 * seconds / run['seconds']:5.1f} %")


def cpu_text(figures: dict) -> str:
    cpu = figures.get("cpu")
    return f"; CPU main {cpu['main']:.0f} s, workers {cpu['workers']:.0f} s" if cpu else ""


def print_fusion(results: list[dict]) -> None:
    print("\n== fusion scaling ==")
    base = results[0]
    base_nlogn = base["docs"] * math.log(base["docs"])
    print(f"  {'docs':>7} {'doc events':>10} {'doc claims':>10} {'seconds':>8} {'x time':>7} "
          f"{'pairs':>9} {'x pairs':>8} {'x n log n':>9}")
    for r in results:
        nlogn = r["docs"] * math.log(r["docs"]) / base_nlogn
        pairs = r["candidate_pairs"]
        xpairs = f"{pairs / base['candidate_pairs']:.2f}" if pairs and base["candidate_pairs"] else "-"
        print(f"  {r['docs']:>7,} {r['doc_events']:>10,} {r['doc_claims']:>10,} {r['seconds']:>8.2f} "
              f"{r['seconds'] / base['seconds']:>7.2f} {pairs if pairs is not None else '-':>9} {xpairs:>8} "
              f"{nlogn:>9.2f}")


def measure_size(folder: Path, n: int, args, workers: int) -> dict:
    """The whole pipeline and plain nlp.pipe on one corpus, ``--repeats`` times each, interleaved
    (run, plain, plain, run, ...) so that a machine whose speed drifts from minute to minute weighs
    on both alike. The pair with the median ratio (of an even number, the lower middle one) is the
    one reported in full."""
    path = corpus(folder, n, args.seed)
    out = folder / f"run-{n}"
    plain_n = n if n in args.plain_sizes else min(args.plain_sizes)
    pairs = []
    for i in range(args.repeats):
        tag = f"-r{i + 1}" if args.repeats > 1 else ""
        saved = folder / f"figures-run-{n}{tag}.json"
        def step_run():
            if not (REUSE and saved.exists()):
                shutil.rmtree(out, ignore_errors=True)
            return in_child("run", saved, corpus=path, out=out, workers=workers, engine=args.engine)
        def step_plain():
            return in_child("plain", folder / f"figures-plain-{plain_n}{tag}.json", out=folder / f"run-{plain_n}",
                            workers=workers)
        if i % 2 == 0 or plain_n != n:
            run = step_run()
            plain = step_plain()
        else:
            plain = step_plain()        # the store of the previous round holds the same cleaned texts
            run = step_run()
        pairs.append({"run": run, "plain": plain, "ratio": throughput_ratio(run, plain)})
    middle = sorted(pairs, key=lambda pair: pair["ratio"])[(len(pairs) - 1) // 2]    # of two, the lower
    return {**middle, "ratios": [pair["ratio"] for pair in pairs], "plain_measured_at": plain_n,
            "cpu_ratios": [cpu_ratio(pair["run"], pair["plain"]) for pair in pairs]}


def throughput_ratio(run: dict, plain: dict) -> float:
    return rate(run["docs"], run["seconds"]) / rate(plain["docs"], plain["seconds"])


def cpu_ratio(run: dict, plain: dict) -> float | None:
    """Plain nlp.pipe's CPU per document over the pipeline's, all processes counted: what the
    throughput ratio would be on a machine with a core to spare for every process."""
    if "cpu" not in run or "cpu" not in plain:
        return None
    per_doc = lambda figures: sum(figures["cpu"].values()) / figures["docs"]
    return per_doc(plain) / per_doc(run)


def main_bench(args) -> None:
    from frontwatch.engine import worker_count
    from frontwatch.settings import load_settings

    folder = Path(args.dir)
    folder.mkdir(parents=True, exist_ok=True)
    workers = worker_count(load_settings(workers=args.workers))
    report: dict = {"workers": workers, "cpu_count": os.cpu_count(), "sizes": {}}
    for n in args.sizes:
        report["sizes"][n] = measure_size(folder, n, args, workers)
        print_size(n, report["sizes"][n], workers)
    largest = max(args.sizes)
    small = min(args.sizes)
    if len(args.sizes) > 1:
        big_rss = report["sizes"][largest]["run"]["rss"]
        small_rss = report["sizes"][small]["run"]["rss"]
        print(f"\n  peak RSS {largest:,} vs {small:,} documents: main x{big_rss['main_mb'] / small_rss['main_mb']:.2f}, "
              f"largest worker x{big_rss['largest_child_mb'] / max(small_rss['largest_child_mb'], 1):.2f}  "
              f"(target <= 1.5)")
    out = folder / f"run-{largest}"
    added = corpus(folder, args.add, args.seed + 1000, prefix="add")
    incremental = in_child("run", folder / "figures-incremental.json", corpus=added, out=out, workers=workers,
                           engine=args.engine)
    full = report["sizes"][largest]["run"]["seconds"]
    report["incremental"] = incremental
    print(f"\n== incremental: {incremental['docs']} new documents added to the {largest:,}-document store ==")
    print(f"  {incremental['seconds']:.1f} s vs {full:.1f} s for the full run: "
          f"{incremental['seconds'] / full:.3f} of it (target <= 0.1)")
    for stage, seconds in sorted(incremental["stages"].items(), key=lambda kv: -kv[1]):
        print(f"    {stage:38s} {seconds:8.2f} s")
    sizes = [s for s in args.fusion_sizes if s <= largest]
    if sizes:
        report["fusion"] = in_child("fusion", folder / "figures-fusion.json", out=out, fusion_sizes=sizes,
                                    prefix="syn")["fusion"]
        print_fusion(report["fusion"])
    report["cost"] = in_child("cost", folder / "figures-cost.json", out=folder / f"run-{small}", sample=args.sample)
    print_cost(report["cost"])
    (folder / "bench.json").write_text(json.dumps(report, indent=1))
    print(f"\nfigures saved in {folder / 'bench.json'}")


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description="frontwatch benchmark: prints throughput and memory figures.")
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--plain-sizes", type=int, nargs="+", default=None,
                        help="sizes at which to run plain nlp.pipe (default: every size)")
    parser.add_argument("--repeats", type=int, default=1,
                        help="runs of the pipeline and of plain nlp.pipe per size, interleaved")
    parser.add_argument("--reuse", action="store_true", help="reuse the figures of steps already measured")
    parser.add_argument("--fusion-sizes", type=int, nargs="+", default=[1000, 3000, 10000])
    parser.add_argument("--add", type=int, default=100, help="documents added to the largest store")
    parser.add_argument("--workers", type=int, default=0, help="processes for the NLP stage (0: all cores)")
    parser.add_argument("--engine", default="local")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--sample", type=int, default=300,
                        help="documents in the one-process breakdown of a worker's time")
    parser.add_argument("--dir", default=str(ROOT / "out" / "bench"))
    parser.add_argument("--child", choices=sorted(CHILDREN), help=argparse.SUPPRESS)
    parser.add_argument("--corpus", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    parser.add_argument("--prefix", default="syn", help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main() -> None:
    global REUSE
    args = parse_args()
    REUSE = args.reuse
    args.plain_sizes = args.plain_sizes or args.sizes
    if args.child:
        print(json.dumps(CHILDREN[args.child](args)))
        return
    main_bench(args)


if __name__ == "__main__":
    main()
