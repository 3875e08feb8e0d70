import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_subpackage_is_listed_for_the_wheel():
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"][
        "packages"])
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "tvmq").rglob(
        "__init__.py")}
    assert found - listed == set(), "add these packages to pyproject.toml"
    assert "tvmq.targets" in listed
