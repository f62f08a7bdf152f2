"""Per-article work in a process pool or on a Dask cluster builds the very same site."""
from __future__ import annotations

from pathlib import Path

import pytest

from dateline.cli import main
from dateline.workers import POOL_THRESHOLD

SENTENCES = [
    "{m}月{d}日，工信部网络安全管理局通报称，阿里云未及时报告漏洞。",
    "{m}月{d}日，阿里云发布说明，表示将强化漏洞报告管理。",
    "On {month} {d}, 2021, the Apache Software Foundation released a fix for Log4j.",
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def _corpus(content: Path, count: int) -> None:
    (content / "articles").mkdir(parents=True)
    (content / "site.yaml").write_text("title: Workers\n", encoding="utf-8")
    for number in range(count):
        month, day = number % 12 + 1, number % 27 + 1
        body = "\n\n".join(s.format(m=month, d=day, month=MONTHS[month - 1]) for s in SENTENCES)
        (content / "articles" / f"a{number:03d}.md").write_text(
            f"---\ntitle: Article {number}\ndate: 2021-12-28\n---\n{body}\n", encoding="utf-8")


def _files(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> tuple[Path, dict[str, bytes]]:
    root = tmp_path_factory.mktemp("workers")
    _corpus(root / "content", POOL_THRESHOLD + 16)
    assert main(["build", "--content", str(root / "content"), "--out", str(root / "serial"), "--jobs", "1",
                 "--no-cache"]) == 0
    return root, _files(root / "serial")


def test_a_process_pool_builds_the_same_site(corpus):
    root, serial = corpus
    assert main(["build", "--content", str(root / "content"), "--out", str(root / "pool"), "--jobs", "2",
                 "--no-cache"]) == 0
    assert _files(root / "pool") == serial


def test_a_dask_cluster_builds_the_same_site(corpus):
    distributed = pytest.importorskip("distributed")
    root, serial = corpus
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=True, host="127.0.0.1",
                                  dashboard_address=None) as cluster:
        address = cluster.scheduler_address.replace("tcp://", "dask://")
        assert main(["build", "--content", str(root / "content"), "--out", str(root / "dask"),
                     "--executor", address, "--no-cache"]) == 0
    assert _files(root / "dask") == serial


def test_an_unreachable_cluster_is_a_usage_error(corpus, capsys):
    pytest.importorskip("distributed")
    root, _ = corpus
    assert main(["build", "--content", str(root / "content"), "--out", str(root / "x"),
                 "--executor", "dask://127.0.0.1:9"]) == 2
    assert "cannot reach the Dask scheduler" in capsys.readouterr().err


def test_progress_is_told_of_every_article():
    from dateline.workers import map_in_order

    class Recorder:
        def __init__(self):
            self.events = []

        def stage(self, name, total):
            self.events.append((name, total))

        def advance(self, done=1):
            self.events.append(done)

    recorder = Recorder()
    assert map_in_order(str.upper, ["a", "b", "c"], None, recorder, "reading") == ["A", "B", "C"]
    assert recorder.events == [("reading", 3), 1, 1, 1]


def test_forked_consolidation_and_rendering_build_the_same_site(corpus, monkeypatch):
    """Copies, interval checks, headlines and pages are made in forked workers that share the parent's
    memory; the site is the same."""
    from concurrent.futures import ProcessPoolExecutor

    import dateline.render as render
    import dateline.workers as workers

    contexts = []

    class RecordingPool(ProcessPoolExecutor):
        def __init__(self, *args, **kwargs):
            contexts.append(kwargs.get("mp_context"))
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(workers, "ProcessPoolExecutor", RecordingPool)
    monkeypatch.setattr(render, "PARALLEL_PAGES", 1)
    monkeypatch.setattr(workers, "POOL_THRESHOLD", 1)
    root, serial = corpus
    assert main(["build", "--content", str(root / "content"), "--out", str(root / "forked"), "--jobs", "2",
                 "--no-cache"]) == 0
    assert _files(root / "forked") == serial
    forked = [c for c in contexts if c is not None and c.get_start_method() == "fork"]
    # copy detection and interval checks in the background, headlines and pages in pools
    assert len(forked) == 4
