"""Non-English articles are rejected; English ones, short or long, are not."""

import pytest

from services.extractor.rules.language import english_problem


@pytest.mark.parametrize(
    "text",
    [
        "Russia and Ukraine swap 115 POWs each in UAE-brokered exchange",
        "Russia and Ukraine exchanged 307 prisoners of war each on Saturday, the defence ministry said in Moscow.",
        "OK",
    ],
)
def test_english(text: str) -> None:
    assert english_problem(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Сьогодні додому повернулися 390 українців: 270 військовослужбовців та 120 цивільних.",
        "12345 67890 !!! ...",
        "La Russie et l'Ukraine ont échangé 307 prisonniers chacune samedi, selon le ministère russe de la Défense, "
        "qui a précisé que les soldats russes se trouvaient en Biélorussie.",
    ],
)
def test_not_english(text: str) -> None:
    assert english_problem(text) is not None
