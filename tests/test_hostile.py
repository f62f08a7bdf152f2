"""Hostile and broken input (issue #9): clear errors, safe pages, nothing lost.

The fixtures in tests/fixtures/hostile/ (see its README) are built through the
command line, as an editor would: every problem must be one `path:line:
message` line on stderr, the other articles must build, the exit status must
be 1, and no page may carry anything from an article that a browser would run
(checked on the parsed HTML here, and in Chromium by the `browser` test).
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup

from dateline.cli import main
from dateline.editorial import granularity_of
from dateline.ingest import read_article
from dateline.model import SiteConfig

REPO = Path(__file__).resolve().parent.parent
HOSTILE = Path(__file__).resolve().parent / "fixtures" / "hostile"

#: Articles that must be refused: file -> (line of the message or None, words it contains).
ARTICLE_ERRORS = {
    "empty.txt": (None, "the file is empty"),
    "blank.md": (None, "the file is empty"),
    "photo.html": (None, "not a text file: it is a PNG image"),
    "report.pdf": (None, "not a text file: it is a PDF document"),
    "story.docx": (None, "not a text file: it is a ZIP archive"),
    "noise.dat": (None, "not a text file"),
    "fm-unterminated.txt": (1, "never closed"),
    "fm-syntax.txt": (5, "front matter: YAML syntax error"),
    "fm-tabs.txt": (3, "front matter: tab used for indentation"),
    "fm-duplicate-keys.txt": (4, "duplicate key 'title' (also on line 2)"),
    "fm-wrong-types.txt": (3, "cannot read the date 20211222"),
    "fm-bad-date.txt": (3, "'2021-02-30'"),
    "fm-unreadable-date.txt": (3, "cannot read the date '上周二下午'"),
    "fm-alias-bomb.txt": (3, "aliases"),
    "fm-python-tag.txt": (3, "front matter: tag tag:yaml.org,2002:python/object/apply:os.system is not allowed"),
    "fm-deep.txt": (2, "nested more than 50 levels"),
    "html-deep-10000.html": (5000, "nested more than 5000 deep; raise max_html_depth"),
    "md-deep-lists.md": (15, "nested more than 12 levels"),
}
#: The sidecar that links out of the folder is reported under its own name.
SIDECAR_ERROR = ("linked-sidecar.meta.yaml", None, "link to a file outside the articles folder")

#: Articles that must build, by id.
BUILT = [
    "good-zh",
    "good-en",
    "truncated",
    "invalid-utf8",
    "gbk",
    "gb18030",
    "big5",
    "utf16le-bom",
    "utf16be-bom",
    "utf16le-nobom",
    "utf16-truncated",
    "mixed-line-endings",
    "control-chars",
    "page-saved-as",
    "notes",
    "name-with-spaces",
    "中文文件名",
    "evil-2F-2Fescape",
    "CON_",
    "html-unclosed-misnested",
    "html-script",
    "html-event-handlers",
    "html-js-data-urls",
    "html-iframe-object-form",
    "html-meta-refresh-base",
    "html-svg-script",
    "html-css",
    "html-tracking-pixels",
    "html-hostile-metadata",
    "md-hostile",
    "dates-impossible",
]

#: Editor files (tests/fixtures/hostile/editor/): file -> [(line, words)] of the errors it must give.
EDITOR_ERRORS = {
    "id-traversal.yaml": [(1, "id: '../../etc/passwd' is not letters")],
    "id-empty.yaml": [(1, "id: '' is not letters")],
    "title-10000.yaml": [(2, "title is longer than 2000 characters")],
    "unknown-article.yaml": [(3, "unknown article 'no-such-article'")],
    "end-before-start.yaml": [(2, "end_date 2021-12-05 is before date 2021-12-22")],
    "impossible-date.yaml": [(1, "'2021-02-30' is not a real date")],
    "wrong-types.yaml": [(2, "title must be text"), (3, "importance must be a number")],
    "alias-bomb.yaml": [(2, "aliases")],
    "python-tag.yaml": [(1, "python/object/apply:os.system is not allowed")],
    "deep.yaml": [(1, "nested more than 50 levels")],
    "tabs.yaml": [(2, "tab used for indentation")],
    "syntax.yaml": [(2, "YAML syntax error")],  # where the bracket left open opened
    "duplicate-keys.yaml": [(3, "duplicate key 'title'")],
    "control-char.yaml": [(2, "special characters are not allowed (U+001B)")],
    "not-utf8.yaml": [(None, "not UTF-8 text")],
}

#: One reported problem: `path:line: message`, `path:line:column: message` or `path: message`.
PROBLEM_LINE = re.compile(r"^(?P<path>[^:\n]+?)(?::(?P<line>\d+))?(?::\d+)?: (?P<message>\S.*)$")
SUMMARY_LINE = re.compile(r"^\d+ articles, \d+ mentions, \d+ events, \d+ pages in [\d.]+s, \d+ warnings -> ")
CHECK_COUNT = re.compile(r"\d+ errors, \d+ warnings")
#: Links in the articles folder that lead out of it or nowhere: skipped, each with a warning that says why.
SKIPPED_LINKS = {
    "link-outside.txt": "not read as an article: a link to ",
    "link-loop.txt": "not read as an article: a link that leads to no file",
}

#: Attributes that hold a URL a browser may load or navigate to.
URL_ATTRIBUTES = (
    "href",
    "src",
    "action",
    "formaction",
    "data",
    "poster",
    "srcset",
    "xlink:href",
    "background",
    "lowsrc",
    "ping",
    "cite",
    "manifest",
    "codebase",
    "srcdoc",
)
ACTIVE_ELEMENTS = ("iframe", "frame", "frameset", "object", "embed", "applet", "base", "portal", "form")
RUNNABLE_SCHEME = re.compile(r"^\s*(?:javascript|vbscript|data\s*:\s*text/html|data\s*:\s*image/svg)", re.I)


@dataclass
class Run:
    status: int
    stderr: list[str]


@dataclass
class HostileSite:
    root: Path
    site: Path
    build: Run
    before: dict[str, str]  # every file under root before the build -> digest


def run_cli(args: list[str], cwd: Path) -> Run:
    """Run `dateline ARGS` in this process from cwd; the status and the lines it wrote to stderr."""
    stderr = io.StringIO()
    with contextlib.chdir(cwd), contextlib.redirect_stderr(stderr), contextlib.redirect_stdout(io.StringIO()):
        status = main(args)
    return Run(status, stderr.getvalue().splitlines())


def copy_fixtures(root: Path) -> Path:
    """tests/fixtures/hostile/{content,outside} copied into root, links kept as links; returns root/content."""
    shutil.copytree(HOSTILE / "content", root / "content", symlinks=True)
    shutil.copytree(HOSTILE / "outside", root / "outside")
    return root / "content"


def snapshot(root: Path) -> dict[str, str]:
    """Every file and link under root -> a digest of its bytes (or of the link's target text)."""
    found = {}
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root).as_posix()
        if path.is_symlink():
            found[relative] = "link:" + os.readlink(path)
        elif path.is_file():
            found[relative] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


#: The fixtures are built as for a preview, without base_url: the warning that says so is not counted.
NO_BASE_URL = "content/site.yaml: warning: base_url is not set"


def told(run: Run) -> list[str]:
    """What a run reported, but the summary or count line and the warning about base_url."""
    return [
        line
        for line in run.stderr
        if not SUMMARY_LINE.match(line) and not line.startswith(NO_BASE_URL) and not CHECK_COUNT.fullmatch(line)
    ]


def problems(run: Run) -> list[re.Match]:
    return [PROBLEM_LINE.match(line) for line in told(run)]


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> HostileSite:
    root = tmp_path_factory.mktemp("hostile")
    copy_fixtures(root)
    before = snapshot(root)
    build = run_cli(["build", "--content", "content", "--out", "site"], root)
    return HostileSite(root, root / "site", build, before)


def in_site(site: Path, page: Path, url: str) -> bool:
    """Whether a URL on a page points to a file of the site itself (relative, or absolute from its root)."""
    parts = urlsplit(url)
    if parts.scheme or parts.netloc or not parts.path:
        return False
    target = site / parts.path.lstrip("/") if parts.path.startswith("/") else page.parent / parts.path
    return target.resolve().is_relative_to(site.resolve())


def html_pages(site: Path) -> list[Path]:
    return sorted(path for path in site.rglob("*.html") if "pagefind" not in path.relative_to(site).parts)


def parse(page: Path) -> BeautifulSoup:
    """A page as a browser builds it (html5lib follows the HTML standard's parsing rules)."""
    return BeautifulSoup(page.read_bytes(), "html5lib")


# --- messages and exit status --------------------------------------------------------------


def test_the_build_exits_1_and_says_so_in_one_line_per_problem(hostile):
    assert hostile.build.status == 1
    assert not any("Traceback" in line or line.startswith("  File ") for line in hostile.build.stderr)
    matches = problems(hostile.build)
    assert all(matches), [line for line, match in zip(hostile.build.stderr, matches) if not match]
    assert SUMMARY_LINE.match(hostile.build.stderr[-1])


@pytest.mark.parametrize("name", sorted(ARTICLE_ERRORS))
def test_each_broken_article_gets_its_message_with_path_and_line(hostile, name):
    line, words = ARTICLE_ERRORS[name]
    mine = [match for match in problems(hostile.build) if match["path"] == f"content/articles/{name}"]
    assert len(mine) == 1, hostile.build.stderr
    assert (int(mine[0]["line"]) if mine[0]["line"] else None) == line
    assert words in mine[0]["message"]


def test_a_sidecar_linking_out_of_the_folder_is_refused_and_not_read(hostile):
    name, line, words = SIDECAR_ERROR
    (problem,) = [match for match in problems(hostile.build) if match["path"] == f"content/articles/{name}"]
    assert problem["line"] is None and words in problem["message"]
    assert not (hostile.site / "sources" / "linked-sidecar.html").exists()


def test_links_that_lead_out_or_nowhere_are_skipped_with_a_warning(hostile):
    for name, words in SKIPPED_LINKS.items():
        (problem,) = [match for match in problems(hostile.build) if match["path"] == f"content/articles/{name}"]
        assert problem["line"] is None and problem["message"].startswith(f"warning: {words}")
    assert any(line.startswith(NO_BASE_URL) for line in hostile.build.stderr)


def test_no_other_problem_is_reported(hostile):
    expected = {f"content/articles/{name}" for name in [*ARTICLE_ERRORS, SIDECAR_ERROR[0], *SKIPPED_LINKS]}
    reported = {match["path"] for match in problems(hostile.build)}
    assert reported == expected


@pytest.mark.parametrize("article_id", BUILT)
def test_every_other_article_is_built(hostile, article_id):
    page = hostile.site / "sources" / f"{article_id}.html"
    assert page.is_file()
    assert parse(page).find("h1").get_text().strip()


def test_the_good_articles_give_their_events(hostile):
    events = json.loads((hostile.site / "data" / "events.json").read_text(encoding="utf-8"))["events"]
    sources = {source["article"] for event in events for source in event["sources"]}
    assert {"good-zh", "good-en"} <= sources
    assert {"2021-12-22", "2021-11-24"} <= {event["date"] for event in events}


def test_check_reports_the_same_problems_and_changes_nothing(hostile, tmp_path):
    copy_fixtures(tmp_path)
    before = snapshot(tmp_path)
    run = run_cli(["check", "--content", "content"], tmp_path)
    assert run.status == 1
    assert re.fullmatch(r"\d+ errors, \d+ warnings", run.stderr[-1])
    built = {line for line in hostile.build.stderr if not SUMMARY_LINE.match(line)}
    assert built <= set(run.stderr[:-1])
    # check adds its review queue: events (and inferred years, and pages not counted as sources) an editor
    # should look at, never an error
    reviewed = r": warning: (?:event \S+ «|the year of |a low-quality page |this page copies )"
    assert all(re.search(reviewed, line) for line in set(run.stderr[:-1]) - built)
    assert snapshot(tmp_path) == before


# --- what reached the site ----------------------------------------------------------------------


def test_nothing_is_written_outside_the_output_and_the_generated_files(hostile):
    before, after = hostile.before, snapshot(hostile.root)
    changed = {path for path in set(before) | set(after) if before.get(path) != after.get(path)}
    allowed = ("site/", "content/extracted/", ".dateline-cache/")
    assert sorted(path for path in changed if not path.startswith(allowed)) == []
    assert not list(hostile.root.glob("pwned*")) and not list(hostile.site.rglob("pwned*"))


def test_links_out_of_the_content_folder_are_never_followed(hostile):
    for path in [*hostile.site.rglob("*"), *(hostile.root / "content" / "extracted").rglob("*")]:
        if path.is_file():
            assert b"SECRET-OUTSIDE" not in path.read_bytes(), path
    assert not any("SECRET-OUTSIDE" in line for line in hostile.build.stderr)
    assert not (hostile.site / "sources" / "link-outside.html").exists()


def test_every_page_carries_a_policy_that_forbids_inline_script(hostile):
    for page in html_pages(hostile.site):
        metas = parse(page).find_all("meta", attrs={"http-equiv": re.compile("content-security-policy", re.I)})
        assert len(metas) == 1, page
        policy = {part.split()[0]: part.split()[1:] for part in metas[0]["content"].split(";") if part.strip()}
        script = policy.get("script-src", policy.get("default-src"))
        assert script and "'unsafe-inline'" not in script and "'unsafe-eval'" not in script, page
        assert policy.get("object-src") == ["'none'"] and policy.get("base-uri") == ["'none'"], page


def test_no_page_carries_anything_a_browser_would_run(hostile):
    findings = []
    for page in html_pages(hostile.site):
        name = page.relative_to(hostile.site).as_posix()
        soup = parse(page)
        for script in soup.find_all("script"):
            kind = (script.get("type") or "").strip().lower()
            if kind == "application/ld+json":
                json.loads(script.string or "")  # a data block, and it must stay one
                continue
            source = script.get("src", "")
            if not source or not in_site(hostile.site, page, source) or script.string:
                findings.append(f"{name}: script {str(script)[:80]}")
        for tag in soup.find_all(True):
            for attribute, value in tag.attrs.items():
                value = " ".join(value) if isinstance(value, list) else str(value)
                if attribute.lower().startswith("on"):
                    findings.append(f"{name}: <{tag.name} {attribute}>")
                if attribute.lower() in URL_ATTRIBUTES and RUNNABLE_SCHEME.match(value):
                    findings.append(f"{name}: <{tag.name} {attribute}={value[:60]}>")
                if attribute.lower() == "style" and re.search(r"expression\s*\(|javascript:|behavior\s*:", value, re.I):
                    findings.append(f"{name}: <{tag.name} style={value[:60]}>")
            if tag.name in ACTIVE_ELEMENTS and not (
                tag.name == "form" and in_site(hostile.site, page, tag.get("action", ""))
            ):
                findings.append(f"{name}: <{tag.name}>")
            if tag.name == "meta" and (tag.get("http-equiv") or "").lower() == "refresh":
                findings.append(f"{name}: <meta http-equiv=refresh>")
            if tag.name == "style" and re.search(r"expression\s*\(|javascript:|@import", tag.get_text(), re.I):
                findings.append(f"{name}: <style> {tag.get_text()[:60]}")
    assert findings == []


def test_outbound_links_do_not_hand_over_the_page(hostile):
    for page in html_pages(hostile.site):
        for link in parse(page).find_all("a", href=True):
            if urlsplit(link["href"]).scheme in ("http", "https"):
                assert {"noopener", "noreferrer"} <= set(link.get("rel") or []), (page, link)


def test_article_images_are_http_addresses_and_tracking_pixels_are_dropped(hostile):
    """Ingest keeps a real picture's http(s) address only; the site loads none from elsewhere (see media.py)."""

    def pictures(name: str) -> list[str]:
        article = read_article(hostile.root / "content" / "articles" / name, hostile.root / "content", SiteConfig())
        return [block.src for block in article.blocks if block.kind == "img"]

    assert pictures("html-tracking-pixels.html") == ["https://images.example.com/photo.jpg"]
    assert pictures("html-js-data-urls.html") == ["https://images.example.com/real.jpg"]
    assert pictures("html-meta-refresh-base.html") == []
    for page in hostile.site.rglob("*.html"):
        for image in parse(page).find_all("img"):
            assert in_site(hostile.site, page, image["src"]), (page, image)
    everything = b"".join(path.read_bytes() for path in hostile.site.rglob("*") if path.is_file())
    assert b"tracker.example" not in everything


def test_script_written_as_text_shows_as_text(hostile):
    soup = parse(hostile.site / "sources" / "html-script.html")
    text = soup.select_one(".source-text").get_text()
    assert "<script>window.__pwned=1;alert(1)</script>，这是文字" in text  # the article said so in words
    assert "脚本之后的段落" in text
    title = parse(hostile.site / "sources" / "html-hostile-metadata.html").find("h1").get_text()
    assert title == "</script><script>window.__pwned=1;alert(1)</script>JSON-LD 标题"


def test_hidden_and_invisible_text_stays_out(hostile):
    text = "".join(parse(page).get_text() for page in (hostile.site / "sources").glob("*.html"))
    for marker in ("NOSCRIPT-TEXT", "HIDDEN-BY-STYLE", "SVG-TEXT", "\x1b", "\x07", "\u202e", "\x00"):
        assert marker not in text, marker


def test_encodings_are_read_as_written(hostile):
    titles = {
        page.stem: parse(page).find("h1").get_text().strip() for page in (hostile.site / "sources").glob("*.html")
    }
    for name in ("gbk", "gb18030", "utf16le-bom", "utf16-truncated", "name-with-spaces", "中文文件名", "CON_"):
        assert titles[name] == "工信部暂停阿里云合作单位资格", name
    assert titles["big5"] == "阿里雲因未及時報告嚴重漏洞被處罰"
    assert titles["utf16be-bom"] == "UTF-16 BE and BOM, Log4j 2.15.0"
    assert "𠮷" in parse(hostile.site / "sources" / "gb18030.html").get_text()
    assert "\ufffd" in parse(hostile.site / "sources" / "invalid-utf8.html").get_text()
    mixed = parse(hostile.site / "sources" / "mixed-line-endings.html").select(".source-text p")
    assert [p.get_text() for p in mixed][-2:] == ["第二段用 CR。", "第三段用 LF。"]


def test_impossible_dates_never_reach_the_site(hostile):
    events = json.loads((hostile.site / "data" / "events.json").read_text(encoding="utf-8"))["events"]
    mentions = json.loads((hostile.site / "data" / "mentions.json").read_text(encoding="utf-8"))["mentions"]
    dates = [event[key] for event in events for key in ("date", "end_date") if event[key]]
    dates += [mention[key] for mention in mentions for key in ("date", "end_date") if mention[key]]
    assert dates and all(granularity_of(date) for date in dates), sorted(set(dates))
    impossible = [
        m
        for m in mentions
        if m["article"] == "dates-impossible"
        and m["as_written"].startswith(("2021年2月30日", "2021年13月1日", "2021年12月0日", "0年", "99999年"))
    ]
    assert all(m["date"] is None for m in impossible)


def test_articles_dated_on_the_calendars_first_and_last_days_build_a_site(tmp_path):
    content = good_content(tmp_path)
    (content / "articles" / "last-day.md").write_text(
        "---\ntitle: The last day\ndate: 9999-12-31\n---\n"
        "The plant will open tomorrow, on December 31 and 12月31日, and in two weeks; 明天开幕。\n",
        encoding="utf-8",
    )
    (content / "articles" / "first-day.md").write_text(
        "---\ntitle: The first day\ndate: 0001-01-01\n---\n"
        "The plant opened yesterday, on January 1 and 1月1日, and two weeks ago; 昨天开幕。\n",
        encoding="utf-8",
    )
    run = run_cli(["build", "--content", "content", "--out", "site"], tmp_path)
    assert run.status == 0, run.stderr
    events = json.loads((tmp_path / "site" / "data" / "events.json").read_text(encoding="utf-8"))["events"]
    assert {"0001-01-01", "9999-12-31"} <= {event["date"] for event in events}
    assert "BEGIN:VEVENT" in (tmp_path / "site" / "events.ics").read_text(encoding="utf-8")


# --- editor YAML ---------------------------------------------------------------------------------


def good_content(root: Path, editor_file: str | None = None) -> Path:
    """The two good articles, and one editor file from tests/fixtures/hostile/editor/."""
    content = root / "content"
    (content / "articles").mkdir(parents=True)
    shutil.copy(HOSTILE / "content" / "site.yaml", content)
    shutil.copy(HOSTILE / "content" / "entities.yaml", content)
    for name in ("good-zh.txt", "good-en.md"):
        shutil.copy(HOSTILE / "content" / "articles" / name, content / "articles")
    if editor_file:
        (content / "events").mkdir()
        shutil.copy(HOSTILE / "editor" / editor_file, content / "events")
    return content


@pytest.mark.parametrize("name", sorted(EDITOR_ERRORS))
def test_each_editor_mistake_is_reported_with_its_line(tmp_path, name):
    good_content(tmp_path, name)
    run = run_cli(["check", "--content", "content"], tmp_path)
    assert run.status == 1
    assert not any("Traceback" in line for line in run.stderr)
    found = [
        (int(m["line"]) if m["line"] else None, m["message"])
        for m in problems(run)
        if m and m["path"] == f"content/events/{name}"
    ]
    assert len(found) == len(told(run)), run.stderr  # every line but the count is about this file
    for line, words in EDITOR_ERRORS[name]:
        assert any(found_line == line and words in message for found_line, message in found), (line, words, found)


def test_entity_ids_that_are_paths_or_empty_are_reported(tmp_path):
    content = good_content(tmp_path)
    shutil.copy(HOSTILE / "editor" / "entities.yaml", content / "entities.yaml")
    run = run_cli(["check", "--content", "content"], tmp_path)
    assert run.status == 1
    found = [(int(m["line"]), m["message"]) for m in problems(run) if m and m["path"] == "content/entities.yaml"]
    assert [line for line, _ in found] == [1, 3, 7, 9]
    assert "id must be" in found[0][1] and "id must be" in found[1][1] and "duplicate entity id 'miit'" in found[2][1]
    assert "id must be" in found[3][1]  # con: a name Windows cannot give a file


def test_an_editor_mistake_keeps_the_previous_site(tmp_path):
    content = good_content(tmp_path)
    assert run_cli(["build", "--content", "content", "--out", "site"], tmp_path).status == 0
    before = snapshot(tmp_path / "site")
    (content / "events").mkdir()
    shutil.copy(HOSTILE / "editor" / "alias-bomb.yaml", content / "events")
    run = run_cli(["build", "--content", "content", "--out", "site"], tmp_path)
    assert run.status == 1
    assert run.stderr[0].startswith("content/events/alias-bomb.yaml:2: ")
    assert "nothing written; the previous site is unchanged" in run.stderr[-1]
    assert snapshot(tmp_path / "site") == before


def test_a_careless_editor_summary_is_sanitised(tmp_path):
    good_content(tmp_path, "careless-summary.yaml")
    run = run_cli(["build", "--content", "content", "--out", "site"], tmp_path)
    assert run.status == 0, run.stderr
    (soup,) = [
        soup
        for soup in map(parse, (tmp_path / "site" / "events").glob("*.html"))
        if soup.find("h1").get_text().strip() == "编辑粘贴了脚本"
    ]
    assert "编辑从网页复制的摘要" in soup.get_text()
    assert not [s for s in soup.find_all("script") if not s.get("src") and s.get("type") != "application/ld+json"]
    assert not [a for a in soup.find_all("a", href=True) if RUNNABLE_SCHEME.match(a["href"])]
    assert not [tag for tag in soup.find_all(True) if any(name.startswith("on") for name in tag.attrs)]


def test_a_reserved_file_name_as_an_id_is_refused(tmp_path):
    good_content(tmp_path, "id-reserved-name.yaml")
    run = run_cli(["build", "--content", "content", "--out", "site"], tmp_path)
    assert run.status == 1
    assert any("id 'CON' cannot be a file name on Windows" in line for line in run.stderr)
    assert not (tmp_path / "site" / "events" / "CON.html").exists()


# --- limits --------------------------------------------------------------------------------------


def test_a_50_mb_article_is_refused_by_size_and_the_others_build(tmp_path):
    content = good_content(tmp_path)
    with open(content / "articles" / "huge.txt", "wb") as stream:
        block = ("2021年12月22日，工信部暂停阿里云合作单位资格。\n" * 1000).encode()
        for _ in range(50 * 1024 * 1024 // len(block) + 1):
            stream.write(block)
    run = run_cli(["build", "--content", "content", "--out", "site"], tmp_path)
    assert run.status == 1
    (problem,) = problems(run)
    assert problem["path"] == "content/articles/huge.txt" and problem["line"] is None
    assert "over the limit of 10000000 bytes" in problem["message"]
    assert (tmp_path / "site" / "sources" / "good-zh.html").is_file()


@pytest.mark.parametrize(
    ("setting", "article", "builds"),
    [
        ("max_html_depth: 100", "html-unclosed-misnested.html", True),
        ("max_html_depth: 3", "html-script.html", False),
        ("max_html_elements: 5", "html-script.html", False),
        ("max_article_bytes: 100", "good-zh.txt", False),
    ],
)
def test_limits_are_set_in_site_yaml_and_named_when_hit(tmp_path, setting, article, builds):
    content = good_content(tmp_path)
    shutil.copy(HOSTILE / "content" / "articles" / article, content / "articles")
    (content / "site.yaml").write_text(f"title: t\n{setting}\n", encoding="utf-8")
    run = run_cli(["build", "--content", "content", "--out", "site"], tmp_path)
    key = setting.split(":")[0]
    mine = [m for m in problems(run) if m["path"] == f"content/articles/{article}"]
    if builds:
        assert mine == [] and (tmp_path / "site" / "sources" / f"{Path(article).stem}.html").is_file()
    else:
        assert len(mine) == 1 and (key in mine[0]["message"] or "limit of 100 bytes" in mine[0]["message"])
        assert run.status == 1


@pytest.mark.parametrize(("limit", "builds"), [(600, False), (700, True)])
def test_raising_max_html_depth_reads_deeper_html(tmp_path, limit, builds):
    content = good_content(tmp_path)
    (content / "articles" / "deep.html").write_text(
        "<html><body>" + "<div>\n" * 650 + "<p>2021年12月22日，深处的文字。</p>" + "</div>" * 650, encoding="utf-8"
    )
    (content / "site.yaml").write_text(f"title: t\nmax_html_depth: {limit}\n", encoding="utf-8")
    run = run_cli(["build", "--content", "content", "--out", "site"], tmp_path)
    assert (tmp_path / "site" / "sources" / "deep.html").is_file() == builds
    if not builds:
        (problem,) = problems(run)
        assert problem["path"] == "content/articles/deep.html" and int(problem["line"]) == 599  # html, body, 598 divs
        assert f"nested more than {limit} deep; raise max_html_depth" in problem["message"]


@pytest.mark.parametrize("value", ["-1", "0", "lots", "1.5", "true"])
def test_a_bad_limit_in_site_yaml_is_an_error_with_its_line(tmp_path, value):
    content = good_content(tmp_path)
    (content / "site.yaml").write_text(f"title: t\nmax_html_depth: {value}\n", encoding="utf-8")
    run = run_cli(["build", "--content", "content", "--out", "site"], tmp_path)
    assert run.status == 1
    assert run.stderr[0].startswith("content/site.yaml:2: max_html_depth must be a whole number")


# --- file names that are made here, not committed -------------------------------------------------


def test_odd_file_names_give_one_line_messages_and_safe_ids(tmp_path):
    content = good_content(tmp_path)
    articles = content / "articles"
    (articles / "line\nbreak.txt").write_bytes(b"")  # an error message must stay on one line
    (articles / ("\u202e" + "txt.exe")).write_bytes(b"")  # and must not read backwards
    os.close(os.open(os.fsencode(articles) + b"/gbk-name-\xb9\xa4\xd0\xc5.txt", os.O_WRONLY | os.O_CREAT))
    long_name = "很长的文件名" * 13 + ".txt"  # 238 bytes: fine for the file system, too long for ids
    shutil.copy(articles / "good-zh.txt", articles / long_name)
    run = run_cli(["build", "--content", "content", "--out", "site"], tmp_path)
    assert run.status == 1
    reported = problems(run)
    assert all(reported) and len(reported) == 3, run.stderr
    assert {m["path"] for m in reported} == {
        "content/articles/line\\nbreak.txt",
        "content/articles/\\u202etxt.exe",
        "content/articles/gbk-name-\\udcb9\\udca4\\udcd0\\udcc5.txt",
    }
    pages = [page.name for page in (tmp_path / "site" / "sources").glob("*.html")]
    (long_page,) = [name for name in pages if name.startswith("很长的文件名")]
    assert len(long_page.encode()) < 200
    for path in (tmp_path / "site").rglob("*"):
        assert len(path.name.encode()) <= 255


# --- reading time ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "text"),
    [
        pytest.param(name, text, id=name)
        for name, text in [
            ("open-tags.html", "<p " * 40_000),
            ("open-comments.html", "<!-- >" * 20_000),
            ("marked-sections.html", "<![ >" * 20_000),
            ("leading-comments.html", "<!--a-->" * 15_000 + "x"),
            ("deep-with-text.html", "<div>\n" * 60_000),
            ("brackets.md", "# t\n\n" + "[" * 60_000),
            ("unclosed-links.md", "# t\n\n" + "[a](https://x " * 10_000),
            ("raw-html.md", "# t\n\n" + "<p " * 40_000),
            ("heading-spaces.md", "# a" + " " * 120_000 + "b\n\ntext"),
            ("footer-spaces.txt", "正文。\n\n来源：a" + " \t" * 60_000 + "b\n"),
            ("image-signals.txt", ("![" * 60_000 + "\n") * 2),
            ("json-ld.html", "<script type='application/ld+json'>" + "[" * 120_000 + "</script><p>x"),
        ]
    ],
)
def test_hostile_markup_is_read_in_linear_time(tmp_path, name, text):
    # Each of these took from seconds to hours before; Python's html.parser, Python-Markdown and
    # a few regular expressions were quadratic (or worse) on them.
    (tmp_path / "content" / "articles").mkdir(parents=True)
    path = tmp_path / "content" / "articles" / name
    path.write_text(text, encoding="utf-8")
    started = time.perf_counter()
    try:
        read_article(path, tmp_path / "content", SiteConfig())
    except Exception as error:  # noqa: BLE001 - a ContentError is a fine answer; anything else fails below
        assert type(error).__name__ == "ContentError", error
    assert time.perf_counter() - started < 5


# --- the output folder and killed builds --------------------------------------------------------------


def test_an_output_folder_that_holds_the_content_or_other_files_is_refused(tmp_path):
    content = good_content(tmp_path)
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "mine.txt").write_text("an editor's file", encoding="utf-8")
    before = snapshot(tmp_path)
    for out in ("content", ".", "content/articles/site", "notes", str(tmp_path.parent)):
        run = run_cli(["build", "--content", "content", "--out", out], tmp_path)
        assert run.status == 2 and len(run.stderr) == 1 and run.stderr[0].startswith("dateline: "), (out, run.stderr)
    assert snapshot(tmp_path) == before
    assert content.is_dir()


KILLED_BUILD_ARTICLES = 80


def _many_articles(content: Path, count: int, offset: int = 0) -> None:
    for number in range(offset, offset + count):
        day = number % 28 + 1
        (content / "articles" / f"a{number:04d}.txt").write_text(
            f"---\ntitle: 第 {number} 篇\ndate: 2021-12-{day:02d}\n---\n"
            f"<p>2021年11月{day}日，第 {number} 家公司发现漏洞并报告。</p>\n"
            f"<p>12月{day}日，主管部门收到第 {number} 份报告，随后发布通报。</p>\n",
            encoding="utf-8",
        )


def test_a_killed_build_leaves_the_previous_site_and_every_content_file(tmp_path):
    """SIGKILL a build at random moments: the site is always one whole build, content files untouched."""
    content = good_content(tmp_path)
    _many_articles(content, KILLED_BUILD_ARTICLES)
    command = [sys.executable, str(REPO / "build.py"), "build", "--content", "content", "--out", "site", "--no-cache"]
    environment = {**os.environ, "PYTHONPATH": str(REPO)}
    subprocess.run(command, cwd=tmp_path, env=environment, check=True, capture_output=True, timeout=300)
    first = snapshot(tmp_path / "site")
    shutil.copytree(tmp_path / "site", tmp_path / "first-site")
    _many_articles(content, 10, offset=KILLED_BUILD_ARTICLES)  # the next build makes a different site
    editor_owned = {path: digest for path, digest in snapshot(content).items() if not path.startswith("extracted/")}
    started = time.perf_counter()
    subprocess.run(command, cwd=tmp_path, env=environment, check=True, capture_output=True, timeout=300)
    duration = time.perf_counter() - started
    second = snapshot(tmp_path / "site")
    assert second != first

    generator = random.Random(9)
    outcomes = []
    for attempt in range(5):
        shutil.rmtree(tmp_path / "site")
        shutil.copytree(tmp_path / "first-site", tmp_path / "site")
        process = subprocess.Popen(
            command,
            cwd=tmp_path,
            env=environment,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        time.sleep(generator.uniform(0.1, duration * 1.1))
        with contextlib.suppress(ProcessLookupError):  # it may have finished
            os.killpg(process.pid, signal.SIGKILL)  # the build and any worker processes it started
        process.wait()
        site = snapshot(tmp_path / "site")
        assert site in (first, second), f"attempt {attempt}: the site is neither the old one nor the new one"
        outcomes.append("old" if site == first else "new")
        current = {path: digest for path, digest in snapshot(content).items() if not path.startswith("extracted/")}
        assert current == editor_owned
        for generated in (content / "extracted").glob("*.yaml"):
            assert generated.read_text(encoding="utf-8").startswith("# Generated by `dateline"), generated
    assert "old" in outcomes, outcomes  # at least one kill landed during a build


# --- in a real browser -----------------------------------------------------------------------------

#: Runs before any script of a page: records whatever an article's script would do.
SENTINEL = """(() => {
  const hits = [];
  Object.defineProperty(window, "__hostileHits", {value: hits});
  Object.defineProperty(window, "__pwned", {
    configurable: false, get() { return undefined; }, set(value) { hits.push("window.__pwned = " + value); }});
  for (const name of ["alert", "confirm", "prompt", "print", "open"]) {
    window[name] = (...args) => { hits.push(name + "(" + args.join(", ") + ")"); };
  }
  document.addEventListener("securitypolicyviolation", (event) => {
    if (/^(script|object|frame|child|base|form|worker|default|navigate)/.test(event.effectiveDirective)) {
      hits.push("blocked by the policy: " + event.effectiveDirective + " " + event.blockedURI);
    }
  }, true);
})();"""


class BrowserWatch:
    """Chromium with SENTINEL in every page; collects what pages do that an article must not make them do."""

    def __init__(self, playwright, root: str):
        from browser import launch

        self.root = root
        self.findings: list[str] = []
        self.browser = launch(playwright)
        self.context = self.browser.new_context(viewport={"width": 1280, "height": 900})
        self.context.add_init_script(SENTINEL)
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.on("dialog", self._dialog)
        self.page.on(
            "console",
            lambda message: (
                self.findings.append(f"{self.page.url}: console {message.text}")
                if "pwned" in message.text.lower()
                else None
            ),
        )

    def _route(self, route) -> None:
        request = route.request
        if request.url.startswith(self.root):
            route.continue_()
            return
        # nothing may point elsewhere, not even an article's picture (they are copied into the site or left out)
        self.findings.append(f"request out of the site: {request.resource_type} {request.url}")
        route.abort()

    def _dialog(self, dialog) -> None:
        self.findings.append(f"{self.page.url}: dialog {dialog.message!r}")
        dialog.dismiss()

    def visit(self, url: str) -> None:
        page = self.page
        page.goto(url, wait_until="load")
        page.mouse.move(5, 5)  # hover, focus and scroll: what would set off on* handlers
        page.mouse.move(640, 450)
        page.keyboard.press("Tab")
        page.mouse.wheel(0, 600)
        page.wait_for_timeout(20)
        self.findings.extend(f"{url}: {hit}" for hit in page.evaluate("window.__hostileHits"))
        if page.url.split("#")[0] != url:
            self.findings.append(f"{url}: navigated to {page.url}")

    def close(self) -> None:
        self.browser.close()


def _chromium_or_skip() -> None:
    from browser import CHROMIUM

    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed at /usr/bin/chromium (./run-tests installs it)")


@pytest.mark.browser
def test_the_browser_watch_sees_a_script_run(tmp_path):
    """The watch itself: a page without a policy, with the fixtures' kind of script, is caught every way."""
    _chromium_or_skip()
    from browser import serve_folder
    from playwright.sync_api import sync_playwright

    (tmp_path / "control.html").write_text(
        "<!DOCTYPE html><title>control</title><p>x</p><script>window.__pwned=1;alert(1)</script>"
        '<img src=x onerror="window.__pwned=2"><script src="https://evil.example/x.js"></script>',
        encoding="utf-8",
    )
    server, root = serve_folder(tmp_path)
    try:
        with sync_playwright() as playwright:
            watch = BrowserWatch(playwright, root)
            watch.visit(root + "control.html")
            watch.close()
    finally:
        server.shutdown()
    found = "\n".join(watch.findings)
    assert "window.__pwned = 1" in found and "alert(1)" in found and "window.__pwned = 2" in found
    assert "request out of the site: script https://evil.example/x.js" in found


@pytest.mark.browser
def test_no_page_runs_anything_from_an_article_in_chromium(hostile):
    """Every page of the hostile site in Chromium: no script of an article runs, no dialog opens, nothing
    leaves 127.0.0.1 but images, no page navigates away; not even an attempt the policy had to block."""
    _chromium_or_skip()
    from urllib.parse import quote

    from browser import serve_folder
    from playwright.sync_api import sync_playwright

    server, root = serve_folder(hostile.site)
    pages = html_pages(hostile.site)
    assert len(pages) > 60
    try:
        with sync_playwright() as playwright:
            watch = BrowserWatch(playwright, root)
            for path in pages:
                watch.visit(root + quote(path.relative_to(hostile.site).as_posix()))
            watch.close()
    finally:
        server.shutdown()
    assert watch.findings == []
