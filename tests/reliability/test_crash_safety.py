"""SIGKILL during enrollment and attendance marking loses nothing that was reported committed.

A worker process (``benchmarks/reliability/crash_worker.py``) enrolls the astronaut (real
the default models, real SQLite, real FAISS index, encryption at rest; wired by AppContext)
and marks attendance until it is killed
at a random moment; after each kill the harness checks the database and the index (see
``benchmarks/reliability/crash_harness.py``). The benchmark does the same >= 200 times.
"""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

from benchmarks.reliability.crash_harness import Claims, run_campaign, verify

# The harness forks one worker per run and kills it with SIGKILL: POSIX only. Windows has
# neither (TerminateProcess is the nearest, and no fork); the check that matters there, that
# a hard stop loses nothing committed, rests on SQLite's and os.replace's guarantees.
needs_fork_and_sigkill = pytest.mark.skipif(
    not hasattr(os, "fork") or not hasattr(signal, "SIGKILL"),
    reason="needs os.fork and SIGKILL (POSIX); Windows has neither",
)

KILLS = 20


@needs_fork_and_sigkill
@pytest.mark.slow
def test_sigkill_at_random_points_keeps_every_committed_enrollment_and_mark(
    tmp_path: Path, models_dir: Path
) -> None:
    report = run_campaign(tmp_path, models_dir, kills=KILLS, seed=8, fresh_every=12)
    assert report.worker_errors == []
    assert report.kills >= KILLS - 2  # a worker may, rarely, finish its work first
    assert report.failures == []
    assert report.checks_ok == report.runs
    assert report.ready_size_mismatch == 0
    # encryption at rest was on (templates sealed, no plaintext row) in every checked run
    # that got past creating the data key
    assert report.encrypted_runs >= report.runs - 3
    # The workers did real work between kills, and what they claimed is all there.
    assert report.claimed_persons >= 3 and report.claimed_events >= 10
    assert report.persons >= report.claimed_persons
    assert report.events >= report.claimed_events


def test_verifier_notices_a_lost_commit_and_a_half_enrollment(tmp_path: Path) -> None:
    """The checks can fail: a claimed-but-missing event and a person without templates."""
    from desktop_app.config import load_settings
    from desktop_app.storage.db import open_database
    from desktop_app.storage.repositories import People

    data = tmp_path / "data"
    data.mkdir()
    cfg = tmp_path / "data-settings.toml"
    cfg.touch()
    db = open_database(load_settings(config_file=cfg, environ={}, data_dir=data))
    pid = db.run(lambda s: People(s).add("half").id)
    db.dispose()
    claims = Claims()
    claims.parse(f"COMMITTED event 99 person {pid} at 2026-01-05T08:00:01+00:00 status x\n")
    check = verify(data, claims)
    assert check.integrity == "ok"
    assert check.missing_events == [99]
    assert check.persons_without_templates == [pid]
    assert not check.ok
