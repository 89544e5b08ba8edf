"""Capital phrases ("the Nigerien capital", "the capital") and conflict localities of the
supplement: expected places are written from geographic knowledge."""

import pytest
from geopy.distance import geodesic

from pipeline.places import locate_article
from tests.places_helpers import assert_placed_near, mentions_of

BAMAKO = ("MLI", 12.64, -8.00)
OUAGADOUGOU = ("BFA", 12.37, -1.53)
NIAMEY = ("NER", 13.51, 2.11)


# (article sentences, mention text, (iso3, lat, lon) of the capital city)
CAPITAL_CASES = [
    pytest.param(
        ["Protesters marched in the Nigerien capital on Friday."],
        "Nigerien capital",
        NIAMEY,
        id="nigerien-capital",
    ),
    pytest.param(
        ["The junta met union leaders in the Malian capital."],
        "Malian capital",
        BAMAKO,
        id="malian-capital",
    ),
    pytest.param(
        ["Fuel ran short in the Burkinabe capital last week."],
        "Burkinabe capital",
        OUAGADOUGOU,
        id="burkinabe-capital",
    ),
    pytest.param(
        ["Mali's capital was calm after the coup."], "Mali's capital", BAMAKO, id="malis-capital"
    ),
    pytest.param(
        ["The capital of Niger was calm on Sunday."],
        "capital of Niger",
        NIAMEY,
        id="capital-of-niger",
    ),
    pytest.param(
        ["La capitale malienne était calme dimanche."],
        "capitale malienne",
        BAMAKO,
        id="capitale-malienne-french",
    ),
    pytest.param(
        ["Mali's army said it repelled an attack.", "Soldiers were deployed in the capital."],
        "capital",
        BAMAKO,
        id="bare-capital-article-country",
    ),
    pytest.param(
        [
            "Niger's junta expelled the French ambassador.",
            "Niger's army said the border was closed.",
            "Burkina Faso's army patrolled the capital.",
        ],
        "capital",
        OUAGADOUGOU,
        id="bare-capital-sentence-country-wins",
    ),
    pytest.param(
        [
            "Burkina Faso's army said the border was closed.",
            "Burkina Faso's junta dissolved the parties.",
            "In Bamako, the mood was tense.",
            "Opponents were arrested at a home in the capital on Friday.",
        ],
        "capital",
        BAMAKO,
        id="bare-capital-country-of-the-sentence-before",
    ),
    pytest.param(
        [
            "Mali's army said the border was closed.",
            "Many refugees have fled to Niger.",
            "Police arrested ten protesters in the capital on Friday.",
        ],
        "capital",
        BAMAKO,
        id="bare-capital-not-the-country-people-fled-to",
    ),
    pytest.param(
        ["Troops were deployed in the capital, Niamey."], "Niamey", NIAMEY, id="capital-comma-name"
    ),
    pytest.param(["Niger's capital Niamey was calm."], "Niamey", NIAMEY, id="possessive-name"),
    # the seat of the head of state stands in the capital
    pytest.param(
        [
            "Niger's army said the border was closed.",
            "Soldiers surrounded the presidential palace.",
        ],
        "presidential palace",
        NIAMEY,
        id="presidential-palace",
    ),
    pytest.param(
        ["Mali's junta met union leaders.", "Crowds marched towards the palace on Friday."],
        "palace",
        BAMAKO,
        id="the-palace",
    ),
    # a foreign embassy stands in the capital of the country it is in
    pytest.param(
        ["Niger's junta ordered the envoy out.", "Crowds marched on the French embassy."],
        "embassy",
        NIAMEY,
        id="embassy",
    ),
]


@pytest.mark.parametrize("article, text, capital", CAPITAL_CASES)
def test_capital_phrase_is_the_capital_city(gazetteer, article, text, capital):
    found = mentions_of(article, gazetteer, text)
    assert len(found) == 1, [m.text for s in locate_article(article, gazetteer) for m in s]
    place = found[0].place
    iso3, lat, lon = capital
    assert place is not None and place.iso3 == iso3, found[0].rule
    assert place.geo_precision == 1 and place.feature == "town"
    assert geodesic((place.latitude, place.longitude), (lat, lon)).km < 20
    assert found[0].rule


@pytest.mark.parametrize(
    "article",
    [
        pytest.param(
            ["Mali's army advanced.", "Gao, the regional capital, was attacked."], id="regional"
        ),
        pytest.param(
            ["Mali's army advanced.", "The capital of the Gao region was shelled."],
            id="capital-of-a-region",
        ),
        pytest.param(
            ["Kidal, the capital of the region, fell.", "Mali's army advanced."],
            id="apposition-to-another-town",
        ),
        pytest.param(["Investors fear capital flight from Mali."], id="money"),
        pytest.param(
            ["Mali's army advanced.", "Talks opened at the palace of congresses in Mopti."],
            id="palace-of-something",
        ),
        pytest.param(["Mali and Niger closed the capital airports."], id="two-countries-named"),
        pytest.param(
            ["Mali's junta recalled its envoy.", "Staff left the embassy in Paris."],
            id="embassy-abroad",
        ),
    ],
)
def test_other_capitals_are_not_the_national_capital(gazetteer, article):
    located = locate_article(article, gazetteer)
    places = [m.place.name for sentence in located for m in sentence if m.place is not None]
    assert "Bamako" not in places and "Niamey" not in places, places


def test_named_capital_is_not_doubled(gazetteer):
    located = locate_article(["Troops were deployed in the capital, Niamey."], gazetteer)[0]
    assert [m.text for m in located] == ["Niamey"]


def test_demonym_capital_replaces_the_country_mention(gazetteer):
    located = locate_article(["Protesters marched in the Nigerien capital."], gazetteer)[0]
    assert [(m.text, m.place.feature) for m in located] == [("Nigerien capital", "town")]


def test_every_country_has_its_capital_city(gazetteer):
    expected = {"MLI": "Bamako", "BFA": "Ouagadougou", "NER": "Niamey", "NGA": "Abuja"}
    for iso3 in ("MLI", "BFA", "NER", "NGA", "TCD", "MRT", "SEN", "GIN", "CIV", "GHA", "TGO"):
        capital = gazetteer.capital(iso3)
        assert capital is not None and capital.iso3 == iso3 and capital.feature == "town"
        assert gazetteer.is_capital(capital)
        if iso3 in expected:
            assert capital.name == expected[iso3]
    for iso3 in ("BEN", "DZA", "LBY"):
        assert gazetteer.capital(iso3) is not None
    assert not gazetteer.is_capital(gazetteer.country("MLI"))


# (article sentences, mention text, iso3, lat, lon, km, geo_precision); the tolerance reflects how
# well the place's position is known (see the source column of places.csv).
LOCALITY_CASES = [
    pytest.param(
        ["Malian troops and Wagner fighters were ambushed near Tinzaouatène."],
        "Tinzaouatène",
        "MLI",
        19.96,
        2.88,
        15,
        1,
        id="tinzaouatene-mali-side",
    ),
    pytest.param(
        ["Refugees crossed to Tin Zaouatine, in Algeria."],
        "Tin Zaouatine",
        "DZA",
        19.97,
        2.97,
        20,
        1,
        id="tin-zaouatine-algeria",
    ),
    pytest.param(
        ["Jihadists attacked the army camp in Tessit, in the Gao region."],
        "Tessit",
        "MLI",
        15.22,
        0.30,
        40,
        1,
        id="tessit-east-of-the-meridian",
    ),
    pytest.param(
        ["The town of Boulkessi was attacked, Mali's army said."],
        "Boulkessi",
        "MLI",
        15.0,
        -1.5,
        60,
        1,
        id="town-of-boulkessi",
    ),
    pytest.param(
        ["Gunmen killed more than 130 people in the village of Solhan, Burkina Faso."],
        "Solhan",
        "BFA",
        13.44,
        0.53,
        40,
        1,
        id="village-of-solhan",
    ),
    pytest.param(
        ["Gunmen attacked villages in the commune of Anzourou in Niger."],
        "Anzourou",
        "NER",
        14.5,
        1.25,
        30,
        2,
        id="commune-of-anzourou",
    ),
    pytest.param(
        ["Seytenga, a village in the Sahel region, was attacked."],
        "Seytenga",
        "BFA",
        14.05,
        0.45,
        50,
        1,
        id="seytenga-a-village-in-the-sahel-region",
    ),
    pytest.param(
        ["Karma, a village in the Tillabéri region, was attacked."],
        "Karma",
        "NER",
        13.64,
        1.85,
        40,
        1,
        id="karma-village-in-tillaberi-region",
    ),
    pytest.param(
        ["Soldiers massacred civilians in the village of Karma in Burkina Faso's north."],
        "Karma",
        "BFA",
        13.58,
        -2.42,
        50,
        1,
        id="village-of-karma-burkina",
    ),
    pytest.param(
        ["Four US soldiers were killed near the village of Tongo Tongo."],
        "Tongo Tongo",
        "NER",
        15.05,
        1.84,
        20,
        1,
        id="tongo-tongo",
    ),
    pytest.param(
        ["Eighty-nine soldiers were killed in an attack on Chinagodrar, Niger."],
        "Chinagodrar",
        "NER",
        15.2,
        3.0,
        40,
        1,
        id="chinagodrar",
    ),
    pytest.param(
        ["Gunmen attacked the UN camp at Aguelhoc."],
        "Aguelhoc",
        "MLI",
        19.46,
        0.86,
        20,
        1,
        id="aguelhoc-spelling",
    ),
    pytest.param(
        ["The camp at Tessalit was handed over."],
        "Tessalit",
        "MLI",
        20.20,
        1.01,
        20,
        1,
        id="tessalit-bare",
    ),
    pytest.param(
        ["Fighting was reported around Talataye."],
        "Talataye",
        "MLI",
        16.53,
        1.53,
        30,
        1,
        id="talataye",
    ),
    pytest.param(
        ["Thousands fled Diafarabé, in central Mali."],
        "Diafarabé",
        "MLI",
        14.14,
        -5.02,
        20,
        1,
        id="diafarabe",
    ),
    pytest.param(
        ["Ansongo was attacked on Monday."], "Ansongo", "MLI", 15.66, 0.50, 20, 1, id="ansongo"
    ),
    pytest.param(
        ["Gunmen attacked Sokolo."], "Sokolo", "MLI", 14.73, -6.12, 20, 1, id="sokolo-not-ivorian"
    ),
    pytest.param(
        ["Makalondi, a town in the Tillabéri region, was attacked."],
        "Makalondi",
        "NER",
        12.83,
        1.68,
        30,
        1,
        id="makalondi",
    ),
    pytest.param(
        ["A convoy was ambushed near Intikane, in the Tahoua region."],
        "Intikane",
        "NER",
        15.7,
        4.6,
        60,
        1,
        id="intikane",
    ),
    pytest.param(
        ["Gunmen raided the village of Sobane Da in central Mali."],
        "Sobane Da",
        "MLI",
        14.45,
        -3.3,
        40,
        1,
        id="village-of-sobane-da",
    ),
]


@pytest.mark.parametrize("article, text, iso3, lat, lon, km, precision", LOCALITY_CASES)
def test_conflict_localities(gazetteer, article, text, iso3, lat, lon, km, precision):
    mention = assert_placed_near(article, gazetteer, text, iso3, lat, lon, km)
    assert mention.place.geo_precision == precision
