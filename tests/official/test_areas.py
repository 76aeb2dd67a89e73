"""Area names in any spelling -> one official area."""
from __future__ import annotations

import pytest

from extractor.official.areas import AreaIndex, areas


@pytest.mark.parametrize("name, code", [
    ("Staffordshire", "E23000015"),
    ("Staffordshire Police", "E23000015"),
    ("Devon & Cornwall", "E23000035"),
    ("Devon and Cornwall Police", "E23000035"),
    ("the Met", "E23000001"),
    ("Metropolitan Police Service", "E23000001"),
    ("London, City of", "E23000034"),
    ("Avon and Somerset Constabulary", "E23000036"),
    ("Dyfed-Powys Police", "W15000004"),
    ("Dyfed-Powys4", "W15000004"),            # an ONS footnote marker glued on
    ("Heddlu Dyfed-Powys", "W15000004"),
    ("Heddlu Gwent", "W15000002"),
    ("Gogledd Cymru", "W15000001"),
    ("South Wales Police", "W15000003"),
    ("Wales", "W92000004"),
    ("West Midlands", "E23000014"),           # the force
    ("West Midlands region", "E12000005"),
    ("Yorkshire and the Humber", "E12000003"),
    ("ENGLAND AND WALES7,8", "K04000001"),
    ("England & Wales", "K04000001"),
    ("Humberside [note 4]", "E23000012"),
])
def test_areas_aliases(name: str, code: str) -> None:
    area = areas().find(name)
    assert area is not None and area.code == code


@pytest.mark.parametrize("name", ["Gotham", "Preston", "", None, "Scotland"])
def test_areas_unknown_is_none(name) -> None:
    assert areas().find(name) is None


def test_areas_members() -> None:
    index = areas()
    assert len(index.forces()) == 43
    assert {a.name for a in index.members("W92000004")} == {"Dyfed-Powys", "Gwent", "North Wales", "South Wales"}
    assert len(index.members("K04000001")) == 43


def test_areas_one_spelling_two_areas_is_an_error() -> None:
    data = {"suffixes": ["police"], "areas": [{"code": "A1", "name": "Kent", "kind": "force"},
                      {"code": "A2", "name": "Kent Police", "kind": "force"}]}
    with pytest.raises(ValueError, match="names both"):
        AreaIndex(data, "x.yaml")
