"""Where per-article work runs: in this process, a local process pool, or a Dask cluster.

Ingest and extraction are pure per article, so they can run anywhere; results
come back in input order, so the site is the same byte for byte whichever runs it.
"""
from __future__ import annotations

import contextlib
import ctypes
import gc
import multiprocessing
import os
import sys
from concurrent.futures import Executor, ProcessPoolExecutor
from typing import Callable, Iterable, Iterator, Protocol, Sequence, TypeVar

from .errors import UsageError

Item = TypeVar("Item")
Result = TypeVar("Result")

#: Below this many articles a process pool costs more than it saves.
POOL_THRESHOLD = 64


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
        if not address.startswith("dask://"):
            raise UsageError(f"--executor {address!r}: expected dask://HOST:PORT")
        try:
            from distributed import Client
        except ImportError:
            raise UsageError("--executor dask://… needs Dask: pip install 'dateline[dask]'") from None
        try:
            client = Client("tcp://" + address[len("dask://"):], timeout="10s")
        except OSError as error:
            raise UsageError(f"cannot reach the Dask scheduler at {address}: {error}") from None
        try:
            yield client.get_executor()
        finally:
            client.close()
        return
    jobs = default_jobs() if jobs is None else jobs
    if jobs <= 1:
        yield None
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        yield pool


class Progress(Protocol):
    """Told how far a long build has come; the CLI draws it, stages only report."""

    def stage(self, name: str, total: int) -> None: ...

    def advance(self, done: int = 1) -> None: ...


def map_in_order(function: Callable[[Item], Result], items: Iterable[Item], executor: Executor | None,
                 progress: Progress | None = None, stage: str = "") -> list[Result]:
    """function over items, in order, on the executor if there is one."""
    items = list(items)
    if progress is not None:
        progress.stage(stage, len(items))
    if executor is None or not items or (isinstance(executor, ProcessPoolExecutor) and len(items) < POOL_THRESHOLD):
        results: Iterable[Result] = (function(item) for item in items)
    elif isinstance(executor, ProcessPoolExecutor):
        chunk = max(1, min(64, len(items) // (4 * (executor._max_workers or 1))))
        results = executor.map(function, items, chunksize=chunk)
    else:
        results = executor.map(function, items)
    collected = []
    for result in results:
        collected.append(result)
        if progress is not None:
            progress.advance()
    return collected


#: Items a forked worker takes at a time.
FORKED_CHUNK = 32

# What forked workers inherit: the function and the items (see map_forked).
_FORKED_WORK: tuple[Callable, Sequence] | None = None


@contextlib.contextmanager
def forked_pool(workers: int) -> Iterator[ProcessPoolExecutor]:
    """A process pool whose workers are forked from this process, sharing its memory.

    Everything alive is frozen for the garbage collector while workers are
    forked: a collection in a worker would write to every object it scans and
    so copy the memory it shares (hundreds of MB each for a large site).
    """
    try:
        with _forking_executor(workers) as pool:
            yield pool
    finally:
        gc.unfreeze()


def _forking_executor(workers: int) -> ProcessPoolExecutor:
    """A fork-context pool, with memory given back and the garbage collector frozen; the caller unfreezes it."""
    release_free_memory()
    gc.freeze()
    return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork"))


def release_free_memory() -> None:
    """Give memory the C allocator holds but no longer uses back to the system (glibc), before forking
    or starting another memory-hungry process.

    Consolidation frees hundreds of MB of large objects; a worker forked while
    the allocator keeps them would copy those pages as soon as it reuses them.
    """
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None).malloc_trim(0)


def can_fork() -> bool:
    """Whether workers can be forked, sharing this process's memory (Linux; elsewhere fork is unsafe or missing)."""
    return sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods()


def map_forked(function: Callable[[Item], Result], items: Sequence[Item], jobs: int,
               threshold: int | None = None) -> list[Result]:
    """function over items, in order, in `jobs` forked processes that share this one's memory.

    For work whose input is large and already in memory (consolidation's
    groups, the site's pages): nothing is pickled but the results.
    """
    global _FORKED_WORK
    if jobs <= 1 or len(items) < (POOL_THRESHOLD if threshold is None else threshold) or not can_fork():
        return [function(item) for item in items]
    size = max(1, min(FORKED_CHUNK, len(items) // (4 * jobs)))
    spans = [(start, min(start + size, len(items))) for start in range(0, len(items), size)]
    _FORKED_WORK = (function, items)
    try:
        with forked_pool(jobs) as pool:
            parts = list(pool.map(_run_forked, spans))
    finally:
        _FORKED_WORK = None
    return [result for part in parts for result in part]


def _run_forked(span: tuple[int, int]) -> list:
    function, items = _FORKED_WORK
    return [function(items[at]) for at in range(*span)]


# What a forked background worker inherits (see BackgroundWork).
_BACKGROUND_WORK: tuple[Callable, tuple] | None = None


class BackgroundWork:
    """function(*args) in a forked process while this one goes on; `result()` waits for it.

    Where workers cannot be forked, or jobs is 1, it runs at once, in this process.
    """

    def __init__(self, jobs: int, function: Callable[..., Result], *args):
        global _BACKGROUND_WORK
        self._pool = None
        if jobs <= 1 or not can_fork():
            self._value = function(*args)
            return
        _BACKGROUND_WORK = (function, args)
        try:
            self._pool = _forking_executor(1)  # see forked_pool
            self._future = self._pool.submit(_run_background)  # the worker is forked here, holding the work
        finally:
            _BACKGROUND_WORK = None
            gc.unfreeze()

    def result(self):
        if self._pool is None:
            return self._value
        try:
            return self._future.result()
        finally:
            self._pool.shutdown()


def _run_background():
    function, args = _BACKGROUND_WORK
    return function(*args)
