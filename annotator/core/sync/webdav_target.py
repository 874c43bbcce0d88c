"""The WebDAV target: objects are files in a collection on a WebDAV server (Nextcloud, ownCloud, Apache...)."""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from urllib.parse import quote, unquote, urljoin, urlsplit, urlunsplit

import requests
from defusedxml import ElementTree

from annotator.core.sync.target import (
    NotFoundError,
    ObjectInfo,
    PermanentError,
    SyncError,
    TransientError,
    check_object_name,
    is_object_name,
    require_secure_url,
)

# Uploads go to a hidden collection under the root and are MOVEd into place: a PUT is written where
# it lands, so an upload cut off halfway would otherwise leave half an object under its name.
TEMP_COLLECTION = ".annotator-tmp/"

_DAV = "{DAV:}"
_PROPFIND_BODY = (
    b'<?xml version="1.0" encoding="utf-8"?>'
    b'<d:propfind xmlns:d="DAV:"><d:prop><d:resourcetype/><d:getcontentlength/><d:getetag/></d:prop></d:propfind>'
)
_XML = {"Content-Type": 'application/xml; charset="utf-8"'}


class WebDavTarget:
    """A `Target` on a WebDAV collection, over plain HTTP requests (PROPFIND, GET, PUT, MOVE, MKCOL, DELETE).

    `url` is the collection (https, or http to this machine only); a user name and password in it
    are used as the credentials and kept out of every message. `verify` is requests' certificate
    check: True, False, or the path of a CA bundle. A given `session` is used and not closed.
    """

    def __init__(
        self,
        url: str,
        *,
        username: str = "",
        password: str = "",
        timeout: float = 30.0,
        verify: bool | str = True,
        session: requests.Session | None = None,
    ) -> None:
        require_secure_url(url)
        parts = urlsplit(url)
        if parts.username is not None and not username:
            username, password = unquote(parts.username), unquote(parts.password or "")
        netloc = parts.netloc.rpartition("@")[2]
        path = parts.path if parts.path.endswith("/") else f"{parts.path}/"
        self.url = urlunsplit((parts.scheme, netloc, path, "", ""))
        self.description = f"WebDAV {self.url}"
        self._root_path = unquote(path)
        # UTF-8, as RFC 7617 and Nextcloud expect: requests would send a str password as Latin-1,
        # so an 'ä' in it would never match (WsgiDAV even answers 500).
        self._auth = (username.encode(), password.encode()) if username else None
        self._timeout = timeout
        self._verify = verify
        self._session = session if session is not None else requests.Session()
        self._owns_session = session is None
        self._temp_ready = False

    def list(self, prefix: str) -> list[ObjectInfo]:
        """Every object whose name starts with `prefix`, sorted, its tag the server's ETag ('' if none).

        One PROPFIND (Depth 1) per collection: Nextcloud and Apache's mod_dav refuse Depth: infinity by default. A missing
        prefix folder lists as empty; a missing root is a PermanentError.
        """
        folder = prefix.rpartition("/")[0]
        if folder:
            check_object_name(folder)
        found: list[ObjectInfo] = []
        start = f"{folder}/" if folder else ""
        pending = [start]
        while pending:
            collection = pending.pop()
            url = self._url(collection)
            response = self._send("PROPFIND", url, headers={"Depth": "1", **_XML}, data=_PROPFIND_BODY)
            if response.status_code == 404:
                if collection == start and (not collection or not self._root_exists()):
                    raise PermanentError(f"{self.url}: no such folder on the server")
                continue  # no such prefix folder, or it went away while we walked
            self._expect(response, url, "list", ok=(207,))
            for name, is_collection, size, etag in self._members(response, url):
                # The collection itself, hidden names (the temp collection) and unsafe ones are not objects.
                if name == collection.rstrip("/") or not is_object_name(name):
                    continue
                if is_collection:
                    if name.startswith(prefix) or prefix.startswith(f"{name}/"):
                        pending.append(f"{name}/")
                elif name.startswith(prefix):
                    found.append(ObjectInfo(name, size, tag=etag))
        return sorted(found, key=lambda info: info.name)

    def get(self, name: str) -> bytes:
        """The whole object; NotFoundError if there is none."""
        url = self._url(check_object_name(name))
        response = self._send("GET", url)
        if response.status_code == 404:
            raise NotFoundError(f"{url}: no such object")
        self._expect(response, url, "read", ok=(200,))
        return response.content

    def put_if_absent(self, name: str, data: bytes) -> bool:
        """Upload to a temp name, then MOVE with Overwrite: F; False if the server says one exists (412).

        After a MOVE whose answer was lost the object exists, so a retry answers False: the caller
        compares the bytes.
        """
        return self._store(self._url(check_object_name(name)), data, overwrite=False)

    def put(self, name: str, data: bytes) -> None:
        """Upload to a temp name, then MOVE over the object (Overwrite: T)."""
        self._store(self._url(check_object_name(name)), data, overwrite=True)

    def delete(self, name: str) -> None:
        """DELETE the object; a 404 means it is already gone."""
        url = self._url(check_object_name(name))
        response = self._send("DELETE", url)
        if response.status_code != 404:
            self._expect(response, url, "delete", ok=(200, 202, 204))

    def check(self) -> None:
        """PROPFIND the root (credentials, permission, existence), then write and delete a hidden probe."""
        response = self._send("PROPFIND", self.url, headers={"Depth": "0", **_XML}, data=_PROPFIND_BODY)
        if response.status_code == 404:
            raise PermanentError(f"{self.url}: no such folder on the server")
        self._expect(response, self.url, "list", ok=(207,))
        probe = self.url + f".annotator-probe-{secrets.token_hex(4)}"
        self._store(probe, b"annotator probe\n", overwrite=True)
        response = self._send("DELETE", probe)
        self._expect(response, probe, "delete", ok=(200, 202, 204, 404))

    def close(self) -> None:
        """Close the pooled connections (unless the session was given)."""
        if self._owns_session:
            self._session.close()

    # -- inside -------------------------------------------------------------------------------------

    def _url(self, name: str) -> str:
        # Names are already safe characters; quoting anyway keeps the URL right whatever they become.
        return self.url + "/".join(quote(part, safe="") for part in name.split("/"))

    def _root_exists(self) -> bool:
        response = self._send("PROPFIND", self.url, headers={"Depth": "0", **_XML}, data=_PROPFIND_BODY)
        return response.status_code != 404

    def _store(self, final: str, data: bytes, *, overwrite: bool) -> bool:
        # Messages name the object, never the temp upload the user did not ask for.
        temp = self.url + TEMP_COLLECTION + f"{secrets.token_hex(8)}.part"
        try:
            self._upload(temp, data, final)
            response = self._move(temp, final, overwrite=overwrite)
            if response.status_code == 409:  # a parent collection is missing
                self._make_parents(final)
                response = self._move(temp, final, overwrite=overwrite)
            if response.status_code == 412 and not overwrite:
                self._discard(temp)
                return False
            if response.status_code == 207:
                # A multistatus to a MOVE lists what failed; nothing is in place under the name.
                raise TransientError(f"{final}: the server could not move the upload into place (207 Multi-Status)")
            self._expect(response, final, "write", ok=(200, 201, 204))
        except SyncError:
            self._discard(temp)  # WsgiDAV, for one, keeps what arrived of a cut-off PUT
            raise
        return True

    def _upload(self, temp: str, data: bytes, final: str) -> None:
        if not self._temp_ready:
            self._make_collection(self.url + TEMP_COLLECTION)
            self._temp_ready = True
        response = self._send("PUT", temp, data=data, shown=final)
        if response.status_code == 409:  # someone removed the temp collection since
            self._make_collection(self.url + TEMP_COLLECTION)
            response = self._send("PUT", temp, data=data, shown=final)
        self._expect(response, final, "write", ok=(200, 201, 204))

    def _move(self, temp: str, final: str, *, overwrite: bool) -> requests.Response:
        headers = {"Destination": final, "Overwrite": "T" if overwrite else "F"}
        return self._send("MOVE", temp, headers=headers, shown=final)

    def _make_parents(self, url: str) -> None:
        relative = url[len(self.url) :].split("/")[:-1]
        for depth in range(1, len(relative) + 1):
            self._make_collection(self.url + "/".join(relative[:depth]) + "/")

    def _make_collection(self, url: str) -> None:
        response = self._send("MKCOL", url)
        # 405 (RFC 4918) and 301 (a server redirecting to the collection) both mean it is already there.
        self._expect(response, url, "create the folder", ok=(201, 301, 405))

    def _discard(self, temp: str) -> None:
        # Best effort: a temp left behind is hidden, and the failure being reported matters more.
        try:
            self._send("DELETE", temp)
        except SyncError:
            pass

    def _members(self, response: requests.Response, url: str) -> list[tuple[str, bool, int, str]]:
        """(name relative to the root, is a collection, size, ETag or '') for each member a multistatus lists."""
        try:
            tree = ElementTree.fromstring(response.content)
        except (ElementTree.ParseError, ValueError) as exc:  # ValueError: defusedxml's refusals (entities, DTDs)
            raise PermanentError(f"{url}: the server's answer is not a WebDAV listing ({exc})") from exc
        members = []
        for entry in tree.iter(f"{_DAV}response"):
            href = entry.findtext(f"{_DAV}href")
            if not href:
                continue
            path = unquote(urlsplit(urljoin(url, href.strip())).path)
            if not path.startswith(self._root_path):
                continue
            name = path[len(self._root_path) :].rstrip("/")
            props = [
                propstat.find(f"{_DAV}prop")
                for propstat in entry.iter(f"{_DAV}propstat")
                if " 200 " in f"{propstat.findtext(f'{_DAV}status') or ''} "
            ]
            props = [prop for prop in props if prop is not None]
            if not props:
                continue
            is_collection = any(prop.find(f"{_DAV}resourcetype/{_DAV}collection") is not None for prop in props)
            sizes = [prop.findtext(f"{_DAV}getcontentlength") for prop in props]
            size = next((text.strip() for text in sizes if text and text.strip().isdigit()), "0")
            etag = next((text.strip() for prop in props if (text := prop.findtext(f"{_DAV}getetag"))), "")
            members.append((name, is_collection, int(size), etag))
        return members

    def _send(
        self,
        method: str,
        url: str,
        *,
        headers: Mapping[str, str] | None = None,
        data: bytes | None = None,
        shown: str | None = None,
    ) -> requests.Response:
        """The server's answer to one request; a failure to get one as a SyncError naming `shown` (or `url`)."""
        # Redirects are not followed: requests would turn some methods into GET and drop the
        # credentials on the way; a moved server is reported so the user can fix the address.
        shown = shown or url
        try:
            return self._session.request(
                method,
                url,
                headers=dict(headers or {}),
                data=data,
                auth=self._auth,
                timeout=self._timeout,
                verify=self._verify,
                allow_redirects=False,
            )
        except requests.exceptions.SSLError as exc:
            raise PermanentError(f"{shown}: the secure connection failed ({_why(exc)})") from exc
        except requests.Timeout as exc:
            raise TransientError(f"{shown}: no answer from the server within {self._timeout:g} s") from exc
        except (requests.ConnectionError, requests.exceptions.ChunkedEncodingError) as exc:
            raise TransientError(f"{shown}: the connection failed ({_why(exc)})") from exc
        except requests.RequestException as exc:
            raise PermanentError(f"{shown}: {_why(exc)}") from exc

    def _expect(self, response: requests.Response, url: str, doing: str, *, ok: tuple[int, ...]) -> None:
        status = response.status_code
        if status in ok:
            return
        said = f"{status} {response.reason or ''}".strip()
        if status == 401:
            raise PermanentError(f"{url}: the server refused the user name or password ({said})")
        if status == 403:
            raise PermanentError(f"{url}: no permission to {doing} ({said})")
        if status in (408, 429) or status >= 500:
            raise TransientError(f"{url}: cannot {doing}, the server answered {said}")
        if 300 <= status < 400:
            where = response.headers.get("Location", "elsewhere")
            raise PermanentError(f"{url}: the server redirects to {where}; use that address ({said})")
        raise PermanentError(f"{url}: cannot {doing}, the server answered {said}")


def _why(exc: BaseException) -> str:
    """The innermost reason a request failed ('Connection refused'), not urllib3's nested reprs."""
    seen: set[int] = set()
    stack: list[BaseException] = [exc]
    last = exc
    while stack:
        current = stack.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        last = current
        if isinstance(current, OSError) and current.strerror:
            return current.strerror
        nested = [arg for arg in current.args if isinstance(arg, BaseException)]
        nested += [
            getattr(current, attr)
            for attr in ("reason", "__cause__", "__context__")
            if isinstance(getattr(current, attr, None), BaseException)
        ]
        stack.extend(reversed(nested))
    text = str(last.args[0]) if last.args and isinstance(last.args[0], str) else str(last)
    return text or type(last).__name__
