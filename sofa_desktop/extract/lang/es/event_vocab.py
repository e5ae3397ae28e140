"""Spanish event verbs and objects, mapped to the action and object classes shared by every language."""

from __future__ import annotations

_AR = ("o", "aron", "a", "an", "ado", "ada", "ados", "adas", "ar", "ara", "aran", "aria", "arian")
_ER = ("io", "ieron", "e", "en", "ido", "ida", "idos", "idas", "er", "era", "eran", "eria", "erian")
_IR = ("io", "ieron", "e", "en", "ido", "ida", "idos", "idas", "ir", "ira", "iran", "iria", "irian")


def _forms(infinitive: str) -> list[str]:
    """Third-person forms (folded): preterite, present, participle, infinitive, future, conditional."""
    stem, end = infinitive[:-2], infinitive[-2:]
    return [stem + s for s in {"ar": _AR, "er": _ER, "ir": _IR}[end]]


_VERBS = {
    "sign": ("firmar", "suscribir", "rubricar"),
    "approve": ("aprobar", "ratificar", "avalar", "refrendar"),
    "enact": ("promulgar", "sancionar", "decretar"),
    "reject": ("rechazar", "vetar", "archivar", "anular", "fracasar"),
    "vote": ("votar",),
    "meet": ("reunir", "recibir", "visitar", "entrevistar"),
    "announce": ("anunciar", "presentar", "informar"),
    "arrest": ("detener", "arrestar", "capturar", "extraditar", "aprehender"),
    "convict": ("condenar", "sentenciar", "imputar", "acusar", "absolver", "procesar"),
    "elect": ("elegir", "ganar", "reelegir", "votar"),
    "take office": ("asumir", "juramentar", "posesionar"),
    "dismiss": ("destituir", "remover", "cesar", "separar"),
    "resign": ("renunciar", "dimitir"),
    "send": ("remitir", "enviar", "derivar", "girar", "pasar"),
    "hold": ("celebrar", "realizar", "convocar", "llevar", "programar", "fijar"),
    "launch": ("iniciar", "comenzar", "lanzar", "arrancar"),
    "take effect": ("entrar",),
    "deploy": ("desplegar", "enviar"),
    "rule": ("fallar", "dictaminar", "resolver", "ordenar"),
    "govern": ("gobernar", "presidir", "dirigir"),
    "complete": ("completar", "concluir", "culminar", "finalizar", "cumplir"),
    "suspend": ("suspender", "postergar", "aplazar", "posponer"),
    "debate": ("tratar", "debatir", "discutir"),
    "testify": ("citar", "comparecer"),
}
_IRREGULAR = {
    "eligio": "elect", "eligieron": "elect", "elige": "elect", "electo": "elect", "electa": "elect",
    "reeligio": "elect", "se reunio": "meet", "se reunieron": "meet", "mantuvo una reunion": "meet",
    "hizo": "hold", "tuvo lugar": "hold", "se llevo a cabo": "hold", "se llevaron a cabo": "hold",
    "dio media sancion": "approve", "otorgo media sancion": "approve", "recibio media sancion": "approve",
    "recibido media sancion": "approve", "obtuvo media sancion": "approve", "obtuvo la media sancion": "approve",
    "entro en vigor": "take effect",
    "entrara en vigor": "take effect", "entre en vigor": "take effect", "detuvo": "arrest",
    "detuvieron": "arrest", "detenido": "arrest", "detenida": "arrest", "cumple arresto": "arrest",
    "resolvio": "rule", "absolvio": "convict", "impuso": "convict", "dispuso": "rule",
}
EVENT_VERBS: dict[str, str] = {}
for _action, _infinitives in _VERBS.items():
    for _inf in _infinitives:
        for _f in _forms(_inf):
            EVENT_VERBS.setdefault(_f, _action)
EVENT_VERBS.update(_IRREGULAR)
for _noun in ("presente", "presenta", "informa", "informe", "llevar", "lleva", "llevan", "llevado", "pasa", "pase",
              "pasado", "pasada", "pasa", "entre", "entra", "entran", "entrar", "cesa", "separa", "gira", "giro",
              "fija", "fijado", "fijada", "cumple", "cumplen", "cumplido", "cumplida", "dirige", "vota",
              "realizado", "realizada", "ganar", "ganado", "realiza", "acusa", "gobierna", "elegido",
              "elegida", "remite", "resuelve", "ordena", "lanza", "archivo", "anula", "preside", "recibe",
              "recibido", "acusado", "acusada", "procesado", "procesada", "programa", "votar", "votos", "vote",
              "trata", "tratan", "tratado", "tratados", "trate"):
    EVENT_VERBS.pop(_noun, None)  # nouns or adjectives as often as verbs: "el informe", "el pasado lunes"
EVENT_VERBS.update({"gano": "win", "ganaron": "win", "gana": "win", "perdio": "lose", "perdieron": "lose",
                    "votaron": "vote", "voto": "vote", "llevaron": "hold", "llevo": "hold", "recibio": "meet",
                    "recibieron": "meet", "realizados": "hold", "realizadas": "hold", "realizado": "hold",
                    "cumple": "serve", "murio": "die", "fallecio": "die", "visito": "visit", "viajo": "visit",
                    "llego": "visit", "regreso": "return", "retorno": "return", "pasara": "send",
                    "condena": "convict", "acuso": "convict", "preside": "govern"})
# words that stand for the document in "el acuerdo", "el proyecto de ley"
EVENT_OBJECTS = {"acuerdo": "agreement", "tratado": "agreement", "convenio": "agreement", "pacto": "agreement",
                 "memorando": "agreement", "sofa": "agreement", "proyecto": "bill", "ley": "bill",
                 "reforma": "bill", "decreto": "decree", "resolucion": "resolution", "presupuesto": "budget",
                 "elecciones": "election", "eleccion": "election", "comicios": "election", "balotaje": "election",
                 "segunda vuelta": "election", "reunion": "meeting", "cumbre": "meeting", "sesion": "meeting",
                 "sentencia": "ruling", "fallo": "ruling", "condena": "ruling", "protesta": "protest",
                 "huelga": "strike", "paro": "strike", "prestamo": "loan", "arancel": "tariffs",
                 "aranceles": "tariffs", "sanciones": "sanctions"}
# nouns that name an event by themselves: "La elección de este domingo", "comicios realizados en octubre"
EVENT_NOUNS = {"eleccion": "elect", "elecciones": "elect", "comicios": "elect", "balotaje": "elect",
               "votacion": "vote", "reunion": "meet", "cumbre": "meet", "visita": "visit", "derrota": "lose",
               "victoria": "win", "firma": "sign", "retorno": "return", "regreso": "return",
               "llegada": "visit", "sesion": "hold", "audiencia": "hold", "lectura": "hold", "conferencia": "hold"}
# words before a verb that make it not asserted, or expected
NEGATION = frozenset({"no", "nunca", "jamas", "tampoco", "ni"})
# words right before a verb that keep it from being asserted: a modal, a wish, a requirement, a purpose
HEDGES = frozenset({"podria", "podrian", "deberia", "deberian", "debera", "deberan", "debe", "deben", "puede",
                    "pueden", "podra", "podran", "habria", "habrian", "quiere", "quieren", "busca", "buscan",
                    "pretende", "pretenden", "intenta", "intentan", "propone", "proponen", "tiene", "tienen", "hay",
                    "para", "sin", "pide", "piden", "pidio", "pidieron", "exige", "exigen", "solicita", "solicitan",
                    "quisiera", "debia", "debian", "podia", "podian"})
# words right before a verb that announce it as planned: expected, not hedged
PLANNED = frozenset({"va", "van", "iba", "iban", "planea", "planean", "preve", "prevé", "previsto", "prevista",
                     "espera", "esperan", "proxima", "proximo", "programada", "programado", "convocada",
                     "convocadas", "fijada", "fijado"})
# a condition opening the verb's clause
CONDITIONS = ("si ", "en caso de que ", "a menos que ", "siempre que ", "hasta que ", "una vez que ")
