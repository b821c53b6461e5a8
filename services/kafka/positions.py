"""Which fetched records a worker may hand to its streams: one next offset per stream partition.

faust-streaming 0.15 races its seek to the committed offsets (done after every rebalance) against
its drain loop: the consumer thread runs a fetch and the seek at once. Records of a batch fetched
before the seek keep arriving after it, faust moves its read offset past them, and then it both
drops the records re-read from the committed offset (as "already read") and counts the offsets it
jumped over as a gap, which it commits as processed. The records of that gap reached a stream
during the seek, but faust clears the stream queues when it resumes the flow right after it, so
no stream processed them. A worker restarted after `kill -9` lost articles that way
(tests/integration/test_faults.py, which checks only the seeds, passed all the same).

`StreamPositions` is the rule the consumer applies instead: fetches and seeks are serialised
and numbered, a record from a batch fetched before the seek that moved its partition is dropped
(the consumer reads it again from the new position), and a record below the partition's next
offset is a re-delivery of one already handed over since that seek.
"""

from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass, field


@dataclass
class StreamPositions:
    """Next offset per partition since its last seek, and the number of the seek that set it."""

    seeks: int = 0  # seeks begun so far; a batch fetched while this was n belongs to "epoch n"
    next_offsets: dict[Hashable, int] = field(default_factory=dict)
    moved_by_seek: dict[Hashable, int] = field(default_factory=dict)

    def begin_seek(self) -> None:
        """Count a seek; batches fetched before it are now from an older epoch."""
        self.seeks += 1

    def end_seek(self, positions: Mapping[Hashable, int | None]) -> None:
        """Record where the seek left each partition; None means it did not move that one.

        aiokafka's seek to the committed offsets skips a partition with no commit (None or 0), so
        records fetched before it are still the partition's next; an explicit seek to 0 does move it.
        """
        for partition, offset in positions.items():
            if offset is not None:
                self.next_offsets[partition] = offset
                self.moved_by_seek[partition] = self.seeks
            else:
                self.next_offsets.pop(partition, None)  # position unknown: accept what comes next

    def forget(self, partitions: Iterable[Hashable]) -> None:
        """Drop partitions this worker no longer owns."""
        for partition in partitions:
            self.next_offsets.pop(partition, None)
            self.moved_by_seek.pop(partition, None)

    def expected(self, partition: Hashable) -> int | None:
        """Return the offset the partition's next record should have, if known."""
        return self.next_offsets.get(partition)

    def admit(self, partition: Hashable, offset: int, fetched_in: int) -> bool:
        """Return True if a record fetched in epoch `fetched_in` is the partition's next; remember it."""
        if fetched_in < self.moved_by_seek.get(partition, 0):
            return False  # fetched before the seek moved this partition: it will be fetched again
        expected = self.next_offsets.get(partition)
        if expected is not None and offset < expected:
            return False  # handed over already since the last seek
        self.next_offsets[partition] = offset + 1  # offset > expected: a real gap (compaction, markers)
        return True
