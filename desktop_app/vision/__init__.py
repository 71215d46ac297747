"""Vision: frames, detection, alignment, embedding, tracking. No Qt here."""
