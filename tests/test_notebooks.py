"""The analyst notebooks run top to bottom on a fresh kernel, and are stored without outputs.

The kernel is named "python3": jupyter_client starts it with the interpreter
running the tests (a kernelspec whose command is plain ``python`` is mapped to
``sys.executable``), so the notebooks see this environment's ``extractor``;
the last cell added below checks that.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
TIMEOUT = 600


def test_notebooks_present() -> None:
    assert [p.name for p in NOTEBOOKS] == ["01_one_release.ipynb", "02_batch.ipynb", "03_official_check.ipynb"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebooks_stored_without_outputs(path: Path) -> None:
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, f"{path.name}: outputs not cleared"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebooks_execute_top_to_bottom(path: Path) -> None:
    nb = nbformat.read(path, as_version=4)
    nb.cells.append(nbformat.v4.new_code_cell("import sys, extractor\nprint(sys.executable)\nprint(extractor.__file__)"))
    env_path = os.environ.get("PYTHONPATH")
    client = NotebookClient(
        nb, timeout=TIMEOUT, kernel_name="python3",
        resources={"metadata": {"path": str(path.parent)}},  # run from notebooks/, as an analyst would
    )
    client.execute()
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"]
    assert not errors
    printed = "".join(o.get("text", "") for o in nb.cells[-1].outputs).split("\n")
    assert Path(printed[0]).resolve() == Path(sys.executable).resolve(), "kernel is not this interpreter"
    if not env_path:
        assert Path(printed[1]).resolve().is_relative_to(ROOT), "notebook imported another extractor"
