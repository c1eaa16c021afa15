"""dealer-hq as a real separate process on a loopback port, so tests can SIGKILL it, and a small
TCP proxy that can swallow replies after the server has committed."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def hq(db_url: str, *args: str) -> str:
    """Run one `dealer-hq` command and return what it printed."""
    out = subprocess.run(
        [sys.executable, "-m", "dealer_app.headoffice.cli", *args, "--db", db_url],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return out.stdout


def add_branch(db_url: str, code: str, region: str = "north") -> str:
    """The secret `dealer-hq branch add` shows once (the last word it prints)."""
    printed = hq(db_url, "branch", "add", code, "--name", f"Branch {code}", "--region", region)
    return printed.split()[-1]


class HQServer:
    def __init__(self, db_url: str, log_dir: Path) -> None:
        self.db_url = db_url
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = log_dir / f"hq-{self.port}.log"
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> HQServer:
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        with open(self.log, "ab") as log:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "dealer_app.headoffice.cli", "serve", "--db", self.db_url,
                 "--host", "127.0.0.1", "--port", str(self.port)],
                stdout=log, stderr=subprocess.STDOUT, env=env,
            )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"dealer-hq exited: {self.log.read_text()[-2000:]}")
            try:
                if httpx.get(f"{self.url}/api/v1/health", timeout=1).status_code == 200:
                    return self
            except httpx.HTTPError:
                time.sleep(0.05)
        raise RuntimeError("dealer-hq did not start in 30 s")

    def kill(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(timeout=10)

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.kill()


class ReplyDroppingProxy:
    """Forwards each connection to the server, but for the first `drop` requests whose first
    line starts with `match` it closes the client side before the reply arrives, after the
    server has received (and committed) the whole request."""

    def __init__(self, target_port: int, match: bytes, drop: int) -> None:
        self.target_port = target_port
        self.match = match
        self.remaining = drop
        self.dropped = 0
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._lock = threading.Lock()
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(client,), daemon=True).start()

    def _serve(self, client: socket.socket) -> None:
        upstream = socket.create_connection(("127.0.0.1", self.target_port))
        try:
            while True:
                request = self._read_request(client)
                if not request:
                    return
                with self._lock:
                    drop = request.startswith(self.match) and self.remaining > 0
                    if drop:
                        self.remaining -= 1
                upstream.sendall(request)
                reply = self._read_response(upstream)
                if drop:
                    self.dropped += 1
                    return  # the server answered; the branch never hears it
                client.sendall(reply)
        except OSError:
            return
        finally:
            client.close()
            upstream.close()

    @staticmethod
    def _read_headers(sock: socket.socket) -> tuple[bytes, int]:
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = sock.recv(65536)
            if not chunk:
                return b"", 0
            data += chunk
        head, _, rest = data.partition(b"\r\n\r\n")
        length = 0
        for line in head.split(b"\r\n")[1:]:
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value.strip())
        return head + b"\r\n\r\n" + rest, length - len(rest)

    def _read_request(self, sock: socket.socket) -> bytes:
        data, missing = self._read_headers(sock)
        while missing > 0:
            chunk = sock.recv(min(missing, 65536))
            if not chunk:
                return b""
            data += chunk
            missing -= len(chunk)
        return data

    def _read_response(self, sock: socket.socket) -> bytes:
        return self._read_request(sock)

    def close(self) -> None:
        self.listener.close()
