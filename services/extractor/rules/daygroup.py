"""A day's group named by its day: "Friday's group included 118 servicemen and 12 civilians".

A report of a swap over several days names each day's people by the day ("Friday's group", "the day's group")
as it would say "the group": the sentence tells what the people just counted were made of, and needs no
exchange word of its own.
"""

from typing import Final

DAY_GROUP: Final = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the day)['’]s group"
