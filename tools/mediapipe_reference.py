"""MediaPipe 0.10.14's own face detection and Face Mesh outputs, as JSON, for parity tests.

Runs in a separate Python that has ``mediapipe==0.10.14`` (its wheel needs numpy<2 and
protobuf<5, which the project's venv does not have): see tools/mediapipe-reference.txt and the
README ("MediaPipe parity"). Usage::

    python tools/mediapipe_reference.py FRAME.png [...] > reference.json

For each image: ``short`` and ``full`` (FaceDetection model_selection 0 and 1, min confidence
0.5): box x1, y1, x2, y2, score and 6 keypoints in pixels; ``mesh`` (FaceMesh, static image
mode, up to 10 faces, no refinement): 468 (x, y) in pixels per face, in MediaPipe's order.
"""

from __future__ import annotations

import json
import sys


def main(paths: list[str]) -> dict:
    import cv2
    import mediapipe as mp
    import numpy as np

    if mp.__version__ != "0.10.14":
        raise SystemExit(f"needs mediapipe 0.10.14, found {mp.__version__}")
    sol = mp.solutions
    out: dict = {"mediapipe": mp.__version__, "images": {}}
    detectors = {
        "short": sol.face_detection.FaceDetection(model_selection=0, min_detection_confidence=0.5),
        "full": sol.face_detection.FaceDetection(model_selection=1, min_detection_confidence=0.5),
    }
    mesh = sol.face_mesh.FaceMesh(
        static_image_mode=True,
        max_num_faces=10,
        refine_landmarks=False,
        min_detection_confidence=0.5,
        min_tracking_confidence=0.5,
    )
    for path in paths:
        # bytes decoded (not cv2.imread): any Unicode path on any OS
        bgr = cv2.imdecode(np.fromfile(path, dtype=np.uint8), cv2.IMREAD_COLOR)
        h, w = bgr.shape[:2]
        rgb = cv2.cvtColor(bgr, cv2.COLOR_BGR2RGB)
        entry: dict = {}
        for key, det in detectors.items():
            faces = []
            for d in det.process(rgb).detections or []:
                rb = d.location_data.relative_bounding_box
                faces.append(
                    {
                        "box": [
                            rb.xmin * w,
                            rb.ymin * h,
                            (rb.xmin + rb.width) * w,
                            (rb.ymin + rb.height) * h,
                        ],
                        "score": d.score[0],
                        "keypoints": [
                            [k.x * w, k.y * h] for k in d.location_data.relative_keypoints
                        ],
                    }
                )
            entry[key] = faces
        res = mesh.process(rgb)
        entry["mesh"] = [
            [[p.x * w, p.y * h] for p in lm.landmark] for lm in (res.multi_face_landmarks or [])
        ]
        out["images"][path] = entry
    return out


if __name__ == "__main__":
    json.dump(main(sys.argv[1:]), sys.stdout)
