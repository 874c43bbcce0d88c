"""The launcher, icon and package file type in packaging/: valid, recognise real packages, and install into a prefix."""

from __future__ import annotations

import configparser
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from defusedxml import ElementTree

from annotator.core.packing import pack_package
from tests.conftest import DEMO_PACKAGE, REPO_ROOT

PACKAGING = REPO_ROOT / "packaging"
DESKTOP = PACKAGING / "annotator.desktop"
MIME_XML = PACKAGING / "annotator-package.xml"
INSTALL = PACKAGING / "install-desktop.sh"
ICONS = REPO_ROOT / "resources" / "icons"
MIME_TYPE = "application/x-annotator-package"
NS = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}


def desktop_entry(path: Path) -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive in desktop files
    parser.read_string(path.read_text(encoding="utf-8"))
    assert parser.sections() == ["Desktop Entry"]
    return dict(parser["Desktop Entry"])


def packed_zip(tmp_path: Path, name: str = "work.zip") -> Path:
    """A real work package, made by the same packer as `annotator pack`."""
    source = tmp_path / "images"
    source.mkdir()
    shutil.copy(DEMO_PACKAGE / "media" / "coffee.jpg", source / "coffee.jpg")
    labels = tmp_path / "labels.json"
    labels.write_text(json.dumps({"mode": "single", "labels": [{"name": "cup"}]}), encoding="utf-8")
    output = tmp_path / name
    pack_package(source, labels_path=labels, output=output)
    return output


def plain_zip(tmp_path: Path) -> Path:
    """An ordinary zip that is not a package (it has a package.json, but not as its first entry)."""
    path = tmp_path / "photos.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("coffee.jpg", (DEMO_PACKAGE / "media" / "coffee.jpg").read_bytes())
        archive.writestr("package.json", "{}")
    return path


def magic_rules() -> list[tuple[int, bytes]]:
    """The content rule of our type as (offset, bytes) pairs, outermost first (each nested match must also hold)."""
    root = ElementTree.parse(MIME_XML).getroot()
    (mime,) = root.findall("m:mime-type", NS)
    (magic,) = mime.findall("m:magic", NS)
    rules = []
    match = magic.find("m:match", NS)
    while match is not None:
        assert match.get("type") == "string"
        value = re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), match.get("value"))
        rules.append((int(match.get("offset")), value.encode("latin-1")))
        match = match.find("m:match", NS)
    return rules


def rule_matches(path: Path) -> bool:
    head = path.read_bytes()[:256]
    return all(head[offset : offset + len(value)] == value for offset, value in magic_rules())


def test_the_launcher_opens_packages_with_annotator_open() -> None:
    entry = desktop_entry(DESKTOP)
    assert entry["Type"] == "Application"
    assert entry["Exec"] == "annotator open %f"
    assert entry["Icon"] == "annotator"
    assert MIME_TYPE in entry["MimeType"].split(";")
    assert entry["Terminal"] == "false"
    assert (ICONS / "annotator.svg").is_file()


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="needs desktop-file-utils")
def test_desktop_file_validate_accepts_the_launcher() -> None:
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout == "", result.stdout + result.stderr


def test_the_icon_is_a_256_pixel_picture_and_the_svg_parses() -> None:
    from PIL import Image, ImageStat

    with Image.open(ICONS / "annotator.png") as image:
        assert image.size == (256, 256)
        assert image.mode == "RGBA"
        assert max(ImageStat.Stat(image.convert("L")).stddev) > 20  # a drawing, not a flat square
    svg = ElementTree.parse(ICONS / "annotator.svg").getroot()
    assert svg.tag == "{http://www.w3.org/2000/svg}svg"


def test_the_package_type_is_a_zip_named_by_content_and_by_name() -> None:
    root = ElementTree.parse(MIME_XML).getroot()
    assert root.tag == f"{{{NS['m']}}}mime-info"
    (mime,) = root.findall("m:mime-type", NS)
    assert mime.get("type") == MIME_TYPE
    assert mime.find("m:sub-class-of", NS).get("type") == "application/zip"
    assert [glob.get("pattern") for glob in mime.findall("m:glob", NS)] == ["*.annotator.zip"]
    assert int(mime.find("m:magic", NS).get("priority")) > 40  # above application/zip's own rule
    assert magic_rules() == [(0, b"PK\x03\x04"), (30, b"package.json")]


def test_the_content_rule_matches_a_real_package_and_not_a_plain_zip(tmp_path: Path) -> None:
    assert rule_matches(packed_zip(tmp_path))
    assert not rule_matches(plain_zip(tmp_path))
    assert not rule_matches(DEMO_PACKAGE / "package.json")


QT_QUERY = """
import sys
from PySide6.QtCore import QMimeDatabase
db = QMimeDatabase()
for path in sys.argv[1:]:
    print(db.mimeTypeForFile(path).name(), db.mimeTypeForFile(path, QMimeDatabase.MatchMode.MatchContent).name())
"""


@pytest.mark.skipif(shutil.which("update-mime-database") is None, reason="needs shared-mime-info")
def test_the_installed_type_names_real_packages(tmp_path: Path) -> None:
    data = tmp_path / "share"
    (data / "mime" / "packages").mkdir(parents=True)
    shutil.copy(MIME_XML, data / "mime" / "packages")
    subprocess.run(["update-mime-database", str(data / "mime")], check=True, capture_output=True)
    package = packed_zip(tmp_path)
    named = package.with_name("work.annotator.zip")
    shutil.copy(package, named)
    other = plain_zip(tmp_path)
    env = dict(os.environ, XDG_DATA_HOME=str(data), XDG_DATA_DIRS="/usr/local/share:/usr/share")
    result = subprocess.run(
        [sys.executable, "-c", QT_QUERY, str(named), str(package), str(other)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    by_name, by_content = zip(*(line.split() for line in result.stdout.splitlines()), strict=True)
    # A file manager decides by name first: `.annotator.zip` is ours; a plain `.zip` is a zip by name,
    # ours by content; an ordinary zip stays a zip either way.
    assert by_name == (MIME_TYPE, "application/zip", "application/zip")
    assert by_content == (MIME_TYPE, MIME_TYPE, "application/zip")
    if shutil.which("gio"):
        # GLib (GNOME's file manager) sees the same.
        gio = subprocess.run(
            ["gio", "info", "-a", "standard::content-type", str(named)], capture_output=True, text=True, env=env
        )
        assert f"standard::content-type: {MIME_TYPE}" in gio.stdout


def fake_app(folder: Path) -> Path:
    folder.mkdir(parents=True)
    program = folder / "annotator"
    program.write_text("#!/bin/sh\nexit 0\n", encoding="utf-8")
    program.chmod(0o755)
    return folder


def test_install_desktop_puts_launcher_icon_and_type_in_the_prefix_and_removes_them(tmp_path: Path) -> None:
    app = fake_app(tmp_path / "my apps" / "annotator")
    prefix = tmp_path / "share"
    env = dict(os.environ, XDG_CONFIG_HOME=str(tmp_path / "config"))
    installed = subprocess.run(
        ["bash", str(INSTALL), "--app", str(app), "--prefix", str(prefix)], capture_output=True, text=True, env=env
    )
    assert installed.returncode == 0, installed.stderr
    launcher = prefix / "applications" / "annotator.desktop"
    entry = desktop_entry(launcher)
    # The full path, quoted (the folder has a space), so no PATH is needed.
    assert entry["Exec"] == f'"{app / "annotator"}" open %f'
    assert entry["TryExec"] == str(app / "annotator")
    assert (prefix / "icons/hicolor/scalable/apps/annotator.svg").read_bytes() == (ICONS / "annotator.svg").read_bytes()
    assert (prefix / "icons/hicolor/256x256/apps/annotator.png").is_file()
    assert (prefix / "mime/packages/annotator-package.xml").read_bytes() == MIME_XML.read_bytes()
    if shutil.which("update-mime-database"):
        assert MIME_TYPE in (prefix / "mime" / "types").read_text(encoding="utf-8").split()
    if shutil.which("update-desktop-database"):
        cache = (prefix / "applications" / "mimeinfo.cache").read_text(encoding="utf-8")
        assert f"{MIME_TYPE}=annotator.desktop;" in cache
    if shutil.which("desktop-file-validate"):
        assert subprocess.run(["desktop-file-validate", str(launcher)], capture_output=True).returncode == 0
    assert not (tmp_path / "config").exists()  # a given prefix never changes the user's default apps

    removed = subprocess.run(
        ["bash", str(INSTALL), "--prefix", str(prefix), "--uninstall"], capture_output=True, text=True, env=env
    )
    assert removed.returncode == 0, removed.stderr
    assert not launcher.exists()
    assert not (prefix / "mime/packages/annotator-package.xml").exists()
    assert not (prefix / "icons/hicolor/256x256/apps/annotator.png").exists()


def test_install_desktop_without_a_built_app_says_how_to_build_it(tmp_path: Path) -> None:
    result = subprocess.run(
        ["bash", str(INSTALL), "--app", str(tmp_path / "nothing"), "--prefix", str(tmp_path / "share")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1
    assert "no built app at" in result.stderr and "make package" in result.stderr
    assert not (tmp_path / "share" / "applications").exists()


def test_the_launchers_command_without_a_file_opens_the_app(tmp_path: Path) -> None:
    # From the applications menu there is no file: `annotator open %f` becomes `annotator open`.
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ANNOTATOR_STARTUP_PROBE="1")
    result = subprocess.run(
        [sys.executable, "-m", "annotator", "--data-dir", str(tmp_path / "workspace"), "open"],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        cwd=REPO_ROOT,
    )
    assert result.returncode == 0, result.stderr
    assert "first-item-shown" in result.stdout  # the demo, on a workspace that has opened nothing yet
