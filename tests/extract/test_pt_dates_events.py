"""Portuguese dates and events: weekdays with their day number, "3ª feira (18.jun.2024)", day words, month and
year, relative weeks and years, and what keeps an event from being asserted."""

from __future__ import annotations

import datetime as dt

import pytest
from pt_text import extract_pt as _x

from sofa_desktop.extract import EventStatus


def _dates(body: str) -> list[tuple[dt.date | None, dt.date | None, str, str]]:
    return [(e.date.start, e.date.end, str(e.date.precision), str(e.status)) for e in _x(body).events]


@pytest.mark.parametrize("body, start, end, precision", [
    ("A Câmara aprovou o texto nesta terça-feira (3).", "2026-03-03", "2026-03-03", "day"),
    ("O Senado votou a proposta na quarta-feira, 4, à noite.", "2026-03-04", "2026-03-04", "day"),
    ("O presidente sancionou a lei nesta 2ª feira (2.mar.2026).", "2026-03-02", "2026-03-02", "day"),
    ("A governadora Íris Matos assinou o decreto ontem.", "2026-03-04", "2026-03-04", "day"),
    ("O prefeito Nuno Caldas anunciou hoje o plano.", "2026-03-05", "2026-03-05", "day"),
    ("O tribunal condenou o empresário em 12 de fevereiro.", "2026-02-12", "2026-02-12", "day"),
    ("A comissão aprovou o relatório na semana passada.", "2026-02-23", "2026-03-01", "week"),
    ("O conselho aprovou as contas no mês passado.", "2026-02-01", "2026-02-28", "month"),
    ("O governo lançou o programa no ano passado.", "2025-01-01", "2025-12-31", "year"),
    ("O escritor Rui Couto, morto em 1997, deixou três livros inéditos.", "1997-01-01", "1997-12-31", "year"),
    ("O partido elegeu a nova direção em maio passado.", "2025-05-01", "2025-05-31", "month"),
])
def test_dated_events(body: str, start: str, end: str, precision: str) -> None:
    assert (dt.date.fromisoformat(start), dt.date.fromisoformat(end), precision, "reported") in _dates(body)


def test_a_day_to_come_is_expected() -> None:
    got = _dates("O plenário realizará a votação na próxima terça-feira.")
    assert got == [(dt.date(2026, 3, 10), dt.date(2026, 3, 10), "day", "expected")]
    got = _dates("O presidente convocou eleições para 24 de maio.")
    assert (dt.date(2026, 5, 24), dt.date(2026, 5, 24), "day", "expected") in got


def test_the_same_month_as_the_date_before() -> None:
    got = _dates("O projeto foi aprovado em 10 de fevereiro. O texto foi recebido pela governadora no dia 12 do "
                 "mesmo mês.")
    assert (dt.date(2026, 2, 12), dt.date(2026, 2, 12), "day", "reported") in got


@pytest.mark.parametrize("body", [
    "O Senado não votou o acordo na terça-feira.",
])
def test_a_negated_event_is_not_drawn(body: str) -> None:
    assert _dates(body) == []


@pytest.mark.parametrize("body", [
    "A Câmara pode votar o projeto na terça-feira.",
    "O relator deveria entregar o parecer em fevereiro.",
    "Se o Senado aprovar o texto em abril, a lei entra em vigor no ano que vem.",
])
def test_modal_and_conditional_events_are_not_asserted(body: str) -> None:
    assert not [e for e in _x(body).events if e.status in (EventStatus.REPORTED, EventStatus.EXPECTED)]


def test_a_law_number_in_parentheses_dates_nothing() -> None:
    assert _dates("A deputada criticou o projeto (2.300 de 2019) em plenário.") == []


def test_modals_point_ahead_and_only_due_ones_are_expected() -> None:
    assert _dates("O Senado deve votar a PEC na terça-feira.") == [
        (dt.date(2026, 3, 10), dt.date(2026, 3, 10), "day", "expected")]
    assert _dates("O governador pode vetar o projeto na sexta-feira.") == [
        (dt.date(2026, 3, 6), dt.date(2026, 3, 6), "day", "not_asserted")]


def test_a_subjunctive_is_wished_or_required_not_done() -> None:
    got = _dates("O relator tem dez dias, contados desde 20 de fevereiro, para que o governador sancione a lei.")
    assert all(status == "not_asserted" for *_, status in got)


def test_irregular_preterites_date_their_sentence() -> None:
    assert (dt.date(2026, 2, 1), dt.date(2026, 2, 28), "month", "reported") in _dates(
        "Segundo o Ministério da Fazenda, o déficit caiu no mês passado.")


def test_participles_after_an_auxiliary_and_taking_effect() -> None:
    assert (dt.date(2026, 3, 4), dt.date(2026, 3, 4), "day", "reported") in _dates(
        "A escolha do novo diretor foi feita na quarta-feira (4).")
    assert (dt.date(2026, 3, 11), dt.date(2026, 3, 11), "day", "expected") in _dates(
        "A proposta será detalhada na manhã de quarta-feira.")
    assert (dt.date(2026, 3, 6), dt.date(2026, 3, 6), "day", "expected") in _dates(
        "A nova tarifa passa a valer a partir desta sexta-feira (6).")
