"""Where per-article work runs: in this process, a local process pool, or a Dask cluster.

Ingest and extraction are pure per article, so they can run anywhere; results
come back in input order, so the site is the same byte for byte whichever runs it.
"""
from __future__ import annotations

import contextlib
import os
from concurrent.futures import Executor, ProcessPoolExecutor
from typing import Callable, Iterable, Iterator, Protocol, TypeVar

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
