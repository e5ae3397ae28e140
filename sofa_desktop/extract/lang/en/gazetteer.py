"""Gazetteer for the rule extractor: countries with aliases and demonyms, regions and places that are not actors."""

from __future__ import annotations

import functools

from sofa_desktop.extract.core.folding import fold
from sofa_desktop.extract.core.places import multiword_places, provinces

# canonical name: (aliases, demonyms)
_COUNTRIES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "United States": (("U.S.", "US", "USA", "U.S.A.", "America", "United States of America"),
                      ("American", "U.S.", "US")),
    "Paraguay": ((), ("Paraguayan",)),
    "Argentina": ((), ("Argentine", "Argentinian")),
    "Brazil": ((), ("Brazilian",)),
    "Bolivia": ((), ("Bolivian",)),
    "Chile": ((), ("Chilean",)),
    "Colombia": ((), ("Colombian",)),
    "Ecuador": ((), ("Ecuadorian", "Ecuadorean")),
    "Peru": (("Perú",), ("Peruvian",)),
    "Uruguay": ((), ("Uruguayan",)),
    "Venezuela": ((), ("Venezuelan",)),
    "Mexico": (("México",), ("Mexican",)),
    "Guatemala": ((), ("Guatemalan",)),
    "Honduras": ((), ("Honduran",)),
    "El Salvador": ((), ("Salvadoran", "Salvadorean")),
    "Nicaragua": ((), ("Nicaraguan",)),
    "Costa Rica": ((), ("Costa Rican",)),
    "Panama": (("Panamá",), ("Panamanian",)),
    "Cuba": ((), ("Cuban",)),
    "Dominican Republic": ((), ("Dominican",)),
    "Haiti": ((), ("Haitian",)),
    "Jamaica": ((), ("Jamaican",)),
    "Puerto Rico": ((), ("Puerto Rican",)),
    "Guyana": ((), ("Guyanese",)),
    "Suriname": ((), ("Surinamese",)),
    "Trinidad and Tobago": ((), ("Trinidadian",)),
    "Canada": ((), ("Canadian",)),
    "Spain": ((), ("Spanish",)),
    "Portugal": ((), ("Portuguese",)),
    "France": ((), ("French",)),
    "Germany": ((), ("German",)),
    "Italy": ((), ("Italian",)),
    "United Kingdom": (("U.K.", "UK", "Britain", "Great Britain"), ("British",)),
    "Netherlands": ((), ("Dutch",)),
    "Russia": ((), ("Russian",)),
    "Ukraine": ((), ("Ukrainian",)),
    "China": ((), ("Chinese",)),
    "Taiwan": ((), ("Taiwanese",)),
    "Japan": ((), ("Japanese",)),
    "South Korea": ((), ("South Korean",)),
    "North Korea": ((), ("North Korean",)),
    "India": ((), ("Indian",)),
    "Iran": ((), ("Iranian",)),
    "Israel": ((), ("Israeli",)),
    "Turkey": (("Türkiye",), ("Turkish",)),
    "Saudi Arabia": ((), ("Saudi",)),
    "Egypt": ((), ("Egyptian",)),
    "South Africa": ((), ("South African",)),
    "Australia": ((), ("Australian",)),
}

# metonyms count as the country only when they act (not after "in", "to", "from" ...)
METONYMS: dict[str, str] = {
    "washington": "United States", "brasilia": "Brazil", "beijing": "China",
    "moscow": "Russia", "havana": "Cuba", "caracas": "Venezuela", "asuncion": "Paraguay", "bogota": "Colombia",
}

REGIONS = frozenset(fold(r) for r in (
    "Latin America", "South America", "Central America", "North America", "the Americas", "Americas", "Caribbean",
    "Europe", "Asia", "Africa", "Middle East", "Southern Cone", "Andes", "Amazon", "Chaco", "Gran Chaco",
    "Western Hemisphere", "Triple Frontier", "Tri-Border Area", "Balkans", "Western Balkans", "Sahel", "Scandinavia",
    "Southeast Asia", "East Asia", "Central Asia", "South Asia", "Pacific", "Atlantic", "Mediterranean", "Arctic",
    "Antarctica", "Gulf Coast", "West Coast", "East Coast", "Midwest", "Silicon Valley", "Wall Street",
))

PLACES = frozenset(fold(p) for p in (
    "Asuncion", "Asunción", "Buenos Aires", "Montevideo", "Santiago", "Lima", "Quito", "Bogota", "Bogotá", "Caracas",
    "La Paz", "Sucre", "Brasilia", "Brasília", "Rio de Janeiro", "Sao Paulo", "São Paulo", "Mexico City", "Havana",
    "Managua", "Tegucigalpa", "San Salvador", "Guatemala City", "San Jose", "San José", "Panama City", "Santo Domingo",
    "Port-au-Prince", "Kingston", "Miami", "New York", "Los Angeles", "San Francisco", "Chicago", "Houston", "Texas",
    "Florida", "California", "Arizona", "New Mexico", "New Jersey", "North Carolina", "South Carolina", "Georgia",
    "Virginia", "West Virginia", "Ohio", "Pennsylvania", "Michigan", "Nevada", "Geneva", "Brussels", "London", "Paris",
    "Madrid", "Rome", "Berlin", "Moscow", "Beijing", "Tokyo", "Ciudad del Este", "Encarnacion", "Encarnación",
    "Medellin", "Medellín", "Cali", "Guayaquil", "Cordoba", "Córdoba", "Rosario", "Monterrey", "Guadalajara",
    "Tijuana", "Cancun", "El Paso", "San Diego", "Washington", "Pedro Juan Caballero", "Santa Cruz", "Valparaiso",
    "Cochabamba", "Maracaibo", "Cartagena", "Recife", "Porto Alegre", "Manaus", "Alto Parana", "Alto Paraná",
    "Concepcion", "Concepción", "Chapultepec", "Capitol Hill", "Mar-a-Lago", "Oval Office", "Davos", "Air Force One",
))

US_STATES = frozenset(fold(s) for s in (
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
    "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland",
    "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada",
    "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma",
    "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah",
    "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming",
))
PLACE_HEADS = frozenset(fold(w) for w in ("San", "Santa", "Santo", "São", "Sao", "Ciudad", "Puerto", "Port", "Fort",
                                          "Mount", "Lake", "Cape", "Saint", "Isla", "Rio", "Río"))

_ALIAS: dict[str, str] = {}
_DEMONYM: dict[str, str] = {}
for _name, (_aliases, _demonyms) in _COUNTRIES.items():
    for _a in (_name, *_aliases):
        _ALIAS[fold(_a)] = _name
    for _d in _demonyms:
        _DEMONYM[_d.casefold()] = _name



def _package_countries() -> dict[str, str]:
    """Folded names of every other country and territory in pycountry -> canonical name. The countries above keep
    their canonical name under pycountry's other names ("Russian Federation" -> "Russia"); names that are also a US
    state or a common given name ("Georgia", "Jordan", "Chad") and regions are left out: they are no safe cue."""
    try:
        import pycountry
    except ImportError:
        return {}
    known = {}
    for name in _COUNTRIES:
        try:
            known[pycountry.countries.lookup(name).alpha_2] = name
        except LookupError:  # "Russia": pycountry says "Russian Federation"
            first = next((c for c in pycountry.countries if fold(c.name).startswith(fold(name))), None)
            if first is not None:
                known[first.alpha_2] = name
    out = {}
    for c in pycountry.countries:
        for raw in {getattr(c, "common_name", None) or c.name, c.name}:
            name = raw.split(", ")[0] if raw.endswith((", State of", ", Republic of")) else raw
            f = fold(name)
            if "," in name or "(" in name or f in US_STATES or f in REGIONS or f in _GIVEN_NAMES:
                continue
            out.setdefault(f, known.get(c.alpha_2, name))
    return out


_GIVEN_NAMES = frozenset({"jordan", "chad", "jersey"})
for _f, _name in _package_countries().items():
    _ALIAS.setdefault(_f, _name)
MAX_COUNTRY_TOKENS = 6  # "Saint Vincent and the Grenadines"
COUNTRY_NAMES = frozenset(_ALIAS.values())


def country_of(phrase: str) -> str | None:
    """Canonical country for a country name or alias ("U.S." -> "United States"), else None."""
    return _ALIAS.get(fold(phrase))


def demonym_country(word: str) -> str | None:
    """Canonical country for a demonym ("Paraguayan" -> "Paraguay"), else None: the listed demonyms, then the
    regular ones formed on a country name of pycountry ("Kenyan", "Ghanaian", "Sudanese", "Pakistani")."""
    key = word.casefold()  # accents count here: "Germán" is a name, "German" a demonym
    return _DEMONYM.get(key) or (_formed_demonym(key) if word[:1].isupper() else None)


def demonym_plural(word: str) -> str | None:
    """Canonical country for a plural demonym ("Kenyans", "Brazilians"), else None."""
    return demonym_country(word[:-1]) if word.endswith("s") and len(word) > 4 else None


# how a demonym is formed on a country's name: strip the ending, add the country's last letters back
_DEMONYM_ENDINGS = (("ian", ("", "y", "e", "a")), ("ean", ("",)), ("ese", ("", "on")), ("an", ("", "a")),
                    ("n", ("",)), ("i", ("", "ia")))


@functools.lru_cache(maxsize=4096)
def _formed_demonym(key: str) -> str | None:
    """The longest country name the word is formed on ("Nigerian": Nigeria, not Niger)."""
    stems = [fold(key[:-len(ending)] + back) for ending, restores in _DEMONYM_ENDINGS
             if key.endswith(ending) and len(key) > len(ending) + 2 for back in restores] + [fold(key + "s")]
    # (the last: a plural country name's singular, "Philippine")
    return next((_ALIAS[s] for s in sorted(stems, key=len, reverse=True) if s in _ALIAS), None)


def affiliation(phrase: str) -> str | None:
    """Country named by a country alias, a possessive ("Paraguay's") or a demonym, else None."""
    p = phrase
    if p.endswith(("'s", "’s")):
        p = p[:-2]
    return country_of(p) or demonym_country(p)


def adjective(country: str) -> str:
    """The adjective that qualifies an institution's name: "Mexican", "U.S." (the country name if none is known)."""
    if country == "United States":
        return "U.S."
    demonyms = _COUNTRIES.get(country, ((), ()))[1]
    return demonyms[0] if demonyms else country


def is_place(phrase: str, wide: bool = True) -> bool:
    """True for regions and places, which are not actors; ``wide`` also asks the reference packages (cities,
    counties, provinces of two words or more: "Bahía Blanca", "St. Tammany")."""
    f = fold(phrase)
    return f in PLACES or f in REGIONS or f in US_STATES or f.split(" ", 1)[0] in PLACE_HEADS or (
        wide and " " in f and f in multiword_places())


@functools.cache
def _region_names() -> frozenset[str]:
    """Folded names of the provinces, states and regions of every country (pycountry's subdivisions)."""
    try:
        import pycountry
    except ImportError:
        return frozenset()
    return frozenset(fold(sub.name) for sub in pycountry.subdivisions)


def region_name(word: str) -> bool:
    """True for the name of a province, state or region of some country ("Manitoba", "Punjab", "Scotland"); read
    from pycountry on first use (about a quarter of a second)."""
    return fold(word) in _region_names()


_PEOPLE_ENDINGS = (("ians", ""), ("ian", ""), ("ians", "a"), ("ian", "a"), ("ans", ""), ("an", ""), ("ns", ""),
                    ("n", ""), ("is", ""), ("i", ""))


def place_demonym(word: str) -> bool:
    """True for a word naming the people of a country by a regular ending ("Kenyan", "South Africans", "Peruvians")
    or, in the plural, of a province ("Ontarians"; "Victorian" may be a name): a description of people."""
    if demonym_country(word.removesuffix("s")) is not None:
        return True
    for ending, back in _PEOPLE_ENDINGS:
        stem = word[:-len(ending)] + back if word.endswith(ending) else ""
        if len(stem) >= 4 and (country_of(stem) is not None or word.endswith("s") and fold(stem) in provinces()):
            return True
    return False
