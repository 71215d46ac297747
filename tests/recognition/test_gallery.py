"""Gallery: the FAISS index kept in step with a real SQLite database (generated vectors)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest

from desktop_app.config import Settings, load_settings
from desktop_app.errors import NotFoundError
from desktop_app.recognition.gallery import Gallery, build_gallery, encode_embedding
from desktop_app.recognition.index import INDEX_FILE, META_FILE
from desktop_app.recognition.types import MatchStatus
from desktop_app.storage.db import Database, open_database
from desktop_app.storage.records import TemplateRecord
from desktop_app.storage.repositories import People, Templates

DIM = 128
EMB = "test_embedder_v1"


@dataclass(frozen=True)
class VectorSource:
    """Stands in for the embedder's identity only (id, dim): the vectors are generated."""

    id: str = EMB
    dim: int = DIM


def face(rng: np.random.Generator) -> np.ndarray:
    """A random identity, scaled like dlib's raw descriptors (norm ~1.4)."""
    v = rng.standard_normal(DIM)
    return (1.4 * v / np.linalg.norm(v)).astype(np.float32)


def sample(centre: np.ndarray, rng: np.random.Generator, spread: float = 0.15) -> np.ndarray:
    """Another photo of the same identity: ~``spread`` Euclidean away from the centre."""
    noise = rng.standard_normal(DIM)
    return (centre + spread * noise / np.linalg.norm(noise)).astype(np.float32)


def enroll(
    db: Database,
    name: str,
    vectors: list[np.ndarray],
    *,
    embedder_id: str = EMB,
    kind: str = "positive",
    person_id: int | None = None,
    encrypt: bool = False,
) -> tuple[int, list[TemplateRecord]]:
    def tx(s):  # type: ignore[no-untyped-def]
        pid = person_id if person_id is not None else People(s).add(name).id
        recs = [
            Templates(s).add(
                pid,
                embedder_id=embedder_id,
                embedding=xor(encode_embedding(v)) if encrypt else encode_embedding(v),
                dim=DIM,
                kind=kind,
                encrypted=encrypt,
            )
            for v in vectors
        ]
        return pid, recs

    return db.run(tx)


def xor(data: bytes) -> bytes:
    """A stand-in cipher for the decrypt hook (the real one is the data-protection helper's)."""
    return bytes(b ^ 0x5A for b in data)


@pytest.fixture
def settings(data_dir: Path, tmp_path: Path) -> Settings:
    """Raw-scale comparisons at dlib's 0.6 (the `db` fixture uses this too)."""
    cfg = tmp_path / "settings.toml"
    cfg.write_text("[recognition]\nnormalize = false\nthreshold = 0.6\n")
    return load_settings(config_file=cfg, environ={}, data_dir=data_dir)


@pytest.fixture
def rng() -> np.random.Generator:
    return np.random.default_rng(42)


@pytest.fixture
def people(db: Database, rng: np.random.Generator) -> dict[str, tuple[int, np.ndarray]]:
    out = {}
    for name in ("Ana", "Bo", "Çetin", "Dana"):
        centre = face(rng)
        pid, _ = enroll(db, name, [sample(centre, rng) for _ in range(2)])
        out[name] = (pid, centre)
    return out


def other_device(settings: Settings) -> Database:
    """A second process/device: its own Database object on the same file."""
    return open_database(settings)


def test_identifies_enrolled_people_and_rejects_strangers(
    settings: Settings, db: Database, people: dict, rng: np.random.Generator
) -> None:
    g = build_gallery(settings, db, VectorSource())
    assert g.size == 8 and g.people_count == 4 and g.embedder_id == EMB
    assert g.threshold == pytest.approx(0.6)
    probes = np.stack([sample(c, rng) for _, c in people.values()] + [face(rng)])
    matches = g.identify(probes)
    for (name, (pid, _)), match in zip(people.items(), matches[:4], strict=True):
        assert match.status is MatchStatus.KNOWN
        assert (match.person_id, match.name) == (pid, name)
        assert match.distance < 0.5
    assert matches[4].status is MatchStatus.UNKNOWN and matches[4].person_id is None


def test_saved_index_is_loaded_without_rebuild(
    settings: Settings, db: Database, people: dict, rng: np.random.Generator
) -> None:
    first = build_gallery(settings, db, VectorSource())
    assert first.rebuilds == 1 and not first.loaded_from_disk
    folder = settings.paths.index / EMB
    assert (folder / INDEX_FILE).exists() and (folder / META_FILE).exists()
    second = build_gallery(settings, db, VectorSource())
    assert second.loaded_from_disk and second.rebuilds == 0
    pid, centre = people["Bo"]
    assert second.identify(sample(centre, rng))[0].person_id == pid


def test_stale_stamp_rebuilds(
    settings: Settings, db: Database, people: dict, rng: np.random.Generator
) -> None:
    build_gallery(settings, db, VectorSource())
    newcomer = face(rng)
    pid, _ = enroll(db, "Eve", [newcomer])  # the database moved on while the app was closed
    g = build_gallery(settings, db, VectorSource())
    assert not g.loaded_from_disk and g.rebuilds == 1
    assert g.identify(sample(newcomer, rng))[0].person_id == pid
    assert build_gallery(settings, db, VectorSource()).loaded_from_disk


def test_refresh_sees_another_devices_changes(
    settings: Settings, db: Database, people: dict, rng: np.random.Generator
) -> None:
    g = build_gallery(settings, db, VectorSource())
    assert g.refresh() is False  # nothing changed: one cheap query
    newcomer = face(rng)
    other = other_device(settings)
    try:
        pid, _ = enroll(other, "Eve", [newcomer])
        assert not g.identify(sample(newcomer, rng))[0].known
        assert g.refresh() is True
        match = g.identify(sample(newcomer, rng))[0]
        assert match.known and (match.person_id, match.name) == (pid, "Eve")
        assert g.refresh() is False
        # removal on the other device
        ana_id, ana = people["Ana"]
        other.run(lambda s: People(s).delete(ana_id))
        assert g.refresh() is True
        match = g.identify(sample(ana, rng))[0]
        assert match.person_id != ana_id and not match.known
        assert g.size == 7 and g.rebuilds == 1  # reconciled, not rebuilt
        # deactivation does not bump the gallery counter but still takes effect
        bo_id, bo = people["Bo"]
        other.run(lambda s: People(s).update(bo_id, active=False))
        assert g.refresh() is True
        assert not g.identify(sample(bo, rng))[0].known
        assert g.people_count == 3
    finally:
        other.dispose()


def test_refresh_replaces_a_reused_template_id(
    settings: Settings, db: Database, people: dict, rng: np.random.Generator
) -> None:
    g = build_gallery(settings, db, VectorSource())
    last = max(g.index.ids().tolist())
    other = other_device(settings)
    try:
        other.run(lambda s: Templates(s).delete(last))
        newcomer = face(rng)
        pid, recs = enroll(other, "Eve", [newcomer])
    finally:
        other.dispose()
    if recs[0].id != last:
        pytest.skip("this SQLite build did not reuse the deleted id")
    g.refresh()
    assert g.identify(sample(newcomer, rng))[0].person_id == pid
    assert g.template_person(last) == pid


def test_templates_of_another_embedder_are_never_compared(
    settings: Settings, db: Database, people: dict, rng: np.random.Generator
) -> None:
    stranger = face(rng)
    enroll(db, "Old Model Person", [stranger], embedder_id="some_other_model")
    g = build_gallery(settings, db, VectorSource())
    assert g.size == 8
    match = g.identify(stranger)[0]
    assert match.status is MatchStatus.UNKNOWN
    # and records of the other embedder passed to add_templates are ignored
    _, recs = enroll(db, "Old 2", [face(rng)], embedder_id="some_other_model")
    assert g.add_templates(recs) == 0 and g.size == 8


@pytest.mark.parametrize("damage", ["garbage", "truncated", "meta"])
def test_corrupt_index_files_are_rebuilt(
    settings: Settings, db: Database, people: dict, rng: np.random.Generator, damage: str
) -> None:
    build_gallery(settings, db, VectorSource())
    folder = settings.paths.index / EMB
    if damage == "garbage":
        (folder / INDEX_FILE).write_bytes(b"\xff" * 4096)
    elif damage == "truncated":
        data = (folder / INDEX_FILE).read_bytes()
        (folder / INDEX_FILE).write_bytes(data[: len(data) // 2])
    else:
        (folder / META_FILE).write_text("][")
    g = build_gallery(settings, db, VectorSource())
    assert not g.loaded_from_disk and g.rebuilds == 1
    pid, centre = people["Çetin"]
    assert g.identify(sample(centre, rng))[0].person_id == pid
    assert build_gallery(settings, db, VectorSource()).loaded_from_disk  # repaired on disk


def test_add_and_remove_templates_incrementally(
    settings: Settings, db: Database, people: dict, rng: np.random.Generator
) -> None:
    g = build_gallery(settings, db, VectorSource())
    newcomer = face(rng)
    pid, recs = enroll(db, "Eve", [newcomer, sample(newcomer, rng)])
    assert g.add_templates(recs) == 2
    assert g.identify(sample(newcomer, rng))[0].person_id == pid
    assert g.size == 10 and g.rebuilds == 1
    assert build_gallery(settings, db, VectorSource()).loaded_from_disk  # saved in step
    db.run(lambda s: [Templates(s).delete(r.id) for r in recs])
    g.remove_templates([r.id for r in recs])
    assert not g.identify(sample(newcomer, rng))[0].known and g.size == 8


def test_negative_example_stops_a_wrong_recognition(
    settings: Settings, db: Database, people: dict, rng: np.random.Generator
) -> None:
    ana_id, ana = people["Ana"]
    lookalike = sample(ana, rng, spread=0.35)  # someone else, within threshold of Ana
    g = build_gallery(settings, db, VectorSource())
    assert g.identify(lookalike)[0].person_id == ana_id
    _, negs = enroll(db, "", [sample(lookalike, rng, 0.05)], kind="negative", person_id=ana_id)
    g.add_templates(negs)
    assert g.identify(lookalike)[0].person_id != ana_id
    assert g.identify(sample(ana, rng, 0.05))[0].person_id == ana_id  # Ana herself still passes
    assert g.people_count == 4  # a negative is not a person


def test_verify_one_to_one(
    settings: Settings, db: Database, people: dict, rng: np.random.Generator
) -> None:
    g = build_gallery(settings, db, VectorSource())
    ana_id, ana = people["Ana"]
    _, bo = people["Bo"]
    yes = g.verify(ana_id, sample(ana, rng))
    assert yes.status is MatchStatus.KNOWN and yes.name == "Ana" and yes.distance < 0.6
    no = g.verify(ana_id, sample(bo, rng))
    assert no.status is MatchStatus.UNKNOWN and no.distance > 0.6 and no.threshold == 0.6
    empty = db.run(lambda s: People(s).add("No Photo").id)
    with pytest.raises(NotFoundError, match="No Photo"):
        g.verify(empty, sample(ana, rng))


def test_search_people_for_duplicate_checks(
    settings: Settings, db: Database, people: dict, rng: np.random.Generator
) -> None:
    g = build_gallery(settings, db, VectorSource())
    ana_id, ana = people["Ana"]
    found = g.search_people(sample(ana, rng), k=3)
    assert len(found) == 3
    assert found[0][:2] == (ana_id, "Ana")
    dists = [f[2] for f in found]
    assert dists == sorted(dists) and len({f[0] for f in found}) == 3


def test_margin_setting_makes_close_calls_ambiguous(
    db: Database, data_dir: Path, tmp_path: Path, rng: np.random.Generator
) -> None:
    cfg = tmp_path / "m.toml"
    cfg.write_text("[recognition]\nmargin = 0.2\nnormalize = false\n")
    settings = load_settings(config_file=cfg, environ={}, data_dir=data_dir)
    a = face(rng)
    b = a + 0.15 * face(rng) / 1.4  # two people 0.15 apart
    enroll(db, "Twin A", [a])
    enroll(db, "Twin B", [b])
    g = build_gallery(settings, db, VectorSource())
    assert g.margin == pytest.approx(0.2)
    match = g.identify(a + 0.01)[0]
    assert match.status is MatchStatus.AMBIGUOUS and match.name == "Twin A"
    g.set_policy(margin=0.05)
    assert g.identify(a + 0.01)[0].status is MatchStatus.KNOWN


def test_encrypted_templates_need_the_decrypt_hook(
    settings: Settings, db: Database, rng: np.random.Generator
) -> None:
    secret = face(rng)
    pid, _ = enroll(db, "Sealed", [secret], encrypt=True)
    without = Gallery(
        db, embedder_id=EMB, dim=DIM, index_dir=None, threshold=0.6, margin=0.0
    ).open()
    assert without.size == 0 and without.skipped == 1
    g = build_gallery(settings, db, VectorSource(), decrypt=lambda blob, *_: xor(blob))
    assert g.skipped == 0 and g.identify(sample(secret, rng))[0].person_id == pid


def test_normalized_gallery_uses_its_own_index_folder(
    settings: Settings, db: Database, people: dict, rng: np.random.Generator
) -> None:
    g = Gallery(
        db,
        embedder_id=EMB,
        dim=DIM,
        index_dir=settings.paths.index,
        threshold=0.4,
        margin=0.0,
        normalize=True,
    ).open()
    assert (settings.paths.index / f"{EMB}-l2" / INDEX_FILE).exists()
    pid, centre = people["Dana"]
    match = g.identify(sample(centre, rng) * 0.5)[0]  # length does not matter once normalised
    assert match.person_id == pid and match.distance < 0.2


def test_defaults_come_from_the_measured_rule_for_the_scale(
    db: Database, data_dir: Path, tmp_path: Path
) -> None:
    from desktop_app.recognition.gallery import default_rule

    for normalize in (False, True):
        cfg = tmp_path / f"n{normalize}.toml"
        cfg.write_text(f"[recognition]\nnormalize = {str(normalize).lower()}\n")
        s = load_settings(config_file=cfg, environ={}, data_dir=data_dir)
        g = build_gallery(s, db, VectorSource())
        assert g.normalize is normalize
        assert (g.threshold, g.margin) == default_rule(EMB, normalize)


def test_search_widens_past_people_it_must_skip(
    settings: Settings, db: Database, rng: np.random.Generator
) -> None:
    """30 deactivated people sit nearer the probe than the enrolled one: still found, and
    the runner-up (for the margin) is a real active person, not a skipped one."""
    target = face(rng)
    for n in range(30):
        pid, _ = enroll(db, f"Gone {n}", [sample(target, rng, 0.05)])
        db.run(lambda s, pid=pid: People(s).update(pid, active=False))
    keep, _ = enroll(db, "Kept", [sample(target, rng, 0.3)])
    rival, _ = enroll(db, "Rival", [sample(target, rng, 0.9)])
    g = build_gallery(settings, db, VectorSource())
    match = g.identify(target)[0]
    assert match.person_id == keep and match.known
    ranking = g.rank_people(target)[0]
    assert [h.person_id for h in ranking.candidates] == [keep, rival]
    assert match.margin == pytest.approx(ranking.candidates[1].distance - match.distance)


@pytest.mark.parametrize("approximate", ["ivf", "hnsw"])
def test_approximate_gallery_stays_in_step(
    settings: Settings, db: Database, rng: np.random.Generator, approximate: str
) -> None:
    centres = [face(rng) for _ in range(60)]
    pids = [enroll(db, f"P{n}", [c])[0] for n, c in enumerate(centres)]
    g = Gallery(
        db,
        embedder_id=EMB,
        dim=DIM,
        index_dir=settings.paths.index,
        threshold=0.6,
        margin=0.0,
        hnsw_above=50,
        approximate=approximate,
    ).open()
    assert g.index.kind == approximate
    other = other_device(settings)
    try:
        other.run(lambda s: People(s).delete(pids[3]))
    finally:
        other.dispose()
    assert g.refresh()
    assert g.identify(sample(centres[3], rng))[0].person_id != pids[3]
    assert g.identify(sample(centres[4], rng))[0].person_id == pids[4]
    reloaded = Gallery(
        db,
        embedder_id=EMB,
        dim=DIM,
        index_dir=settings.paths.index,
        threshold=0.6,
        margin=0.0,
        hnsw_above=50,
        approximate=approximate,
    ).open()
    assert reloaded.loaded_from_disk and reloaded.index.kind == approximate
    assert reloaded.identify(sample(centres[3], rng))[0].person_id != pids[3]


def test_real_dlib_descriptors_one_shot(
    settings: Settings, db: Database, shared_data: Path
) -> None:
    """dlib's own descriptors of ../shared/data/faces (reference file, no model run here):
    enrol the first photo of each identity, then every other photo must be recognised as
    its person and every stranger refused, at the L2 scale and threshold the eval chose."""
    from desktop_app.recognition.gallery import default_rule

    threshold, margin = default_rule("dlib_resnet_v1", True)
    ref = np.load(shared_data / "reference" / "dlib_reference.npz")
    files = [str(f) for f in ref["files"]]
    x = ref["descriptors"].astype(np.float32)
    first: dict[str, int] = {}
    for i in sorted(range(len(files)), key=lambda i: files[i]):
        ident = files[i].split("/")[0]
        if not ident.startswith("_"):
            first.setdefault(ident, i)
    pid_of = {}
    for ident, i in first.items():
        pid_of[ident] = enroll(db, ident, [x[i]], embedder_id="dlib_resnet_v1")[0]
    g = Gallery(
        db,
        embedder_id="dlib_resnet_v1",
        dim=DIM,
        index_dir=None,
        threshold=threshold,
        margin=margin,
        normalize=True,
    ).open()
    genuine = [i for i in range(len(files)) if not files[i].startswith("_")]
    genuine = [i for i in genuine if i not in first.values()]
    strangers = [i for i in range(len(files)) if files[i].startswith("_strangers")]
    rank1 = g.rank_people(x[genuine])
    hits = [
        r.candidates[0].person_id == pid_of[files[i].split("/")[0]]
        for r, i in zip(rank1, genuine, strict=True)
    ]
    assert np.mean(hits) >= 0.97
    known = [m.known for m in g.identify(x[genuine])]
    assert np.mean(known) >= 0.9
    assert not any(m.known for m in g.identify(x[strangers]))


def test_renames_show_after_the_names_ttl(
    settings: Settings, db: Database, people: dict, rng: np.random.Generator
) -> None:
    g = build_gallery(settings, db, VectorSource())
    ana_id, ana = people["Ana"]
    assert g.identify(sample(ana, rng))[0].name == "Ana"
    db.run(lambda s: People(s).update(ana_id, name="Ana María"))
    assert g.identify(sample(ana, rng))[0].name == "Ana"  # cached: no query per face
    g.names_ttl_seconds = 0.0
    g.refresh()
    assert g.identify(sample(ana, rng))[0].name == "Ana María"


def test_changing_the_index_kind_rebuilds(settings: Settings, db: Database, people: dict) -> None:
    def open_with(approximate: str) -> Gallery:
        return Gallery(
            db,
            embedder_id=EMB,
            dim=DIM,
            index_dir=settings.paths.index,
            threshold=0.6,
            margin=0.0,
            approximate=approximate,
        ).open()

    assert open_with("ivf").rebuilds == 1
    assert open_with("ivf").loaded_from_disk
    assert not open_with("hnsw").loaded_from_disk


def test_live_gallery_refreshes_itself_and_survives_a_database_hiccup(
    settings: Settings, db: Database, people: dict, rng: np.random.Generator
) -> None:
    from desktop_app.errors import DatabaseLocked

    g = build_gallery(settings, db, VectorSource())
    assert g.auto_refresh_seconds is not None and g.auto_refresh_seconds <= 5
    g.auto_refresh_seconds = 3600.0  # no time passes (a slow machine must not flake this)
    newcomer = face(rng)
    other = other_device(settings)
    try:
        pid, _ = enroll(other, "Eve", [newcomer])
    finally:
        other.dispose()
    assert not g.identify(sample(newcomer, rng))[0].known  # within the period: not yet
    g.auto_refresh_seconds = 0.0  # (time passes)
    assert g.identify(sample(newcomer, rng))[0].person_id == pid  # nobody called refresh()

    def locked() -> bool:
        raise DatabaseLocked("locked for the test")

    g.refresh = locked  # type: ignore[method-assign]
    ana_id, ana = people["Ana"]
    assert g.identify(sample(ana, rng))[0].person_id == ana_id  # still answers


def test_each_embedder_gets_its_own_rule_and_lookalike_pair_margin(
    db: Database, data_dir: Path, tmp_path: Path
) -> None:
    """Distances are on each model's own scale: an SFace gallery decides with SFace's
    measured rule and pair margin, a dlib one with dlib's, a model nobody measured with an
    announced placeholder."""
    cfg = tmp_path / "s.toml"
    cfg.touch()
    s = load_settings(config_file=cfg, environ={}, data_dir=data_dir)
    seen = {}
    for name in ("dlib_resnet_v1", "sface", EMB):
        g = build_gallery(s, db, VectorSource(id=name))
        seen[name] = (g.threshold, g.margin, g.pair_margin)
    assert seen["dlib_resnet_v1"] == (0.37, 0.03, 0.05)
    assert seen["sface"] == (1.06, 0.03, 0.1)
    assert seen[EMB] == (0.4, 0.0, 0.05)  # the placeholder (logged as such)
