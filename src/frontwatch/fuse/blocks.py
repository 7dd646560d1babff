"""Blocking: fusion compares records only inside a block (same kind and place block),
so its work grows with the size of the blocks, not with the whole corpus."""
from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from typing import TypeVar

Item = TypeVar("Item")
Fused = TypeVar("Fused")


def fuse_by_block(items: Iterable[Item], block_of: Callable[[Item], Hashable],
                  fuse_block: Callable[[list[Item]], tuple[list[Fused], list]]) -> tuple[list[Fused], list]:
    """Split items into blocks, fuse each block in key order, and join what they give."""
    blocks: dict = {}
    for item in items:
        blocks.setdefault(block_of(item), []).append(item)
    fused, disputes = [], []
    for key in sorted(blocks):
        block_fused, block_disputes = fuse_block(blocks[key])
        fused += block_fused
        disputes += block_disputes
    return fused, disputes
