"""Reading hostile article files: encodings, BOMs, binary and empty files, the size limit, odd names, markup."""

from __future__ import annotations

import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sofa_desktop.corpus import ArticleRejected, read_article
from sofa_desktop.corpus.reader import DEFAULT_MAX_BYTES, decode_bytes, parse_article

TEXT = "Acuerdo firmado\n\nEl señor Ramírez dijo “está firmado” — sí, señor. Ünïcödé, 中文, emoji 😀."


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        b"\xef\xbb\xbf" + TEXT.encode("utf-8"),
        TEXT.encode("utf-16"),  # native order with BOM
        b"\xff\xfe" + TEXT.encode("utf-16-le"),
        b"\xfe\xff" + TEXT.encode("utf-16-be"),
        TEXT.encode("utf-32"),
        TEXT.replace("\n", "\r\n").encode("utf-8"),
    ],
    ids=["utf8", "utf8-bom", "utf16", "utf16le-bom", "utf16be-bom", "utf32-bom", "crlf"],
)
def test_unicode_files_read_without_warning(tmp_path, data):
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    article = read_article(path)
    assert article.text == TEXT
    assert article.warnings == ()
    assert article.title == "Acuerdo firmado"


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        ("El señor Ramírez dijo que la situación es compleja.", "latin-1"),
        ("Le ministre a dit “c'est fini” — café crème, naïve… 5 €.", "cp1252"),
        ("café", "latin-1"),
    ],
)
def test_legacy_encodings_import_with_a_warning(tmp_path, text, codec):
    path = tmp_path / "legacy.txt"
    path.write_bytes(text.encode(codec))
    article = read_article(path)
    assert article.text == text
    assert len(article.warnings) == 1 and "not UTF-8" in article.warnings[0]


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b" \n\t\r\n ", "empty"),
        (b"\xef\xbb\xbf", "empty"),
        (b"\xff\xfe", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
        (b"PK\x03\x04\x14\x00\x00\x00\x08\x00", "binary"),
        (b"\x7fELF\x02\x01\x01" + bytes(range(1, 32)) * 20, "binary"),
        (bytes(range(1, 256)) * 8, "binary"),
        ("Hola mundo".encode("utf-16-le"), "binary"),  # UTF-16 without BOM has NUL bytes
        ("\ufeffab\x00cd".encode("utf-16-le"), "binary"),  # NUL characters after decoding
        (b"\xff\xfe" + b"\x00\xd8a\x00", "invalid UTF-16"),  # lone surrogate
    ],
    ids=["empty", "whitespace", "bom-only", "utf16-bom-only", "png", "zip", "elf", "bytes", "utf16-no-bom", "nul-char",
         "lone-surrogate"],
)
def test_bad_files_rejected_with_a_reason(tmp_path, data, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(ArticleRejected, match=reason):
        read_article(path)


def test_size_limit_names_the_limit(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"word " * 300)
    with pytest.raises(ArticleRejected, match="limit is 1,000 bytes"):
        read_article(path, max_bytes=1000)
    assert read_article(path, max_bytes=1500).text.startswith("word")
    assert DEFAULT_MAX_BYTES >= 1024 * 1024


def test_missing_folder_and_special_files_rejected(tmp_path):
    with pytest.raises(ArticleRejected, match="not a regular file"):
        read_article(tmp_path / "missing.txt")
    with pytest.raises(ArticleRejected, match="not a regular file"):
        read_article(tmp_path)
    if hasattr(os, "mkfifo"):  # reading a FIFO would block forever
        os.mkfifo(tmp_path / "pipe.txt")
        with pytest.raises(ArticleRejected, match="not a regular file"):
            read_article(tmp_path / "pipe.txt")


@pytest.mark.skipif(os.name != "posix", reason="POSIX file names are bytes")
def test_undecodable_file_name_becomes_printable(tmp_path):
    path = os.path.join(os.fsencode(tmp_path), b"caf\xe9 \xff.txt")
    with open(path, "wb") as fh:
        fh.write(b"Title\n\nBody text.")
    article = read_article(os.fsdecode(path))
    article.name.encode("utf-8")  # no lone surrogates left: storable and printable
    assert article.name.startswith("caf") and article.name.endswith(".txt")


def test_markup_is_kept_as_literal_text(tmp_path):
    markup = '<html><script>alert("x")</script><img src="http://evil.example/x.png"><b>bold</b>&amp;</html>'
    path = tmp_path / "page.txt"
    path.write_text(f"Title\n\n{markup}\n", encoding="utf-8")
    assert markup in read_article(path).text


def test_decode_bytes_never_raises_anything_but_rejection():
    for data in [bytes([b]) * 50 for b in range(256)] + [bytes(range(256)) * 3, b"\xc3\x28" * 40, b"\xed\xa0\x80abc"]:
        try:
            text, _warnings = decode_bytes(data)
        except ArticleRejected:
            continue
        assert isinstance(text, str)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=3000))
def test_arbitrary_bytes_decode_or_are_rejected(data):
    try:
        text, _warnings = decode_bytes(data)
        article = parse_article("x.txt", text)
    except ArticleRejected as exc:
        assert str(exc)
        return
    article.text.encode("utf-8")  # storable: no lone surrogates
    assert 0 <= article.body_start <= len(article.text)
    assert "\x00" not in article.text
