"""Bad messages for the `articles` topic, each with the dead-letter reason it must get.

The texts are written for these tests: a German business report and a Russian exchange
report (not English: the extractor must not guess), and an English report whose own
figures cannot all be true.
"""

from dataclasses import dataclass
from datetime import UTC, date, datetime

import orjson

from schemas import Article, encode
from schemas.article import article_id_for, normalise_text

GERMAN_BUSINESS = """\
Die Zahl der Arbeitslosen in Deutschland ist im Mai leicht gesunken. Wie die Bundesagentur für Arbeit am
Mittwoch in Nürnberg mitteilte, waren 2,919 Millionen Menschen ohne Arbeit, rund 13.000 weniger als im
April. Die Quote lag unverändert bei 6,2 Prozent. Saisonbereinigt stieg die Zahl jedoch um 34.000.
Besonders betroffen sei weiterhin die Industrie, sagte die Vorstandsvorsitzende Andrea Nahles. In der
Autobranche seien seit Jahresbeginn mehr als 20.000 Stellen weggefallen, vor allem bei Zulieferern in
Baden-Württemberg und Niedersachsen. Die Zahl der offenen Stellen sank auf 640.000. Ökonomen erwarten
für das zweite Halbjahr nur eine langsame Erholung; das Institut für Wirtschaftsforschung in Halle
rechnet mit einem Wachstum von 0,3 Prozent im laufenden Jahr.
"""

RUSSIAN_EXCHANGE = """\
Россия и Украина в среду провели очередной обмен военнопленными. Как сообщило Министерство обороны
России, с подконтрольной Киеву территории возвращены 84 российских военнослужащих. Взамен украинской
стороне переданы 84 военнопленных. Посредниками в переговорах выступили Объединённые Арабские Эмираты.
Освобождённые военные находятся на территории Белоруссии, где им оказывается необходимая
психологическая и медицинская помощь. Уполномоченный по правам человека Татьяна Москалькова заявила,
что работа по возвращению всех соотечественников будет продолжена. Это уже пятьдесят седьмой обмен
с начала конфликта; всего, по данным украинской стороны, из плена вернулись более 5 000 человек.
"""

CONTRADICTORY_ENGLISH = """\
Russia and Ukraine each released 150 prisoners on Wednesday in an exchange brokered by the United
Arab Emirates, the two defence ministries said. In a statement on Wednesday, Kyiv's coordination
headquarters said 150 Ukrainians had come home. President Zelensky said on Wednesday that 175
Ukrainians had come home in the swap. Moscow said 150 Russian servicemen were returned from
territory controlled by Kyiv. Neither side explained the difference.
"""


def article_bytes(text: str, source: str, published: date | None) -> bytes:
    """Encode a well-formed `Article` the way the feeder does."""
    body = normalise_text(text)
    return encode(
        Article(
            article_id=article_id_for(body), source=source, published=published,
            received_at=datetime.now(UTC), text=body,
        )
    )


@dataclass(frozen=True)
class BadInput:
    """One bad message: what it is, its key and value, and the reason it must be dead-lettered with."""

    name: str
    key: bytes | None
    value: bytes | None
    reason: str


def bad_inputs(size_limit: int) -> list[BadInput]:
    """Every kind of bad input the pipeline must dead-letter while it keeps counting the good ones."""
    good = orjson.loads(article_bytes("Filler text.", "x.txt", date(2025, 6, 11)))
    wrong_version = {**good, "schema_version": 2}
    huge_text = "The talks went on. " * (size_limit // 19 + 100)
    return [
        BadInput("empty value", b"bad-empty", b"", "empty"),
        BadInput("null value (tombstone)", b"bad-null", None, "empty"),
        BadInput(
            "over the size limit", b"bad-too-large", article_bytes(huge_text, "long.txt", date(2025, 6, 11)),
            "too_large",
        ),
        BadInput(
            "not UTF-8 (Latin-1 text)", b"bad-latin1",
            "Gefangenenaustausch: 84 Soldaten kehrten zurück, berichtete die Zeitung.".encode("latin-1"),
            "not_utf8",
        ),
        BadInput("malformed JSON (truncated)", b"bad-truncated", article_bytes("Cut short.", "cut.txt", None)[:-9],
                 "malformed_json"),
        BadInput("JSON of the wrong shape", b"bad-shape",
                 orjson.dumps({"headline": "Prisoner swap", "body": "390 each", "date": "2025-05-23"}), "wrong_shape"),
        BadInput("unknown schema_version", b"bad-version", orjson.dumps(wrong_version), "unknown_schema_version"),
        BadInput("German business news", b"bad-german",
                 article_bytes(GERMAN_BUSINESS, "handelsblatt.txt", date(2025, 6, 4)), "not_english"),
        BadInput("Russian exchange report", b"bad-russian",
                 article_bytes(RUSSIAN_EXCHANGE, "ria.txt", date(2025, 6, 11)), "not_english"),
        BadInput("English report contradicting itself", b"bad-contradiction",
                 article_bytes(CONTRADICTORY_ENGLISH, "wire-contradiction.txt", date(2025, 6, 11)),
                 "contradictory_figures"),
    ]
