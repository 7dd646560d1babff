#!/usr/bin/env python3
"""Write a synthetic corpus of conflict reports as JSON lines (see frontwatch.synth).

    python scripts/generate_corpus.py 10000 out/bench/corpus-10k.jsonl [--seed 7] [--prefix syn]
"""
from __future__ import annotations

import argparse

from frontwatch.synth import write_jsonl


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="number of documents")
    parser.add_argument("out", help="JSONL file to write")
    parser.add_argument("--seed", type=int, default=7, help="random seed (same seed, same corpus)")
    parser.add_argument("--prefix", default="syn", help="document id prefix")
    args = parser.parse_args()
    path = write_jsonl(args.out, args.n, seed=args.seed, prefix=args.prefix)
    print(f"wrote {args.n} documents to {path}")


if __name__ == "__main__":
    main()
