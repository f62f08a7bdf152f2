"""Benchmarks of dateline: the whole build per stage, extraction at scale, and the same work by other tools.

    python bench/run.py                      # N=1,000, extraction at 100,000, every comparison
    python bench/run.py --n 1000,10000       # both sizes in one run (the ratios are then from one run)
    python bench/run.py --n 200 --extract-n 0 --skip pelican,compare   # a quick look

What it does, each measurement in a child process of its own so that one does
not warm or bloat the next:

1. Writes the corpus of bench/corpus.py for each N (kept between runs when the
   seed, N and the generator are the same).
2. Builds it with dateline three times: cold (no cache, no site), again with
   nothing changed, and after one article changed. Each stage (ingest,
   extract, consolidate, render, write) is timed in wall and CPU seconds
   (CPU includes the worker processes of --jobs) with its peak resident memory
   (VmHWM, reset at each stage). Which output files were rewritten is counted.
3. Builds the same articles with Pelican (default theme, Markdown input) and
   with a lower bound (read every file, one date regex, one Jinja2 page per
   article).
4. Times extraction alone on `--extract-n` generated texts (in memory).
5. Runs dateline, jionlp and dateparser on the same generated texts and on the
   demo articles, for throughput (characters per CPU second) and accuracy
   against the planted dates and /work/shared/gold/seeds.yaml.

It prints Markdown tables and writes every figure to `WORK/results.json`.
jionlp, dateparser and Pelican are optional: `pip install -r bench/requirements.txt`.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import dataclasses
import hashlib
import inspect
import io
import json
import os
import platform
import pstats
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections import defaultdict
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
REPO = BENCH_DIR.parent
sys.path.insert(0, str(BENCH_DIR))

import corpus  # noqa: E402

STAGES = ("ingest", "extract", "consolidate", "render", "write", "other")
DEFAULT_SEEDS_GOLD = REPO.parent / "shared" / "gold" / "seeds.yaml"
INSTALL_HINT = "pip install -r bench/requirements.txt"


# ==========================================================================
# Measuring, inside a child process
# ==========================================================================

CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def _status_kb(pid: str | int, field: str) -> int:
    try:
        with open(f"/proc/{pid}/status") as handle:
            for line in handle:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def peak_kb() -> int:
    """This process's peak resident memory since the last reset (VmHWM)."""
    return _status_kb("self", "VmHWM") or _maxrss_kb()


def _maxrss_kb() -> int:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def reset_peak() -> None:
    """Reset VmHWM to the current size (Linux 4.0+), so the next reading is the next stage's peak."""
    with contextlib.suppress(OSError), open("/proc/self/clear_refs", "w") as handle:
        handle.write("5")


def _children() -> list[int]:
    pids = []
    with contextlib.suppress(OSError):
        for task in os.listdir("/proc/self/task"):
            with contextlib.suppress(OSError), open(f"/proc/self/task/{task}/children") as handle:
                pids.extend(int(pid) for pid in handle.read().split())
    return pids


def children_cpu() -> float:
    """CPU seconds of this process's children: those already waited for, and those still running."""
    times = os.times()
    total = times.children_user + times.children_system
    for pid in _children():
        with contextlib.suppress(OSError, ValueError, IndexError):
            with open(f"/proc/{pid}/stat") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / CLOCK_TICKS
    return total


def children_peak_kb() -> int:
    return sum(_status_kb(pid, "VmHWM") for pid in _children())


class StageClock:
    """Exclusive wall and CPU time per stage, for stages that nest (extract runs inside consolidate).

    Major stages also read and reset the peak memory and the children's CPU;
    minor ones (a file write inside render) only move the clocks, to stay cheap.
    """

    def __init__(self, profile: bool = False, stream=None):
        self.stack: list[str] = []
        self.wall: dict[str, float] = defaultdict(float)
        self.cpu: dict[str, float] = defaultdict(float)
        self.peak: dict[str, int] = defaultdict(int)
        self.worker_peak = 0
        self.profiles: dict[str, cProfile.Profile] = {}
        self.profile = profile
        self.stream = stream
        self._wall = time.perf_counter()
        self._cpu = time.process_time()
        self._children_cpu = children_cpu()
        self._children_stage = "other"  # where children's CPU since the last major switch goes
        reset_peak()

    @property
    def current(self) -> str:
        return self.stack[-1] if self.stack else "other"

    def _switch(self, major: bool) -> None:
        wall, cpu = time.perf_counter(), time.process_time()
        stage = self.current
        self.wall[stage] += wall - self._wall
        self.cpu[stage] += cpu - self._cpu
        self._wall, self._cpu = wall, cpu
        if major:
            child = children_cpu()
            self.cpu[stage] += child - self._children_cpu
            self._children_cpu = child
            self.peak[stage] = max(self.peak[stage], peak_kb())
            self.worker_peak = max(self.worker_peak, children_peak_kb())
            reset_peak()
        if self.profile:
            profiler = self.profiles.get(stage)
            if profiler is not None:
                profiler.disable()

    def _resume_profile(self) -> None:
        if self.profile:
            self.profiles.setdefault(self.current, cProfile.Profile()).enable()

    def enter(self, stage: str, major: bool = True) -> None:
        self._switch(major)
        self.stack.append(stage)
        self._resume_profile()

    def leave(self, major: bool = True) -> None:
        self._switch(major)
        stage = self.stack.pop()
        if major and self.stream is not None and stage not in self.stack:
            print(
                "STAGE "
                + json.dumps(
                    {
                        "stage": stage,
                        "wall": round(self.wall[stage], 3),
                        "cpu": round(self.cpu[stage], 3),
                        "peak_kb": self.peak[stage],
                    }
                ),
                file=self.stream,
                flush=True,
            )
        self._resume_profile()

    def wrap(self, function, stage: str, major: bool = True):
        def wrapped(*args, **kwargs):
            self.enter(stage, major)
            try:
                return function(*args, **kwargs)
            finally:
                self.leave(major)

        wrapped.__wrapped__ = function
        return wrapped

    def finish(self) -> dict:
        self._switch(True)
        return {
            stage: {"wall": round(self.wall[stage], 3), "cpu": round(self.cpu[stage], 3), "peak_kb": self.peak[stage]}
            for stage in STAGES
        }


def _instrument(pipeline, clock: StageClock) -> None:
    """Attribute dateline's build to stages by wrapping the functions `pipeline.build` calls.

    A name that a future pipeline no longer has is skipped: its time then shows as `other`.
    """
    import pathlib

    majors = {
        "input_fingerprint": "ingest",
        "read_content": "ingest",
        "assemble": "consolidate",
        "extract_all": "extract",
        "render_site": "render",
        "write_extracted": "write",
        "check_extracted": "write",
        "keep_unchanged_files": "write",
        "swap_in": "write",
    }
    for name, stage in majors.items():
        if hasattr(pipeline, name):
            setattr(pipeline, name, clock.wrap(getattr(pipeline, name), stage))
    if hasattr(pipeline, "_write_if_changed"):  # before the cache had a module of its own
        pipeline._write_if_changed = clock.wrap(pipeline._write_if_changed, "write", major=False)
    if hasattr(pipeline, "Cache"):  # every cache file is written by Cache.save
        pipeline.Cache.save = clock.wrap(pipeline.Cache.save, "write", major=False)
    if hasattr(pipeline, "ExtractedFolder"):  # content/extracted/: checked for hand edits, its stamps kept
        for name in ("check", "remember"):
            setattr(pipeline.ExtractedFolder, name, clock.wrap(getattr(pipeline.ExtractedFolder, name), "write"))
    for owner, name in (
        (pathlib.Path, "write_text"),
        (pathlib.Path, "write_bytes"),
        (shutil, "copyfile"),
        (shutil, "copy2"),
        (shutil, "rmtree"),
    ):
        setattr(owner, name, clock.wrap(getattr(owner, name), "write", major=False))


def child_build(args: argparse.Namespace) -> dict:
    sys.path.insert(0, str(args.dateline))
    import dateline
    from dateline import pipeline

    notes = []
    if args.skip_copies:
        import dateline.consolidate as consolidate_package

        if hasattr(consolidate_package, "CopyMemo"):  # find_copies also returns what the next build reuses
            consolidate_package.find_copies = lambda articles, memo=None: ({}, None)
            notes.append("find_copies replaced by a no-op (diagnostic run)")
        elif hasattr(consolidate_package, "find_copies"):
            consolidate_package.find_copies = lambda articles: {}
            notes.append("find_copies replaced by a no-op (diagnostic run)")
    clock = StageClock(profile=args.profile, stream=sys.stdout)
    _instrument(pipeline, clock)
    kwargs = {}
    if args.jobs is not None and "jobs" in inspect.signature(pipeline.build).parameters:
        kwargs["jobs"] = args.jobs
    started_wall, started_cpu = time.perf_counter(), time.process_time() + children_cpu()
    result = pipeline.build(Path(args.content), Path(args.out), **kwargs)
    wall = time.perf_counter() - started_wall
    cpu = time.process_time() + children_cpu() - started_cpu
    stages = clock.finish()
    problems = [str(p) for p in result.report.problems if p.severity == "error"]
    counts = getattr(result, "counts", None) or {}
    if result.site is not None:
        counts = {
            "articles": len(result.site.articles),
            "events": len(result.site.events),
            "mentions": sum(len(m) for m in result.site.mentions.values()),
        }
    output = {
        "stages": stages,
        "wall": round(wall, 3),
        "cpu": round(cpu, 3),
        "peak_kb": max(stage["peak_kb"] for stage in stages.values()),
        "worker_peak_kb": clock.worker_peak,
        "pages": result.pages,
        "written": result.written,
        "errors": problems[:5],
        "error_count": len(problems),
        "unchanged": bool(getattr(result, "unchanged", False)),
        **counts,
        "stats": dataclasses.asdict(result.stats) if hasattr(result, "stats") else {},
        "dateline": str(Path(dateline.__file__).parent),
        "notes": notes,
    }
    if args.profile:
        output["profile"] = _profile_summary(clock.profiles, stages)
    return output


def _profile_summary(profiles: dict[str, cProfile.Profile], stages: dict, top: int = 8) -> dict:
    """The functions with most self time in each stage, with their share of the stage's profiled time."""
    summary = {}
    for stage, profiler in profiles.items():
        stats = pstats.Stats(profiler, stream=io.StringIO())
        rows = []
        total = sum(value[2] for value in stats.stats.values()) or 1.0  # tottime
        for (path, line, function), (_, calls, tottime, cumtime, _) in sorted(
            stats.stats.items(), key=lambda item: -item[1][2]
        )[:top]:
            short = re.sub(r"^.*/(?=dateline/)|^.*/site-packages/|^.*/lib/python3\.\d+/", "", path)
            rows.append(
                {
                    "function": f"{short}:{line}({function})",
                    "calls": calls,
                    "self_s": round(tottime, 3),
                    "cum_s": round(cumtime, 3),
                    "share": round(tottime / total, 3),
                }
            )
        own = [
            ((path, line, function), value)
            for (path, line, function), value in stats.stats.items()
            if "/dateline/" in path
        ]
        cumulative = [
            {
                "function": re.sub(r"^.*/(?=dateline/)", "", path) + f":{line}({function})",
                "cum_s": round(value[3], 3),
                "share": round(value[3] / total, 3),
            }
            for (path, line, function), value in sorted(own, key=lambda item: -item[1][3])[:top]
        ]
        summary[stage] = {"profiled_s": round(total, 3), "top": rows, "dateline_cumulative": cumulative}
    return summary


def child_pelican(args: argparse.Namespace) -> dict:
    import logging

    import pelican

    logging.disable(logging.WARNING)
    started_wall, started_cpu = time.perf_counter(), time.process_time()
    reset_peak()
    try:
        pelican.main([str(args.content), "-o", str(args.out), "-s", str(args.conf), "-q"])
    except SystemExit as stop:
        if stop.code not in (0, None):
            return {"error": f"pelican exited with {stop.code}"}
    files = sum(1 for path in Path(args.out).rglob("*") if path.is_file())
    return {
        "wall": round(time.perf_counter() - started_wall, 3),
        "cpu": round(time.process_time() - started_cpu, 3),
        "peak_kb": peak_kb(),
        "files": files,
        "pages": sum(1 for _ in Path(args.out).rglob("*.html")),
        "pelican": getattr(pelican, "__version__", ""),
    }


LOWER_BOUND_DATE = re.compile(
    r"\d{4}\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?日|\d{1,2}\s?月\s?\d{1,2}\s?日"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:, \d{4})?"
)
LOWER_BOUND_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{{ name }}</title></head>
<body><h1>{{ name }}</h1>
<ul>{% for date in dates %}<li>{{ date }}</li>{% endfor %}</ul>
<pre>{{ text }}</pre>
</body></html>
"""


def child_lower_bound(args: argparse.Namespace) -> dict:
    """The least a timeline builder must do: read each file, find dates, write a page."""
    import jinja2

    started_wall, started_cpu = time.perf_counter(), time.process_time()
    reset_peak()
    template = jinja2.Environment(autoescape=True).from_string(LOWER_BOUND_PAGE)
    out = Path(args.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    pages = 0
    for path in sorted(Path(args.content, "articles").iterdir()):
        if path.name.endswith(".meta.yaml"):
            continue
        text = path.read_bytes().decode("utf-8", errors="replace")
        dates = LOWER_BOUND_DATE.findall(text)
        (out / (path.stem + ".html")).write_text(
            template.render(name=path.stem, dates=dates, text=text), encoding="utf-8"
        )
        pages += 1
    return {
        "wall": round(time.perf_counter() - started_wall, 3),
        "cpu": round(time.process_time() - started_cpu, 3),
        "peak_kb": peak_kb(),
        "pages": pages,
    }


def child_extract_scale(args: argparse.Namespace) -> dict:
    """Extraction alone over generated texts, in chunks made in memory (generation is not timed)."""
    sys.path.insert(0, str(args.dateline))
    from dateline.extract import ExtractionContext, extract_mentions

    chunk_size = 1000
    cpu = wall = 0.0
    characters = mentions = 0
    reset_peak()
    for start in range(0, args.n, chunk_size):
        items = [
            (item.text, ExtractionContext(item.id, item.published.date(), item.language))
            for item in corpus.generate(min(chunk_size, args.n - start), args.seed, start)
        ]
        started_wall, started_cpu = time.perf_counter(), time.process_time()
        for text, context in items:
            mentions += len(extract_mentions(text, context))
        cpu += time.process_time() - started_cpu
        wall += time.perf_counter() - started_wall
        characters += sum(len(text) for text, _ in items)
    return {
        "n": args.n,
        "characters": characters,
        "mentions": mentions,
        "cpu": round(cpu, 3),
        "wall": round(wall, 3),
        "chars_per_cpu_s": round(characters / cpu) if cpu else None,
        "peak_kb": peak_kb(),
    }


def child_consolidate_scale(args: argparse.Namespace) -> dict:
    """Consolidation alone over the mentions of N generated articles; making them and their mentions is not timed.

    Articles are built in memory from the generator's paragraphs (one block a
    paragraph), with the demo's entities, as a build would hand them over.
    """
    sys.path.insert(0, str(args.dateline))
    from dateline.consolidate import consolidate
    from dateline.editorial import load_entities
    from dateline.extract import ExtractionContext, extract_mentions
    from dateline.model import Article, Block, Report

    articles, mentions = [], {}
    for item in corpus.generate(args.n, args.seed):
        blocks, at = [], 0
        for paragraph in item.paragraphs:
            blocks.append(Block("p", at, at + len(paragraph)))
            at += len(paragraph) + 2
        articles.append(
            Article(
                id=item.id,
                path=item.file_name,
                format="text",
                title=item.title,
                text=item.text,
                blocks=tuple(blocks),
                language=item.language,
                published=item.published,
                author=item.author,
                outlet=item.outlet,
                url=item.url,
            )
        )
        mentions[item.id] = extract_mentions(
            item.text, ExtractionContext(item.id, item.published.date(), item.language)
        )
    entities = load_entities(Path(args.demo_content), Report())
    from dateline.workers import default_jobs

    started_wall, started_cpu = time.perf_counter(), time.process_time() + children_cpu()
    result = consolidate(tuple(articles), mentions, entities, jobs=args.jobs or default_jobs())  # as a build does
    return {
        "n": args.n,
        "mentions": sum(len(m) for m in mentions.values()),
        "events": len(result.events),
        "wall": round(time.perf_counter() - started_wall, 3),
        "cpu": round(time.process_time() + children_cpu() - started_cpu, 3),
        "peak_kb": peak_kb(),
    }


def child_compare(args: argparse.Namespace) -> dict:
    """One extractor on the first N generated texts and on the demo articles: speed and accuracy."""
    sys.path.insert(0, str(args.dateline))
    import extractors
    import score

    why_not = extractors.available(args.tool)
    if why_not:
        return {"tool": args.tool, "skipped": why_not}
    extract = extractors.EXTRACTORS[args.tool]()
    languages = extractors.LANGUAGES_OF[args.tool]
    items = [item for item in corpus.generate(args.n, args.seed) if item.language in languages]
    if items:  # load dictionaries and caches outside the timing
        extract(extractors.Text("warm-up", items[0].text[:200], items[0].published, items[0].language))
    scores = {"zh": score.Score(), "en": score.Score()}
    cpu = wall = 0.0
    characters = {"zh": 0, "en": 0}
    cpu_by = {"zh": 0.0, "en": 0.0}
    errors = 0
    for item in items:
        group = "en" if item.language == "en" else "zh"
        text = extractors.Text(item.id, item.text, item.published, item.language)
        golds = [
            score.gold_item(p.start, p.end, p.date, p.end_date, p.neutral, p.form, p.as_written) for p in item.planted
        ]
        started_wall, started_cpu = time.perf_counter(), time.process_time()
        try:
            found = extract(text)
        except Exception:  # a tool failing on one text counts as finding nothing there
            found = []
            errors += 1
        spent = time.process_time() - started_cpu
        cpu += spent
        cpu_by[group] += spent
        wall += time.perf_counter() - started_wall
        characters[group] += len(item.text)
        scores[group].add(golds, found)
    output = {
        "tool": args.tool,
        "texts": len(items),
        "characters": sum(characters.values()),
        "cpu": round(cpu, 3),
        "wall": round(wall, 3),
        "errors": errors,
        "chars_per_cpu_s": round(sum(characters.values()) / cpu) if cpu else None,
        "chars_per_cpu_s_by_language": {
            group: round(characters[group] / cpu_by[group]) if cpu_by[group] else None for group in characters
        },
        "generated": {group: value.to_json() for group, value in scores.items() if value.gold},
    }
    if args.seeds_gold and Path(args.seeds_gold).is_file():
        output["demo"] = _score_demo(extract, languages, Path(args.seeds_gold), Path(args.demo_content))
    return output


def _score_demo(extract, languages, gold_path: Path, content_dir: Path) -> dict:
    """Accuracy on the demo articles against the hand-made gold (gold/seeds.yaml), on dateline's ingested text."""
    import extractors
    import score
    import yaml

    from dateline.model import Report
    from dateline.pipeline import read_content

    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    content = read_content(content_dir, Report())
    by_file = {Path(article.path).name: article for article in content.articles}
    total = score.Score()

    def date(value) -> str | None:  # YAML may hand back a date object
        return None if value is None else str(value)

    for file_name, marked in (gold.get("articles") or {}).items():
        article = by_file.get(file_name)
        if article is None or article.language not in languages:
            continue
        marked = marked or {}
        dated = article.publication_date is not None
        items = [(m["as_written"], date(m.get("date")), False, "gold") for m in marked.get("mentions") or []]
        neutral = [(m["as_written"], date(m.get("date")), True, "neutral") for m in marked.get("neutral") or []]
        # Relative expressions of an undated article: right once the editor's sidecar gives the date.
        unresolved = [
            (m["as_written"], date(m.get("date_if_dct_supplied")) if dated else None, not dated, "unresolved")
            for m in marked.get("unresolved") or []
        ]
        golds = score.locate(article.text, items + unresolved) + score.locate(article.text, neutral, every=True)
        total.add(golds, extract(extractors.Text(article.id, article.text, article.published, article.language)))
    return total.to_json()


CHILDREN = {
    "build": child_build,
    "pelican": child_pelican,
    "lower-bound": child_lower_bound,
    "extract-scale": child_extract_scale,
    "consolidate-scale": child_consolidate_scale,
    "compare": child_compare,
}


def child_main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="run.py --child")
    parser.add_argument("kind", choices=sorted(CHILDREN))
    parser.add_argument("--dateline", type=Path, default=REPO)
    parser.add_argument("--content", type=Path)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--conf", type=Path)
    parser.add_argument("--jobs", type=int)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--skip-copies", action="store_true")
    parser.add_argument("--n", type=int, default=0)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--tool")
    parser.add_argument("--seeds-gold")
    parser.add_argument("--demo-content", default=str(REPO / "content"))
    args = parser.parse_args(argv)
    result = CHILDREN[args.kind](args)
    print("RESULT " + json.dumps(result, ensure_ascii=False), flush=True)
    return 0


# ==========================================================================
# Running the children, from the parent
# ==========================================================================


class TreeMemory:
    """The peak memory of a process and all its descendants, sampled: the sum of their PSS.

    PSS splits each shared page among the processes sharing it, so forked
    workers that share the parent's memory are not counted twice (Linux only;
    elsewhere nothing is sampled).
    """

    INTERVAL = (
        0.5  # seconds: reading smaps_rollup costs about 15 ms of CPU per GB mapped, taken from the build measured
    )

    def __init__(self, pid: int):
        self.pid, self.peak_kb = pid, 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        if Path("/proc/self/smaps_rollup").exists():
            self._thread.start()

    def stop(self) -> int | None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join()
        return self.peak_kb or None

    def _sample(self) -> None:
        while not self._stop.wait(self.INTERVAL):
            self.peak_kb = max(self.peak_kb, sum(_pss_kb(pid) for pid in _descendants(self.pid)))


def _descendants(root: int) -> list[int]:
    parents: dict[int, list[int]] = defaultdict(list)
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            with (
                contextlib.suppress(OSError, IndexError, ValueError),
                open(f"/proc/{entry}/stat", encoding="utf-8") as stat,
            ):
                parents[int(stat.read().rsplit(")", 1)[1].split()[1])].append(int(entry))
    found = [root]
    for pid in found:
        found.extend(parents.get(pid, ()))
    return found


def _pss_kb(pid: int) -> int:
    with contextlib.suppress(OSError, ValueError), open(f"/proc/{pid}/smaps_rollup", encoding="utf-8") as rollup:
        for line in rollup:
            if line.startswith("Pss:"):
                return int(line.split()[1])
    return 0


def run_child(kind: str, options: list[str], timeout: float, cwd: Path | None = None) -> dict:
    """Run one measurement in a fresh interpreter; stages reported before a timeout are kept."""
    command = [sys.executable, str(Path(__file__).resolve()), "--child", kind, *options]
    started = time.perf_counter()
    stages = {}
    # A session of its own, so that a stopped measurement takes its worker processes with it.
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=cwd, start_new_session=True
    )
    memory = TreeMemory(process.pid)
    try:
        stdout, stderr = process.communicate(timeout=timeout)
        timed_out = False
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        stdout, stderr = process.communicate()
        timed_out = True
    tree_peak_kb = memory.stop()
    for line in stdout.splitlines():
        if line.startswith("RESULT "):
            return {**json.loads(line[len("RESULT ") :]), "tree_pss_peak_kb": tree_peak_kb}
        if line.startswith("STAGE "):
            stage = json.loads(line[len("STAGE ") :])
            stages[stage["stage"]] = stage
    elapsed = round(time.perf_counter() - started, 1)
    if timed_out:
        return {"timed_out": True, "timeout": timeout, "elapsed": elapsed, "partial_stages": stages}
    return {
        "error": (stderr.strip().splitlines() or ["no output"])[-1][:500],
        "elapsed": elapsed,
        "partial_stages": stages,
    }


def ensure_corpus(folder: Path, n: int, seed: int) -> dict:
    manifest_path = folder / "manifest.json"
    if manifest_path.is_file():
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        if (manifest.get("n"), manifest.get("seed"), manifest.get("generator")) == (
            n,
            seed,
            corpus.GENERATOR_VERSION,
        ) and manifest.get("banks") == {
            "zh": corpus.chinese_bank().source_hash,
            "en": corpus.english_bank().source_hash,
        }:
            return manifest
    return corpus.write_corpus(folder, n, seed)


#: Where earlier outputs wait until the run ends (see set_aside).
TRASH = ".set-aside"


def set_aside(path: Path, work: Path) -> None:
    """Move a previous output out of a measured build's way; it is deleted when the run ends.

    Deleting it now would charge the next build for it: on ext4 without a
    journal (this benchmark's machine), the kernel skips inodes freed in the
    last minutes when it makes a file (`recently_deleted`), and each skip costs
    a lookup. Right after 50,000 files are deleted, a cold build of 10,000
    articles spent 18–33 s in the kernel instead of 11 s.
    """
    if path.exists():
        trash = work / TRASH
        trash.mkdir(parents=True, exist_ok=True)
        os.rename(path, trash / f"{len(list(trash.iterdir()))}-{path.name}")


def empty_trash(work: Path) -> None:
    shutil.rmtree(work / TRASH, ignore_errors=True)


def clean_build_state(corpus_dir: Path, out: Path, work: Path) -> None:
    """What a cold build must not find: the site, the extraction cache, content/extracted/."""
    for path in (out, corpus_dir / ".dateline-cache", corpus_dir / "content" / "extracted"):
        set_aside(path, work)


def snapshot(folder: Path) -> dict[str, tuple[int, int, str]]:
    """(inode, mtime, content hash) of every file under folder."""
    files = {}
    if folder.is_dir():
        for path in folder.rglob("*"):
            if path.is_file():
                info = path.stat()
                files[path.relative_to(folder).as_posix()] = (
                    info.st_ino,
                    info.st_mtime_ns,
                    hashlib.sha1(path.read_bytes()).hexdigest(),
                )
    return files


def compare_snapshots(before: dict, after: dict) -> dict:
    rewritten = sum(1 for name, value in after.items() if before.get(name, (None, None))[:2] != value[:2])
    changed = sum(1 for name, value in after.items() if before.get(name, (None, None, None))[2] != value[2])
    return {
        "files": len(after),
        "rewritten": rewritten,
        "changed": changed,
        "removed": sum(1 for name in before if name not in after),
    }


CHANGE_TEXT = {
    "en": "\n\nUpdate: the review of the case was completed on March 3, {year}.\n",
    "zh": "\n\n补充报道：相关部门已于{year}年3月3日完成复核。\n",
}


def change_one_article(corpus_dir: Path) -> tuple[Path, bytes]:
    """Append a dated paragraph to one Markdown article in the middle of the corpus; return what to restore."""
    articles = sorted((corpus_dir / "content" / "articles").glob("*.md"))
    target = articles[len(articles) // 2]
    original = target.read_bytes()
    language = "en" if target.stem.endswith("-en") else "zh"
    year = re.search(rb"(19|20)\d\d", original)
    text = CHANGE_TEXT[language].format(year=year.group().decode() if year else "2020")
    target.write_bytes(original + text.encode("utf-8"))
    return target, original


def dateline_scenarios(args, corpus_dir: Path, n: int, work: Path, log) -> dict:
    out = work / f"site-{n}"
    base = ["--dateline", str(args.dateline), "--content", str(corpus_dir / "content"), "--out", str(out)]
    common = base + (["--jobs", str(args.jobs)] if args.jobs is not None else [])
    results = {}
    clean_build_state(corpus_dir, out, work)
    log(f"dateline cold build, N={n}")
    results["cold"] = run_child("build", common, args.timeout, cwd=corpus_dir)
    if results["cold"].get("timed_out") or results["cold"].get("error"):
        log(f"  cold build did not finish: {results['cold']}")
        if not args.no_diagnose:
            clean_build_state(corpus_dir, out, work)
            log(f"dateline cold build without copy detection (diagnostic), N={n}")
            results["cold_without_copies"] = run_child(
                "build", common + ["--skip-copies"], args.timeout, cwd=corpus_dir
            )
        return results
    before = snapshot(out)
    log(f"dateline rebuild with no change, N={n}")
    results["no_change"] = run_child("build", common, args.timeout, cwd=corpus_dir)
    after = snapshot(out)
    results["no_change"]["output"] = compare_snapshots(before, after)
    target, original = change_one_article(corpus_dir)
    try:
        log(f"dateline rebuild after one article changed ({target.name}), N={n}")
        results["one_change"] = run_child("build", common, args.timeout, cwd=corpus_dir)
        results["one_change"]["output"] = compare_snapshots(after, snapshot(out))
        results["one_change"]["changed_article"] = target.name
    finally:
        target.write_bytes(original)
    if args.profile and n == min(args.sizes):
        clean_build_state(corpus_dir, out, work)
        log(f"dateline cold build under cProfile, N={n}")
        # One process, so that the profile sees the work the pool's workers would do.
        results["profile"] = run_child("build", base + ["--jobs", "1", "--profile"], args.timeout * 2, cwd=corpus_dir)
    return results


PELICAN_CONF = """\
# Generated by bench/run.py: Pelican with its defaults and the default theme.
AUTHOR = "bench"
SITENAME = "dateline benchmark corpus"
SITEURL = ""
PATH = "content"
TIMEZONE = "Asia/Shanghai"
DEFAULT_LANG = "zh"
"""


def pelican_input(folder: Path, n: int, seed: int) -> Path:
    """The same articles as Pelican Markdown (title, date, author, category, body)."""
    marker = folder / "manifest.json"
    wanted = {"n": n, "seed": seed, "generator": corpus.GENERATOR_VERSION}
    if marker.is_file() and json.loads(marker.read_text()) == wanted:
        return folder
    if folder.exists():
        shutil.rmtree(folder)
    content = folder / "content"
    content.mkdir(parents=True)
    for item in corpus.generate(n, seed):
        body = "\n\n".join(item.paragraphs)
        (content / f"{item.id}.md").write_text(
            f"Title: {item.title}\nDate: {item.published:%Y-%m-%d %H:%M}\nAuthor: {item.author}\n"
            f"Category: {item.outlet}\nSlug: {item.id}\nSummary: {item.paragraphs[0][:120]}\n\n{body}\n",
            encoding="utf-8",
        )
    (folder / "pelicanconf.py").write_text(PELICAN_CONF, encoding="utf-8")
    marker.write_text(json.dumps(wanted), encoding="utf-8")
    return folder


def pelican_available() -> str | None:
    """Why Pelican cannot be compared, or None. Without Python-Markdown it skips every article, silently."""
    for module in ("pelican", "markdown"):
        try:
            __import__(module)
        except Exception as error:
            return f"{module} not importable ({type(error).__name__}: {error}); install it with `{INSTALL_HINT}`"
    return None


def machine() -> dict:
    info = {"python": platform.python_version(), "platform": platform.platform(), "cores": os.cpu_count()}
    with contextlib.suppress(OSError):
        info["cores_available"] = len(os.sched_getaffinity(0))
    with contextlib.suppress(OSError), open("/proc/meminfo") as meminfo:
        for line in meminfo:
            if line.startswith("MemTotal:"):
                info["memory_gib"] = round(int(line.split()[1]) / 1024 / 1024, 1)
    with contextlib.suppress(OSError), open("/proc/cpuinfo") as cpuinfo:
        for line in cpuinfo:
            if line.startswith("model name"):
                info["cpu"] = line.split(":", 1)[1].strip()
                break
    info["load_average"] = [round(value, 2) for value in os.getloadavg()]
    return info


def dateline_version(path: Path) -> dict:
    version = {"path": str(path)}
    if (path / "COMMIT").is_file():  # an exported snapshot (git archive) says which commit it is
        version["commit"] = (path / "COMMIT").read_text().strip()
    with contextlib.suppress(OSError, subprocess.SubprocessError):
        commit = subprocess.run(
            ["git", "-C", str(path), "rev-parse", "--short", "HEAD"], capture_output=True, text=True, timeout=10
        )
        if commit.returncode == 0:
            version["commit"] = commit.stdout.strip()
            dirty = subprocess.run(
                ["git", "-C", str(path), "status", "--porcelain", "--", "dateline", "templates", "static"],
                capture_output=True,
                text=True,
                timeout=10,
            )
            version["dirty"] = bool(dirty.stdout.strip())
    return version


# ==========================================================================
# The report
# ==========================================================================


def _s(value) -> str:
    if value is None:
        return "–"
    if value >= 100:
        return f"{value:.0f}"
    if value >= 10:
        return f"{value:.1f}"
    if value >= 0.1:
        return f"{value:.2f}"
    return f"{value:.3f}"


def _mb(kb) -> str:
    return "–" if not kb else f"{kb / 1024:.0f}"


def _pct(value) -> str:
    return "–" if value is None else f"{100 * value:.1f}%"


def _ratio(a, b) -> str:
    return "–" if not a or not b else f"{a / b:.2f}×"


def build_table(n: int, scenarios: dict) -> list[str]:
    names = [
        ("cold", "cold build"),
        ("no_change", "no-change rebuild"),
        ("one_change", "one article changed"),
        ("cold_without_copies", "cold, copy detection off (diagnostic)"),
    ]
    present = [(key, label) for key, label in names if key in scenarios]
    lines = [
        f"#### dateline build, N = {n:,}",
        "",
        "Each cell: wall s / CPU s / peak RSS MB of the main process during that stage.",
        "",
        "| stage | " + " | ".join(label for _, label in present) + " |",
        "|---|" + "---|" * len(present),
    ]
    for stage in STAGES:
        cells = []
        for key, _ in present:
            result = scenarios[key]
            stages = result.get("stages") or result.get("partial_stages") or {}
            value = stages.get(stage)
            cells.append(
                f"{_s(value['wall'])} / {_s(value['cpu'])} / {_mb(value['peak_kb'])}"
                if value
                else ("not reached" if result.get("timed_out") else "–")
            )
        lines.append(f"| {stage} | " + " | ".join(cells) + " |")
    totals, extra = [], []
    for key, _ in present:
        result = scenarios[key]
        if result.get("timed_out"):
            totals.append(f"**> {result['timeout']:.0f} s (stopped)**")
        elif result.get("error"):
            totals.append(f"error: {result['error'][:80]}")
        else:
            totals.append(
                f"**{_s(result['wall'])} / {_s(result['cpu'])} / {_mb(result['peak_kb'])}**"
                f" (+ workers {_mb(result.get('worker_peak_kb'))} MB; all processes "
                f"{_mb(result.get('tree_pss_peak_kb'))} MB PSS)"
            )
    lines.append("| **total** | " + " | ".join(totals) + " |")
    for key, _ in present:
        result = scenarios[key]
        output = result.get("output")
        if result.get("pages") is not None:
            extra.append(
                f"{result.get('articles', 0):,} articles, {result.get('mentions', 0):,} mentions, "
                f"{result.get('events', 0):,} events, {result.get('pages', 0):,} pages"
                + (
                    f"; {output['rewritten']:,} of {output['files']:,} output files rewritten, "
                    f"{output['changed']:,} with different content"
                    if output
                    else ""
                )
            )
        else:
            extra.append("")
    lines.append("| output | " + " | ".join(extra) + " |")
    return lines


def _measured_table(title: str, entries: list[dict] | None, header: list[str], row) -> list[str]:
    """A table of child measurements, one row each; a measurement that failed shows what it returned."""
    if not entries:
        return []
    lines = [f"#### {title}", "", "| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for entry in entries:
        cells = row(entry) if entry.get("cpu") else [str(entry.get("n")), str(entry)] + [""] * (len(header) - 2)
        lines.append("| " + " | ".join(cells) + " |")
    return lines + [""]


def report(results: dict) -> str:
    lines = ["## Results", ""]
    info = results["machine"]
    lines += [
        f"Machine: {info.get('cpu', '?')}, {info.get('cores_available', info.get('cores'))} cores, "
        f"{info.get('memory_gib', '?')} GiB, Python {info['python']}; load average at start "
        f"{info['load_average']}, at end {results.get('load_average_end')}.",
        "dateline: " + ", ".join(f"{key} {value}" for key, value in results["dateline"].items()) + ".",
        "",
    ]
    for n, per_n in results["sizes"].items():
        lines += build_table(int(n), per_n["dateline"]) + [""]
        lines += [
            f"#### The same {int(n):,} articles through other builders",
            "",
            "| builder | wall s | CPU s | peak RSS MB | pages | dateline cold ÷ this (wall) | (CPU) |",
            "|---|---|---|---|---|---|---|",
        ]
        cold = per_n["dateline"].get("cold", {})
        if cold.get("timed_out"):  # the ratio is then at least timeout ÷ the other's time
            cold = {"wall": cold["timeout"], "cpu": None, "at_least": True}
        for name in ("pelican", "lower_bound"):
            other = per_n.get(name)
            if other is None:
                continue
            if other.get("skipped") or other.get("error") or other.get("timed_out"):
                lines.append(f"| {name} | {other.get('skipped') or other.get('error') or 'timed out'} | | | | | |")
                continue
            at_least = "> " if cold.get("at_least") else ""
            lines.append(
                f"| {name.replace('_', ' ')} | {_s(other['wall'])} | {_s(other['cpu'])} | "
                f"{_mb(other['peak_kb'])} | {other.get('pages', 0):,} | "
                f"{at_least}{_ratio(cold.get('wall'), other['wall'])} | {_ratio(cold.get('cpu'), other['cpu'])} |"
            )
            diagnostic = per_n["dateline"].get("cold_without_copies")
            if diagnostic and diagnostic.get("wall"):
                lines.append(
                    f"| (dateline without copy detection ÷ {name.replace('_', ' ')}) | | | | | "
                    f"{_ratio(diagnostic['wall'], other['wall'])} | {_ratio(diagnostic['cpu'], other['cpu'])} |"
                )
        lines.append("")
    lines += _measured_table(
        "Extraction alone (one process, one core)",
        results.get("extract_scale"),
        ["texts", "characters", "mentions", "CPU s", "chars / CPU s", "peak RSS MB"],
        lambda e: [
            f"{e['n']:,}",
            f"{e['characters']:,}",
            f"{e['mentions']:,}",
            _s(e["cpu"]),
            f"{e['chars_per_cpu_s']:,}",
            _mb(e["peak_kb"]),
        ],
    )
    lines += _measured_table(
        "Consolidation alone (the build's processes; generating the articles and their mentions not timed)",
        results.get("consolidate_scale"),
        ["articles", "mentions", "events", "wall s", "CPU s", "peak RSS MB (main)", "all processes MB PSS"],
        lambda e: [
            f"{e['n']:,}",
            f"{e['mentions']:,}",
            f"{e['events']:,}",
            _s(e["wall"]),
            _s(e["cpu"]),
            _mb(e["peak_kb"]),
            _mb(e.get("tree_pss_peak_kb")),
        ],
    )
    compare = results.get("compare")
    if compare:
        lines += [
            "#### Extraction compared on the same texts",
            "",
            "Generated: the first texts of the corpus (planted dates as gold). Demo: the four demo articles "
            "against gold/seeds.yaml. P = precision over every dated expression a tool returns; "
            "R = recall of the gold expressions.",
            "",
            "| tool | texts | chars / CPU s | dateline ÷ tool | zh P | zh R | en P | en R | demo P | demo R |",
            "|---|---|---|---|---|---|---|---|---|---|",
        ]
        base = (compare.get("dateline") or {}).get("chars_per_cpu_s")
        for tool, entry in compare.items():
            if entry.get("skipped") or entry.get("error"):
                lines.append(f"| {tool} | skipped: {entry.get('skipped') or entry.get('error')} |||||||||")
                continue
            generated = entry.get("generated", {})
            zh, en, demo = generated.get("zh", {}), generated.get("en", {}), entry.get("demo", {})
            lines.append(
                f"| {tool} | {entry['texts']:,} | {entry['chars_per_cpu_s']:,} | "
                f"{_ratio(base, entry['chars_per_cpu_s'])} | {_pct(zh.get('precision'))} | {_pct(zh.get('recall'))} | "
                f"{_pct(en.get('precision'))} | {_pct(en.get('recall'))} | {_pct(demo.get('precision'))} | "
                f"{_pct(demo.get('recall'))} |"
            )
        dateline_entry = compare.get("dateline", {})
        if dateline_entry.get("generated"):
            events = [
                f"{group}: {_pct(value.get('event_precision'))}" for group, value in dateline_entry["generated"].items()
            ]
            lines += [
                "",
                "dateline's precision on the mentions it reports as events: "
                + ", ".join(events)
                + (
                    f", demo: {_pct(dateline_entry.get('demo', {}).get('event_precision'))}"
                    if dateline_entry.get("demo")
                    else ""
                )
                + ".",
            ]
        lines.append("")
    for n, per_n in results["sizes"].items():
        profile = per_n["dateline"].get("profile", {}).get("profile")
        if not profile:
            continue
        lines += [f"#### Where the time goes (cProfile, cold build, N = {int(n):,})", ""]
        for stage in STAGES:
            if stage not in profile:
                continue
            entry = profile[stage]
            top = "; ".join(f"`{row['function']}` {100 * row['share']:.0f}%" for row in entry["top"][:5])
            lines.append(f"- **{stage}** ({_s(entry['profiled_s'])} s profiled), self time: {top}")
            if entry.get("dateline_cumulative"):
                own = "; ".join(
                    f"`{row['function']}` {100 * row['share']:.0f}%" for row in entry["dateline_cumulative"][:5]
                )
                lines.append(f"  - dateline functions, including what they call: {own}")
        lines.append("")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "--child":
        return child_main(argv[1:])
    if argv and argv[0] == "--report":  # print the tables of an earlier run again
        print(report(json.loads(Path(argv[1]).read_text(encoding="utf-8"))))
        return 0
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--n", default="1000", help="corpus sizes, comma-separated (default 1000)")
    parser.add_argument(
        "--extract-n", default="100000", help="sizes for extraction alone, comma-separated; 0 to skip (default 100000)"
    )
    parser.add_argument(
        "--consolidate-n",
        default="",
        help="article counts for consolidation alone, comma-separated (e.g. 10000,100000; default none)",
    )
    parser.add_argument(
        "--compare-n",
        type=int,
        default=300,
        help="generated texts for the comparison with jionlp and dateparser (default 300)",
    )
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--work",
        type=Path,
        default=Path("/tmp/dateline-bench"),
        help="where corpora, sites and results go (default /tmp/dateline-bench)",
    )
    parser.add_argument(
        "--dateline", type=Path, default=REPO, help="the dateline checkout to measure (default: this repository)"
    )
    parser.add_argument("--jobs", type=int, help="passed to dateline's build (default: dateline's own default)")
    parser.add_argument("--timeout", type=float, default=1800, help="seconds before a measurement is stopped")
    parser.add_argument("--skip", default="", help="comma-separated: dateline,pelican,lower-bound,scale,compare")
    parser.add_argument(
        "--profile",
        action="store_true",
        help="also profile a cold build of the smallest N in one process (cProfile per stage)",
    )
    parser.add_argument(
        "--no-diagnose", action="store_true", help="do not re-run a cold build that timed out without copy detection"
    )
    parser.add_argument("--seeds-gold", type=Path, default=DEFAULT_SEEDS_GOLD)
    args = parser.parse_args(argv)
    args.sizes = [int(value) for value in args.n.split(",") if value.strip()]
    skip = {item.strip() for item in args.skip.split(",") if item.strip()}
    args.work.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()

    def log(message: str) -> None:
        print(f"[{time.perf_counter() - started:7.1f}s] {message}", file=sys.stderr, flush=True)

    results = {
        "machine": machine(),
        "dateline": dateline_version(args.dateline),
        "seed": args.seed,
        "command": " ".join(["python", "bench/run.py", *argv]),
        "sizes": {},
    }

    def save() -> None:  # after every measurement, so that a run stopped half-way keeps what it measured
        (args.work / "results.json").write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")

    why_no_pelican = pelican_available()
    for n in args.sizes:
        corpus_dir = args.work / f"corpus-{n}"
        log(f"corpus N={n} in {corpus_dir}")
        manifest = ensure_corpus(corpus_dir, n, args.seed)
        per_n = results["sizes"][str(n)] = {"corpus": {k: manifest[k] for k in ("characters", "planted", "counts")}}
        if "dateline" not in skip:
            per_n["dateline"] = dateline_scenarios(args, corpus_dir, n, args.work, log)
        else:
            per_n["dateline"] = {}
        save()
        if "pelican" not in skip:
            if why_no_pelican:
                log(why_no_pelican)
                per_n["pelican"] = {"skipped": why_no_pelican}
            else:
                folder = pelican_input(args.work / f"pelican-{n}", n, args.seed)
                out = args.work / f"pelican-site-{n}"
                set_aside(out, args.work)
                log(f"Pelican build, N={n}")
                per_n["pelican"] = run_child(
                    "pelican",
                    ["--content", str(folder / "content"), "--out", str(out), "--conf", str(folder / "pelicanconf.py")],
                    args.timeout,
                    cwd=folder,
                )
        if "lower-bound" not in skip:
            log(f"lower bound, N={n}")
            set_aside(args.work / f"lower-bound-{n}", args.work)
            per_n["lower_bound"] = run_child(
                "lower-bound",
                ["--content", str(corpus_dir / "content"), "--out", str(args.work / f"lower-bound-{n}")],
                args.timeout,
            )
        save()
    if "scale" not in skip:
        results["extract_scale"] = []
        for n in [int(value) for value in args.extract_n.split(",") if value.strip() and int(value)]:
            log(f"extraction alone, N={n}")
            results["extract_scale"].append(
                run_child(
                    "extract-scale",
                    ["--dateline", str(args.dateline), "--n", str(n), "--seed", str(args.seed)],
                    args.timeout,
                )
            )
        save()
    consolidate_sizes = [int(value) for value in args.consolidate_n.split(",") if value.strip() and int(value)]
    if consolidate_sizes:
        results["consolidate_scale"] = []
        for n in consolidate_sizes:
            log(f"consolidation alone, N={n}")
            options = [
                "--dateline",
                str(args.dateline),
                "--n",
                str(n),
                "--seed",
                str(args.seed),
                "--demo-content",
                str(args.dateline / "content"),
            ]
            results["consolidate_scale"].append(
                run_child(
                    "consolidate-scale", options + (["--jobs", str(args.jobs)] if args.jobs else []), args.timeout
                )
            )
            save()
    if "compare" not in skip:
        results["compare"] = {}
        for tool in ("dateline", "jionlp", "dateparser"):
            log(f"{tool} on {args.compare_n} generated texts and the demo")
            options = [
                "--dateline",
                str(args.dateline),
                "--tool",
                tool,
                "--n",
                str(args.compare_n),
                "--seed",
                str(args.seed),
                "--demo-content",
                str(args.dateline / "content"),
            ]
            if args.seeds_gold.is_file():
                options += ["--seeds-gold", str(args.seeds_gold)]
            results["compare"][tool] = run_child("compare", options, args.timeout)
    empty_trash(args.work)
    results["load_average_end"] = [round(value, 2) for value in os.getloadavg()]
    results["seconds"] = round(time.perf_counter() - started, 1)
    save()
    print(report(results))
    log(f"done; every figure is in {args.work / 'results.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
