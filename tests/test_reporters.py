"""Who reports an event is not one of its sides, unless it reports what it did itself."""

from datetime import date

import pytest

from pipeline.records import Article

PUBLISHED = date(2023, 9, 18)  # a Monday


def _actors(extractor, body):
    article = Article(article_id="a", title="Test", published=PUBLISHED, body=body)
    return [m.actors for m in extractor.extract(article).mentions]


@pytest.mark.parametrize(
    ("body", "reporter"),
    [
        (
            "At least 40 civilians were killed in an attack near Dori on Saturday,"
            " the government said.",
            "Government of Burkina Faso",
        ),
        (
            "The government said on Sunday that 15 soldiers were killed in an ambush near"
            " Arbinda on Saturday.",
            "Government of Burkina Faso",
        ),
        (
            "Gunmen killed nine herders near Menaka on Saturday, according to the army.",
            "Military Forces of Mali",
        ),
        (  # the second of two sources
            "Gunmen killed nine herders near Menaka on Saturday, according to local sources and"
            " the army.",
            "Military Forces of Mali",
        ),
        (
            "Soldiers executed 30 herders near Djenne on Saturday, the UN human rights office"
            " said in a report.",
            "United Nations",
        ),
    ],
)
def test_the_one_who_reports_is_not_a_side(extractor, body, reporter):
    (actors,) = _actors(extractor, body)
    assert reporter not in actors


@pytest.mark.parametrize(
    ("body", "agent"),
    [
        ("The army said it had killed 20 assailants near Djibo on Saturday.", "Military Forces"),
        ("Niger's junta said on Saturday that it had arrested a former minister.", "Government"),
    ],
)
def test_a_reporter_telling_what_it_did_is_the_agent(extractor, body, agent):
    (actors,) = _actors(extractor, body)
    assert actors and actors[0].startswith(agent)


def test_a_second_actor_after_according_to_with_no_comma_is_a_side(extractor):
    body = "According to local sources JNIM and the army fought near Djibo on Saturday."
    (actors,) = _actors(extractor, body)
    assert "Military Forces of Burkina Faso" in actors
