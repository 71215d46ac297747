"""Model zoo: manifest with hashes, a changed or truncated file is rebuilt, clear errors.

Uses the real MTCNN build (about a second); the missing/corrupt package cases are simulated
by pointing the lookup at a package that does not exist or at a damaged copy of the weights.
"""

from __future__ import annotations

import importlib.metadata
import json
import re
import shutil
from pathlib import Path

import pytest

from desktop_app.errors import ModelError
from desktop_app.fileio import sha256_file
from desktop_app.modelzoo import mtcnn as mtcnn_spec
from desktop_app.modelzoo import registry
from desktop_app.modelzoo.cards import package_dir
from desktop_app.modelzoo.registry import ModelZoo

SHA256 = re.compile(r"^[0-9a-f]{64}$")


@pytest.fixture
def zoo(tmp_path: Path) -> ModelZoo:
    z = ModelZoo(tmp_path / "models")
    z.ensure("mtcnn")
    return z


def test_manifest_records_source_and_sha256s(zoo: ModelZoo) -> None:
    folder = zoo.folder("mtcnn")
    manifest = json.loads((folder / "manifest.json").read_text())
    assert manifest["name"] == "mtcnn" and manifest["kind"] == "detector"
    assert manifest["source_package"] == "mtcnn" and manifest["source_version"] == "1.0.0"
    assert manifest["converter_version"] == mtcnn_spec.BUILDER.converter_version
    assert set(manifest["inputs"]) == {"pnet.lz4", "rnet.lz4", "onet.lz4"}
    assert set(manifest["outputs"]) == {"pnet.onnx", "rnet.onnx", "onet.onnx"}
    for digest in [*manifest["inputs"].values(), *manifest["outputs"].values()]:
        assert SHA256.match(digest)
    for name, digest in manifest["outputs"].items():
        assert sha256_file(folder / name) == digest
    weights = mtcnn_spec.weights_dir()
    for name, digest in manifest["inputs"].items():
        assert sha256_file(weights / name) == digest
    assert zoo.status("mtcnn").ok


@pytest.mark.parametrize("damage", ["truncate", "flip_byte", "delete"])
def test_damaged_onnx_is_detected_and_rebuilt(zoo: ModelZoo, damage: str) -> None:
    target = zoo.folder("mtcnn") / "rnet.onnx"
    good = target.read_bytes()
    if damage == "truncate":
        target.write_bytes(good[: len(good) // 2])
    elif damage == "flip_byte":
        data = bytearray(good)
        data[len(data) // 2] ^= 0xFF  # same size, one weight changed
        target.write_bytes(bytes(data))
    else:
        target.unlink()
    status = zoo.status("mtcnn")
    assert not status.ok and "rnet.onnx" in status.reason
    assert not zoo.verify("mtcnn")
    folder = zoo.ensure("mtcnn")  # rebuilds instead of trusting the file
    assert (folder / "rnet.onnx").read_bytes() == good
    assert zoo.verify("mtcnn")


def test_other_converter_version_is_rebuilt(zoo: ModelZoo) -> None:
    manifest_path = zoo.folder("mtcnn") / "manifest.json"
    manifest = json.loads(manifest_path.read_text())
    manifest["converter_version"] = "0-old"
    manifest_path.write_text(json.dumps(manifest))
    assert not zoo.verify("mtcnn")
    zoo.ensure("mtcnn")
    assert json.loads(manifest_path.read_text())["converter_version"] == "1"


def test_build_is_deterministic(zoo: ModelZoo, tmp_path: Path) -> None:
    other = ModelZoo(tmp_path / "again")
    other.ensure("mtcnn")
    first = json.loads((zoo.folder("mtcnn") / "manifest.json").read_text())["outputs"]
    second = json.loads((other.folder("mtcnn") / "manifest.json").read_text())["outputs"]
    assert first == second


def test_package_dir_of_missing_package_names_it() -> None:
    with pytest.raises(ModelError, match=r"pip install no_such_weights_package_xyz"):
        package_dir("no_such_weights_package_xyz")


def test_missing_weights_package_fails_with_its_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The builder finds its weights through registry.package_dir: point it at nothing.
    monkeypatch.setattr(mtcnn_spec, "PACKAGE", "mtcnn_weights_not_installed")
    zoo = ModelZoo(tmp_path / "models")
    with pytest.raises(ModelError, match="mtcnn_weights_not_installed"):
        zoo.ensure("mtcnn")
    assert not (tmp_path / "models" / "mtcnn").exists()


def test_uninstalled_distribution_names_the_pip_command(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_version = importlib.metadata.version

    def version(name: str) -> str:
        if name == "mtcnn":
            raise importlib.metadata.PackageNotFoundError(name)
        return real_version(name)

    monkeypatch.setattr(registry.importlib.metadata, "version", version)
    with pytest.raises(ModelError, match=r"pip install mtcnn==1\.0\.0"):
        ModelZoo(tmp_path / "models").build("mtcnn")


@pytest.mark.parametrize("corruption", ["garbage", "truncated", "wrong_layers"])
def test_unreadable_weights_name_the_package_to_reinstall(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, corruption: str
) -> None:
    fake = tmp_path / "weights"
    shutil.copytree(mtcnn_spec.weights_dir(), fake)
    target = fake / "onet.lz4"
    if corruption == "garbage":
        target.write_bytes(b"this is not a joblib file" * 100)
    elif corruption == "truncated":
        target.write_bytes(target.read_bytes()[:5000])
    else:
        shutil.copy(fake / "pnet.lz4", target)  # parses, but holds P-Net's layers
    monkeypatch.setattr(mtcnn_spec, "weights_dir", lambda: fake)
    zoo = ModelZoo(tmp_path / "models")
    with pytest.raises(ModelError, match=r"pip install --force-reinstall mtcnn==1\.0\.0"):
        zoo.ensure("mtcnn")
    assert not zoo.folder("mtcnn").exists()


def test_unknown_model_lists_the_known_ones(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="mtcnn"):
        ModelZoo(tmp_path).status("retinaface")


def test_weights_other_than_the_cards_are_refused_before_building(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The card pins each weight file's sha256: another file (here O-Net replaced by a valid
    P-Net file) is refused by name, with the reinstall command, and nothing is built."""
    fake = tmp_path / "weights"
    shutil.copytree(mtcnn_spec.weights_dir(), fake)
    shutil.copy(fake / "pnet.lz4", fake / "onet.lz4")
    monkeypatch.setattr(mtcnn_spec, "weights_dir", lambda: fake)
    zoo = ModelZoo(tmp_path / "models")
    with pytest.raises(ModelError, match=r"onet\.lz4 are not the ones its model card names"):
        zoo.ensure("mtcnn")
    assert not zoo.folder("mtcnn").exists()


def test_every_registered_model_has_a_complete_card() -> None:
    for name, model in registry.MODELS.items():
        card = model.card
        assert card.name == name and card.role in {"detector", "landmarker", "embedder"}
        assert card.licence and card.licence_url.startswith("https://")
        assert card.sha256 and all(SHA256.match(d) for d in card.sha256.values())
        assert (card.source_package is None) != (card.vendored is None)
