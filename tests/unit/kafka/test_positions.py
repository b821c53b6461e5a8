"""StreamPositions: which fetched records may reach the streams once a seek has moved a partition.

The rule replaces faust's read-offset check, which lost records when a batch fetched before the
seek to the committed offsets was handed over after it (services/kafka/positions.py).
"""

from services.kafka.positions import StreamPositions

TP = ("articles", 1)
OTHER = ("articles", 5)


def seeked(committed: dict[tuple[str, int], int | None]) -> StreamPositions:
    """Positions after one batch was fetched (epoch 0) and one seek to `committed` (epoch 1)."""
    positions = StreamPositions()
    positions.begin_seek()
    positions.end_seek(committed)
    return positions


def test_before_any_seek_every_record_is_admitted_and_tracked() -> None:
    positions = StreamPositions()
    assert positions.expected(TP) is None
    assert [positions.admit(TP, offset, fetched_in=0) for offset in (0, 1, 2)] == [True, True, True]
    assert positions.expected(TP) == 3


def test_a_record_fetched_before_the_seek_that_moved_its_partition_is_dropped() -> None:
    positions = StreamPositions()
    assert positions.admit(TP, 1, fetched_in=0)  # handed over before the seek began
    positions.begin_seek()
    positions.end_seek({TP: 1})
    # the rest of the old batch: faust would have counted 2 as a gap and skipped the re-read of 1
    assert not positions.admit(TP, 3, fetched_in=0)
    assert not positions.admit(TP, 10, fetched_in=0)
    assert positions.expected(TP) == 1
    # the same offsets fetched again from the committed offset are the ones handed over
    assert [positions.admit(TP, offset, fetched_in=1) for offset in (1, 2, 3)] == [True, True, True]
    assert positions.expected(TP) == 4


def test_offsets_redelivered_since_the_seek_are_dropped() -> None:
    positions = seeked({TP: 5})
    assert positions.admit(TP, 5, fetched_in=1)
    assert positions.admit(TP, 6, fetched_in=1)
    assert not positions.admit(TP, 5, fetched_in=1)
    assert not positions.admit(TP, 6, fetched_in=1)
    assert positions.admit(TP, 7, fetched_in=1)


def test_a_gap_after_the_expected_offset_is_accepted() -> None:
    """Compaction and transaction markers leave real gaps; they must not stall the partition."""
    positions = seeked({TP: 5})
    assert positions.admit(TP, 9, fetched_in=1)
    assert positions.expected(TP) == 10
    assert not positions.admit(TP, 8, fetched_in=1)  # below the next offset now


def test_a_seek_moves_only_the_partitions_it_names() -> None:
    positions = seeked({TP: 5})
    assert positions.admit(OTHER, 40, fetched_in=0)  # old epoch, but its partition did not move
    assert not positions.admit(TP, 40, fetched_in=0)


def test_a_partition_the_seek_did_not_move_accepts_its_old_batch() -> None:
    """aiokafka skips partitions without a commit; their records fetched before the seek are still next."""
    positions = StreamPositions()
    assert positions.admit(TP, 0, fetched_in=0)
    positions.begin_seek()
    positions.end_seek({TP: None})
    assert positions.expected(TP) is None
    assert positions.admit(TP, 1, fetched_in=0)
    assert positions.admit(TP, 2, fetched_in=1)


def test_an_explicit_seek_to_zero_moves_the_partition() -> None:
    positions = StreamPositions()
    assert positions.admit(TP, 7, fetched_in=0)
    positions.begin_seek()
    positions.end_seek({TP: 0})
    assert not positions.admit(TP, 8, fetched_in=0)
    assert positions.admit(TP, 0, fetched_in=1)


def test_a_later_seek_replaces_the_earlier_one() -> None:
    positions = seeked({TP: 5})
    assert positions.admit(TP, 5, fetched_in=1)
    positions.begin_seek()
    positions.end_seek({TP: 3})
    assert not positions.admit(TP, 6, fetched_in=1)  # fetched between the two seeks
    assert positions.admit(TP, 3, fetched_in=2)


def test_forget_drops_a_revoked_partition() -> None:
    """A partition assigned again later starts afresh; its old position and seek number must not linger."""
    positions = seeked({TP: 5, OTHER: 9})
    positions.forget([TP])
    assert positions.expected(TP) is None
    assert positions.admit(TP, 0, fetched_in=0)
    assert positions.expected(OTHER) == 9
    assert not positions.admit(OTHER, 12, fetched_in=0)
