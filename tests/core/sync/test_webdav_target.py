"""WebDavTarget against a real WsgiDAV on loopback: objects, folders, listing, basic auth, the https rule."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
import requests

from annotator.core.sync.target import NotFoundError, ObjectInfo, PermanentError, Target
from annotator.core.sync.webdav_target import TEMP_COLLECTION, WebDavTarget
from tests.servers.webdav import WebDavServer, start_wsgidav

UNSAFE_NAMES = ["", "../escape.json", "a//b.json", "/absolute.json", ".hidden.json", "dönnées.json", "a b", "a?b"]
USER, PASSWORD = "ada", "s3cret-Pässword"


def listed(target: Target, prefix: str = "") -> list[tuple[str, int]]:
    """(name, size) of what `target.list(prefix)` answers; tags are tested on their own."""
    return [(info.name, info.size) for info in target.list(prefix)]


def folder_of(server: WebDavServer, target: WebDavTarget) -> Path:
    """The folder on the server's disk behind the target's collection."""
    return server.root / target.url[len(server.url) :].rstrip("/")


def test_objects_round_trip_in_nested_collections_made_as_needed(
    webdav_target: WebDavTarget, webdav_server: WebDavServer
) -> None:
    webdav_target.put("bundles/ada/x.delta.json", b'{"a": 1}')
    webdav_target.put("packages/p.zip", b"zip")
    assert webdav_target.get("bundles/ada/x.delta.json") == b'{"a": 1}'
    disk = folder_of(webdav_server, webdav_target)
    assert (disk / "bundles" / "ada" / "x.delta.json").read_bytes() == b'{"a": 1}'
    assert listed(webdav_target, "") == [("bundles/ada/x.delta.json", 8), ("packages/p.zip", 3)]


def test_list_takes_a_folder_or_any_name_prefix_and_sorts(webdav_target: WebDavTarget) -> None:
    for name in ["b/2", "b/10", "a/x/1", "a/xy", "a/y", "ab"]:
        webdav_target.put(name, name.encode())
    assert [info.name for info in webdav_target.list("")] == ["a/x/1", "a/xy", "a/y", "ab", "b/10", "b/2"]
    assert [info.name for info in webdav_target.list("a/")] == ["a/x/1", "a/xy", "a/y"]
    assert [info.name for info in webdav_target.list("a/x")] == ["a/x/1", "a/xy"]
    assert [info.name for info in webdav_target.list("a")] == ["a/x/1", "a/xy", "a/y", "ab"]
    assert webdav_target.list("missing/") == []
    assert webdav_target.list("missing/deeper/") == []


def test_list_never_shows_temp_hidden_or_unsafe_names(webdav_target: WebDavTarget, webdav_server: WebDavServer) -> None:
    webdav_target.put("ok.json", b"1")
    disk = folder_of(webdav_server, webdav_target)
    (disk / TEMP_COLLECTION / "half.part").write_bytes(b"a half upload")
    (disk / ".DS_Store").write_bytes(b"x")
    (disk / "notes with spaces.txt").write_bytes(b"x")
    (disk / "ok").mkdir()
    (disk / "ok" / ".~lock.ok.json#").write_bytes(b"x")
    assert listed(webdav_target, "") == [("ok.json", 1)]


def test_the_tag_is_the_etag_and_changes_with_the_bytes(webdav_target: WebDavTarget) -> None:
    webdav_target.put("a.json", b"one")
    [first] = webdav_target.list("")
    assert first.tag and webdav_target.list("") == [first]
    webdav_target.put("a.json", b"two")
    [second] = webdav_target.list("")
    assert second.tag != first.tag


def test_put_replaces_and_put_if_absent_never_does(webdav_target: WebDavTarget, webdav_server: WebDavServer) -> None:
    assert webdav_target.put_if_absent("a/b.json", b"first") is True
    assert webdav_target.put_if_absent("a/b.json", b"second") is False
    assert webdav_target.get("a/b.json") == b"first"
    webdav_target.put("a/b.json", b"third")
    assert webdav_target.get("a/b.json") == b"third"
    assert list((folder_of(webdav_server, webdav_target) / TEMP_COLLECTION).iterdir()) == [], "temps cleaned up"


def test_a_two_megabyte_object_comes_back_whole(webdav_target: WebDavTarget) -> None:
    data = os.urandom(2 * 1024 * 1024)
    assert webdav_target.put_if_absent("packages/big.zip", data) is True
    assert webdav_target.get("packages/big.zip") == data
    assert listed(webdav_target, "packages/") == [("packages/big.zip", len(data))]


def test_an_empty_object_is_an_object(webdav_target: WebDavTarget) -> None:
    assert webdav_target.put_if_absent("empty", b"") is True
    assert webdav_target.get("empty") == b""
    assert listed(webdav_target, "") == [("empty", 0)]


def test_delete_removes_and_a_missing_object_is_fine(webdav_target: WebDavTarget) -> None:
    webdav_target.put("a/b.json", b"1")
    webdav_target.delete("a/b.json")
    webdav_target.delete("a/b.json")
    webdav_target.delete("never/was.json")
    assert webdav_target.list("") == []


def test_get_of_a_missing_object_names_its_url(webdav_target: WebDavTarget) -> None:
    with pytest.raises(NotFoundError, match="no such object") as caught:
        webdav_target.get("bundles/none.json")
    assert f"{webdav_target.url}bundles/none.json" in str(caught.value)


@pytest.mark.parametrize("name", UNSAFE_NAMES)
def test_unsafe_names_are_refused_before_any_request(name: str) -> None:
    target = WebDavTarget("http://127.0.0.1:9/never-asked/")  # nothing listens on the discard port
    for call in (
        lambda: target.get(name),
        lambda: target.put(name, b"x"),
        lambda: target.put_if_absent(name, b"x"),
        lambda: target.delete(name),
        lambda: target.list("../"),
    ):
        with pytest.raises(ValueError, match="not a sync object name"):
            call()


def test_a_root_whose_path_needs_quoting_lists_its_own_names(webdav_server: WebDavServer) -> None:
    (webdav_server.root / "Données partagées").mkdir()
    target = WebDavTarget(webdav_server.url + "Donn%C3%A9es%20partag%C3%A9es")
    try:
        target.check()
        target.put("a/b.json", b"1")
        assert listed(target, "") == [("a/b.json", 1)]
        assert (webdav_server.root / "Données partagées" / "a" / "b.json").read_bytes() == b"1"
    finally:
        target.close()


def test_check_passes_and_leaves_no_object(webdav_target: WebDavTarget) -> None:
    webdav_target.check()
    assert webdav_target.list("") == []


def test_a_missing_root_collection_says_so(webdav_server: WebDavServer) -> None:
    target = WebDavTarget(webdav_server.url + "no-such-folder/")
    for call in (target.check, lambda: target.list(""), lambda: target.list("a/b/")):
        with pytest.raises(PermanentError, match="no such folder on the server"):
            call()
    target.close()


# -- addresses and credentials --------------------------------------------------------------------


@pytest.mark.parametrize("url", ["http://example.org/dav/", "ftp://127.0.0.1/", "example.org/dav"])
def test_plain_http_to_another_host_is_refused(url: str) -> None:
    with pytest.raises(PermanentError):
        WebDavTarget(url)


def test_the_description_keeps_credentials_out() -> None:
    target = WebDavTarget("https://ada:hunter2@cloud.example.org/remote.php/dav/files/ada/annotator")
    assert target.description == "WebDAV https://cloud.example.org/remote.php/dav/files/ada/annotator/"
    assert "hunter2" not in target.description and "hunter2" not in target.url


@pytest.fixture(scope="module")
def auth_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WebDavServer]:
    with start_wsgidav(tmp_path_factory.mktemp("webdav-auth"), username=USER, password=PASSWORD) as server:
        yield server


def test_basic_auth_with_the_right_password_works(auth_server: WebDavServer) -> None:
    target = WebDavTarget(auth_server.url, username=USER, password=PASSWORD)
    target.check()
    assert target.put_if_absent("a/b.json", b"1") is True
    assert target.get("a/b.json") == b"1"
    assert listed(target, "a/") == [("a/b.json", 1)]
    target.close()


def test_credentials_in_the_url_are_used(auth_server: WebDavServer) -> None:
    url = auth_server.url.replace("http://", f"http://{USER}:{quote(PASSWORD, safe='')}@")
    target = WebDavTarget(url)
    target.check()
    target.close()


@pytest.mark.parametrize(("username", "password"), [(USER, "wrong-" + PASSWORD), ("", ""), ("bo", PASSWORD)])
def test_wrong_credentials_are_permanent_and_never_echo_the_password(
    auth_server: WebDavServer, username: str, password: str
) -> None:
    target = WebDavTarget(auth_server.url, username=username, password=password)
    for call in (target.check, lambda: target.list(""), lambda: target.put("a.json", b"x")):
        with pytest.raises(PermanentError, match="refused the user name or password") as caught:
            call()
        assert PASSWORD not in str(caught.value) and auth_server.url in str(caught.value)
    target.close()


# -- what other servers answer --------------------------------------------------------------------


class CannedSession(requests.Session):
    """A session that answers every request with one canned response (a server we cannot run here)."""

    def __init__(self, status: int, body: bytes) -> None:
        super().__init__()
        self.status, self.body = status, body
        self.asked: list[tuple[str, str]] = []

    def request(self, method: str | bytes, url: str | bytes, *args: object, **kwargs: object) -> requests.Response:  # type: ignore[override]
        self.asked.append((str(method), str(url)))
        response = requests.Response()
        response.status_code, response._content, response.reason = self.status, self.body, "Multi-Status"
        return response


def test_absolute_url_hrefs_map_back_to_names() -> None:
    # IIS and SharePoint answer full URLs; Nextcloud and WsgiDAV answer absolute paths (tested above).
    body = b"""<?xml version="1.0"?>
    <d:multistatus xmlns:d="DAV:">
      <d:response><d:href>https://dav.example.org/Shared%20Files/team/</d:href>
        <d:propstat><d:prop><d:resourcetype><d:collection/></d:resourcetype></d:prop>
        <d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>
      <d:response><d:href>https://dav.example.org/Shared%20Files/team/x.json</d:href>
        <d:propstat><d:prop><d:resourcetype/><d:getcontentlength>42</d:getcontentlength>
        <d:getetag>"abc-42"</d:getetag></d:prop>
        <d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>
      <d:response><d:href>/Shared%20Files/team/y%2Djson</d:href>
        <d:propstat><d:prop><d:resourcetype/></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat>
        <d:propstat><d:prop><d:getcontentlength/></d:prop><d:status>HTTP/1.1 404 Not Found</d:status></d:propstat>
      </d:response>
      <d:response><d:href>https://dav.example.org/elsewhere/z.json</d:href>
        <d:propstat><d:prop><d:resourcetype/></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>
    </d:multistatus>"""
    session = CannedSession(207, body)
    target = WebDavTarget("https://dav.example.org/Shared%20Files/team/", session=session)
    assert target.list("") == [ObjectInfo("x.json", 42, tag='"abc-42"'), ObjectInfo("y-json", 0)]
    assert session.asked == [("PROPFIND", "https://dav.example.org/Shared%20Files/team/")]


def test_an_answer_that_is_not_a_listing_is_permanent() -> None:
    target = WebDavTarget("https://dav.example.org/team/", session=CannedSession(207, b"<html>login</html"))
    with pytest.raises(PermanentError, match="not a WebDAV listing"):
        target.list("")


def test_an_entity_bomb_is_refused() -> None:
    bomb = b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaa">]><d:multistatus xmlns:d="DAV:">&a;</d:multistatus>'
    target = WebDavTarget("https://dav.example.org/team/", session=CannedSession(207, bomb))
    with pytest.raises(PermanentError, match="not a WebDAV listing"):
        target.list("")
