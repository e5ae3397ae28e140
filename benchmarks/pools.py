"""Word pools for the synthetic corpus generator: names with accents, places, topics and quote templates."""

from __future__ import annotations

import unicodedata


def _nfc(*items: str) -> tuple[str, ...]:
    return tuple(unicodedata.normalize("NFC", s) for s in items)


FIRST_NAMES = _nfc(
    "Rubén", "José", "María", "Sofía", "Inés", "Andrés", "Camila", "Joaquín", "Martín", "Lucía", "Mónica", "Ramón",
    "Verónica", "Tomás", "Nicolás", "Valentina", "Héctor", "Raúl", "Ángel", "Ana", "Carlos", "Luis", "Pedro",
    "Gabriela", "Fernanda", "João", "Conceição", "Zoë", "Søren", "Jürgen", "Renée", "Chloé", "François", "Hélène",
    "Łukasz", "İsmail", "Marco", "Sarah", "John", "Emily", "David", "Karen", "Efraín", "Belén", "Agustín", "Noemí",
    "Óscar", "Dolores", "Iñaki", "Ximena", "Pilar", "Germán", "Aída", "Elías", "Rocío", "Sebastián", "Maël",
)
SURNAMES = _nfc(
    "Ramírez", "Lezcano", "Benítez", "Peña", "González", "Núñez", "Giménez", "Ibáñez", "Martínez", "Fernández",
    "López", "Pérez", "Sánchez", "Rodríguez", "Díaz", "Gómez", "Muñoz", "Ortiz", "Cáceres", "Acuña", "Báez",
    "Cristaldo", "Villalba", "Duarte", "Riquelme", "Alcaraz", "Brítez", "Espínola", "Galeano", "Ojeda", "Müller",
    "Søndergaard", "Lefèvre", "Nguyễn", "Şahin", "Kowalczyk", "Dvořák", "Smith", "Rubio", "Aquino", "Colmán",
    "Ruiz-Díaz", "Ayala", "Fariña", "Zárate", "Chávez", "Solís", "Méndez", "Velázquez", "Estigarribia", "Orué",
    "Ferreira", "Gonçalves", "Araújo", "Bolaños", "Ríos", "Montaña", "Quiñónez", "Sotelo", "Irala",
)
ROLES = _nfc(
    "Foreign Minister", "Defense Minister", "Interior Minister", "Senator", "President", "Vice President",
    "Secretary of State", "lawmaker", "ambassador", "Attorney General", "Finance Minister", "mayor",
    "opposition leader", "Health Minister", "Trade Minister", "Supreme Court Justice", "governor",
)
COUNTRIES = _nfc(
    "Paraguay", "Brazil", "Argentina", "Uruguay", "Bolivia", "Peru", "Chile", "Colombia", "Ecuador", "Mexico",
    "Panama", "Costa Rica", "Spain", "Portugal", "the United States", "Canada", "France", "Germany",
)
CITIES = _nfc(
    "ASUNCIÓN, Paraguay", "BOGOTÁ, Colombia", "SÃO PAULO", "BRASÍLIA, Brazil", "MONTEVIDEO, Uruguay", "LIMA, Peru",
    "QUITO, Ecuador", "MEXICO CITY", "SAN JOSÉ, Costa Rica", "WASHINGTON", "MADRID", "LA PAZ, Bolivia",
    "ENCARNACIÓN, Paraguay", "CIUDAD DEL ESTE, Paraguay", "BUENOS AIRES, Argentina", "SANTIAGO, Chile",
)
OUTLETS = ("AP", "AP", "AP", "Reuters", "AFP", "EFE")
ORGS = _nfc(
    "the Chamber of Deputies", "the Senate", "the Foreign Ministry", "the Defense Ministry", "the Supreme Court",
    "the Central Bank", "the State Department", "the Electoral Tribunal", "the Attorney General’s Office",
    "the Inter-American Development Bank", "the Ministry of Public Health", "the Navy", "the National Police",
)

# topic -> (objects, nouns, title templates)
TOPICS: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "defense": (
        ("defense agreement", "Status of Forces Agreement", "security pact", "training accord"),
        ("security", "stability", "sovereignty", "transnational crime", "drug trafficking", "cooperation",
         "intelligence sharing", "border control", "military presence", "humanitarian assistance"),
        ("{c1} and {c2} Sign {Obj} to Combat Crime", "Lawmakers in {c1} Approve {Obj} After Heated Debate",
         "{s} Defends {Obj} as Critics Raise Sovereignty Concerns"),
    ),
    "trade": (
        ("trade deal", "tariff agreement", "free trade accord", "customs protocol"),
        ("exports", "tariffs", "soybean prices", "jobs", "investment", "competitiveness", "small farmers",
         "market access", "supply chains", "the exchange rate"),
        ("{c1} Strikes {Obj} With {c2} as Exports Slump", "Farmers Wary as {c1} Ratifies {Obj}",
         "{s} Says {Obj} Will Bring Jobs"),
    ),
    "election": (
        ("electoral reform", "voting law", "runoff schedule", "campaign finance bill"),
        ("turnout", "transparency", "the electoral roll", "observers", "fraud allegations", "the runoff",
         "young voters", "coalition talks", "campaign spending", "democracy"),
        ("{c1} Heads to the Polls Amid Debate Over {Obj}", "{s} Claims Victory as Count Continues in {c1}",
         "Observers Question {Obj} in {c1}"),
    ),
    "floods": (
        ("emergency decree", "reconstruction plan", "relief package", "evacuation order"),
        ("the river level", "displaced families", "drinking water", "reconstruction", "emergency funds",
         "shelters", "dengue cases", "road repairs", "crop losses", "the rainy season"),
        ("Floods Displace Thousands in {c1} as {Obj} Takes Effect", "{s} Visits Flooded Towns, Promises {Obj}",
         "{c1} Seeks Aid From {c2} After Record Rains"),
    ),
    "energy": (
        ("hydropower treaty", "energy tariff", "dam concession", "electricity accord"),
        ("the Itaipú dam", "electricity prices", "renewable energy", "data centers", "the annex", "royalties",
         "transmission lines", "energy sovereignty", "surplus power", "industrial demand"),
        ("{c1} and {c2} Renegotiate {Obj}", "{s} Says {Obj} Must Benefit Both Nations",
         "Talks on {Obj} Stall as Deadline Nears"),
    ),
}

QUOTE_TEMPLATES = _nfc(
    "This {obj} opens new doors for our collective efforts to advance {n1} and {n2} in our hemisphere",
    "We need strong partners in the region that understand that {n1} is the biggest threat we face",
    "Nobody in {c1} should have to choose between {n1} and {n2}",
    "The {obj} will strengthen our relation not only on {n1} but also on {n2}",
    "We will not accept any {obj} that undermines our {n1}",
    "It is too early to say whether the {obj} will survive the vote, but {n1} is on everyone’s mind",
    "Our people deserve answers about {n1}, and they deserve them now",
    "I have spoken with my counterpart in {c2} and we agree that {n1} comes first",
    "There is no plan B; the {obj} is the only way to protect {n1}",
    "We are talking about {n1}, about {n2}, about the future of our children",
    "The numbers speak for themselves: {n1} has improved since the {obj} was approved",
    "Critics say the {obj} goes too far, but they have offered no alternative on {n2}",
    "What we saw this week was a failure of {n1}, plain and simple",
    "I want to be very clear: {c1} will honor every commitment it made on {n1}",
    "If we do nothing about {n1}, the cost will be paid by the poorest families",
)
CLOSERS = _nfc(
    "We expect results before the end of the year",
    "That is what the people asked for",
    "History will judge us on this",
    "The door remains open to dialogue",
    "We will keep working with our partners",
    "Nothing has been decided yet",
)
FILLERS = _nfc(
    "The {obj} has been debated for months, and opposition lawmakers have repeatedly questioned its scope.",
    "Analysts say the outcome could shape relations between {c1} and {c2} for years to come.",
    "The government has not published the full text of the {obj}, a point critics have seized on.",
    "Protesters gathered outside the building, some holding signs about {n1} and {n2}.",
    "The debate over {n1} has divided the ruling coalition, according to people familiar with the talks.",
    "Officials in {c2} did not immediately respond to a request for comment.",
    "Figures released by the statistics office show that concerns about {n1} have grown steadily.",
)
