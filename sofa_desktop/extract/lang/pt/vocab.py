"""Portuguese word lists (Brazil, Portugal, Angola): months, weekdays, speech verbs, roles, heads of names,
institutions and parties. Keys are folded (lower case, no accents)."""

from __future__ import annotations

from sofa_desktop.extract.core.folding import fold

MONTHS = {m: i for i, m in enumerate(("janeiro", "fevereiro", "marco", "abril", "maio", "junho", "julho", "agosto",
                                      "setembro", "outubro", "novembro", "dezembro"), 1)}
MONTH_ABBREVIATIONS = {m[:3]: i for m, i in MONTHS.items()}  # "18.jun.2024", "3 fev"
WEEKDAYS = {"segunda": 0, "terca": 1, "quarta": 2, "quinta": 3, "sexta": 4, "sabado": 5, "domingo": 6}
# "2ª feira" .. "6ª feira" (Poder360, Folha): the ordinal of the weekday counted from Sunday
ORDINAL_WEEKDAYS = {"2": 0, "3": 1, "4": 2, "5": 3, "6": 4}
DAY_WORDS = {"ontem": -1, "anteontem": -2, "hoje": 0, "amanha": 1, "depois de amanha": 2, "na vespera": -1,
             "ontem a noite": -1}


def _conjugate(infinitive: str) -> tuple[str, ...]:
    """Third-person forms of a regular verb: preterite, present, plural, perfect participle, gerund, imperfect."""
    stem, end = infinitive[:-2], infinitive[-2:]
    if end == "ar":
        return (stem + "ou", stem + "a", stem + "aram", stem + "am", stem + "ado", stem + "ando", stem + "ava",
                stem + "ara")
    if end == "er":
        return (stem + "eu", stem + "e", stem + "eram", stem + "em", stem + "ido", stem + "endo", stem + "ia")
    return (stem + "iu", stem + "e", stem + "iram", stem + "em", stem + "ido", stem + "indo", stem + "ia")


_REGULAR_SPEECH = (
    "afirmar", "declarar", "explicar", "ressaltar", "destacar", "acrescentar", "completar", "comentar", "contar",
    "informar", "anunciar", "alertar", "avaliar", "criticar", "questionar", "lembrar", "reforcar", "reiterar",
    "observar", "sublinhar", "salientar", "frisar", "enfatizar", "assegurar", "garantir", "defender", "argumentar",
    "insistir", "ponderar", "indagar", "perguntar", "responder", "rebater", "admitir", "reconhecer", "negar",
    "confirmar", "declarar", "detalhar", "esclarecer", "justificar", "lamentar", "celebrar", "comemorar", "apontar",
    "considerar", "classificar", "chamar", "descrever", "resumir", "concluir", "prometer", "sustentar", "alegar",
    "denunciar", "acusar", "pedir", "cobrar", "apelar", "exigir", "escrever", "publicar", "postar", "relatar",
    "narrar", "mencionar", "citar", "realcar", "adiantar", "antecipar", "advertir", "agradecer", "brincar",
    "ironizar", "desabafar", "disparar", "emendar", "retrucar", "replicar", "discursar", "opinar", "analisar",
    "projetar", "estimar", "prever", "revelar", "expor", "assinalar", "vaticinar", "aconselhar", "arrematar",
    "pontuar", "reafirmar", "minimizar", "exaltar", "elogiar", "comunicar", "notar", "manifestar", "indicar",
    "referir", "avisar", "reagir", "rematar", "vincar", "repetir", "reclamar", "contestar", "desmentir",
)
_IRREGULAR_SPEECH = (
    "disse", "diz", "disseram", "dizem", "dito", "dizendo", "dizia", "afirma", "declara", "fez", "faz", "pede",
    "pediu", "pediram", "propos", "propoe", "expos", "expoe", "deu", "segundo", "previu", "preve", "sustentou",
    "sustenta", "manteve", "mantem", "concluiu", "conclui", "respondeu", "admitiu", "garantiu", "insistiu",
    "advertiu", "assegurou", "apelou", "escreveu",
)
SPEECH_VERBS = frozenset({f for v in _REGULAR_SPEECH for f in _conjugate(v)} | set(_IRREGULAR_SPEECH)) - {
    "fez", "faz", "deu", "conta", "nota", "cita", "chama", "chamado", "publica", "prova", "contar",
    "defende", "pede", "pedia", "apontado", "citado", "notado", "contado", "considerado", "classificado",
    "segundo", "acusado", "estima", "preve", "projeta", "analisa", "celebra", "comemora"}
# verbs after which a quotation is a description, not a statement: "classificou de «histórico» o acordo"
DESCRIBING = frozenset({"classificou", "chamou", "descreveu", "qualificou", "considerou", "definiu", "tachou"})

_ROLES = (
    "presidente", "vice-presidente", "ministro", "ministra", "senador", "senadora", "deputado", "deputada",
    "deputado federal", "deputada federal", "deputado estadual", "deputada estadual", "governador", "governadora",
    "vice-governador", "prefeito", "prefeita", "vereador", "vereadora", "secretario", "secretaria",
    "secretario de estado", "secretaria de estado", "secretario-geral", "secretaria-geral", "primeiro-ministro",
    "primeira-ministra", "chanceler", "embaixador", "embaixadora", "juiz", "juiza", "desembargador",
    "desembargadora", "procurador", "procuradora", "procurador-geral", "procurador-geral da republica",
    "promotor", "promotora", "delegado", "delegada", "advogado", "advogada", "porta-voz", "lider", "dirigente",
    "lider do governo", "lider da oposicao", "relator", "relatora", "general", "coronel", "comandante", "almirante",
    "chefe", "chefe de estado", "chefe do executivo", "chefe do governo", "chefe da diplomacia", "candidato",
    "candidata", "analista", "economista", "diretor", "diretora", "diretor-geral", "presidente da republica",
    "ex-presidente", "ex-ministro", "ex-ministra", "ex-deputado", "ex-senador", "ex-governador", "papa", "rei",
    "rainha", "tecnico", "treinador", "capitao", "rei", "estadista", "mandatario", "parlamentar", "vice",
    "ministro das relacoes exteriores", "ministro dos negocios estrangeiros", "ministra dos negocios estrangeiros",
    "ministra das relacoes exteriores", "superintendente", "coordenador", "coordenadora", "reitor", "reitora",
    "bispo", "cardeal", "pastor", "influenciador", "influenciadora", "empresario", "empresaria", "primeira-dama",
)
ROLES: dict[str, str] = {r: r for r in _ROLES}
ROLES.update({"ministro das relacoes exteriores": "chanceler", "ministra das relacoes exteriores": "chanceler",
              "ministro dos negocios estrangeiros": "chanceler", "ministra dos negocios estrangeiros": "chanceler"})
# roles held by one person at a time in a story: "o presidente" is the presidente named before
OFFICES = frozenset({"presidente", "vice-presidente", "governador", "governadora", "prefeito", "prefeita",
                     "primeiro-ministro", "primeira-ministra", "chanceler", "presidente da republica",
                     "procurador-geral", "secretario-geral", "secretaria-geral", "relator", "relatora",
                     "tecnico", "treinador", "chefe do executivo", "chefe do governo", "chefe de estado",
                     "ministro", "ministra", "senador", "senadora", "deputado", "deputada", "estadista",
                     "mandatario", "lider", "porta-voz", "embaixador", "embaixadora"})
PERSON_PRONOUNS = frozenset({"ele", "ela"})

# capitalised words that open a sentence but no name
STOP_CAPS = frozenset(fold(w) for w in (
    "O", "A", "Os", "As", "Um", "Uma", "Uns", "Umas", "Segundo", "Conforme", "De", "Do", "Da", "Dos", "Das", "Em",
    "No", "Na", "Nos", "Nas", "Ao", "Aos", "À", "Às", "Pelo", "Pela", "Pelos", "Pelas", "Por", "Para", "Pra",
    "Com", "Sem", "Sob", "Sobre", "Entre", "Até", "Após", "Desde", "Durante", "Contra", "Ante", "E", "Ou", "Mas",
    "Porém", "Contudo", "Entretanto", "Todavia", "Já", "Ainda", "Também", "Além", "Assim", "Então", "Quando",
    "Onde", "Como", "Se", "Não", "Sim", "Nem", "Que", "Quem", "Qual", "Quais", "Este", "Esta", "Estes", "Estas",
    "Esse", "Essa", "Esses", "Essas", "Isto", "Isso", "Aquilo", "Aquele", "Aquela", "Nesta", "Neste", "Nessa",
    "Nesse", "Naquele", "Naquela", "Desta", "Deste", "Dessa", "Desse", "Seu", "Sua", "Seus", "Suas", "Meu",
    "Minha", "Nosso", "Nossa", "Eu", "Tu", "Ele", "Ela", "Eles", "Elas", "Nós", "Vós", "Você", "Vocês", "Lhe",
    "Hoje", "Ontem", "Amanhã", "Agora", "Depois", "Antes", "Aqui", "Ali", "Lá", "Cá", "Mais", "Menos", "Muito",
    "Muitos", "Pouco", "Todo", "Toda", "Todos", "Todas", "Cada", "Outro", "Outra", "Outros", "Outras", "Algum",
    "Alguns", "Alguma", "Algumas", "Nenhum", "Nenhuma", "Ninguém", "Nada", "Tudo", "Algo", "Alguém", "Apesar",
    "Embora", "Porque", "Pois", "Enquanto", "Mesmo", "Apenas", "Só", "Somente", "Inclusive", "Questionado",
    "Questionada", "Perguntado", "Perguntada", "Procurado", "Procurada", "Leia", "Veja", "Confira", "Saiba",
    "Assista", "Foto", "Vídeo", "Fonte", "Nota", "Há", "É", "Foi", "Era", "Estão", "Está", "Dois",
    "Duas", "Três", "Quatro", "Cinco", "Seis", "Primeiro", "Primeira", "Senhor", "Senhora", "Sr", "Sra", "Dr",
    "Dra", "Dom", "Dona", "Ademais", "Aliás", "Afinal", "Finalmente", "Enfim", "Obviamente", "Claro",
    "Segunda-feira", "Terça-feira", "Quarta-feira", "Quinta-feira", "Sexta-feira", "Sábado", "Domingo",
    "Janeiro", "Fevereiro", "Março", "Abril", "Maio", "Junho", "Julho", "Agosto", "Setembro", "Outubro",
    "Novembro", "Dezembro", "Pelo menos", "Diante", "Perante", "Rumo", "Via", "Vamos", "Temos", "Queremos",
))
# plural nouns for groups of people that open a sentence ("Agentes cumprem…"): never a name
GROUP_NOUNS = frozenset(fold(w) for w in (
    "Agentes", "Integrantes", "Membros", "Moradores", "Testemunhas", "Familiares", "Representantes", "Dirigentes",
    "Servidores", "Trabalhadores", "Manifestantes", "Parlamentares", "Deputados", "Senadores", "Especialistas",
    "Analistas", "Usuários", "Estudantes", "Professores", "Empresários", "Militantes", "Apoiadores", "Policiais",
    "Militares", "Soldados", "Juízes", "Advogados", "Ativistas", "Comerciantes", "Médicos", "Cidadãos",
    "Investigadores", "Eleitores", "Líderes", "Ministros", "Governadores", "Prefeitos", "Vereadores",
))
STOP_CAPS = STOP_CAPS | GROUP_NOUNS

# first words that make a capitalised phrase a thing, not an actor ("Lei de Responsabilidade Fiscal")
NON_ACTOR_HEADS = frozenset(fold(w) for w in (
    "Acordo", "Acordos", "Estatuto", "Convenção", "Código", "Constituição", "Lei", "Leis", "Tratado", "Protocolo",
    "Decreto", "Resolução", "Artigo", "Plano", "Programa", "Projeto", "Regimento", "Memorando", "Carta",
    "Declaração", "Operação", "Exercício", "Guerra", "Dia", "Semana", "Copa", "Prêmio", "Rua", "Avenida", "Praça",
    "Palácio", "Aeroporto", "Base", "Rio", "Lago", "Ilha", "Estado", "Cidade", "Região", "Sessão", "Sentença",
    "Caso", "Campeonato", "Jogos", "Cúpula", "Fórum", "Conferência", "Relatório", "Índice", "Revolução",
    "Estratégia", "Iniciativa", "Reunião", "Pesquisa", "Censo", "Orçamento", "Reforma", "Medida", "Proposta",
    "Emenda", "PEC", "Bairro", "Morro", "Porto", "Vila", "Centro", "Sala", "Salão", "Edifício", "Mundo", "Norte",
    "Sul", "Leste", "Oeste", "Nordeste", "Sudeste", "Centro-Oeste", "Internet", "Deus", "Natal", "Covid",
    "Golfo", "Oceano", "Mar", "Baía", "Canal", "Estreito", "Península",
    "Estados", "República", "Nação", "Brasileirão", "Libertadores", "Série", "Ano", "Mês", "Zona", "Marco",
    "Nacional", "Federal", "Estadual", "Municipal", "Regional", "Geral", "Especial", "Comissão Especial",
    "Arena", "Estádio", "Ginásio", "Serra", "Lagoa", "Arroio", "Recenseamento", "Eleições", "Olimpíada",
    "Legislativo", "Judiciário", "Lava", "Pacote", "Fundo", "Bolsa", "Selic", "IPCA", "PIB",
))
# first words of a place's name when more words follow ("Vale do Taquari"; "a Vale" alone is the company)
PLACE_HEADS = frozenset(fold(w) for w in ("Vale", "Região", "Zona", "Distrito"))
# institutions and organisations: their first word decides the kind
INSTITUTION_HEADS = frozenset(fold(w) for w in (
    "Senado", "Câmara", "Congresso", "Ministério", "Departamento", "Itamaraty", "Supremo", "Superior", "Tribunal",
    "Tribunais", "Corte", "Justiça", "Procuradoria", "Procuradoria-Geral", "Ministério Público", "Defensoria",
    "Controladoria", "Advocacia-Geral", "Governo", "Presidência", "Poder", "Exército", "Marinha", "Aeronáutica",
    "Força", "Forças", "Polícia", "Embaixada", "Secretaria", "Comando", "Conselho", "Comissão", "Parlamento",
    "Assembleia", "Assembléia", "Banco", "Agência", "Receita", "Casa", "Gabinete", "Prefeitura", "Instituto",
    "Comitê", "Autoridade", "Superintendência", "Diretoria", "Planalto", "Palácio do Planalto", "Guarda",
    "Delegacia", "Vara", "Juízo", "Executivo", "Plenário", "Mesa", "Hospital", "Universidade", "Fundação",
    "Conselho de Estado",
))
ORGANIZATION_HEADS = frozenset(fold(w) for w in (
    "Partido", "Frente", "Aliança", "Associação", "Associações", "Movimento", "União", "Coligação", "Federação",
    "Confederação", "Sindicato", "Central", "Bancada", "Liga", "Organização", "Colégio", "Grupo", "Rede",
    "Observatório", "Igreja", "Clube", "Empresa", "Companhia", "Coletivo", "Plataforma", "Ordem", "Rádio", "Jornal",
    "TV", "Revista",
))
# the domain written after a lower-case title ("ministro das Relações Exteriores"): never a name on its own
DOMAIN_HEADS = frozenset(fold(w) for w in (
    "Relações", "Negócios", "Defesa", "Fazenda", "Economia", "Justiça", "Saúde", "Educação", "Trabalho",
    "Segurança", "Planejamento", "Agricultura", "Meio", "Ambiente", "Energia", "Minas", "Finanças", "Cultura",
    "Transportes", "Cidades", "Comunicações", "Turismo", "Esporte", "Esportes", "Ciência", "Desenvolvimento",
    "Infraestrutura", "Casa Civil", "Interior", "Integração", "Previdência", "Direitos", "Mulheres", "Igualdade",
    "Indústria", "Comércio", "Portos", "Aviação", "Recursos", "Estado",
))

# parties (Brazil, Portugal, Angola): acronyms and names, organisations
PARTIES = {
    "PT": "Partido dos Trabalhadores", "PL": "Partido Liberal", "MDB": "Movimento Democrático Brasileiro",
    "PSDB": "Partido da Social Democracia Brasileira", "PSD": "Partido Social Democrático",
    "PSB": "Partido Socialista Brasileiro", "PDT": "Partido Democrático Trabalhista", "PP": "Progressistas",
    "PSOL": "Partido Socialismo e Liberdade", "PCdoB": "Partido Comunista do Brasil",
    "PC do B": "Partido Comunista do Brasil", "PV": "Partido Verde", "DEM": "Democratas",
    "PTB": "Partido Trabalhista Brasileiro", "PSL": "Partido Social Liberal",
    "Rede": "Rede Sustentabilidade", "Novo": "Partido Novo", "Republicanos": "Republicanos",
    "União Brasil": "União Brasil", "Podemos": "Podemos", "Solidariedade": "Solidariedade",
    "Cidadania": "Cidadania", "Avante": "Avante", "Patriota": "Patriota", "PROS": "PROS", "Agir": "Agir",
    "PSC": "Partido Social Cristão", "PRD": "Partido Renovação Democrática",
    "Chega": "Chega", "PS": "Partido Socialista", "PCP": "Partido Comunista Português", "CDS": "CDS-PP",
    "CDS-PP": "CDS-PP", "BE": "Bloco de Esquerda", "Bloco de Esquerda": "Bloco de Esquerda", "IL": "Iniciativa Liberal",
    "Iniciativa Liberal": "Iniciativa Liberal", "Livre": "Livre", "PAN": "PAN", "AD": "Aliança Democrática",
    "MPLA": "Movimento Popular de Libertação de Angola", "UNITA": "União Nacional para a Independência Total de Angola",
    "FNLA": "Frente Nacional de Libertação de Angola", "CASA-CE": "CASA-CE", "Frelimo": "Frelimo", "Renamo": "Renamo",
}
# party names that are also words opening a sentence ("Podemos dizer…", "Novo projeto…")
PARTY_WORDS = frozenset({"podemos", "novo", "rede", "livre", "agir", "avante", "cidadania", "solidariedade",
                         "patriota", "chega", "uniao"})

# institutions: Portuguese forms -> one name across languages (the English rules' names for foreign bodies, the
# home press's names for Brazil's, Portugal's and Angola's own)
INSTITUTION_FORMS = {fold(k): v for k, v in {
    "STF": "Supremo Tribunal Federal", "Supremo": "Supremo Tribunal Federal", "Supremo Tribunal Federal":
    "Supremo Tribunal Federal", "STJ": "Superior Tribunal de Justiça", "TSE": "Tribunal Superior Eleitoral",
    "TCU": "Tribunal de Contas da União", "PGR": "Procuradoria-Geral da República",
    "Procuradoria-Geral da República": "Procuradoria-Geral da República",
    "Procuradoria Geral da República": "Procuradoria-Geral da República",
    "PF": "Polícia Federal", "Polícia Federal": "Polícia Federal", "AGU": "Advocacia-Geral da União",
    "Itamaraty": "Ministério das Relações Exteriores", "Ministério das Relações Exteriores":
    "Ministério das Relações Exteriores", "MRE": "Ministério das Relações Exteriores",
    "Planalto": "Palácio do Planalto", "Palácio do Planalto": "Palácio do Planalto",
    "Senado": "Senado Federal", "Senado Federal": "Senado Federal", "Câmara": "Câmara dos Deputados",
    "Câmara dos Deputados": "Câmara dos Deputados", "Câmara Federal": "Câmara dos Deputados",
    "Congresso": "Congresso Nacional", "Congresso Nacional": "Congresso Nacional",
    "BC": "Banco Central do Brasil", "Banco Central": "Banco Central do Brasil", "Copom": "Copom",
    "Alesp": "Assembleia Legislativa de São Paulo", "Assembleia da República": "Assembleia da República",
    "Assembleia Nacional": "Assembleia Nacional", "Casa Branca": "White House",
    "Departamento de Estado": "U.S. State Department", "Pentágono": "U.S. Department of Defense",
    "ONU": "United Nations", "Nações Unidas": "United Nations", "Organização das Nações Unidas": "United Nations",
    "FMI": "International Monetary Fund", "Fundo Monetário Internacional": "International Monetary Fund",
    "OTAN": "NATO", "NATO": "NATO", "UE": "European Union", "União Europeia": "European Union",
    "Conselho Europeu": "European Council", "Comissão Europeia": "European Commission",
    "Banco Mundial": "World Bank", "OMS": "World Health Organization",
    "Organização Mundial da Saúde": "World Health Organization", "OEA": "Organization of American States",
    "Mercosul": "Mercosur", "CPLP": "CPLP", "governo federal": "Governo Federal",
}.items()}
KNOWN_ORGS = {fold(k): "organization" for k in PARTIES}
KNOWN_ORGS.update({k: "institution" for k in INSTITUTION_FORMS})
KNOWN_ORGS.update({fold(k): "institution" for k in ("Defesa Civil", "Receita Federal", "Forças Armadas")})
KNOWN_ORGS.update({fold(k): "organization" for k in ("ONU", "OTAN", "NATO", "UE", "FMI", "OEA", "OMS", "Mercosul",
                                                     "CPLP", "Lusa", "Agência Brasil", "Agência Estado", "Reuters",
                                                     "AFP", "EFE", "Folha", "Estadão", "Globo", "CNN", "CBN")})

COUNTRY_FORMS = {
    "Estados Unidos": "United States", "EUA": "United States", "EE.UU.": "United States",
    "Estados Unidos da América": "United States", "Brasil": "Brazil", "Portugal": "Portugal", "Angola": "Angola",
    "Moçambique": "Mozambique", "Cabo Verde": "Cape Verde", "Guiné-Bissau": "Guinea-Bissau", "Rússia": "Russia",
    "Ucrânia": "Ukraine", "China": "China", "Japão": "Japan", "Reino Unido": "United Kingdom",
    "Inglaterra": "United Kingdom", "França": "France", "Alemanha": "Germany", "Itália": "Italy",
    "Espanha": "Spain", "Argentina": "Argentina", "Paraguai": "Paraguay", "Uruguai": "Uruguay", "Peru": "Peru",
    "Bolívia": "Bolivia", "Venezuela": "Venezuela", "Colômbia": "Colombia", "México": "Mexico", "Chile": "Chile",
    "Equador": "Ecuador", "Canadá": "Canada", "Índia": "India", "Irã": "Iran", "Irão": "Iran", "Israel": "Israel",
    "África do Sul": "South Africa", "Coreia do Sul": "South Korea", "Coreia do Norte": "North Korea",
    "Timor-Leste": "Timor-Leste", "São Tomé e Príncipe": "Sao Tome and Principe",
}
# demonyms: country they name ("o presidente angolano" -> Angola)
DEMONYMS = {fold(k): v for k, v in {
    "brasileiro": "Brazil", "brasileira": "Brazil", "português": "Portugal", "portuguesa": "Portugal",
    "angolano": "Angola", "angolana": "Angola", "americano": "United States", "americana": "United States",
    "norte-americano": "United States", "norte-americana": "United States", "estadunidense": "United States",
    "argentino": "Argentina", "argentina": "Argentina", "paraguaio": "Paraguay", "paraguaia": "Paraguay",
    "chinês": "China", "chinesa": "China", "russo": "Russia", "russa": "Russia", "francês": "France",
    "francesa": "France", "moçambicano": "Mozambique", "moçambicana": "Mozambique", "ucraniano": "Ukraine",
    "ucraniana": "Ukraine", "venezuelano": "Venezuela", "venezuelana": "Venezuela", "paulista": "Brazil",
}.items()}
