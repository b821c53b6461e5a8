"""Every tense of "bring back" and "take home" makes its subject the side that receives.

A headline tells a handover in the present ("Kyiv brings home 80 soldiers", "Moscow takes back 40 men") as a
report tells it in the past ("brought home", "took back"): with "back", "home" or "over" after it, the verb's
subject gets the people counted, in any tense.
"""

from typing import Final

BRINGING: Final = frozenset("brought bring brings bringing took take takes taking".split())
