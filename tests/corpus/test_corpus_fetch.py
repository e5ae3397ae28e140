"""Fetching links from a local HTTP server on 127.0.0.1: pages, PDFs, redirects and every refusal as one line."""

from __future__ import annotations

import contextlib
import http.server
import threading
import time

import pytest
from corpus_samples import NEWS_PAGE, RELEASE_PARAGRAPHS, RELEASE_TITLE, SPANISH_PAGE, make_pdf

from sofa_desktop.corpus import ArticleRejected, read_url
from sofa_desktop.corpus.fetch import _timed_out, fetch


class _Handler(http.server.BaseHTTPRequestHandler):
    routes: dict[str, tuple[int, str, bytes]] = {}

    def do_GET(self) -> None:  # noqa: N802 - the http.server API
        if self.path == "/slow":
            time.sleep(1.5)
        if self.path == "/loop":
            self.send_response(302)
            self.send_header("Location", "/loop")
            self.end_headers()
            return
        if self.path == "/moved":
            self.send_response(301)
            self.send_header("Location", "/nocanon.html")
            self.end_headers()
            return
        status, content_type, body = self.routes.get(self.path, (404, "text/html", b"<h1>Not found</h1>"))
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # the client gave up (the timeout test)
            self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    pdf = make_pdf(tmp_path_factory.mktemp("srv") / "r.pdf", RELEASE_TITLE, RELEASE_PARAGRAPHS).read_bytes()
    address = "https://ledger.example/news/2025/harbour-deal"
    no_canonical = NEWS_PAGE.replace(f'<link rel="canonical" href="{address}">', "")
    no_canonical = no_canonical.replace(f'<meta property="og:url" content="{address}">', "")
    _Handler.routes = {
        "/page.html": (200, "text/html; charset=utf-8", NEWS_PAGE.encode()),
        "/nocanon.html": (200, "text/html", no_canonical.encode()),
        "/latin.html": (200, "text/html; charset=windows-1252", SPANISH_PAGE.encode("cp1252")),
        "/release": (200, "application/pdf", pdf),
        "/wire.txt": (200, "text/plain; charset=utf-8", ("Puente aprobado\n\n" + RELEASE_PARAGRAPHS[0]).encode()),
        "/archive.zip": (200, "application/zip", b"PK\x03\x04"),
        "/big.html": (200, "text/html", b"<p>" + b"x" * 4096 + b"</p>"),
        "/slow": (200, "text/html", NEWS_PAGE.encode()),
    }
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_page_link_keeps_the_pages_canonical_url(server):
    article = read_url(f"{server}/page.html")
    assert article.format == "html" and article.title == "Harbour deal approved after long debate"
    assert article.url == "https://ledger.example/news/2025/harbour-deal"


def test_redirected_page_without_canonical_url_stores_the_final_address(server):
    article = read_url(f"{server}/moved")
    assert article.url == f"{server}/nocanon.html"
    assert article.source_of("url") == "url from the address it was fetched from"


def test_charset_from_the_http_header(server):
    assert read_url(f"{server}/latin.html").outlet == "Última Hora"


def test_pdf_and_text_links(server):
    pdf = read_url(f"{server}/release")
    assert pdf.format == "pdf" and pdf.title == RELEASE_TITLE and pdf.url == f"{server}/release"
    text = read_url(f"{server}/wire.txt")
    assert text.format == "txt" and text.outlet == "IP" and text.url == f"{server}/wire.txt"


@pytest.mark.parametrize(
    ("path", "reason"),
    [("/missing", "HTTP 404"), ("/archive.zip", "not a web page: application/zip"), ("/loop", "too many redirects")],
)
def test_refusals_are_one_line(server, path, reason):
    with pytest.raises(ArticleRejected, match=f"^{reason}$"):
        read_url(server + path)


def test_size_limit_and_timeout(server):
    with pytest.raises(ArticleRejected, match=r"^too large: over 1,024 bytes$"):
        fetch(f"{server}/big.html", max_bytes=1024)
    with pytest.raises(ArticleRejected, match=r"^timed out after 0.5 s$"):
        fetch(f"{server}/slow", timeout=0.5)
    assert _timed_out(20) == "timed out after 20 s"


@pytest.mark.parametrize("url", ["ftp://127.0.0.1/x", "file:///etc/passwd", "not a url"])
def test_only_web_addresses(url):
    with pytest.raises(ArticleRejected, match="not a web address"):
        fetch(url)


def test_unreachable_host_is_one_line():
    with pytest.raises(ArticleRejected, match=r"^cannot reach 127\.0\.0\.1 \(|^connection failed"):
        fetch("http://127.0.0.1:9/x", timeout=2)  # port 9 (discard): nothing listens
