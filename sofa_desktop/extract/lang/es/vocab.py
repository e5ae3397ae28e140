"""Spanish word lists: months, weekdays, speech verbs, roles, institutions, parties and countries (folded keys)."""

from __future__ import annotations

from sofa_desktop.extract.core.folding import fold

MONTHS = {m: i for i, m in enumerate(("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                                      "septiembre", "octubre", "noviembre", "diciembre"), 1)}
MONTHS.update({"setiembre": 9, "ene.": 1, "feb.": 2, "mar.": 3, "abr.": 4, "jun.": 6, "jul.": 7, "ago.": 8,
               "sep.": 9, "sept.": 9, "set.": 9, "oct.": 10, "nov.": 11, "dic.": 12})
WEEKDAYS = {d: i for i, d in enumerate(("lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo"))}
DAY_WORDS = {"ayer": -1, "anoche": -1, "anteayer": -2, "antier": -2, "hoy": 0, "manana": 1, "pasado manana": 2,
             "la vispera": -1}


def _conjugate(infinitive: str) -> tuple[str, ...]:
    """Third-person forms of a regular verb: preterite, present, plural, perfect participle, gerund."""
    stem, end = infinitive[:-2], infinitive[-2:]
    if end == "ar":
        return (stem + "o", stem + "a", stem + "aron", stem + "an", stem + "ado", stem + "ando", stem + "aba",
                infinitive)
    return (stem + "io", stem + "e", stem + "ieron", stem + "en", stem + "ido", stem + "iendo", stem + "ia", infinitive)


_REGULAR_SPEECH = (
    "afirmar", "apuntar", "senalar", "agregar", "anadir", "expresar", "alegar", "remarcar", "considerar", "detallar",
    "declarar", "escribir", "informar", "subrayar", "advertir", "cuestionar", "manifestar", "responder", "protestar",
    "explicar", "indicar", "asegurar", "destacar", "enfatizar", "insistir", "reiterar", "comentar", "precisar",
    "admitir", "denunciar", "criticar", "calificar", "describir", "recordar", "plantear", "argumentar", "aclarar",
    "anunciar", "mencionar", "puntualizar", "sentenciar", "replicar", "lamentar", "opinar", "resaltar", "acotar",
    "asentir", "confirmar", "cuestionar", "defender", "exclamar", "preguntar", "contestar", "zanjar", "publicar",
    "tuitear", "aseverar", "celebrar", "remachar", "ironizar", "valorar", "reclamar", "comunicar", "relatar",
    "narrar", "justificar", "rechazar", "negar", "reconocer", "advertir", "concluir", "sostener", "decir", "exponer",
    "prometer", "anticipar", "recalcar", "alertar", "adelantar", "garantizar", "resumir", "apostillar", "deslizar",
    "fustigar", "reprochar", "exigir", "agradecer", "bromear", "reflexionar", "matizar", "instar", "retrucar",
    "referir", "acusar", "hablar", "postear",
)
_IRREGULAR_SPEECH = (
    "dijo", "dice", "dijeron", "dicen", "dicho", "diciendo", "decia", "sostuvo", "sostiene", "sostuvieron",
    "sostienen", "sostenido", "concluyo", "concluye", "concluyeron", "concluido", "reconocio", "reconoce",
    "advirtio", "advierte", "advirtieron", "insiste", "nego", "niega", "negaron", "expuso", "expone", "admitio",
    "respondio", "responde", "agrego", "segun", "sentencio",
    "pidio", "pidieron", "pide", "sugirio", "sugiere", "repitio", "repite", "prosiguio", "refirio", "refieren",
)
SPEECH_VERBS = frozenset({f for v in _REGULAR_SPEECH for f in _conjugate(v)} | set(_IRREGULAR_SPEECH)) - {"nega",
                                                                                                       "negan"}
# verbs after which a quotation is a description, not a statement: "calificó de «histórico» el acuerdo"
DESCRIBING = frozenset({"califico", "calificado", "califica", "describio", "describe", "descrito", "tildo", "tilda",
                        "denomino", "denomina", "llamo", "llama", "catalogo", "considero", "definio",
                        "mostro", "mostraron"})  # "se mostró «muy contento»": the subject's own words

# roles: folded phrase -> role as stored (lower case, as Spanish writes them)
_ROLES = (
    "presidente", "presidenta", "vicepresidente", "vicepresidenta", "canciller", "ministro", "ministra",
    "viceministro", "viceministra", "senador", "senadora", "diputado", "diputada", "secretario", "secretaria",
    "secretario de estado", "secretario de estado adjunto", "subsecretario", "embajador", "embajadora", "juez",
    "jueza", "fiscal", "fiscal general", "gobernador", "gobernadora", "alcalde", "alcaldesa", "intendente",
    "portavoz", "vocero", "vocera", "mandatario", "mandataria", "exmandatario", "exmandataria", "expresidente",
    "expresidenta", "exministro", "exministra", "exsenador", "exdiputado", "dirigente", "lider", "legislador",
    "legisladora", "parlamentario", "parlamentaria", "general", "gral.", "coronel", "comandante", "almirante",
    "jefe de estado", "jefe de la diplomacia", "encargado de negocios", "titular", "abogado", "abogada",
    "magistrado", "magistrada", "candidato", "candidata", "analista", "politologo", "politologa", "director",
    "directora", "concejal", "asesor", "asesora", "vicecanciller", "diplomatico", "procurador", "defensor",
    "defensora", "jefe", "jefa", "congresista", "representante", "papa", "rey", "reina", "premier",
    "primer ministro", "primera ministra", "registrador", "registradora", "fiscala", "contralor", "contralora",
    "superintendente", "gerente", "rector", "rectora", "obispo", "arzobispo", "cardenal", "comisario", "comisaria",
    "presidente electo", "presidenta electa", "aspirante", "magistrado", "tecnico", "entrenador", "seleccionador",
    "director tecnico", "dt",
    "magistrada", "funcionario", "funcionaria", "alto funcionario", "alta funcionaria", "figura",
    "principal figura",
)
_DOMAINS = ("defensa", "defensa nacional", "interior", "hacienda", "economia", "relaciones exteriores",
            "exteriores", "justicia", "salud", "educacion", "trabajo", "industria y comercio", "obras publicas",
            "seguridad", "energia", "agricultura", "ambiente", "guerra", "estado")
DOMAINS = frozenset(_DOMAINS)
ROLES: dict[str, str] = {r: r for r in _ROLES}
for _d in _DOMAINS:
    for _h in ("ministro", "ministra", "secretario", "secretaria", "titular"):
        ROLES[f"{_h} de {_d}"] = ROLES[f"{_h} del {_d}"] = f"{_h} de {_d}"  # "el ministro del Interior"
ROLES.update({"ministro de relaciones exteriores": "canciller", "ministra de relaciones exteriores": "canciller",
              "jefe de la diplomacia estadounidense": "secretario de Estado"})
# roles held by one person at a time in a story: "el canciller" is the canciller named before
OFFICES = frozenset({"presidente", "presidenta", "canciller", "vicepresidente", "secretario de estado", "jueza",
                     "juez", "fiscal", "ministro", "ministra", "embajador", "embajadora", "gobernador", "alcalde",
                     "fiscal general", "jefe de la diplomacia"})
# descriptions of whoever is the person in focus ("el mandatario" after Milei was named)
FOCUS_ROLES = frozenset({"mandatario", "mandataria", "exmandatario", "exmandataria", "dirigente", "lider",
                         "jefe de estado", "expresidente", "expresidenta", "politico", "legislador", "legisladora",
                         "candidato", "candidata", "senador", "senadora", "diputado", "diputada", "aspirante",
                         "funcionario", "funcionaria", "alto funcionario", "alta funcionaria", "figura",
                         "principal figura"})
ROLE_AFTER = frozenset({"opositor", "opositora", "oficialista", "liberal", "colorado", "colorada", "nacional",
                        "paraguayo", "paraguaya", "estadounidense", "argentino", "argentina", "brasileno",
                        "brasilena", "chileno", "chilena", "peruano", "peruana", "colombiano", "colombiana",
                        "cartista", "adjunto", "adjunta", "norteamericano", "electo", "electa", "interino",
                        "interina", "saliente", "entrante", "republicano", "democrata", "independiente"})
PERSON_PRONOUNS = frozenset({"el", "ella"})

# capitalised words that open a sentence but no name
STOP_CAPS = frozenset(fold(w) for w in (
    "El", "La", "Los", "Las", "Lo", "Un", "Una", "Unos", "Unas", "Según", "En", "Con", "Por", "Para", "Tras", "Desde",
    "Hasta", "Ante", "Sobre", "Entre", "De", "Del", "Al", "A", "Y", "O", "E", "Pero", "Sin", "Este", "Esta", "Estos",
    "Estas", "Ese", "Esa", "Esos", "Esas", "Aquel", "Su", "Sus", "Mi", "Nuestro", "Nuestra", "Así", "También", "Además",
    "Mientras", "Cuando", "Donde", "Como", "Si", "No", "Ya", "Hoy", "Ayer", "Mañana", "Le", "Les", "Se", "Otro", "Otra",
    "Otros", "Todo", "Todos", "Cada", "Qué", "Quién", "Cómo", "Dónde", "Cuál", "Porque", "Aunque", "Luego", "Después",
    "Antes", "Durante", "Ahora", "Incluso", "Solo", "Sólo", "Más", "Muy", "Esto", "Eso", "Fue", "Es", "Son", "Hay",
    "Ha", "Han", "Ni", "Yo", "Tú", "Usted", "Ustedes", "Nosotros", "Él", "Ella", "Ellos", "Ellas", "Ante", "Pese",
    "Asimismo", "Finalmente", "Sin embargo", "Respecto", "Acerca", "Bajo", "Contra", "Hacia", "Mediante", "Dicho",
    "Dicha", "Dichos", "Cabe", "Cerca", "Recientemente", "Tanto", "Mucho", "Muchos", "Varios", "Algunos", "Algunas",
    "Ambos", "Uno", "Dos", "Tres", "Cuatro", "Cinco", "Seis", "Siete", "Ocho", "Nueve", "Diez", "Primero", "Primera",
    "Señor", "Señora", "Don", "Doña", "Sr.", "Sra.", "Dr.", "Dra.", "Lic.", "Ing.", "Ej.", "Abg.", "Votaron", "Se",
    "Estuvieron", "Nadie", "Nada", "Algo", "Alguien", "Ninguno", "Ninguna", "Quien", "Quienes", "Aquí", "Allí",
    "Allá", "Acá", "Salvo", "Excepto", "Menos", "Sino", "Tampoco", "Todavía", "Aún", "Apenas", "Casi", "Quizá",
    "Quizás", "Acaso", "Pues", "Entonces", "Junto", "Aparte", "Alrededor", "Inclusive", "Siquiera",
    "Ver", "Leer", "Lea", "Mire", "Foto", "Video", "Fuente", "Nota", "Gracias", "Sí", "Bueno",
    "Lunes", "Martes", "Miércoles", "Jueves", "Viernes", "Sábado", "Domingo", "Enero", "Febrero", "Marzo", "Abril",
    "Mayo", "Junio", "Julio", "Agosto", "Septiembre", "Setiembre", "Octubre", "Noviembre", "Diciembre",
))
# plural nouns for groups of people that open a sentence ("Vecinos denunciaron…", "Efectivos de la Policía …"):
# never a name, so stripped like a function word
GROUP_NOUNS = frozenset(fold(w) for w in (
    "Efectivos", "Agentes", "Integrantes", "Miembros", "Vecinos", "Testigos", "Familiares", "Representantes",
    "Dirigentes", "Funcionarios", "Trabajadores", "Manifestantes", "Legisladores", "Diputados", "Senadores",
    "Expertos", "Analistas", "Usuarios", "Residentes", "Pobladores", "Habitantes", "Docentes", "Estudiantes",
    "Productores", "Empresarios", "Militantes", "Simpatizantes", "Allegados", "Voceros", "Portavoces",
    "Autoridades", "Policías", "Militares", "Soldados", "Fiscales", "Jueces", "Abogados", "Especialistas",
    "Activistas", "Comerciantes", "Transportistas", "Campesinos", "Indígenas", "Médicos", "Ciudadanos",
    "Opositores", "Oficialistas", "Colonos", "Pasajeros", "Inversores", "Economistas", "Investigadores",
))
STOP_CAPS = STOP_CAPS | (GROUP_NOUNS - {"diputados", "ciudadanos"})  # "Diputados" is the chamber, "Ciudadanos" a party

# first words that make a capitalised phrase a thing, not an actor ("Estatuto de las Fuerzas", "Convención de Viena")
NON_ACTOR_HEADS = frozenset(fold(w) for w in (
    "Acuerdo", "Acuerdos", "Estatuto", "Estatutos", "Estatus", "Convención", "Convenio", "Código", "Constitución",
    "Ley", "Leyes", "Tratado", "Protocolo", "Decreto", "Resolución", "Artículo", "Plan", "Programa", "Proyecto",
    "Reglamento", "Memorando", "Memorándum", "Carta", "Declaración", "Operación", "Operativo", "Ejercicio",
    "Ejercicios", "Guerra",
    "Día", "Semana", "Copa", "Premio", "Calle", "Avenida", "Plaza", "Palacio", "Aeropuerto", "Base", "Río", "Lago",
    "Isla", "Provincia", "Ciudad", "Región", "Sesión", "Sentencia", "Caso", "Mundial", "Juegos", "Cumbre", "Foro",
    "Conferencia", "Informe", "Índice", "Revolución", "Estrategia", "Iniciativa", "Doctrina", "Nota", "Reunión",
    "Encuesta", "Censo", "Presupuesto", "Reforma", "Rendición",
    "Penal", "Barrio", "Cerro", "Puerto", "Villa", "Cárcel", "Centro", "Sala", "Salón", "Edificio",
    "Mundo", "Norte", "Sur", "Este", "Oeste", "Occidente", "Oriente", "Internet", "Dios", "Navidad", "Covid",
    "Estado", "Estados", "Fuerza", "Fuerzas", "República",  # alone or "Estatuto de las Fuerzas": see INSTITUTIONS
    # adjectives that open a title's tail ("registrador Nacional del Estado Civil"), never a name
    "Nacional", "Federal", "Electoral", "Departamental", "Municipal", "Regional", "Provincial",
    # competitions named without their "Copa" / "Torneo" ("la Libertadores", "el Clausura")
    "Libertadores", "Sudamericana", "Champions", "Apertura", "Clausura", "Eurocopa", "Olimpiadas", "Supercopa",
))
# first words of a place's name: the words after them name the place, never a person ("Hospital Materno Infantil")
PLACE_HEADS = frozenset(fold(w) for w in (
    "Museo", "Teatro", "Estadio", "Parque", "Monumento", "Catedral", "Hotel", "Escuela",
    "Complejo", "Terminal", "Ruta", "Autopista", "Represa", "Calle", "Avenida", "Plaza",
    "Palacio", "Aeropuerto", "Barrio", "Cerro", "Puerto", "Villa", "Cárcel", "Centro", "Sala", "Salón", "Edificio",
    "Penal", "Hidroeléctrica",
))
# English words of a document's name quoted in Spanish text ("Status of Forces Agreement")
DOCUMENT_WORDS = frozenset({"agreement", "treaty", "act", "accord", "status", "statute", "memorandum", "protocol"})
# institutions and organisations: their first word (or whole name) decides the kind
INSTITUTION_HEADS = frozenset(fold(w) for w in (
    "Senado", "Cámara", "Congreso", "Ministerio", "Departamento", "Cancillería", "Corte", "Tribunal", "Juzgado",
    "Fiscalía", "Gobierno", "Presidencia", "Poder", "Ejército", "Armada", "Policía", "Embajada", "Secretaría",
    "Comando", "Consejo", "Comisión", "Parlamento", "Asamblea", "Banco", "Oficina", "Defensoría", "Contraloría",
    "Procuraduría", "Registraduría", "Pentágono", "Casa", "Agencia", "Dirección", "Superintendencia", "Junta",
    "Jurado", "Servicio", "Supremo", "Suprema", "Justicia", "Fuerzas", "Guardia", "Gabinete", "Legislatura",
    "Municipalidad", "Intendencia", "Gobernación", "Vicepresidencia", "Senate", "Chamber", "Subsecretaría",
    "Viceministerio", "Instituto", "Comité", "Unidad", "Administración", "Entidad", "Pleno", "Ejecutivo",
    "Audiencia", "Registraduría", "Mesa", "Hospital", "Policlínico", "Sanatorio", "Clínica", "Diputación",
    "Generalitat", "Govern", "Xunta", "Cabildo", "Ayuntamiento", "Alcaldía", "Concejo", "Sección",
))
ORGANIZATION_HEADS = frozenset(fold(w) for w in (
    "Partido", "Frente", "Alianza", "Asociación", "Movimiento", "Unión", "Coalición", "Federación", "Confederación",
    "Fundación", "Sindicato", "Central", "Cruzada", "Bancada", "Concertación", "Liga", "Organización", "Colegio",
    "Grupo", "Red", "Observatorio", "Cámara de Comercio", "Universidad", "Iglesia", "Cartel", "Clan", "Agrupación",
    "Bloque", "Pacto", "Encuentro", "Colectivo", "Foro de", "Coordinadora", "Plataforma", "Radio", "Diario",
    "Canal", "Periódico", "Revista", "Televisión",
))
# the domain of a ministry or a court written after its lower-case title ("ministro de Relaciones Exteriores",
# "jueza 44 de Conocimiento de Bogotá"): never a name on its own
DOMAIN_HEADS = frozenset(fold(w) for w in (
    "Relaciones", "Defensa", "Hacienda", "Economía", "Interior", "Salud", "Educación", "Trabajo", "Seguridad",
    "Conocimiento", "Obras", "Industria", "Agricultura", "Ambiente", "Energía", "Finanzas", "Exteriores",
    "Garantías", "Control",
))
KNOWN_ORGS = {fold(k): v for k, v in {
    "ANR": "organization", "PLRA": "organization", "PDP": "organization", "Frente Guasu": "organization",
    "Yo Creo": "organization", "Cruzada Nacional": "organization", "La Libertad Avanza": "organization",
    "LLA": "organization", "Fuerza Patria": "organization", "Provincias Unidas": "organization",
    "Partido Colorado": "organization", "Pacto Histórico": "organization", "Centro Democrático": "organization",
    "Servel": "institution", "ONU": "organization", "OEA": "organization", "Mercosur": "organization",
    "OTAN": "organization", "UE": "organization", "Unión Europea": "organization", "FMI": "organization",
    "BID": "organization", "EFE": "organization", "AFP": "organization", "Sputnik": "organization",
    "Europa Press": "organization", "Reuters": "organization", "AP": "organization", "PT": "organization",
    "Casa Blanca": "institution", "Pentágono": "institution", "Kremlin": "institution", "MRE": "institution",
    "Cancillería": "institution", "Senado": "institution", "Congreso": "institution", "FBI": "institution",
    "Fiscalía": "institution", "Procuraduría": "institution", "Contraloría": "institution",
    "DEA": "institution", "CIA": "institution", "Frente Amplio": "organization", "PRO": "organization",
    "UCR": "organization", "Morena": "organization", "PSOE": "organization", "PP": "organization",
    "Vox": "organization", "Partido Republicano": "organization", "Partido Demócrata": "organization",
}.items()}

# one actor across languages: Spanish forms of institutions -> canonical name (Paraguay's bodies in Paraguay's words;
# foreign bodies under the name the English rules give them)
INSTITUTION_FORMS = {fold(k): v for k, v in {
    "Departamento de Estado": "U.S. State Department", "Departamento de Estado de Estados Unidos":
    "U.S. State Department", "Departamento de Estado estadounidense": "U.S. State Department",
    "State Department": "U.S. State Department",
    "Departamento de Defensa": "U.S. Department of Defense", "Pentágono": "U.S. Department of Defense",
    "Departamento de Guerra": "U.S. Department of Defense",
    "Cancillería": "Ministerio de Relaciones Exteriores",
    "Cancillería paraguaya": "Ministerio de Relaciones Exteriores",
    "Cancillería Nacional": "Ministerio de Relaciones Exteriores", "MRE": "Ministerio de Relaciones Exteriores",
    "Ministerio de Relaciones Exteriores": "Ministerio de Relaciones Exteriores",
    "Ministerio de Exteriores": "Ministerio de Relaciones Exteriores",
    "Ministerio de Relaciones Exteriores del Paraguay": "Ministerio de Relaciones Exteriores",
    "Senado": "Senado", "Cámara de Senadores": "Senado",
    "Cámara de Senado": "Senado", "Cámara Alta": "Senado", "Senado paraguayo": "Senado",
    "Senado de Paraguay": "Senado", "Senado del Paraguay": "Senado", "Paraguayan Senate": "Senado",
    "Cámara de Diputados": "Cámara de Diputados", "Cámara Baja": "Cámara de Diputados",
    "Diputados": "Cámara de Diputados", "Cámara de Diputados de Paraguay": "Cámara de Diputados",
    "Cámara de Diputados del Paraguay": "Cámara de Diputados",
    "Congreso": "Congreso", "Congreso Nacional": "Congreso", "Congreso paraguayo": "Congreso",
    "Casa Blanca": "White House", "Fuerzas Armadas": "Fuerzas Armadas",
    "Embajada de Estados Unidos": "Embajada de Estados Unidos", "Embajada de EE.UU.": "Embajada de Estados Unidos",
    "Embajada de los Estados Unidos": "Embajada de Estados Unidos", "Embajada de EEUU": "Embajada de Estados Unidos",
    "Embajada estadounidense": "Embajada de Estados Unidos", "Embajada norteamericana": "Embajada de Estados Unidos",
    "U.S. Embassy": "Embajada de Estados Unidos",
    "ANR": "Asociación Nacional Republicana",
}.items()}
# forms that name one country's body only in that country's stories: Uruguay has its own Partido Colorado
# (form -> (country, canonical name)); applied when the story is that country's or names the body otherwise too
HOME_FORMS = {fold("Partido Colorado"): ("Paraguay", "Asociación Nacional Republicana")}
# acronyms and their parties / bodies
ACRONYMS = {"ANR": "Asociación Nacional Republicana", "PLRA": "Partido Liberal Radical Auténtico",
            "PDP": "Partido Democrático Progresista", "LLA": "La Libertad Avanza"}

COUNTRY_FORMS_ES = {
    "Estados Unidos": "United States", "EE.UU.": "United States", "EE. UU.": "United States", "EEUU": "United States",
    "EE.UU": "United States", "EUA": "United States", "EU": "United States", "Estados Unidos de América":
    "United States", "Norteamérica": "United States", "República del Paraguay": "Paraguay", "Brasil": "Brazil",
    "Perú": "Peru", "México": "Mexico", "Panamá": "Panama", "España": "Spain", "Francia": "France",
    "Alemania": "Germany", "Italia": "Italy", "Reino Unido": "United Kingdom", "Rusia": "Russia",
    "Ucrania": "Ukraine", "Japón": "Japan", "Corea del Sur": "South Korea", "Corea del Norte": "North Korea",
    "Irán": "Iran", "Turquía": "Turkey", "Arabia Saudita": "Saudi Arabia", "Egipto": "Egypt",
    "Sudáfrica": "South Africa", "Canadá": "Canada", "República Dominicana": "Dominican Republic",
    "Haití": "Haiti", "Países Bajos": "Netherlands", "Bolivia": "Bolivia", "Venezuela": "Venezuela",
    "Trinidad y Tobago": "Trinidad and Tobago", "Belice": "Belize", "Taiwán": "Taiwan",
}
DEMONYMS_ES = {
    "paraguayo": "Paraguay", "paraguaya": "Paraguay", "estadounidense": "United States",
    "norteamericano": "United States", "norteamericana": "United States", "argentino": "Argentina",
    "argentina": "Argentina", "brasileno": "Brazil", "brasilena": "Brazil", "chileno": "Chile", "chilena": "Chile",
    "peruano": "Peru", "peruana": "Peru", "colombiano": "Colombia", "colombiana": "Colombia", "boliviano": "Bolivia",
    "boliviana": "Bolivia", "uruguayo": "Uruguay", "uruguaya": "Uruguay", "venezolano": "Venezuela",
    "venezolana": "Venezuela", "mexicano": "Mexico", "mexicana": "Mexico", "ecuatoriano": "Ecuador",
    "ecuatoriana": "Ecuador",
}
PLACES_ES = frozenset(fold(p) for p in (
    "Asunción", "Washington", "Buenos Aires", "Montevideo", "Santiago", "Lima", "Quito", "Bogotá", "Caracas",
    "La Paz", "Brasilia", "Brasília", "Río de Janeiro", "São Paulo", "Sao Paulo", "Ciudad de México", "Madrid",
    "Entre Ríos", "Paine", "La Picota", "Ciudad del Este", "Encarnación", "Chaco", "Mariscal Estigarribia",
    "Alto Paraná", "Latinoamérica", "América Latina", "Sudamérica", "América del Sur", "Europa", "Asia", "África",
    "Medio Oriente", "Oriente Medio", "Caribe", "Centroamérica", "Triple Frontera", "Córdoba", "Mendoza",
    "Santa Fe", "Rosario", "Florida", "Texas", "Nueva York", "Miami", "Medellín", "Cali", "Pedro Juan Caballero",
    "Concepción", "San Lorenzo", "Luque", "Lambaré", "Fernando de la Mora", "Palacio de López", "Mburuvicha Róga",
    "Palacio de Gobierno", "Planalto", "Casa Rosada",
    "La Moneda", "Moneda", "Valparaíso", "Punta Arenas", "Tucumán", "Salta", "Jujuy",
    "Neuquén", "Chubut", "Mar del Plata", "Bahía Blanca", "La Plata", "Corrientes", "Misiones", "Formosa",
    "Itapúa", "Amambay", "Canindeyú", "Caaguazú", "San Pedro", "Cordillera", "Guairá", "Paraguarí",
    "Ñeembucú", "Presidente Hayes", "Boquerón", "Alto Paraguay",
))

# the main political parties of the Spanish-speaking countries, by the names and acronyms their press uses
# (no package ships them); an acronym's full name joins it to the written-out form ("PSOE" = "Partido Socialista
# Obrero Español")
PARTY_ACRONYMS = {
    "PSOE": "Partido Socialista Obrero Español", "PP": "Partido Popular", "ERC": "Esquerra Republicana de Catalunya",
    "PNV": "Partido Nacionalista Vasco", "BNG": "Bloque Nacionalista Galego", "UPN": "Unión del Pueblo Navarro",
    "CUP": "Candidatura d'Unitat Popular", "PRI": "Partido Revolucionario Institucional",
    "PAN": "Partido Acción Nacional", "PRD": "Partido de la Revolución Democrática",
    "PVEM": "Partido Verde Ecologista de México", "UCR": "Unión Cívica Radical", "PJ": "Partido Justicialista",
    "UDI": "Unión Demócrata Independiente", "PPD": "Partido por la Democracia", "PSUV": "Partido Socialista Unido de "
    "Venezuela", "APP": "Alianza para el Progreso", "PLRA": "Partido Liberal Radical Auténtico",
    "PDP": "Partido Democrático Progresista", "LLA": "La Libertad Avanza", "ANR": "Asociación Nacional Republicana",
    "MAS": "Movimiento al Socialismo", "PDC": "Partido Demócrata Cristiano",
}
PARTY_NAMES = ("Sumar", "Podemos", "Junts", "Junts per Catalunya", "EH Bildu", "Bildu", "Ciudadanos", "Más Madrid",
               "Compromís", "Coalición Canaria", "Fuerza Popular", "Perú Libre", "Renovación Popular",
               "Juntos por el Cambio", "Unión por la Patria", "Cambio Radical", "Chile Vamos", "Patria Querida",
               "Movimiento Ciudadano", "Renovación Nacional", "Partido Socialista", "Partido Nacional")
# plural nicknames of a party's members, as the press writes them for the party ("blancos y colorados afirman"):
# nickname -> folded words of the party's names (any of them); a nickname stands for a party the story names
PARTY_NICKNAMES = {
    "colorados": ("partido colorado", "asociacion nacional republicana", "anr"), "blancos": ("partido nacional",),
    "nacionalistas": ("partido nacional",), "frenteamplistas": ("frente amplio",),
    "socialistas": ("socialista", "psoe"), "populares": ("partido popular", "pp"), "liberales": ("liberal", "plra"),
    "cartistas": ("honor colorado",), "peronistas": ("justicialista", "pj"), "morenistas": ("morena",),
    "panistas": ("accion nacional", "pan"), "priistas": ("revolucionario institucional", "pri"),
    "perredistas": ("revolucion democratica", "prd"), "radicales": ("union civica radical", "ucr"),
    "libertarios": ("la libertad avanza", "lla"), "fujimoristas": ("fuerza popular",),
    "uribistas": ("centro democratico",), "petristas": ("pacto historico",), "chavistas": ("psuv",),
    "republicanos": ("partido republicano",), "democratas": ("partido democrata",),
}
# party names that are also words opening a sentence ("Podemos decir…", "Sumar esfuerzos…")
PARTY_WORDS = frozenset({"sumar", "podemos", "ciudadanos", "cambiemos"})
KNOWN_ORGS.update({fold(k): "organization" for k in (*PARTY_ACRONYMS, *PARTY_NAMES)})
ACRONYMS.update(PARTY_ACRONYMS)

# international bodies under the name the English rules give them (one actor across languages)
INTERNATIONAL = {
    "ONU": "United Nations", "Naciones Unidas": "United Nations",
    "Organización de las Naciones Unidas": "United Nations",
    "FMI": "International Monetary Fund", "Fondo Monetario Internacional": "International Monetary Fund",
    "OTAN": "NATO", "Organización del Tratado del Atlántico Norte": "NATO",
    "OEA": "Organization of American States",
    "Organización de los Estados Americanos": "Organization of American States",
    "UE": "European Union", "Unión Europea": "European Union", "Banco Mundial": "World Bank",
    "BID": "Inter-American Development Bank", "Banco Interamericano de Desarrollo": "Inter-American Development Bank",
    "OMS": "World Health Organization", "Organización Mundial de la Salud": "World Health Organization",
    "Corte Penal Internacional": "International Criminal Court", "CPI": "International Criminal Court",
    "Corte Interamericana de Derechos Humanos": "Inter-American Court of Human Rights",
    "Corte IDH": "Inter-American Court of Human Rights",
    "Comisión Interamericana de Derechos Humanos": "Inter-American Commission on Human Rights",
    "CIDH": "Inter-American Commission on Human Rights",
}
INSTITUTION_FORMS.update({fold(k): name for k, name in INTERNATIONAL.items()})
KNOWN_ORGS.update({fold(k): "organization" for k in INTERNATIONAL if not k.startswith(("Corte", "Comisión"))})

# the other US departments the Spanish press names, under the English rules' names
_US_DEPARTMENTS = {"Departamento del Tesoro": "U.S. Treasury Department",
                   "Departamento de Justicia": "U.S. Justice Department",
                   "Departamento de Seguridad Nacional": "U.S. Department of Homeland Security",
                   "Departamento de Comercio": "U.S. Commerce Department"}
INSTITUTION_FORMS.update({fold(f"{body}{of}"): name for body, name in _US_DEPARTMENTS.items() for of in (
    "", " de Estados Unidos", " de los Estados Unidos", " de EE.UU.", " de EE. UU.", " de EEUU", " estadounidense")})
