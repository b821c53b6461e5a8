"""A list right after a comma that adds up to the count before it breaks that count down.

"By evening 96 Russians had reached Belgorod, 90 conscripts and six civilians.": with no colon or dash the list
still restates the 96, part by part, so its figures take the count's side, as after "96 Russians came home:". Only
a list that adds up to the count exactly is read so ("96 ..., 40 conscripts and six civilians" may be anything).
"""


def comma_before_list(gap: list[str]) -> bool:
    """True when the words between a count's noun and the next figure end on a comma (and hold no other stop)."""
    return gap[-1:] == [","] and ";" not in gap and "." not in gap
