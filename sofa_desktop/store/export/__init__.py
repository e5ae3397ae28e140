"""Exports of the store: the ``sofa-desktop/export@1`` JSON document (``document``), quotes as CSV
(``quotes_csv``), dated events for TimelineJS (``timelinejs``), event threads in all three (``threads``), rendered and
written safely by ``render``.

Reads: every function takes a ``Session``; ``write_export`` takes only the rendered text and a path.
"""

from sofa_desktop.store.export.document import EXPORT_SCHEMA, export_document, export_json_text
from sofa_desktop.store.export.render import FORMATS, Rendered, encode_export, render_export, write_export

__all__ = [
    "EXPORT_SCHEMA", "FORMATS", "Rendered", "encode_export", "export_document", "export_json_text", "render_export",
    "write_export",
]
