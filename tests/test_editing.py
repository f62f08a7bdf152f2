"""The editing loop through the CLI: adopt, errors that keep the old site, and no edit ever lost."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dateline.cli import main

ARTICLES = {
    "suspension": "---\ntitle: 阿里云被暂停合作单位资格\ndate: 2021-12-22 10:00\n---\n"
    "12月22日，工信部网络安全管理局决定暂停阿里云作为合作单位6个月。\n\n"
    "11月24日，阿里云向阿帕奇软件基金会报告了Log4j2漏洞。\n",
    "response": "---\ntitle: 阿里云回应\ndate: 2021-12-24 09:00\n---\n"
    "12月23日，阿里云发布说明，表示将强化漏洞报告管理。\n\n"
    "12月22日，阿里云被暂停作为工信部网络安全威胁信息共享平台合作单位6个月。\n",
    "weather": "---\ntitle: Snow in Beijing\ndate: 2021-12-25\n---\n"
    "On December 20, 2021, Beijing saw its first heavy snow of the winter.\n",
}
EDITOR_FILE = "# Editors' corrections. Comments and layout are ours.\n\n- date: 2021-12-06\n  title: Apache 发布修复版本   # keep this note\n"


def _content(root: Path, articles: list[str], editor_text: str = EDITOR_FILE) -> Path:
    content = root / "content"
    (content / "articles").mkdir(parents=True, exist_ok=True)
    (content / "events").mkdir(exist_ok=True)
    (content / "site.yaml").write_text("title: Test\n", encoding="utf-8")
    for name in articles:
        (content / "articles" / f"{name}.md").write_text(ARTICLES[name], encoding="utf-8")
    (content / "events" / "edits.yaml").write_text(editor_text, encoding="utf-8")
    return content


def _build(content: Path, out: Path) -> int:
    return main(["build", "--content", str(content), "--out", str(out)])


def _events(out: Path) -> dict[str, dict]:
    return {e["id"]: e for e in json.loads((out / "data" / "events.json").read_text(encoding="utf-8"))["events"]}


def test_adopt_appends_complete_entries_and_keeps_every_existing_byte(tmp_path):
    content = _content(tmp_path, ["suspension", "response"])
    assert _build(content, tmp_path / "site") == 0
    extracted = [e for e in _events(tmp_path / "site").values() if e["origin"] == "extracted"]
    chosen = extracted[0]["id"]
    before = (content / "events" / "edits.yaml").read_bytes()
    assert main(["adopt", chosen, "--content", str(content), "--to", str(content / "events" / "edits.yaml")]) == 0
    after = (content / "events" / "edits.yaml").read_bytes()
    assert after.startswith(before)
    entries = yaml.safe_load(after)
    adopted = [e for e in entries if e.get("id") == chosen]
    assert len(adopted) == 1 and adopted[0]["title"] and adopted[0]["sources"]
    assert _build(content, tmp_path / "site") == 0
    event = _events(tmp_path / "site")[chosen]
    assert event["origin"] == "merged"
    assert len(event["sources"]) == len(extracted[0]["sources"])  # adopting does not double the citations
    # adopting the same event again adds nothing
    assert main(["adopt", chosen, "--content", str(content), "--to", str(content / "events" / "edits.yaml")]) == 0
    assert (content / "events" / "edits.yaml").read_bytes() == after


def test_adopt_of_an_unknown_id_is_an_error_and_writes_nothing(tmp_path, capsys):
    content = _content(tmp_path, ["suspension"])
    before = (content / "events" / "edits.yaml").read_bytes()
    assert (
        main(["adopt", "2021-01-01-000000", "--content", str(content), "--to", str(content / "events" / "edits.yaml")])
        == 1
    )
    assert "2021-01-01-000000" in capsys.readouterr().err
    assert (content / "events" / "edits.yaml").read_bytes() == before


def test_an_editor_error_keeps_the_previous_site(tmp_path, capsys):
    content = _content(tmp_path, ["suspension"])
    assert _build(content, tmp_path / "site") == 0
    index_before = (tmp_path / "site" / "index.html").read_bytes()
    (content / "events" / "edits.yaml").write_text("- date: 2021-12-06\n  titel: typo\n", encoding="utf-8")
    assert _build(content, tmp_path / "site") == 1
    err = capsys.readouterr().err
    assert "edits.yaml:2:3: unknown key 'titel'; did you mean 'title'?" in err
    assert "Traceback" not in err
    assert (tmp_path / "site" / "index.html").read_bytes() == index_before


def test_check_reports_a_hand_edited_generated_file(tmp_path, capsys):
    content = _content(tmp_path, ["suspension"])
    assert _build(content, tmp_path / "site") == 0
    generated = next((content / "extracted").glob("*.yaml"))
    generated.write_text(generated.read_text(encoding="utf-8").replace("12月22日", "12月21日", 1), encoding="utf-8")
    assert main(["check", "--content", str(content)]) == 0
    assert f"{generated.name}: warning: this generated file was edited by hand" in capsys.readouterr().err


def _run(args: list[str]) -> tuple[int, str, str]:
    """Run `dateline ARGS` here: the status, standard output and standard error."""
    import contextlib
    import io

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main(args)
    return status, out.getvalue(), err.getvalue()


def _built(
    tmp_path: Path, articles: tuple[str, ...] = ("suspension", "response")
) -> tuple[Path, Path, dict[str, dict]]:
    """The articles (the suspension and the response), built once: the content, the site and its events by date."""
    content = _content(tmp_path, list(articles))
    assert _build(content, tmp_path / "site") == 0
    by_date = {e["date"]: e for e in _events(tmp_path / "site").values()}
    return content, tmp_path / "site", by_date


def _snapshot(site: Path) -> dict[str, bytes]:
    return {path.relative_to(site).as_posix(): path.read_bytes() for path in site.rglob("*") if path.is_file()}


def test_a_mistyped_override_id_stops_the_build_naming_the_nearest_ids(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    content, site, by_date = _built(tmp_path)
    suspension = by_date["2021-12-22"]["id"]
    mistyped = suspension[:-1] + ("0" if suspension[-1] != "0" else "1")
    edits = content / "events" / "edits.yaml"
    edits.write_text(EDITOR_FILE + f"- id: {mistyped}\n  title: 工信部暂停阿里云合作单位资格\n", encoding="utf-8")
    before = _snapshot(site)
    status, _, err = _run(["build", "--content", "content", "--out", "site"])
    assert status == 1
    assert (
        f"content/events/edits.yaml:5:3: no event has id '{mistyped}' (nearest: {suspension} "
        f"«{by_date['2021-12-22']['title']}»"
    ) in err
    assert f"remove `id: {mistyped}` and add `date: 2021-12-22`" in err
    assert "nothing written; the previous site is unchanged (fix the entries above, or build with --keep-going" in err
    assert _snapshot(site) == before  # no event titled as the override, no page for the mistyped id

    # --keep-going (or keep_going: true in site.yaml) publishes it as before, with a warning
    status, _, err = _run(["build", "--content", "content", "--out", "site", "--keep-going"])
    assert status == 0 and f"edits.yaml:5:3: warning: no event has id '{mistyped}'" in err
    assert _events(site)[mistyped]["origin"] == "editorial"
    (content / "site.yaml").write_text("title: Test\nkeep_going: true\n", encoding="utf-8")
    assert _run(["check", "--content", "content"])[0] == 0


def test_a_quote_not_in_its_article_stops_the_build_showing_the_closest_passage(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    content, site, _ = _built(tmp_path)
    before = _snapshot(site)
    (content / "events" / "edits.yaml").write_text(
        "- date: 2021-12-06\n  title: Apache 发布修复版本\n  sources:\n    - article: suspension\n"
        "      quote: 工信部网络安全管理局决定暂停阿里云作为合作单位六个月\n",
        encoding="utf-8",
    )
    status, _, err = _run(["build", "--content", "content", "--out", "site"])
    assert status == 1
    assert (
        "content/events/edits.yaml:5:7: the quote is not in article 'suspension'; the closest passage is "
        "«12月22日，工信部网络安全管理局决定暂停阿里云作为合作单位6个月。»"
    ) in err.splitlines()
    assert _snapshot(site) == before  # no "view in the original" link to a sentence no source says


def test_an_unknown_article_gets_a_did_you_mean(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    content, site, _ = _built(tmp_path)
    before = _snapshot(site)
    (content / "events" / "edits.yaml").write_text(
        "- date: 2021-12-06\n  title: Apache 发布修复版本\n  sources: [{article: suspention}]\n", encoding="utf-8"
    )
    status, _, err = _run(["build", "--content", "content", "--out", "site", "--keep-going"])
    assert status == 1  # an article that is not there is never published, whatever the switch
    assert "content/events/edits.yaml:3:14: unknown article 'suspention'; did you mean 'suspension'?" in err
    assert _snapshot(site) == before


def test_a_hidden_or_merged_events_page_stays_and_says_where_the_event_went(tmp_path, monkeypatch):
    from xml.etree import ElementTree

    from bs4 import BeautifulSoup

    monkeypatch.chdir(tmp_path)
    content, site, by_date = _built(tmp_path)
    report, response, suspension = (by_date[d]["id"] for d in ("2021-11-24", "2021-12-23", "2021-12-22"))
    atom = "{http://www.w3.org/2005/Atom}"

    def feed_ids() -> dict[str, str]:  # event page -> entry id
        root = ElementTree.parse(site / "feed.xml").getroot()
        return {
            entry.find(f"{atom}link").get("href"): entry.find(f"{atom}id").text for entry in root.iter(f"{atom}entry")
        }

    ids_before = feed_ids()
    (content / "events" / "edits.yaml").write_text(
        f"- id: {report}\n  hide: true\n- merge: [{suspension}, {response}]\n", encoding="utf-8"
    )
    status, out, _ = _run(["build", "--content", "content", "--out", "site"])
    assert status == 0
    assert f"removed     {report}  «{by_date['2021-11-24']['title']}»  2021-11-24, hidden by the editors" in out
    assert f"removed     {response}  «{by_date['2021-12-23']['title']}»  2021-12-23, merged into {suspension}" in out

    for prefix in ("", "en/"):
        hidden = BeautifulSoup((site / prefix / "events" / f"{report}.html").read_bytes(), "html5lib")
        assert hidden.find("h1").get_text() == by_date["2021-11-24"]["title"]
        assert hidden.select_one(".forwarded-to a") is None and hidden.select_one(".event-id code").text == report
        merged = BeautifulSoup((site / prefix / "events" / f"{response}.html").read_bytes(), "html5lib")
        assert merged.select_one(".forwarded-to a")["href"] == f"../events/{suspension}.html"
        assert merged.find("meta", attrs={"name": "robots"})["content"] == "noindex"
    assert (site / "en" / "events" / f"{response}.html").read_text(encoding="utf-8").count('lang="zh') >= 1
    # listed nowhere: not in the data, the sitemap, the feeds, the timeline or the search page
    assert set(_events(site)) == {suspension}
    for name in ("sitemap.xml", "feed.xml", "feed.json", "index.html", "search.html", "events.ics"):
        text = (site / name).read_text(encoding="utf-8")
        assert report not in text and response not in text, name
    # the event that stays keeps its feed entry id
    assert feed_ids() == {href: entry for href, entry in ids_before.items() if suspension in href}


def test_every_build_and_diff_list_what_changed_by_id_and_headline(tmp_path, monkeypatch):
    import functools
    import http.server
    import threading

    monkeypatch.chdir(tmp_path)
    content, site, by_date = _built(tmp_path, ("suspension", "response", "weather"))
    report, suspension, snow = (by_date[d] for d in ("2021-11-24", "2021-12-22", "2021-12-20"))
    (content / "events" / "edits.yaml").write_text(
        EDITOR_FILE
        + f"- id: {suspension['id']}\n  title: 工信部暂停阿里云合作单位资格\n"
        + "  sources: [{url: 'https://example.org/notice', title: 通报}]\n"
        + f"- id: {report['id']}\n  date: 2021-11-25\n- date: 2021-12-01\n  title: 编辑补充的事件\n",
        encoding="utf-8",
    )
    (content / "articles" / "weather.md").unlink()
    added = next(line for line in _run(["check", "--content", "content"])[1].splitlines() if "编辑补充的事件" in line)
    expected = [
        "changes since site: 1 added, 1 removed, 1 re-dated, 1 retitled, 1 re-sourced",
        f"  re-dated    {report['id']}  «{report['title']}»  2021-11-24 → 2021-11-25",
        f"  added       {added.split()[0]}  «编辑补充的事件»  2021-12-01",
        f"  removed     {snow['id']}  «{snow['title']}»  2021-12-20",
        f"  retitled    {suspension['id']}  «工信部暂停阿里云合作单位资格»  was «{suspension['title']}»",
        f"  re-sourced  {suspension['id']}  «工信部暂停阿里云合作单位资格»  +https://example.org/notice",
    ]

    # before building, diff says what the build will change: every line of it, and changes nothing
    before = _snapshot(site)
    assert _run(["diff", "--content", "content", "--out", "site"])[:2] == (0, "\n".join(expected) + "\n")
    assert _snapshot(site) == before

    # against a published events.json, as a file or as the site's address
    published = tmp_path / "published.json"
    published.write_bytes((site / "data" / "events.json").read_bytes())
    status, out, _ = _run(["diff", "--content", "content", "--against", str(published)])
    assert status == 0 and out.splitlines()[1:] == expected[1:]
    quiet = type("Quiet", (http.server.SimpleHTTPRequestHandler,), {"log_message": lambda *args: None})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        address = f"http://127.0.0.1:{server.server_address[1]}/"
        status, out, _ = _run(["diff", "--content", "content", "--against", address])
        assert (
            status == 0
            and out.splitlines() == [f"changes since {address}: " + expected[0].split(": ")[1]] + expected[1:]
        )
    finally:
        server.shutdown()
    status, _, err = _run(["diff", "--content", "content", "--against", str(tmp_path / "missing.json")])
    assert status == 2 and err == "dateline: cannot read missing.json: No such file or directory\n"

    # the build says the same; then there is nothing left to diff, and an unchanged build lists nothing
    status, out, _ = _run(["build", "--content", "content", "--out", "site"])
    assert (
        status == 0
        and out.splitlines() == ["changes since the last build: " + expected[0].split(": ")[1]] + expected[1:]
    )
    assert _run(["diff", "--content", "content", "--out", "site"])[1] == "changes since site: no event changed\n"
    assert _run(["build", "--content", "content", "--out", "site"])[:2] == (0, "")


def test_event_pages_and_check_show_each_events_id(tmp_path, monkeypatch):
    from bs4 import BeautifulSoup

    monkeypatch.chdir(tmp_path)
    _, site, by_date = _built(tmp_path)
    for event in by_date.values():
        page = BeautifulSoup((site / "events" / f"{event['id']}.html").read_bytes(), "html5lib")
        assert page.select_one(".event-id code").get_text() == event["id"]
    status, out, _ = _run(["check", "--content", "content"])
    listed = out.split("# Events: 4;", 1)[1].splitlines()[1:]
    assert status == 0 and [line.split("  ")[:3] for line in listed] == [
        [e["id"], e["date"], e["title"]] for e in sorted(by_date.values(), key=lambda e: (e["date"], e["id"]))
    ]
    assert listed[1].endswith("[editorial]")


OPERATIONS = st.lists(
    st.one_of(
        st.tuples(st.just("add"), st.sampled_from(sorted(ARTICLES))),
        st.tuples(st.just("remove"), st.sampled_from(sorted(ARTICLES))),
        st.tuples(st.just("retitle"), st.integers(0, 20)),
        st.tuples(st.just("hide"), st.integers(0, 20)),
        st.tuples(st.just("new"), st.integers(1, 28)),
        st.tuples(st.just("stale"), st.integers(1, 28)),
    ),
    min_size=1,
    max_size=6,
)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(OPERATIONS)
def test_no_edit_is_ever_lost(operations):
    """Random edits, re-extractions, additions and removals: editor files stay byte-identical; a build either
    shows every editor entry as written, or is stopped by errors naming the entries' lines and leaves the
    previous site; and with --keep-going every entry shows on the site or is reported."""
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        present = ["suspension"]
        content = _content(root, present, "# editor file\n")
        editor_file = content / "events" / "edits.yaml"
        out, kept_going = root / "site", root / "kept-going"
        assert _build(content, out) in (0, 1)
        for kind, value in operations:
            events = _events(kept_going) if (kept_going / "data" / "events.json").exists() else {}
            extracted = sorted(i for i, e in events.items() if e["origin"] in ("extracted", "merged"))
            if kind == "add" and value not in present:
                present.append(value)
                (content / "articles" / f"{value}.md").write_text(ARTICLES[value], encoding="utf-8")
            elif kind == "remove" and value in present:
                present.remove(value)
                (content / "articles" / f"{value}.md").unlink()
            elif kind in ("retitle", "hide") and extracted:
                event_id = extracted[value % len(extracted)]
                text = editor_file.read_text(encoding="utf-8")
                if f"id: {event_id}\n" not in text:
                    line = f"  title: 编辑标题 {value}\n" if kind == "retitle" else "  hide: true\n"
                    editor_file.write_text(text + f"- id: {event_id}\n{line}", encoding="utf-8")
            elif kind == "new":
                editor_file.write_text(
                    editor_file.read_text(encoding="utf-8")
                    + f"- date: 2021-11-{value:02d}\n  title: 编辑补充 {value}\n",
                    encoding="utf-8",
                )
            elif kind == "stale":
                stale_id = f"2021-10-{value:02d}-abcdef"
                text = editor_file.read_text(encoding="utf-8")
                if stale_id not in text:
                    editor_file.write_text(text + f"- id: {stale_id}\n  summary: 旧摘要\n", encoding="utf-8")
            written = editor_file.read_bytes()
            entries = yaml.safe_load(written) or []
            before = (out / "data" / "events.json").read_bytes() if (out / "data" / "events.json").exists() else None

            status, kept_stderr = _build_quietly(content, kept_going, "--keep-going")
            assert editor_file.read_bytes() == written
            assert "Traceback" not in kept_stderr and status == 0
            _assert_every_entry_shows(entries, _events(kept_going), kept_stderr)

            status, stderr = _build_quietly(content, out)
            assert editor_file.read_bytes() == written
            assert "Traceback" not in stderr and status in (0, 1)
            if status == 0:  # published: every entry exactly as written, nothing made up
                _assert_every_entry_shows(entries, _events(out), "")
                continue
            # stopped by errors on lines of the editor file, among them every entry --keep-going warned
            # about; the previous site is left as it was
            told = [line for line in stderr.splitlines() if line.startswith(f"{editor_file}:")]
            assert any(": warning: " not in line for line in told)
            warned = [line for line in kept_stderr.splitlines() if line.startswith(f"{editor_file}:")]
            assert {line.split(": ", 1)[0] for line in warned} <= {line.split(": ", 1)[0] for line in told}
            assert before is None or (out / "data" / "events.json").read_bytes() == before


def _build_quietly(content: Path, out: Path, *options: str) -> tuple[int, str]:
    import contextlib
    import io

    stderr = io.StringIO()
    with contextlib.redirect_stderr(stderr), contextlib.redirect_stdout(io.StringIO()):
        status = main(["build", "--content", str(content), "--out", str(out), *options])
    return status, stderr.getvalue()


def _assert_every_entry_shows(entries: list[dict], events: dict[str, dict], stderr: str) -> None:
    """Each entry is on the site as written, or its id is named in what the build reported."""
    for entry in entries:
        reported = entry.get("id") and entry["id"] in stderr
        if entry.get("hide"):
            assert entry["id"] not in events or reported
        elif "id" in entry and "title" in entry:
            assert (entry["id"] in events and events[entry["id"]]["title"] == entry["title"]) or reported
        elif "id" in entry:
            assert reported or entry["id"] in events
        else:
            assert any(e["title"] == entry["title"] and e["date"] == str(entry["date"]) for e in events.values())
