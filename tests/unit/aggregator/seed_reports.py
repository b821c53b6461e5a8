"""The reports a careful reader takes from each of the five seeds, written by hand.

One report per article, kind and day; they are not produced by the extractor,
so tests built on them pin the reconciliation rules alone.
"""

from schemas import ExchangeStage, StageKind
from tests.unit.aggregator.factories import FRIDAY, KYIV, MOSCOW, SATURDAY, figures, report

STAGE, CUMULATIVE, AGREEMENT = StageKind.STAGE, StageKind.CUMULATIVE, StageKind.AGREEMENT
AFP, DPA, REUTERS, FIVE, ZELENSKY = (
    "000_39c5bf79ae239c3b.txt",
    "001_d728d23e68c312cc.txt",
    "002_a7377d830b10fdd8.txt",
    "003_9595e874bc238fbd.txt",
    "004_9391f326c2eaa901.txt",
)


def seed_reports() -> list[ExchangeStage]:
    """Fourteen reports: five articles, two stages, one cumulative claim, four agreements."""
    return [
        # 000: Moscow's 307 POWs each on Saturday; Friday 390 each, Russia's 270 troops + 120 civilians; 1,000 each
        report(AFP, day=SATURDAY, published=SATURDAY, both=figures(307, 307, authority=MOSCOW)),
        report(
            AFP, day=FRIDAY, published=SATURDAY, ukraine=figures(390), russia=figures(390, 270, 120, authority=MOSCOW)
        ),
        report(AFP, kind=AGREEMENT, day=SATURDAY, published=SATURDAY, both=figures(1000)),
        # 001: 307 each; Kyiv's 3 women + 387 men; Moscow's 270 POWs + 120 civilians; 1,000 each agreed
        report(DPA, day=SATURDAY, published=SATURDAY, both=figures(307, authority=MOSCOW)),
        report(
            DPA,
            day=FRIDAY,
            published=SATURDAY,
            ukraine=figures(390, authority=KYIV),
            russia=figures(military=270, civilian=120, authority=MOSCOW),
        ),
        report(DPA, kind=AGREEMENT, day=SATURDAY, published=SATURDAY, both=figures(1000)),
        # 002: 390 each, 270 soldiers + 120 civilians each ("almost 400" is the same article's hedge); 1,000 each
        report(REUTERS, day=FRIDAY, published=FRIDAY, both=figures(390, 270, 120)),
        report(REUTERS, kind=AGREEMENT, day=FRIDAY, published=FRIDAY, both=figures(1000)),
        # 003 (no date header): 307 military each on May 24; 390 incl. 270 servicemen + 120 civilians on May 23
        report(FIVE, day=SATURDAY, both=figures(307, 307)),
        report(FIVE, day=FRIDAY, both=figures(390, 270, 120)),
        # 004: Zelensky's 307 defenders, "697 people ... in two days", 1,000-for-1,000; Friday 390 incl. 120 civilians
        report(
            ZELENSKY,
            day=SATURDAY,
            published=SATURDAY,
            ukraine=figures(307, 307, authority=KYIV),
            russia=figures(307, 307, authority=MOSCOW),
        ),
        report(
            ZELENSKY,
            kind=CUMULATIVE,
            day=SATURDAY,
            published=SATURDAY,
            ukraine=figures(697, authority=KYIV),
            evidence="In just these two days, 697 people have been brought home,",
        ),
        report(ZELENSKY, kind=AGREEMENT, day=SATURDAY, published=SATURDAY, both=figures(1000, authority=KYIV)),
        report(ZELENSKY, day=FRIDAY, published=SATURDAY, both=figures(390, civilian=120)),
    ]
