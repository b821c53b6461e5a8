from services.extractor.rules.quotes import QUOTE_WINDOW, Quotes


def test_curly_quotation_open_and_close() -> None:
    text = 'He said: “We brought 84 home. They are safe.” The rest waited.'
    quotes = Quotes(text)
    inside = text.index("They")
    assert quotes.open_at(inside) == text.index("“")
    assert quotes.open_at(text.index("The rest")) is None
    assert quotes.close_after(inside, text.index("”") - 1) == text.index("”")


def test_straight_quotes_pair_up() -> None:
    text = 'A "first" quote, then "a second one that runs on'
    quotes = Quotes(text)
    assert quotes.open_at(text.index("then")) is None
    assert quotes.open_at(text.index("second")) == text.rindex('"')


def test_a_quotation_opened_too_far_back_is_not_tracked() -> None:
    text = "“" + "x" * (QUOTE_WINDOW + 10) + " end"
    assert Quotes(text).open_at(len(text) - 1) is None
    assert Quotes(text).close_after(len(text) - 3, len(text)) is None
