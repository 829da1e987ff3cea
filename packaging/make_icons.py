"""Render packaging/helsehus-desktop.svg into the raster icons a build needs.

    python packaging/make_icons.py OUTDIR [SVG]

writes OUTDIR/helsehus-desktop.ico (16-256 px, for the Windows .exe and the installer) and
OUTDIR/helsehus-desktop-<N>.png (for Linux icon themes that want bitmaps). Rendering uses Qt's own
SVG renderer from PySide6, so no extra dependency is needed; the .ico is written by hand with
PNG-compressed entries (supported since Windows Vista).
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SVG = HERE.parent / "helsehus_desktop" / "resources" / "icons" / "helsehus-desktop.svg"
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def _render_png(renderer, size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter

    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError(f"could not encode a {size}px PNG")
    buffer.close()
    return bytes(data.data())


def write_ico(path: Path, images: dict[int, bytes]) -> None:
    """An ICONDIR with one PNG-compressed entry per size (0 in the size byte means 256)."""
    sizes = sorted(images)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = [], []
    for size in sizes:
        blob = images[size]
        dim = 0 if size >= 256 else size
        entries.append(struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset))
        blobs.append(blob)
        offset += len(blob)
    path.write_bytes(header + b"".join(entries) + b"".join(blobs))


def make_icons(outdir: Path, svg: Path = SVG) -> Path:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])  # noqa: F841
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise RuntimeError(f"Qt cannot read {svg}")
    outdir.mkdir(parents=True, exist_ok=True)
    pngs = {size: _render_png(renderer, size) for size in sorted(set(ICO_SIZES) | set(PNG_SIZES))}
    ico = outdir / "helsehus-desktop.ico"
    write_ico(ico, {size: pngs[size] for size in ICO_SIZES})
    for size in PNG_SIZES:
        (outdir / f"helsehus-desktop-{size}.png").write_bytes(pngs[size])
    return ico


def main(argv: list[str]) -> int:
    if not 1 <= len(argv) <= 2:
        print(__doc__, file=sys.stderr)
        return 2
    ico = make_icons(Path(argv[0]), Path(argv[1]) if len(argv) == 2 else SVG)
    print(f"icons written to {ico.parent}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
