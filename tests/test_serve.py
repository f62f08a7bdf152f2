"""`dateline serve` as an editor uses it: a page in Chromium reloads after a save."""
from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.request
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


def _wait_for(url: str, seconds: float = 30) -> None:
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
        [sys.executable, str(REPO / "build.py"), "serve", "--content", str(content), "--out", str(tmp_path / "_site"),
         "--port", str(port)],
        cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env={**os.environ, "PYTHONPATH": str(REPO)})
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
        time.sleep(0.5)  # let the page subscribe to the reload stream
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
