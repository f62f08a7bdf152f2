"""Tests for `dateline add`: pages served by a local HTTP server (or saved), added, read back and built.

Each page in tests/fixtures/add/ has beside it the article a careful editor makes of
it by hand (`NAME.expected.md`: the front matter they write, the story's paragraphs
they copy). `add` must write the same front matter, a story with those paragraphs
and without the page around them, and a build of the added articles must extract
the events a build of the hand-made ones does.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import shutil
import socket
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup

from dateline import __version__
from dateline.add import add_articles, article_name
from dateline.cli import main
from dateline.ingest import parse_publication_date, read_article
from dateline.model import Report, SiteConfig

FIXTURES = Path(__file__).resolve().parent / "fixtures"
PAGES = FIXTURES / "add"
INGEST_PAGES = FIXTURES / "ingest"
SITE_YAML = "title: Test\ntimezone: Asia/Shanghai\n"
CONFIG = SiteConfig(timezone="Asia/Shanghai")
PAGE_NAMES = ("zh-jsonld", "en-wire", "zh-hant-big5", "no-date", "gb18030")
#: The names add gives them: the address's slug when it is words, else the headline.
ADDED_NAMES = {
    "zh-jsonld": "云帆科技因数据泄露被罚500万元",
    "en-wire": "yunfan-data-breach-2024-03-06",
    "zh-hant-big5": "雲帆科技高層遭江州網信辦約談",
    "no-date": "after-a-data-leak",
    "gb18030": "云帆科技回应被罚-接受处罚-全力整改",
}
#: What each page prints around its story, which must not reach the article.
AROUND_THE_STORY = {
    "zh-jsonld": (
        "当前位置",
        "阅读：12580",
        "资料图",
        "责任编辑",
        "免责声明",
        "上一篇",
        "相关阅读",
        "网友评论",
        "热门排行",
        "ICP备",
        "2024年3月16日",
    ),
    "en-wire": (
        "Skip to main content",
        "Technology / Cybersecurity",
        "By Jane Roe",
        "Updated 2 hours ago",
        "File Photo",
        "Read Next",
        "Sign up",
        "All rights reserved",
    ),
    "zh-hant-big5": ("您的位置", "發佈時間", "列印", "相關新聞", "熱門新聞", "版權所有"),
    "no-date": ("作者：林晓", "资料图", "标签", "猜你喜欢", "扫码关注", "版权所有"),
    "gb18030": (
        "上证指数",
        "来源：样例财经",
        "图片来源",
        "责任编辑",
        "样例财经APP",
        "相关新闻",
        "24小时热门",
        "版权所有",
    ),
}


# --- a local web server ---------------------------------------------------------------------------


class _Handler(BaseHTTPRequestHandler):
    """Answers each path from the server's routes; records every request's headers."""

    def do_GET(self) -> None:
        self.server.requests.append((self.path, dict(self.headers)))
        route = self.server.routes.get(self.path)
        if route is None:
            self.send_error(404, "Not Found")
            return
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # the client gave up first (a timeout test)
            route(self)

    def log_message(self, *args) -> None:
        pass


class Site:
    """A web server on 127.0.0.1 in a thread, serving what a test routes to it."""

    def __init__(self) -> None:
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self.server.daemon_threads = True
        self.server.routes = {}
        self.server.requests = []
        self.released = threading.Event()  # what a stalling route waits for
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        for name in PAGE_NAMES:
            self.page(f"/news/{name}.html", (PAGES / f"{name}.html").read_bytes())

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}{path}"

    def route(self, path: str, answer) -> str:
        self.server.routes[path] = answer
        return self.url(path)

    def page(self, path: str, body: bytes, content_type: str = "text/html", length: bool = True) -> str:
        def answer(handler: BaseHTTPRequestHandler) -> None:
            handler.send_response(200)
            handler.send_header("Content-Type", content_type)
            if length:
                handler.send_header("Content-Length", str(len(body)))
            handler.end_headers()
            handler.wfile.write(body)  # without a length, HTTP/1.0 ends the body by closing

        return self.route(path, answer)

    def redirect(self, path: str, location: str, status: int = 301) -> str:
        def answer(handler: BaseHTTPRequestHandler) -> None:
            handler.send_response(status)
            handler.send_header("Location", location)
            handler.send_header("Content-Length", "0")
            handler.end_headers()

        return self.route(path, answer)

    def stall(self, path: str) -> str:
        def answer(handler: BaseHTTPRequestHandler) -> None:
            self.released.wait(30)

        return self.route(path, answer)

    @property
    def user_agents(self) -> list[str]:
        return [headers.get("User-Agent", "") for _, headers in self.server.requests]

    def close(self) -> None:
        self.released.set()
        self.server.shutdown()
        self.server.server_close()
        self.thread.join()


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch):
    """The local server is reached directly, whatever proxy the machine uses."""
    monkeypatch.setenv("no_proxy", "127.0.0.1")
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")


@pytest.fixture
def site():
    served = Site()
    yield served
    served.close()


@pytest.fixture
def content(tmp_path, monkeypatch) -> Path:
    """An empty content folder, and the working directory messages are shown from."""
    folder = tmp_path / "content"
    folder.mkdir()
    (folder / "site.yaml").write_text(SITE_YAML, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return folder


def run(*argv: str) -> int:
    return main(list(argv))


def front_matter(path: Path) -> dict:
    """The YAML between the first two `---` lines, dates as the site reads them."""
    text = path.read_text(encoding="utf-8")
    assert text.startswith("---\n")
    fields = yaml.safe_load(text.split("\n---\n", 1)[0][4:])
    if "date" in fields:
        fields["date"] = parse_publication_date(fields["date"], CONFIG.timezone)
    return fields


def story_blocks(article) -> list[str]:
    return [article.text[block.start : block.end] for block in article.blocks if block.kind != "img"]


def articles_in(folder: Path) -> list[str]:
    return sorted(path.name for path in (folder / "articles").iterdir()) if (folder / "articles").exists() else []


# --- the five pages, added as a careful editor would add them --------------------------------------


@pytest.fixture(scope="module")
def added(tmp_path_factory):
    """The five pages added from the local server in one command: the content folder, exit status, output."""
    served = Site()
    folder = tmp_path_factory.mktemp("added") / "content"
    folder.mkdir()
    (folder / "site.yaml").write_text(SITE_YAML, encoding="utf-8")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("no_proxy", "127.0.0.1")
        patch.chdir(folder.parent)
        capture = _Capture()
        with capture:
            status = run("add", "--content", "content", *(served.url(f"/news/{name}.html") for name in PAGE_NAMES))
    served.close()
    return folder, status, capture.out, capture.err, served.user_agents


class _Capture:
    """stdout and stderr of a block, for a fixture that outlives capsys."""

    def __enter__(self):
        import io

        self._saved = sys.stdout, sys.stderr
        sys.stdout, sys.stderr = io.StringIO(), io.StringIO()
        return self

    def __exit__(self, *exc) -> None:
        self.out, self.err = sys.stdout.getvalue(), sys.stderr.getvalue()
        sys.stdout, sys.stderr = self._saved


def test_add_writes_each_page_under_its_name_and_prints_the_files(added):
    folder, status, out, err, _ = added
    assert status == 0
    expected = [f"content/articles/{ADDED_NAMES[name]}.html" for name in PAGE_NAMES]
    assert out.splitlines() == expected
    assert articles_in(folder) == sorted(f"{name}.html" for name in ADDED_NAMES.values())


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_the_front_matter_is_what_a_careful_editor_writes(added, name):
    folder = added[0]
    written = front_matter(folder / "articles" / f"{ADDED_NAMES[name]}.html")
    by_hand = front_matter(PAGES / f"{name}.expected.md")
    assert list(written) == [
        field for field in ("title", "date", "author", "outlet", "url", "language") if field in by_hand
    ]
    for field, value in by_hand.items():
        assert written[field] == value, field


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_ingest_reads_the_added_article_back_to_the_same_metadata_and_story(added, name):
    folder = added[0]
    article = read_article(folder / "articles" / f"{ADDED_NAMES[name]}.html", folder, CONFIG)
    by_hand = read_article(PAGES / f"{name}.expected.md", PAGES, CONFIG)
    assert (article.title, article.published, article.author, article.outlet, article.url, article.language) == (
        by_hand.title,
        by_hand.published,
        by_hand.author,
        by_hand.outlet,
        by_hand.url,
        by_hand.language,
    )
    assert article.date_evidence == ("front matter" if by_hand.published else "")
    kept = story_blocks(article)
    assert [block for block in kept if block in story_blocks(by_hand)] == story_blocks(by_hand)  # all, in order
    for furniture in AROUND_THE_STORY[name]:
        assert furniture not in article.text


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_the_story_is_plain_html_paragraphs(added, name):
    folder = added[0]
    body = (folder / "articles" / f"{ADDED_NAMES[name]}.html").read_text(encoding="utf-8").split("\n---\n", 1)[1]
    tags = {tag.name for tag in BeautifulSoup(body, "html.parser").find_all(True)}
    assert tags and tags <= {"p", "h2", "blockquote", "ul", "li", "br"}
    assert "<p>" in body


def test_a_page_without_a_date_gets_no_date_and_a_warning_that_says_where_to_put_one(added):
    folder, _, _, err, _ = added
    assert "date" not in front_matter(folder / "articles" / "after-a-data-leak.html")
    assert err.splitlines() == [
        "content/articles/after-a-data-leak.html: warning: no publication date found; add date: YYYY-MM-DD to its "
        "front matter (or to content/articles/after-a-data-leak.meta.yaml)"
    ]


def test_the_date_says_where_it_came_from(added):
    folder = added[0]
    text = (folder / "articles" / "云帆科技因数据泄露被罚500万元.html").read_text(encoding="utf-8")
    assert "date: 2024-03-15T18:42:00+08:00  # JSON-LD datePublished\n" in text


def test_add_asks_with_an_honest_user_agent(added):
    user_agents = added[4]
    assert len(user_agents) == len(PAGE_NAMES)
    assert all(agent.startswith(f"dateline/{__version__} ") for agent in user_agents)


def test_the_added_articles_build_the_events_of_the_hand_made_ones(added, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    hand_made = tmp_path / "hand" / "content"
    (hand_made / "articles").mkdir(parents=True)
    (hand_made / "site.yaml").write_text(SITE_YAML, encoding="utf-8")
    for name in PAGE_NAMES:
        shutil.copyfile(PAGES / f"{name}.expected.md", hand_made / "articles" / f"{ADDED_NAMES[name]}.md")
    built = tmp_path / "added"
    shutil.copytree(added[0], built / "content")

    def events(folder: Path) -> list[tuple]:
        assert run("build", "--content", str(folder / "content"), "--out", str(folder / "_site"), "--no-cache") == 0
        found = json.loads((folder / "_site" / "data" / "events.json").read_text(encoding="utf-8"))["events"]
        return [
            (
                event["id"],
                event["date"],
                event["title"],
                sorted((source["article"], source["quote"]) for source in event["sources"]),
            )
            for event in found
        ]

    from_pages, by_hand = events(built), events(tmp_path / "hand")
    assert by_hand  # the story has events: the comparison means something
    assert {date for _, date, _, _ in by_hand} >= {"2024-03-04", "2024-03-06", "2024-03-11", "2024-03-15"}
    assert from_pages == by_hand


# --- fetching ---------------------------------------------------------------------------------------


def test_a_failed_fetch_is_reported_and_the_other_pages_are_still_added(site, content, capsys):
    refused = socket.socket()
    refused.bind(("127.0.0.1", 0))
    closed_port = refused.getsockname()[1]
    refused.close()
    missing, good = site.url("/news/gone.html"), site.url("/news/en-wire.html")
    status = run("add", "--content", "content", missing, good, f"http://127.0.0.1:{closed_port}/a.html")
    out, err = capsys.readouterr()
    assert status == 1
    assert err.splitlines() == [
        f"{missing}: the server answered 404 Not Found",
        f"http://127.0.0.1:{closed_port}/a.html: cannot fetch it: the connection was refused",
    ]
    assert out.splitlines() == ["content/articles/yunfan-data-breach-2024-03-06.html"]
    assert articles_in(content) == ["yunfan-data-breach-2024-03-06.html"]


def test_a_redirect_is_followed_and_the_final_address_recorded(site, content, capsys):
    page = (PAGES / "en-wire.html").read_text(encoding="utf-8")
    own_address = [line for line in page.splitlines() if "og:url" in line or "canonical" in line]
    assert len(own_address) == 2
    for line in own_address:  # a page that states no address of its own
        page = page.replace(line + "\n", "")
    final = site.page("/2024/03/06/story.html", page.encode())
    start = site.redirect("/s/8f3a", "/2024/03/06/story.html", status=302)
    assert run("add", "--content", "content", start) == 0
    # named after its headline (the address's last segment is no slug of words), cut at a word
    path = content / "articles" / "yunfan-technology-says-hackers-accessed-data-of-2-3-million.html"
    assert front_matter(path)["url"] == final
    assert capsys.readouterr().out.splitlines() == [path.relative_to(content.parent).as_posix()]


def test_a_page_without_a_date_is_dated_by_the_address_it_was_fetched_from(site, content, capsys):
    address = site.page("/tech/2024/03/16/explainer.html", (PAGES / "no-date.html").read_bytes())
    assert run("add", "--content", "content", address) == 0
    text = (content / "articles" / "after-a-data-leak.html").read_text(encoding="utf-8")
    assert f"\ndate: 2024-03-16  # URL: {address}\n" in text
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize(
    "address, message",
    [
        ("ftp://files.example.com/story.html", "only http:// and https:// addresses are fetched"),
        ("file:///etc/hostname", "only http:// and https:// addresses are fetched"),
    ],
)
def test_only_web_addresses_are_fetched(content, capsys, address, message):
    assert run("add", "--content", "content", address) == 1
    assert capsys.readouterr().err.splitlines() == [f"{address}: {message}"]
    assert articles_in(content) == []


def test_a_redirect_away_from_the_web_is_not_followed(site, content, capsys):
    start = site.redirect("/leave", "ftp://files.example.com/story.html", status=302)
    assert run("add", "--content", "content", start) == 1
    assert capsys.readouterr().err.splitlines() == [
        f"{start}: cannot fetch it: it redirects to ftp://files.example.com/story.html, which is not an http(s) address"
    ]


def test_a_redirect_loop_ends(site, content, capsys):
    start = site.redirect("/loop", "/loop")
    assert run("add", "--content", "content", start) == 1
    assert capsys.readouterr().err.startswith(f"{start}: the server answered 301 too many redirects")


def test_what_is_not_a_web_page_is_not_added(site, content, capsys):
    pdf = site.page("/report.pdf", b"%PDF-1.7\n", content_type="application/pdf")
    assert run("add", "--content", "content", pdf) == 1
    assert capsys.readouterr().err.splitlines() == [f"{pdf}: not a web page: the server sends application/pdf"]


@pytest.mark.parametrize("length", [True, False])
def test_a_page_over_the_size_limit_is_refused(site, content, capsys, length):
    (content / "site.yaml").write_text(SITE_YAML + "max_article_bytes: 4000\n", encoding="utf-8")
    big = site.page("/big.html", (PAGES / "zh-jsonld.html").read_bytes(), length=length)
    assert run("add", "--content", "content", big) == 1
    size = f"{len((PAGES / 'zh-jsonld.html').read_bytes())} bytes, " if length else ""
    assert capsys.readouterr().err.splitlines() == [
        f"{big}: the page is {size}over the limit of 4000 bytes (max_article_bytes in site.yaml)"
    ]
    assert articles_in(content) == []


def test_a_server_that_does_not_answer_times_out(site, content):
    report = Report()
    stalled = site.stall("/slow.html")
    assert add_articles([stalled, site.url("/news/no-date.html")], content, report, timeout=0.5) == [
        content / "articles" / "after-a-data-leak.html"
    ]
    assert [str(problem) for problem in report.problems if problem.severity == "error"] == [
        f"{stalled}: no answer within 0.5 seconds"
    ]


def test_the_charset_a_server_declares_decodes_the_page(site, content):
    page = (PAGES / "zh-hant-big5.html").read_bytes()
    declared = b'<meta http-equiv="Content-Type" content="text/html; charset=big5" />\n'
    assert declared in page
    address = site.page("/big5.html", page.replace(declared, b""), content_type="text/html; charset=big5")
    assert run("add", "--content", "content", address) == 0
    assert front_matter(content / "articles" / "雲帆科技高層遭江州網信辦約談.html")["author"] == "陳嘉欣"


# --- saved pages ------------------------------------------------------------------------------------


def test_a_saved_page_is_added_like_the_page_it_was_saved_from(content, monkeypatch):
    def no_network(*args):
        raise AssertionError("reading a saved page must not reach the network")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    assert run("add", "--content", "content", str(PAGES / "gb18030.html")) == 0
    path = content / "articles" / "云帆科技回应被罚-接受处罚-全力整改.html"
    assert front_matter(path) == front_matter(PAGES / "gb18030.expected.md")
    assert "刘𬱖" in read_article(path, content, CONFIG).text  # a character GBK does not have


def test_text_a_reader_never_sees_stays_out_of_the_story(content, capsys):
    assert run("add", "--content", "content", str(INGEST_PAGES / "page-jsonld.html")) == 0
    [written] = capsys.readouterr().out.splitlines()
    text = Path(written).read_text(encoding="utf-8")
    for hidden in (
        "TEMPLATE-TEXT",
        "HIDDEN-ATTRIBUTE-TEXT",
        "DISPLAY-NONE-TEXT",
        "ARIA-HIDDEN-TEXT",
        "SCRIPT-TEXT",
        "NAV-TEXT",
        "FOOTER-TEXT",
    ):
        assert hidden not in text
    assert "suspended the partnership on December 22." in text


def test_a_day_without_a_time_is_written_as_the_day(content):
    assert run("add", "--content", "content", str(INGEST_PAGES / "page-url-date.html")) == 0
    text = (content / "articles" / "市民服务中心新增夜间窗口.html").read_text(encoding="utf-8")
    assert "\ndate: 2021-12-22  # URL: https://www.example-daily.cn/news/2021/12/22/a8812.html\n" in text


def test_a_page_dated_only_by_an_update_stamp_is_added_with_a_warning(content, capsys):
    assert run("add", "--content", "content", str(INGEST_PAGES / "page-update-only.html")) == 0
    path = content / "articles" / "图书馆延长开放时间.html"
    assert front_matter(path)["date"] == dt.datetime(2023, 2, 1, 10, 0, tzinfo=front_matter(path)["date"].tzinfo)
    assert capsys.readouterr().err.splitlines() == [
        "content/articles/图书馆延长开放时间.html: warning: only an update stamp dates this page (update stamp only: "
        "更新时间：2023-02-01 10:00); if it was published on another day, correct date: in its front matter"
    ]


def test_a_page_with_an_unreadable_date_names_the_line_and_is_not_added(content, capsys):
    saved = INGEST_PAGES / "page-bad-date.html"
    assert run("add", "--content", "content", str(saved)) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"{saved}:5: cannot read the publication date 'last Tuesday'")
    assert articles_in(content) == []


@pytest.mark.parametrize(
    "text, message",
    [
        (
            "Just some notes about the story.\n",
            "not a web page (it has no <html> or <body>); save an article of another "
            "kind into content/articles/ as it is",
        ),
        (None, "no such file; give a saved page, or the page's address with http:// or https://"),
    ],
)
def test_what_is_not_a_saved_page_is_not_added(content, capsys, tmp_path, text, message):
    saved = tmp_path / "notes.txt"
    if text is not None:
        saved.write_text(text, encoding="utf-8")
    assert run("add", "--content", "content", "notes.txt") == 1
    assert capsys.readouterr().err.splitlines() == [f"notes.txt: {message}"]
    assert articles_in(content) == []


def test_a_page_already_in_the_articles_folder_is_left_alone(content, capsys):
    (content / "articles").mkdir()
    saved = content / "articles" / "saved.html"
    shutil.copyfile(PAGES / "no-date.html", saved)
    assert run("add", "--content", "content", "content/articles/saved.html") == 1
    assert "already in the articles folder" in capsys.readouterr().err
    assert articles_in(content) == ["saved.html"]


# --- never over an editor's file ---------------------------------------------------------------------


def test_an_existing_article_is_never_replaced_without_force(site, content, capsys):
    address = site.url("/news/no-date.html")
    path = content / "articles" / "after-a-data-leak.html"
    assert run("add", "--content", "content", address) == 0
    path.write_text("---\ntitle: edited by an editor\n---\n<p>Edited.</p>\n", encoding="utf-8")
    capsys.readouterr()
    assert run("add", "--content", "content", address) == 1
    assert capsys.readouterr().err.splitlines() == [
        f"content/articles/after-a-data-leak.html: already exists; not replaced by {address} (--force replaces it)"
    ]
    assert "edited by an editor" in path.read_text(encoding="utf-8")
    assert run("add", "--content", "content", "--force", address) == 0
    assert front_matter(path)["title"] == "数据泄露之后，用户该怎么办？"
    assert articles_in(content) == ["after-a-data-leak.html"]  # no temporary file left behind


def test_an_article_that_would_share_the_id_is_reported(site, content, capsys):
    (content / "articles").mkdir()
    (content / "articles" / "after-a-data-leak.md").write_text("# Mine\n\nAn editor's article.\n", encoding="utf-8")
    address = site.url("/news/no-date.html")
    assert run("add", "--content", "content", "--force", address) == 1
    assert capsys.readouterr().err.splitlines() == [
        f"content/articles/after-a-data-leak.md: already an article named 'after-a-data-leak'; not added from "
        f"{address} (rename one)"
    ]
    assert articles_in(content) == ["after-a-data-leak.md"]


# --- the command line --------------------------------------------------------------------------------


def test_add_without_a_source_is_a_usage_error(content):
    with pytest.raises(SystemExit) as stopped:
        run("add", "--content", "content")
    assert stopped.value.code == 2


def test_add_to_a_missing_content_folder_is_a_usage_error(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert run("add", "--content", "nowhere", "https://www.example.com/a.html") == 2
    assert capsys.readouterr().err.splitlines() == ["dateline: no content folder at nowhere (use --content DIR)"]


def test_a_build_does_not_load_trafilatura():
    code = (
        "import sys, dateline.cli, dateline.pipeline, dateline.add; "
        "print([name for name in ('trafilatura', 'justext', 'courlan') if name in sys.modules])"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


# --- names ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url, title, name",
    [
        (
            "https://www.example.net/technology/yunfan-data-breach-2024-03-06/",
            "Yunfan",
            "yunfan-data-breach-2024-03-06",
        ),
        (
            "https://www.example.com/news/2024-03/15/c_1130021.htm",
            "云帆科技因数据泄露被罚500万元",
            "云帆科技因数据泄露被罚500万元",
        ),
        ("https://www.example.org/news/20240311/a0198.html", "雲帆科技：高層遭約談", "雲帆科技-高層遭約談"),
        ("https://www.example.com/index.html", "Storm Closes Schools", "storm-closes-schools"),
        ("https://www.example.com/%E6%95%B0%E6%8D%AE-leak-explained", "x", "数据-leak-explained"),
        ("", "CON", "con_"),
        ("", "", "article"),
        ("", "A" * 100, "a" * 60),
    ],
)
def test_article_names(url, title, name):
    assert article_name(url, title) == name


@pytest.mark.parametrize(
    "title_tag, meta, expected_title, expected_author",
    [
        # the <title> adds the outlet's name: the front matter's title is the headline alone
        (
            "Forex motion defeated in Senate - Island Daily",
            '<meta property="og:site_name" content="Island Daily"><meta name="author" content="Dana Reyes">',
            "Forex motion defeated in Senate",
            "Dana Reyes",
        ),
        # a byline left with its label only, and an author that is the outlet, are no author
        (
            "Schools safe amidst surge",
            '<meta property="og:site_name" content="Island Daily">',
            "Schools safe amidst surge",
            "",
        ),
    ],
)
def test_the_front_matter_has_no_site_name_in_the_title_and_no_label_for_an_author(
    title_tag, meta, expected_title, expected_author
):
    from dateline.add import Page, read_story

    headline = expected_title
    html = (
        f"<html><head><title>{title_tag}</title>{meta}</head><body><article><h1>{headline}</h1>"
        "<p class='byline'>Article by</p>"
        + "".join(
            f"<p>On April {day}, the ministry said the plan would go ahead after a review of the budget and "
            "of the schools that asked for more time to prepare their staff.</p>"
            for day in (20, 21, 22)
        )
        + "</article></body></html>"
    )
    story = read_story(Page("page.html", html), SiteConfig(language="en"))
    assert story.title == expected_title
    assert story.author == expected_author
