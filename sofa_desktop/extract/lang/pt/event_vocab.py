"""Portuguese event verbs and objects, mapped to the action and object classes shared by every language, and the
words that keep a verb from being asserted (negation, modals, conditions) or make it expected."""

from __future__ import annotations

# preterite, present, participle, future, conditional, infinitive and present subjunctive ("que o Senado aprove")
_AR = ("ou", "aram", "a", "am", "ado", "ada", "ados", "adas", "ara", "ará", "arão", "aria", "ariam", "ar", "e", "em")
_ER = ("eu", "eram", "e", "em", "ido", "ida", "idos", "idas", "erá", "erão", "eria", "eriam", "er", "a", "am")
_IR = ("iu", "iram", "e", "em", "ido", "ida", "idos", "idas", "irá", "irão", "iria", "iriam", "ir", "a", "am")


def _forms(infinitive: str) -> list[str]:
    """Third-person forms, folded: preterite, present, participle, future, conditional, infinitive."""
    from sofa_desktop.extract.core.folding import fold

    stem, end = infinitive[:-2], infinitive[-2:]
    return [fold(stem + s) for s in {"ar": _AR, "er": _ER, "ir": _IR}[end]]


_VERBS = {
    "sign": ("assinar", "firmar", "rubricar"),
    "approve": ("aprovar", "ratificar", "chancelar", "referendar"),
    "enact": ("sancionar", "promulgar", "decretar"),
    "reject": ("rejeitar", "vetar", "arquivar", "anular", "derrubar", "barrar"),
    "vote": ("votar",),
    "meet": ("reunir", "receber", "visitar", "encontrar"),
    "announce": ("anunciar", "apresentar", "divulgar", "lancar", "noticiar"),
    "arrest": ("prender", "deter", "capturar", "extraditar"),
    "convict": ("condenar", "sentenciar", "denunciar", "indiciar", "absolver", "julgar"),
    "elect": ("eleger", "reeleger"),
    "take office": ("empossar",),
    "dismiss": ("demitir", "exonerar", "destituir", "afastar", "cassar"),
    "resign": ("renunciar",),
    "send": ("enviar", "encaminhar", "remeter"),
    "hold": ("realizar", "celebrar", "convocar", "promover", "sediar", "acelerar"),
    "launch": ("iniciar", "comecar", "deflagrar", "abrir"),
    "deploy": ("mobilizar",),
    "rule": ("decidir", "determinar", "ordenar", "suspender", "autorizar", "liminar"),
    "govern": ("governar", "presidir", "comandar"),
    "complete": ("concluir", "encerrar", "finalizar", "terminar", "cumprir"),
    "suspend": ("adiar", "postergar", "cancelar"),
    "debate": ("debater", "discutir", "analisar"),
    "testify": ("testemunhar",),
    "extend": ("prorrogar",),
    "return": ("regressar", "voltar", "retornar"),
    "visit": ("viajar", "chegar", "desembarcar"),
}
_IRREGULAR = {
    "elegeu": "elect", "eleito": "elect", "eleita": "elect", "tomou posse": "take office",
    "tomara posse": "take office", "toma posse": "take office", "posse": "take office",
    "fez": "hold", "houve": "hold", "ocorreu": "hold", "entrou em vigor": "take effect",
    "entra em vigor": "take effect", "entrara em vigor": "take effect", "passa a valer": "take effect",
    "passam a valer": "take effect", "passou a valer": "take effect", "comeca a valer": "take effect",
    "passara a valer": "take effect", "deu aval": "approve",
    "prendeu": "arrest", "preso": "arrest", "presa": "arrest", "presos": "arrest", "detidas": "arrest",
    "detidos": "arrest", "detido": "arrest", "detida": "arrest", "morreu": "die", "morto": "die", "morta": "die",
    "faleceu": "die", "dissolver": "dissolve", "dissolveu": "dissolve", "venceu": "win", "ganhou": "win",
    "perdeu": "lose", "criticado": "criticize", "criticada": "criticize", "criticou": "criticize",
    "somou": "act", "pos": "act", "teve": "act",
}
EVENT_VERBS: dict[str, str] = {}
SUBJUNCTIVE: set[str] = set()  # "que o Senado aprove", "para que sancione": wished, required, not done
for _action, _infinitives in _VERBS.items():
    for _inf in _infinitives:
        for _f in _forms(_inf):
            EVENT_VERBS.setdefault(_f, _action)
        SUBJUNCTIVE.update(_forms(_inf)[-2:])
EVENT_VERBS.update(_IRREGULAR)
for _noun in ("presidente", "reuniao", "votos", "voto", "decisao", "acordo", "julgamento", "analise", "debate",
              "prisao", "visita", "termina", "volta", "abre", "encontro", "apresenta", "cumpre", "chega", "recebe",
              "divulga", "lanca", "governa", "comanda", "vota", "abrir", "julga", "decide", "determina",
              "ordena", "autoriza", "realiza", "termino", "envia", "deter", "retorno", "liminar", "denuncia",
              "encontra", "analisa", "discute"):
    EVENT_VERBS.pop(_noun, None)  # nouns or present-tense words as often as event verbs

# words that stand for the document or happening acted on
EVENT_OBJECTS = {"acordo": "agreement", "tratado": "agreement", "convenio": "agreement", "pacto": "agreement",
                 "memorando": "agreement", "sofa": "agreement", "projeto": "bill", "lei": "bill", "pec": "bill",
                 "proposta": "bill", "medida provisoria": "bill", "decreto": "decree", "resolucao": "resolution",
                 "orcamento": "budget", "eleicoes": "election", "eleicao": "election", "pleito": "election",
                 "reuniao": "meeting", "cupula": "meeting", "sessao": "meeting", "sentenca": "ruling",
                 "decisao": "ruling", "protesto": "protest", "greve": "strike", "emprestimo": "loan",
                 "tarifa": "tariffs", "tarifas": "tariffs", "sancoes": "sanctions", "operacao": "operation",
                 "urgencia": "bill", "mocao": "motion", "recurso": "appeal", "assembleia": "parliament"}
# nouns that name an event by themselves: "a eleição de domingo", "a reunião desta quarta"
EVENT_NOUNS = {"eleicao": "elect", "eleicoes": "elect", "votacao": "vote", "reuniao": "meet", "cupula": "meet",
               "visita": "visit", "posse": "take office", "sessao": "hold", "audiencia": "hold",
               "julgamento": "rule", "operacao": "launch", "entrevista": "state", "anuncio": "announce",
               "declaracao": "state", "comissao geral": "hold", "recesso": "hold", "prazo": "complete"}
NEGATION = frozenset({"nao", "nunca", "jamais", "tampouco", "nem"})
# words right before a verb that keep it from being asserted: a modal, a wish, a requirement, a purpose
HEDGES = frozenset({"pode", "podem", "poderia", "poderiam", "possa", "possam", "deve", "devem", "deveria",
                    "deveriam", "precisa", "precisam", "quer", "querem", "pretende", "pretendem", "tenta",
                    "tentam", "busca", "buscam", "propoe", "propoem", "para", "sem", "pede", "pedem", "pediu",
                    "pediram", "exige", "exigem", "seria", "seriam", "poderao", "podera", "devera", "deverao",
                    "teria", "teriam", "caso", "ha"})
# modals that make a verb due rather than only possible: "deve votar na terça" is expected on Tuesday
DUE = frozenset({"deve", "devem", "devera", "deverao", "precisa", "precisam", "tera", "terao"})
# words right before a verb that announce it as planned: expected, not hedged
PLANNED = frozenset({"vai", "vao", "ia", "iam", "sera", "serao", "prevista", "previsto", "previstas", "previstos",
                     "marcada", "marcado", "agendada", "agendado", "programada", "programado", "proxima", "proximo",
                     "promete", "prometeu", "espera", "esperam"})
# a condition opening the verb's clause
CONDITIONS = ("se ", "caso ", "a menos que ", "desde que ", "ate que ")
