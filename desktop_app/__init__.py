"""Face recognition attendance desktop app."""

import os

__version__ = "0.1.0"

# OpenCV's own pixel cap for every decoder it has (formats Pillow cannot read, whose size
# vision/image_io.py cannot check from the header). OpenCV reads it once, when cv2 is
# imported: set here, before anything imports cv2. Same value as image_io.DEFAULT_MAX_PIXELS.
os.environ.setdefault("OPENCV_IO_MAX_IMAGE_PIXELS", "100000000")
