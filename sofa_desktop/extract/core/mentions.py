"""The language-neutral working types of one document's reading: a classified capitalised phrase (:class:`Cand`),
an actor while the document is read (:class:`Actor`), something that can speak or act (:class:`Ref`) and who said a
quotation (:class:`Attribution`). Every language's rules build and read these."""

from __future__ import annotations

from dataclasses import dataclass, field

PERSON, ORG, COUNTRY = "person", "org", "country"  # the kinds of a Ref


@dataclass(slots=True)
class Cand:
    """A capitalised phrase classified: ``kind`` is person/organization/institution/country/single/title."""

    start: int
    end: int
    surface: str
    kind: str
    role: str | None = None
    country: str | None = None  # affiliation, or the country itself for kind "country"
    stripped: str = ""  # organisation name without its country prefix
    alias: str = ""  # an acronym given in parentheses right after the name
    ctx: bool = False  # a person whose role may be written around the name
    desc: str = ""  # the head noun of a description that introduced it ("coalition")
    place: bool = False  # named as a place here ("sales in France"): an actor only if another mention acts


@dataclass
class Actor:
    """A mutable actor while one document is being read."""

    name: str
    kind: str
    role: str | None = None
    country: str | None = None
    variants: list[str] = field(default_factory=list)
    tokens: tuple[str, ...] = ()
    positions: list[int] = field(default_factory=list)
    descs: list[str] = field(default_factory=list)  # description heads it was introduced with ("coalition")

    def add(self, c: Cand) -> None:
        """Record one more mention ``c`` of this actor."""
        for v in (c.surface, c.alias):
            if v and v not in self.variants:
                self.variants.append(v)
        self.positions.append(c.start)
        if c.desc and c.desc not in self.descs:
            self.descs.append(c.desc)
        if c.role and (self.role is None or len(c.role) > len(self.role)):
            self.role = c.role
        if self.country is None and c.country and self.kind != "country":
            self.country = c.country


@dataclass(slots=True)
class Ref:
    """Something that can be a speaker: ``rtype`` is name/desc/pron; ``actor`` is None while unresolved."""

    start: int
    end: int
    rtype: str
    kind: str  # PERSON / ORG / COUNTRY
    actor: Actor | None
    word: str = ""
    country: str | None = None


@dataclass(frozen=True)
class Attribution:
    """Who said a quote and how we know."""

    speakers: tuple[Actor, ...]
    how: str
