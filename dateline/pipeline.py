"""The whole program, in order: this module is the table of contents of dateline.

`build()` reads the content, ingests every article, extracts its dates,
consolidates them into events, applies the editors' YAML and renders the site
into a staging folder that is swapped in whole, so a failed build leaves the
old site serving. What a build learns that saves the next one work is kept in
the project's cache (cache.py); how files are written is files.py's business.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import os
import sys
import time
from concurrent.futures import Executor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from . import code_digest, ingest, package_version, search
from .cache import NO_CACHE, Cache, StampedFiles, salt_of
from .changes import Changes, EventFacts, compare, read_events_json
from .config import load_site_config
from .consolidate import ConsolidationMemo, consolidate
from .consolidate.review import review_events
from .editorial import apply_editorial, load_editor_entries, load_entities
from .errors import ContentError, UsageError, display_path
from .extract import EXTRACTOR_VERSION, ExtractionContext, extract_mentions
from .extracted import ExtractedFolder, check_extracted
from .files import check_output_folder, keep_unchanged_files, staging_folder, swap_in
from .media import copy_images
from .model import Article, Content, Event, Mention, Problem, Report, SiteConfig, SiteData
from .pages import PagesWritten
from .render import DEFAULT_THEME_DIR, render_site
from .sourcequality import assess_sources, review_sources
from .workers import Progress, default_jobs, executor_for, map_in_order


@dataclass
class BuildStats:
    """How much work a build did: what a change cost, for tests and benchmarks to see without looking inside."""

    articles_read: int = 0  # article files read, to learn whether they changed or to ingest them
    articles_cached: int = 0  # articles taken from the cache instead of being ingested again
    blocks_grouped: int = 0  # date blocks whose mentions were grouped into events (the others were known)
    pages_rendered: int = 0  # pages made with their template
    pages_kept: int = 0  # pages whose view had not changed: the old file kept without rendering it
    files_written: int = 0  # files of the site written anew; the others are the old site's files, linked


@dataclass
class BuildResult:
    site: SiteData | None = None
    pages: int = 0
    seconds: float = 0.0
    report: Report = field(default_factory=Report)
    written: bool = False
    unchanged: bool = False  # nothing changed since the last build into the same folder
    counts: dict = field(default_factory=dict)  # articles, mentions, events
    stats: BuildStats = field(default_factory=BuildStats)
    started: float = 0.0  # time.perf_counter() when the build began
    changes: Changes = field(default_factory=lambda: Changes(compared=False))  # since the site it replaced
    mistakes: int = 0  # editors' entries that would publish something wrong (see editorial.apply_editorial)

    def assembled(self, assembly: Assembly) -> SiteData:
        """Count what consolidation made; the site's data."""
        site = self.site = assembly.site
        mentions = sum(len(m) for m in site.mentions.values())
        self.counts = {"articles": len(site.articles), "mentions": mentions, "events": len(site.events)}
        self.stats.blocks_grouped = assembly.blocks_grouped
        self.mistakes = assembly.mistakes
        return site

    def rendered(self, written: PagesWritten) -> BuildResult:
        """Count what was written: the site is in place."""
        self.pages = sum(1 for f in written.files if f.suffix == ".html")
        self.written = True
        self.stats.pages_rendered, self.stats.pages_kept = written.rendered, written.kept
        self.stats.files_written = written.new
        return self

    def finished(self) -> BuildResult:
        self.seconds = time.perf_counter() - self.started
        return self


@dataclass(frozen=True)
class Assembly:
    """The site's data, and what else consolidation and the editors' entries decided."""

    site: SiteData
    event_of_mention: dict  # every event-reporting mention's event, hidden ones too: content/extracted/ says so
    editors_failed: bool  # an editor's entry (or entity) could not be applied, or would publish something wrong
    blocks_grouped: int
    mistakes: int = 0  # editors' entries that would publish something wrong, as errors or (keep_going) warnings


#: What a build does about a site.yaml without base_url, which sitemap.xml, the feeds and events.ics need:
#: "warn", "error" (--strict: the previous site is kept) or "off" (serve, which previews on localhost).
BaseUrlCheck = Literal["warn", "error", "off"]


def build(
    content_dir: Path,
    out_dir: Path,
    base_url: str | None = None,
    use_cache: bool = True,
    jobs: int | None = None,
    executor_address: str | None = None,
    progress: Progress | None = None,
    keep_going: bool = False,
    base_url_check: BaseUrlCheck = "warn",
) -> BuildResult:
    """Build the site from content_dir into out_dir, replacing it only when the build succeeds.

    When nothing the build reads has changed since the last successful build
    into the same folder, the site is left as it is and its problems repeated.
    keep_going publishes what the editors' entries would get wrong, with warnings.
    """
    result = BuildResult(started=time.perf_counter())
    check_output_folder(out_dir, content_dir)
    cache = Cache.of_project(content_dir, result.report) if use_cache else NO_CACHE
    record = BuildRecord(cache, out_dir, input_fingerprint(content_dir, base_url, keep_going, base_url_check))
    if record.repeat(result):
        result.changes = Changes()
        return result.finished()
    with executor_for(jobs, executor_address) as executor:
        try:
            content = read_content(
                content_dir, result.report, base_url, cache, executor, progress, result.stats, keep_going
            )
        except ContentError as error:
            result.report.problems.append(error.to_problem())
            return result.finished()
        mentions = extract_all(content, cache, executor, progress)
    # the per-article workers are gone before consolidation forks its own
    jobs = default_jobs() if jobs is None else jobs
    assembly = assemble(content, result.report, mentions, cache, jobs)
    site = result.assembled(assembly)
    pictures = copy_images(site.articles, site.config, cache, result.report, content.project_dir)  # images: copy
    site = result.site = dataclasses.replace(site, media=pictures)
    extracted = ExtractedFolder(content_dir, cache)
    extracted.check(result.report)  # before the files are rewritten: an editor who changed one is told
    write_extracted = functools.partial(extracted.write, site.articles, mentions, assembly.event_of_mention)
    unaddressed = _report_missing_base_url(content, result.report, base_url_check)
    if assembly.editors_failed or unaddressed:  # keep the previous site rather than publish it wrong
        write_extracted()
        extracted.remember(site.articles)
        return result.finished()
    out_dir = out_dir.resolve()
    previous = out_dir if out_dir.is_dir() else None
    with staging_folder(out_dir) as staging:
        # content/extracted/ is written by a page worker, beside the pages
        written = render_site(site, staging, content.project_dir, jobs, write_extracted, previous, record.views())
        written.new += keep_unchanged_files(staging, out_dir, written.unchecked)
        record.keep_views(written.views)  # before the swap: a memo newer than the site it describes would only miss
        extracted.remember(site.articles)
        result.changes = changes_since(previous, site)
        swap_in(staging, out_dir)
    record.keep(result.rendered(written).finished())
    return result


def changes_since(site_dir: Path | None, site: SiteData) -> Changes:
    """What changed since the site in site_dir was built (its data/events.json): nothing to compare with
    when there is none, or it cannot be read."""
    if site_dir is None or not (site_dir / "data" / "events.json").is_file():
        return Changes(compared=False)
    try:
        before = read_events_json(str(site_dir))
    except UsageError:
        return Changes(compared=False)
    return compare(before, [EventFacts.of_event(event) for event in site.events], site.forwards)


def read_content(
    content_dir: Path,
    report: Report,
    base_url: str | None = None,
    cache: Cache = NO_CACHE,
    executor: Executor | None = None,
    progress: Progress | None = None,
    stats: BuildStats | None = None,
    keep_going: bool = False,
) -> Content:
    """Load settings, entities and every article; a bad article is reported and skipped.

    An article whose file, sidecar, settings and reading code are unchanged
    since the last build is taken from the cache. base_url and keep_going,
    when given, replace the settings of site.yaml.
    """
    stats = stats or BuildStats()
    project_dir = Path(os.path.abspath(content_dir)).parent  # what ingest's article paths are relative to
    config = load_site_config(content_dir)
    if base_url is not None:
        config = dataclasses.replace(config, base_url=base_url)
    if keep_going:
        config = dataclasses.replace(config, keep_going=True)
    skipped: list[tuple[Path, str]] = []
    paths = ingest.discover_articles(content_dir / "articles", skipped)
    for path, reason in skipped:
        report.warning(display_path(path), None, f"not read as an article: {reason}")
    cached: dict[str, Article] = cache.load("articles", "", dict) or {}  # keys say what each was read from
    keys = _article_keys(paths, content_dir, config, cache, stats)
    missing = [path for path, key in zip(paths, keys) if key not in cached]
    read = iter(
        map_in_order(
            _ingest_one, [(path, content_dir, config) for path in missing], executor, progress, "reading articles"
        )
    )
    articles: list[Article] = []
    kept: dict[str, Article] = {}
    seen: dict[str, str] = {}
    for key in keys:
        result = cached[key] if key in cached else next(read)
        if isinstance(result, Problem):
            report.problems.append(dataclasses.replace(result, path=display_path(project_dir / result.path)))
            continue
        if key:
            kept[key] = result
        if result.id in seen:
            report.error(
                display_path(project_dir / result.path),
                None,
                f"two articles would share the id {result.id!r} (also {seen[result.id]}); rename one",
            )
            continue
        seen[result.id] = display_path(project_dir / result.path)
        articles.append(result)
    stats.articles_cached = len(keys) - len(missing)
    if missing or len(kept) != len(cached):
        cache.save("articles", "", kept)
    errors = report.error_count
    entities = load_entities(content_dir, report)
    if isinstance(config.full_text, tuple) and (unknown := set(config.full_text) - set(seen)):
        report.warning(
            display_path(content_dir / "site.yaml"),
            None,
            f"full_text names no article: {', '.join(sorted(unknown))} (an article's id is its file name without "
            "the extension); its text is quoted, not published whole",
        )
    failed = report.error_count > errors
    return Content(content_dir.resolve().parent, content_dir, config, tuple(articles), entities, failed)


def _ingest_one(job: tuple[Path, Path, SiteConfig]) -> Article | Problem:
    """Read one article (runs in a worker): the article, or the problem that stopped it."""
    path, content_dir, config = job
    try:
        return ingest.read_article(path, content_dir, config)
    except ContentError as error:
        return error.to_problem()


def _article_keys(
    paths: list[Path], content_dir: Path, config: SiteConfig, cache: Cache, stats: BuildStats
) -> list[str]:
    """Each article's key (see _article_key); an article whose file and sidecar keep the stamps they had at the
    last build keeps its key without being read again."""
    salt = salt_of(code_digest(), config)
    stamped = StampedFiles(cache.load("article-stamps", salt, dict))
    keys, now_ns = [], time.time_ns()
    for path in paths:
        relative = path.relative_to(content_dir).as_posix()
        stamps = StampedFiles.stamps(path, path.with_name(path.stem + ingest.SIDECAR_SUFFIX))
        key = stamped.get(relative, stamps)
        if not isinstance(key, str):
            key = _article_key(path, content_dir, config)
            stats.articles_read += 1
        if key:
            stamped.learn(relative, stamps, key, now_ns)
        keys.append(key)
    if stamped.changed:
        cache.save("article-stamps", salt, stamped.learnt)
    return keys


def _article_key(path: Path, content_dir: Path, config: SiteConfig) -> str:
    """What reading an article depends on: its bytes, its sidecar's, its place, the settings and the code.

    "" when the file cannot be read here (reading it will say why).
    """
    digest = hashlib.sha256(
        f"{code_digest()}\0{path.relative_to(content_dir).as_posix()}\0{config!r}\0".encode("utf-8", "surrogateescape")
    )
    try:
        if path.stat().st_size > config.max_article_bytes:
            return ""
        digest.update(path.read_bytes())
        sidecar = path.with_name(path.stem + ingest.SIDECAR_SUFFIX)
        digest.update(b"\0" + (sidecar.read_bytes() if sidecar.is_file() else b"-"))
    except OSError:
        return ""
    return digest.hexdigest()


#: The code extraction runs: mentions cached by an earlier version of it are not reused.
EXTRACTION_CODE = ("extract", "patterns.py", "model.py")


def extraction_context(article: Article, config: SiteConfig) -> ExtractionContext:
    return ExtractionContext(
        article=article.id,
        published=article.publication_date,
        language=article.language,
        date_order=config.date_order,
        updated=article.updated,
    )


def _extract_one(job: tuple[str, ExtractionContext]) -> tuple[Mention, ...]:
    text, context = job
    return extract_mentions(text, context)


def extract_all(
    content: Content, cache: Cache = NO_CACHE, executor: Executor | None = None, progress: Progress | None = None
) -> dict[str, tuple[Mention, ...]]:
    """Mentions of every article, from the cache when the article and extractor are unchanged.

    The cache holds the current articles' mentions only, in one entry: one
    read and one write per build, however many articles there are.
    """
    salt = salt_of(EXTRACTOR_VERSION, code_digest(*EXTRACTION_CODE), [f.name for f in dataclasses.fields(Mention)])
    cached: dict[str, tuple[Mention, ...]] = cache.load("mentions", salt, dict) or {}
    contexts = {article.id: extraction_context(article, content.config) for article in content.articles}
    # keyed by the text extraction reads, not the file: a new ingest that reads a file otherwise extracts again
    keys = {
        article.id: hashlib.sha256(
            f"{contexts[article.id]}\0".encode() + article.text.encode("utf-8", "surrogatepass")
        ).hexdigest()
        for article in content.articles
    }
    result = {article.id: cached[keys[article.id]] for article in content.articles if keys[article.id] in cached}
    missing = [article for article in content.articles if article.id not in result]
    extracted = map_in_order(
        _extract_one, [(a.text, contexts[a.id]) for a in missing], executor, progress, "finding dates"
    )
    result.update((article.id, mentions) for article, mentions in zip(missing, extracted))
    if missing or len(cached) != len(keys):
        cache.save("mentions", salt, {keys[article.id]: result[article.id] for article in content.articles})
    return {article.id: result[article.id] for article in content.articles}


def assemble(
    content: Content,
    report: Report,
    mentions: dict[str, tuple[Mention, ...]] | None = None,
    cache: Cache = NO_CACHE,
    jobs: int = 1,
) -> Assembly:
    """Consolidate the mentions (extracted now unless given) in `jobs` local processes and apply the editors'
    entries; no file of the site is written.

    What consolidation learnt (the headlines of events and its memo of date
    blocks, days, copies and interval checks) is loaded from the cache and
    kept there for the next build, under the code and entities it was made with.
    """
    if mentions is None:
        mentions = extract_all(content, cache)
    salt = salt_of(code_digest(), content.entities)
    known = cache.load("headlines", salt, dict) or {}
    memo_salt = salt_of(salt, package_version("opencc"), sys.version)  # OpenCC folds the text compared
    memo = cache.load("consolidation", memo_salt, ConsolidationMemo)
    consolidation = consolidate(
        content.articles, mentions, content.entities, content.config.focus, jobs, known, memo, content.config.language
    )
    if consolidation.headlines != known:
        cache.save("headlines", salt, consolidation.headlines)
    if consolidation.memo is not None and consolidation.memo != memo:
        cache.save("consolidation", memo_salt, consolidation.memo)
    grouped = len(set(consolidation.memo.blocks) - set(memo.blocks if memo else ())) if consolidation.memo else 0
    errors = report.error_count
    entries = load_editor_entries(content.content_dir, report)
    editorial = apply_editorial(
        consolidation.events,
        entries,
        {a.id: a.text for a in content.articles},
        {e.id for e in content.entities},
        report,
        content.config.keep_going,
    )
    editors_failed = report.error_count > errors or content.entities_failed
    _report_unresolved(content, mentions, report)
    visible = {event.id for event in editorial.events}
    event_of_mention = {
        key: event_id for key, event_id in consolidation.event_of_mention.items() if event_id in visible
    }
    quality = assess_sources(content.articles, consolidation.copied)
    site = SiteData(
        content.config,
        content.articles,
        mentions,
        editorial.events,
        content.entities,
        event_of_mention,
        editorial.forwards,
        quality,
    )
    return Assembly(site, consolidation.event_of_mention, editors_failed, grouped, editorial.mistakes)


def _report_unresolved(content: Content, mentions: dict[str, tuple[Mention, ...]], report: Report) -> None:
    for article in content.articles:
        if article.publication_date is not None:
            continue
        unresolved = [m.as_written for m in mentions[article.id] if m.resolved_by == "unresolved"]
        if unresolved:
            path = content.project_dir / article.path
            report.warning(
                display_path(path),
                None,
                f"no publication date, so {', '.join(dict.fromkeys(unresolved))} cannot be dated; "
                f"add `date: YYYY-MM-DD` to {display_path(path.with_suffix(ingest.SIDECAR_SUFFIX))}",
            )


def _report_missing_base_url(content: Content, report: Report, check: BaseUrlCheck) -> bool:
    """Say that the outputs that need absolute addresses will not have them; True when that is an error."""
    if content.config.base_url or check == "off":
        return False
    path = content.content_dir / "site.yaml"
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeError):
        lines = []
    line = next((number for number, text in enumerate(lines, 1) if text.startswith("base_url:")), None)
    message = (
        "base_url is not set, so sitemap.xml can only list relative addresses (search engines ignore them) "
        "and the feeds and events.ics cannot link to event pages; set `base_url:` to the site's address, "
        "or pass --base-url URL"
    )
    (report.error if check == "error" else report.warning)(display_path(path), line, message)
    return check == "error"


def input_fingerprint(content_dir: Path, base_url: str | None, *options: object) -> str:
    """A digest of everything a build reads (names, sizes, times) and the options it is given, to notice
    that nothing changed."""
    project_dir = content_dir.resolve().parent
    roots = dict.fromkeys(
        [
            content_dir.resolve(),
            project_dir / "templates",
            project_dir / "static",
            DEFAULT_THEME_DIR / "templates",
            DEFAULT_THEME_DIR / "static",
            Path(__file__).resolve().parent,
        ]
    )
    generated = (content_dir / "extracted").resolve()
    digest = hashlib.sha256(f"{EXTRACTOR_VERSION}\0{base_url}\0{options}\0{search.pagefind_version()}\n".encode())
    for root in roots:
        if not root.is_dir():
            continue
        for directory, folders, files in os.walk(root):
            folders[:] = sorted(
                f
                for f in folders
                if not f.startswith(".") and f != "__pycache__" and Path(directory, f).resolve() != generated
            )
            for name in sorted(files):
                if name.startswith("."):
                    continue
                try:
                    status = os.stat(os.path.join(directory, name))
                except OSError:
                    continue
                digest.update(
                    f"{directory}/{name}\0{status.st_size}\0{status.st_mtime_ns}\n".encode("utf-8", "surrogateescape")
                )  # file names need not be UTF-8
    return digest.hexdigest()


class BuildRecord:
    """What the last successful build into an output folder read and reported, and what its pages were made from.

    Kept in the cache under the output folder's name: a build whose inputs have
    the same fingerprint leaves the site as it is and repeats the problems.
    """

    def __init__(self, cache: Cache, out_dir: Path, fingerprint: str):
        self.cache = cache
        self.name = "builds/" + hashlib.sha256(str(out_dir.resolve()).encode()).hexdigest()[:16]
        self.out_dir = out_dir
        self.fingerprint = fingerprint

    def repeat(self, result: BuildResult) -> bool:
        """Fill result from the record when nothing changed since it was made and the site is there."""
        if not (self.out_dir / "index.html").is_file():
            return False
        record = self.cache.load(self.name, self.fingerprint, dict)
        if record is None:
            return False
        # paths were kept absolute: shown from where this build runs
        result.report.problems.extend(
            dataclasses.replace(problem, path=display_path(problem.path)) for problem in record["problems"]
        )
        result.counts, result.pages = record["counts"], record["pages"]
        result.unchanged = result.written = True
        return True

    def keep(self, result: BuildResult) -> None:
        problems = [
            dataclasses.replace(problem, path=os.path.abspath(problem.path)) for problem in result.report.problems
        ]
        self.cache.save(
            self.name, self.fingerprint, {"counts": result.counts, "pages": result.pages, "problems": problems}
        )

    def views(self) -> dict[str, list] | None:
        """The memo of the pages in the output folder (see pagememo.PageMemo): what each was made from; None
        without a cache, and the views of the pages are then not digested."""
        if not self.cache.enabled:
            return None
        return self.cache.load(self.name + ".views", "", dict) or {}

    def keep_views(self, views: dict[str, list]) -> None:
        self.cache.save(self.name + ".views", "", views)


@dataclass(frozen=True)
class Checked:
    """What `dateline check` found: the problems, the articles read (for their dates) and the events."""

    report: Report
    articles: tuple[Article, ...] = ()
    events: tuple[Event, ...] = ()


def check(content_dir: Path, keep_going: bool = False, base_url_check: BaseUrlCheck = "warn") -> Checked:
    """Validate everything and change nothing."""
    report = Report()
    try:
        content = read_content(content_dir, report, keep_going=keep_going)
    except ContentError as error:
        report.problems.append(error.to_problem())
        return Checked(report)
    assembly = assemble(content, report)
    _report_missing_base_url(content, report, base_url_check)
    check_extracted(content_dir, report)
    project_dir = Path(os.path.abspath(content_dir)).parent  # the review names files as ingest does: from there
    reviewed = review_events(assembly.site.events, content.articles, assembly.site.mentions)
    reviewed += review_sources(content.articles, assembly.site.quality)
    report.problems.extend(
        dataclasses.replace(problem, path=display_path(project_dir / problem.path)) for problem in reviewed
    )
    return Checked(report, content.articles, assembly.site.events)


def adopt(content_dir: Path, event_ids: list[str], target: Path, report: Report) -> list[str]:
    """Append the named extracted events to an editor file as complete entries; return the ids adopted."""
    from .editorial import adoption_yaml, append_entries

    content = read_content(content_dir, report)
    mentions = extract_all(content, Cache.of_project(content_dir, report))
    extracted = {event.id: event for event in consolidate(content.articles, mentions, content.entities).events}
    already = {str(entry.fields.get("id")) for entry in load_editor_entries(content_dir, Report())}
    chosen = []
    for event_id in event_ids:
        if event_id not in extracted:
            report.error(display_path(target), None, f"no extracted event has id {event_id!r}; see data/events.json")
        elif event_id in already:
            report.warning(display_path(target), None, f"{event_id} is already in an editor file; not added again")
        else:
            chosen.append(extracted[event_id])
    if chosen:
        append_entries(target, adoption_yaml(chosen))
    return [event.id for event in chosen]
