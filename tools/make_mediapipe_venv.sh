#!/usr/bin/env bash
# Makes .venv-mediapipe: mediapipe 0.10.14 as the reference for tests/vision/test_mediapipe_parity.py.
# Separate from the project's venv: the wheel needs Python 3.9-3.12, numpy<2 and protobuf<5, and
# pulls opencv-contrib-python (a second cv2) and jax, which we do not install (--no-deps: its
# python solutions need only the packages listed below).
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PYTHON:-python3.11}"
"$PY" -m venv .venv-mediapipe
.venv-mediapipe/bin/pip install --no-deps "mediapipe==0.10.14"
.venv-mediapipe/bin/pip install "numpy<2" "opencv-python-headless<4.11" "protobuf>=4.25.3,<5" \
  absl-py attrs flatbuffers "matplotlib<3.10"
.venv-mediapipe/bin/python -c "import mediapipe; print('mediapipe', mediapipe.__version__)"
