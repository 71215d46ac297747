"""Bring your own embedder: ``models add FILE.onnx --card CARD.toml``.

The network here is a tiny ONNX graph generated in the test (flatten + one matrix product,
random weights): it checks the plumbing (card, checks, registry, pipeline), not recognition,
which the other tests do with the real models.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from onnx import TensorProto, helper, numpy_helper, save

from desktop_app.config import Settings
from desktop_app.errors import ModelError
from desktop_app.modelzoo.registry import ModelZoo, build_pipeline, stack
from desktop_app.vision.onnx_embedder import OnnxEmbedder

SIZE, DIM = 32, 16

CARD = """
name = "tiny_embedder"
description = "a test network"
metric = "cosine"
licence = "CC0-1.0"
licence_url = "https://creativecommons.org/publicdomain/zero/1.0/"
commercial_use = true

[input]
size = 32
layout = "NCHW"
colour_order = "BGR"
mean = [127.5, 127.5, 127.5]
std = [128.0, 128.0, 128.0]
template = [[10.0, 12.0], [22.0, 12.0], [16.0, 18.0], [11.0, 24.0], [21.0, 24.0]]
"""


def tiny_onnx(path: Path, size: int = SIZE, layout: str = "NCHW", dim: int = DIM) -> Path:
    """A generated embedder: (N, 3, S, S) or (N, S, S, 3) float -> (N, dim)."""
    shape = ["N", 3, size, size] if layout == "NCHW" else ["N", size, size, 3]
    w = np.random.default_rng(1).normal(size=(3 * size * size, dim)).astype(np.float32)
    graph = helper.make_graph(
        [
            helper.make_node("Flatten", ["chips"], ["flat"], axis=1),
            helper.make_node("MatMul", ["flat", "w"], ["descriptors"]),
        ],
        "tiny",
        [helper.make_tensor_value_info("chips", TensorProto.FLOAT, shape)],
        [helper.make_tensor_value_info("descriptors", TensorProto.FLOAT, ["N", dim])],
        [numpy_helper.from_array(w, "w")],
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)])
    model.ir_version = 8
    save(model, str(path))
    return path


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    card = tmp_path / "card.toml"
    card.write_text(CARD)
    return tiny_onnx(tmp_path / "tiny.onnx"), card


def _with_embedder(settings: Settings, name: str) -> Settings:
    rec = settings.recognition.model_copy(update={"embedder": name})
    return settings.model_copy(update={"recognition": rec})


def test_added_embedder_is_listed_verified_and_runs_in_the_pipeline(
    tmp_path: Path, files: tuple[Path, Path], models_dir: Path, settings: Settings
) -> None:
    onnx_file, card = files
    zoo = ModelZoo(tmp_path / "models")
    spec = zoo.add(onnx_file, card)
    assert spec.card.name == "tiny_embedder" and spec.card.user_supplied
    assert "tiny_embedder" in zoo.names() and zoo.verify("tiny_embedder")
    assert zoo.model("tiny_embedder").card.licence == "CC0-1.0"
    manifest = json.loads((zoo.folder("tiny_embedder") / "manifest.json").read_text())
    assert manifest["dim"] == DIM
    # the detector comes from the session's built models; the embedder is the user's
    for sub in ("mtcnn",):
        (zoo.root / sub).symlink_to(models_dir / sub, target_is_directory=True)
    pipe = build_pipeline(_with_embedder(settings, "tiny_embedder"), zoo)
    assert isinstance(pipe.embedder, OnnxEmbedder)
    assert (pipe.embedder.id, pipe.embedder.dim, pipe.embedder.metric) == (
        "tiny_embedder",
        DIM,
        "cosine",
    )
    from skimage import data

    image = np.ascontiguousarray(data.astronaut()[:, :, ::-1])
    (obs,) = pipe.process_still(image)
    assert obs.chip_rgb.shape == (SIZE, SIZE, 3) and obs.embedding.shape == (DIM,)
    # the card's BGR order and normalisation are applied: same as feeding the graph by hand
    x = (obs.chip_rgb[None, :, :, ::-1].astype(np.float32) - 127.5) / 128.0
    flip = x[:, :, ::-1]
    w = np.random.default_rng(1).normal(size=(3 * SIZE * SIZE, DIM)).astype(np.float32)
    by_hand = 0.5 * (
        x.transpose(0, 3, 1, 2).reshape(1, -1) @ w + flip.transpose(0, 3, 1, 2).reshape(1, -1) @ w
    )
    np.testing.assert_allclose(obs.embedding, by_hand[0], rtol=1e-4, atol=1e-3)
    # a damaged file is reported, not trusted, and cannot be "rebuilt"
    (zoo.folder("tiny_embedder") / "model.onnx").write_bytes(b"junk")
    assert not zoo.verify("tiny_embedder")
    with pytest.raises(ModelError, match="models add"):
        zoo.ensure("tiny_embedder")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda c: c.replace('metric = "cosine"', 'metric = "manhattan"'), "metric"),
        (lambda c: c.replace("size = 32", "size = 64"), "takes input"),
        (lambda c: c.replace('layout = "NCHW"', 'layout = "NHWC"'), "takes input"),
        (lambda c: c.replace("[21.0, 24.0]]", "]"), "5 points"),
        (lambda c: c.replace("commercial_use = true", ""), "commercial_use"),
        (lambda c: c.replace('name = "tiny_embedder"', 'name = "mtcnn"'), "already exists"),
        (lambda c: c.replace("[input]", "[input"), "not valid TOML"),
        (lambda c: c.replace("std = [128.0, 128.0, 128.0]", "std = [1, 0, 1]"), "positive"),
        (lambda c: c + "[decision]\nthreshold = 3.5\n", "decision.threshold"),
        (lambda c: c + "[decision]\nthreshold = 0.9\nmargin = -1\n", "decision.margin"),
    ],
)
def test_a_bad_card_or_a_mismatched_network_changes_nothing(
    tmp_path: Path, files: tuple[Path, Path], change: object, message: str
) -> None:
    onnx_file, card = files
    card.write_text(change(CARD))  # type: ignore[operator]
    zoo = ModelZoo(tmp_path / "models")
    with pytest.raises(ModelError, match=message) as err:
        zoo.add(onnx_file, card)
    assert "Nothing was added" in str(err.value)
    assert not (tmp_path / "models").exists() or not any((tmp_path / "models").iterdir())
    assert "tiny_embedder" not in zoo.names()


def test_a_network_that_is_not_an_embedder_is_refused(tmp_path: Path) -> None:
    card = tmp_path / "card.toml"
    card.write_text(CARD)
    not_onnx = tmp_path / "weights.onnx"
    not_onnx.write_bytes(b"\x00" * 100)
    zoo = ModelZoo(tmp_path / "models")
    with pytest.raises(ModelError, match="not an ONNX model"):
        zoo.add(not_onnx, card)
    assert not any((tmp_path / "models").iterdir())


def test_the_settings_may_name_an_added_embedder_only_once_it_is_added(
    tmp_path: Path, files: tuple[Path, Path], settings: Settings
) -> None:
    zoo = ModelZoo(tmp_path / "models")
    wanted = _with_embedder(settings, "tiny_embedder")
    with pytest.raises(ModelError, match=r"recognition\.embedder"):
        stack(wanted, zoo)
    zoo.add(*files)
    assert stack(wanted, zoo)[2] == "tiny_embedder"


def test_the_decision_rule_is_the_cards_or_an_announced_placeholder(
    tmp_path: Path, files: tuple[Path, Path], models_dir: Path, settings: Settings
) -> None:
    """No silent fallback to another model's rule: a card that states its threshold gets it;
    one that does not gets a placeholder the app names as such (and a threshold in the
    settings replaces either)."""
    from desktop_app.recognition.defaults import placeholder_note
    from desktop_app.recognition.gallery import decision_rule, stated_rule

    onnx_file, card = files
    zoo = ModelZoo(tmp_path / "models")
    zoo.add(onnx_file, card)
    (zoo.root / "mtcnn").symlink_to(models_dir / "mtcnn", target_is_directory=True)
    s = _with_embedder(settings, "tiny_embedder")
    emb = build_pipeline(s, zoo).embedder
    rule = decision_rule(s, emb.id, stated_rule(emb))
    assert not rule.measured and rule.source == "placeholder"
    note = placeholder_note(emb.id, rule)
    assert "tiny_embedder" in note and "calibrate" in note and f"{rule.threshold:.3f}" in note
    own = s.model_copy(update={"recognition": s.recognition.model_copy(update={"threshold": 0.8})})
    assert decision_rule(own, emb.id, stated_rule(emb)).source == "settings"

    stated = tmp_path / "stated"
    stated.mkdir()
    (stated / "card.toml").write_text(
        CARD.replace("tiny_embedder", "tiny_stated")
        + "[decision]\nthreshold = 0.83\nmargin = 0.02\n"
    )
    zoo.add(onnx_file, stated / "card.toml")
    emb2 = build_pipeline(_with_embedder(settings, "tiny_stated"), zoo).embedder
    rule2 = decision_rule(s, emb2.id, stated_rule(emb2))
    assert (rule2.threshold, rule2.margin, rule2.source) == (0.83, 0.02, "card")
    assert rule2.measured and placeholder_note(emb2.id, rule2) == ""


@pytest.mark.parametrize(
    ("name", "message"),
    [("CON", "device name on Windows"), ("nul", "device name on Windows"), ("MTCNN", "already")],
)
def test_a_card_name_windows_cannot_hold_as_a_folder_is_refused(
    tmp_path: Path, files: tuple[Path, Path], name: str, message: str
) -> None:
    """A model folder named CON cannot exist on Windows, and MTCNN is mtcnn's folder there
    (and on macOS): the card is refused on every system, so it works on each."""
    onnx_file, card = files
    card.write_text(CARD.replace('name = "tiny_embedder"', f'name = "{name}"'))
    zoo = ModelZoo(tmp_path / "models")
    with pytest.raises(ModelError, match=message) as err:
        zoo.add(onnx_file, card)
    assert "Nothing was added" in str(err.value)
    assert name not in zoo.names()


def test_a_second_card_differing_only_in_case_is_refused(
    tmp_path: Path, files: tuple[Path, Path]
) -> None:
    onnx_file, card = files
    zoo = ModelZoo(tmp_path / "models")
    zoo.add(onnx_file, card)
    card.write_text(CARD.replace('name = "tiny_embedder"', 'name = "Tiny_Embedder"'))
    with pytest.raises(ModelError, match="already exists"):
        zoo.add(onnx_file, card)
    assert "Tiny_Embedder" not in zoo.names() and zoo.verify("tiny_embedder")


def _scanned_copies(
    monkeypatch: pytest.MonkeyPatch, open_elsewhere: Any, refusals: int | None
) -> None:
    """A scanner opens each file ``models add`` writes as soon as it is written."""
    from desktop_app.modelzoo import user_models

    copy = user_models.shutil.copyfile

    def copied(src: Any, dst: Any) -> Any:
        out = copy(src, dst)
        open_elsewhere.hold(dst, refusals=refusals)
        return out

    monkeypatch.setattr(user_models.shutil, "copyfile", copied)


def test_adding_waits_for_a_scanner_holding_the_new_files(
    tmp_path: Path, files: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch, open_elsewhere: Any
) -> None:
    from desktop_app import fileio

    _scanned_copies(monkeypatch, open_elsewhere, refusals=None)
    # the scanner closes them while the app waits before trying again
    monkeypatch.setattr(fileio.time, "sleep", lambda _s: open_elsewhere.release_all())
    zoo = ModelZoo(tmp_path / "models")
    zoo.add(*files)
    assert "tiny_embedder" in zoo.names() and zoo.verify("tiny_embedder")


def test_files_that_stay_open_elsewhere_add_nothing_and_say_why(
    tmp_path: Path, files: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch, open_elsewhere: Any
) -> None:
    _scanned_copies(monkeypatch, open_elsewhere, refusals=None)
    zoo = ModelZoo(tmp_path / "models")
    with pytest.raises(ModelError, match="open in another program") as err:
        zoo.add(*files)
    assert "Nothing was added" in str(err.value)
    assert "tiny_embedder" not in zoo.names()
