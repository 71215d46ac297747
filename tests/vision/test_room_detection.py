"""A camera watching a room (issue 12): the main window's default BlazeFace finds the faces a
user sees in the shared clips, where the kiosk's range (the default before) found none; still
photos find the faces of a group photo.

The room scan is short range on the whole frame plus full range on overlapping tiles sized for
``detector.min_face`` (``vision/blazeface.py``), with the faces Face Mesh is unsure of kept on
camera frames. Real frames of ``../shared/data/video`` through the shared fixture; the boxes
named below were checked by eye (README, "Rooms and crowds").
"""

from __future__ import annotations

import itertools
from pathlib import Path

import cv2
import numpy as np
import pytest

from desktop_app.config import Settings
from desktop_app.modelzoo.registry import ModelZoo, build_pipeline
from desktop_app.vision.blazeface import tile_grid, tile_side_for
from desktop_app.vision.boxes import iou_matrix
from desktop_app.vision.face_mesh import FaceMeshLandmarker
from desktop_app.vision.pipeline import FacePipeline

# short_hamilton_clip.mp4 frame 215 (640x360): the audience row; x1, y1, x2, y2
HAMILTON_AUDIENCE = {
    "Barack Obama": (305, 58, 375, 128),
    "Michelle Obama (turned, laughing)": (355, 94, 438, 177),
    "woman left of them": (152, 102, 216, 166),
    "woman at the left edge": (35, 72, 99, 136),
}


def _frame(shared_data: Path, clip: str, index: int) -> np.ndarray:
    cap = cv2.VideoCapture(str(shared_data / "video" / clip))
    try:
        cap.set(cv2.CAP_PROP_POS_FRAMES, index)
        ok, frame = cap.read()
    finally:
        cap.release()
    assert ok, f"{clip} has no frame {index}"
    return frame


@pytest.fixture(scope="module")
def pipes(models_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, FacePipeline]:
    from desktop_app.config import load_settings

    tmp = tmp_path_factory.mktemp("room")
    (tmp / "settings.toml").touch()
    settings = load_settings(config_file=tmp / "settings.toml", environ={}, data_dir=tmp)
    zoo = ModelZoo(models_dir)
    return {scene: build_pipeline(settings, zoo, scene=scene) for scene in ("room", "kiosk")}


@pytest.mark.shared
def test_the_room_default_boxes_the_audience_the_kiosk_range_misses(
    pipes: dict[str, FacePipeline], shared_data: Path
) -> None:
    frame = _frame(shared_data, "short_hamilton_clip.mp4", 215)
    room = pipes["room"].detect_frame(frame)
    boxes = np.array([f.box for f in room])
    assert len(room) >= len(HAMILTON_AUDIENCE)
    for who, box in HAMILTON_AUDIENCE.items():
        assert iou_matrix(np.array([box]), boxes).max() > 0.5, f"{who} not found"
    assert len(room) <= len(HAMILTON_AUDIENCE) + 1  # no crowd of false boxes
    # the kiosk's range (short, the camera default before) sees at most one of them
    assert len(pipes["kiosk"].detect_frame(frame)) <= 1
    # and what the main window shows goes on to recognition: every face gets an embedding
    obs = pipes["room"].process(frame, flip=False)
    assert len(obs) == len(room) and all(np.isfinite(o.embedding).all() for o in obs)


def _inside(small: np.ndarray, large: np.ndarray) -> float:
    """How much of box ``small`` lies inside box ``large`` (0..1)."""
    ix = min(small[2], large[2]) - max(small[0], large[0])
    iy = min(small[3], large[3]) - max(small[1], large[1])
    area = (small[2] - small[0]) * (small[3] - small[1])
    return max(ix, 0.0) * max(iy, 0.0) / area


@pytest.mark.shared
@pytest.mark.parametrize("index", [230, 250, 260])
def test_a_face_of_the_audience_gets_one_box_not_a_second_one_around_it(
    pipes: dict[str, FacePipeline], shared_data: Path, index: int
) -> None:
    """Short range boxed the woman left of the Obamas (about 62 px) a second time, 2-3x too
    large at a low score (0.50-0.64), and the mesh sees no face in that box: the main window
    showed two "Unknown" labels on her for half a second (found by the operator
    walk-through). One box per face now, and she, Barack and Michelle Obama keep theirs."""
    room = pipes["room"].detect_frame(_frame(shared_data, "short_hamilton_clip.mp4", index))
    boxes = np.array([f.box for f in room])
    for i, j in itertools.permutations(range(len(boxes)), 2):
        assert _inside(boxes[j], boxes[i]) < 0.6, f"box {boxes[i]} holds the face {boxes[j]}"
    woman = np.array([[150, 102, 216, 166]])
    assert iou_matrix(woman, boxes).max() > 0.4
    assert len(room) >= 3


@pytest.mark.shared
@pytest.mark.parametrize(
    ("index", "where"),
    [
        (11, (279, -12, 420, 129)),  # the dark curtain and candelabra above the stage
        (50, (495, 44, 668, 217)),  # blurred dark audience behind Lin-Manuel Miranda's head
        (33, (123, 270, 150, 297)),  # candle flames on a table at the lower left
    ],
)
def test_the_room_does_not_box_curtains_candles_or_a_blurred_background(
    pipes: dict[str, FacePipeline], shared_data: Path, index: int, where: tuple[int, ...]
) -> None:
    """The operator walk-through saw strangers there. Short range's boxes on the curtain and
    the background (scores 0.51-0.60, Face Mesh's presence under 0.01): a face the mesh
    doubts now needs full range's 0.6. Full range's on the candles (~28 px, 0.62-0.70, on a
    tile): a face smaller than ``detector.min_face`` must also be found by short range
    looking at it enlarged, which scores the flames 0.15-0.25."""
    room = pipes["room"].detect_frame(_frame(shared_data, "short_hamilton_clip.mp4", index))
    if room:
        assert iou_matrix(np.array([where]), np.array([f.box for f in room])).max() < 0.3


@pytest.mark.shared
def test_a_small_face_far_away_keeps_its_box(
    pipes: dict[str, FacePipeline], shared_data: Path
) -> None:
    """The pianist, far back at the lower left (frames 0-19, ~28 px, under ``min_face``): the
    closer look finds him (0.74-0.87), so he stays boxed."""
    for index in (0, 10, 19):
        room = pipes["room"].detect_frame(_frame(shared_data, "short_hamilton_clip.mp4", index))
        boxes = np.array([f.box for f in room])
        assert iou_matrix(np.array([[56, 190, 84, 218]]), boxes).max() > 0.4, index


@pytest.mark.shared
def test_a_singer_in_profile_keeps_his_box(
    pipes: dict[str, FacePipeline], shared_data: Path
) -> None:
    """Lin-Manuel Miranda in profile close to the camera (frames 23-42): the mesh sees no
    face (presence under 0.1), short range does (0.72-0.82): a real face, still boxed."""
    for index in (25, 30, 35, 40):
        room = pipes["room"].detect_frame(_frame(shared_data, "short_hamilton_clip.mp4", index))
        assert any(f.box[2] - f.box[0] > 150 and f.box[0] + f.box[2] > 700 for f in room), index


@pytest.mark.shared
def test_the_room_follows_its_faces_between_detections(
    pipes: dict[str, FacePipeline], shared_data: Path
) -> None:
    """Frames 215-219: detected once, then followed by Face Mesh, every audience face stays
    boxed with its track id (the turned, laughing face too, which the mesh is unsure of:
    losing it would cost a full detection every frame)."""
    pipe = pipes["room"]
    pipe.reset()
    first = pipe.process_video_frame(_frame(shared_data, "short_hamilton_clip.mp4", 215))
    ids = {o.track_id for o in first}
    assert len(ids) >= len(HAMILTON_AUDIENCE)
    for index in range(216, 220):
        obs = pipe.process_video_frame(_frame(shared_data, "short_hamilton_clip.mp4", index))
        assert "track" in pipe.last_timings, f"frame {index} needed a full detection"
        assert {o.track_id for o in obs} == ids
    pipe.reset()


@pytest.mark.shared
def test_the_room_default_finds_the_street_crowd(
    pipes: dict[str, FacePipeline], shared_data: Path
) -> None:
    """facenet_pytorch_video.mp4 (1920x1080, faces 40-120 px): none found with the kiosk's
    range, at least five of the crowd with the room's tiles."""
    frame = _frame(shared_data, "facenet_pytorch_video.mp4", 0)
    assert pipes["kiosk"].detect_frame(frame) == []
    room = pipes["room"].detect_frame(frame)
    assert len(room) >= 5
    sizes = [f.box[2] - f.box[0] for f in room]
    assert min(sizes) < 60 and max(sizes) < 200  # faces of a crowd, not frame-sized boxes


@pytest.mark.shared
@pytest.mark.parametrize(
    ("photo", "faces"),
    [("facenet_pytorch_multiface.jpg", 6), ("obama_biden_waving.jpg", 3)],
)
def test_group_photos_show_every_face(
    pipes: dict[str, FacePipeline], shared_data: Path, photo: str, faces: int
) -> None:
    """Still photos scan full-range tiles too: all six friends on the steps (4 before), and
    the girl at the lower right of the waving photo (missed before); COUNTS.csv by hand."""
    from desktop_app.vision.image_io import load_image

    image = load_image(shared_data / "faces" / "_groups" / photo)
    for pipe in pipes.values():  # stills are the same whatever the camera looks at
        assert len(pipe.detect_still(image)) == faces


def test_the_kiosk_keeps_mediapipes_mesh_check_and_stills_always_do(
    pipes: dict[str, FacePipeline],
) -> None:
    room, kiosk = pipes["room"], pipes["kiosk"]
    assert isinstance(room.landmarker, FaceMeshLandmarker) and room.landmarker.keep_unsure
    assert isinstance(kiosk.landmarker, FaceMeshLandmarker) and not kiosk.landmarker.keep_unsure
    for pipe in (room, kiosk):  # enrollment and photos drop a face the mesh rejects
        assert isinstance(pipe.still_landmarker, FaceMeshLandmarker)
        assert not pipe.still_landmarker.keep_unsure


@pytest.mark.parametrize(
    ("w", "h"), [(640, 480), (640, 360), (1280, 720), (1920, 1080), (333, 901)]
)
def test_tiles_cover_the_frame_and_overlap(w: int, h: int) -> None:
    side_max = tile_side_for(40)
    tiles = tile_grid(w, h, side_max)
    covered = np.zeros((h, w), bool)
    for x, y, side in tiles:
        assert min(x, y) >= 0 and x + side <= w and y + side <= h
        assert side <= 1.25 * side_max  # about the size that still shows a 40 px face
        covered[y : y + side, x : x + side] = True
    assert covered.all()
    xs = sorted({t[0] for t in tiles})
    side = tiles[0][2]
    for a, b in itertools.pairwise(xs):  # a face cut at one edge is whole in the next
        assert a + side - b >= 0.25 * side - 1


def test_min_face_sizes_the_tiles(settings: Settings) -> None:
    """A smaller ``detector.min_face`` means smaller tiles (more of them), never below the
    model's own input."""
    assert len(tile_grid(640, 360, tile_side_for(16))) > len(tile_grid(640, 360, tile_side_for(40)))
    assert tile_side_for(12) == 192
    assert settings.detector.min_face == 40 and tile_side_for(40) == 640


def test_the_merge_keeps_one_box_per_face_whichever_model_boxed_it_larger() -> None:
    """Tiles and short range box one face at different sizes (IoU under NMS's 0.3): the
    worse box goes whether it lies inside the better one or holds it; faces side by side,
    or one overlapping another by less than most of the smaller, all stay."""
    from desktop_app.vision.blazeface import Detection, merge_detections

    def det(box: tuple[float, float, float, float], score: float) -> Detection:
        return Detection(box, score, np.zeros((6, 2), np.float32))

    face = det((150, 100, 214, 164), 0.72)  # a 64 px face found on a tile
    around = det((140, 50, 285, 195), 0.52)  # short range's box 2.3x larger around it
    inside = det((165, 115, 195, 145), 0.65)  # a smaller, worse box inside the face
    beside = det((230, 100, 294, 164), 0.70)  # the next person, 16 px to the right

    def boxes(found: list[Detection]) -> np.ndarray:
        return np.array(sorted(d.box for d in found))

    assert np.allclose(boxes(merge_detections([around, face, inside], 0.3)), [face.box])
    kept = merge_detections([face, beside], 0.3)
    assert np.allclose(boxes(kept), [face.box, beside.box])
    # a larger box that is the better one keeps its place and drops the smaller worse one
    best = det((140, 50, 285, 195), 0.9)
    assert np.allclose(boxes(merge_detections([best, face], 0.3)), [best.box])
