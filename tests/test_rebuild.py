"""Rebuilds do no needless work: nothing changed is a no-op; unchanged pages are not rewritten."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from sitecheck import parse_html

from dateline.cli import main
from dateline.pipeline import BuildResult, build

REPO = Path(__file__).resolve().parent.parent

ARTICLES = {
    "a.md": "---\ntitle: A\ndate: 2021-12-22\n---\n12月22日，工信部决定暂停阿里云作为合作单位6个月。\n",
    "b.md": "---\ntitle: B\ndate: 2021-12-24\n---\n12月23日，阿里云发布说明，表示将强化漏洞报告管理。\n",
}


def _inodes(site: Path) -> dict[str, int]:
    return {p.relative_to(site).as_posix(): p.stat().st_ino for p in site.rglob("*") if p.is_file()}


def test_nothing_changed_is_a_no_op(make_content, tmp_path, capsys):
    content = make_content({f"articles/{name}": text for name, text in ARTICLES.items()})
    out = tmp_path / "site"
    assert main(["build", "--content", str(content), "--out", str(out)]) == 0
    before = _inodes(out)
    capsys.readouterr()
    assert main(["build", "--content", str(content), "--out", str(out)]) == 0
    assert "(nothing changed)" in capsys.readouterr().err
    assert _inodes(out) == before


def test_a_changed_article_rewrites_only_the_pages_that_changed(make_content, tmp_path):
    content = make_content({f"articles/{name}": text for name, text in ARTICLES.items()})
    out = tmp_path / "site"
    assert main(["build", "--content", str(content), "--out", str(out)]) == 0
    before = _inodes(out)
    (content / "articles" / "b.md").write_text(ARTICLES["b.md"].replace("title: B", "title: B2"), encoding="utf-8")
    assert main(["build", "--content", str(content), "--out", str(out)]) == 0
    after = _inodes(out)
    assert after["sources/b.html"] != before["sources/b.html"]
    assert after["sources/a.html"] == before["sources/a.html"]
    assert after["assets/style.css"] == before["assets/style.css"]


def _built_in_one_process(make_content, tmp_path) -> tuple[Path, Path]:
    """The two articles built into tmp_path/site by this process (so that patches reach every page)."""
    content = make_content({f"articles/{name}": text for name, text in ARTICLES.items()})
    out = tmp_path / "site"
    assert main(["build", "--content", str(content), "--out", str(out), "--jobs", "1"]) == 0
    return content, out


def _build(content: Path, out: Path) -> BuildResult:
    """A build in this process, with one process, for what it did (BuildResult.stats)."""
    result = build(content, out, jobs=1)
    assert result.written and not result.report.has_errors, result.report.problems
    return result


def _changed(before: dict[str, bytes], after: dict[str, bytes]) -> set[str]:
    return {name for name, data in after.items() if before.get(name) != data}


def _recorded(monkeypatch, owner, name: str) -> list[tuple]:
    """The positional arguments of every later call of owner.name, which still does its work."""
    calls, real = [], getattr(owner, name)
    monkeypatch.setattr(owner, name, lambda *args, **kwargs: calls.append(args) or real(*args, **kwargs))
    return calls


def test_only_the_files_whose_bytes_changed_are_written(make_content, tmp_path):
    content, out = _built_in_one_process(make_content, tmp_path)
    before, inodes = _files(out), _inodes(out)
    (content / "articles" / "b.md").write_text(ARTICLES["b.md"].replace("title: B", "title: B2"), encoding="utf-8")
    stats = _build(content, out).stats
    changed = _changed(before, _files(out))
    assert {"sources/b.html", "en/sources/b.html"} <= changed
    assert stats.files_written == len(changed)
    assert all(inode == inodes[name] for name, inode in _inodes(out).items() if name not in changed)


def test_the_search_index_is_reused_while_the_pages_it_reads_stay_the_same(make_content, tmp_path, monkeypatch):
    from pagefind.service import PagefindService

    content, out = _built_in_one_process(make_content, tmp_path)
    before = _inodes(out)
    runs = _recorded(monkeypatch, PagefindService, "create_index")
    article = content / "articles" / "a.md"
    # no date: no event changes, and the source page, which quotes the sentences with dates, stays the same
    article.write_text(ARTICLES["a.md"] + "\n相关部门未予置评。\n", encoding="utf-8")
    assert main(["build", "--content", str(content), "--out", str(out), "--jobs", "1"]) == 0
    after = _inodes(out)
    assert runs == [] and after["sources/a.html"] == before["sources/a.html"]
    bundle = {name: inode for name, inode in after.items() if name.startswith("pagefind/")}
    assert bundle and all(before.get(name) == inode for name, inode in bundle.items())
    assert main(["build", "--content", str(content), "--out", str(tmp_path / "fresh"), "--no-cache"]) == 0
    assert _files(out) == _files(tmp_path / "fresh")

    runs.clear()
    article.write_text(ARTICLES["a.md"] + "\n12月23日，阿里云回应称将整改。\n", encoding="utf-8")  # a new event
    assert main(["build", "--content", str(content), "--out", str(out), "--jobs", "1"]) == 0
    assert len(runs) == 1
    assert main(["build", "--content", str(content), "--out", str(tmp_path / "fresh2"), "--no-cache"]) == 0
    assert _files(out) == _files(tmp_path / "fresh2")


def test_a_change_remakes_only_the_search_bundles_whose_pages_changed(make_content, tmp_path, monkeypatch):
    import json

    from pagefind.service import PagefindService

    import dateline.search as search

    monkeypatch.setattr(search, "BUNDLE_PAGES", 2)  # each year's event page and source page
    years = {"2019": "工信部通报漏洞", "2020": "阿里云发布说明", "2021": "工信部暂停合作", "2022": "阿里云恢复合作"}
    content = make_content(
        {
            f"articles/{year}.md": f"---\ntitle: {year}\ndate: {year}-03-02\n---\n3月1日，{text}。\n"
            for year, text in years.items()
        }
    )
    out = tmp_path / "site"
    assert main(["build", "--content", str(content), "--out", str(out), "--jobs", "1"]) == 0
    bundles = {
        path.parent.name: json.loads(path.read_text(encoding="utf-8"))["pages"]
        for path in (out / "pagefind").glob("*/dateline-pages.json")
    }
    assert sorted(bundles) == ["201", "2020", "2021", "2022"] and all(len(pages) == 2 for pages in bundles.values())
    assert not (out / "pagefind" / "pagefind.js").exists()
    form = parse_html(out / "search.html").select_one("#search-form")
    assert form["data-bundles"].split() == ["pagefind/201/", "pagefind/2020/", "pagefind/2021/", "pagefind/2022/"]
    assert parse_html(out / "en" / "search.html").select_one("#search-form")["data-bundles"] == form["data-bundles"]
    before = _inodes(out)
    runs = _recorded(monkeypatch, PagefindService, "create_index")

    article = content / "articles" / "2022.md"
    article.write_text(article.read_text(encoding="utf-8") + "\n2022年5月6日，阿里云再次发布说明。\n", encoding="utf-8")
    assert main(["build", "--content", str(content), "--out", str(out), "--jobs", "1"]) == 0
    # 2022 now holds two events and a source, so it is cut by month; the other bundles and their pages did not change.
    assert sorted(path.parent.name for path in (out / "pagefind").glob("*/dateline-pages.json")) == [
        "201",
        "2020",
        "2021",
        "2022-03",
        "2022-05",
    ]
    assert len(runs) == 2
    after = _inodes(out)
    for kept in ("201", "2020", "2021"):
        files = [name for name in after if name.startswith(f"pagefind/{kept}/")]
        assert files and all(after[name] == before[name] for name in files)
    assert main(["build", "--content", str(content), "--out", str(tmp_path / "fresh"), "--no-cache"]) == 0
    assert _files(out) == _files(tmp_path / "fresh")


def test_a_search_index_that_cannot_be_made_fails_the_build_and_keeps_the_site(
    make_content, tmp_path, monkeypatch, capsys
):
    content, out = _built_in_one_process(make_content, tmp_path)
    before = _files(out)
    monkeypatch.setenv("PAGEFIND_BINARY_PATH", str(tmp_path / "no-such-pagefind"))
    (content / "articles" / "a.md").write_text(
        ARTICLES["a.md"] + "\n12月23日，阿里云回应称将整改。\n", encoding="utf-8"
    )
    assert main(["build", "--content", str(content), "--out", str(out), "--jobs", "1"]) != 0
    error = capsys.readouterr().err
    assert "dateline: could not run Pagefind to index the site for search: " in error and "no-such-pagefind" in error
    assert "internal error" not in error
    assert _files(out) == before


def test_a_search_index_whose_maker_dies_fails_the_build_at_once(make_content, tmp_path, monkeypatch, capsys):
    import dateline.search as search

    monkeypatch.setattr(search, "TIMEOUT", 30)  # were the death missed, the build would end on the timeout instead
    content, out = _built_in_one_process(make_content, tmp_path)
    before = _files(out)
    dying = tmp_path / "dying-pagefind"
    dying.write_text("#!/bin/sh\nhead -c 20 >/dev/null\nexit 3\n", encoding="utf-8")  # reads a request, then dies
    dying.chmod(0o755)
    monkeypatch.setenv("PAGEFIND_BINARY_PATH", str(dying))
    (content / "articles" / "a.md").write_text(
        ARTICLES["a.md"] + "\n12月23日，阿里云回应称将整改。\n", encoding="utf-8"
    )
    assert main(["build", "--content", str(content), "--out", str(out), "--jobs", "1"]) != 0
    error = capsys.readouterr().err
    assert "dateline: Pagefind stopped before it had indexed the site (exit status 3)" in error
    assert "Traceback" not in error and "internal error" not in error
    assert _files(out) == before


def test_a_file_system_without_hard_links_builds_the_same_site(make_content, tmp_path, monkeypatch):
    import os

    import dateline.search as search

    monkeypatch.setattr(search, "BUNDLE_PAGES", 2)  # bundles, each with its pages copied for Pagefind

    def no_links(*args, **kwargs):
        raise OSError(1, "Operation not permitted")

    content = make_content({f"articles/{name}": text for name, text in ARTICLES.items()})
    out = tmp_path / "site"
    assert main(["build", "--content", str(content), "--out", str(tmp_path / "linked"), "--jobs", "1"]) == 0
    monkeypatch.setattr(os, "link", no_links)
    for _ in range(2):  # made, then made again beside the site it replaces
        assert main(["build", "--content", str(content), "--out", str(out), "--jobs", "1"]) == 0
        assert _files(out) == _files(tmp_path / "linked")
    assert len(list((out / "pagefind").glob("*/pagefind-entry.json"))) == 2


def test_warnings_are_repeated_when_nothing_changed(make_content, tmp_path, capsys):
    content = make_content({"articles/undated.md": "# 无日期\n\n昨天，阿里云发布说明。\n"})
    out = tmp_path / "site"
    main(["build", "--content", str(content), "--out", str(out)])
    first = capsys.readouterr().err
    main(["build", "--content", str(content), "--out", str(out)])
    second = capsys.readouterr().err
    assert "undated.md: warning: no publication date" in first
    assert first.splitlines()[0] == second.splitlines()[0]


def _files(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def test_a_rebuild_reads_only_the_changed_article_and_builds_the_same_site(make_content, tmp_path):
    content = make_content({f"articles/{name}": text for name, text in ARTICLES.items()})
    out = tmp_path / "site"
    assert _build(content, out).stats.articles_cached == 0
    (content / "articles" / "b.md").write_text(ARTICLES["b.md"].replace("title: B", "title: B2"), encoding="utf-8")
    (content / "articles" / "b.meta.yaml").write_text("outlet: 新京报\n", encoding="utf-8")
    assert _build(content, out).stats.articles_cached == 1  # a.md
    assert "新京报" in (out / "sources" / "b.html").read_text(encoding="utf-8")
    (content / "articles" / "b.meta.yaml").write_text("outlet: 澎湃新闻\n", encoding="utf-8")  # a sidecar alone
    assert _build(content, out).stats.articles_cached == 1
    assert main(["build", "--content", str(content), "--out", str(tmp_path / "fresh"), "--no-cache"]) == 0
    assert _files(out) == _files(tmp_path / "fresh")
    assert "澎湃新闻" in (out / "sources" / "b.html").read_text(encoding="utf-8")


def _age(folder: Path) -> None:
    """Make the files in folder changed in the last minutes look an hour old: a stamp newer than a few seconds
    is not trusted. Older files keep their stamps."""
    now = time.time_ns()
    for path in folder.rglob("*"):
        if path.is_file() and path.stat().st_mtime_ns > now - 600 * 10**9:
            os.utime(path, ns=(now - 3600 * 10**9, now - 3600 * 10**9))


def _build_once(content: Path, out: Path) -> None:
    assert main(["build", "--content", str(content), "--out", str(out), "--jobs", "1"]) == 0


def test_an_article_whose_files_keep_their_stamps_is_not_read_again(make_content, tmp_path):
    content = make_content({f"articles/{name}": text for name, text in ARTICLES.items()})
    out = tmp_path / "site"
    _age(content)
    assert _build(content, out).stats.articles_read == 2
    (content / "articles" / "b.md").write_text(ARTICLES["b.md"].replace("title: B", "title: B2"), encoding="utf-8")
    stats = _build(content, out).stats
    assert (stats.articles_read, stats.articles_cached) == (1, 1)  # b.md, read and ingested again
    assert "B2" in (out / "sources" / "b.html").read_text(encoding="utf-8")
    # b.md was changed moments ago, so it is read again until its stamp is old enough to trust
    _age(content)
    (content / "articles" / "a.meta.yaml").write_text("outlet: 新京报\n", encoding="utf-8")  # a sidecar alone
    stats = _build(content, out).stats
    assert (stats.articles_read, stats.articles_cached) == (2, 1)  # a.md and b.md read; a.md ingested again
    assert "新京报" in (out / "sources" / "a.html").read_text(encoding="utf-8")
    _age(content)
    (content / "articles" / "c.md").write_text(ARTICLES["a.md"].replace("title: A", "title: C"), encoding="utf-8")
    stats = _build(content, out).stats
    assert (stats.articles_read, stats.articles_cached) == (2, 2)  # a.md (a.meta.yaml was new at the last build), c.md
    assert main(["build", "--content", str(content), "--out", str(tmp_path / "fresh"), "--no-cache"]) == 0
    assert _files(out) == _files(tmp_path / "fresh")


def test_a_generated_file_edited_by_hand_is_noticed_without_reading_the_others(
    make_content, tmp_path, monkeypatch, capsys
):
    content = make_content({f"articles/{name}": text for name, text in ARTICLES.items()})
    out = tmp_path / "site"
    _build_once(content, out)
    _age(content)
    _build_once(content, out)  # the generated files are now old enough for their stamps to be kept
    reads = _recorded(monkeypatch, Path, "read_text")
    generated = content / "extracted" / "a.yaml"
    generated.write_text(generated.read_text(encoding="utf-8").replace("12月22日", "12月21日", 1), encoding="utf-8")
    (content / "articles" / "c.md").write_text(ARTICLES["a.md"].replace("title: A", "title: C"), encoding="utf-8")
    reads.clear()
    capsys.readouterr()
    _build_once(content, out)
    assert [args[0].name for args in reads if args[0].parent.name == "extracted"] == ["a.yaml"]
    assert "a.yaml: warning: this generated file was edited by hand" in capsys.readouterr().err
    assert "12月22日" in generated.read_text(encoding="utf-8")  # written again, as the warning says


def test_a_cache_that_cannot_be_written_is_a_warning(make_content, tmp_path, monkeypatch, capsys):
    content = make_content({f"articles/{name}": text for name, text in ARTICLES.items()})
    cache = content.parent / ".dateline-cache"
    for name in ("articles.pickle", "mentions.pickle"):
        (cache / name).mkdir(parents=True)  # a file cannot take a folder's place
    monkeypatch.chdir(tmp_path)
    assert main(["build", "--content", "content", "--out", "site"]) == 0
    err = capsys.readouterr().err
    for name in ("articles.pickle", "mentions.pickle"):
        assert f".dateline-cache/{name}: warning: could not write this cache file (Is a directory)" in err
    assert "internal error" not in err
    assert (cache / "articles.pickle").is_dir() and (cache / "consolidation.pickle").is_file()
    assert "12月22日" in (tmp_path / "site" / "sources" / "a.html").read_text(encoding="utf-8")


def test_a_damaged_cache_is_only_a_missing_cache(make_content, tmp_path):
    content = make_content({f"articles/{name}": text for name, text in ARTICLES.items()})
    out = tmp_path / "site"
    assert main(["build", "--content", str(content), "--out", str(out)]) == 0
    cache = content.parent / ".dateline-cache"
    (cache / "articles.pickle").write_bytes(b"\x80\x05not a pickle")
    (cache / "mentions.pickle").write_bytes((cache / "mentions.pickle").read_bytes()[:100])
    (cache / "consolidation.pickle").write_bytes(b"\x80\x05not a pickle")
    (cache / "headlines.pickle").write_bytes(__import__("pickle").dumps({"not": "the store's layout"}))
    (content / "articles" / "a.md").write_text(ARTICLES["a.md"] + "\n12月23日，阿里云回应。\n", encoding="utf-8")
    assert main(["build", "--content", str(content), "--out", str(out)]) == 0
    assert main(["build", "--content", str(content), "--out", str(tmp_path / "fresh"), "--no-cache"]) == 0
    assert _files(out) == _files(tmp_path / "fresh")


def test_a_rebuild_writes_headlines_only_for_events_whose_quotes_changed(make_content, tmp_path, monkeypatch):
    from dateline.consolidate import describe

    content = make_content({f"articles/{name}": text for name, text in ARTICLES.items()})
    out = tmp_path / "site"
    assert main(["build", "--content", str(content), "--out", str(out), "--jobs", "1"]) == 0
    described = []
    real_call = describe.Describer.__call__

    def counting(self, quotes):
        described.append([quote.sentence for quote in quotes])
        return real_call(self, quotes)

    monkeypatch.setattr(describe.Describer, "__call__", counting)
    (content / "articles" / "b.md").write_text(ARTICLES["b.md"].replace("强化", "加强"), encoding="utf-8")
    assert main(["build", "--content", str(content), "--out", str(out), "--jobs", "1"]) == 0
    assert described == [["12月23日，阿里云发布说明，表示将加强漏洞报告管理。"]]
    assert main(["build", "--content", str(content), "--out", str(tmp_path / "fresh"), "--no-cache"]) == 0
    assert _files(out) == _files(tmp_path / "fresh")


def test_a_rebuild_groups_again_only_the_date_blocks_the_change_reaches(make_content, tmp_path):
    content = make_content({f"articles/{name}": text for name, text in ARTICLES.items()})
    out = tmp_path / "site"
    assert _build(content, out).stats.blocks_grouped == 2  # 12月22日 and 12月23日
    (content / "articles" / "b.md").write_text(ARTICLES["b.md"] + "\n12月24日，阿里云再次回应。\n", encoding="utf-8")
    assert _build(content, out).stats.blocks_grouped == 1  # 12月24日: b's 12月23日 block is as it was; a's too
    assert main(["build", "--content", str(content), "--out", str(tmp_path / "fresh"), "--no-cache"]) == 0
    assert _files(out) == _files(tmp_path / "fresh")


def test_a_page_whose_view_did_not_change_is_kept_without_rendering_it(make_content, tmp_path):
    content = make_content({f"articles/{name}": text for name, text in ARTICLES.items()})
    out = tmp_path / "site"
    # The first build in another process: the views' digests must not depend on the process (hash seeds).
    subprocess.run(
        [sys.executable, str(REPO / "build.py"), "build", "--content", str(content), "--out", str(out)],
        check=True,
        capture_output=True,
        cwd=tmp_path,
    )
    before = _inodes(out)
    (content / "articles" / "b.md").write_text(ARTICLES["b.md"].replace("title: B", "title: B2"), encoding="utf-8")
    result = _build(content, out)
    pages = len([name for name in before if name.endswith(".html")])
    assert result.stats.pages_rendered + result.stats.pages_kept == result.pages == pages
    assert 2 <= result.stats.pages_rendered < pages / 2  # sources/b.html in each UI language, and the lists
    after = _inodes(out)
    assert after["sources/a.html"] == before["sources/a.html"] and after["en/about.html"] == before["en/about.html"]
    assert main(["build", "--content", str(content), "--out", str(tmp_path / "fresh"), "--no-cache"]) == 0
    assert _files(out) == _files(tmp_path / "fresh")


def test_a_kept_page_changed_in_the_site_folder_is_rendered_again(make_content, tmp_path):
    content, out = _built_in_one_process(make_content, tmp_path)
    twin = tmp_path / "twin"  # built alike, and left alone
    _build(content, twin)
    page = out / "sources" / "a.html"
    page.write_text(page.read_text(encoding="utf-8").replace("</body>", "<p>edited here</p></body>"), encoding="utf-8")
    (content / "articles" / "b.md").write_text(ARTICLES["b.md"].replace("title: B", "title: B2"), encoding="utf-8")
    rendered = _build(content, out).stats.pages_rendered
    assert rendered == _build(content, twin).stats.pages_rendered + 1  # sources/a.html too
    assert "edited here" not in (out / "sources" / "a.html").read_text(encoding="utf-8")
    assert main(["build", "--content", str(content), "--out", str(tmp_path / "fresh"), "--no-cache"]) == 0
    assert _files(out) == _files(tmp_path / "fresh")


def test_a_changed_template_renders_its_pages_again(make_content, tmp_path):
    content, out = _built_in_one_process(make_content, tmp_path)
    templates = content.parent / "templates"
    templates.mkdir()
    source = (REPO / "templates" / "source.html").read_text(encoding="utf-8")
    (templates / "source.html").write_text(
        source.replace("</article>", '<p class="theme-mark">x</p></article>', 1), encoding="utf-8"
    )
    stats = _build(content, out).stats
    assert stats.pages_kept == 0  # every page's template set changed
    assert 'class="theme-mark"' in (out / "sources" / "a.html").read_text(encoding="utf-8")


def test_a_view_digest_is_by_value():
    from markupsafe import Markup

    from dateline.pagememo import view_digest

    shared = "同一段文字"
    same_object = view_digest(b"salt", "t.html", {"a": [shared, shared]})
    equal_values = view_digest(b"salt", "t.html", {"a": ["同一段" + "文字", "同一" + "段文字"]})
    assert same_object == equal_values != ""
    assert view_digest(b"salt", "t.html", {"a": [Markup(shared), shared]}) != same_object
    assert view_digest(b"other", "t.html", {"a": [shared, shared]}) != same_object
    assert view_digest(b"salt", "u.html", {"a": [shared, shared]}) != same_object
    assert view_digest(b"salt", "t.html", {"a": lambda: None}) == ""  # not serialisable: always rendered


def test_a_search_index_made_by_another_pagefind_is_made_again(make_content, tmp_path, monkeypatch):
    import json

    from pagefind.service import PagefindService

    import dateline.search as search

    content, out = _built_in_one_process(make_content, tmp_path)
    entry = out / "pagefind" / "pagefind-entry.json"
    made = json.loads(entry.read_text(encoding="utf-8"))
    assert made["version"] == search.pagefind_version() != ""
    entry.write_text(json.dumps({**made, "version": "0.9.0"}), encoding="utf-8")
    runs = _recorded(monkeypatch, PagefindService, "create_index")
    article = content / "articles" / "a.md"
    article.write_text(ARTICLES["a.md"] + "\n相关部门未予置评。\n", encoding="utf-8")  # no event page changes
    assert main(["build", "--content", str(content), "--out", str(out), "--jobs", "1"]) == 0
    assert len(runs) == 1
    assert json.loads(entry.read_text(encoding="utf-8"))["version"] == search.pagefind_version()


def test_mentions_made_by_other_extraction_code_are_not_reused(make_content, tmp_path, monkeypatch):
    import dateline.pipeline as pipeline

    content = make_content({f"articles/{name}": text for name, text in ARTICLES.items()})
    out = tmp_path / "site"
    _build_once(content, out)
    runs = _recorded(monkeypatch, pipeline, "extract_mentions")
    (content / "articles" / "a.md").write_text(ARTICLES["a.md"] + "\n12月24日，另有消息。\n", encoding="utf-8")
    _build_once(content, out)
    assert len(runs) == 1  # only the changed article
    real = pipeline.code_digest
    monkeypatch.setattr(pipeline, "code_digest", lambda *parts: real(*parts) + ("x" if parts else ""))
    (content / "articles" / "a.md").write_text(ARTICLES["a.md"], encoding="utf-8")
    _build_once(content, out)
    assert len(runs) == 1 + len(ARTICLES)  # the extraction code changed: every article again
