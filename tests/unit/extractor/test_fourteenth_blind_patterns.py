"""Generalisation patterns from the fourteenth blind set (ratios of parity, ...)."""

from tests.unit.extractor.helpers import figures

# "The deal was one for one: 50 soldiers for 50": "one for one" with no noun is the swap's ratio (parity),
# not a head count of one person each


def test_one_for_one_is_a_ratio_not_a_head_count() -> None:
    found = figures("The swap was one for one: sixty Ukrainian soldiers for sixty Russian soldiers.")
    assert all(value != 1 for _, _, value in found)
    assert ("ukraine", "military", 60) in found
    assert all(value != 1 for _, _, value in figures("Prisoners were exchanged on a one-for-one basis on Monday."))
    # a paired count of a larger figure still counts both sides
    assert ("both", "total", 40) in figures("Ukraine and Russia exchanged prisoners 40 for 40 on Monday.")


# '"We will bring every one of our soldiers home"': "every one" (like "any one", "no one") quantifies over
# the whole group, it counts no single person


def test_every_one_of_a_group_is_no_head_count() -> None:
    assert figures('"We will keep working to bring every one of our soldiers home," the minister said.') == set()
    assert figures("Kyiv said that not any one of its soldiers would be left behind in captivity.") == set()
    # "one of our soldiers" on its own is still one person
    assert ("ukraine", "total", 1) in figures("Russia freed one of our people from captivity on Monday.")
