"""With no place in the sentence, the event is in the country the article is about."""

import csv

from pipeline.cli import main


def build_one(tmp_path, title: str, body: str) -> list[dict[str, str]]:
    articles = tmp_path / "articles"
    articles.mkdir()
    text = f'---\ntitle: "{title}"\npublished: 2021-05-05\n---\n{body}\n'
    (articles / "report.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["build", "--articles", str(articles), "--out", str(out), "--no-cache"]) == 0
    with (out / "events.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_a_demonym_names_who_not_where(tmp_path):
    events = build_one(
        tmp_path,
        "Security report, Burkina Faso",
        "On 3 May 2021, a Nigerien trader was shot dead by gunmen in an unnamed hamlet.",
    )
    assert [e["iso3"] for e in events] == ["BFA"]


def test_a_foreign_armed_group_acts_in_the_country_of_the_article(tmp_path):
    events = build_one(
        tmp_path,
        "Security report, Burkina Faso",
        "On 3 May 2021, the Malian army attacked a camp of armed men near an unnamed well.",
    )
    assert [e["iso3"] for e in events] == ["BFA"]


def test_the_actors_country_still_places_an_event_in_an_article_about_it(tmp_path):
    events = build_one(
        tmp_path,
        "Sahel news roundup: Mali and Burkina Faso",
        "On 3 May 2021, the Malian army attacked a camp of armed men near an unnamed well.",
    )
    assert [e["iso3"] for e in events] == ["MLI"]


def test_a_place_named_in_another_clause_is_nearer_than_the_country(tmp_path):
    events = build_one(
        tmp_path,
        "Security report, Burkina Faso",
        "On 3 May 2021, residents whose homes were demolished in Dori staged a protest march.",
    )
    assert [(e["location"], e["geo_precision"]) for e in events] == [("Dori", "1")]


def test_a_town_in_brackets_after_an_unknown_village_is_where_it_falls_back(tmp_path):
    events = build_one(
        tmp_path,
        "Security report, Burkina Faso",
        "On 3 May 2021, gunmen killed two herders in the village of Zorkantenga (Djibo).",
    )
    assert [(e["location"], e["geo_precision"]) for e in events] == [("Djibo", "2")]


def test_a_state_act_told_with_only_its_country_is_placed_in_the_capital(tmp_path):
    events = build_one(
        tmp_path,
        "Niger news",
        "On 3 May 2021, Niger's government broke off diplomatic relations with a neighbour.",
    )
    assert [(e["iso3"], e["location"]) for e in events] == [("NER", "Niamey")]


def test_an_attack_told_with_only_its_country_stays_in_the_country(tmp_path):
    events = build_one(
        tmp_path,
        "Niger news",
        "On 3 May 2021, gunmen killed four soldiers in Niger, the government said.",
    )
    assert [(e["iso3"], e["location"]) for e in events] == [("NER", "Niger")]


def test_a_country_a_where_clause_is_about_is_where_its_act_happened(tmp_path):
    events = build_one(
        tmp_path,
        "Security report, Mali",
        "Leaders met in Accra on 4 May 2021 to discuss Guinea, where soldiers seized power on"
        " 3 May 2021.",
    )
    coup = [e for e in events if e["date_start"] == "2021-05-03"]
    assert [(e["location"], e["iso3"]) for e in coup] == [("Conakry", "GIN")], events
