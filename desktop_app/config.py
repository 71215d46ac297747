"""One typed settings object.

Precedence, highest first: explicit overrides (CLI flags) > environment variables
(``FACE_ATTENDANCE_...``, nested with ``__``: ``FACE_ATTENDANCE_DETECTOR__MIN_FACE=60``) >
the TOML file in the user config dir (``settings.toml``) > defaults.

No other module reads environment variables: they receive a ``Settings``. The one exception
is ``FACE_ATTENDANCE_HOME`` (``paths.HOME_ENV``): it says where the settings file itself is.
"""

from __future__ import annotations

import contextvars
import os
import platform
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal

import tomli_w
from pydantic import BaseModel, Field, PrivateAttr, ValidationError, field_validator
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

from desktop_app.errors import ConfigError
from desktop_app.fileio import atomic_open
from desktop_app.paths import HOME_ENV, DataPaths, default_config_file, default_data_dir

ENV_PREFIX = "FACE_ATTENDANCE_"


class DetectorSettings(BaseModel):
    # MTCNN's pyramid starts here; BlazeFace's room scan sizes its tiles for it and keeps a
    # smaller face only when short range, looking closer, finds it too.
    min_face: int = Field(40, ge=12, le=2000, description="smallest face to find, in pixels")
    scale_factor: float = Field(0.709, gt=0.3, lt=0.95)
    fast_scale_factor: float = Field(
        0.6, gt=0.3, lt=0.95, description="pyramid step in fast mode (exact mode: scale_factor)"
    )
    thresholds: tuple[float, float, float] = (0.6, 0.7, 0.8)
    fast: bool = Field(True, description="fast pyramid for live video")
    detect_every: int = Field(5, ge=1, le=60, description="full detection every N frames")
    max_image_pixels: int = Field(
        100_000_000, ge=1_000_000, description="still images larger than this are refused"
    )
    work_image_pixels: int = Field(
        16_000_000, ge=100_000, description="still images larger than this are downscaled"
    )
    # onnxruntime intra-op threads for P-Net/R-Net/O-Net. Measured on the 2-core machine
    # (`bench pipeline`, fast mode, min face 40, spinning off): 2 threads take a 10-face frame's
    # detection from 17.6 to 14.0 ms (R-Net/O-Net batches of dozens of crops) and leave the
    # 1-face frame within run-to-run noise (7.9 vs 7.3-8.2 ms).
    # BlazeFace and Face Mesh: a network alone (one face, a kiosk frame) on this many threads,
    # several faces' meshes (and a room scan's passes) this many side by side, one thread each.
    threads: int = Field(2, ge=1, le=64, description="onnxruntime threads for the detector")
    # BlazeFace (detector "blazeface") on camera frames: "short" for one person within ~2 m
    # (short range on the whole frame), "full" for a room (short range on the frame plus full
    # range on tiles sized for min_face), "auto" = short in the kiosk, full everywhere else
    # (README, "Rooms and crowds"). Still photos always try full range, then short range.
    blazeface_range: Literal["auto", "short", "full"] = Field(
        "auto",
        description="BlazeFace on camera frames: auto (kiosk short, elsewhere full), "
        "short (one person within ~2 m) or full (a room, tiled)",
    )
    # Extra Face Mesh passes from the mesh's own ROI on still photos (enrollment, stills): the
    # points depend less on where the detector put its box, which measured better on
    # faces_hard (README, "Detector stacks"). Camera frames take one pass.
    mesh_refine: int = Field(
        1, ge=0, le=3, description="extra Face Mesh passes per face on still photos"
    )


# The embedder of new installs. SFace by measurement (docs/recognition.md, "A better
# embedder": far fewer strangers accepted on a large gallery, for about twice the CPU per
# camera frame). A database enrolled with another model keeps it until switched
# (context.keep_enrolled_embedder); `models list` and Settings then point to this one.
DEFAULT_EMBEDDER = "sface"


class RecognitionSettings(BaseModel):
    # Model names from the registry (desktop_app.modelzoo.registry; `face-attendance models
    # list`); an unknown name is a clear error when the pipeline is built.
    embedder: str = DEFAULT_EMBEDDER
    # BlazeFace + Face Mesh (Apache-2.0 weights) by measurement (README, "Detector stacks");
    # "mtcnn" (landmarker None) stays selectable: more small faces in group photos, but its
    # weights are not for commercial use.
    detector: str = "blazeface"
    # A separate landmark model; None: the detector's own companion (blazeface: face_mesh).
    landmarker: str | None = None
    # Distance threshold (Euclidean on raw dlib descriptors); None = the model's measured default.
    threshold: float | None = Field(None, gt=0.0, lt=2.0)
    margin: float = Field(0.0, ge=0.0, le=1.0)
    flip_average: bool = True
    # Flip-average live camera frames too. Off by measurement: templates (enrollment) and still
    # photos are always flip-averaged; a single pass per video frame against flip-averaged
    # templates gave DIR 0.971 vs 0.986 at FPIR 0 on the eval protocol (1 of 70 probes, and the
    # live path confirms over N of M frames anyway) for half the embedding time (3.8 vs 7.7 ms
    # a face, `bench pipeline`), which keeps a 1-face frame under 15 ms on 2 cores.
    live_flip_average: bool = False
    confirm_frames: int = Field(3, ge=1, le=30, description="N agreeing frames ...")
    confirm_window: int = Field(5, ge=1, le=60, description="... of the last M")
    # How a video track is confirmed (attendance/live.py): "fused" decides on the quality-
    # weighted mean of the track's last fuse_window embeddings, once it has confirm_frames
    # frames; "vote" needs confirm_frames of the last confirm_window frames to agree.
    # "fused" by measurement (benchmarks/stranger_pass.py, docs/recognition.md).
    track_evidence: Literal["fused", "vote"] = "fused"
    fuse_window: int = Field(15, ge=1, le=300)
    hnsw_above: int = Field(50_000, ge=1000, description="exact search up to this many templates")
    # Approximate index above that size. "ivf" by measurement (`bench search`, 1e6 x 128-D:
    # IVF nprobe 64 recall@1 1.0 at ~1 ms, built in 4 min; HNSW M=32 recall 0.90 at 1.8 ms,
    # built in 19 min); "hnsw" stays available.
    approximate_index: Literal["hnsw", "ivf"] = "ivf"
    # Compare L2-normalised embeddings instead of raw ones (threshold scale changes with it).
    # On by measurement (recognition/defaults.py): L2 + flip-average beat raw on every figure.
    normalize: bool = True
    target_false_match_rate: float | None = Field(None, gt=0.0, lt=1.0)
    # Weight of the crowding penalty in the match score (recognition/defaults.py); None = the
    # embedder's measured default, 0 = plain distance (then set a plain-distance threshold).
    crowd_weight: float | None = Field(None, ge=0.0, le=2.0)
    # onnxruntime intra-op threads for the embedder. Measured on the 2-core machine: 2 threads
    # give 3.8 ms/face wall at batch 1 vs 6.6 ms with 1; the detector has its own setting
    # (detector.threads). SFace: one chip on this many threads, several chips this many side
    # by side, one thread each.
    embedder_threads: int = Field(2, ge=1, le=64)


class AttendanceSettings(BaseModel):
    device: str = Field(default_factory=lambda: platform.node() or "pc")
    mode: Literal["present", "check_in_out", "entry", "exit"] = "present"
    cooldown_seconds: int = Field(300, ge=0, le=86_400)
    outside_session: Literal["check_in", "ignore"] = "check_in"
    # marks this long before a session's start count for it (arrived before Start was pressed)
    grace_minutes: int = Field(15, ge=0, le=240)
    timezone: str | None = Field(None, description="IANA zone for reports; None = system zone")


class CameraSettings(BaseModel):
    source: str = Field(
        "0", description="webcam index, video file, RTSP/HTTP URL, image folder or photo"
    )
    width: int = 640
    height: int = 480
    backend: Literal["auto", "msmf", "dshow", "avfoundation", "v4l2"] = Field(
        "auto",
        description="webcam capture API: auto (on Windows DirectShow, then Media Foundation), "
        "msmf or dshow (Windows), avfoundation (macOS), v4l2 (Linux)",
    )


class KioskSettings(BaseModel):
    liveness: bool = False
    sound: bool = True
    high_contrast: bool = False
    greeting_seconds: float = Field(4.0, gt=0.5, le=60)
    unknown_after_seconds: float = Field(3.0, gt=0.5, le=60)
    # The second factor a kiosk asks when the face alone is not enough (an ambiguous match,
    # someone with a look-alike): the person's ID number (external id) or their own PIN.
    second_factor: Literal["external_id", "pin"] = "external_id"
    code_attempts: int = Field(3, ge=1, le=10, description="wrong codes before giving up")
    code_seconds: float = Field(30.0, gt=5, le=300, description="time to type the code")


class UiSettings(BaseModel):
    # The GUI's and the kiosk's language: "" follows the system locale, else a code from
    # desktop_app.i18n.LANGUAGES ("es", "zh_CN", "ar", ...). Takes effect on restart.
    language: str = ""


class PrivacySettings(BaseModel):
    require_consent: bool = True
    consent_text_version: str = "v1"
    encrypt_at_rest: bool = True
    retention_templates_days: int | None = Field(None, ge=1)
    retention_events_months: int | None = Field(None, ge=1)
    # Accepted so older settings files still load; it has no effect: the app never writes
    # camera frames (snapshot evidence was never wired to the live loop and was removed).
    snapshots: bool = Field(False, description="no effect: camera frames are never written")
    # Database copies in <data dir>/backups (taken before migrations and restores) are pruned
    # beyond this many and after this many days; 0 = no age limit (by count only; copies
    # taken before a restore still go after 30 days). A settings file cannot say None (TOML
    # has no null), so 0 is the one "off"; None, from the environment, is read as 0.
    backup_copies_keep: int = Field(3, ge=1, le=1000)
    backup_copies_days: int = Field(30, ge=0)
    # With an admin PIN set, admin pages stay unlocked this long after the last admin action.
    admin_unlock_minutes: float = Field(5.0, gt=0, le=720)
    # Where the data key lives: "auto" = the OS keyring when a usable one exists, else a 0600
    # file in ``key_dir``; "file" never touches the keyring (kiosks without a desktop session).
    key_store: Literal["auto", "keyring", "file"] = "auto"
    key_dir: Path | None = Field(None, description="key files; None = <config dir>/keys")

    @field_validator("backup_copies_days", mode="before")
    @classmethod
    def _no_limit_is_zero(cls, value: Any) -> Any:
        return 0 if value is None else value


_toml_file: contextvars.ContextVar[Path | None] = contextvars.ContextVar("_toml_file", default=None)


# Where the camera looks: "kiosk" (one person at arm's length, `face-attendance kiosk`) or
# "room" (the main window, `recognize`, video files).
Scene = Literal["room", "kiosk"]


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix=ENV_PREFIX,
        env_nested_delimiter="__",
        extra="forbid",
        validate_default=True,
    )

    data_dir: Path = Field(default_factory=default_data_dir)
    database_url: str | None = Field(None, description="SQLAlchemy URL; None = SQLite in data dir")
    log_level: str = "INFO"

    camera: CameraSettings = CameraSettings()
    detector: DetectorSettings = DetectorSettings()
    recognition: RecognitionSettings = RecognitionSettings()
    attendance: AttendanceSettings = AttendanceSettings()
    kiosk: KioskSettings = KioskSettings()
    privacy: PrivacySettings = PrivacySettings()
    ui: UiSettings = UiSettings()

    # values that came from flags or FACE_ATTENDANCE_* variables, not from the settings file
    # (``load_settings``): ``save_settings`` does not write them there unless changed
    _outside_file: dict[tuple[str, ...], Any] = PrivateAttr(default_factory=dict)

    @field_validator("data_dir", mode="before")
    @classmethod
    def _expand(cls, value: Any) -> Any:
        if isinstance(value, str | Path):
            return Path(value).expanduser()
        return value

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        sources: list[PydanticBaseSettingsSource] = [init_settings, env_settings]
        toml = _toml_file.get()
        if toml is not None:
            sources.append(TomlConfigSettingsSource(settings_cls, toml_file=toml))
        return tuple(sources)

    # ---- derived -------------------------------------------------------------------------
    @property
    def paths(self) -> DataPaths:
        return DataPaths(self.data_dir)

    @property
    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{self.paths.database}"

    def for_scene(self, scene: Scene) -> Settings:
        """These settings with ``detector.blazeface_range`` "auto" made concrete for where
        the camera looks: "short" in the kiosk (one person near the camera), "full" (the
        room scan) everywhere else. A "short" or "full" the user chose stays."""
        det = self.detector
        if det.blazeface_range != "auto":
            return self
        wanted = "short" if scene == "kiosk" else "full"
        return self.model_copy(
            update={"detector": det.model_copy(update={"blazeface_range": wanted})}
        )


def load_settings(
    config_file: Path | None = None, environ: dict[str, str] | None = None, **overrides: Any
) -> Settings:
    """Load settings from ``config_file`` (default: the user config dir), env and overrides.

    ``environ`` replaces ``os.environ`` for the lookup (tests pass a dict). ``None`` values in
    ``overrides`` are ignored so CLI flags that were not given do not mask the file.
    """
    path = Path(config_file) if config_file is not None else default_config_file()
    if config_file is not None and not path.exists():
        raise ConfigError(f"Settings file {path} does not exist.")
    clean = {k: v for k, v in overrides.items() if v is not None}
    token = _toml_file.set(path if path.exists() else None)
    saved_env: dict[str, str] | None = None
    try:
        if environ is not None:
            saved_env = dict(os.environ)
            for key in [k for k in os.environ if k.startswith(ENV_PREFIX) and k != HOME_ENV]:
                del os.environ[key]
            os.environ.update({k: v for k, v in environ.items() if k.startswith(ENV_PREFIX)})
        settings = Settings(**clean)
        outside = [*_leaf_keys(clean), *_env_keys(os.environ)]
        settings._outside_file = {
            keys: value for keys in outside if (value := _value_at(settings, keys)) is not _MISSING
        }
        return settings
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc']) or '(file)'}: {err['msg']}"
            for err in exc.errors()
        )
        raise ConfigError(
            f"Invalid settings (file {path}, environment {ENV_PREFIX}*, or flags): {problems}. "
            "Fix or remove the offending value."
        ) from exc
    except (OSError, ValueError) as exc:  # tomllib.TOMLDecodeError is a ValueError
        raise ConfigError(f"Cannot read settings file {path}: {exc}. Fix or remove it.") from exc
    finally:
        _toml_file.reset(token)
        if saved_env is not None:
            os.environ.clear()
            os.environ.update(saved_env)


_MISSING = object()


def _leaf_keys(values: dict[str, Any], prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    """The settings a flag set: ``{"privacy": {"key_dir": ...}}`` -> ``("privacy", "key_dir")``."""
    keys: list[tuple[str, ...]] = []
    for name, value in values.items():
        if isinstance(value, dict):
            keys += _leaf_keys(value, (*prefix, name))
        else:
            keys.append((*prefix, name))
    return keys


def _env_keys(environ: Mapping[str, str]) -> list[tuple[str, ...]]:
    """The settings ``FACE_ATTENDANCE_A__B`` variables set (not the home folder variable)."""
    return [
        tuple(key[len(ENV_PREFIX) :].lower().split("__"))
        for key in environ
        if key.upper().startswith(ENV_PREFIX) and key != HOME_ENV
    ]


def _value_at(node: Any, keys: tuple[str, ...]) -> Any:
    """``node.k1.k2...`` of a settings object, or ``node[k1][k2]...`` of a settings file's
    tables; ``_MISSING`` where there is no such value."""
    for key in keys:
        if isinstance(node, dict):
            node = node.get(key, _MISSING)
        elif isinstance(node, BaseModel):
            node = getattr(node, key, _MISSING)
        else:
            return _MISSING
        if node is _MISSING:
            return _MISSING
    return node


def _file_values(path: Path) -> dict[str, Any]:
    try:
        with open(path, "rb") as fh:
            return tomllib.load(fh)
    except (OSError, ValueError):  # no file yet, or one a person broke: nothing to keep
        return {}


def save_settings(settings: Settings, config_file: Path | None = None) -> Path:
    """Write the settings that differ from the defaults to TOML, atomically.

    A value that came from a flag or an environment variable (``--data-dir X`` without
    ``--config``, a database password in ``FACE_ATTENDANCE_DATABASE_URL``) is not written
    unless it was changed since: the file keeps what it said, so the next plain start opens
    the data it always opened."""
    path = Path(config_file) if config_file is not None else default_config_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    data = settings.model_dump(mode="json", exclude_defaults=True, exclude_none=True)
    outside = {
        keys: loaded
        for keys, loaded in settings._outside_file.items()
        if _value_at(settings, keys) == loaded
    }
    if outside:
        on_file = _file_values(path)
        for keys in outside:
            _replace(data, keys, _value_at(on_file, keys))
    with atomic_open(path, prefix=".settings-") as fh:
        tomli_w.dump(data, fh)
    return path


def _replace(data: dict[str, Any], keys: tuple[str, ...], value: Any) -> None:
    """Set ``data[k1][k2]...`` to ``value``, or remove it (and sections left empty) when
    ``value`` is missing."""
    *parents, last = keys
    node = data
    trail = []
    for key in parents:
        child = node.get(key)
        if not isinstance(child, dict):
            if value is _MISSING:
                return
            child = node[key] = {}
        trail.append((node, key))
        node = child
    if value is _MISSING:
        node.pop(last, None)
        for parent, key in reversed(trail):
            if parent[key]:
                break
            del parent[key]
    else:
        node[last] = value
