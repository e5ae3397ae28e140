"""Word lists of the rule extractor: roles and titles, organisation cues, speech verbs, function words."""

from __future__ import annotations

from sofa_desktop.extract.core.folding import fold

# folded role phrase -> role as stored. Abbreviations expand; honorifics map to "" (not a role).
_ROLE_LIST = (
    "President", "Vice President", "President-elect", "Prime Minister", "Secretary of State", "Secretary of Defense",
    "Secretary of War", "Secretary of the Treasury", "Treasury Secretary", "Defense Secretary",
    "Homeland Security Secretary",
    "Attorney General", "Solicitor General", "Secretary General", "Secretary-General", "Deputy Secretary of State",
    "Energy Minister", "Secretary", "Foreign Minister", "Defense Minister", "Defence Minister", "Interior Minister",
    "Finance Minister", "Economy Minister", "Health Minister", "Justice Minister", "Security Minister",
    "Trade Minister",
    "Minister", "Deputy Minister", "Vice Minister", "Chancellor", "Senator", "Representative", "Congressman",
    "Congresswoman", "Congressmember", "Lawmaker", "Legislator", "Deputy", "Spokesperson", "Spokesman", "Spokeswoman",
    "Ambassador", "Governor", "Mayor", "General", "Admiral", "Colonel", "Commander", "Judge", "Justice",
    "Chief Justice",
    "Prosecutor", "Attorney", "Director", "Chairman", "Chairwoman", "Chair", "Leader", "Opposition Leader",
    "Majority Leader", "Minority Leader", "Speaker", "House Speaker", "Press Secretary", "White House Press Secretary",
    "Envoy", "Special Envoy", "Adviser", "Advisor", "National Security Adviser", "Analyst", "Professor", "Economist",
    "Researcher", "Activist", "Lawyer", "Diplomat", "Official", "Candidate", "Pope", "King", "Queen", "Prince",
    "CEO", "Managing Director", "Deputy Director", "General Manager", "Chief Executive", "Chief Economist",
    "Executive Director", "Secretary-General", "Secretary General", "Ombudsman", "Comptroller", "Councilman",
    "Councilwoman", "Administrator", "Manager", "Superintendent", "Inspector General", "Auditor", "Police Chief",
    "Army Chief", "Commander in Chief", "Head", "Founder", "Coordinator",
    # law enforcement, courts, local government, churches, royalty, business and sport
    "Sheriff", "Deputy Sheriff", "Officer", "Police Officer", "Detective", "Sergeant", "Lieutenant", "Captain",
    "Corporal", "Trooper", "Fire Chief", "Marshal", "Inspector", "Warden", "Coroner", "District Judge",
    "Federal Judge", "Circuit Judge", "Magistrate", "Magistrate Judge", "District Attorney", "Public Defender",
    "Commissioner", "Councilor", "Councillor", "Council Member", "Alderman", "Assemblyman", "Assemblywoman",
    "Delegate", "State Senator", "State Representative", "Chief of Staff", "Treasurer", "Clerk", "Whip",
    "Majority Whip", "Minority Whip", "Senate Majority Leader", "Senate Minority Leader", "House Majority Leader",
    "House Minority Leader", "Premier", "Crown Prince", "Princess", "Emperor", "Empress", "Sultan", "Emir", "Sheikh",
    "Archbishop", "Bishop", "Cardinal", "Rabbi", "Imam", "Reverend", "Billionaire", "Businessman", "Businesswoman",
    "Coach", "Head Coach", "Astronaut", "Chief Financial Officer", "Chief Operating Officer",
    "Chief Executive Officer", "CFO", "COO", "Dean", "Provost", "Chief Scientist", "Chief Medical Officer",
    # Commonwealth offices
    "Lord Mayor", "Deputy Mayor", "MP", "Member of Parliament", "Chief Minister", "Union Minister",
    "Minister of State", "Public Relations Officer", "Police Public Relations Officer", "Assistant Justice",
    "Federal Minister", "Provincial Minister", "State Minister", "Junior Minister", "Cabinet Minister",
    "Cabinet Secretary", "Principal Secretary", "Inspector-General", "Shadow Minister", "Shadow Secretary",
    "Taoiseach", "Tánaiste", "First Minister",
)
_ABBREV_ROLES = {
    "sen.": "Senator", "rep.": "Representative", "gov.": "Governor", "gen.": "General", "adm.": "Admiral",
    "col.": "Colonel", "lt.": "Lieutenant", "sgt.": "Sergeant", "capt.": "Captain", "maj.": "Major",
    "prof.": "Professor", "pres.": "President", "sec.": "Secretary", "amb.": "Ambassador", "gral.": "General",
    "det.": "Detective", "cpl.": "Corporal", "supt.": "Superintendent", "insp.": "Inspector", "rev.": "Reverend",
    "atty.": "Attorney", "cmdr.": "Commander", "lt. gov.": "Lieutenant Governor", "sen": "Senator",
}
_LOWER_ROLES = {fold(r) for r in (
    "Lawmaker", "Legislator", "Deputy", "Spokesperson", "Spokesman", "Spokeswoman", "Analyst", "Professor", "Economist",
    "Researcher", "Activist", "Lawyer", "Diplomat", "Official", "Candidate", "Adviser", "Advisor", "Congressman",
    "Congresswoman", "Foreign Minister", "Defense Minister", "Interior Minister", "Finance Minister",
    "Economy Minister",
    "Health Minister", "Justice Minister", "Security Minister", "Trade Minister", "Leader", "Opposition Leader", "Head",
    "Founder", "Coordinator", "Administrator", "Manager", "Superintendent", "Director", "Managing Director",
    "Deputy Director", "Chief Economist",
    "Executive Director", "Chairman", "Chairwoman", "Chair", "Prosecutor",
    "Attorney", "Lawyer", "Envoy", "Ambassador", "Minister", "Deputy Minister", "Vice Minister", "Senator",
    "Commander", "Judge", "Mayor", "Governor", "Sheriff", "Deputy Sheriff", "Officer", "Police Officer", "Detective",
    "Commissioner", "Coach", "Head Coach", "Astronaut", "Businessman", "Businesswoman", "Billionaire", "Councilor",
    "Councillor", "Council Member", "District Judge", "Federal Judge", "Circuit Judge", "District Attorney",
    "Deputy Mayor", "Chief Minister", "Union Minister", "Minister of State", "Public Relations Officer",
    "Police Public Relations Officer", "Federal Minister", "Provincial Minister", "State Minister", "Junior Minister",
    "Cabinet Minister", "Cabinet Secretary", "Principal Secretary", "Shadow Minister", "Shadow Secretary",
)}
_DOMAINS = ("Economy", "Finance", "Foreign", "Interior", "Defense", "Defence", "Health", "Education", "Labor", "Labour",
            "Trade", "Treasury", "Security", "Public Security", "Homeland Security", "Justice", "Energy", "Agriculture",
            "Environment", "Transport", "Culture", "Tourism", "Commerce", "Housing", "Industry", "Mining",
            "Communications",
            "Government", "Women", "Social Development", "Planning", "Public Works", "Infrastructure",
            "Foreign Affairs",
            "Foreign Relations", "Hacienda", "Oil", "Hydrocarbons", "Mines", "Energy and Mines", "Migration",
            "Citizen Security", "Foreign Trade", "Economy and Finance", "Information")
_SECONDARY = ("Undersecretary", "Under Secretary", "Assistant Secretary", "Deputy Secretary", "Deputy Minister",
              "Vice Minister")
_ROLE_LIST = _ROLE_LIST + _SECONDARY + tuple(f"{d} {h}" for d in _DOMAINS for h in _SECONDARY) + tuple(
    f"{d} {h}" for d in _DOMAINS for h in ("Minister", "Secretary")) + tuple(
    f"{h} of {d}" for d in _DOMAINS for h in ("Minister", "Secretary"))
_LOWER_ROLES |= {fold(f"{d} minister") for d in _DOMAINS}
ROLES: dict[str, str] = {}
for _r in _ROLE_LIST:
    ROLES[fold(_r)] = _r.lower() if fold(_r) in _LOWER_ROLES else _r
ROLES.update({k: v for k, v in _ABBREV_ROLES.items()})
ROLES.update({"head of state": "President", "head of government": "Prime Minister"})
for _d in _DOMAINS:  # "Minister of Foreign Affairs" is the foreign minister: one spelling per role
    _short = "foreign" if _d.startswith("Foreign") else _d.lower()
    ROLES[fold(f"Minister of {_d}")] = ROLES[fold(f"{_d} minister")] = f"{_short} minister"
HONORIFICS = frozenset({"mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "sr.", "sra.", "don", "dona", "doña",
                        "hon", "hon.", "honourable", "honorable", "rt.", "rt", "sir", "dame", "mx.", "the hon.",
                        "cr", "cr.", "cllr", "cllr."})  # "Cr Ana Ruiz": any councillor, the mayor included
# party and political-family adjectives written before a title ("Democratic Sen. X", "Labour MP Y"): no name
PARTY_ADJECTIVES = frozenset({"democratic", "republican", "labour", "labor", "conservative", "liberal", "green",
                              "tory", "socialist", "communist", "centrist", "progressive", "peronist", "gop"})
ROLE_MODIFIERS = frozenset({"former", "acting", "then", "interim", "deputy", "chief", "top", "senior", "independent",
                            "lead", "opposition", "ruling-party", "outgoing", "incoming", "current", "late"})
MAX_ROLE_TOKENS = 5
# party and movement labels: affiliations that describe a person ("a Florida Democrat"), never a person's name
PARTY_LABELS = frozenset(fold(w) for w in (
    "Democrat", "Republican", "Peronist", "Kirchnerist", "Kirchnerite", "Socialist", "Communist", "Conservative",
    "Liberal", "Libertarian", "Chavista", "Sandinista", "Bolsonarista", "Petista", "Uribista", "Correista",
    "Fujimorista", "Tory", "Centrist", "Progressive", "Populist", "Nationalist", "Trotskyist", "Maoist",
))

# parties and movements named by one word that is no label of their members ("Labour said", "Hamas said")
PARTY_NAMES = frozenset(fold(w) for w in (
    "Labour", "Likud", "Fidesz", "Morena", "Syriza", "Podemos", "Hamas", "Hezbollah", "Fatah", "Taliban",
))

# organisation cues: institution (state bodies) vs organization (everything else)
INSTITUTION_CUES = frozenset(fold(w) for w in (
    "Ministry", "Department", "Chamber", "Senate", "Congress", "Parliament", "Assembly", "Court", "Tribunal", "Police",
    "Army", "Navy", "Military", "Government", "Administration", "Agency", "Commission", "Council", "Office", "Embassy",
    "Cabinet", "Presidency", "Bureau", "Guard", "Command", "Legislature", "Pentagon", "Kremlin", "Secretariat",
    "Prosecutor's", "Judiciary", "Forces", "House", "Corps", "Directorate", "Superintendency", "Authority", "Customs",
    "Marines", "Republic", "Operations",
))
ORGANIZATION_CUES = frozenset(fold(w) for w in (
    "Clinic",
    "Party", "Union", "Association", "Group", "Organization", "Organisation", "Foundation", "Institute", "Institution",
    "Center",
    "Centre", "Coalition", "Front", "Movement", "Network", "Watch", "Service", "Bank", "Company", "Corp", "Corp.",
    "Corporation", "Inc", "Inc.", "Ltd", "Federation", "Confederation", "Alliance", "Committee", "Society", "Club",
    "Fund", "University", "Church", "Cartel", "Gang", "Clan", "International", "Press", "Times", "Post", "News",
    "Council", "Board", "Chamber of Commerce", "Observatory", "Caucus", "Collective", "Syndicate", "Bloc",
    "Magazine", "Journal", "Gazette", "Herald", "Tribune", "Chronicle", "Letters", "Radio", "Television", "TV",
    "Broadcasting", "Media", "Telegraph", "Inquirer", "Courier", "Sentinel", "Dispatch", "Stores", "Holdings",
    "LLC", "Co.", "PLC", "Partners", "Airlines", "Airways", "Motors", "Technologies", "Systems", "Labs",
    "Laboratories", "Pharmaceuticals", "Bancorp", "Entertainment", "Studios", "Reuters", "League", "&",
    # company words that are no one's surname: "Palo Alto Networks", "New York Life Insurance"
    "Trust", "Consortium", "Cooperative", "Grocery", "Pharmacy", "Supermarket", "Bakery",
    "Insurance", "Networks", "Energy", "Securities", "Investments", "Brands", "Foods", "Industries", "Software",
    "Semiconductor", "Therapeutics", "Biosciences", "Financial", "Solutions", "Logistics", "Properties", "Realty",
    "Petroleum", "Mining", "Chemicals", "Electric", "Telecom", "Communications", "Wireless", "Robotics",
    "Aerospace", "Ventures", "Healthcare", "Clinic", "Resources", "Materials", "Capital",
    # clubs: "Manchester United", "West Bromwich Albion", "Tottenham Hotspur"
    "United", "Albion", "Hotspur", "Rovers", "Wanderers", "Athletic", "FC", "F.C.", "Rangers",
))
KNOWN_ORGS: dict[str, str] = {  # folded acronym or single word -> kind
    "nato": "organization", "oas": "organization", "un": "organization", "united nations": "organization",
    "eu": "organization", "european union": "organization", "imf": "organization", "mercosur": "organization",
    "celac": "organization", "idb": "organization", "opec": "organization", "farc": "organization",
    "eln": "organization",
    "amnesty international": "organization", "fbi": "institution", "cia": "institution", "dea": "institution",
    "ice": "institution", "dhs": "institution", "doj": "institution", "pentagon": "institution",
    "kremlin": "institution", "congress": "institution", "senate": "institution", "parliament": "institution",
    "white house": "institution", "state department": "institution", "southcom": "institution",
    "police": "institution", "army": "institution", "navy": "institution", "military": "institution",
    "reuters": "organization", "ap": "organization", "afp": "organization", "efe": "organization",
    "bloomberg": "organization", "associated press": "organization", "the associated press": "organization",
    "bbc": "organization", "cnn": "organization", "nbc": "organization", "cbs": "organization", "npr": "organization",
    "pbs": "organization", "msnbc": "organization", "cnbc": "organization", "espn": "organization",
    "upi": "organization", "dpa": "organization", "xinhua": "organization", "tass": "organization",
    "house": "institution", "supreme court": "institution", "nasa": "institution", "nba": "organization",
    "nfl": "organization", "mlb": "organization", "nhl": "organization", "fifa": "organization",
    "uefa": "organization", "ioc": "organization", "who": "organization", "cdc": "institution", "fda": "institution",
    "epa": "institution", "sec": "institution", "ftc": "institution", "fcc": "institution", "nih": "institution",
    "noaa": "institution", "esa": "organization", "irs": "institution", "atf": "institution", "tsa": "institution",
    "fema": "institution", "usda": "institution", "nsa": "institution", "unesco": "organization",
    "unicef": "organization", "wto": "organization", "oecd": "organization", "asean": "organization",
    "ecb": "institution", "aclu": "organization", "naacp": "organization", "interpol": "organization",
    "europol": "organization", "ecowas": "organization", "african union": "organization",
    "fed": "institution", "federal reserve": "institution",
}
# capitalised words that make a phrase a thing rather than an actor
# an institution word that, after these, names a building or site: "Charles B. Webster Detention Center"
FACILITY_HEADS = frozenset({
    "detention center", "detention centre", "detention facility", "correctional facility", "correctional center",
    "correctional institution", "juvenile center", "justice center", "convention center", "convention centre",
    "community center", "community centre", "shopping center", "shopping centre", "events center", "civic center",
    "processing center", "holding facility", "treatment facility", "storage facility",
})
NON_ACTOR_HEADS = frozenset(fold(w) for w in (
    # what is won ("Premier League Champions"), street abbreviations of an address ("705 Main St."), works
    "Champions", "Trophy", "St.", "Ave.", "Rd.", "Blvd.", "Plant", "Factory", "Refinery", "Mine", "Mill",
    "Warehouse", "Shipyard",
    "Agreement", "Treaty", "Accord", "Act", "Law", "Bill", "Strategy", "Plan", "Program", "Programme", "Initiative",
    "Area", "Region", "Coast", "Valley", "Street", "Avenue", "Square", "Palace", "Airport", "Base", "River", "Lake",
    "Island", "Islands",
    "Province", "City", "County", "Sea", "Ocean", "Canal", "Gulf", "Bay", "War", "Day", "Week", "Summit", "Cup",
    "Games",
    "Award", "Prize", "Road", "Bridge", "Park", "Station", "Highway", "Border", "Amendment", "Constitution", "Code",
    "Doctrine", "Declaration", "Convention", "Protocol", "Memorandum", "Framework", "Conference", "Forum", "Report",
    "Index", "Olympics", "Revolution", "Era", "Year", "Month", "Status", "Decree", "Resolution", "Order", "Policy",
    "Operation", "Exercise", "Exercises", "Hemisphere", "Dollar", "Peso", "Guarani", "Guaraní", "Covid", "COVID-19",
    "Internet", "God", "Christmas", "Easter", "Tuesday", "Monday", "Wednesday", "Thursday", "Friday", "Saturday",
    "Sunday",
    # streets, buildings, landmarks, instruments
    "Drive", "Boulevard", "Blvd", "Parkway", "Trail", "Circle", "Terrace", "Garden", "Gardens", "Subdivision",
    "Jail", "Prison", "Penitentiary", "Hospital", "Mall", "Stadium", "Arena", "Building", "Tower", "Parish",
    "Township", "Telescope", "Satellite", "Spacecraft", "Rover", "Capitol", "Plaza", "Pier", "Harbor", "Harbour",
    "Spectrograph", "Array", "Galaxy", "Galaxies", "Nebula", "Basin", "Basins", "Roads",
    "Beach", "Mountain", "Mountains", "Creek", "Canyon", "Forest", "Desert", "Peninsula", "Strait", "Falls",
    "Hall", "Hill", "Lane", "Slam", "Bowl", "Derby", "Marathon", "Prix",
    "Title", "Game", "Season", "Quarter", "Playoffs", "Finals", "Championship", "Open", "Series", "Tournament",
    # plants and addresses, relations and sectors: "Orion Assembly Plant", "Union St.", "Strategic Partnership"
    "Plant", "Factory", "Refinery", "Mill", "Mine", "Works", "St.", "Ave.", "Rd.", "Partnership", "Sector", "Bodies",
    "Motel", "Hotel", "Inn", "Restaurant", "Apartments",
    # sites: "Launch Complex 41", "Pad 39A"
    "Complex", "Pad", "Cathedral", "Basilica", "Chapel", "Mosque", "Synagogue",
    # charges as police reports capitalise them: "Criminal Trespass", "Simple Battery"
    "Trespass", "Battery", "Violence", "Assault", "Theft", "Burglary", "Robbery", "Homicide", "Manslaughter",
    "Larceny", "Vandalism", "Harassment", "Stalking", "Possession", "Mischief", "Obstruction", "Kidnapping",
    "Misconduct", "Negligence", "Endangerment", "Intoxication",
))
# heads that are surnames as often as places ("Linda Park", "Arsenio Hall"): a place after "the" or a locative,
# or after a place word ("City Hall", "Central Park"); a person's name when a title or a known name goes with it
AMBIGUOUS_HEADS = frozenset({"park", "hall", "hill", "lane", "street", "square"})
PLACE_MODIFIERS = frozenset({"city", "town", "village", "central", "memorial", "national", "state", "county", "union",
                             "liberty", "independence", "freedom", "federal", "main", "high", "market", "university",
                             "college", "church", "river", "lake", "north", "south", "east", "west", "old", "royal",
                             "capitol", "constitution", "government", "trafalgar", "tiananmen", "red", "times"})
# titles whose holder speaks for the country: "U.S. Ambassador X" makes the United States take part
STATE_ROLES = frozenset({"president", "president-elect", "vice president", "prime minister", "ambassador", "envoy",
                         "special envoy", "secretary of state", "foreign minister", "minister", "secretary",
                         "chancellor", "king", "queen", "trade representative", "defense secretary",
                         "treasury secretary"})
# capitalised function words dropped at the start of a capitalised run
STOP_CAPS = frozenset(fold(w) for w in (
    "The", "A", "An", "In", "On", "At", "But", "And", "Or", "As", "After", "Before", "Despite", "During", "While",
    "When",
    "If", "Some", "Many", "This", "That", "These", "Those", "Its", "His", "Her", "Their", "Our", "Your", "My", "We",
    "He",
    "She", "They", "It", "I", "You", "For", "With", "Without", "From", "Under", "Over", "Since", "Until", "Also",
    "Still", "Yet", "Meanwhile", "However", "Although", "Though", "According", "Earlier", "Later", "Last", "Next",
    "Most", "More", "Several", "Both", "Each", "All", "Any", "No", "Not", "Only", "Even", "Such", "Other", "Another",
    "Every", "Either", "Neither",
    "Then", "Now", "Here", "There", "Why", "What", "Who", "Whom", "How", "Where", "Which", "Whether", "By", "To",
    "Of", "Among", "Amid", "Against", "Because", "Once", "Signed", "Asked", "Speaking", "Critics", "Supporters",
    "Officials", "Lawmakers", "Members", "Some", "Dear", "Mr", "Mrs", "Ms", "Dr", "Like", "Unlike", "Following",
    "Through", "Throughout", "Between", "Into", "About", "Around", "Upon", "Within", "Via", "Per", "Just", "So",
    "Thus", "Instead", "Indeed", "Already", "Today", "Yesterday", "Tomorrow", "Tonight", "Former", "New", "Local",
    "Independent", "Acting", "Top", "Senior", "Ex", "Indigenous",
    "January", "February", "March", "April", "June", "July", "August", "September", "October", "November",
    "December", "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    # auxiliaries and plural common nouns that open sentences ("Can BlackBerry ...", "Shares of X")
    "Can", "Could", "Would", "Should", "Did", "Does", "Do", "Is", "Are", "Was", "Were", "Has", "Have", "Had",
    "Hopefully", "Shares", "Analysts", "Authorities", "Investigators", "Residents", "Witnesses", "Prosecutors",
    "Astronomers", "Scientists", "Researchers", "Voters",
    "Thousands", "Hundreds", "Dozens", "Everyone", "Nobody", "Someone",
))
NAME_CONNECTORS = frozenset({"de", "del", "da", "das", "do", "dos", "y", "e", "van", "von", "der", "la", "el", "los",
                             "las", "di", "du", "bin", "al", "ibn", "bint", "ben", "abu"})

_SPEECH = (
    "say", "says", "said", "saying", "state", "states", "stated", "stating", "tell", "tells", "told", "telling",
    "add", "adds", "added", "adding", "note", "notes", "noted", "noting", "argue", "argues", "argued", "arguing",
    "warn", "warns", "warned", "warning", "remark", "remarks", "remarked", "explain", "explains", "explained",
    "explaining", "insist", "insists", "insisted", "insisting", "claim", "claims", "claimed", "claiming", "declare",
    "declares", "declared", "declaring", "assert", "asserts", "asserted", "affirm", "affirms", "affirmed", "emphasize",
    "emphasizes", "emphasized", "emphasising", "emphasised", "emphasizing", "stress", "stresses", "stressed",
    "stressing", "comment", "comments", "commented", "reply", "replies", "replied", "respond", "responds", "responded",
    "answer", "answered", "acknowledge", "acknowledged", "acknowledges", "admit", "admits", "admitted", "write",
    "writes",
    "wrote", "tweet", "tweeted", "post", "posted", "announce", "announced", "announces", "continue", "continued",
    "conclude", "concluded", "recall", "recalled", "recalls", "observe", "observed", "suggest", "suggested", "suggests",
    "ask", "asked", "asks", "clarify", "clarified", "clarifies", "reiterate", "reiterated", "reiterates", "highlight",
    "highlighted", "call", "calls", "called", "calling", "describe", "describes", "described", "describing", "label",
    "labeled", "labelled", "term", "termed", "dub", "dubbed", "brand", "branded", "praise", "praised", "praising",
    "denounce", "denounced", "denouncing", "criticize", "criticized", "criticised", "accuse", "accused", "urge",
    "urged", "urging", "vow", "vowed", "promise", "promised", "pledge", "pledged", "predict", "predicted", "maintain",
    "maintained", "maintains", "contend", "contended", "complain", "complained", "lament", "lamented", "shout",
    "shouted", "quip", "quipped", "wonder", "wondered", "testify", "testified", "counter", "countered", "caution",
    "cautioned", "cautions", "reply", "agree", "agreed", "agrees", "deny", "denied", "denies", "confirm", "confirmed",
    "confirms", "assure", "assured", "reported", "reports", "describing", "characterized", "calling", "according",
    "writing", "posting", "telling", "mocking", "mocked", "joked", "joke", "boasted", "conceded", "concedes",
    "believe", "believes", "believed", "think", "thinks", "thought", "hope", "hopes", "hoped",
    "detail", "details", "detailed", "point out", "points out", "pointed out", "pointed", "underlined", "underscored",
    "mentioned", "revealed", "specified", "indicated", "summarized", "summed up",
)
SPEECH_VERBS = frozenset(_SPEECH)
# lower-case words after a name that show it is no modifier of a noun ("the U.S. is", "U.S. and China")
FUNCTION_WORDS = frozenset({
    "is", "was", "are", "were", "has", "had", "have", "will", "would", "could", "can", "may", "might", "must",
    "should", "shall", "did", "does", "do", "and", "or", "but", "to", "in", "on", "at", "for", "of", "with", "by",
    "from", "as", "than", "that", "which", "who", "if", "also", "still", "not", "never", "already", "then", "now",
    "into", "over", "after", "before", "since", "until", "about", "against", "between", "under", "during",
})
# verbs that introduce a statement right before a quote or after it, and do not need "that"
STATEMENT_NOUNS = frozenset({"statement", "communique", "communiqué", "release", "post", "letter", "message",
                             "interview", "speech", "address", "tweet", "video", "report", "resolution"})
PERSON_PRONOUNS = frozenset({"he", "she"})
ORG_PRONOUNS = frozenset({"it"})
ORG_DESCRIPTIONS = frozenset({"group", "organization", "organisation", "ministry", "department", "agency", "party",
                              "court", "chamber", "government", "administration", "office", "company", "union",
                              "association", "coalition", "movement", "network", "embassy", "commission", "council",
                              "institute", "foundation", "senate", "congress", "committee", "alliance", "bloc",
                              "statement", "communique", "communiqué", "post", "release", "tweet", "bank", "tribunal",
                              "confederation", "federation", "bureau", "authority", "board", "service", "firm",
                              "ombudsman"})


def role_of(phrase: str) -> str | None:
    """Stored role for a folded role phrase ("foreign minister" -> "foreign minister"), else None."""
    return ROLES.get(phrase)
