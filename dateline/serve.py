"""`dateline serve`: build, serve on localhost, rebuild on change and reload open pages.

Pages are reloaded with server-sent events: the server adds one same-origin
script to every HTML page it serves (the files on disk are untouched), and the
script reloads the page after a rebuild or shows the build's problems over it.
"""

from __future__ import annotations

import functools
import http.server
import json
import sys
import threading
import time
import traceback
from pathlib import Path

from .changes import read_events_json
from .errors import DatelineError, UsageError, display_path
from .pipeline import BuildResult, build

RELOAD_PATH = "/__dateline/events"
SCRIPT_PATH = "/__dateline/reload.js"
RELOAD_SCRIPT = """(function () {
  var source = new EventSource("RELOAD_PATH");
  source.addEventListener("open", function () { document.documentElement.setAttribute("data-dateline-live", ""); });
  source.addEventListener("reload", function () { location.reload(); });
  source.addEventListener("problems", function (message) {
    var problems = JSON.parse(message.data), box = document.getElementById("dateline-problems");
    if (!problems.length) { if (box) box.remove(); return; }
    if (!box) { box = document.createElement("pre"); box.id = "dateline-problems"; document.body.appendChild(box); }
    box.setAttribute("role", "alert");
    box.style.cssText = "position:fixed;left:0;right:0;bottom:0;max-height:40vh;overflow:auto;margin:0;padding:1em;" +
      "background:#300;color:#fff;font:13px/1.5 monospace;z-index:99999;white-space:pre-wrap";
    box.textContent = problems.join("\\n");
  });
})();
""".replace("RELOAD_PATH", RELOAD_PATH)


class LiveSite:
    """The state shared by the watcher and the request handlers: the problems of the last build, and which
    site is being served."""

    def __init__(self) -> None:
        self.generation = 0
        self.problems: list[str] = []
        self.rebuilt = False  # the last build replaced the site: open pages reload
        self.served = "no site yet"  # which site is being served: when it was built, how many events
        self.changed = threading.Condition()

    def changed_since(self, generation: int) -> bool:
        return self.generation != generation

    def publish(self, problems: list[str], rebuilt: bool) -> None:
        with self.changed:
            self.generation += 1
            self.problems = problems
            self.rebuilt = rebuilt
            self.changed.notify_all()


class Handler(http.server.SimpleHTTPRequestHandler):
    live: LiveSite

    def log_message(self, format: str, *args) -> None:  # keep the terminal for build output
        pass

    def do_GET(self) -> None:
        path = self.path.split("?", 1)[0]
        if path == RELOAD_PATH:
            return self._stream_events()
        if path == SCRIPT_PATH:
            return self._send(RELOAD_SCRIPT.encode(), "text/javascript; charset=utf-8")
        if path.endswith("/"):
            path += "index.html"
        local = Path(self.translate_path(path))
        if local.suffix == ".html" and local.is_file():
            page = local.read_bytes().replace(b"</body>", f'<script src="{SCRIPT_PATH}"></script></body>'.encode(), 1)
            return self._send(page, "text/html; charset=utf-8")
        if not local.exists():
            not_found = Path(self.directory) / "404.html"
            if not_found.is_file():
                return self._send(not_found.read_bytes(), "text/html; charset=utf-8", 404)
        return super().do_GET()

    def _send(self, body: bytes, content_type: str, status: int = 200) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(body)

    def _stream_events(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        live = self.live
        with live.changed:
            seen = live.generation
            problems = list(live.problems)
        try:
            self.wfile.write(f"event: problems\ndata: {json.dumps(problems, ensure_ascii=False)}\n\n".encode())
            self.wfile.flush()
            while True:
                with live.changed:
                    live.changed.wait_for(functools.partial(live.changed_since, seen), timeout=15)
                    changed = live.generation != seen
                    seen = live.generation
                    problems, rebuilt = list(live.problems), live.rebuilt
                if changed:
                    self.wfile.write(f"event: problems\ndata: {json.dumps(problems, ensure_ascii=False)}\n\n".encode())
                    if rebuilt:
                        self.wfile.write(b"event: reload\ndata: {}\n\n")
                else:
                    self.wfile.write(b": keep-alive\n\n")
                self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            return


def _rebuild(content_dir: Path, out_dir: Path, live: LiveSite, keep_going: bool = False) -> None:
    """Build, tell the terminal and the open pages what happened, and which site they are shown."""
    try:
        result = build(content_dir, out_dir, keep_going=keep_going, base_url_check="off")
        problems = [str(p) for p in result.report.problems]
    except (DatelineError, OSError) as error:  # the server outlives whatever stopped one build
        result, problems = BuildResult(), [f"dateline: {error}"]
    except Exception as error:  # noqa: BLE001 - a bug: said in one line, and the next save builds again
        traceback.print_exc()
        result, problems = BuildResult(), [f"dateline: internal error: {type(error).__name__}: {error}"]
    for problem in problems:
        print(problem, file=sys.stderr)
    if result.written:
        events = result.counts.get("events", 0)
        live.served = f"the site built at {time.strftime('%H:%M:%S')}: {events} events"
        changes = f"; {result.changes.summary()}" if result.changes.compared and not result.unchanged else ""
        print(f"rebuilt: {events} events in {result.seconds:.1f}s{changes}", file=sys.stderr)
        for line in result.changes.lines(20) if result.changes.compared and not result.unchanged else ():
            print(f"  {line}", file=sys.stderr)
    else:
        state = f"not rebuilt (errors above); still serving {live.served}"
        print(state, file=sys.stderr)
        problems.append(f"dateline: {state}")
    live.publish(problems, result.written and not result.unchanged)


def _site_served(out_dir: Path) -> str:
    """The site already in out_dir, as the terminal and the page name it."""
    try:
        events = len(read_events_json(str(out_dir)))
    except UsageError:
        return "no site yet"
    return f"the previous site in {display_path(out_dir)}: {events} events"


def watch(content_dir: Path, out_dir: Path, live: LiveSite, stop: threading.Event, keep_going: bool = False) -> None:
    """Rebuild whenever content, templates or static files change."""
    import watchfiles

    project = content_dir.resolve().parent
    paths = [p for p in (content_dir, project / "templates", project / "static") if p.exists()]
    generated = (content_dir / "extracted").resolve()

    def relevant(change: watchfiles.Change, path: str) -> bool:
        resolved = Path(path).resolve()
        return generated not in resolved.parents and not resolved.name.startswith(".")

    for _ in watchfiles.watch(*paths, watch_filter=relevant, stop_event=stop, debounce=200, raise_interrupt=False):
        _rebuild(content_dir, out_dir, live, keep_going)


class DevServer:
    """The site in out_dir served over HTTP, rebuilt whenever content_dir changes, until it is closed."""

    def __init__(
        self, content_dir: Path, out_dir: Path, host: str = "127.0.0.1", port: int = 8000, keep_going: bool = False
    ):
        self.live = LiveSite()
        self.live.served = _site_served(out_dir)
        self._host = host
        _rebuild(content_dir, out_dir, self.live, keep_going)
        out_dir.mkdir(parents=True, exist_ok=True)
        handler = type("LiveHandler", (Handler,), {"live": self.live})
        self.server = http.server.ThreadingHTTPServer(
            (host, port), functools.partial(handler, directory=str(out_dir.resolve()))
        )
        self.server.daemon_threads = True
        self._serving = threading.Event()
        self._stop = threading.Event()
        self._watcher = threading.Thread(
            target=watch,
            args=(content_dir, out_dir, self.live, self._stop, keep_going),
            name="watch",
            daemon=True,
        )
        self._watcher.start()

    @property
    def url(self) -> str:
        return f"http://{self._host}:{self.server.server_address[1]}/"

    def run(self) -> None:
        """Serve until close() is called (from another thread) or Ctrl-C is pressed."""
        self._serving.set()
        try:
            self.server.serve_forever()
        except KeyboardInterrupt:
            pass
        finally:
            self._serving.clear()

    def close(self) -> None:
        self._stop.set()
        if self._serving.is_set():
            self.server.shutdown()  # waits for run() to return
        self.server.server_close()


def serve(content_dir: Path, out_dir: Path, host: str, port: int, keep_going: bool = False) -> int:
    """Build, then serve until interrupted; the server survives content errors."""
    server = DevServer(content_dir, out_dir, host, port, keep_going)
    print(
        f"serving {server.live.served}, from {display_path(out_dir)} on {server.url}; "
        f"rebuilt when {display_path(content_dir)} changes (Ctrl-C to stop)",
        file=sys.stderr,
    )
    try:
        server.run()
    finally:
        server.close()
    return 0
