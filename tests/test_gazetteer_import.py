"""`python -m pipeline gazetteer import|status|remove|download` as a user runs them."""

import contextlib
import functools
import gzip
import http.server
import json
import socket
import threading
import zipfile
from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.places import Gazetteer, locate_article
from tests.geonames_dumps import dump_text, row, write_dump, write_zip

VILLAGES = [
    (9100001, "Zabretenga", "P", "PPL", "05", "70", 13.05, -1.02, 812),
    (9100002, "Poussoumdi", "P", "PPL", "12", "40", 14.02, -1.55, 430),
    (9100003, "Kirgou Mine", "S", "MNAU", "12", "40", 14.10, -1.40, 0),
    (9100004, "Tansila Stream", "H", "STM", "12", "40", 14.00, -1.50, 0),
]


def gazetteer(args: list[str], folder: Path) -> int:
    return main(["gazetteer", "--dir", str(folder), *args])


def placed(text: str, folder: Path):
    """The place of the last mention in one sentence, with the index in `folder`."""
    located = locate_article([text], Gazetteer.load(installed_dir=folder))
    return located[0][-1]


def test_import_installs_villages_with_region_and_district(tmp_path, capsys):
    index = tmp_path / "index"
    assert gazetteer(["import", str(write_dump(tmp_path, VILLAGES))], index) == 0
    out = capsys.readouterr().out
    assert "BF Burkina Faso: 8 places" in out  # 5 divisions, 2 villages, the mine
    assert "features not kept" in out and "H.STM 1" in out
    mention = placed("Gunmen attacked the village of Zabretenga on Monday.", index)
    place = mention.place
    assert (place.name, place.iso3, place.geo_precision) == ("Zabretenga", "BFA", 1)
    assert (place.admin1, place.admin2) == ("Centre-Nord", "Sanmatenga")
    mine = placed("Soldiers were attacked at Kirgou Mine.", index).place
    assert mine.admin2 == "Soum"


def test_a_zip_as_geonames_publishes_it_imports_and_status_lists_it(tmp_path, capsys):
    index = tmp_path / "index"
    assert gazetteer(["import", str(write_zip(tmp_path, VILLAGES))], index) == 0
    capsys.readouterr()
    assert gazetteer(["status"], index) == 0
    line = next(x for x in capsys.readouterr().out.splitlines() if x.startswith("BF"))
    assert "Burkina Faso" in line and " 8 " in line and "BF.zip" in line


def test_garbage_rows_are_skipped_counted_and_located(tmp_path, capsys):
    lines = dump_text(VILLAGES).splitlines()
    lines.insert(3, "this is not a row")
    lines.insert(5, row(9100009, "Badplace", "P", "PPL", "05", "70", "north", -1.0))
    path = tmp_path / "BF.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert gazetteer(["import", str(path)], tmp_path / "index") == 0
    out = capsys.readouterr().out
    assert f"garbage row: 1 columns instead of 19 (first: {path} line 4)" in out
    assert f"garbage row: a number column is not a number (first: {path} line 6)" in out
    assert "BF Burkina Faso: 8 places" in out


def test_a_file_that_is_not_a_dump_is_refused_and_installs_nothing(tmp_path, capsys):
    path = tmp_path / "BF.txt"
    path.write_text("name,lat,lon\n" + "Zabretenga,13.0,-1.0\n" * 30, encoding="utf-8")
    assert gazetteer(["import", str(path)], tmp_path / "index") == 2
    err = capsys.readouterr().err
    assert f"{path}: not a GeoNames dump" in err and "nothing was installed" in err
    assert not (tmp_path / "index").exists()


def test_a_truncated_zip_leaves_the_installed_index_as_it_was(tmp_path, capsys):
    index = tmp_path / "index"
    assert gazetteer(["import", str(write_dump(tmp_path, VILLAGES))], index) == 0
    before = (index / "BF.tsv.gz").read_bytes()
    many = [(9200000 + i, f"Village{i}", "P", "PPL", "05", "70", 13.0, -1.0) for i in range(3000)]
    whole = write_zip(tmp_path, many, name="full.zip").read_bytes()
    cut = tmp_path / "BF.zip"
    cut.write_bytes(whole[: len(whole) // 2])
    capsys.readouterr()
    assert gazetteer(["import", str(cut)], index) == 2
    err = capsys.readouterr().err
    assert str(cut) in err and "truncated or corrupt zip" in err
    assert (index / "BF.tsv.gz").read_bytes() == before
    assert sorted(p.name for p in index.iterdir()) == ["BF.tsv.gz"]


def test_remove_drops_the_country_and_builds_forget_its_villages(tmp_path, capsys):
    index = tmp_path / "index"
    assert gazetteer(["import", str(write_dump(tmp_path, VILLAGES))], index) == 0
    assert gazetteer(["remove", "bf"], index) == 0
    assert gazetteer(["remove", "BF"], index) == 1
    assert gazetteer(["remove", "../x"], index) == 2
    assert all(m.place is None or m.place.name != "Zabretenga" for m in _all(index))


def _all(index: Path):
    text = "Gunmen attacked the village of Zabretenga on Monday."
    return locate_article([text], Gazetteer.load(installed_dir=index))[0]


@pytest.fixture
def dump_server(tmp_path):
    """A loopback HTTP server with BF.zip in its folder; yields its base URL and the log."""
    folder = tmp_path / "export"
    folder.mkdir()
    write_zip(folder, VILLAGES)
    agents: list[str] = []

    class Handler(http.server.SimpleHTTPRequestHandler):
        def do_GET(self):
            agents.append(self.headers.get("User-Agent", ""))
            super().do_GET()

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(Handler, directory=str(folder))
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/", agents
    server.shutdown()
    server.server_close()


def test_download_fetches_the_zip_politely_then_imports_it(tmp_path, dump_server, capsys):
    base, agents = dump_server
    index = tmp_path / "index"
    assert gazetteer(["download", "bf", "--base-url", base], index) == 0
    assert "BF Burkina Faso: 8 places" in capsys.readouterr().out
    assert agents and agents[0].startswith("sahel-events-dashboard/")
    assert placed("Gunmen attacked the village of Poussoumdi.", index).place.admin2 == "Soum"


def test_download_says_what_failed_and_installs_nothing(tmp_path, dump_server, capsys):
    base, _ = dump_server
    index = tmp_path / "index"
    assert gazetteer(["download", "ML", "--base-url", base], index) == 4
    assert "HTTP 404" in capsys.readouterr().err
    with socket_closed() as port:
        url = f"http://127.0.0.1:{port}/"
        assert gazetteer(["download", "BF", "--base-url", url, "--timeout", "2"], index) == 4
    err = capsys.readouterr().err
    assert "cannot reach the server" in err and "offline" in err
    assert not index.exists() or not list(index.glob("*.tsv.gz"))
    assert gazetteer(["download", "B/F"], index) == 2


@contextlib.contextmanager
def socket_closed():
    """A loopback port that nothing listens on."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        yield sock.getsockname()[1]


def test_non_utf8_text_and_a_zip_without_a_dump_are_refused_by_name(tmp_path, capsys):
    latin = tmp_path / "BF.txt"
    latin.write_bytes(
        dump_text(VILLAGES).replace("Zabretenga", "Zabr\u00e9tenga").encode("latin-1")
    )
    empty = tmp_path / "ML.zip"
    with zipfile.ZipFile(empty, "w") as archive:
        archive.writestr("readme.txt", "no dump here\n")
    index = tmp_path / "index"
    assert gazetteer(["import", str(latin)], index) == 2
    assert f"{latin}: not UTF-8 text at line 6" in capsys.readouterr().err
    assert gazetteer(["import", str(empty)], index) == 2
    assert f"{empty}: the zip holds no GeoNames .txt dump" in capsys.readouterr().err
    assert not index.exists()


def test_status_with_nothing_installed_says_the_embedded_index_is_used(tmp_path, capsys):
    assert gazetteer(["status"], tmp_path / "index") == 0
    assert "the embedded index alone is used" in capsys.readouterr().out


def test_a_broken_installed_file_is_skipped_with_a_warning_not_fatal(tmp_path, caplog):
    index = tmp_path / "index"
    assert gazetteer(["import", str(write_dump(tmp_path, VILLAGES))], index) == 0
    whole = (index / "BF.tsv.gz").read_bytes()
    (index / "BF.tsv.gz").write_bytes(whole[: len(whole) // 2])
    loaded = Gazetteer.load(installed_dir=index)
    assert "BF.tsv.gz cannot be read" in caplog.text
    assert not loaded.candidates("Zabretenga")
    assert loaded.candidates("Ouagadougou")  # the embedded index still answers


def test_an_index_written_in_another_format_is_skipped_and_named(tmp_path, caplog):
    index = tmp_path / "index"
    assert gazetteer(["import", str(write_dump(tmp_path, VILLAGES))], index) == 0
    lines = gzip.decompress((index / "BF.tsv.gz").read_bytes()).decode().splitlines()
    header = json.loads(lines[0].split("\t", 1)[1])
    assert Gazetteer.load(installed_dir=index).candidates("Zabretenga")
    header["format"] = 99
    lines[0] = "#meta\t" + json.dumps(header)
    (index / "BF.tsv.gz").write_bytes(gzip.compress(("\n".join(lines) + "\n").encode()))
    loaded = Gazetteer.load(installed_dir=index)
    assert "index format 99" in caplog.text and "import that country again" in caplog.text
    assert not loaded.candidates("Zabretenga")
