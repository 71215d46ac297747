"""A non-editable install must carry every subpackage, the migrations and the resources."""

from __future__ import annotations

import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_every_subpackage_is_listed_for_installation() -> None:
    cfg = tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"]
    listed = set(cfg["packages"])
    on_disk = {
        ".".join(p.parent.relative_to(REPO).parts)
        for p in (REPO / "desktop_app").rglob("__init__.py")
        if "__pycache__" not in p.parts
    }
    missing = on_disk - listed
    assert not missing, f"add to [tool.setuptools] packages in pyproject.toml: {sorted(missing)}"
    assert cfg["package-dir"]["desktop_app._alembic"] == "alembic"
    assert (REPO / "alembic" / "env.py").exists()
    assert any((REPO / "alembic" / "versions").glob("*.py"))
