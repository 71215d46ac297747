"""Detect -> align -> embed on the real models: stills, video tracking, track ids.

Always-on parts use scikit-image's astronaut (and dlib's descriptor of it, in
tests/fixtures/astronaut_dlib.npz); the video test uses ../shared/data/video.
"""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest

from desktop_app.config import Scene, Settings
from desktop_app.errors import ModelError
from desktop_app.modelzoo.registry import ModelZoo, build_pipeline
from desktop_app.vision.boxes import iou_matrix
from desktop_app.vision.pipeline import SCENE_CUT, FacePipeline, shot_change, thumbnail

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _astronaut_bgr() -> np.ndarray:
    from skimage import data

    return cv2.cvtColor(data.astronaut(), cv2.COLOR_RGB2BGR)


def _cosine(a: np.ndarray, b: np.ndarray) -> float:
    return float(a @ b / (np.linalg.norm(a) * np.linalg.norm(b)))


@pytest.fixture(scope="module")
def zoo(models_dir: Path) -> ModelZoo:
    return ModelZoo(models_dir)


# The tracking tests use MTCNN, whose O-Net re-finds last frame's faces between detections.
MTCNN = {"detector": "mtcnn", "landmarker": None}


def _pipeline(zoo: ModelZoo, settings: Settings, **changes: object) -> FacePipeline:
    updated = settings.model_copy(
        update={
            "detector": settings.detector.model_copy(update=changes.pop("detector", {})),
            "recognition": settings.recognition.model_copy(update=changes.pop("recog", {})),
        }
    )
    return build_pipeline(updated, zoo)


def test_still_image_gives_chip_embedding_and_timings(zoo: ModelZoo, settings: Settings) -> None:
    pipe = _pipeline(zoo, settings)
    (obs,) = pipe.process(_astronaut_bgr())
    size = pipe.embedder.chip_size  # the default embedder's chip (SFace: 112)
    assert obs.chip_rgb.shape == (size, size, 3) and obs.chip_rgb.dtype == np.uint8
    assert obs.embedding.shape == (128,) and obs.embedding.dtype == np.float32
    assert obs.face.landmarks.shape == (5, 2)
    assert obs.track_id is None
    assert {"detect", "align", "embed", "total"} <= set(obs.timings_ms)
    assert pipe.last_timings["total"] >= pipe.last_timings["embed"]


def test_pipeline_reproduces_dlibs_descriptor_of_the_astronaut(
    zoo: ModelZoo, settings: Settings
) -> None:
    """MTCNN + our alignment + the ONNX ResNet ~ dlib's own HOG + shape predictor + ResNet."""
    ref = np.load(FIXTURES / "astronaut_dlib.npz")
    pipe = _pipeline(
        zoo,
        settings,
        detector={"fast": False},
        recog={"flip_average": False, "embedder": "dlib_resnet_v1"},
    )
    (obs,) = pipe.process(_astronaut_bgr())
    assert _cosine(obs.embedding, ref["descriptor"]) >= 0.99
    assert np.linalg.norm(obs.embedding - ref["descriptor"]) < 0.25  # dlib's "same" is < 0.6


def test_flip_average_setting_is_honoured(zoo: ModelZoo, settings: Settings) -> None:
    image = _astronaut_bgr()
    plain = _pipeline(zoo, settings, recog={"flip_average": False})
    flip = _pipeline(zoo, settings, recog={"flip_average": True})
    (a,) = plain.process(image)
    (b,) = flip.process(image)
    np.testing.assert_allclose(a.embedding, plain.embedder.embed(a.chip_rgb[None])[0], atol=1e-6)
    assert not np.allclose(a.embedding, b.embedding)
    assert _cosine(a.embedding, b.embedding) > 0.97  # same face, mirrored view averaged in


def test_camera_frames_take_one_pass_unless_live_flip_is_on(
    zoo: ModelZoo, settings: Settings
) -> None:
    """Stills (and enrollment) flip-average; live frames embed once by default (half the time)."""
    image = _astronaut_bgr()
    pipe = _pipeline(zoo, settings)
    (still,) = pipe.process(image)
    (live,) = pipe.process_video_frame(image)
    single = pipe.embedder.embed(live.chip_rgb[None])[0]
    np.testing.assert_allclose(live.embedding, single, atol=1e-6)
    assert not np.allclose(still.embedding, single)
    both = _pipeline(zoo, settings, recog={"live_flip_average": True})
    (live_flip,) = both.process_video_frame(image)
    np.testing.assert_allclose(
        live_flip.embedding,
        both.embed(live_flip.chip_rgb[None], flip=True)[0],
        atol=1e-6,
    )


def test_embed_faces_matches_process(zoo: ModelZoo, settings: Settings) -> None:
    pipe = _pipeline(zoo, settings)
    image = _astronaut_bgr()
    (obs,) = pipe.process(image)
    (again,) = pipe.embed_faces(image, [obs.face])
    np.testing.assert_allclose(obs.embedding, again.embedding, atol=1e-6)
    assert pipe.embed_faces(image, []) == []


def _three_astronauts() -> np.ndarray:
    """A 640x480 frame with three people side by side (faces ~90 px, as at a desk camera)."""
    crop = _astronaut_bgr()[0:320, 100:340]
    frame = np.full((480, 640, 3), 114, np.uint8)
    row = np.hstack([crop, crop[:, ::-1], crop])
    frame[98:382] = cv2.resize(row, (640, 284), interpolation=cv2.INTER_AREA)
    return frame


@pytest.mark.parametrize("scene", ["kiosk", "room"])
def test_faces_run_side_by_side_and_give_what_one_at_a_time_gives(
    zoo: ModelZoo, settings: Settings, scene: Scene
) -> None:
    """With two threads a frame's faces (Face Mesh, embedder) and a room scan's passes run
    side by side; every box, point, openness and embedding equals the one-thread answer."""
    frame = _three_astronauts()
    out = {}
    for threads in (1, 2):
        s = settings.model_copy(
            update={
                "detector": settings.detector.model_copy(update={"threads": threads}),
                "recognition": settings.recognition.model_copy(
                    update={"embedder_threads": threads}
                ),
            }
        )
        out[threads] = build_pipeline(s, zoo, scene=scene).process(frame, flip=False)
    assert len(out[1]) == len(out[2]) == 3
    for one, two in zip(out[1], out[2], strict=True):
        assert one.face.box == two.face.box and one.face.openness == two.face.openness
        assert np.array_equal(one.face.landmarks, two.face.landmarks)
        assert np.array_equal(one.chip_rgb, two.chip_rgb)
        assert np.array_equal(one.embedding, two.embedding)


def test_no_face_no_observation(zoo: ModelZoo, settings: Settings) -> None:
    pipe = _pipeline(zoo, settings)
    assert pipe.process(np.full((480, 640, 3), 200, np.uint8)) == []
    assert pipe.process_video_frame(np.full((480, 640, 3), 200, np.uint8)) == []


def _moving_face_video(n: int, second_from: int | None = None) -> list[np.ndarray]:
    face = cv2.resize(_astronaut_bgr()[30:230, 130:320], (150, 160))
    frames = []
    for i in range(n):
        f = np.full((480, 640, 3), 70, np.uint8)
        x = 60 + 4 * i
        f[100:260, x : x + 150] = face
        if second_from is not None and i >= second_from:
            f[280:440, 430:580] = face[:, ::-1]
        frames.append(f)
    return frames


def test_video_tracks_between_full_detections(zoo: ModelZoo, settings: Settings) -> None:
    pipe = _pipeline(zoo, settings, detector={"detect_every": 5}, recog=MTCNN)
    kinds, ids = [], []
    for frame in _moving_face_video(12):
        (obs,) = pipe.process_video_frame(frame)
        kinds.append("detect" if "detect" in obs.timings_ms else "track")
        ids.append(obs.track_id)
    assert kinds == ["detect", *["track"] * 4, "detect", *["track"] * 4, "detect", "track"]
    assert len(set(ids)) == 1 and ids[0] is not None  # one person, one track all along
    pipe.reset()
    (obs,) = pipe.process_video_frame(_moving_face_video(1)[0])
    assert "detect" in obs.timings_ms
    assert obs.track_id != ids[0]  # a reset starts new tracks


def test_face_mesh_follows_the_face_between_blazeface_detections(
    zoo: ModelZoo, settings: Settings
) -> None:
    """BlazeFace cannot track; Face Mesh re-finds the face in last frame's ROI instead (no
    detector pass), its box follows the face, and eye/mouth openness is fresh every frame."""
    pipe = _pipeline(zoo, settings, detector={"detect_every": 5})  # BlazeFace + Face Mesh
    frames = _moving_face_video(7)
    kinds, seen = [], []
    for frame in frames:
        (obs,) = pipe.process_video_frame(frame)
        kinds.append("detect" if "detect" in obs.timings_ms else "track")
        seen.append(obs)
        assert obs.face.openness is not None
    assert kinds == ["detect", *["track"] * 4, "detect", "track"]
    assert len({o.track_id for o in seen}) == 1 and seen[0].track_id is not None
    # after 4 tracked frames (16 px moved) the box and the embedding are what a fresh
    # detection of that frame gives
    (detected,) = _pipeline(zoo, settings).process(frames[4])
    assert _box_iou(seen[4].face.box, detected.face.box) > 0.85
    assert _cosine(seen[4].embedding, detected.embedding) > 0.98


def test_new_face_joins_at_the_next_full_detection(zoo: ModelZoo, settings: Settings) -> None:
    pipe = _pipeline(zoo, settings, detector={"detect_every": 4}, recog=MTCNN)
    counts, ids = [], []
    for frame in _moving_face_video(9, second_from=2):
        obs = pipe.process_video_frame(frame)
        counts.append(len(obs))
        ids.append(sorted(o.track_id for o in obs))
    # frames 0-3: detect at 0 (one face), tracking 1-3 keeps one; detect at 4 finds both.
    assert counts == [1, 1, 1, 1, 2, 2, 2, 2, 2]
    assert ids[4][0] == ids[0][0] and len(set(ids[4])) == 2
    assert all(i == ids[4] for i in ids[4:])


@pytest.mark.parametrize("stack", [MTCNN, {}], ids=["mtcnn", "blazeface+face_mesh"])
def test_a_face_that_jumps_is_found_again_in_the_same_frame(
    zoo: ModelZoo, settings: Settings, stack: dict[str, object]
) -> None:
    """Tracking loses a face that moved too far; that frame falls back to full detection."""
    pipe = _pipeline(zoo, settings, detector={"detect_every": 10}, recog=stack)
    frames = _moving_face_video(3)
    jumped = np.full_like(frames[0], 70)
    jumped[300:460, 400:550] = frames[0][100:260, 60:210]  # the face, 340 px to the right
    kinds = []
    for frame in [*frames, jumped]:
        (obs,) = pipe.process_video_frame(frame)
        kinds.append("detect" if "detect" in obs.timings_ms else "track")
    assert kinds == ["detect", "track", "track", "detect"]
    assert obs.face.box[0] > 380


def test_build_pipeline_rejects_unknown_models(zoo: ModelZoo, settings: Settings) -> None:
    bad = settings.model_copy(
        update={"recognition": settings.recognition.model_copy(update={"detector": "yunet"})}
    )
    with pytest.raises(ModelError, match="yunet"):
        build_pipeline(bad, zoo)


def test_build_pipeline_builds_missing_models_with_progress(
    settings: Settings, tmp_path: Path
) -> None:
    messages: list[str] = []
    pipe = build_pipeline(settings, ModelZoo(tmp_path / "m"), lambda f, m: messages.append(m))
    # the defaults: BlazeFace with its Face Mesh landmarker (Apache-2.0 weights), dlib ResNet
    assert pipe.detector.name == "blazeface" and pipe.embedder.dim == 128
    assert pipe.landmarker is not None and pipe.landmarker.name == "face_mesh"
    assert any("face_detection_short_range.tflite" in m for m in messages)
    assert any("face_landmark.tflite" in m for m in messages)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("stack", "start", "least"),
    [(MTCNN, 0, 40), ({}, 80, 50)],  # short-range BlazeFace: the frames where he faces us
    ids=["mtcnn", "blazeface+face_mesh"],
)
def test_tracking_keeps_the_faces_of_a_real_video(
    zoo: ModelZoo,
    settings: Settings,
    shared_data: Path,
    stack: dict[str, object],
    start: int,
    least: int,
) -> None:
    """On the Hamilton clip, detect-every-5 + tracking (MTCNN's O-Net, or Face Mesh from last
    frame's ROI) finds what full detection finds, and embeds the same person."""
    cap = cv2.VideoCapture(str(shared_data / "video" / "short_hamilton_clip.mp4"))
    cap.set(cv2.CAP_PROP_POS_FRAMES, start)
    frames = []
    while len(frames) < 60:
        ok, frame = cap.read()
        if not ok:
            break
        frames.append(frame)
    cap.release()
    assert len(frames) == 60
    no_flip = {**stack, "flip_average": False}
    full = _pipeline(zoo, settings, detector={"detect_every": 1}, recog=no_flip)
    tracked = _pipeline(zoo, settings, detector={"detect_every": 5}, recog=no_flip)
    found_full = found_tracked = 0
    same_person = []
    for frame in frames:
        a = full.process_video_frame(frame)
        b = tracked.process_video_frame(frame)
        found_full += len(a)
        found_tracked += sum(1 for o in a if any(_box_iou(o.face.box, p.face.box) > 0.5 for p in b))
        for o in a:  # the tracked face's embedding is the same person's
            match = [p for p in b if _box_iou(o.face.box, p.face.box) > 0.5]
            if match:
                u, v = o.embedding, match[0].embedding
                same_person.append(np.linalg.norm(u / np.linalg.norm(u) - v / np.linalg.norm(v)))
    assert found_full >= least
    assert found_tracked >= 0.95 * found_full
    # well inside the embedder's same-person threshold (L2-normalised scale)
    from desktop_app.recognition.defaults import default_threshold

    assert float(np.median(same_person)) < 0.6 * default_threshold(full.embedder.id, True)


def _box_iou(a: tuple[float, ...], b: tuple[float, ...]) -> float:
    return float(iou_matrix(np.array([a]), np.array([b]))[0, 0])


def test_a_scene_cut_ends_every_track_even_where_the_boxes_overlap(
    zoo: ModelZoo, settings: Settings
) -> None:
    """A video that cuts to another shot must not carry a person's track (and so a
    confirmed name) onto whoever stands in the same place after the cut."""
    pipe = _pipeline(zoo, settings, detector={"detect_every": 5})
    frames = _moving_face_video(3)
    ids = [pipe.process_video_frame(f)[0].track_id for f in frames]
    assert len(set(ids)) == 1 and pipe.ended_tracks == []
    other_shot = frames[2].copy()
    other_shot[other_shot == 70] = 210  # same face, same place, another background
    (after,) = pipe.process_video_frame(other_shot)
    assert "detect" in after.timings_ms
    assert after.track_id != ids[0] and pipe.ended_tracks == [ids[0]]
    (next_frame,) = pipe.process_video_frame(other_shot)
    assert next_frame.track_id == after.track_id  # no cut between identical frames


def test_a_camera_exposure_step_does_not_end_the_tracks(zoo: ModelZoo, settings: Settings) -> None:
    """The lights switched on, or the camera's auto exposure re-metering as someone steps
    up, brightens the whole picture by a stop at once: still the same shot, so the track
    (and a confirmed name) goes on instead of everyone waiting to be confirmed again."""
    pipe = _pipeline(zoo, settings, detector={"detect_every": 5})
    frames = _moving_face_video(3)
    ids = [pipe.process_video_frame(f)[0].track_id for f in frames]
    lit = (frames[2].astype(np.float32) / 255) ** 2.2 * 2.0  # +1 EV in linear light
    brighter = (np.clip(lit, 0, 1) ** (1 / 2.2) * 255).round().astype(np.uint8)
    (after,) = pipe.process_video_frame(brighter)
    assert after.track_id == ids[0] and pipe.ended_tracks == []


def test_a_blank_picture_is_a_cut_but_two_blank_frames_are_not() -> None:
    """A covered lens or a fade to black ends the tracks (the next faces may be anyone's);
    a run of blank frames does not count as one cut per frame."""
    picture = thumbnail(cv2.resize(_astronaut_bgr(), (640, 480)))
    black = thumbnail(np.zeros((480, 640, 3), np.uint8))
    dim = thumbnail(np.full((480, 640, 3), 3, np.uint8))
    assert shot_change(picture, black) > SCENE_CUT and shot_change(black, picture) > SCENE_CUT
    assert shot_change(black, dim) <= SCENE_CUT


@pytest.mark.shared
def test_scene_cuts_fall_exactly_on_the_clips_cuts(shared_data: Path) -> None:
    """Every shared clip: a cut is found at each hand-checked cut (Hamilton: frames 20, 82,
    211) and nowhere else (the handheld street clip has none)."""
    cuts = {"short_hamilton_clip.mp4": {20, 82, 211}, "facenet_pytorch_video.mp4": set()}
    for clip, expected in cuts.items():
        cap = cv2.VideoCapture(str(shared_data / "video" / clip))
        thumbs = []
        while True:
            ok, frame = cap.read()
            if not ok:
                break
            thumbs.append(thumbnail(frame))
        cap.release()
        assert len(thumbs) > 100, clip
        found = {
            i for i in range(1, len(thumbs)) if shot_change(thumbs[i - 1], thumbs[i]) > SCENE_CUT
        }
        assert found == expected, clip
