"""``face-attendance enroll --name NAME [--external-id ID] [--group G] [--consent]
[--allow-lookalike] [--allow-weak] [--json] IMAGE...``: enroll one person from photos."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any


def register(sub: Any) -> argparse.ArgumentParser:
    p: argparse.ArgumentParser = sub.add_parser("enroll", help="enroll a person from photos")
    p.add_argument("images", nargs="+", type=Path, metavar="IMAGE", help="photos of the person")
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--name", help="the new person's name")
    who.add_argument(
        "--person", metavar="PERSON", help="add the photos to an enrolled person (id or name)"
    )
    p.add_argument("--external-id", help="student/employee number (unique)")
    p.add_argument("--group", help="class, team or shift")
    p.add_argument(
        "--consent", action="store_true", help="the person agreed to have their face stored"
    )
    p.add_argument("--consent-by", metavar="WHO", help="who collected the consent")
    p.add_argument(
        "--allow-lookalike",
        action="store_true",
        help="enroll even if the face matches someone already enrolled (twins, look-alikes)",
    )
    p.add_argument(
        "--allow-weak",
        action="store_true",
        help="enroll a photo refused only as too blurred because it is small or upscaled (an "
        "ID photo) as a weak sample; camera samples replace it later",
    )
    p.add_argument(
        "--face",
        type=int,
        metavar="N",
        help="use face N of a photo with several faces (0 = the largest)",
    )
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.set_defaults(func=run)
    return p


def run(args: argparse.Namespace, ctx: Any) -> int:
    from desktop_app.storage.repositories import People

    person_id = None
    name = args.name
    if args.person:
        person = ctx.db.run(lambda s: People(s).find(args.person))
        person_id, name = person.id, person.name
    result = ctx.enrollment.enroll(
        name,
        list(args.images),
        external_id=args.external_id,
        group=args.group,
        consent=args.consent,
        consent_by=args.consent_by,
        allow_lookalike=args.allow_lookalike,
        person_id=person_id,
        face_choice=args.face,
        allow_weak=args.allow_weak,
    )
    p = result.person
    if args.json:
        print(
            json.dumps(
                {
                    "person": {
                        "id": p.id,
                        "name": p.name,
                        "external_id": p.external_id,
                        "group": p.group_name,
                        "templates": p.template_count,
                        "consent_at": p.consent_at.isoformat() if p.consent_at else None,
                    },
                    "created": result.created,
                    "templates_added": [
                        {"id": t.id, "quality": t.quality, "source": t.source, "weak": t.weak}
                        for t in result.templates
                    ],
                    "weak_samples": list(result.weak),
                    "weak_replaced": result.replaced_weak,
                    "refused": [
                        {
                            "source": r.source,
                            "error": r.error,
                            "message": r.message,
                            "reasons": r.reasons,
                        }
                        for r in result.refused
                    ],
                    "lookalikes_allowed": [
                        {"person_id": pid, "name": n, "distance": round(d, 4)}
                        for pid, n, d in result.lookalikes
                    ],
                },
                ensure_ascii=False,
            )
        )
        return 0
    verb = "Enrolled" if result.created else "Added to"
    print(
        f"{verb} {p.name} (id {p.id}): {len(result.templates)} new template(s), "
        f"{p.template_count} in total."
    )
    for t in result.templates:
        weak = " (WEAK sample)" if t.weak else ""
        print(f"  template {t.id}: quality {t.quality:.2f} from {t.source}{weak}")
    if result.weak:
        print(
            "  warning: enrolled from a small or upscaled photo that failed the blur check: "
            "recognition of this person is less reliable until camera samples are taken (the "
            "kiosk and the enroll dialog ask for them)."
        )
    if result.replaced_weak:
        print(f"  {result.replaced_weak} weak sample(s) replaced by the new camera samples.")
    for r in result.refused:
        print(f"  refused {r.source}: {r.message}")
    for pid, n, d in result.lookalikes:
        print(f"  note: looks like {n} (id {pid}) at distance {d:.3f}; enrolled as asked")
    return 0
