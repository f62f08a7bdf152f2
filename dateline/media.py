"""An article's pictures, copied into the site when site.yaml says `images: copy`; never hot-linked.

A picture loaded from the outlet's server leaves a blank gap when the site is
read offline or the outlet moves it, and tells the outlet who reads the site.
So pages show no picture from elsewhere: by default they show none, and with
`images: copy` the pictures of the articles whose whole text is published are
fetched once, checked to be pictures, kept in the project's cache (a later
build needs no network for them) and written into the site's `media/` folder.
A picture that cannot be had is left out, with a warning naming its article.
"""

from __future__ import annotations

import hashlib
import http.client
import ipaddress
import socket
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.error import HTTPError, URLError
from urllib.parse import urlsplit
from urllib.request import HTTPRedirectHandler, Request, build_opener

from . import __version__
from .cache import Cache
from .errors import display_path
from .model import Article, CopiedImage, Report, SiteConfig

MEDIA_DIR = "media"
MAX_IMAGE_BYTES = 10_000_000
FETCH_TIMEOUT_SECONDS = 20.0
FETCHES_AT_ONCE = 4
USER_AGENT = f"dateline/{__version__} (copies an article's pictures into a timeline site; Python-urllib)"
#: What a picture's first bytes are, and the file extension it gets. Only raster formats: an SVG may carry script.
IMAGE_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"\xff\xd8\xff", "jpg"),
    (b"GIF87a", "gif"),
    (b"GIF89a", "gif"),
    (b"RIFF", "webp"),  # and "WEBP" at offset 8
    (b"\x00\x00\x00\x1cftypavif", "avif"),
    (b"\x00\x00\x00\x20ftypavif", "avif"),
)


class ImageError(Exception):
    """A picture that could not be copied; the message says why."""


def image_kind(data: bytes) -> str:
    """The extension for a picture's bytes, or "" when they are not a picture dateline copies."""
    for signature, extension in IMAGE_SIGNATURES:
        if data.startswith(signature) and (extension != "webp" or data[8:12] == b"WEBP"):
            return extension
    return ""


def public_host(host: str) -> bool:
    """Whether every address a host name has is on the public internet: an article chooses the addresses a
    build fetches, and must not make it fetch from the build machine or its private network."""
    try:
        found = socket.getaddrinfo(host, None)
    except (OSError, UnicodeError):
        return False
    return bool(found) and all(ipaddress.ip_address(str(entry[4][0]).split("%")[0]).is_global for entry in found)


def _refused(address: str) -> str:
    """Why a picture's address is not fetched, or ""."""
    parts = urlsplit(address)
    if parts.scheme.lower() not in ("http", "https"):
        return "only http:// and https:// pictures are copied"
    if not parts.hostname or not public_host(parts.hostname):
        return f"{parts.hostname or 'its host'} is not an address on the public internet"
    return ""


class _WebRedirects(HTTPRedirectHandler):
    """Redirects followed to public http(s) addresses only."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        why = _refused(newurl)
        if why:
            raise URLError(f"it redirects to {newurl}: {why}")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def fetch_image(address: str) -> bytes:
    """The bytes at a public http(s) address, if they are a picture of at most MAX_IMAGE_BYTES; else ImageError."""
    why = _refused(address)
    if why:
        raise ImageError(why)
    request = Request(address, headers={"User-Agent": USER_AGENT, "Accept": "image/*"})
    try:
        with build_opener(_WebRedirects()).open(request, timeout=FETCH_TIMEOUT_SECONDS) as response:
            data = response.read(MAX_IMAGE_BYTES + 1)
    except HTTPError as error:
        raise ImageError(f"the server answered {error.code} {error.reason}") from None
    except URLError as error:
        raise ImageError(f"cannot fetch it: {error.reason}") from None
    except (TimeoutError, http.client.HTTPException, OSError, ValueError) as error:
        raise ImageError(f"cannot fetch it: {error or type(error).__name__}") from None
    if len(data) > MAX_IMAGE_BYTES:
        raise ImageError(f"it is over {MAX_IMAGE_BYTES} bytes")
    if not image_kind(data):
        raise ImageError("it is not a PNG, JPEG, GIF, WebP or AVIF picture")
    return data


def copy_images(
    articles: Iterable[Article],
    config: SiteConfig,
    cache: Cache,
    report: Report,
    project_dir: Path | None = None,
    fetch: Callable[[str], bytes] = fetch_image,
) -> dict[str, CopiedImage]:
    """Each picture address of the articles whose whole text is published, with its copy in the site;
    nothing unless site.yaml says `images: copy`. A picture is fetched once: later builds take it from cache."""
    if config.images != "copy":
        return {}
    wanted: dict[str, Article] = {}
    for article in articles:
        if config.shows_full_text(article.id):
            for block in article.blocks:
                if block.kind == "img" and block.src:
                    wanted.setdefault(block.src, article)
    copied: dict[str, CopiedImage] = {}
    missing = []
    for address in wanted:
        data = cache.load(_cache_name(address), "", bytes)
        if data is not None and image_kind(data):
            copied[address] = _copy(data)
        else:
            missing.append(address)

    def attempt(address: str) -> bytes | str:
        try:
            return fetch(address)
        except ImageError as error:
            return str(error)

    with ThreadPoolExecutor(FETCHES_AT_ONCE) as pool:
        for address, result in zip(missing, pool.map(attempt, missing)):
            if isinstance(result, str):
                path = wanted[address].path
                where = display_path(project_dir / path) if project_dir else path
                report.warning(where, None, f"the picture {address} is left out: {result}")
                continue
            cache.save(_cache_name(address), "", result)
            copied[address] = _copy(result)
    return dict(sorted(copied.items()))


def _cache_name(address: str) -> str:
    return "images/" + hashlib.sha256(address.encode("utf-8", "surrogateescape")).hexdigest()[:32]


def _copy(data: bytes) -> CopiedImage:
    """A picture's place in the site: named by its bytes, so the same picture is one file."""
    return CopiedImage(f"{MEDIA_DIR}/{hashlib.sha256(data).hexdigest()[:20]}.{image_kind(data)}", data)
