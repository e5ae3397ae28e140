"""Portuguese words for thread keys (the same keys as ``extract/lang/en/thread_vocab.py``): infinitives and the
forms news reports use, so Portuguese events join the English and Spanish threads of the same happening."""

from __future__ import annotations

ACTIONS: dict[str, tuple[str, ...]] = {
    "sign": ("assinar", "assinou", "assinaram", "assinado", "assinatura", "firmar", "firmou", "rubricar",
             "rubricou"),
    "approve": ("aprovar", "aprovou", "aprovaram", "aprovado", "aprovada", "ratificar", "ratificou", "ratificado",
                "dar aval", "deu aval", "aval", "sinal verde", "deu sinal verde", "chancelar", "chancelou"),
    "enact": ("sancionar", "sancionou", "sancionado", "sancionada", "sanção", "promulgar", "promulgou",
              "promulgado", "promulgação", "decretar", "decretou"),
    "elect": ("eleger", "elegeu", "elegeram", "eleito", "eleita", "reeleito", "reeleita", "nomear", "nomeou",
              "nomeado", "nomeada", "indicar", "indicou", "indicado", "indicada"),
    "meet": ("reunir-se", "reuniu-se", "se reuniu", "se reuniram", "reunião", "cúpula", "encontro", "encontrou-se"),
    "announce": ("anunciar", "anunciou", "anunciaram", "divulgar", "divulgou", "tornar público"),
    "arrest": ("prender", "prendeu", "preso", "presa", "presos", "deter", "deteve", "detido", "detida", "detidos",
               "capturar", "capturou"),
    "rule": ("decidir", "decidiu", "julgar", "julgou", "determinar", "determinou", "sentenciar"),
    "win": ("vencer", "venceu", "venceram", "ganhar", "ganhou", "ganharam"),
    "hold": ("realizar", "realizou", "realizada", "realizadas", "celebrar", "celebrou"),
    "take office": ("tomar posse", "tomou posse", "toma posse", "posse", "empossar", "empossado", "empossada",
                    "assumir", "assumiu", "assume", "assumirá", "investidura", "transmissão de cargo"),
    "take effect": ("entrar em vigor", "entrou em vigor", "entra em vigor", "vigorar"),
    "reject": ("rejeitar", "rejeitou", "rejeitaram", "vetar", "vetou", "derrubar", "derrubou"),
    "state": ("dizer", "disse", "afirmar", "afirmou", "declarar", "declarou", "defender", "defendeu"),
    "resign": ("renunciar", "renunciou", "renúncia", "demitir-se", "demitiu-se", "pedir demissão",
               "pediu demissão"),
    "concede": ("reconhecer a derrota", "reconheceu a derrota", "admitiu a derrota"),
    "visit": ("visitar", "visitou", "viajar", "viajou", "visita"),
    "attack": ("atacar", "atacou", "bombardear", "bombardeou"),
    "kill": ("matar", "matou", "assassinar", "assassinou"),
    "protest": ("protestar", "protestou", "protestaram", "manifestaram-se"),
    "sue": ("processar", "processou"),
    "pardon": ("indultar", "indultou", "perdoar", "perdoou"),
    "dismiss": ("destituir", "destituiu", "exonerar", "exonerou", "demitir", "demitiu", "cassar", "cassou"),
}

OBJECTS: dict[str, tuple[str, ...]] = {
    "agreement": ("acordo", "pacto", "convênio", "tratado", "memorando", "sofa", "acordo sofa",
                  "estatuto das forças"),
    "bill": ("lei", "projeto de lei", "projeto", "pl", "norma", "medida provisória", "pec",
             "proposta de emenda à constituição"),
    "budget": ("orçamento",),
    "meeting": ("reunião", "cúpula", "encontro"),
    "election": ("eleição", "eleições", "pleito", "votação", "segundo turno", "primeiro turno", "sufrágio",
                 "legislativas", "presidenciais", "eleições antecipadas"),
    "office": ("cargo", "posto", "presidência", "chefia do governo", "mandato", "primeiro-ministro",
               "primeira-ministra", "liderança"),
    "ceasefire": ("cessar-fogo", "trégua"),
}

# verbos sem objeto que dizem que alguém foi escolhido ("foi eleita primeira-ministra" já tem o cargo)
CHOSEN_WITHOUT_OBJECT: tuple[str, ...] = ("eleito", "eleita", "reeleito", "reeleita")

# substantivos genéricos: sem participante comum não são o mesmo acontecimento
GENERIC_OBJECTS: tuple[str, ...] = ("acordo", "pacto", "convênio", "tratado", "memorando", "lei", "projeto de lei",
                                    "projeto", "norma", "orçamento", "reunião", "cúpula", "encontro", "eleição",
                                    "eleições", "pleito", "votação", "segundo turno", "primeiro turno", "cargo",
                                    "posto", "presidência", "mandato", "liderança", "trégua", "empréstimo",
                                    "tarifas", "declaração", "plano", "proposta", "contrato", "decisão",
                                    "medida provisória", "pec")

# (not "o", "a", "este": they also start a noun phrase)
PRONOUNS: tuple[str, ...] = ("ele", "ela", "eles", "elas", "isso", "isto", "quem", "nós", "eu", "lhe")

# the articles an object may open with ("o acordo", "uma lei"): left out when objects are compared
ARTICLES: tuple[str, ...] = ("o ", "os ", "as ", "um ", "uma ")
