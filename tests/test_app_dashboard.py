"""The dashboard run headless with AppTest: filters, URL state, empty and broken tables."""

import json
import shutil
from datetime import date
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
CMA = "Coordination of Azawad Movements"


def run_app(monkeypatch, data_dir: Path, query: dict | None = None) -> AppTest:
    monkeypatch.setenv("SAHEL_DATA_DIR", str(data_dir))
    monkeypatch.setenv("SAHEL_GEO_DIR", str(FIXTURES / "geo"))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    for key, value in (query or {}).items():
        at.query_params[key] = value
    return at.run()


def metrics(at: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def timeline_ids(at: AppTest) -> set[str]:
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    return {row[0] for trace in spec["data"] for row in trace.get("customdata", [])}


def map_ids(at: AppTest) -> set[str]:
    deck = json.loads(at.get("deck_gl_json_chart")[0].proto.json)
    return {
        row["event_id"]
        for layer in deck["layers"]
        if layer["id"] in ("events", "events-area")
        for row in layer["data"]
    }


def url_values(at: AppTest, key: str) -> list[str]:
    value = at.query_params.get(key, [])
    return [value] if isinstance(value, str) else list(value)


def table_ids(at: AppTest) -> set[str]:
    table = next(d for d in at.dataframe if "event_id" in d.value.columns)
    return set(table.value["event_id"])


@pytest.fixture
def app(monkeypatch):
    return run_app(monkeypatch, FIXTURES / "processed")


def test_first_view_shows_every_event(app):
    assert not app.exception
    assert metrics(app) == {
        "Events": "8",
        "Fatalities": "17",
        "Actors": "12",
        "Date span": "Jan 2012 – Dec 2023",
        "Sources": "2",
    }
    assert timeline_ids(app) == map_ids(app) == table_ids(app) and len(table_ids(app)) == 8
    assert "2 articles read, 8 events" in app.caption[0].value


def test_actor_filter_narrows_everything_and_writes_the_url(app):
    app.sidebar.multiselect(key="f_actors").set_value([CMA]).run()
    expected = {"ev-bourem", "ev-lere", "ev-north-2012"}
    assert metrics(app)["Events"] == "3"
    assert timeline_ids(app) == map_ids(app) == table_ids(app) == expected
    assert url_values(app, "actor") == [CMA]


@pytest.mark.parametrize(
    ("query", "events"),
    [
        ({"actor": [CMA]}, "3"),
        ({"from": "2023-09-01", "to": "2023-09-15"}, "3"),
        ({"type": "Battles", "precise": "1"}, "1"),
        ({"country": ["NER", "BFA"]}, "2"),
        ({"q": "bourem"}, "1"),
    ],
)
def test_query_params_restore_the_filters(monkeypatch, query, events):
    at = run_app(monkeypatch, FIXTURES / "processed", query)
    assert not at.exception
    assert metrics(at)["Events"] == events
    assert len(table_ids(at)) == int(events)


def test_url_restores_widgets(monkeypatch):
    at = run_app(monkeypatch, FIXTURES / "processed", {"actor": [CMA], "from": "2023-09-01"})
    assert at.sidebar.multiselect(key="f_actors").value == [CMA]
    assert str(at.sidebar.date_input(key="f_dates").value[0]) == "2023-09-01"


def test_date_range_widget_filters_and_writes_the_url(app):
    app.sidebar.date_input(key="f_dates").set_value((date(2023, 9, 10), date(2023, 9, 13))).run()
    assert table_ids(app) == {"ev-bourem", "ev-lere", "ev-djibo"}
    assert url_values(app, "from") == ["2023-09-10"]
    assert url_values(app, "to") == ["2023-09-13"]


def test_reset_filters(app):
    app.sidebar.multiselect(key="f_actors").set_value([CMA]).run()
    app.sidebar.multiselect(key="f_precisions").set_value(["day"]).run()
    assert metrics(app)["Events"] == "1"
    app.sidebar.button[0].click().run()
    assert metrics(app)["Events"] == "8"
    assert "actor" not in app.query_params


def test_no_match_is_friendly_and_charts_still_render(app):
    app.sidebar.text_input(key="f_search").input("no such words anywhere").run()
    assert not app.exception
    assert metrics(app)["Events"] == "0"
    assert any("No event matches" in i.value for i in app.info)
    assert timeline_ids(app) == set() and map_ids(app) == set()


def test_missing_table_shows_the_command_that_builds_into_that_folder(monkeypatch, tmp_path):
    at = run_app(monkeypatch, tmp_path)
    assert not at.exception
    assert at.code[0].value == f"python -m pipeline build --out {tmp_path.resolve()}"


FIRST, LAST = date(2012, 1, 1), date(2023, 12, 31)  # the fixture table's first and last day


@pytest.mark.parametrize(
    ("query", "events", "dates"),
    [
        ({"to": "2100-01-01"}, "8", (FIRST, date(2100, 1, 1))),
        ({"from": "1800-01-01"}, "8", (date(1800, 1, 1), LAST)),
        ({"from": "2030-01-01"}, "0", (date(2030, 1, 1), date(2030, 1, 1))),
        ({"from": "2023-09-15", "to": "2023-09-01"}, "3", (date(2023, 9, 1), date(2023, 9, 15))),
        ({"from": "not-a-date", "to": "2023-13-45"}, "0", (FIRST, LAST)),
        ({"from": ["2023-09-01", "2023-09-10"]}, "5", (date(2023, 9, 10), LAST)),
        ({"actor": ["Nobody at all", CMA]}, "3", (FIRST, LAST)),
        ({"actor": "<script>alert(1)</script>"}, "0", (FIRST, LAST)),
        ({"type": "Picnics", "country": "ZZZ", "source": "no-such-article"}, "0", (FIRST, LAST)),
        ({"country": "ner"}, "1", (FIRST, LAST)),
        ({"precise": "maybe", "lanes": "sideways", "basemap": "2"}, "8", (FIRST, LAST)),
        ({"event": "ev-does-not-exist"}, "8", (FIRST, LAST)),
        ({"min_fatalities": "-3"}, "0", (FIRST, LAST)),
        ({"q": "[x](javascript:alert(1)) " * 40}, "0", (FIRST, LAST)),
        ({"q": "%00\u202e"}, "0", (FIRST, LAST)),
    ],
)
def test_odd_or_hostile_links_never_broaden_and_still_render(monkeypatch, query, events, dates):
    at = run_app(monkeypatch, FIXTURES / "processed", query)
    assert not at.exception
    assert metrics(at)["Events"] == events
    widget = at.sidebar.date_input(key="f_dates").value
    assert tuple(widget) == dates and widget[0] <= widget[1]
    labels = [w.label for w in at.sidebar.multiselect]
    assert labels[:3] == ["Actors", "Event types", "Countries"] and "Sources" in labels
    assert at.sidebar.button[0].label == "Reset filters"
    assert len(at.get("plotly_chart")) >= 1 and len(at.get("deck_gl_json_chart")) == 1


@pytest.mark.parametrize(
    ("query", "said"),
    [
        ({"actor": "JNIM"}, 'Not in this table: actor "JNIM"'),
        ({"actor": ["Nobody at all", CMA]}, 'Not in this table: actor "Nobody at all"'),
        ({"region": "Kidal", "type": "Picnics"}, 'event type "Picnics"; region "Kidal"'),
        ({"from": "2023-02-30"}, '"from=2023-02-30" is not a date'),
        ({"min_fatalities": "lots"}, '"min_fatalities=lots" is not a whole number'),
    ],
)
def test_page_names_what_the_table_lacks_until_the_filter_changes(monkeypatch, query, said):
    at = run_app(monkeypatch, FIXTURES / "processed", query)
    warnings = [w.value.replace("\\", "") for w in at.warning]
    assert any(said in w for w in warnings), warnings
    for key, value in query.items():
        assert url_values(at, key) == (value if isinstance(value, list) else [value])
    at.sidebar.button[0].click().run()
    assert metrics(at)["Events"] == "8"
    assert not [w for w in at.warning if "table" in w.value or "read" in w.value]


def test_unknown_actor_stays_in_the_widget_and_gives_zero_events(monkeypatch):
    at = run_app(monkeypatch, FIXTURES / "processed", {"actor": "JNIM"})
    assert at.sidebar.multiselect(key="f_actors").value == ["JNIM"]
    assert metrics(at)["Events"] == "0"
    assert any(m.value == '**0 events involving \\"JNIM\\"**' for m in at.markdown)


def test_unreadable_date_can_be_dropped(monkeypatch):
    at = run_app(monkeypatch, FIXTURES / "processed", {"from": "2023-02-30", "actor": CMA})
    assert metrics(at)["Events"] == "0"
    at.button(key="drop_bad").click().run()
    assert metrics(at)["Events"] == "3"
    assert "from" not in at.query_params and url_values(at, "actor") == [CMA]


@pytest.mark.parametrize(
    ("name", "content", "warning"),
    [
        ("build.json", "{not json", "build.json could not be read"),
        ("mentions.csv", "mention_id,event_id\nm1,ev-charter\n", "mentions.csv is missing"),
    ],
)
def test_broken_optional_file_warns_and_the_events_still_show(
    monkeypatch, tmp_path, name, content, warning
):
    for item in (FIXTURES / "processed").iterdir():
        shutil.copy(item, tmp_path / item.name)
    (tmp_path / name).write_text(content, encoding="utf-8")
    at = run_app(monkeypatch, tmp_path, {"event": "ev-charter"})
    assert not at.exception
    assert not at.error
    assert any(warning in w.value.replace("\\", "") for w in at.warning)
    assert metrics(at)["Events"] == "8" and len(table_ids(at)) == 8
    detail = " ".join(m.value for m in at.markdown).replace("\\", "")
    assert "sign the Liptako-Gourma Charter in Bamako" in detail


def test_malformed_table_gives_a_readable_error(monkeypatch, tmp_path):
    (tmp_path / "events.csv").write_text("event_id,title\nx,y\n", encoding="utf-8")
    at = run_app(monkeypatch, tmp_path)
    assert not at.exception
    assert "events.csv is missing the column(s): date_start" in at.error[0].value.replace("\\", "")


def test_bad_rows_warning_lists_the_rejected_rows(monkeypatch, tmp_path):
    for item in (FIXTURES / "bad_rows").iterdir():
        shutil.copy(item, tmp_path / item.name)
    at = run_app(monkeypatch, tmp_path)
    warning = at.warning[0].value
    assert "4 row(s) of events.csv were rejected" in warning
    for event_id in ("ev\\-short", "ev\\-feb30", "ev\\-lat200", "ev\\-badtype"):
        assert event_id in warning
    assert metrics(at)["Events"] == "3"


def test_selected_event_in_url_opens_its_evidence(monkeypatch):
    at = run_app(monkeypatch, FIXTURES / "processed", {"event": "ev-charter"})
    text = " ".join(m.value for m in at.markdown)
    assert "On Saturday, the military leaders" in text.replace("\\", "")
    assert "Qonversations" in text


def test_lanes_by_actor_from_the_url_and_back(monkeypatch):
    at = run_app(monkeypatch, FIXTURES / "processed", {"lanes": "actor"})
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    assert CMA in spec["layout"]["yaxis"]["ticktext"]
    at.radio(key="v_lanes").set_value("category").run()
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    assert "Territory seized" in spec["layout"]["yaxis"]["ticktext"]
    assert "lanes" not in at.query_params


@pytest.mark.parametrize(("query", "tiles"), [({}, False), ({"basemap": "1"}, True)])
def test_basemap_tiles_only_when_switched_on(monkeypatch, query, tiles):
    at = run_app(monkeypatch, FIXTURES / "processed", query)
    deck = at.get("deck_gl_json_chart")[0].proto.json
    assert ("carto" in deck) is tiles


def test_hostile_build_json_shows_as_text_in_the_header(monkeypatch, tmp_path):
    for item in (FIXTURES / "processed").iterdir():
        shutil.copy(item, tmp_path / item.name)
    build = json.loads((tmp_path / "build.json").read_text(encoding="utf-8"))
    build["articles_read"] = "[click](javascript:alert(1)) <img src=x onerror=alert(1)>"
    (tmp_path / "build.json").write_text(json.dumps(build), encoding="utf-8")
    at = run_app(monkeypatch, tmp_path)
    caption = at.caption[0].value
    assert "](javascript" not in caption and "<img" not in caption
    assert "click" in caption and "articles read, 8 events" in caption


@pytest.mark.parametrize(
    ("query", "events"),
    [
        ({"q": "Tombouctou"}, {"ev-bourem", "ev-lere"}),
        ({"q": "GSIM"}, {"ev-djibo"}),
        ({"region": "Gao"}, {"ev-bourem"}),
        ({"actor_type": "Civilians"}, {"ev-djibo"}),
        ({"status": "scheduled"}, {"ev-minusma-deadline"}),
        ({"precision": ["week", "month"]}, {"ev-djibo", "ev-niger-coup"}),
        ({"min_fatalities": "10"}, {"ev-djibo"}),
    ],
)
def test_new_filters_from_the_link_narrow_the_table_and_stay_in_the_url(monkeypatch, query, events):
    at = run_app(monkeypatch, FIXTURES / "processed", query)
    assert not at.exception
    assert table_ids(at) == events
    for key, value in query.items():
        assert url_values(at, key) == (value if isinstance(value, list) else [value])


def test_minimum_fatalities_widget_filters_and_writes_the_url(app):
    app.sidebar.number_input(key="f_min_fatalities").set_value(5).run()
    assert table_ids(app) == {"ev-bourem", "ev-djibo"}
    assert metrics(app)["Fatalities"] == "17"
    assert url_values(app, "min_fatalities") == ["5"]


def test_actor_found_by_its_alias_in_the_option_label(app):
    labels = app.sidebar.multiselect(key="f_actors").options  # as the user reads them
    assert any(label.startswith("CMA · Coordination of Azawad Movements (3)") for label in labels)
    assert any(label.startswith("JNIM · ") and "GSIM" in label for label in labels)


def test_fatalities_view_of_the_timeline_from_the_url(monkeypatch):
    at = run_app(monkeypatch, FIXTURES / "processed", {"lanes": "fatalities"})
    assert timeline_ids(at) == {"ev-charter", "ev-bourem", "ev-djibo"}
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    assert spec["layout"]["yaxis"]["title"]["text"] == "Fatalities"


def test_summary_is_built_only_when_open_and_follows_the_filters(monkeypatch):
    closed = run_app(monkeypatch, FIXTURES / "processed", {"country": "BFA"})
    assert len(closed.get("plotly_chart")) == 1  # the timeline alone
    at = run_app(monkeypatch, FIXTURES / "processed", {"country": "BFA", "tab": "Summary"})
    assert url_values(at, "tab") == ["Summary"]
    specs = [json.loads(chart.proto.spec) for chart in at.get("plotly_chart")]
    actors = next(s for s in specs if "Most active actors" in s["layout"]["title"]["text"])
    assert set(actors["data"][0]["customdata"]) == {
        "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)",
        "Civilians (Burkina Faso)",
    }
    regions = next(s for s in specs if "by region" in s["layout"]["title"]["text"])
    assert regions["data"][0]["customdata"] == ["Sahel"]


def test_header_says_what_was_left_out_and_about_lists_unresolved_places(monkeypatch):
    app = run_app(monkeypatch, FIXTURES / "processed", {"tab": "About the data"})
    labels = [e.label for e in app.expander]
    assert any(
        "1 article rejected; 2 event mentions left out (no date or no place)" in label
        for label in labels
    )
    frames = [d.value for d in app.dataframe]
    assert any(
        "Place as written" in f.columns and "Intahaka" in set(f["Place as written"]) for f in frames
    )
