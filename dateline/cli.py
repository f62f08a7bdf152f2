"""The command line: parse arguments, call the pipeline, print what it reports.

No logic lives here. Problems go to stderr as `path:line: message`; the exit
status is 1 when content has errors and 2 when the command line is wrong.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import traceback
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import __version__
from .errors import ContentError, DatelineError, UsageError, display_path
from .model import Event, Report

if TYPE_CHECKING:
    from .changes import Changes

EXIT_OK, EXIT_CONTENT, EXIT_USAGE = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dateline", description="Turn a folder of news articles into a cross-referenced timeline site."
    )
    parser.add_argument("--version", action="version", version=f"dateline {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks of unexpected errors")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def content_option(command: argparse.ArgumentParser) -> None:
        command.add_argument(
            "--content", type=Path, default=Path("content"), metavar="DIR", help="the content folder (default: content)"
        )

    def editing_options(command: argparse.ArgumentParser, strict: bool = True) -> None:
        command.add_argument(
            "--keep-going",
            action="store_true",
            help="publish anyway what editors' entries would get wrong (an id that matches no event, a quote "
            "not in its article), with warnings instead of errors; site.yaml: keep_going: true",
        )
        if strict:
            command.add_argument(
                "--strict",
                action="store_true",
                help="make a missing base_url an error (the sitemap, feeds and calendar need absolute links)",
            )

    build = commands.add_parser("build", help="extract (cached) and render the site")
    content_option(build)
    build.add_argument("--out", type=Path, default=Path("_site"), metavar="DIR", help="output folder (default: _site)")
    build.add_argument(
        "--base-url", metavar="URL", help="the address the site is served from, e.g. https://user.github.io/repo/"
    )
    build.add_argument("--no-cache", action="store_true", help="extract every article again")
    build.add_argument(
        "--jobs",
        type=int,
        metavar="N",
        help="processes for ingest, extraction and rendering (default: the machine's cores)",
    )
    build.add_argument("--executor", metavar="dask://HOST:PORT", help="run per-article work on a Dask cluster")
    editing_options(build)

    extract = commands.add_parser("extract", help="write content/extracted/*.yaml")
    content_option(extract)

    check = commands.add_parser("check", help="validate everything, change nothing")
    content_option(check)
    check.add_argument(
        "--suggest-entities", action="store_true", help="also list frequent names that are not in entities.yaml yet"
    )
    editing_options(check)

    diff = commands.add_parser(
        "diff",
        help="list the events the content would add, remove, re-date, retitle or re-source",
        description="Compare the events of the content as it is now with a published build's: by default what "
        "the last build wrote (OUT/data/events.json), or --against a published events.json, site folder or "
        "address. Lists every change, by id and headline; changes nothing.",
    )
    content_option(diff)
    diff.add_argument("--out", type=Path, default=Path("_site"), metavar="DIR", help="the site folder (default: _site)")
    diff.add_argument(
        "--against", metavar="FILE|URL", help="a published events.json, a site folder, or the address of either"
    )
    editing_options(diff, strict=False)

    serve = commands.add_parser("serve", help="build, serve on localhost, rebuild and reload on change")
    content_option(serve)
    serve.add_argument("--out", type=Path, default=Path("_site"), metavar="DIR")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--host", default="127.0.0.1")
    editing_options(serve, strict=False)

    deploy = commands.add_parser("deploy", help="build, then publish _site/ to a gh-pages branch")
    content_option(deploy)
    deploy.add_argument("--out", type=Path, default=Path("_site"), metavar="DIR")
    deploy.add_argument("--base-url", metavar="URL")
    deploy.add_argument("--remote", default="origin", help="remote to push to (default: origin); '' to only commit")
    deploy.add_argument("--branch", default="gh-pages", help="branch that holds the site (default: gh-pages)")
    deploy.add_argument("--message", default="Publish the site", help="commit message")
    editing_options(deploy)

    adopt = commands.add_parser("adopt", help="copy extracted events into an editor file to edit them")
    adopt.add_argument("ids", nargs="+", metavar="ID", help="ids of extracted events (see _site/data/events.json)")
    content_option(adopt)
    adopt.add_argument(
        "--to", type=Path, metavar="FILE", help="editor file to append to (default: CONTENT/events/adopted.yaml)"
    )

    add = commands.add_parser(
        "add",
        help="add articles from their addresses or saved pages, with their metadata",
        description="Fetch each page (or read a saved one), keep its story without the page around it, and write "
        "CONTENT/articles/NAME.html with front matter from the page's own metadata. Prints the files "
        "written.",
    )
    add.add_argument("sources", nargs="+", metavar="URL|FILE", help="an http(s) address or a page saved from a browser")
    content_option(add)
    add.add_argument("--force", action="store_true", help="replace an article of the same name")

    dates = commands.add_parser("dates", help="print the dated mentions found in a text, as JSON lines")
    dates.add_argument("text", nargs="?", default="-", help="the text, or - to read standard input (default)")
    dates.add_argument("--published", metavar="ISO", help="the text's publication date, e.g. 2021-12-22")
    dates.add_argument(
        "--lang", choices=("zh", "zh-Hans", "zh-Hant", "en"), help="the text's language (default: detect)"
    )
    dates.add_argument("--date-order", choices=("MDY", "DMY"), default="MDY", help="how 12/9/2021 is read")

    evaluate = commands.add_parser(
        "eval",
        help="score extraction and events against evaluation sets",
        description="Score each SET and print one table: a seeds gold YAML (scored against --content), a folder of "
        "TimeML files, a SemEval-2015 Task 4 folder (docs/ and gold/) or a cases YAML.",
    )
    evaluate.add_argument("sets", nargs="+", type=Path, metavar="SET")
    content_option(evaluate)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        args = parser.parse_args(["build", *(argv or [])])
    try:
        return COMMANDS[args.command](args)
    except UsageError as error:
        print(f"dateline: {error}", file=sys.stderr)
        return EXIT_USAGE
    except ContentError as error:
        print(error, file=sys.stderr)
        return EXIT_CONTENT
    except DatelineError as error:
        print(f"dateline: {error}", file=sys.stderr)
        return EXIT_CONTENT
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # noqa: BLE001 - a bug: say so in one line unless asked for the traceback
        if args.debug:
            traceback.print_exc()
        else:
            print(
                f"dateline: internal error: {type(error).__name__}: {error} (run with --debug for details)",
                file=sys.stderr,
            )
        return EXIT_CONTENT


def print_report(report: Report) -> None:
    for problem in report.problems:
        print(problem, file=sys.stderr)


def _require_content(content: Path) -> None:
    if not content.is_dir():
        raise UsageError(f"no content folder at {content} (use --content DIR)")


class TerminalProgress:
    """A progress bar on a terminal (tqdm), one bar per stage."""

    def __init__(self) -> None:
        self._bar: Any = None  # a tqdm bar, imported when the first is drawn

    def stage(self, name: str, total: int) -> None:
        from tqdm import tqdm

        self.close()
        if total >= 50:  # small builds finish before a bar could be read
            self._bar = tqdm(total=total, desc=name, unit=" articles", leave=False, file=sys.stderr)

    def advance(self, done: int = 1) -> None:
        if self._bar is not None:
            self._bar.update(done)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None


#: Lines of the change report a build prints; `dateline diff` prints every one.
CHANGES_SHOWN = 50


def cmd_build(args: argparse.Namespace) -> int:
    from .pipeline import build

    _require_content(args.content)
    progress = TerminalProgress() if sys.stderr.isatty() else None
    try:
        result = build(
            args.content,
            args.out,
            base_url=args.base_url,
            use_cache=not getattr(args, "no_cache", False),
            jobs=getattr(args, "jobs", None),
            executor_address=getattr(args, "executor", None),
            progress=progress,
            keep_going=args.keep_going,
            base_url_check="error" if args.strict else "warn",
        )
    finally:
        if progress is not None:
            progress.close()
    print_report(result.report)
    if result.written and not result.unchanged:
        print_changes(result.changes, result.counts.get("events", 0), display_path(args.out))
    if result.counts:
        warnings = sum(1 for p in result.report.problems if p.severity == "warning")
        where = display_path(args.out)
        if not result.written:
            where = "nothing written; the previous site is unchanged"
            if result.mistakes and result.mistakes == result.report.error_count:
                where += " (fix the entries above, or build with --keep-going to publish them with warnings)"
        elif result.unchanged:
            where += " (nothing changed)"
        counts = result.counts
        print(
            f"{counts['articles']} articles, {counts['mentions']} mentions, {counts['events']} events, "
            f"{result.pages} pages in {result.seconds:.1f}s, {warnings} warnings -> {where}",
            file=sys.stderr,
        )
    return EXIT_CONTENT if result.report.has_errors or not result.written else EXIT_OK


def print_changes(changes: Changes, events: int, site: str, limit: int | None = CHANGES_SHOWN) -> None:
    """The change report, on standard output: what a build (or `dateline diff`) changes, event by event."""
    if not changes.compared:
        print(f"no earlier build in {site} to compare with: {events} events")
        return
    print(f"changes since the last build: {changes.summary()}")
    for line in changes.lines(limit):
        print(f"  {line}")


def cmd_extract(args: argparse.Namespace) -> int:
    from .cache import Cache
    from .extracted import write_extracted
    from .pipeline import assemble, read_content

    _require_content(args.content)
    report = Report()
    content = read_content(args.content, report)
    assembly = assemble(content, report, cache=Cache.of_project(args.content, report))
    write_extracted(content.content_dir, content.articles, assembly.site.mentions, assembly.event_of_mention)
    print_report(report)
    return EXIT_CONTENT if report.has_errors else EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from .ingest.listing import article_listing
    from .pipeline import check

    _require_content(args.content)
    checked = check(args.content, args.keep_going, "error" if args.strict else "warn")
    report = checked.report
    print_report(report)
    project_dir = Path(os.path.abspath(args.content)).parent
    for line in article_listing(checked.articles, project_dir):
        print(line)
    for line in event_listing(checked.events):
        print(line)
    if args.suggest_entities:
        try:
            import jieba  # noqa: F401
        except ImportError:
            raise UsageError("--suggest-entities needs jieba: pip install 'dateline[suggest]'") from None
        from .consolidate.suggest import suggest_entities
        from .pipeline import read_content

        content = read_content(args.content, Report())
        suggestions = suggest_entities(content.articles, content.entities)
        print("# names not in entities.yaml, most mentioned first: add the ones that matter")
        for suggestion in suggestions:
            print(
                f"- {{name: {suggestion.name}, kind: {suggestion.kind}}}  "
                f"# {suggestion.mentions} mentions in {suggestion.articles} articles"
            )
    errors = sum(1 for p in report.problems if p.severity == "error")
    print(f"{errors} errors, {len(report.problems) - errors} warnings", file=sys.stderr)
    return EXIT_CONTENT if errors else EXIT_OK


#: How check marks an event an editor has touched.
_ORIGIN_MARKS = {"extracted": "", "merged": "  [edited]", "editorial": "  [editorial]"}


def event_listing(events: tuple[Event, ...]) -> list[str]:
    """Every event by id, date and headline: the ids an editor's entry names."""
    if not events:
        return []
    lines = [
        f"# Events: {len(events)}; `- id: ID` in content/events/*.yaml corrects one, `dateline adopt ID` copies it"
    ]
    lines += [f"{event.id}  {event.date}  {event.title}{_ORIGIN_MARKS[event.origin]}" for event in events]
    return lines


def cmd_diff(args: argparse.Namespace) -> int:
    from .changes import EventFacts, compare, read_events_json
    from .pipeline import assemble, read_content

    _require_content(args.content)
    against = args.against or str(args.out)
    if not args.against and not (args.out / "data" / "events.json").is_file():
        raise UsageError(f"no build in {display_path(args.out)} to compare with; build first, or use --against")
    before = read_events_json(against)
    report = Report()
    content = read_content(args.content, report, keep_going=args.keep_going)
    site = assemble(content, report).site
    print_report(report)
    changes = compare(before, [EventFacts.of_event(event) for event in site.events], site.forwards)
    shown = against if args.against else display_path(args.out)
    print(f"changes since {shown}: {changes.summary()}")
    for line in changes.lines():
        print(f"  {line}")
    return EXIT_CONTENT if report.has_errors else EXIT_OK


def cmd_serve(args: argparse.Namespace) -> int:
    from .serve import serve

    _require_content(args.content)
    return serve(args.content, args.out, args.host, args.port, args.keep_going)


def cmd_deploy(args: argparse.Namespace) -> int:
    from .publish import deploy, repository_of

    repository_of(Path.cwd(), args.remote or None)  # before building: a build is no use without one
    status = cmd_build(args)
    if status != EXIT_OK:
        print("dateline: not deployed: the build reported errors", file=sys.stderr)
        return status
    result = deploy(args.out, Path.cwd(), branch=args.branch, remote=args.remote or None, message=args.message)
    state = "new commit" if result.created else "site unchanged, no new commit"
    where = f"pushed to {args.remote}" if result.pushed else "not pushed"
    print(f"{args.branch} at {result.commit[:12]} ({state}; {where})", file=sys.stderr)
    return EXIT_OK


def cmd_adopt(args: argparse.Namespace) -> int:
    from .pipeline import adopt

    _require_content(args.content)
    target = args.to or args.content / "events" / "adopted.yaml"
    if target.resolve().parent != (args.content / "events").resolve():
        raise UsageError(f"--to must name a file in {args.content / 'events'}")
    if target.suffix not in (".yaml", ".yml"):
        raise UsageError("--to must name a .yaml file")
    report = Report()
    adopted = adopt(args.content, args.ids, target, report)
    print_report(report)
    if adopted:
        print(f"added {len(adopted)} entries to {target}", file=sys.stderr)
    return EXIT_CONTENT if report.has_errors else EXIT_OK


def cmd_add(args: argparse.Namespace) -> int:
    from .add import add_articles

    _require_content(args.content)
    report = Report()
    written = add_articles(args.sources, args.content, report, force=args.force)
    print_report(report)
    for path in written:
        print(display_path(path))
    return EXIT_CONTENT if report.has_errors else EXIT_OK


def cmd_dates(args: argparse.Namespace) -> int:
    from .extract import ExtractionContext, extract_mentions
    from .ingest import detect_language

    text = sys.stdin.read() if args.text == "-" else args.text
    published = None
    if args.published:
        try:
            published = dt.date.fromisoformat(args.published[:10])
        except ValueError:
            raise UsageError(f"--published {args.published!r} is not an ISO date like 2021-12-22") from None
    language = {"zh": "zh-Hans"}.get(args.lang, args.lang) or detect_language(text)
    context = ExtractionContext(article="-", published=published, language=language, date_order=args.date_order)
    for mention in extract_mentions(text, context):
        print(json.dumps(mention.to_json(), ensure_ascii=False))
    return EXIT_OK


def cmd_eval(args: argparse.Namespace) -> int:
    from .evaluate import table
    from .evaluate.sets import score_sets

    report = Report()
    scored = score_sets(args.sets, args.content, report)
    print_report(report)
    print(table([s.score for s in scored]))
    for each in scored:
        if each.detail:
            print(f"\n{each.score.name}: per article\n{each.detail}")
    return EXIT_OK


COMMANDS = {
    "build": cmd_build,
    "extract": cmd_extract,
    "check": cmd_check,
    "diff": cmd_diff,
    "serve": cmd_serve,
    "deploy": cmd_deploy,
    "adopt": cmd_adopt,
    "add": cmd_add,
    "dates": cmd_dates,
    "eval": cmd_eval,
}


def run() -> None:
    """Console-script entry point."""
    sys.exit(main(sys.argv[1:]))
