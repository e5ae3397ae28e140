"""A folder where most files cannot be read: each refused or skipped file is one line with its reason, the summary
counts them, and nothing of them reaches the store (no source, quote, event or mention)."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from sqlalchemy import func, select

from sofa_desktop.store.ingest import import_paths, summary
from sofa_desktop.store.schema.models import Event, Mention, Quote, Source

GOOD = ("Ferry back in service\n\nCOLONIA, June 2, 2026 — The ferry to Buenos Aires resumed service on Monday after "
        "repairs to its engine. “Passengers can book again,” said operator Luis Tabárez.\n")


def _folder(root: Path) -> Path:
    from fpdf import FPDF

    root.mkdir()
    (root / "ferry.txt").write_text(GOOD, encoding="utf-8")
    scan = FPDF()
    scan.add_page()
    scan.rect(20, 20, 170, 200, style="F")
    scan.output(str(root / "scan.pdf"))
    locked = FPDF()
    locked.set_encryption(owner_password="owner", user_password="reader")
    locked.add_page()
    locked.set_font("Helvetica", size=12)
    locked.cell(0, 10, "The ferry operator said service resumed on Monday after repairs.")
    locked.output(str(root / "locked.pdf"))
    (root / "draft.docx").write_bytes(b"PK\x03\x04 truncated")
    (root / "login.html").write_text("<html><body><form><input><button>Log in</button></form></body></html>")
    photo = EmailMessage()
    photo["Subject"] = "photo of the ferry"
    photo.set_content(b"\x89PNG\r\n", maintype="image", subtype="png")
    (root / "photo.eml").write_bytes(bytes(photo))
    (root / "timetable.xlsx").write_bytes(b"PK\x03\x04")
    return root


def test_refused_files_are_counted_with_reasons_and_store_nothing(any_empty_db, tmp_path):
    db = any_empty_db
    results = import_paths(db, [_folder(tmp_path / "inbox")])
    reasons = {Path(r.path).name: (r.status, r.reason) for r in results}
    assert summary(results) == "1 imported, 0 unchanged, 1 skipped, 5 rejected"
    assert reasons == {
        "ferry.txt": ("imported", None),
        "scan.pdf": ("rejected", "PDF has no text layer (scanned document?)"),
        "locked.pdf": ("rejected", "PDF is password-protected"),
        "draft.docx": ("rejected", "not a readable Word file (BadZipFile)"),
        "login.html": ("rejected", "web page without article text"),
        "photo.eml": ("rejected", "e-mail without a text part"),
        "timetable.xlsx": ("skipped", "unsupported file type .xlsx"),
    }
    [good] = [r for r in results if r.status == "imported"]
    with db.read_session() as s:
        assert s.scalars(select(Source.name)).all() == ["ferry.txt"]
        for model in (Quote, Event, Mention):
            others = s.scalar(select(func.count()).select_from(model).where(model.source_id != good.source_id))
            assert others == 0, model.__name__
