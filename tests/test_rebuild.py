"""Rebuilds do no needless work: nothing changed is a no-op; unchanged pages are not rewritten."""
from __future__ import annotations

from pathlib import Path

from dateline.cli import main

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


def test_warnings_are_repeated_when_nothing_changed(make_content, tmp_path, capsys):
    content = make_content({"articles/undated.md": "# 无日期\n\n昨天，阿里云发布说明。\n"})
    out = tmp_path / "site"
    main(["build", "--content", str(content), "--out", str(out)])
    first = capsys.readouterr().err
    main(["build", "--content", str(content), "--out", str(out)])
    second = capsys.readouterr().err
    assert "undated.md: warning: no publication date" in first
    assert first.splitlines()[0] == second.splitlines()[0]
