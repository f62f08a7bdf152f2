"""Editor YAML: validation with lines, overrides, hides, merges and new events."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.editorial import apply_editorial, granularity_of, load_editor_entries, load_entities
from dateline.model import Citation, Event, Report


@pytest.fixture(autouse=True)
def _work_in_tmp_path(tmp_path, monkeypatch):
    """Messages name files as seen from where the command runs: here, the folder that holds content/."""
    monkeypatch.chdir(tmp_path)


def _event(event_id: str, date: str, article: str = "a1", title: str = "t") -> Event:
    citation = Citation(article=article, quote="q", as_written="x", date=date)
    return Event(
        id=event_id,
        date=date,
        end_date=None,
        granularity="day",
        title=title,
        summary="s",
        sources=(citation,),
        entities=("e1",),
    )


def _entries(tmp_path: Path, text: str, report: Report):
    events = tmp_path / "content" / "events"
    events.mkdir(parents=True)
    (events / "edits.yaml").write_text(text, encoding="utf-8")
    return load_editor_entries(tmp_path / "content", report)


def test_granularity_of_every_form():
    assert granularity_of("2021") == "year"
    assert granularity_of("2021-Q3") == "quarter"
    assert granularity_of("2021-H1") == "half"
    assert granularity_of("2021-12") == "month"
    assert granularity_of("2021-12-09") == "day"
    assert granularity_of("2021-12-10T12:00") == "time"
    for impossible in ("2021-02-30", "2021-13", "0000", "2021-12-10T25:00", "12/9/2021", ""):
        assert granularity_of(impossible) is None


def test_override_hide_and_new_event(tmp_path):
    report = Report()
    entries = _entries(
        tmp_path,
        """\
- id: 2021-12-22-aaaaaa
  title: 工信部暂停阿里云合作单位资格
- id: 2021-12-09-bbbbbb
  hide: true
- date: 2021-12-06
  title: Apache 完成 Log4j 修复
  sources: [{url: "https://logging.apache.org/", title: Apache}]
""",
        report,
    )
    events = (_event("2021-12-22-aaaaaa", "2021-12-22"), _event("2021-12-09-bbbbbb", "2021-12-09"))
    result = apply_editorial(events, entries, {"a1": "text"}, {"e1"}, report)
    by_id = {e.id: e for e in result.events}
    assert report.problems == []
    assert by_id["2021-12-22-aaaaaa"].title == "工信部暂停阿里云合作单位资格"
    assert by_id["2021-12-22-aaaaaa"].origin == "merged"
    assert by_id["2021-12-22-aaaaaa"].edited_in.endswith("events/edits.yaml")
    assert "2021-12-09-bbbbbb" not in by_id
    added = [e for e in result.events if e.origin == "editorial"]
    assert (
        len(added) == 1 and added[0].date == "2021-12-06" and added[0].sources[0].url == "https://logging.apache.org/"
    )


def test_an_editors_date_corrects_the_date_and_keeps_no_variant_of_the_wrong_one(tmp_path):
    report = Report()
    entries = _entries(tmp_path, "- id: 2021-12-22-aaaaaa\n  date: 2021-12-21\n", report)
    result = apply_editorial((_event("2021-12-22-aaaaaa", "2021-12-22"),), entries, {"a1": "q"}, {"e1"}, report)
    (event,) = result.events
    assert (event.date, event.granularity, event.variant_dates) == ("2021-12-21", "day", ())
    assert report.problems == []


def test_show_date_picks_one_of_the_sources_dates_and_keeps_the_other(tmp_path):
    report = Report()
    entries = _entries(tmp_path, "- id: 2021-12-22-aaaaaa\n  show_date: 2021-12\n", report)
    result = apply_editorial((_event("2021-12-22-aaaaaa", "2021-12-22"),), entries, {"a1": "q"}, {"e1"}, report)
    (event,) = result.events
    assert (event.date, event.granularity) == ("2021-12", "month")
    assert [(v.date, v.sources) for v in event.variant_dates] == [("2021-12-22", ("a1",))]


def test_merge_keeps_every_source_and_the_variant_dates(tmp_path):
    report = Report()
    entries = _entries(tmp_path, "- merge: [2021-07-12-aaaaaa, 2021-07-13-bbbbbb]\n  title: 规定印发\n", report)
    events = (_event("2021-07-12-aaaaaa", "2021-07-12", "a1"), _event("2021-07-13-bbbbbb", "2021-07-13", "a2"))
    result = apply_editorial(events, entries, {"a1": "", "a2": ""}, {"e1"}, report)
    assert [e.id for e in result.events] == ["2021-07-12-aaaaaa"]
    merged = result.events[0]
    assert {c.article for c in merged.sources} == {"a1", "a2"}
    assert [(v.date, v.sources) for v in merged.variant_dates] == [("2021-07-12", ("a1",)), ("2021-07-13", ("a2",))]
    assert merged.title == "规定印发"


def test_an_override_of_no_event_is_an_error_naming_the_nearest_ids_of_its_day_first(tmp_path):
    report = Report()
    entries = _entries(
        tmp_path,
        "- id: 2021-12-22-ffffff\n  title: 旧标题\n- id: 2021-12-23-eeeeee\n  importance: 3\n"
        "- id: 2021-12-22-aaaaab\n  hide: true\n- merge: [2021-12-22-aaaaaa, 2021-12-09-bbbbbc]\n",
        report,
    )
    events = (
        _event("2021-12-22-aaaaaa", "2021-12-22", title="工信部暂停阿里云合作单位资格"),
        _event("2021-12-21-ffffff", "2021-12-21"),  # alike, but of another day: named after the same day's
        _event("2021-12-09-bbbbbb", "2021-12-09"),
    )
    result = apply_editorial(events, entries, {"a1": "q"}, {"e1"}, report)
    assert [e.id for e in result.events] == ["2021-12-09-bbbbbb", "2021-12-21-ffffff", "2021-12-22-aaaaaa"]
    assert result.mistakes == 4 and [e.fields.get("id") for e in result.stale][:3] == [
        "2021-12-22-ffffff",
        "2021-12-23-eeeeee",
        "2021-12-22-aaaaab",
    ]
    assert [(p.severity, p.line) for p in report.problems] == [("error", 1), ("error", 3), ("error", 5), ("error", 7)]
    retitle, importance, hide, merge = (p.message for p in report.problems)
    assert retitle.startswith(
        "no event has id '2021-12-22-ffffff' (nearest: 2021-12-22-aaaaaa «工信部暂停阿里云合作单位资格», 2021-12-21-ffffff"
    )
    assert retitle.endswith(
        "to keep this entry as an editorial event, remove `id: 2021-12-22-ffffff` and add `date: 2021-12-22`"
    )
    assert "add `date: 2021-12-23` and add a `title:`" in importance
    assert hide.startswith("hide: no event has id '2021-12-22-aaaaab' (nearest: 2021-12-22-aaaaaa") and hide.endswith(
        "so nothing is hidden"
    )
    assert merge.startswith("merge: no event has id '2021-12-09-bbbbbc' (nearest: 2021-12-09-bbbbbb")
    merge_line = "- merge: [2021-12-22-aaaaaa, 2021-12-09-bbbbbc]"
    assert report.problems[3].column == merge_line.index("2021-12-09-bbbbbc") + 1  # the mistyped id, not the key


def test_keep_going_shows_a_lost_override_as_an_editorial_event_with_a_warning(tmp_path):
    report = Report()
    entries = _entries(
        tmp_path, "- id: 2021-12-22-ffffff\n  title: 旧标题\n- id: 2021-12-23-eeeeee\n  importance: 3\n", report
    )
    result = apply_editorial((), entries, {}, set(), report, keep_going=True)
    (shown,) = result.events
    assert (shown.date, shown.title, shown.origin) == ("2021-12-22", "旧标题", "editorial")
    assert [entry.fields["id"] for entry in result.stale] == ["2021-12-23-eeeeee"]
    assert [(p.severity, p.line) for p in report.problems] == [("warning", 1), ("warning", 3)]
    assert report.problems[0].message.endswith("shown as an editorial event")
    assert report.problems[1].message.endswith("this entry is not applied")


def test_a_quote_not_in_its_article_is_an_error_showing_the_closest_passage(tmp_path):
    report = Report()
    article = "工信部网络安全管理局通报。\n\n工信部网络安全管理局决定暂停阿里云作为上述合作单位6个月，并要求整改。"
    entries = _entries(
        tmp_path,
        """\
- date: 2021-12-22
  title: 暂停合作
  sources:
    - article: a1
      quote: 工信部网络安全管理局决定暂停阿里云作为合作单位六个月
- date: 2021-12-23
  title: 全角与折行
  sources:
    - article: a1
      quote: >-
        工信部网络安全管理局决定暂停阿里云作为上述合作单位6个月,
        并要求整改
- date: 2021-12-24
  title: 引自别处
  sources: [{article: a1, quote: 另一篇文章里的话}]
""",
        report,
    )
    result = apply_editorial((), entries, {"a1": article, "a2": "这是另一篇文章里的话。"}, set(), report)
    assert [(p.severity, p.line) for p in report.problems] == [("error", 5), ("error", 15)]
    assert report.problems[0].message == (
        "the quote is not in article 'a1'; the closest passage is «工信部网络安全管理局决定暂停阿里云作为上述合作单位6个月，并要求整改。»"
    )
    assert report.problems[1].message == "the quote is not in article 'a1'; it is in article 'a2'"
    # a quote YAML folded, with a full-width comma for the article's, is found and linked to its place
    folded = next(e for e in result.events if e.title == "全角与折行").sources[0]
    assert article[folded.start : folded.end] == "工信部网络安全管理局决定暂停阿里云作为上述合作单位6个月，并要求整改"


def test_an_unknown_article_or_entity_gets_a_did_you_mean(tmp_path):
    report = Report()
    entries = _entries(
        tmp_path,
        "- date: 2021-12-01\n  title: x\n  entities: [alibaba-clod]\n"
        "  sources: [{article: 000_0479ffc1c70ac9cf, quote: q}]\n",
        report,
    )
    apply_editorial((), entries, {"000_0479ffc1c70ac9ce": "q", "001_57c97ca1b2b2ab20": "q"}, {"alibaba-cloud"}, report)
    assert [(p.line, p.message.split(";")[:2]) for p in report.problems] == [
        (4, ["unknown article '000_0479ffc1c70ac9cf'", " did you mean '000_0479ffc1c70ac9ce'?"]),
        (3, ["unknown entity 'alibaba-clod'", " did you mean 'alibaba-cloud'?"]),
    ]


def test_duplicate_ids_unknown_articles_and_entities_are_errors(tmp_path):
    report = Report()
    entries = _entries(
        tmp_path,
        """\
- id: 2021-12-22-aaaaaa
  title: one
- id: 2021-12-22-aaaaaa
  title: two
- date: 2021-12-01
  title: new
  entities: [nobody]
  sources: [{article: no-such-article}]
""",
        report,
    )
    apply_editorial((_event("2021-12-22-aaaaaa", "2021-12-22"),), entries, {"a1": "text"}, {"e1"}, report)
    messages = sorted((p.line, p.message.split(" ")[0] + " " + p.message.split(" ")[1]) for p in report.problems)
    assert messages == [(3, "duplicate id"), (7, "unknown entity"), (8, "unknown article")]
    assert all(p.severity == "error" for p in report.problems)


def test_schema_errors_carry_line_and_column(tmp_path):
    report = Report()
    _entries(tmp_path, "- date: 2021-12-01\n  title: x\n  sources: [{url: 'ftp://x'}]\n  importance: high\n", report)
    assert sorted((p.line, p.column) for p in report.problems) == [(3, 3), (4, 3)]
    assert all(str(p).startswith("content/events/edits.yaml:") for p in report.problems)


def test_unknown_key_names_the_line_and_the_nearest_key(tmp_path):
    report = Report()
    entries = _entries(tmp_path, "- id: x1\n  title: ok\n- date: 2021-12-06\n  titel: typo\n", report)
    assert len(entries) == 1
    (problem,) = report.problems
    assert problem.line == 4 and "'titel'" in problem.message and "did you mean 'title'" in problem.message


def test_bad_dates_and_types_are_reported_with_lines(tmp_path):
    report = Report()
    entries = _entries(tmp_path, "- date: 2021-02-30\n  title: x\n- date: 2021-12-01\n  title: [not, text]\n", report)
    assert entries == ()
    assert [(p.line, p.severity) for p in report.problems] == [(1, "error"), (4, "error")]


def test_hostile_yaml_is_one_message_per_file(tmp_path):
    bomb = 'a: &a ["x","x"]\nb: &b [*a,*a]\nc: &c [*b,*b]\n'
    for text, expected in (
        (bomb, "aliases"),
        ("- !!python/object/apply:os.system [ls]\n", "not allowed"),
        ("- id: a\n  id: b\n", "duplicate key"),
        ("- id: a\n\t- b\n", "tab"),
        ("- id: [\n", "syntax"),
    ):
        report = Report()
        events = tmp_path / "content" / "events"
        events.mkdir(parents=True, exist_ok=True)
        (events / "bad.yaml").write_text(text, encoding="utf-8")
        assert load_editor_entries(tmp_path / "content", report) == ()
        (problem,) = report.problems
        assert expected in problem.message and problem.line is not None
        assert "\n" not in str(problem)


def test_entities_are_validated(tmp_path):
    content = tmp_path / "content"
    content.mkdir()
    (content / "entities.yaml").write_text(
        "- id: miit\n  name: 工信部\n  aliases: [工业和信息化部]\n- id: ../../etc\n  name: bad\n", encoding="utf-8"
    )
    report = Report()
    entities = load_entities(content, report)
    assert [e.id for e in entities] == ["miit"]
    assert entities[0].names == ("工信部", "工业和信息化部")
    (problem,) = report.problems
    assert problem.line == 4 and "id must be" in problem.message


def test_folded_chinese_lines_join_without_a_space(tmp_path):
    report = Report()
    entries = _entries(
        tmp_path,
        "- date: 2021-12-01\n  title: 标题\n  summary: >-\n    第一行，\n    第二行 and English\n    words。\n",
        report,
    )
    (event,) = apply_editorial((), entries, {}, set(), report).events
    assert event.summary == "第一行，第二行 and English words。"


def test_entity_links_must_be_web_addresses_and_ids_must_be_file_names(tmp_path):
    content = tmp_path / "content"
    content.mkdir()
    (content / "entities.yaml").write_text(
        "- id: miit\n  name: 工信部\n  link: javascript:alert(1)\n- id: CON\n  name: con\n- id: ok\n  name: 好\n"
        "  link: https://example.org/\n",
        encoding="utf-8",
    )
    report = Report()
    entities = load_entities(content, report)
    assert [e.id for e in entities] == ["ok"]
    assert [(p.line, p.message.split(" ")[0]) for p in report.problems] == [(1, "link"), (4, "id")]


def test_a_reserved_device_name_is_not_an_event_id(tmp_path):
    report = Report()
    assert _entries(tmp_path, "- id: CON\n  date: 2021-12-01\n  title: x\n", report) == ()
    (problem,) = report.problems
    assert problem.line == 1 and "Windows" in problem.message


def test_an_entry_that_repeats_another_is_shown_once_and_reported(tmp_path):
    from dateline.cli import main

    content = tmp_path / "content"
    (content / "articles").mkdir(parents=True)
    (content / "events").mkdir()
    (content / "site.yaml").write_text("title: Test\n", encoding="utf-8")
    (content / "articles" / "a.md").write_text(
        "---\ntitle: A\ndate: 2021-12-22\n---\n12月22日，工信部发布通报。\n", encoding="utf-8"
    )
    entry = "- date: 2021-11-18\n  title: 编辑补充\n"
    (content / "events" / "edits.yaml").write_text(entry + entry, encoding="utf-8")
    import contextlib
    import io
    import json

    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        assert main(["build", "--content", str(content), "--out", str(tmp_path / "site")]) == 0
    assert "edits.yaml:3: warning: this entry repeats the entry on line 1" in err.getvalue()
    events = json.loads((tmp_path / "site" / "data" / "events.json").read_text(encoding="utf-8"))["events"]
    assert [e["title"] for e in events].count("编辑补充") == 1


def test_titles_and_summaries_for_each_ui_language(tmp_path):
    report = Report()
    entries = _entries(
        tmp_path,
        """\
- id: 2021-12-22-aaaaaa
  title_en: MIIT suspends Alibaba Cloud
  summary_en: The ministry says Alibaba Cloud did not report the flaw in time.
- id: 2021-12-09-bbbbbb
  summary_zh: 中文
    摘要
- date: 2021-12-06
  title: Apache 发布 Log4j 修复
  title_en: Apache releases a fix for Log4j
""",
        report,
    )
    events = (_event("2021-12-22-aaaaaa", "2021-12-22"), _event("2021-12-09-bbbbbb", "2021-12-09"))
    result = apply_editorial(events, entries, {"a1": "q"}, {"e1"}, report)
    assert report.problems == []
    by_date = {event.date: event for event in result.events}
    suspended = by_date["2021-12-22"]
    assert suspended.title == "t" and suspended.text_in("en").title == "MIIT suspends Alibaba Cloud"
    assert suspended.text_in("en").summary.startswith("The ministry says") and suspended.text_in("zh-CN") is None
    assert by_date["2021-12-09"].text_in("zh-CN").summary == "中文摘要" and by_date["2021-12-09"].text_in("en") is None
    assert by_date["2021-12-06"].text_in("en").title == "Apache releases a fix for Log4j"


def test_a_title_for_a_language_must_say_something_and_name_a_ui_language(tmp_path):
    report = Report()
    _entries(tmp_path, "- id: 2021-12-22-aaaaaa\n  title_en: ''\n  title_fr: Le MIIT suspend Alibaba Cloud\n", report)
    messages = [str(problem) for problem in report.problems]
    assert "content/events/edits.yaml:2:3: title_en must not be empty" in messages
    assert any(
        m.startswith("content/events/edits.yaml:3:3: unknown key 'title_fr'; did you mean 'title") for m in messages
    )
