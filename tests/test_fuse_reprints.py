from __future__ import annotations

import pytest

from frontwatch.fuse.reprints import ReprintIndex, copy_groups, group_of_ref, shingles

WIRE = ("A rebel commander, talking to the agency, rejected the claim that the quarter had been lost, "
        "a loss that would split the rebel-held east into two pockets.")


@pytest.mark.parametrize("reprint", [
    WIRE,                                                             # word for word
    WIRE.replace("A rebel commander", "One rebel commander"),        # an edited opening
    "Speaking by phone, " + WIRE[0].lower() + WIRE[1:-1] + ", while another was unsure.",   # trimmed and extended
])
def test_reprints_of_one_wire_passage_form_a_copy_group(reprint):
    groups = copy_groups([("a:0-100", "a", WIRE), ("b:5-120", "b", reprint)], threshold=0.7, shingle=3)
    assert list(groups.values()) == [["a:0-100", "b:5-120"]]


def test_two_sentences_on_one_topic_are_not_copies():
    other = ("Opposition fighters insisted they still held the quarter and said the army's advance "
             "had been pushed back overnight after heavy losses.")
    assert copy_groups([("a:0-1", "a", WIRE), ("b:0-1", "b", other)], threshold=0.7, shingle=3) == {}


def test_repeats_inside_one_document_are_not_reprints():
    assert copy_groups([("a:0-1", "a", WIRE), ("a:200-300", "a", WIRE)], threshold=0.7, shingle=3) == {}


def test_short_passages_are_left_alone():
    assert copy_groups([("a:0-1", "a", "Fighting continued."), ("b:0-1", "b", "Fighting continued.")],
                       threshold=0.7, shingle=3) == {}


def test_groups_join_transitively_and_ids_are_stable():
    passages = [("a:0-1", "a", WIRE), ("b:0-1", "b", WIRE), ("c:0-1", "c", WIRE + " More followed.")]
    first = copy_groups(passages, threshold=0.7, shingle=3)
    again = copy_groups(list(reversed(passages)), threshold=0.7, shingle=3)
    assert first == again and list(first.values()) == [["a:0-1", "b:0-1", "c:0-1"]]
    gid = next(iter(first))
    assert gid.startswith("cg-") and group_of_ref(first) == {"a:0-1": gid, "b:0-1": gid, "c:0-1": gid}


def test_shingles_ignore_case_and_punctuation():
    assert shingles("The Army, said:", 2) == shingles("the army said", 2) == {"the army", "army said"}


def test_set_phrases_shared_by_many_documents_do_not_make_copies():
    """A template frame repeated across a large corpus is not a wire copy; the passage that really was
    reprinted still is."""
    frame = "Government forces said on {day} that they had taken full control of the {place} district after fighting"
    days, places = ["Monday", "Tuesday", "Friday"], [f"Place{i}" for i in range(40)]
    passages = [(f"d{i}:0-1", f"d{i}", frame.format(day=days[i % 3], place=places[i % 40])) for i in range(120)]
    passages += [("w1:0-1", "w1", WIRE), ("w2:0-1", "w2", WIRE.replace("A rebel", "One rebel"))]
    stats: dict = {}
    groups = copy_groups(passages, threshold=0.7, shingle=3, stats=stats, common_floor=5)
    assert list(groups.values()) == [["w1:0-1", "w2:0-1"]]
    assert stats["candidate_pairs"] < 200          # far below the 7,000 pairs of the frames


def test_word_for_word_copies_are_joined_without_pair_checks():
    stats: dict = {}
    passages = [(f"{doc}:0-1", doc, WIRE) for doc in "abcdefgh"]
    groups = copy_groups(passages, threshold=0.7, shingle=3, stats=stats)
    assert list(groups.values()) == [sorted(ref for ref, _, _ in passages)]
    assert stats["candidate_pairs"] == 0          # eight equal passages: no quadratic pair checks


FRAME = "government forces said on the day that they had taken full control of the district after fighting"


def _rebuilt(index: ReprintIndex) -> ReprintIndex:
    """The index as the store gives it back: from its passage rows and pairs."""
    rows = [index.passage_row(i) for i in range(len(index.refs))]
    pairs = [{"a": a, "b": b} for a, b in (index._ref_pair(p) for p in index.pairs)]
    return ReprintIndex.from_rows((0.7, 3, 4, 0.01, 3), rows, pairs)


def test_passages_added_later_give_the_groups_of_one_build():
    first = [("a:0-1", "a", WIRE), ("c:0-1", "c", "Heavy shelling hit the market district on the eastern bank today.")]
    later = [("b:0-1", "b", WIRE.replace("A rebel", "One rebel")),
             ("d:0-1", "d", "Heavy shelling hit the market district on the eastern bank, residents said.")]
    index = ReprintIndex(0.7, 3, 4, 0.01, 3)
    index.add(first)
    index = _rebuilt(index)
    changes = index.add(later)
    assert index.groups() == copy_groups(first + later, threshold=0.7, shingle=3, common_floor=3)
    assert len(index.groups()) == 2
    assert set(changes.refs()) == {"b:0-1", "d:0-1"}      # the old passages are not hashed again


def test_a_phrase_that_becomes_common_undoes_the_copies_it_made():
    """Two passages that share only a set phrase are one copy while the phrase is rare; once more
    documents use it, the phrase no longer counts, in an index built at once and in one added to."""
    first = [("a:0-1", "a", FRAME + " near the river crossing at dawn"),
             ("b:0-1", "b", FRAME + " in the hills to the west")]
    later = [(f"{doc}:0-1", doc, FRAME + f" {tail}") for doc, tail in
             (("c", "around the old airport road"), ("d", "along the northern canal bank"),
              ("e", "beside the grain silos downtown"))]
    index = ReprintIndex(0.7, 3, 4, 0.01, 3)
    index.add(first)
    assert list(index.groups().values()) == [["a:0-1", "b:0-1"]]
    index = _rebuilt(index)
    changes = index.add(later)
    assert index.groups() == copy_groups(first + later, threshold=0.7, shingle=3, common_floor=3) == {}
    assert changes.dropped_pairs == [("a:0-1", "b:0-1")]


def test_minhash_signatures_equal_datasketchs_minhash():
    """The array-at-once signatures are datasketch's MinHash values, set by set (empty included)."""
    import numpy as np
    from datasketch import MinHash

    from frontwatch.fuse.reprints import NUM_PERM, _low32, minhash_signatures

    rng = np.random.default_rng(3)
    sets = [rng.integers(0, 2**64 - 1, size=n, dtype=np.uint64) for n in (5, 1, 40, 0, 7, 300)]
    expected = []
    for values in sets:
        minhash = MinHash(num_perm=NUM_PERM, hashfunc=_low32)
        minhash.update_batch(values.tolist())
        expected.append(minhash.hashvalues)
    assert np.array_equal(minhash_signatures(sets), np.vstack(expected))
