"""Dialogs for actor curation: a quote's speakers (with a name completer), edit, merge and split an alias."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from sofa_desktop.corpus import fold
from sofa_desktop.extract import ActorKind
from sofa_desktop.store.queries import ActorRow
from sofa_desktop.ui.icons import actor_icon
from sofa_desktop.wording import plural

KINDS = [k.value for k in ActorKind]


def plain_label(text: str, parent: QWidget, wrap: bool = True) -> QLabel:
    """A label that never interprets its (untrusted) text as rich text."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setText(text)
    return label


def excerpt(text: str, limit: int = 220) -> str:
    """One line of at most ``limit`` characters, in quotes."""
    flat = " ".join(text.split())
    return f"“{flat if len(flat) <= limit else flat[: limit - 1] + '…'}”"


def kind_box(parent: QWidget, current: str | None = None) -> QComboBox:
    """A combo box of actor kinds with their icons."""
    box = QComboBox(parent)
    for kind in KINDS:
        box.addItem(actor_icon(kind), kind, kind)
    if current in KINDS:
        box.setCurrentIndex(KINDS.index(current))
    return box


class CurationDialog(QDialog):
    """Base: a form over OK/Cancel; ``values()`` is read by the controller once the dialog is accepted."""

    def __init__(self, parent: QWidget | None, title: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName(type(self).__name__)
        self.layout_ = QVBoxLayout(self)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.button_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                           | QDialogButtonBox.StandardButton.Cancel, self)
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)

    def finish_layout(self) -> None:
        """Add the form and the buttons (after the subclass added its rows)."""
        self.layout_.addLayout(self.form)
        self.layout_.addWidget(self.button_box)

    @property
    def ok_button(self) -> QPushButton:
        """The OK button (disabled while the input is invalid)."""
        return self.button_box.button(QDialogButtonBox.StandardButton.Ok)


@dataclass(frozen=True)
class SpeakerChoice:
    """A speaker chosen in the dialog: an existing actor (``actor_id``) or a new one to create (``kind``)."""

    actor_id: int | None
    name: str
    kind: str = "person"


class ActorCompleter(QCompleter):
    """Completes actor names from any part of a name, role or alias, accents and case ignored ("ramirez" finds
    "Rubén Ramírez Lezcano"); the popup shows the role, the box receives the name."""

    NameRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, actors: Sequence[ActorRow], parent: QWidget) -> None:
        model = QStandardItemModel(parent)
        for a in sorted(actors, key=lambda a: (-(a.mentions + a.quotes), fold(a.name))):  # the most cited first
            item = QStandardItem(actor_icon(a.kind), f"{a.name} — {a.role}" if a.role else a.name)
            words = " ".join([a.name, a.role or "", *a.aliases])
            item.setData(f"{fold(words)} {words}", Qt.ItemDataRole.UserRole)  # matched: folded and as written
            item.setData(a.name, self.NameRole)
            model.appendRow(item)
        super().__init__(model, parent)
        self.setCompletionRole(Qt.ItemDataRole.UserRole)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.popup().setMinimumWidth(340)  # wider than the name box: names with their roles

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        return str(index.data(self.NameRole) or "")


class SpeakerDialog(CurationDialog):
    """Shows a quote and its speakers; type a name (completed from the actors) to add one, or a new name to create
    an actor of the chosen kind."""

    def __init__(self, parent: QWidget | None, quote_text: str, current: Sequence[tuple[int, str]],
                 actors: Sequence[ActorRow]) -> None:
        super().__init__(parent, "Set Speaker")
        self._by_name: dict[str, ActorRow] = {}
        for a in actors:
            for name in (*a.aliases, a.name):  # a name wins over another actor's alias
                self._by_name[fold(name)] = a
        self.layout_.addWidget(plain_label(excerpt(quote_text), self))
        self.speakers = QListWidget(self)
        self.speakers.setObjectName("speakerList")
        self.speakers.setMaximumHeight(110)
        for actor_id, name in current:
            row = next((a for a in actors if a.id == actor_id), None)
            self._add_item(SpeakerChoice(actor_id, name, row.kind if row else "person"))
        self.remove_button = QPushButton("Remove", self)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.name_box = QLineEdit(self)
        self.name_box.setObjectName("speakerName")
        self.name_box.setPlaceholderText("Type a name: an actor, or a new one")
        self.name_box.setCompleter(ActorCompleter(actors, self))
        self.new_kind = kind_box(self)
        self.new_kind.setToolTip("Kind of the new actor (when the name is not known yet)")
        self.add_button = QPushButton("Add", self)
        self.add_button.clicked.connect(self.add_typed)
        self.hint = plain_label("", self)
        self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.name_box.textChanged.connect(self._on_name_box_text_changed)
        self.name_box.installEventFilter(self)
        add_row = QHBoxLayout()
        add_row.addWidget(self.name_box, 1)
        add_row.addWidget(self.new_kind)
        add_row.addWidget(self.add_button)
        list_row = QHBoxLayout()
        list_row.addWidget(self.speakers, 1)
        list_row.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        self.form.addRow("Speakers:", list_row)
        self.form.addRow("Add:", add_row)
        self.form.addRow("", self.hint)
        self.finish_layout()
        self.resize(520, self.sizeHint().height())
        self._on_name_box_text_changed("")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Enter in the name box adds the name (QLineEdit passes it on, and the dialog would take it as OK)
        if watched is self.name_box and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.name_box.text().strip():
            self.add_typed()
            return True
        return super().eventFilter(watched, event)

    def values(self) -> list[SpeakerChoice]:
        """The speakers as the dialog shows them (a name still in the box counts too)."""
        if self.name_box.text().strip():
            self.add_typed()
        return [self.speakers.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.speakers.count())]

    def lookup(self, name: str) -> ActorRow | None:
        """The actor with this name or alias (accents and case ignored)."""
        return self._by_name.get(fold(name.strip()))

    def add_typed(self) -> None:
        """Add the name in the box as a speaker (an existing actor if the name is known)."""
        name = " ".join(self.name_box.text().split())
        if not name:
            return
        actor = self.lookup(name)
        choice = SpeakerChoice(actor.id, actor.name, actor.kind) if actor else \
            SpeakerChoice(None, name, self.new_kind.currentData())
        if not any(self._same(self.speakers.item(i).data(Qt.ItemDataRole.UserRole), choice)
                   for i in range(self.speakers.count())):
            self._add_item(choice)
        self.name_box.clear()

    @staticmethod
    def _same(a: SpeakerChoice, b: SpeakerChoice) -> bool:
        return a.actor_id == b.actor_id if a.actor_id is not None else fold(a.name) == fold(b.name)

    def _add_item(self, choice: SpeakerChoice) -> None:
        text = choice.name if choice.actor_id is not None else f"{choice.name} (new {choice.kind})"
        item = QListWidgetItem(actor_icon(choice.kind), text)
        item.setData(Qt.ItemDataRole.UserRole, choice)
        self.speakers.addItem(item)

    def _on_remove_clicked(self) -> None:
        for item in self.speakers.selectedItems() or [self.speakers.currentItem()]:
            if item is not None:
                self.speakers.takeItem(self.speakers.row(item))

    def _on_name_box_text_changed(self, text: str) -> None:
        known = self.lookup(text) if text.strip() else None
        self.new_kind.setEnabled(bool(text.strip()) and known is None)
        self.add_button.setEnabled(bool(text.strip()))
        if not text.strip():
            self.hint.setText("No speaker at all is allowed: the quote stays unattributed.")
        elif known is not None:
            self.hint.setText(f"Adds {known.name} ({known.kind}).")
        else:
            self.hint.setText(f"No actor is called “{text.strip()}”: a new actor will be created.")


class ActorEditDialog(CurationDialog):
    """Rename an actor or change its kind or role."""

    def __init__(self, parent: QWidget | None, actor: ActorRow) -> None:
        super().__init__(parent, "Edit Actor")
        self.actor = actor
        self.name_box = QLineEdit(actor.name, self)
        self.name_box.setObjectName("actorName")
        self.kind = kind_box(self, actor.kind)
        self.role_box = QLineEdit(actor.role or "", self)
        self.role_box.setPlaceholderText("e.g. foreign minister (optional)")
        self.form.addRow("Name:", self.name_box)
        self.form.addRow("Kind:", self.kind)
        self.form.addRow("Role:", self.role_box)
        if actor.aliases:
            self.form.addRow("Also written:", plain_label(", ".join(actor.aliases), self))
        self.finish_layout()
        self.resize(420, self.sizeHint().height())
        self.name_box.textChanged.connect(lambda t: self.ok_button.setEnabled(bool(t.strip())))

    def values(self) -> tuple[str, str, str]:
        """(name, kind, role) as typed; an empty role clears it."""
        return " ".join(self.name_box.text().split()), self.kind.currentData(), " ".join(self.role_box.text().split())


class MergeDialog(CurationDialog):
    """Merge two actors: choose the one to keep; the other's name becomes an alias."""

    def __init__(self, parent: QWidget | None, first: ActorRow, second: ActorRow) -> None:
        super().__init__(parent, "Merge Actors")
        self.pair = (first, second)
        self.layout_.addWidget(plain_label("The mentions, quotes and events of the other actor move to the one you "
                                           "keep, and its name becomes an alias. You can undo this.", self))
        self.group = QButtonGroup(self)
        column = QVBoxLayout()
        for i, a in enumerate(self.pair):
            button = QRadioButton(f"{a.name} — {a.kind}{', ' + a.role if a.role else ''} "
                                  f"({plural(a.mentions, 'mention')}, {plural(a.quotes, 'quote')})", self)
            button.setIcon(actor_icon(a.kind))
            self.group.addButton(button, i)
            column.addWidget(button)
        keep = 0 if (first.mentions + first.quotes) >= (second.mentions + second.quotes) else 1
        self.group.button(keep).setChecked(True)
        self.form.addRow("Keep:", column)
        self.finish_layout()

    def values(self) -> tuple[int, int]:
        """(keep_id, merge_id)."""
        keep = self.group.checkedId()
        return self.pair[keep].id, self.pair[1 - keep].id


class SplitAliasDialog(CurationDialog):
    """Split one of an actor's spellings off into a new actor (e.g. two people merged by mistake)."""

    def __init__(self, parent: QWidget | None, actor: ActorRow) -> None:
        super().__init__(parent, "Split Off Alias")
        self.actor = actor
        self.layout_.addWidget(plain_label(f"Mentions of {actor.name} written the chosen way move to a new actor.",
                                           self))
        self.alias_box = QComboBox(self)
        self.alias_box.addItems(list(actor.aliases))
        self.form.addRow("Alias:", self.alias_box)
        self.finish_layout()
        self.ok_button.setEnabled(bool(actor.aliases))

    def values(self) -> str:
        """The alias to split off."""
        return self.alias_box.currentText()
