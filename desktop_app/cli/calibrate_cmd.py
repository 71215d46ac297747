"""``face-attendance calibrate [--target-fmr R] [--checkins-per-day N] [--plot PNG] [--apply]``:
the match threshold for a target false-match rate, measured on the enrolled gallery.

Every enrolled template is compared with every other person's templates (impostor scores);
the threshold is read where one check-in (a 1:K search over the gallery's people) falsely
matches with probability R, and the expected false accepts per day are shown, with the cost:
the expected share of check-ins by enrolled people refused at that threshold (from the
gallery's people with several samples, else from a distribution measured on faces_hard).
``--apply`` writes the threshold (and the target) to the settings file; a threshold expected
to refuse more than 20% of enrolled people's check-ins is written only with ``--yes``.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from desktop_app.cli import output_file


def register(sub: Any) -> argparse.ArgumentParser:
    p: argparse.ArgumentParser = sub.add_parser(
        "calibrate", help="match threshold for a target false-match rate, from the gallery"
    )
    p.add_argument(
        "--target-fmr",
        type=float,
        default=1e-4,
        metavar="R",
        help="false matches per check-in you accept (default 1e-4: 1 in 10,000)",
    )
    p.add_argument("--checkins-per-day", type=int, default=500, metavar="N")
    p.add_argument("--plot", type=output_file, metavar="PNG", help="save the threshold curve")
    p.add_argument("--apply", action="store_true", help="write the threshold to the settings file")
    p.add_argument(
        "--yes",
        action="store_true",
        help="with --apply: apply even if it is expected to refuse more than 20%% of check-ins",
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=run)
    return p


def run(args: argparse.Namespace, ctx: Any) -> int:
    from desktop_app.config import load_settings, save_settings
    from desktop_app.errors import ConfigError
    from desktop_app.recognition.calibrate import (
        CONFIRM_REFUSED_SHARE,
        NO_REFERENCE,
        calibrate_gallery,
        plot_calibration,
    )

    if not 0.0 < args.target_fmr < 1.0:
        raise ConfigError(f"--target-fmr must be between 0 and 1 (got {args.target_fmr}).")
    if args.checkins_per_day < 1:
        raise ConfigError("--checkins-per-day must be at least 1.")
    cal = calibrate_gallery(
        ctx.gallery, target_fmr=args.target_fmr, checkins_per_day=args.checkins_per_day
    )
    current = float(ctx.gallery.threshold)
    written: Path | None = None
    share = cal.refused_share
    costly = share is not None and share > CONFIRM_REFUSED_SHARE
    refused = args.apply and cal.threshold is not None and costly and not args.yes
    if args.apply and cal.threshold is not None and not refused:
        config_file = getattr(args, "config", None)
        on_file = load_settings(config_file=config_file, environ={})  # the file alone
        rec = on_file.recognition.model_copy(
            update={
                "threshold": round(cal.threshold, 4),
                "target_false_match_rate": cal.target_fmr,
            }
        )
        written = save_settings(on_file.model_copy(update={"recognition": rec}), config_file)
    if args.plot is not None and cal.curve is not None:
        plot_calibration(cal, args.plot)
    if args.json:
        print(
            json.dumps(
                {
                    "threshold": None if cal.threshold is None else round(cal.threshold, 4),
                    "current_threshold": round(current, 4),
                    "target_fmr": cal.target_fmr,
                    "people": cal.people,
                    "templates": cal.templates,
                    "impostor_scores": cal.impostor_scores,
                    "method": cal.method,
                    "expected_false_accepts_per_day": cal.expected_false_accepts_per_day,
                    "false_reject_rate": cal.false_reject_rate,
                    "expected_refused_share": share,
                    "refused_share_source": cal.refused_source,
                    "needs_confirmation": bool(costly),
                    "applied": written is not None,
                    "note": cal.note,
                }
            )
        )
        if refused:
            return 2
        return 0 if cal.threshold is not None else 1
    if cal.threshold is None:
        print(f"Cannot calibrate yet: {cal.note}")
        return 1
    print(
        f"Threshold {cal.threshold:.3f} for a false match in 1 of {1 / cal.target_fmr:,.0f} "
        f"check-ins with {cal.people} people ({cal.templates} templates, "
        f"{cal.impostor_scores:,} impostor scores, {cal.method}); now {current:.3f}."
    )
    if cal.expected_false_accepts_per_day is not None:
        print(
            f"At {args.checkins_per_day} check-ins a day: "
            f"{cal.expected_false_accepts_per_day:.4f} expected false accepts per day."
        )
    if share is not None:
        where = (
            "this gallery's people with several samples"
            if cal.refused_source == "gallery"
            else "a distribution measured on faces_hard (too few people here have several samples)"
        )
        print(
            f"Cost: about {share:.0%} of check-ins by enrolled people would be refused at it "
            f"(one look each; from {where})."
        )
    elif cal.refused_source == NO_REFERENCE:
        print(
            "Cost: not known for this face model (nobody measured a reference for it); enrol "
            "several samples for 20 or more people to measure it here."
        )
    if cal.note:
        print(cal.note)
    if written is not None:
        print(f"Saved to {written}: in use from the next start (the GUI applies it at once).")
    elif refused:
        print(
            f"Not applied: it would refuse more than {CONFIRM_REFUSED_SHARE:.0%} of check-ins by "
            "enrolled people. Add --yes to apply it anyway."
        )
        return 2
    elif args.apply:
        print("Nothing saved.")
    else:
        print("Nothing changed; --apply writes it to the settings file.")
    return 0
