"""Per-article work in a process pool or on a Dask cluster builds the very same site."""

from __future__ import annotations

import calendar
import os
import signal
from pathlib import Path

import pytest

from dateline.cli import main
from dateline.workers import POOL_THRESHOLD

SENTENCES = [
    "{m}月{d}日，工信部网络安全管理局通报称，阿里云未及时报告漏洞。",
    "{m}月{d}日，阿里云发布说明，表示将强化漏洞报告管理。",
    "On {month} {d}, 2021, the Apache Software Foundation released a fix for Log4j.",
]
MONTHS = list(calendar.month_name)[1:]


def _corpus(content: Path, count: int) -> None:
    (content / "articles").mkdir(parents=True)
    (content / "site.yaml").write_text("title: Workers\n", encoding="utf-8")
    for number in range(count):
        month, day = number % 12 + 1, number % 27 + 1
        body = "\n\n".join(s.format(m=month, d=day, month=MONTHS[month - 1]) for s in SENTENCES)
        (content / "articles" / f"a{number:03d}.md").write_text(
            f"---\ntitle: Article {number}\ndate: 2021-12-28\n---\n{body}\n", encoding="utf-8"
        )


def _files(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> tuple[Path, dict[str, bytes]]:
    root = tmp_path_factory.mktemp("workers")
    _corpus(root / "content", POOL_THRESHOLD + 16)
    assert (
        main(["build", "--content", str(root / "content"), "--out", str(root / "serial"), "--jobs", "1", "--no-cache"])
        == 0
    )
    return root, _files(root / "serial")


def test_a_process_pool_builds_the_same_site(corpus):
    root, serial = corpus
    assert (
        main(["build", "--content", str(root / "content"), "--out", str(root / "pool"), "--jobs", "2", "--no-cache"])
        == 0
    )
    assert _files(root / "pool") == serial


def test_a_dask_cluster_builds_the_same_site(corpus):
    distributed = pytest.importorskip("distributed")
    root, serial = corpus
    with distributed.LocalCluster(
        n_workers=1, threads_per_worker=2, processes=True, host="127.0.0.1", dashboard_address=None
    ) as cluster:
        address = cluster.scheduler_address.replace("tcp://", "dask://")
        assert (
            main(
                [
                    "build",
                    "--content",
                    str(root / "content"),
                    "--out",
                    str(root / "dask"),
                    "--executor",
                    address,
                    "--no-cache",
                ]
            )
            == 0
        )
    assert _files(root / "dask") == serial


def test_an_unreachable_cluster_is_a_usage_error(corpus, capsys):
    pytest.importorskip("distributed")
    root, _ = corpus
    assert (
        main(
            ["build", "--content", str(root / "content"), "--out", str(root / "x"), "--executor", "dask://127.0.0.1:9"]
        )
        == 2
    )
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
    memory, even for a few of them; the site is the same as with one process."""
    import dateline.render as render
    import dateline.workers as workers

    monkeypatch.setattr(render, "PARALLEL_PAGES", 1)
    monkeypatch.setattr(workers, "POOL_THRESHOLD", 1)
    root, serial = corpus
    assert (
        main(["build", "--content", str(root / "content"), "--out", str(root / "forked"), "--jobs", "2", "--no-cache"])
        == 0
    )
    assert _files(root / "forked") == serial


def test_forked_tasks_run_in_other_processes_and_come_back_in_order():
    from dateline.workers import ForkedTasks

    shared = list(range(100))  # never pickled: the processes are forked with it
    done = []
    tasks = ForkedTasks(2, lambda number: (number, shared[number] * 2, os.getpid()), 40, done.append)
    results = tasks.results()
    assert [number for number, _, _ in results] == list(range(40))
    assert [double for _, double, _ in results] == [2 * n for n in range(40)]
    assert os.getpid() not in {pid for _, _, pid in results}
    assert sorted(done) == list(range(40))


def test_this_process_can_take_the_tasks_no_worker_has_started():
    import multiprocessing

    from dateline.workers import ForkedTasks

    this_process = os.getpid()
    started, helped = multiprocessing.get_context("fork").Event(), multiprocessing.get_context("fork").Event()

    def run(number: int) -> tuple[int, int]:
        if os.getpid() == this_process:
            if number == 1:  # taken from the back, the last one this process takes
                helped.set()
        else:
            started.set()
            helped.wait(timeout=60)  # the worker holds its first task until this process has taken the rest
        return number, os.getpid()

    with ForkedTasks(1, run, 10) as tasks:
        assert started.wait(timeout=60)
        tasks.help()
        results = tasks.results()
    assert [number for number, _ in results] == list(range(10))
    assert [pid == this_process for _, pid in results] == [False] + [True] * 9  # taken from the back


def test_a_failing_task_fails_the_whole_and_a_killed_worker_is_an_error():
    from dateline.workers import ForkedTasks, WorkerError

    def failing(number: int) -> int:
        if number == 3:
            raise ValueError("task 3 cannot be done")
        return number

    with pytest.raises(ValueError, match="task 3 cannot be done"):
        ForkedTasks(2, failing, 10).results()
    with pytest.raises(WorkerError, match="exit status -9"):
        ForkedTasks(1, lambda number: os.kill(os.getpid(), signal.SIGKILL), 1).results()


def test_background_work_and_forked_maps_give_what_a_loop_gives():
    from dateline.workers import BackgroundWork, map_forked

    items = [f"item {n}" for n in range(100)]
    assert map_forked(str.upper, items, 2, threshold=1) == [item.upper() for item in items]
    assert BackgroundWork(2, max, items).result() == max(items)
    assert BackgroundWork(1, max, items).result() == max(items)


def test_an_exit_code_another_thread_reaps_first_is_waited_for():
    """multiprocessing's clean-up in a thread that starts a process may reap a worker first: its exit code
    shows a moment later, and is no failure."""
    import threading

    from dateline.workers import _exit_code

    class Reaped:
        exitcode = None

    process = Reaped()
    threading.Timer(0.05, lambda: setattr(process, "exitcode", 0)).start()
    assert _exit_code(process) == 0
