"""Decodes item images in workers, keeps the last few, and prefetches the next ones."""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

from annotator.core.media.probe import check_image, image_geometry
from annotator.core.model import Item
from annotator.core.package import Package
from annotator.core.package_source import Limits
from annotator.ui.editors.image_decode import allow_decoding_up_to, decode_preview
from annotator.ui.workers import run_in_background


@dataclass(frozen=True)
class LoadedImage:
    """A reduced decode ready to show, and how the displayed image relates to the file."""

    item_id: str
    image: QImage | None
    geometry: dict[str, Any] | None
    error: str | None = None


class ImageLoader(QObject):
    """`request` answers from the cache at once or decodes in a worker; `loaded` fires on the UI thread."""

    loaded = Signal(object)

    def __init__(self, capacity: int = 6, ahead: int = 2, parent: Any = None):
        super().__init__(parent)
        # Before any decode: images the core lets through must not hit Qt's smaller default limit.
        allow_decoding_up_to(Limits().max_decoded_image_bytes)
        # The cache must hold the items ahead plus the one on screen and a step back, or the
        # least recently used entry evicted would be the next item itself.
        self._capacity = max(capacity, ahead + 3)
        self._ahead = ahead
        self._cache: OrderedDict[str, LoadedImage] = OrderedDict()
        self._pending: set[str] = set()
        self._package: Package | None = None

    def request(self, package: Package, item: Item) -> LoadedImage | None:
        """The decoded image if it is ready (cached); otherwise start decoding and return None."""
        self._use_package(package)
        cached = self._cache.get(item.id)
        if cached is not None:
            self._cache.move_to_end(item.id)
            return cached
        self._start(package, item)
        return None

    def is_ready(self, item_id: str) -> bool:
        """Whether an item's image is decoded and cached."""
        return item_id in self._cache

    def prefetch(self, package: Package, items: list[Item]) -> None:
        """Decode these items ahead of time, so moving to them shows them at once."""
        self._use_package(package)
        for item in items[: self._ahead]:
            if item.id not in self._cache:
                self._start(package, item)

    def _use_package(self, package: Package) -> None:
        if package is not self._package:
            self._package = package
            self._cache.clear()
            self._pending.clear()

    def _start(self, package: Package, item: Item) -> None:
        if item.id in self._pending:
            return
        self._pending.add(item.id)
        name = package.source.display(item.media or "")

        def decode() -> LoadedImage:
            try:
                data = package.media_bytes(item)
                limits = package.limits
                # Refuse a decompression bomb and a cut file before decoding: Qt fills a truncated
                # JPEG with grey and says nothing, and half a picture must not be annotated.
                check_image(data, name, max_pixels=limits.max_image_pixels, max_decoded_bytes=limits.max_decoded_image_bytes)
                geometry = image_geometry(
                    data, name, max_pixels=limits.max_image_pixels, max_decoded_bytes=limits.max_decoded_image_bytes
                )
                image, _scale = decode_preview(data, name)
            except Exception as exc:  # shown to the user in the editor, never raised in a worker
                return LoadedImage(item.id, None, None, str(exc))
            return LoadedImage(item.id, image, geometry)

        run_in_background(decode, self._on_decoded, self._on_decoded)

    def _on_decoded(self, result: LoadedImage) -> None:
        if result.item_id not in self._pending:
            return  # from a package that is no longer open
        self._pending.discard(result.item_id)
        self._cache[result.item_id] = result
        while len(self._cache) > self._capacity:
            self._cache.popitem(last=False)
        self.loaded.emit(result)
