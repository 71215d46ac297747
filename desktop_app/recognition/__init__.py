"""Recognition: FAISS gallery, matcher, enrollment, recognizer, calibration, evaluation."""
