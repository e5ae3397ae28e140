"""Spanish words for thread keys (same keys as ``extract/lang/en/thread_vocab.py``): infinitives and the forms news
reports use, so Spanish events (whatever verb or noun they store) join the threads of English ones.
"""

from __future__ import annotations

ACTIONS: dict[str, tuple[str, ...]] = {
    "sign": ("firmar", "firmó", "firmaron", "firmado", "firma", "suscribir", "suscribió", "suscribieron",
             "suscrito", "rubricar", "rubricó"),
    "approve": ("aprobar", "aprobó", "aprobaron", "aprobado", "ratificar", "ratificó", "ratificaron", "ratificado",
                "dar media sanción", "dio media sanción", "media sanción", "sancionar", "sancionó", "sancionado",
                "votar", "votó", "votaron", "luz verde", "dar luz verde", "dio luz verde", "recibir luz verde",
                "recibió luz verde", "visto bueno", "avalar", "avaló", "aval", "refrendar", "refrendó"),
    "enact": ("promulgar", "promulgó", "promulgado", "promulgación", "decretar", "decretó"),
    "elect": ("elegir", "eligió", "eligieron", "elegido", "elegida", "nombrar", "nombró", "nombrado", "nombrada",
              "designar", "designó", "designado", "designada"),
    "meet": ("reunirse", "se reunió", "se reunieron", "reunión", "cumbre"),
    "announce": ("anunciar", "anunció", "anunciaron", "dar a conocer"),
    "arrest": ("detener", "detuvo", "detenido", "arrestar", "arrestó", "capturar", "capturó"),
    "rule": ("fallar", "falló", "dictaminar", "dictaminó", "sentenciar"),
    "win": ("ganar", "ganó", "ganaron", "imponerse", "se impuso"),
    "hold": ("celebrar", "celebró", "celebrada", "celebradas", "ocupar", "ocupó"),
    "take office": ("asumir", "asumió", "asume", "asumirá", "juramentar", "juramentó", "prestar juramento",
                    "prestó juramento", "jurar", "juró", "investir", "investido", "investida", "investidura",
                    "tomar posesión", "tomó posesión", "toma de posesión", "cambio de mando", "traspaso de mando"),
    "take effect": ("entrar en vigor", "entró en vigor", "entrar en vigencia", "entró en vigencia"),
    "reject": ("rechazar", "rechazó", "rechazaron", "vetar", "vetó"),
    "state": ("decir", "dijo", "afirmar", "afirmó", "declarar", "declaró", "señalar", "señaló"),
    "resign": ("dimitir", "dimitió", "renunciar", "renunció", "renuncia", "dimisión"),
    "concede": ("reconocer la derrota", "reconoció la derrota", "admitió la derrota"),
    "visit": ("visitar", "visitó", "viajar", "viajó"),
    "attack": ("atacar", "atacó", "bombardear", "bombardeó"),
    "kill": ("matar", "mató", "asesinar", "asesinó"),
    "protest": ("protestar", "protestó", "protestaron", "marcharon"),
    "sue": ("demandar", "demandó"),
    "pardon": ("indultar", "indultó"),
    "dismiss": ("destituir", "destituyó", "cesar", "cesó"),
}

OBJECTS: dict[str, tuple[str, ...]] = {
    "agreement": ("acuerdo", "pacto", "convenio", "tratado", "memorando", "sofa", "estatuto de las fuerzas",
                  "acuerdo sofa"),
    "bill": ("ley", "proyecto de ley", "proyecto", "norma"),
    "budget": ("presupuesto",),
    "meeting": ("reunión", "cumbre", "encuentro"),
    "election": ("elección", "elecciones", "comicios", "balotaje", "segunda vuelta", "primera vuelta",
                 "votación", "sufragio", "presidenciales"),
    "office": ("cargo", "puesto", "presidencia", "jefatura de gobierno", "mandato", "primer ministro",
               "primera ministra", "liderazgo", "escaño"),
    "ceasefire": ("alto el fuego", "tregua"),
}

# verbos sin objeto que dicen que alguien fue elegido ("fue votada primera ministra")
CHOSEN_WITHOUT_OBJECT: tuple[str, ...] = ("votado", "votada")

# sustantivos genéricos (ver ``extract/lang/en/thread_vocab.py``): sin participante común no son el mismo hecho
GENERIC_OBJECTS: tuple[str, ...] = ("acuerdo", "pacto", "convenio", "tratado", "memorando", "ley",
                                    "proyecto de ley", "proyecto", "norma", "presupuesto", "reunión", "cumbre",
                                    "encuentro", "elección", "elecciones", "comicios", "balotaje",
                                    "segunda vuelta", "primera vuelta", "votación", "sufragio", "presidenciales",
                                    "cargo", "puesto", "presidencia", "jefatura de gobierno", "mandato",
                                    "primer ministro", "primera ministra", "liderazgo", "escaño", "tregua", "préstamo",
                                    "aranceles", "declaración", "plan", "propuesta", "contrato", "decisión")

# (not "la", "los", "este": they also start a noun phrase)
PRONOUNS: tuple[str, ...] = ("él", "ella", "ellos", "ellas", "le", "les", "se", "esto", "eso", "quien", "quienes",
                             "nosotros", "yo")
