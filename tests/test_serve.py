"""`dateline serve` as an editor uses it: a page in Chromium reloads after a save."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from browser import free_port, launch, needs_chromium

REPO = Path(__file__).resolve().parent.parent
ARTICLE = "---\ntitle: 阿里云回应\ndate: 2021-12-24 09:00\n---\n12月23日，阿里云发布说明，表示将强化漏洞报告管理。\n"


def _until(condition, seconds: float = 20) -> None:
    """Poll from Python: the site's CSP forbids the string evaluation wait_for_function uses."""
    from playwright.sync_api import Error as PlaywrightError

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if condition():
                return
        except PlaywrightError:
            pass  # the page is reloading: its context went away under the query
        time.sleep(0.2)
    raise AssertionError("condition not met in time")


def _wait_for(url: str, seconds: float = 90) -> None:  # a first build on a loaded machine
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.2)
    raise AssertionError(f"{url} did not answer in {seconds}s")


@pytest.fixture
def server(tmp_path):
    content = tmp_path / "content"
    (content / "articles").mkdir(parents=True)
    (content / "site.yaml").write_text("title: 第一版\n", encoding="utf-8")
    (content / "articles" / "response.md").write_text(ARTICLE, encoding="utf-8")
    port = free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            str(REPO / "build.py"),
            "serve",
            "--content",
            str(content),
            "--out",
            str(tmp_path / "_site"),
            "--port",
            str(port),
        ],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    try:
        _wait_for(f"http://127.0.0.1:{port}/index.html")
        yield content, f"http://127.0.0.1:{port}/", process
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.mark.browser
@needs_chromium
def test_open_page_reloads_after_a_content_change_and_shows_errors(server):
    from playwright.sync_api import sync_playwright

    content, root, process = server
    with sync_playwright() as playwright:
        browser = launch(playwright)
        page = browser.new_page()
        errors = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.goto(root + "index.html")
        assert "第一版" in page.title()
        page.wait_for_selector("html[data-dateline-live]", state="attached")  # subscribed to the reload stream
        (content / "site.yaml").write_text("title: 第二版\n", encoding="utf-8")
        _until(lambda: "第二版" in page.title())

        # a broken editor file: the page shows the problem, the server keeps serving the last good site
        (content / "events").mkdir(exist_ok=True)
        (content / "events" / "bad.yaml").write_text("- date: 2021-12-06\n  titel: x\n", encoding="utf-8")
        page.wait_for_selector("#dateline-problems", timeout=20000)
        assert "bad.yaml:2:3: unknown key 'titel'" in page.inner_text("#dateline-problems")
        assert "第二版" in page.title()
        assert process.poll() is None

        (content / "events" / "bad.yaml").write_text("- date: 2021-12-06\n  title: 修好了\n", encoding="utf-8")
        _until(lambda: page.query_selector("#dateline-problems") is None)
        browser.close()
    assert errors == []


def test_the_files_on_disk_carry_no_reload_script(server):
    content, root, _ = server
    site = content.parent / "_site"
    assert b"__dateline" not in (site / "index.html").read_bytes()
    with urllib.request.urlopen(root + "index.html") as response:
        assert b"/__dateline/reload.js" in response.read()


@pytest.fixture
def dev_server(tmp_path):
    """`dateline serve` in this process (so that coverage sees it), on a free port."""
    from dateline.serve import DevServer

    content = tmp_path / "content"
    (content / "articles").mkdir(parents=True)
    (content / "site.yaml").write_text("title: 第一版\n", encoding="utf-8")
    (content / "articles" / "response.md").write_text(ARTICLE, encoding="utf-8")
    server = DevServer(content, tmp_path / "_site", "127.0.0.1", 0)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        yield content, server.url, tmp_path / "_site"
    finally:
        server.close()
        thread.join(timeout=10)
    assert not thread.is_alive()


def _events(stream) -> Iterator[tuple[str, str]]:
    """(event, data) of each server-sent event read from the stream, as it comes."""
    name = data = ""
    for raw in stream:
        line = raw.decode("utf-8").rstrip("\n")
        if line.startswith("event: "):
            name = line[len("event: ") :]
        elif line.startswith("data: "):
            data = line[len("data: ") :]
        elif not line and name:
            yield name, data
            name = data = ""


def test_pages_are_served_with_the_reload_script_and_a_missing_one_gets_the_404_page(dev_server):
    _, root, site = dev_server
    with urllib.request.urlopen(root + "index.html", timeout=10) as response:
        assert response.headers["Content-Type"] == "text/html; charset=utf-8"
        assert b'<script src="/__dateline/reload.js"></script></body>' in response.read()
    with urllib.request.urlopen(root + "sources/", timeout=10) as response:  # a folder's index.html
        assert b"/__dateline/reload.js" in response.read()
    with urllib.request.urlopen(root + "__dateline/reload.js", timeout=10) as response:
        assert response.headers["Content-Type"] == "text/javascript; charset=utf-8"
        assert b'new EventSource("/__dateline/events")' in response.read()
    with urllib.request.urlopen(root + "assets/style.css", timeout=10) as response:  # served as it is
        assert response.status == 200 and b"__dateline" not in response.read()
    with pytest.raises(urllib.error.HTTPError) as missing:
        urllib.request.urlopen(root + "no/such/page.html", timeout=10)
    assert missing.value.code == 404 and missing.value.read() == (site / "404.html").read_bytes()


def test_a_change_is_built_and_open_pages_are_told_to_reload_or_shown_the_problems(dev_server):
    content, root, _ = dev_server
    with urllib.request.urlopen(root + "__dateline/events", timeout=60) as stream:
        events = _events(stream)
        assert next(events) == ("problems", "[]")
        (content / "site.yaml").write_text("title: 第二版\n", encoding="utf-8")
        assert next(events) == ("problems", "[]")
        assert next(events) == ("reload", "{}")
        with urllib.request.urlopen(root + "index.html", timeout=10) as response:
            assert "第二版" in response.read().decode("utf-8")

        (content / "events").mkdir()
        (content / "events" / "bad.yaml").write_text("- date: 2021-12-06\n  titel: x\n", encoding="utf-8")
        name, data = next(events)
        assert name == "problems" and "bad.yaml:2:3: unknown key 'titel'" in json.loads(data)[0]
        (content / "events" / "bad.yaml").write_text("- date: 2021-12-06\n  title: 修好了\n", encoding="utf-8")
        assert next(events) == ("problems", "[]")  # no reload was sent for the broken build
        assert next(events) == ("reload", "{}")


def test_a_yaml_error_and_a_failed_build_reach_the_page_with_the_site_still_served(dev_server, monkeypatch):
    content, root, _ = dev_server
    with urllib.request.urlopen(root + "__dateline/events", timeout=60) as stream:
        events = _events(stream)
        assert next(events) == ("problems", "[]")
        (content / "site.yaml").write_text("title: [第二版\n", encoding="utf-8")
        name, data = next(events)
        problems = json.loads(data)
        assert name == "problems" and "site.yaml:1: YAML syntax error" in problems[0]
        assert re.fullmatch(
            r"dateline: not rebuilt \(errors above\); still serving the site built at [0-9:]{8}: 1 events", problems[-1]
        )

        def broken(*args, **kwargs):
            raise RuntimeError("a bug")

        monkeypatch.setattr("dateline.serve.build", broken)  # a bug in one build does not stop the server
        (content / "site.yaml").write_text("title: 第二版\n", encoding="utf-8")
        name, data = next(events)
        assert json.loads(data)[0] == "dateline: internal error: RuntimeError: a bug"
        monkeypatch.undo()
        (content / "site.yaml").write_text("title: 第三版\n", encoding="utf-8")
        assert next(events) == ("problems", "[]")
        assert next(events) == ("reload", "{}")
        with urllib.request.urlopen(root + "index.html", timeout=10) as response:
            assert "第三版" in response.read().decode("utf-8")


@pytest.mark.browser
@needs_chromium
def test_a_broken_yaml_edit_shows_in_the_page_within_a_second_and_the_fix_clears_it(dev_server):
    from playwright.sync_api import sync_playwright

    content, root, _ = dev_server
    with sync_playwright() as playwright:
        browser = launch(playwright)
        page = browser.new_page()
        errors = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.goto(root + "index.html")
        page.wait_for_selector("html[data-dateline-live]", state="attached")
        (content / "events").mkdir()
        (content / "events" / "edits.yaml").write_text("- date: 2021-12-06\n  title: [未闭合\n", encoding="utf-8")
        page.wait_for_selector("#dateline-problems", timeout=1000)  # within a second of the save
        shown = page.inner_text("#dateline-problems")
        assert "edits.yaml:2: YAML syntax error" in shown
        assert "still serving the site built at" in shown
        assert page.query_selector("#dateline-problems").get_attribute("role") == "alert"

        (content / "events" / "edits.yaml").write_text("- date: 2021-12-06\n  title: 修好了\n", encoding="utf-8")
        page.wait_for_selector("#dateline-problems", state="detached", timeout=10000)
        _until(lambda: "修好了" in page.inner_text("main"))  # reloaded: the fixed entry is on the timeline
        browser.close()
    assert errors == []
