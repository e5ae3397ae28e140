"""Portuguese speakers: "“…”, disse X", "X afirmou que “…”", "segundo X", a verb with no subject, roles, pronouns,
a speaker the text does not name, scare quotes and headline quotations."""

from __future__ import annotations

import pytest
from pt_text import extract_pt as _x
from pt_text import speakers_of as _speakers


@pytest.mark.parametrize("body, prefix, speaker", [
    # the name after the verb
    ("“A proposta chega ao plenário na semana que vem”, disse Rita Antunes Maia aos jornalistas.",
     "A proposta", "Rita Antunes Maia"),
    # the subject before the verb and "que"
    ("O senador Caio Prudente (PSB-BA) afirmou nesta quarta-feira que o texto “não passa como está”.",
     "não passa", "Caio Prudente"),
    # "segundo X": the source of the words
    ("Segundo a ministra da Cultura, Helena Varjão, o edital vai “chegar a todos os municípios”.",
     "chegar a", "Helena Varjão"),
    # a role noun after the verb: the holder of that role named before
    ("O governador do Pará, Renato Lobo, visitou a obra. “Ninguém vai ficar sem ponte”, completou o governador.",
     "Ninguém vai", "Renato Lobo"),
    # a verb with no subject: the speaker of the paragraph before
    ("A deputada Lúcia Torquato (PSOL-RJ) criticou a votação.\n\n“Foi uma manobra da madrugada”, declarou.",
     "Foi uma", "Lúcia Torquato"),
    # a pronoun after the verb: the person who opened the sentence, not another one named in it
    ("O presidente do Senado, Otávio Brandão, comentou a decisão do presidente Daniel Faria. “Fomos pegos de "
     "surpresa”, disse ele.", "Fomos pegos", "Otávio Brandão"),
    # a second quotation of a sentence after "acrescentando que": the same speaker
    ("“Não vou antecipar nada”, respondeu Teresa Moniz, acrescentando que “o calendário é do parlamento”.",
     "o calendário", "Teresa Moniz"),
])
def test_speaker_classes(body: str, prefix: str, speaker: str) -> None:
    assert _speakers(_x(body), prefix) == (speaker,)


def test_a_role_of_another_body_is_not_the_person_in_focus() -> None:
    x = _x("O primeiro-ministro, Vasco Ribeiro, falou em Bruxelas. O secretário-geral do PCP diz que as eleições "
           "“são inevitáveis”.")
    assert _speakers(x, "são inevitáveis") == ()


def test_scare_quotes_and_names_in_quotes_have_no_speaker() -> None:
    x = _x("O ministro Paulo Serra deu entrevista à “Rádio Central” sobre o chamado “PL das fake news”.")
    assert _speakers(x, "Rádio Central") == () and _speakers(x, "PL das") == ()


def test_a_headline_quotation_is_said_by_whoever_says_it_in_the_body() -> None:
    from sofa_desktop.extract import Document, extract_document

    text = "“Era inevitável”, diz ministro\n\nO ministro Jorge Lage afirmou que o corte “era inevitável”."
    x = extract_document(Document(text, None, text.index("O ministro"), language="pt"))
    assert [q.speakers for q in x.quotes] == [("Jorge Lage",), ("Jorge Lage",)]


def test_dialogue_typed_with_hyphens() -> None:
    x = _x("- Faltou concentração no segundo tempo, só isso - disse o treinador Mário Vidal.\n\n- Agora é pensar "
           "no próximo jogo - completou.")
    assert _speakers(x, "Faltou concentração") == ("Mário Vidal",)
    assert _speakers(x, "Agora é pensar") == ("Mário Vidal",)


def test_a_nationality_after_the_verb_is_the_person_in_focus() -> None:
    x = _x("O técnico Rui Mendonça comentou o empate. “Foi um jogo duro do início ao fim”, afirmou o português.")
    assert _speakers(x, "Foi um jogo") == ("Rui Mendonça",)


def test_a_body_that_spoke_before_a_verb_without_subject() -> None:
    x = _x("O IBGE informou, por meio de nota, que vai revisar os dados. “Houve uma falha no sistema”, disse.")
    assert _speakers(x, "Houve uma") == ("IBGE",)


def test_a_quotation_goes_on_past_other_names_in_the_next_paragraph() -> None:
    x = _x("“Perdemos pontos bobos”, disse Caio Lemos.\n\nLemos falou da saída de Dudu e de Gil. “Ninguém aqui "
           "vai se esconder da responsabilidade.”")
    assert _speakers(x, "Ninguém aqui") == ("Caio Lemos",)


def test_the_company_that_spoke_is_the_body_named_before() -> None:
    x = _x("A Metalúrgica Boa Vista informou que vai pagar dividendos. “O resultado foi sólido”, disse a empresa.")
    assert _speakers(x, "O resultado") == ("Metalúrgica Boa Vista",)
    x = _x("A Ferrosul anunciou cortes. “Não há alternativa”, afirmou a companhia.")
    assert _speakers(x, "Não há") == ("Ferrosul",)
