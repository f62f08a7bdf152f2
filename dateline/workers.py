"""Where work runs: in this process, a local process pool, a Dask cluster, or processes forked from this one.

Ingest and extraction are pure per article, so they can run anywhere: their
items are sent to the workers. Consolidation and rendering work on large data
already in memory, so they run in processes forked from this one, which share
its memory: the work is handed to each process as an argument when it is
forked, and only the results are sent back. Results come back in input order,
so the site is the same byte for byte whichever runs it; with jobs 1 every
path below is a plain loop in this process, the reference the others are
tested against.
"""

from __future__ import annotations

import contextlib
import ctypes
import multiprocessing
import os
import pickle
import socket
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor
from multiprocessing.connection import Connection, wait
from typing import Any, Generic, Protocol, TypeVar

from .errors import DatelineError, UsageError

Item = TypeVar("Item")
Result = TypeVar("Result")

#: Below this many articles a process pool costs more than it saves.
POOL_THRESHOLD = 64
#: Seconds to wait for a Dask scheduler to answer.
DASK_TIMEOUT = 10


def default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


@contextlib.contextmanager
def executor_for(jobs: int | None, address: str | None) -> Iterator[Executor | None]:
    """An executor for per-article work, or None to work in this process.

    `address` is `dask://HOST:PORT` for a Dask distributed scheduler. A local
    pool starts its processes only when it is first given enough work.
    """
    if address:
        with _dask_executor(address) as executor:
            yield executor
        return
    jobs = default_jobs() if jobs is None else jobs
    if jobs <= 1:
        yield None
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        yield pool


@contextlib.contextmanager
def _dask_executor(address: str) -> Iterator[Executor]:
    if not address.startswith("dask://"):
        raise UsageError(f"--executor {address!r}: expected dask://HOST:PORT")
    try:
        from distributed import Client
    except ImportError:
        raise UsageError("--executor dask://… needs Dask: pip install 'dateline[dask]'") from None
    host, _, port = address[len("dask://") :].rpartition(":")
    try:
        # A scheduler that is not there says so at once; Dask itself would retry until its timeout.
        socket.create_connection((host.strip("[]"), int(port)), timeout=DASK_TIMEOUT).close()
        client = Client(f"tcp://{host}:{port}", timeout=f"{DASK_TIMEOUT}s")
    except (OSError, ValueError) as error:
        raise UsageError(f"cannot reach the Dask scheduler at {address}: {error}") from None
    try:
        yield client.get_executor()
    finally:
        client.close()


#: How many times (10 ms apart) a joined process's exit code is looked for before it is taken as unknown.
EXIT_CODE_POLLS = 100


def _exit_code(process: multiprocessing.Process) -> int | None:
    """A joined process's exit code. When another thread starts a process meanwhile, multiprocessing's
    clean-up there may reap this one first: its code is then set by that thread a moment later."""
    for _ in range(EXIT_CODE_POLLS):
        if process.exitcode is not None:
            return process.exitcode
        time.sleep(0.01)
    return process.exitcode


class Progress(Protocol):
    """Told how far a long build has come; the CLI draws it, stages only report."""

    def stage(self, name: str, total: int) -> None: ...

    def advance(self, done: int = 1) -> None: ...


def map_in_order(
    function: Callable[[Item], Result],
    items: Iterable[Item],
    executor: Executor | None,
    progress: Progress | None = None,
    stage: str = "",
) -> list[Result]:
    """function over items, in order, on the executor if there is one."""
    items = list(items)
    if progress is not None:
        progress.stage(stage, len(items))
    results: Iterable[Result]
    if executor is None or not items or (isinstance(executor, ProcessPoolExecutor) and len(items) < POOL_THRESHOLD):
        results = (function(item) for item in items)
    elif isinstance(executor, ProcessPoolExecutor):
        workers = getattr(executor, "_max_workers", None) or default_jobs()  # what the pool was made with
        chunk = max(1, min(64, len(items) // (4 * workers)))
        results = executor.map(function, items, chunksize=chunk)
    else:
        results = executor.map(function, items)
    collected = []
    for result in results:
        collected.append(result)
        if progress is not None:
            progress.advance()
    return collected


# -- forked processes ------------------------------------------------------------------------------


def can_fork() -> bool:
    """Whether workers can be forked, sharing this process's memory (Linux; elsewhere fork is unsafe or missing)."""
    return sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods()


def release_free_memory() -> None:
    """Give the system back the memory glibc's allocator holds but no longer uses (malloc_trim).

    What it buys: consolidation frees hundreds of MB of small objects that
    the allocator keeps; a process forked while it keeps them, or started
    beside it (Pagefind), would make the machine hold them twice. The summed
    memory of a cold 10,000-article build peaked at 1,193-1,318 MB with it and
    1,320-1,398 MB without it (three runs and two).
    """
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None).malloc_trim(0)


class WorkerError(DatelineError):
    """A forked worker died without saying why (killed, or out of memory)."""


class ForkedTasks(Generic[Result]):
    """Tasks 0 … count - 1, each `run(number)`, done by `processes` processes forked from this one.

    `run` is handed to each process as an argument when it is forked, with
    everything it holds: the processes share this one's memory instead of
    receiving a copy, and only the results are pickled back. The processes
    take tasks from the front; `help()` lets this process take the last ones
    no process has started. `done(number)` is called in this process as each
    task's result arrives (from a thread of its own for the processes' tasks).
    """

    def __init__(
        self,
        processes: int,
        run: Callable[[int], Result],
        count: int,
        done: Callable[[int], None] = lambda number: None,
    ):
        context = multiprocessing.get_context("fork")
        self._run, self._done, self._count = run, done, count
        self._results: dict[int, Result] = {}
        self._error: BaseException | None = None
        self._claims = context.Array("q", [0, count])  # [the next task from the front, the end of those left]
        reader, writer = context.Pipe(duplex=False)
        sending = context.Lock()  # one message at a time in the pipe
        self._processes = _forked(
            context, [(_work, (run, self._claims, writer, sending, number)) for number in range(processes)]
        )
        writer.close()  # the processes hold it; the pipe ends when the last of them does
        self._receiver = threading.Thread(target=self._receive, args=(reader,), name="forked-results", daemon=True)
        self._receiver.start()

    def help(self) -> None:
        """Do the tasks no process has started yet, from the back, in this process."""
        while (number := self._claim_back()) is not None:
            self._results[number] = self._run(number)
            self._done(number)

    def results(self) -> list[Result]:
        """Every task's result, in task order, once all are done; the first failure is raised here."""
        self._receiver.join()
        for process in self._processes:
            process.join()
        if self._error is not None:
            raise self._error
        return [self._results[number] for number in range(self._count)]

    def __enter__(self) -> ForkedTasks[Result]:
        return self

    def __exit__(self, kind, error, traceback) -> None:
        if error is not None:
            self.stop()

    def stop(self) -> None:
        """End the processes without waiting for their tasks (this process failed)."""
        self._stop_claims()
        for process in self._processes:
            if process.is_alive():
                process.terminate()
        for process in self._processes:
            process.join()
        self._receiver.join()

    def _claim_back(self) -> int | None:
        with self._claims.get_lock():
            front, end = self._claims[0], self._claims[1]
            if front >= end:
                return None
            self._claims[1] = end - 1
            return end - 1

    def _stop_claims(self) -> None:
        with self._claims.get_lock():
            self._claims[0] = self._claims[1]

    def _receive(self, reader: Connection) -> None:
        """Take the processes' messages until every one has ended: results, failures, and their ends."""
        running = {process.sentinel: process for process in self._processes}
        readable = True
        while running:
            ready = wait([reader, *running] if readable else list(running))
            while readable and reader.poll():  # everything sent so far, before a process's end is judged
                try:
                    message = pickle.loads(reader.recv_bytes())
                except EOFError:  # every process has closed its end
                    readable = False
                    break
                self._take(message)
            for sentinel in ready:
                if sentinel in running:
                    process = running.pop(sentinel)
                    process.join()  # its end is seen a moment before it can be waited for
                    exitcode = _exit_code(process)
                    if exitcode != 0 and self._error is None:
                        self._fail(WorkerError(f"a worker process ended with exit status {exitcode}"))
        reader.close()

    def _take(self, message: tuple[int, bool, Any]) -> None:
        number, succeeded, value = message
        if not succeeded:
            if self._error is None:
                self._fail(value)
            return
        self._results[number] = value
        try:
            self._done(number)
        except BaseException as error:  # noqa: BLE001 - raised by results(), in the caller's thread
            if self._error is None:
                self._fail(error)

    def _fail(self, error: BaseException) -> None:
        self._error = error
        self._stop_claims()


def _forked(context, work: list[tuple[Callable, tuple]]) -> list:
    """Processes forked from this one, each running target(*args), once the memory glibc keeps but does not
    use is given back (release_free_memory)."""
    release_free_memory()
    processes = [context.Process(target=target, args=args, daemon=True) for target, args in work]
    for process in processes:
        process.start()
    return processes


def _work(run: Callable[[int], Any], claims, writer: Connection, sending, number: int) -> None:
    """A forked process's life: take tasks from the front until none is left, sending back each result."""
    while True:
        with claims.get_lock():
            task = claims[0]
            if task >= claims[1]:
                break
            claims[0] = task + 1
        failed = False
        try:
            message = pickle.dumps((task, True, run(task)), protocol=pickle.HIGHEST_PROTOCOL)
        except BaseException as error:  # noqa: BLE001 - sent to the build process, which raises it
            message, failed = _failure(task, error), True
        with sending:
            writer.send_bytes(message)
        if failed:
            break
    writer.close()


def _failure(task: int, error: BaseException) -> bytes:
    try:
        return pickle.dumps((task, False, error))
    except Exception:  # noqa: BLE001 - an exception that cannot be pickled is sent as its message
        return pickle.dumps((task, False, RuntimeError(f"{type(error).__name__}: {error}")))


def map_forked(
    function: Callable[[Item], Result], items: Sequence[Item], jobs: int, threshold: int | None = None
) -> list[Result]:
    """function over items, in order, in `jobs` forked processes that share this one's memory.

    For work whose input is large and already in memory (consolidation's
    groups): nothing is pickled but the results.
    """
    if jobs <= 1 or len(items) < (POOL_THRESHOLD if threshold is None else threshold) or not can_fork():
        return [function(item) for item in items]
    size = max(1, min(FORKED_CHUNK, len(items) // (4 * jobs)))
    spans = [range(start, min(start + size, len(items))) for start in range(0, len(items), size)]
    tasks = ForkedTasks(jobs, lambda number: [function(items[at]) for at in spans[number]], len(spans))
    return [result for part in tasks.results() for result in part]


#: Items a forked worker takes at a time.
FORKED_CHUNK = 32


class BackgroundWork(Generic[Result]):
    """function(*args) in a forked process while this one goes on; `result()` waits for it.

    Where workers cannot be forked, or jobs is 1, it runs at once, in this process.
    """

    def __init__(self, jobs: int, function: Callable[..., Result], *args: Any):
        self._tasks: ForkedTasks[Result] | None = None
        if jobs <= 1 or not can_fork():
            self._value = function(*args)
            return
        self._tasks = ForkedTasks(1, lambda number: function(*args), 1)

    def result(self) -> Result:
        if self._tasks is None:
            return self._value
        return self._tasks.results()[0]
