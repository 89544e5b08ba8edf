"""Place layer: toponym detection and disambiguation with the offline gazetteer."""

import pytest
from geopy.distance import geodesic

from pipeline.places import article_countries, locate_article
from tests.places_helpers import assert_placed_near, mentions_of

# (article sentences, mention text, iso3, lat, lon, km, geo_precision); expected coordinates are
# the places' real positions, written from geographic knowledge.
CASES = [
    pytest.param(
        ["Soldiers were ambushed near the village of Koutougou in the Tillabéri region."],
        "Koutougou",
        "NER",
        14.21,
        1.45,
        150,
        3,
        id="koutougou-burkina-village-named-in-a-niger-region",
    ),
    pytest.param(
        ["Rebels claimed two military bases in Lere, in central Mali."],
        "Lere",
        "MLI",
        15.72,
        -4.92,
        30,
        1,
        id="lere-central-mali",
    ),
    pytest.param(
        ["The Malian army said it repelled an attack.", "Fighting continued around Léré."],
        "Léré",
        "MLI",
        15.72,
        -4.92,
        30,
        1,
        id="lere-article-mali",
    ),
    pytest.param(
        ["Floods hit Léré, in Chad, on Monday."],
        "Léré",
        "TCD",
        9.65,
        14.22,
        30,
        1,
        id="lere-chad",
    ),
    pytest.param(
        ["Gao was attacked by jihadists on Sunday."],
        "Gao",
        "MLI",
        16.27,
        -0.04,
        20,
        1,
        id="gao-default-mali",
    ),
    pytest.param(
        ["In Burkina Faso, traders in the town of Gao, in the Centre-Ouest region, protested."],
        "Gao",
        "BFA",
        11.65,
        -2.18,
        30,
        1,
        id="gao-burkina",
    ),
    pytest.param(
        ["The army entered Kidal in November."],
        "Kidal",
        "MLI",
        18.44,
        1.41,
        20,
        1,
        id="kidal",
    ),
    pytest.param(
        ["Clashes were reported near Bamba in the Gao region."],
        "Bamba",
        "MLI",
        17.03,
        -1.40,
        40,
        1,
        id="bamba-gao-region",
    ),
    pytest.param(
        ["Bourem and Gao were quiet on Monday.", "Fighting was reported in Bamba."],
        "Bamba",
        "MLI",
        17.03,
        -1.40,
        40,
        1,
        id="bamba-by-distance",
    ),
    pytest.param(
        ["Fighting broke out in Ber, east of Timbuktu."],
        "Ber",
        "MLI",
        16.85,
        -2.48,
        40,
        1,
        id="ber",
    ),
    pytest.param(
        ["The CMA withdrew from Anefis."], "Anefis", "MLI", 18.05, 0.60, 40, 1, id="anefis"
    ),
    pytest.param(
        ["Drones struck Tabankort on Tuesday."],
        "Tabankort",
        "MLI",
        17.83,
        0.33,
        40,
        1,
        id="tabankort",
    ),
    pytest.param(
        ["Thousands of refugees fled to Menaka."],
        "Menaka",
        "MLI",
        15.92,
        2.40,
        20,
        1,
        id="menaka",
    ),
    pytest.param(
        ["Soldiers were killed near the town of Tillaberi in Niger."],
        "Tillaberi",
        "NER",
        14.21,
        1.45,
        20,
        1,
        id="tillaberi-town",
    ),
    pytest.param(
        ["Attacks rose sharply in the Tillabéri region last year."],
        "Tillabéri region",
        "NER",
        14.21,
        1.45,
        150,
        3,
        id="tillaberi-region",
    ),
    pytest.param(
        ["The blockade of Djibo continued."], "Djibo", "BFA", 14.10, -1.63, 20, 1, id="djibo"
    ),
    pytest.param(["ECOWAS leaders met in Abuja."], "Abuja", "NGA", 9.06, 7.49, 20, 1, id="abuja"),
    pytest.param(
        ["Protesters gathered in Niamey."], "Niamey", "NER", 13.51, 2.11, 20, 1, id="niamey"
    ),
    pytest.param(
        ["A curfew was declared in Ouagadougou."],
        "Ouagadougou",
        "BFA",
        12.37,
        -1.53,
        20,
        1,
        id="ouagadougou",
    ),
    pytest.param(
        ["Des combats ont eu lieu près de Tombouctou."],
        "Tombouctou",
        "MLI",
        16.77,
        -3.01,
        20,
        1,
        id="tombouctou-french",
    ),
    pytest.param(
        ["The ministers met in Mali's capital, Bamako."],
        "Bamako",
        "MLI",
        12.64,
        -8.00,
        20,
        1,
        id="bamako",
    ),
    pytest.param(
        ["On 12 September the rebels captured Bourem."],
        "Bourem",
        "MLI",
        16.95,
        -0.35,
        20,
        1,
        id="bourem",
    ),
    pytest.param(
        ["Gunmen overran the army camp at Inates."],
        "Inates",
        "NER",
        15.10,
        1.10,
        50,
        1,
        id="inates",
    ),
    pytest.param(
        ["The insurgency began in northern Mali in 2012."],
        "northern Mali",
        "MLI",
        18.5,
        -1.5,
        300,
        3,
        id="northern-mali",
    ),
    pytest.param(
        ["Violence then spread to central Mali."],
        "central Mali",
        "MLI",
        14.5,
        -4.2,
        250,
        3,
        id="central-mali",
    ),
    pytest.param(
        ["Jihadists are active in the tri-border area."],
        "tri-border area",
        "",
        15.0,
        0.25,
        60,
        3,
        id="tri-border",
    ),
    pytest.param(
        ["The Liptako-Gourma region has been hit by jihadist violence."],
        "Liptako-Gourma region",
        "",
        14.5,
        0.0,
        300,
        3,
        id="liptako-gourma",
    ),
    pytest.param(
        ["Niger's junta expelled the French ambassador."],
        "Niger",
        "NER",
        17.0,
        9.0,
        500,
        3,
        id="niger-country",
    ),
    pytest.param(
        ["The Malian army patrolled the area."],
        "Malian",
        "MLI",
        17.0,
        -4.0,
        500,
        3,
        id="demonym-malian",
    ),
    pytest.param(
        ["Herders moved to the Sahel region of Burkina Faso."],
        "Sahel region",
        "BFA",
        14.03,
        -0.03,
        100,
        3,
        id="sahel-admin1-burkina",
    ),
    pytest.param(
        ["Mali's army announced new operations.", "Clashes continued in the north."],
        "north",
        "MLI",
        18.5,
        -1.5,
        300,
        3,
        id="bare-north",
    ),
    pytest.param(
        ["Fighting was reported in Ber, in Burkina Faso."],
        "Ber",
        "BFA",
        12.3,
        -1.6,
        300,
        3,
        id="ber-wrong-country-falls-back",
    ),
]


@pytest.mark.parametrize("article, text, iso3, lat, lon, km, precision", CASES)
def test_disambiguation(gazetteer, article, text, iso3, lat, lon, km, precision):
    mention = assert_placed_near(article, gazetteer, text, iso3, lat, lon, km)
    assert mention.place.geo_precision == precision
    assert mention.rule


@pytest.mark.parametrize(
    "sentence, text",
    [
        ("Boats carry goods along the Niger between Mopti and Gao.", "Niger"),
        ("The Niger River floods every year.", "Niger"),
        ("Jihadists attacked the Tombouctou boat near Bamba.", "Tombouctou"),
        ("Passengers of the ferry Tombouctou were killed.", "Tombouctou"),
    ],
)
def test_toponym_that_is_not_a_place_here(gazetteer, sentence, text):
    found = mentions_of([sentence], gazetteer, text)
    assert len(found) == 1 and found[0].place is None and found[0].rule


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("Fighters of the Coordination of Azawad Movements (CMA) took the town.", "Azawad"),
        ("The charter establishes the Alliance of Sahel States (AES).", "Sahel"),
        ("The Liptako-Gourma Charter was signed on Saturday.", "Liptako-Gourma"),
        ("Islamic State Sahel Province claimed the attack.", "Sahel"),
        ("All three were members of the G5 Sahel joint force.", "Sahel"),
        ("Gao Feng, a Chinese engineer, was released.", "Gao"),
    ],
)
def test_toponym_inside_a_longer_name_is_not_a_mention(gazetteer, sentence, name):
    assert mentions_of([sentence], gazetteer, name) == []


def test_offsets_point_at_the_words(gazetteer):
    sentence = "Attacks hit Ménaka and the Gao region, in Mali’s north-east."
    located = locate_article([sentence], gazetteer)[0]
    assert [m.text for m in located] == ["Ménaka", "Gao region", "Mali’s north"]
    for mention in located:
        assert sentence[mention.start : mention.end] == mention.text


def test_article_countries_most_mentioned_first(gazetteer):
    article = [
        "Niger's junta met Malian officials in Niamey.",
        "The talks in Niamey and Tillabéri went on.",
        "Mali sent a delegation.",
    ]
    assert article_countries(locate_article(article, gazetteer)) == ["NER", "MLI"]


def test_country_reference_point(gazetteer):
    mali = gazetteer.country("MLI")
    assert (mali.name, mali.feature, mali.geo_precision, mali.admin1) == ("Mali", "country", 3, "")
    assert geodesic((mali.latitude, mali.longitude), (17.5, -3.5)).km < 300


def test_lowercase_words_are_not_toponyms(gazetteer):
    located = locate_article(["alianta statelor sahelului mali burkina faso niger"], gazetteer)
    assert located == [[]]
