"""A loopback HTTP proxy that forwards to one upstream server and breaks chosen requests on purpose."""

from __future__ import annotations

import http.client
import socket
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import NamedTuple
from urllib.parse import urlsplit

UPSTREAM_TIMEOUT = 30.0

# Per-connection headers (RFC 9110 7.6.1) are not forwarded. The body is always forwarded whole with
# a Content-Length, so Transfer-Encoding goes; Expect: 100-continue is answered by this proxy itself.
_HOP_BY_HOP = frozenset(
    {
        "connection",
        "keep-alive",
        "proxy-connection",
        "proxy-authenticate",
        "te",
        "trailer",
        "transfer-encoding",
        "upgrade",
    }
)
_NOT_FORWARDED = _HOP_BY_HOP | {"expect", "content-length"}
_METHODS = "GET HEAD PUT POST DELETE OPTIONS PATCH PROPFIND PROPPATCH MKCOL MOVE COPY LOCK UNLOCK".split()


class LogEntry(NamedTuple):
    """One request the proxy saw: its method, path (with query) and what the proxy did with it.

    outcome is "forwarded", "failed" (answered a fault status), "dropped" (cut mid-request),
    "response dropped" (upstream did it, the answer was not sent), "delayed" (then forwarded),
    or "upstream unreachable" (answered 502).
    """

    method: str
    path: str
    outcome: str


@dataclass
class _Fault:
    kind: str  # "fail", "drop", "drop_response", "delay"
    count: int
    method: str | None
    status: int = 0
    after_bytes: int = 0
    seconds: float = 0.0


class FaultProxy:
    """Forwards every request to `upstream` (e.g. "http://127.0.0.1:9000") and back, until told to break some.

    Each fault applies to the next `count` requests that match `method` (any method if None), in
    the order the faults were added. The Host header is forwarded as the client sent it, so signed
    requests (S3) still verify. A context manager: closing stops it and cuts every open connection.
    """

    def __init__(self, upstream: str) -> None:
        parts = urlsplit(upstream)
        if parts.scheme != "http" or not parts.hostname or not parts.port:
            raise ValueError(f"upstream must be http://host:port, not {upstream!r}")
        self.upstream_host = parts.hostname
        self.upstream_port = parts.port
        self.log: list[LogEntry] = []
        self._faults: list[_Fault] = []
        self._lock = threading.Lock()
        self._closing = threading.Event()
        self._connections: set[socket.socket] = set()
        self._server = _Server(("127.0.0.1", 0), _handler_for(self))
        self.port = self._server.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}/"
        self._thread = threading.Thread(
            target=self._server.serve_forever, args=(0.05,), name="fault-proxy", daemon=True
        )
        self._thread.start()

    # -- faults -----------------------------------------------------------------------------------

    def fail_next(self, status: int, count: int = 1, method: str | None = None) -> None:
        """Answer `status` (e.g. 500, 503) to the next `count` matching requests, without forwarding them."""
        self._add(_Fault("fail", count, method, status=status))

    def drop_next(self, count: int = 1, method: str | None = None, after_bytes: int = 0) -> None:
        """Cut the next matching requests mid-upload: upstream gets the head and `after_bytes` of the
        body, then both connections close and the client gets no answer.

        Upstream never receives a complete request (for one without a body, the head is sent short
        of its final blank line), so it never acts on it.
        """
        self._add(_Fault("drop", count, method, after_bytes=after_bytes))

    def drop_response_next(self, count: int = 1, method: str | None = None) -> None:
        """Forward the next matching requests whole, then close the client's connection instead of answering."""
        self._add(_Fault("drop_response", count, method))

    def delay_next(self, seconds: float, count: int = 1, method: str | None = None) -> None:
        """Hold the next matching requests `seconds` before forwarding them (a slow link)."""
        self._add(_Fault("delay", count, method, seconds=seconds))

    def reset(self) -> None:
        """Forget every pending fault and the log."""
        with self._lock:
            self._faults.clear()
            self.log.clear()

    def outcomes(self, method: str | None = None) -> list[str]:
        """The outcomes logged so far, of one method's requests if given."""
        return [entry.outcome for entry in list(self.log) if method is None or entry.method == method.upper()]

    # -- life -------------------------------------------------------------------------------------

    def close(self) -> None:
        """Stop serving and cut every open connection. Safe to call twice."""
        if self._closing.is_set():
            return
        self._closing.set()
        self._server.shutdown()
        with self._lock:
            connections = list(self._connections)
        for connection in connections:
            try:
                connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        self._server.server_close()
        self._thread.join(5)

    def __enter__(self) -> FaultProxy:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()

    # -- inside (called from the handler threads) -------------------------------------------------

    def _add(self, fault: _Fault) -> None:
        if fault.count < 1:
            raise ValueError("count must be at least 1")
        fault.method = fault.method.upper() if fault.method else None
        with self._lock:
            self._faults.append(fault)

    def _take(self, method: str) -> _Fault | None:
        with self._lock:
            for fault in self._faults:
                if fault.method is None or fault.method == method:
                    fault.count -= 1
                    if fault.count == 0:
                        self._faults.remove(fault)
                    return fault
        return None

    def _track(self, connection: socket.socket, *, open_: bool) -> None:
        with self._lock:
            if open_:
                self._connections.add(connection)
            else:
                self._connections.discard(connection)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False  # close() cuts the connections instead of waiting for idle keep-alives

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client that hung up (after a timeout or a dropped answer) is expected here


def _handler_for(proxy: FaultProxy) -> type[BaseHTTPRequestHandler]:
    class Handler(_ProxyHandler):
        pass

    Handler.proxy = proxy
    return Handler


class _ProxyHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as clients and servers use it
    proxy: FaultProxy

    def setup(self) -> None:
        super().setup()
        # Heads and bodies go out in separate writes; with Nagle on, each answer would wait ~40 ms
        # for the peer's delayed ACK.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.proxy._track(self.connection, open_=True)

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            self.proxy._track(self.connection, open_=False)

    def log_message(self, format: str, *args: object) -> None:
        pass  # tests read .log; stderr stays quiet

    def _handle(self) -> None:
        method, path = self.command, self.path
        try:
            body = self._read_body()
        except (OSError, ValueError):
            self.close_connection = True
            return
        fault = self.proxy._take(method)
        kind = fault.kind if fault else "forward"
        if kind == "fail":
            assert fault is not None
            self.proxy.log.append(LogEntry(method, path, "failed"))
            self._answer(fault.status, [("Content-Type", "text/plain")], f"fault proxy: {fault.status}\n".encode())
            return
        if kind == "drop":
            assert fault is not None
            self.proxy.log.append(LogEntry(method, path, "dropped"))
            self._forward_part(method, path, body, fault.after_bytes)
            self.close_connection = True
            return
        if kind == "delay":
            assert fault is not None
            if self.proxy._closing.wait(fault.seconds):
                self.close_connection = True
                return
        try:
            status, reason, headers, answer = self._forward(method, path, body)
        except OSError:
            self.proxy.log.append(LogEntry(method, path, "upstream unreachable"))
            self._answer(502, [("Content-Type", "text/plain")], b"fault proxy: upstream unreachable\n")
            return
        if kind == "drop_response":
            self.proxy.log.append(LogEntry(method, path, "response dropped"))
            self.close_connection = True
            return
        self.proxy.log.append(LogEntry(method, path, "delayed" if kind == "delay" else "forwarded"))
        try:
            self._answer(status, headers, answer, reason=reason)
        except OSError:
            self.close_connection = True  # the client gave up waiting (a delay beyond its timeout)

    def _read_body(self) -> bytes:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            return self._read_chunked()
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def _read_chunked(self) -> bytes:
        parts = []
        while True:
            size_line = self.rfile.readline(65537)
            if not size_line:
                raise ValueError("connection closed inside a chunked body")
            size = int(size_line.split(b";", 1)[0].strip(), 16)
            if size == 0:
                while self.rfile.readline(65537) not in (b"\r\n", b"\n", b""):
                    pass  # trailer fields: not forwarded
                return b"".join(parts)
            parts.append(self.rfile.read(size))
            self.rfile.readline(65537)  # the CRLF after each chunk

    def _forwarded_headers(self, body: bytes) -> list[tuple[str, str]]:
        headers = [(key, value) for key, value in self.headers.items() if key.lower() not in _NOT_FORWARDED]
        if body or self.command not in ("GET", "HEAD", "DELETE", "OPTIONS"):
            headers.append(("Content-Length", str(len(body))))
        return headers

    def _forward(self, method: str, path: str, body: bytes) -> tuple[int, str, list[tuple[str, str]], bytes]:
        upstream = http.client.HTTPConnection(
            self.proxy.upstream_host, self.proxy.upstream_port, timeout=UPSTREAM_TIMEOUT
        )
        try:
            upstream.connect()
            upstream.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            upstream.putrequest(method, path, skip_host=True, skip_accept_encoding=True)
            for key, value in self._forwarded_headers(body):
                upstream.putheader(key, value)
            upstream.endheaders(body or None)
            response = upstream.getresponse()
            answer = response.read()
            headers = [(key, value) for key, value in response.getheaders() if key.lower() not in _HOP_BY_HOP]
            return response.status, response.reason, headers, answer
        finally:
            upstream.close()

    def _forward_part(self, method: str, path: str, body: bytes, after_bytes: int) -> None:
        head = f"{method} {path} HTTP/1.1\r\n" + "".join(f"{k}: {v}\r\n" for k, v in self._forwarded_headers(body))
        # Never the whole body: upstream must see an incomplete request, whatever after_bytes says.
        data = head.encode("latin-1") + (b"\r\n" + body[: min(after_bytes, len(body) - 1)] if body else b"")
        try:
            with socket.create_connection((self.proxy.upstream_host, self.proxy.upstream_port), timeout=5) as raw:
                raw.sendall(data)
                raw.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass  # upstream down: the client sees the same dropped connection either way

    def _answer(self, status: int, headers: list[tuple[str, str]], body: bytes, *, reason: str | None = None) -> None:
        self.send_response_only(status, reason)
        has_length = False
        for key, value in headers:
            if key.lower() == "content-length":
                has_length = True
                if self.command != "HEAD":
                    continue  # set below from the body actually read
            self.send_header(key, value)
        bodiless = self.command == "HEAD" or status in (204, 304) or 100 <= status < 200
        if not bodiless:
            self.send_header("Content-Length", str(len(body)))
        elif not has_length and self.command == "HEAD":
            self.send_header("Content-Length", "0")
        self.end_headers()
        if not bodiless:
            self.wfile.write(body)
        self.wfile.flush()


for _method in _METHODS:
    setattr(_ProxyHandler, f"do_{_method}", _ProxyHandler._handle)
