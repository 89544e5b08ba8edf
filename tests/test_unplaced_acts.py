"""Acts whose sentences name no place: a violent act lies near the place the article is about, a
state's arrest, release or ultimatum in the capital; never in the middle of the country."""

from datetime import date

import pytest

from pipeline.records import Article

PUBLISHED = date(2023, 9, 18)  # a Monday


def _mentions(extractor, body, title="Test"):
    article = Article(article_id="a", title=title, published=PUBLISHED, body=body)
    return extractor.extract(article).mentions


def _one(mentions, category):
    (mention,) = [m for m in mentions if m.trigger.category == category]
    return mention


DJIBO = (
    "Gunmen killed 12 civilians in Djibo on Sunday, local officials said. Residents of Djibo say"
    " the town has been under blockade for months.\n\n"
)
AMBUSH = "In March, militants ambushed a patrol, killing four soldiers."


def _militants(mentions):
    """The act of the last paragraph, the only one militants do."""
    return next(m for m in mentions if "militants" in m.sentence)


def test_an_older_attack_told_with_no_place_lies_near_the_town_the_article_is_about(extractor):
    march = _militants(_mentions(extractor, DJIBO + AMBUSH))
    assert march.place.name == "Djibo"
    assert march.place.geo_precision == 2  # near the town, not in it for sure
    assert "the place the article names most" in march.place_rule


@pytest.mark.parametrize(
    ("body", "category", "capital"),
    [
        (
            "Mali has freed three of the 49 Ivorian soldiers it detained in July. The three"
            " women were released on Saturday on humanitarian grounds, the government said.",
            "Release",
            "Bamako",
        ),
        (
            "Two traders were arrested on Tuesday on suspicion of smuggling fuel, Niger's"
            " interior ministry said.",
            "Arrest",
            "Niamey",
        ),
    ],
    ids=["release", "arrest"],
)
def test_a_state_s_act_with_no_place_told_is_placed_in_the_capital(
    extractor, body, category, capital
):
    mentions = _mentions(extractor, body)
    act = [m for m in mentions if m.trigger.category == category][-1]
    assert (act.place.name, act.place.geo_precision) == (capital, 2)  # inferred: near it
    assert "its country's capital" in act.place_rule


def test_hostages_freed_are_not_placed_in_the_capital(extractor):
    body = (
        "Gunmen kidnapped two aid workers in northern Mali in May. The two hostages were"
        " released on Saturday, their employer said."
    )
    release = _one(_mentions(extractor, body), "Release")
    assert release.place.name != "Bamako"
    assert "capital" not in release.place_rule


@pytest.mark.parametrize(
    "body",
    [
        "Burkina Faso's army lifted the curfew on Sunday. Jihadists warned villagers on Monday to"
        " leave within three days, residents said.",
        "Niger's junta lifted the curfew on Sunday. President Emmanuel Macron warned on Monday"
        " that France would answer any attack on its embassy.",
    ],
    ids=["jihadists", "foreign-leader"],
)
def test_a_threat_by_others_than_the_state_is_not_placed_in_its_capital(extractor, body):
    threat = _one(_mentions(extractor, body), "Threat")
    assert threat.place.feature == "country", threat.place_rule


@pytest.mark.parametrize(
    "body",
    [
        "Gunmen killed 12 civilians in Djibo on Sunday, and soldiers repelled an attack in Arbinda"
        " on Saturday. Djibo and Arbinda have both been under blockade for months.\n\n" + AMBUSH,
        "Soldiers seized power in Niamey on Wednesday. Crowds gathered in Niamey on Thursday to"
        " support the coup leaders.\n\n" + AMBUSH,
        DJIBO + "Last year, militants killed more than 2,000 people.",
    ],
    ids=["two-towns-named-alike", "the-capital-of-a-coup", "a-tally-over-a-year"],
)
def test_an_act_the_article_s_place_does_not_fit_keeps_its_country(extractor, body):
    act = _militants(_mentions(extractor, body))
    assert act.place.feature == "country", act.place_rule
