"""Finding release files and giving each a unique id."""
from __future__ import annotations

import pytest

from extractor.inputs import InputError, discover, plan


def test_inputs_folders_are_searched_for_txt_and_md(tmp_path):
    (tmp_path / "sub").mkdir()
    for name in ("a.txt", "b.md", "c.csv", "d.gold.yaml", "sub/e.txt", ".hidden/f.txt", "README.md", "sub/LICENSE.txt"):
        path = tmp_path / name
        path.parent.mkdir(exist_ok=True)
        path.write_text("x")
    found = {p.relative_to(tmp_path).as_posix() for p in discover([tmp_path])}
    assert found == {"a.txt", "b.md", "sub/e.txt"}


def test_inputs_same_stem_gets_distinct_ids_with_warning(tmp_path):
    (tmp_path / "x").mkdir()
    (tmp_path / "y").mkdir()
    (tmp_path / "x" / "r.txt").write_text("one")
    (tmp_path / "y" / "r.txt").write_text("two")
    items = plan([tmp_path / "x" / "r.txt", tmp_path / "y" / "r.txt"])
    assert [i.release_id for i in items] == ["r", "r~2"]
    assert items[0].warnings == () and "already used" in items[1].warnings[0]


def test_inputs_missing_path_is_a_usage_error(tmp_path):
    with pytest.raises(InputError):
        plan([tmp_path / "missing"])


def test_inputs_html_pages_are_release_files(tmp_path):
    for name in ("a.html", "b.HTM", "c.css", "d.js"):
        (tmp_path / name).write_text("x")
    assert {p.name for p in discover([tmp_path])} == {"a.html", "b.HTM"}


def test_inputs_folder_without_release_files_names_the_extensions(tmp_path):
    (tmp_path / "notes.csv").write_text("a,b\n")
    with pytest.raises(InputError, match=r"no release files in .*\*\.txt, \*\.md, \*\.html, \*\.htm"):
        plan([tmp_path])


@pytest.mark.parametrize("url", ["https://www.kent.police.uk/news/1", "http://example.org/a.html"])
def test_inputs_url_says_how_to_save_the_page(url):
    with pytest.raises(InputError, match="save the page"):
        plan([url])
