"""The review report: built from a run's tables, it holds every row of them; checks when present."""
from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

import extractor
from extractor.cli import app
from extractor.report import build_report, unpack_releases, write_report
from extractor.tables import read_tables

runner = CliRunner()
SCRIPT_SRC = re.compile(r"<(?:script|link|img|iframe)[^>]+(?:src|href)=\"(?:https?:)?//", re.I)


@pytest.fixture(scope="module")
def run_dir(releases_dir, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("run")
    extractor.extract(releases_dir).to_csv(out)
    return out


@pytest.fixture(scope="module")
def tables(run_dir) -> dict[str, pd.DataFrame]:
    return read_tables(run_dir)


def checks_for(claims: pd.DataFrame) -> pd.DataFrame:
    """A checks table as the checks branch writes it, for the first claims of the run."""
    first = claims.head(6)
    verdicts = ["matches", "close", "differs", "no_official_figure", "differs", "matches"][:len(first)]
    return pd.DataFrame({
        "release_id": first["release_id"].astype(str).tolist(), "claim_id": first["claim_id"].tolist(),
        "area_code": "E23000015", "area_name": "Staffordshire", "offence_group": "Total recorded crime",
        "official_value": -10.34, "claimed_value": -10.0, "verdict": verdicts,
        "source_table": "ONS table P1", "caveats": "revised", "note": "One sentence.",
    })


def rows_in_report(page: str) -> dict[str, list[str]]:
    """Row anchors per table and the comparison/checks blocks, from every release's markup."""
    found: dict[str, list[str]] = {"claims": [], "periods": [], "quotes": [], "comparison": [], "checks": []}
    for i, markup in unpack_releases(page).items():
        for table, rid in re.findall(rf'id="r{i}-(claims|periods|quotes)-(\d+)" data-row', markup):
            found[table].append(f"{i}:{rid}")
        found["comparison"] += [str(i)] * markup.count('data-row="comparison"')
        found["checks"] += [str(i)] * markup.count('data-row="checks"')
    return found


def test_report_holds_every_row_of_its_tables(tables):
    page = build_report(tables)
    releases = tables["releases"]
    assert len(unpack_releases(page)) == len(releases)
    index = {rid: i for i, rid in enumerate(releases["release_id"])}
    found = rows_in_report(page)
    for name, id_col in (("claims", "claim_id"), ("periods", "period_id"), ("quotes", "quote_id")):
        expected = sorted(f"{index[r]}:{n}" for r, n in zip(tables[name]["release_id"], tables[name][id_col]))
        assert sorted(found[name]) == expected, name
    assert sorted(found["comparison"]) == sorted(str(index[r]) for r in tables["comparison"]["release_id"])
    assert len(tables["checks"]) and sorted(found["checks"]) == sorted(
        str(index[r]) for r in tables["checks"]["release_id"])


def test_report_without_a_checks_table_skips_that_part(tables):
    without = {name: data for name, data in tables.items() if name != "checks"}
    page = build_report(without)
    assert "no checks table in this run" in page
    assert "Checks against official figures" not in unpack_releases(page)[0]
    assert 'class="check"' not in "".join(unpack_releases(page).values())
    assert rows_in_report(page)["checks"] == []


def test_report_highlights_every_finding_of_each_text(tables):
    markups = unpack_releases(build_report(tables))
    for i, rid in enumerate(tables["releases"]["release_id"]):
        markup = markups[i]
        for name in ("claims", "periods", "quotes"):
            ids = tables[name].loc[tables[name]["release_id"] == rid].iloc[:, 1]
            for n in ids:
                assert f'href="#r{i}-{name}-{n}"' in markup, (rid, name, n)


def test_report_headline_verdict_comes_first(tables):
    markup = unpack_releases(build_report(tables))[0]
    assert markup.index("Headline verdict") < markup.index("Text as read") < markup.index("Findings")


def test_report_summary_counts_statuses_and_offers_the_filters(tables):
    page = build_report(tables)
    for status, n in tables["comparison"]["status"].value_counts().items():
        assert f'data-tag="{status}" aria-pressed="false">{status} {n}</button>' in page
    assert 'const LOOK=["qualified", "contradicted", "differs"]' in page


def test_report_shows_checks_of_any_checks_table(tables):
    with_checks = {**tables, "checks": checks_for(tables["claims"])}
    page = build_report(with_checks)
    found = rows_in_report(page)
    assert len(found["checks"]) == len(with_checks["checks"])
    assert 'data-tag="differs" aria-pressed="false">differs 2</button>' in page
    first = with_checks["checks"].iloc[0]
    i = list(tables["releases"]["release_id"]).index(first["release_id"])
    card = unpack_releases(page)[i].split(f'id="r{i}-claims-{first["claim_id"]}"')[1].split('class="card ')[0]
    assert 'data-row="checks"' in card and first["verdict"] in card
    assert "Checks against official figures: " in unpack_releases(page)[i]


def test_report_reads_a_checks_csv_beside_the_tables(run_dir, tables, tmp_path):
    for f in run_dir.glob("*.csv"):
        if f.name != "checks.csv":
            (tmp_path / f.name).write_bytes(f.read_bytes())
    checks_for(tables["claims"]).to_csv(tmp_path / "checks.csv", index=False)
    target = write_report(tmp_path)
    page = target.read_text(encoding="utf-8")
    assert target == tmp_path / "report.html"
    assert len(rows_in_report(page)["checks"]) == 6


def test_report_is_self_contained(tables):
    page = build_report(tables)
    assert not SCRIPT_SRC.search(page)
    assert "<style>" in page and "<script>" in page


def test_report_release_not_read_shows_its_error():
    tables = extractor.extract_text("Crime fell by 4% in 2020.", published="2021-01-01")
    broken = tables.releases.copy()
    broken["text"] = pd.array([None], dtype="string")
    broken["error"] = pd.array(["binary file, not a text release"], dtype="string")
    page = build_report({**dict(tables.items()), "releases": broken})
    markup = unpack_releases(page)[0]
    assert "Not read: binary file" in markup and "hold no text" in markup
    assert re.search(r'<tr data-i="0" data-tags="[^"]*\berror\b', page)
    assert 'data-tag="error" aria-pressed="false">error 1</button>' in page


def test_report_cli_writes_the_page(run_dir, tmp_path):
    target = tmp_path / "sub" / "r.html"
    result = runner.invoke(app, ["report", str(run_dir), "--html", str(target)])
    assert result.exit_code == 0, result.output
    assert target.exists() and unpack_releases(target.read_text(encoding="utf-8"))


def test_report_cli_rejects_a_folder_that_is_no_run(tmp_path):
    result = runner.invoke(app, ["report", str(tmp_path)])
    assert result.exit_code == 2
    assert "not an extract output" in result.output


def test_render_and_report_draw_the_same_picture(releases_dir, tables):
    """extractor.render and the report share one rendering path: same text, same marks."""
    rid = tables["releases"]["release_id"][0]
    rendered = extractor.render(releases_dir / f"{rid}.txt", jupyter=False)
    in_report = unpack_releases(build_report(tables))[0]
    strip_links = re.compile(r'href="[^"]*"')
    body = strip_links.sub("", rendered.split("<style>")[0])
    assert body in strip_links.sub("", in_report)


def test_report_keeps_a_check_whose_claim_has_no_row(tables):
    orphan = checks_for(tables["claims"]).head(1).assign(claim_id=999)
    page = build_report({**tables, "checks": orphan})
    i = list(tables["releases"]["release_id"]).index(orphan["release_id"].iloc[0])
    markup = unpack_releases(page)[i]
    assert "Checks of claims without a row" in markup and markup.count('data-row="checks"') == 1
