"""``face-attendance verify --name NAME IMAGE [--json]``: is the face in IMAGE this enrolled
person? Prints the distance and the threshold. Exit code 0 = same person, 3 = not."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

NOT_SAME = 3


def register(sub: Any) -> argparse.ArgumentParser:
    p: argparse.ArgumentParser = sub.add_parser(
        "verify", help="1:1 check: is the face in IMAGE this enrolled person?"
    )
    p.add_argument("image", type=Path, metavar="IMAGE")
    p.add_argument("--name", required=True, help="enrolled person: name, external id or id")
    p.add_argument("--face", type=int, metavar="N", help="face N of a group photo (0 = largest)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=run)
    return p


def run(args: argparse.Namespace, ctx: Any) -> int:
    from desktop_app.errors import MultipleFacesError, NoFaceError
    from desktop_app.recognition.enrollment import main_faces
    from desktop_app.storage.repositories import People
    from desktop_app.vision.image_io import load_image

    person = ctx.db.run(lambda s: People(s).find(args.name))
    det = ctx.settings.detector
    image = load_image(
        args.image, max_pixels=det.max_image_pixels, work_pixels=det.work_image_pixels
    )
    faces = ctx.recognizer.identify_image(image)  # largest first
    if not faces:
        raise NoFaceError(f"No face found in {args.image}. Use a photo where the face is clear.")
    if args.face is not None:
        if not 0 <= args.face < len(faces):
            raise MultipleFacesError(
                f"{args.image} has {len(faces)} face(s); --face {args.face} does not exist.",
                count=len(faces),
            )
        chosen = faces[args.face]
    else:
        subjects = main_faces([f.face for f in faces])
        if len(subjects) > 1:
            raise MultipleFacesError(
                f"{args.image} shows {len(subjects)} faces; choose one with --face N "
                "(0 = the largest).",
                count=len(subjects),
            )
        chosen = faces[0]
    match = ctx.gallery.verify(person.id, chosen.embedding)
    same = match.known
    if args.json:
        print(
            json.dumps(
                {
                    "image": str(args.image),
                    "person_id": person.id,
                    "name": person.name,
                    "same_person": same,
                    "distance": round(float(match.distance), 4),
                    "threshold": round(float(match.threshold), 4),
                    "box": [round(v, 1) for v in chosen.face.box],
                },
                ensure_ascii=False,
            )
        )
    else:
        verdict = "SAME PERSON" if same else "NOT the same person"
        rel = "<=" if same else ">"
        print(
            f"{verdict}: the face in {args.image} vs {person.name} (id {person.id}): "
            f"distance {match.distance:.3f} {rel} threshold {match.threshold:.3f}"
        )
    return 0 if same else NOT_SAME
