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
    """Random edits, re-extractions, additions and removals: editor files stay byte-identical,
    and every editor entry shows on the site or is reported."""
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        present = ["suspension"]
        content = _content(root, present, "# editor file\n")
        editor_file = content / "events" / "edits.yaml"
        out = root / "site"
        assert _build(content, out) in (0, 1)
        for kind, value in operations:
            events = _events(out) if (out / "data" / "events.json").exists() else {}
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
            import contextlib
            import io

            stderr = io.StringIO()
            with contextlib.redirect_stderr(stderr):
                status = _build(content, out)
            assert editor_file.read_bytes() == written
            assert "Traceback" not in stderr.getvalue()
            assert status in (0, 1)
            events = _events(out)
            for entry in yaml.safe_load(written) or []:
                reported = entry.get("id") and entry["id"] in stderr.getvalue()
                if entry.get("hide"):
                    assert entry["id"] not in events or reported
                elif "id" in entry and "title" in entry:
                    assert (entry["id"] in events and events[entry["id"]]["title"] == entry["title"]) or reported
                elif "id" in entry:
                    assert reported or entry["id"] in events
                else:
                    assert any(
                        e["title"] == entry["title"] and e["date"] == str(entry["date"]) for e in events.values()
                    )
