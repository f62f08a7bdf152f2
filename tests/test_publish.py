"""`dateline deploy` against a local bare repository."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from dateline.publish import DeployError, deploy


def git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True, text=True).stdout.strip()


@pytest.fixture
def checkout(tmp_path: Path) -> tuple[Path, Path]:
    bare = tmp_path / "remote.git"
    subprocess.run(["git", "init", "--bare", "-q", str(bare)], check=True)
    work = tmp_path / "work"
    subprocess.run(["git", "init", "-q", "-b", "main", str(work)], check=True)
    git(work, "config", "user.email", "editor@example.org")
    git(work, "config", "user.name", "Editor")
    (work / "notes.txt").write_text("mine\n")
    git(work, "add", "notes.txt")
    git(work, "commit", "-qm", "start")
    git(work, "remote", "add", "origin", str(bare))
    return work, bare


def _site(folder: Path, body: str) -> Path:
    (folder / "events").mkdir(parents=True, exist_ok=True)
    (folder / "index.html").write_text(f"<!DOCTYPE html><title>t</title><p>{body}</p>")
    (folder / "events" / "a.html").write_text("<!DOCTYPE html><title>a</title>")
    (folder / ".nojekyll").write_text("")
    return folder


def test_branch_holds_exactly_the_site_and_the_checkout_is_untouched(checkout, tmp_path):
    work, bare = checkout
    (work / "notes.txt").write_text("uncommitted edit\n")
    status_before = git(work, "status", "--porcelain")
    head_before = git(work, "rev-parse", "HEAD")
    result = deploy(_site(tmp_path / "site", "one"), work)
    assert result.created and result.pushed
    assert sorted(git(bare, "ls-tree", "-r", "--name-only", "gh-pages").splitlines()) == [
        ".nojekyll",
        "events/a.html",
        "index.html",
    ]
    assert git(work, "status", "--porcelain") == status_before
    assert git(work, "rev-parse", "HEAD") == head_before
    assert git(work, "rev-parse", "--abbrev-ref", "HEAD") == "main"


def test_second_deploy_adds_one_commit_and_an_unchanged_site_adds_none(checkout, tmp_path):
    work, bare = checkout
    site = _site(tmp_path / "site", "one")
    first = deploy(site, work)
    _site(site, "two")
    second = deploy(site, work)
    assert git(bare, "rev-list", "--count", "gh-pages") == "2"
    assert git(bare, "rev-parse", "gh-pages^") == first.commit
    third = deploy(site, work)
    assert not third.created and third.commit == second.commit
    assert git(bare, "rev-list", "--count", "gh-pages") == "2"


def test_a_site_without_index_is_refused(checkout, tmp_path):
    work, _ = checkout
    (tmp_path / "empty").mkdir()
    with pytest.raises(DeployError):
        deploy(tmp_path / "empty", work)


def test_site_built_for_a_subpath_serves_every_link_from_it(tmp_path):
    """GitHub Pages serves a project site from /REPO/: crawl it there over HTTP."""
    import functools
    import http.server
    import shutil
    import threading
    import urllib.request
    from html.parser import HTMLParser
    from urllib.parse import urldefrag, urljoin

    from browser import QuietHandler, free_port
    from conftest import DEMO_CONTENT

    from dateline.cli import main

    port = free_port()
    base = f"http://127.0.0.1:{port}/REPO/"
    shutil.copytree(DEMO_CONTENT, tmp_path / "content", ignore=shutil.ignore_patterns("extracted"))
    assert (
        main(
            [
                "build",
                "--content",
                str(tmp_path / "content"),
                "--out",
                str(tmp_path / "root" / "REPO"),
                "--base-url",
                base,
            ]
        )
        == 0
    )
    handler = functools.partial(QuietHandler, directory=str(tmp_path / "root"))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()

    class Links(HTMLParser):
        def __init__(self):
            super().__init__()
            self.found = []

        def handle_starttag(self, tag, attrs):
            for name, value in attrs:
                if name in ("href", "src") and value:
                    self.found.append(value)

    try:
        seen, queue = set(), [base + "index.html"]
        while queue:
            url = queue.pop()
            if url in seen:
                continue
            seen.add(url)
            with urllib.request.urlopen(url, timeout=5) as response:
                assert response.status == 200, url
                body = response.read()
            if url.endswith(".html") or url.endswith("/"):
                parser = Links()
                parser.feed(body.decode("utf-8"))
                for link in parser.found:
                    target = urldefrag(urljoin(url, link)).url
                    if target.startswith(f"http://127.0.0.1:{port}/"):
                        assert target.startswith(base), f"{url} links outside the subpath: {link}"
                        queue.append(target)
        assert len([u for u in seen if "/events/" in u]) >= 8
        assert len([u for u in seen if "/sources/" in u]) >= 4
    finally:
        server.shutdown()


def test_a_custom_domain_gets_a_cname_and_a_bad_one_is_reported(make_content, tmp_path, capsys):
    from dateline.cli import main

    article = {"articles/a.md": "---\ntitle: A\ndate: 2021-12-22\n---\n12月22日，工信部决定暂停阿里云作为合作单位。\n"}
    content = make_content(article, site="title: T\ndomain: timeline.example.org\n")
    assert main(["build", "--content", str(content), "--out", str(tmp_path / "site")]) == 0
    assert (tmp_path / "site" / "CNAME").read_text() == "timeline.example.org\n"
    (content / "site.yaml").write_text("title: T\ndomain: https://timeline.example.org/\n", encoding="utf-8")
    assert main(["build", "--content", str(content), "--out", str(tmp_path / "site")]) == 1
    assert "site.yaml:2: domain 'https://timeline.example.org/' is not a host name" in capsys.readouterr().err
