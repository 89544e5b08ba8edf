"""One act, one event: what ACLED codes as part of a violent event, and as which type."""

from datetime import date

import pytest

from pipeline.records import Article

PUBLISHED = date(2022, 3, 14)


def _events(extractor, body):
    article = Article(article_id="a", title="Test", published=PUBLISHED, body=body)
    return extractor.extract(article).mentions


def _types(extractor, body):
    return [(m.trigger.event_type, m.trigger.sub_event_type) for m in _events(extractor, body)]


@pytest.mark.parametrize(
    "body",
    [
        "On 10 March, gendarmes beat and arrested a shopkeeper in Kaya.",
        "On 10 March, gunmen killed two herders near Gorom-Gorom and stole their cattle.",
        "On 10 March, four traders were shot dead in Titao and soldiers were deployed there.",
    ],
)
def test_arrests_looting_and_deployments_told_with_violence_are_part_of_it(extractor, body):
    kinds = _types(extractor, body)
    assert len(kinds) == 1 and kinds[0][0] != "Strategic developments"


def test_an_arrest_on_another_day_stays_an_event(extractor):
    body = "On 8 March, gunmen killed a trader in Kaya. On 10 March, police arrested two suspects."
    assert ("Strategic developments", "Arrests") in _types(extractor, body)


def test_an_abduction_with_no_deaths_told_has_none(extractor):
    (mention,) = _events(extractor, "On 10 March, gunmen abducted a teacher near Djibo.")
    assert mention.fatalities == 0
