"""Word lists shared by the rules: who the people are, which verbs move them, and who is speaking.

Kept in one place so a reader can see the vocabulary the extractor knows,
and a new phrasing is a one-line change.
"""

from typing import Final, Literal

Side = Literal["ukraine", "russia"]
OTHER: Final[dict[Side, Side]] = {"ukraine": "russia", "russia": "ukraine"}

# Heads of a noun phrase that counts people, by category.
MILITARY_HEADS: Final = frozenset(
    "soldier soldiers serviceman servicemen servicemembers servicewomen troops pow pows pw defender defenders "
    "personnel fighters fighter marines marine officers guardsmen combatants paratroopers sailors pilots "
    "warriors conscripts military militaries sergeants sergeant privates corporals guards".split()
)
CIVILIAN_HEADS: Final = frozenset("civilian civilians residents non-combatants noncombatants".split())
GENERIC_HEADS: Final = frozenset(
    "prisoner prisoners people persons person individuals individual captives captive detainees detainee "
    "hostages citizens compatriots nationals ukrainians russians heroes internees guys seamen seafarers "
    "mariners".split()
)
GENDER_HEADS: Final = frozenset("men women man woman boys girls teenagers".split())
WOUNDED_HEADS: Final = frozenset("wounded injured sick ill".split())
PERSON_HEADS: Final = MILITARY_HEADS | CIVILIAN_HEADS | GENERIC_HEADS | GENDER_HEADS

NATIONALITY: Final[dict[str, Side]] = {
    "ukrainian": "ukraine",
    "ukrainians": "ukraine",
    "russian": "russia",
    "russians": "russia",
    "kursk": "russia",
    "belgorod": "russia",
    "azov": "ukraine",
}

# Adjectives naming the people of a third country: "three Nepalese citizens" were neither side's to receive.
THIRD_NATIONALITY: Final = frozenset(
    "foreign american british briton croatian georgian belarusian polish moldovan kazakh uzbek tajik kyrgyz "
    "armenian azerbaijani nepalese indian sri lankan cuban syrian african chinese korean north-korean somali "
    "colombian brazilian german french dutch danish swedish czech israeli turkish".split()
)

# Words that may stand between a number and its head ("307 seriously wounded Ukrainian soldiers").
NP_STOP: Final = frozenset(
    "were was are is be been being have has had will would from to in on at by for and or as who which that "
    "with after before during since including while but than into over under each apiece per the a an this "
    "these those it its their his her they we he she said says year years year-old month months week weeks "
    "day days hour hours minute minutes km kilometres kilometers miles percent times dollars euros roubles "
    "rubles hryvnias tonnes tons missiles drones shells points goals games matches votes seats metres meters "
    "villages settlements towns regions bodies remains tanks vehicles sides countries governments delegations "
    "capitals rounds exchanges swaps".split()
)

COUNTRY: Final[dict[str, Side]] = {
    "ukraine": "ukraine",
    "kyiv": "ukraine",
    "kiev": "ukraine",
    "ukrainian": "ukraine",
    "russia": "russia",
    "moscow": "russia",
    "russian": "russia",
    "kremlin": "russia",
}

# Verbs whose subject is the side that *receives* people, and those whose subject *gives* them back.
RECEIVE_VERBS: Final = frozenset(
    "received receive receives receiving got gets get getting welcomed recovered repatriated secured took".split()
)
GIVE_VERBS: Final = frozenset(
    "released release releases releasing freed frees free freeing handed hands handing transferred transfers "
    "transferring returned returns returning gave give gives sent sends".split()
)
BE_FORMS: Final = frozenset("was were been being are is be".split())
PRONOUNS: Final = frozenset("it they we".split())

# Stems that make a clause about handing people over.
EXCHANGE_STEMS: Final = (
    "exchang", "swap", "releas", "freed", "free", "return", "repatriat", "handed", "handover", "hand",
    "transfer", "receiv", "home", "captivity", "reunited", "brought", "got", "welcomed", "crossed", "trade",
    "recovered",
)

# Verbs that make a number something other than people handed over.
NEGATIVE_BEFORE: Final = frozenset(
    "killed killing kill kills captured capturing capture captures holds hold holding held lost losing wounded "
    "wounding injured injuring mobilised mobilized deployed recruited drafted sentenced tortured executed "
    "deported abducted evacuated buried identified estimates count counted convicted interviewed surveyed "
    "questioned examined".split()
)
NEGATIVE_AFTER: Final = frozenset(
    "killed died dead captured held remain remained remaining remains missing detained still languish "
    "languishing sentenced convicted mobilised mobilized deployed fighting fought served believed estimated "
    "killing died called conscripted".split()
)

NUMBER_WORDS: Final[dict[str, int]] = {
    word: value
    for value, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
        "seventeen eighteen nineteen".split()
    )
} | {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "dozen": 12,
}
SCALE_WORDS: Final[dict[str, int]] = {"hundred": 100, "thousand": 1000}

ORDINALS: Final[dict[str, int]] = {
    word: value
    for value, word in enumerate(
        "zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split()
    )
    if value
} | {f"{n}{suffix}": n for n in range(1, 13) for suffix in ("st", "nd", "rd", "th")}
