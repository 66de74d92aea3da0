"""Offline analyst: the known category values a question names ("Paris", "women", "adopted").

A value said as written, as a plural, as another form of its word or as an everyday word for it ("women":
Female); a short value only right after its column's name. A value of several columns goes to the one named
beside it.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from .catalog import MEASURE_LABELS, NUMBERED_AREAS, ZIP_NAME, Catalog, Column, ValueMention, colon_heads, rows_noun
from .readings import edit_distance, name_pattern
from .words import (
    IRREGULAR,
    LANGUAGE_CODES,
    PLACE_COLUMNS,
    STOP,
    SYNONYM_OF,
    WEEKDAYS,
    WORD,
    abbreviates,
    compiled,
    root,
    same_word,
    shared_start,
    stem,
)

# money put into an account, said at the end of the question or before a total ("how much have i put in so far")
_PUT_IN = (
    r"(?:put|paid|pay|putting|paying)\s+in(?:to)?"
    r"(?=\s+(?:altogether|in\s+total|total|so\s+far|overall|my\s|our\s|the\s+(?:account|fund|roth|ira))|\s*[?.!,]|\s*$)"
)
_CALF_SEXES = {"b": r"bulls?|bull\s+calves", "h": r"heifers?|heifer\s+calves", "s": r"steers?"}
# Everyday words for the values of a sex or gender column: "women" are the rows coded Female (or F).
_VALUE_WORDS = {
    "female": r"females?|wom[ae]n|girls?|lad(?:y|ies)|gals?",
    "male": r"males?|m[ae]n|boys?|gentlem[ae]n|guys?|blokes?",
    # ages of people: a ticket, fare or patient class named Child is asked for as "kids"
    "child": r"child(?:ren)?|kids?",
    # a lock's or a river gauge's direction: boats going upstream are UP, downstream DOWN
    "up": r"up(?:stream|bound|river)?",
    "adult": r"adults?|grown[\s-]?ups?",
    # whether a character or a person lives: "dead" ones are Deceased, "alive" ones Living
    "deceased": r"dead|deceased|died",
    "living": r"alive|living",
    # an injury's worst outcome, as crash and casualty tables code it ("Killed", "Fatal"): people who died
    "killed": r"killed|died|dead|deaths?",
    "fatal": r"fatal(?:ities|ity|ly)?|killed|died|deaths?",
    "injured": r"injured|hurt",
    # a budget's Auto:Fuel, a car log's Fuel: what drivers call gas or petrol
    "fuel": r"fuel|gas(?:oline)?|petrol",
    # a show's Ribbon or a race's Place written as an ordinal: "first place", "won second"
    "1st": r"1st|first(?:\s+place)?",
    "2nd": r"2nd|second(?:\s+place)?",
    "3rd": r"3rd|third(?:\s+place)?",
    # a closure's or a delay's Reason: "because of rain"
    "rainfall": r"rainfall|rain(?:s|y)?|rainstorms?",
    "senior": r"seniors?|pensioners?|retirees?|the\s+elderly",
    # an appointment not kept: the NHS code DNA ("did not attend"), said as missed or a no-show
    "dna": r"dnas?|did\s+not\s+attend|missed|miss|no[\s-]?shows?",
    "no show": r"no[\s-]?shows?|did\s+not\s+attend|missed",
    "no-show": r"no[\s-]?shows?|did\s+not\s+attend|missed",
    # decisions kept as codes: awarded (a success) and rejected
    "awd": r"award(?:ed|s)?|success(?:ful|es)?|approved|funded",
    "rej": r"reject(?:ed|ions?|s)?|unsuccessful|declined|refused",
    # a fitness export's activity types (Strava, Garmin, COROS): "on the bike", "my runs", "cycling"
    "ride": r"rides?|riding|bikes?|biking|cycling|bike\s+rides?",
    "run": r"runs?|running|jogs?|jogging",
    "walk": r"walks?|walking",
    "swim": r"swims?|swimming",
    "hike": r"hikes?|hiking",
    # an ActivityPub outbox's types (Mastodon's archive): a boost is an Announce, one's own post a Create
    "announce": r"boosts?|boosted|reblogs?|reblogged",
    "create": r"original\s+posts?|own\s+posts?|originals",
    # a lab result (a cooling tower's Legionella Sample Result: Detected, Not Detected): "came back positive"
    "detected": r"detected|positive|positives",
    "not detected": r"not\s+detected|negative|negatives",
    # a planted tree's or an animal's state (Status Alive, Dead): "have died"
    "dead": r"dead|died|die|deaths?",
    # kingdoms of life as biodiversity records write them (USA-NPN's, GBIF's Plantae, Animalia)
    "plantae": r"plantae|plants?",
    "animalia": r"animalia|animals?",
    "fungi": r"fungi|fungus(?:es)?|mushrooms?",
    # a patient's response to care (EMS records' Improved, No Change, Worse): "got better", "got worse"
    "improved": r"improved|improvements?|(?:got|get|gets|getting|became|become)\s+better|better",
    "worse": r"worse|worsened|deteriorated|(?:got|get|gets|getting)\s+worse",
    # a match's result as games write it (League of Legends' Victory, Defeat): "win rate", "how many losses"
    "victory": r"victor(?:y|ies)|wins?|won|winning",
    "defeat": r"defeats?|defeated|loss(?:es)?|lost|lose|losing",
    # customer segments as utilities and solar trackers code them (Tracking the Sun's RES, COM, NON-RES)
    "res": r"res|residential|homes?|households?",
    "com": r"commercial|businesses",
    "non-res": r"non[\s-]?residential",
    "gov": r"gov(?:ernment)?s?|public\s+sector",
    # a doorbell camera's press of the button (Ring's Ding): "rang the doorbell", "doorbell rings"
    "ding": r"dings?|(?:r[ua]ng|rings?|ringing|press(?:ed|es)?|pushe[sd]|push)\s+(?:the\s+|my\s+|our\s+)?"
    r"(?:door\s*)?bell|door\s*bell\s+(?:(?:is|was|gets|got|being)\s+)?(?:rings?|r[au]ng|press(?:es|ed)|push(?:es|ed))"
    r"|bell\s+rings?",
    # the kinds of rows a home system keeps by the word for what each is (Hue's "motion detected", SmartThings)
    "motion detected": r"motions?(?:\s+(?:detected|events?|detections?))?|movements?",
    # a road's direction of travel as traffic counts code it (NYC DOT's NB, SB, EB, WB)
    "nb": r"north\s*bound|north",
    "sb": r"south\s*bound|south",
    "eb": r"east\s*bound|east",
    "wb": r"west\s*bound|west",
    # an operating system as Python's platform.system() names it (PyPI's download statistics)
    "darwin": r"darwin|mac(?:os|s)?|os\s*x",
    # how a traveller got there (Polarsteps' Transport Mode, a trip log's Mode): "how far did i fly", "drove"
    "plane": r"planes?|fl(?:y|ew|own|ying|ights?)|by\s+air|air\s*travel",
    "flight": r"flights?|fl(?:y|ew|own|ying)|by\s+air",
    "car": r"cars?|dr(?:ive|ove|iven|iving)",
    "train": r"trains?|by\s+rail",
    "boat": r"boats?|ferr(?:y|ies)|sail(?:ed|ing)?",
    # an order or a payment that went through: Webull's Filled, a processor's Completed or Succeeded
    "filled": r"filled|went\s+through|go(?:es)?\s+through|gone\s+through|got\s+filled|executed",
    # (a task "done" or "finished" is Wrike's Completed)
    "completed": r"completed?|(?:(?<=are\s)|(?<=was\s)|(?<=were\s)|(?<=got\s)|(?<=get\s)|(?<=is\s)|(?<=been\s)"
    r"|(?<=actually\s))(?:done|finished)|went\s+through|go(?:es)?\s+through"
    # ("how many trips did i actually take": the ones taken, not those cancelled or refunded)
    r"|(?<=actually\s)(?:take|took|taken|make|made|go|went|gone|ride|rode|ridden|fly|flew|flown)"
    r"|gone\s+through|successful(?:ly)?|succeeded",
    "succeeded": r"succeeded|success(?:es)?|successful(?:ly)?|went\s+through|go(?:es)?\s+through|gone\s+through",
    # a request answered (Couchsurfing's accepted, declined): "requests i say yes to", "turned down"
    "accepted": r"accept(?:ed|s)?|(?:say|said|says|saying)\s+yes(?:\s+to)?",
    "declined": r"declined?|(?:say|said|says|saying)\s+no(?:\s+to)?|turned\s+down|turn\s+down",
    # a monitor's Down events (Uptime Robot's Event Up, Down): "outages", "downtime", "when the site went down"
    "down": r"down|outages?|downtimes?|(?:went|go(?:es)?|going|gone)\s+down|offline|down(?:stream|bound|river)",
    # a stop or an inspection that ended in a ticket (a police department's outcome CITATION)
    "citation": r"citations?|tickets?|ticketed|cited",
    # a dose logged as taken (Medisafe's Status Taken, Skipped, Missed): "what percent did i actually take"
    "taken": r"taken|(?<=actually\s)(?:take|took)",
    # an order that reached the door (Gopuff's Delivered): "the ones that actually came", "that arrived"
    "delivered": r"delivered|(?<=actually\s)(?:came|arrived|showed\s+up)|(?<=that\s)(?:came|arrived|showed\s+up)",
    # a charge session that did not finish (Wallbox's Interrupted, Error): "got cut off", "failed"
    "interrupted": r"interrupted|(?:got\s+|was\s+|were\s+)?cut\s+off|aborted|stopped\s+early",
    "error": r"errors?|errored|failed|failures?",
    # Google Maps Timeline's activity types: "how far do i drive", "by bus", "on foot"
    "in_passenger_vehicle": r"dr(?:ive|ove|iven|iving)|by\s+car|in\s+(?:the|a|my)\s+car",
    "in_bus": r"bus(?:es)?|by\s+bus",
    # a place's category as Google Maps writes it: "when i go out to eat", "eating out"
    "restaurant": r"restaurants?|(?:go|goes|going|went|gone)\s+out\s+to\s+eat|eat(?:ing)?\s+out|dining\s+out",
    # a border crossing's Pedestrian lanes (CBP's Vehicle Type): "people walking across", "on foot"
    "pedestrian": r"pedestrians?|(?:people\s+)?walking(?:\s+across)?|walkers|on\s+foot",
    # a request not decided yet (Personio's pending): "waiting for approval", "awaiting approval"
    "pending": r"pending|(?:still\s+)?(?:waiting|awaiting)(?:\s+(?:for\s+|on\s+)?(?:approval|a\s+decision|review))?",
    # a budget's Dining Out: "eating out"
    "dining out": r"dining\s+out|eat(?:ing|s)?\s+out|ate\s+out|restaurants?",
    # (Personal Capital's and Mint's category Restaurants: "eating out")
    "restaurants": r"restaurants?|dining\s+out|eat(?:ing|s)?\s+out|ate\s+out",
    # a pool's closure for a Fecal Incident: "close for poop"
    "fecal incident": r"fecal\s+incidents?|fecal|faecal|feces|faeces|poop|poo",
    # a garage's Full status: "completely full"
    "full": r"(?:completely|totally)\s+full|full\s+up|at\s+capacity",
    # a trip or an expense of a job (TripIt's Purpose Business): "for work"
    "business": r"business|(?<=for\s)work|work[\s-]related",
    # a subscriber who left (ConvertKit's state cancelled), an alert that went off (Datadog's Triggered)
    "cancelled": r"cancell?ed|unsubscribed|churned",
    "canceled": r"cancell?ed|unsubscribed|churned",
    "triggered": r"triggered|fired|went\s+off",
    # a survey's row for the whole state or country beside its regions ("when was it most expensive statewide")
    "statewide average": r"state[\s-]?wide|(?:the\s+)?whole\s+state|across\s+the\s+state",
    "statewide": r"state[\s-]?wide|(?:the\s+)?whole\s+state|across\s+the\s+state",
    "national average": r"national(?:ly)?|nation[\s-]?wide|(?:the\s+)?whole\s+country|across\s+the\s+country",
    # a brokerage's transaction codes (Robinhood's Trans Code): CDIV a cash dividend, INT interest
    "cdiv": r"dividends?|divs?|cash\s+dividends?",
    "div": r"dividends?|divs?",
    "int": r"interest",
    # a pantry's Spoiled stock, a library's Removed book: "go bad", "got pulled"
    "spoiled": r"spoil(?:ed|t|s)?|(?:go|goes|went|gone|going)\s+bad|rott(?:ed|en)",
    "removed": r"removed?|pulled|(?:taken|taking|took)\s+off\s+(?:the\s+)?shel(?:f|ves)",
    # a security system's Disarmed event: "who turns the alarm off", "switched the system off"
    "disarmed": r"disarm(?:ed|s|ing)?"
    r"|(?:turn|switch|shut)(?:s|ed|ing)?\s+(?:the\s+|my\s+|our\s+)?(?:alarm|system)\s+off"
    r"|(?:turn|switch|shut)(?:s|ed|ing)?\s+off\s+(?:the\s+|my\s+|our\s+)?(?:alarm|system)",
    # money moved into an account (a brokerage's Deposit, a retirement plan's Contribution): "put in", "paid in"
    "deposit": r"deposits?|deposited|contribut(?:ed|ions?|e)|" + _PUT_IN,
    "contribution": r"contributions?|contribut(?:ed|e)|deposit(?:s|ed)?|" + _PUT_IN,
    # an expense report paid to the person who spent (Expensify's Reimbursed)
    "reimbursed": r"reimbursed|paid\s+back|repaid",
    # countries by their everyday short names ("the uk", "usa")
    "united kingdom": r"united\s+kingdom|uk|u\.k\.|britain|great\s+britain",
    "united states": r"united\s+states|usa|u\.s\.a?\.?|the\s+us(?=\W|$)|america",
    # the young as statistics offices code their age band (Eurostat's Y_LT25, Y15-24)
    "y_lt25": r"youth|young\s+people|under[\s-]*25s?",
    "y15-24": r"youth|young\s+people",
    "y15_24": r"youth",
    # police and parking files' vehicle codes (the NCIC's): colours "BLK", makes "TOYT", asked for by their names
    "blk": r"black",
    "wht": r"white",
    "whi": r"white",
    "sil": r"silver",
    "slv": r"silver",
    "gry": r"gr[ae]y",
    "blu": r"blue",
    "grn": r"green",
    "brn": r"brown",
    "gld": r"gold",
    "yel": r"yellow",
    "toyt": r"toyotas?",
    "hond": r"hondas?",
    "niss": r"nissans?",
    "chev": r"chev(?:y|ys|ies|rolets?)",
    "dodg": r"dodges?",
    "hyun": r"hyundais?",
    "volk": r"volkswagens?|vws?",
    "merz": r"mercedes(?:-benz)?|benz",
    "lexs": r"lexus(?:es)?",
    "acur": r"acuras?",
    "chry": r"chryslers?",
    "buic": r"buicks?",
    "cadi": r"cadillacs?",
    "infi": r"infinitis?",
    "mazd": r"mazdas?",
    "mits": r"mitsubishis?",
    "suba": r"subarus?",
    "linc": r"lincolns?",
    "pont": r"pontiacs?",
    # a web analytics device type: "on phones" are the smartphones
    "smartphone": r"smart\s?phones?|phones?|mobiles?",
    # currencies kept as ISO codes, asked for by their names ("paid in dollars": USD)
    "usd": r"(?:us\s+)?dollars?",
    "eur": r"euros?",
    "gbp": r"(?:british\s+)?pounds?(?:\s+sterling)?|sterling",
    "jpy": r"(?:japanese\s+)?yen",
    "inr": r"(?:indian\s+)?rupees?",
    "chf": r"swiss\s+francs?",
    # an expense category by its everyday word: a hotel stay is Lodging, a cab or train Ground Transportation
    "lodging": r"lodging|hotels?|accommodations?",
    "accommodation": r"accommodations?|hotels?|lodging",
    "air travel": r"air\s+travel|flights?|airfares?",
    # days and months kept as short codes ("SAT", "aug", "WKDY"), asked for by their names
    "wkdy": r"week-?days?",
    "wkday": r"week-?days?",
    "wknd": r"week-?ends?",
}
_DOTTED_NAMES = {"usa": "united states", "us": "united states", "uk": "united kingdom"}
_DAYS = WEEKDAYS
_MONTHS: tuple[str, ...] = ("january", "february", "march", "april", "may", "june", "july", "august")
_MONTHS += ("september", "october", "november", "december")
for _name in (*_DAYS, *_MONTHS):
    _VALUE_WORDS.setdefault(_name[:3], rf"{_name}s?")
_SEX_NAMES = frozenset({"sex", "gender"})
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")
_LANGUAGE_STEMS = frozenset({"language", "lang", "locale", "audio", "subtitle", "dub", "langs", "languages"})
_GEARBOX_NAMES = frozenset({"gearbox", "transmission", "trans"})
_YES_NO = frozenset({"yes", "no", "y", "n", "true", "false"})


_SEPARATOR = re.compile(r"[\s\-_/]+")
_WHEN_AFTER = re.compile(r"\s+(?:per|each|every|by|in|over|during|since|before|after|between|from)\b", re.IGNORECASE)


_CATEGORY_STEMS = frozenset(
    {"category", "subcategory", "type", "kind", "class", "group", "genre", "segment", "department", "section"}
)


def _loose(text: str) -> str:
    """A value as a pattern whose separators may be said any way: "Walk-in" is "walk in", "walk-in" or "walkin"."""
    parts = [_one_or_two_l(re.escape(part)) for part in _SEPARATOR.split(text.strip()) if part]
    # ("HIT & RUN" is said "hit and run"; "Cancelled by Student" "cancelled by the student")
    out = ""
    for i, p in enumerate(parts):
        if i:
            after = parts[i - 1].lower() in _PREPOSITIONS
            out += r"[\s\-_/]*(?:(?:the|a|an|my|our|their)\s+)?" if after else r"[\s\-_/]*"
        out += r"(?:\&|and)" if p == r"\&" else p
    return out


# columns of what people do (an incident's Activity Ski or Snowboard): their values are said by the doers
_DOINGS = frozenset({"activity", "sport", "discipline", "pursuit"})
# columns of the names of teams, firms and places: their values are names, never states said by a verb
_NAMED_THINGS = frozenset({"team", "club", "squad", "crew", "name", "company", "brand", "school", "venue", "store"})
_PREPOSITIONS = frozenset({"by", "of", "to", "for", "in", "on", "at", "from", "with"})


def _one_or_two_l(part: str) -> str:
    """American and British spellings of one verb: "Canceled" is said "cancelled", "Labelled" "labeled"."""
    return re.sub(r"(?i)(?<=[aeiou])(l)l?(?=(?:ed|ing|ation)\b)", r"\1l?", part)


def _known_values(column: Column) -> list[str]:
    """A column's values, stripped, when the profile saw every one of them (two at least); else none."""
    values = [v.strip() for v in dict.fromkeys(column.values) if v.strip()]
    if len(values) < 2 or (column.n_unique is not None and column.n_unique > len(values)):
        return []
    return values


# Columns of people and organisations, whose values people name by their first word ("sara", "northwind")
_WHO_STEMS = frozenset(
    {"person", "user", "employee", "member", "staff", "owner", "assignee", "agent", "rep", "client", "customer"}
    | {"company", "account", "driver", "author", "technician", "worker", "contact", "teacher", "coach", "trainer"}
    | {"doctor", "physician", "vendor", "supplier", "payee", "organization", "organisation", "team", "assigned"}
)


_NAMED_PLACES = frozenset({"airport", "station", "stadium", "arena", "hospital", "venue"})
# ... and a trip by where it went ("the japan trip" of Wanderlog's Japan Spring 2023, "lisbon" of Lisbon & Porto)
_NAMED_TRIPS = frozenset({"trip", "tour", "itinerary", "vacation", "holiday", "journey"})
_NAMED_PLACES |= _NAMED_TRIPS


@lru_cache(maxsize=1024)
def _first_words(column: Column) -> dict[str, str]:
    """Each name of a person or firm by its first word, when no other value starts with it ("Sara Jansen": sara).

    An airport or a station is named by its town the same way: "denver" of the FAA's DENVER INTL AIRPORT.
    """
    place = bool(set(column.stems) & _NAMED_PLACES)
    # (a wine by its grape's first word: "pinot" of Pinot Noir, "cab" of Cabernet Sauvignon)
    grape = bool(set(column.stems) & {"varietal", "variety", "grape", "cultivar"})
    if not set(column.stems) & _WHO_STEMS and not place and not grape:
        return _word_beside_code(column)
    values = _known_values(column)
    firsts = [v.split()[0] for v in values]
    counts = {f.lower(): sum(g.lower() == f.lower() for g in firsts) for f in firsts}
    return {
        v: f
        for v, f in zip(values, firsts, strict=True)
        if len(v.split()) >= 2
        and counts[f.lower()] == 1
        and (re.fullmatch(r"[A-Z][a-z'\-]{2,}", f) or (place and re.fullmatch(r"[A-Z][A-Z'\-]{2,}", f)))
        and f.lower() not in STOP
        # (a trip is named by the country it went to: "the japan trip")
        and (not (f.lower() in _US_STATES or f.lower() in COUNTRY_NAMES) or bool(set(column.stems) & _NAMED_TRIPS))
    }


def _word_beside_code(column: Column) -> dict[str, str]:
    """A value of one word and a model or grade code, by its word: "mazak" of MAZAK QT-250.

    "Ductile" of Ductile 65-45-12 too; only when no other value of the column holds that word.
    """
    values = _known_values(column)
    words = {
        v: [t for t in v.split() if not re.search(r"\d", t)]
        for v in values
        if re.search(r"\d", v) and len(v.split()) >= 2
    }
    held = [w.lower() for ws in (v.split() for v in values) for w in ws]
    return {
        v: ws[0]
        for v, ws in words.items()
        if len(ws) == 1
        and re.fullmatch(r"[A-Za-z][a-z]{3,}|[A-Z]{4,}", ws[0])
        and held.count(ws[0].lower()) == 1
        and ws[0].lower() not in STOP
    }


# columns of kinds of a thing, whose values may be said by their head noun
_KIND_STEMS = frozenset({"style", "type", "kind", "category", "genre", "breed", "species", "variety", "class", "model"})
_KIND_STEMS |= {"specy"}  # (the crude singular of "species")
_KIND_STEMS |= {"animal"}  # (a taxidermist's Animal of Whitetail Deer: "a deer")


@lru_cache(maxsize=1024)
def _head_nouns(column: Column) -> dict[str, str]:
    """Each kind named by its last word when no other value ends so ("American IPA": ipa, "Irish Stout": stout).

    "My ipas", "the stouts": the style said by its head noun, without the word that qualifies it.
    """
    values = _known_values(column)
    if len(values) < 3:
        return {}
    lasts = [v.split()[-1] for v in values]
    counts: dict[str, int] = {}
    for last in lasts:
        counts[last.lower()] = counts.get(last.lower(), 0) + 1
    return {
        v: last
        for v, last in zip(values, lasts, strict=True)
        if len(v.split()) >= 2
        and counts[last.lower()] == 1
        and re.fullmatch(r"[A-Za-z]{3,}", last)
        and last.lower() not in STOP
        # (nor a word another value ends with or holds: "quake" of "ice quake" beside "earthquake")
        and not any(o.lower() != v.lower() and last.lower() in o.lower() for o in values)
    }


@lru_cache(maxsize=1024)
def _numbered_names(column: Column) -> dict[str, str]:
    """Each value named and numbered ("Betta 5", "Living Room 55" of a Tank) by its words alone, when unshared.

    "The betta tank" is Tank = Betta 5: the number (a tank's gallons, a room's number) only tells it apart.
    """
    values = _known_values(column)
    named = {v: m["w"] for v in values if (m := re.fullmatch(r"\s*(?P<w>[A-Za-z][A-Za-z' ]*?[A-Za-z])\s+#?\d+\s*", v))}
    if len(named) < 2:
        return {}
    counts: dict[str, int] = {}
    for v in values:
        for w in named.values():
            counts[w.lower()] = counts.get(w.lower(), 0) + v.lower().startswith(w.lower())
    return {v: w for v, w in named.items() if counts[w.lower()] == 1 and len(w) >= 3 and w.lower() not in STOP}


@lru_cache(maxsize=1024)
def _leaves(column: Column) -> dict[str, str]:
    """Each value of a path of categories by its last part ("Food:Groceries": groceries), when no other ends so.

    HomeBank, GnuCash and TimeCamp write a category or an account under its parents ("Expenses:Utilities:Electric",
    "Client > Project"); people name the last part.
    """
    values = _known_values(column)
    paths = {v: re.split(r"\s*(?::|>|»)\s*", v) for v in values if re.search(r"\S\s*(?::|>|»)\s*\S", v)}
    if len(paths) < 2 or len(paths) < 0.5 * len(values):
        return {}
    ends = [parts[-1].lower() for parts in paths.values()]
    return {
        v: parts[-1]
        for v, parts in paths.items()
        if ends.count(parts[-1].lower()) == 1 and len(parts[-1]) >= 3 and parts[-1].lower() not in STOP
    }


def _sub_kinds(column: Column) -> dict[str, str]:
    """Each label written as another label and a dash, by what follows the dash: a kind of the label before it.

    Denver's "TRAF - ACCIDENT - HIT & RUN" beside "TRAF - ACCIDENT" is said "hit and runs".
    """
    values = _known_values(column)
    out: dict[str, str] = {}
    # (and a class code and its kind, "A-2 ASSEMBLY - RESTAURANT" of a fire inspection's occupancy: "a restaurant",
    # when several values are so written and no two end alike)
    tails = [v.rpartition(" - ")[2].strip().lower() for v in values if " - " in v]
    for v in values:
        head, dash, tail = v.rpartition(" - ")
        # (only after a class code: "A-2 ASSEMBLY", "R-2 RESIDENTIAL"; a campaign's "Broad Audience Test - Purchases"
        # is a name of its own)
        classed = (
            len(tails) >= 2
            and tails.count(tail.strip().lower()) == 1
            and re.match(r"[A-Z]{1,3}-?\d{0,2}\s+[A-Z]{3,}", head) is not None
        )
        if dash and (head in values or classed) and len(tail.strip()) >= 3 and not tail.strip().isdigit():
            out[v] = tail.strip()
    return out


def _distinct_parts(column: Column) -> dict[str, str]:
    """Each value without the words every value starts with ("Cycle Inspection / Re-inspection": Re-inspection).

    People name such values by the part that tells them apart ("re-inspections", "initial inspections").
    """
    values = _known_values(column)
    if not values:
        return {}  # only when every value is known: a shared start seen in some values may not be shared by all
    parts = _shared_start(values) or _shared_end(values)
    # "Colorado Springs": "colorado" is the state, not this city (a state or country name never names a part)
    return {
        v: p for v, p in parts.items() if p.strip().lower() not in _US_STATES and p.strip().lower() not in COUNTRY_NAMES
    }


# Words of a code that say what kind of row it is without telling one row apart ("FEE_TRANSACTION": a fee), and
# the verbs of money moving, which say which way it went rather than which code ("paid": not CHECK_PAID)
_CODE_FILLERS = frozenset({"transaction", "payment", "other", "type", "misc", "total", "amount", "item", "entry"})
_CODE_FILLERS |= {"paid", "outgoing", "incoming", "sent", "received", "pending", "posted", "cleared", "returned"}


@lru_cache(maxsize=1024)
def _code_parts(column: Column) -> dict[str, tuple[str, ...]]:
    """Each code by the words of it no other code of the column has: "fees" are FEE_TRANSACTION, "card" DEBIT_CARD.

    Only of codes written with underscores in one case (Chase's Type, Spotify's reason codes): each of their
    words is a word people say, and a word that one code alone holds names it.
    """
    values = _known_values(column)
    if not values:
        return {}
    # (in capitals, or all lower case as Braintree writes processor_declined and paypal_account)
    words = {v: [w.lower() for w in v.split("_")] for v in values if "_" in v and v in (v.upper(), v.lower())}
    seen: dict[str, int] = {}
    for v in values:
        for w in set(re.split(r"[\s_/\-]+", v.lower())):
            seen[w] = seen.get(w, 0) + 1
    return {
        v: own
        for v, ws in words.items()
        if (own := tuple(w for w in ws if len(w) >= 3 and w.isalpha() and seen.get(w) == 1 and w not in STOP))
    }


_PLACE_KINDS = frozenset(
    {"airport", "station", "county", "parish", "borough", "city", "town", "district", "park", "stadium", "hospital"}
    | {"university", "college", "school", "library", "centre", "center", "international", "terminal", "square"}
)


@lru_cache(maxsize=1024)  # read for every column on every find_values call; a column's values do not change
def _heads(column: Column) -> dict[str, list[str]]:
    """Long labels by their head, when it names one value alone: how people name an indicator.

    "Life expectancy at birth, total (years)" is "life expectancy", "Population, total" is "population".
    """
    values = [v.strip() for v in dict.fromkeys(column.values) if v.strip()]
    out: dict[str, list[str]] = {}
    for short, whole in _all_heads(column).items():
        told = list({w.lower(): w for w in reversed(whole)}.values())  # one of the spellings that differ in case
        if len(told) == 1 and not any(
            o.lower() != told[0].lower() and o.lower().startswith(short.lower()) for o in values
        ):
            out.setdefault(told[0], []).append(short)
    return out


_TRADE_VERBS = frozenset({"sell", "show", "sold", "shown", "make", "made", "take", "give", "order", "ship", "deliver"})


@lru_cache(maxsize=1024)
def _all_heads(column: Column) -> dict[str, list[str]]:
    """Each head (see `_heads`) and every value it is the head of, one or several ("Douglas County": NV, OR, WA)."""
    values = _known_values(column)
    if not values:
        return {}
    heads: dict[str, list[str]] = {}
    for v in values:
        if len(v.split()) < 2 or not re.search(r"[(,]", v):
            continue
        head = re.split(r"\s*[(,]", v, maxsplit=1)[0].strip()
        for short in dict.fromkeys([head, re.split(r"\s+(?:at|in|for|of)\s+", head, maxsplit=1)[0]]):
            if len(short) >= 3 and short.lower() not in STOP and short != v:
                heads.setdefault(short, []).append(v)
    # a category of two things joined ("Meals and Entertainment", "Bills & Utilities"): named by either of them
    # (only in a column of categories: "Arun Treks & Expeditions" is an agency's name, "People & Change" a practice)
    for v in values if set(column.stems) & _CATEGORY_STEMS else ():
        parts = re.split(r"\s+(?:and|&)\s+", v)
        if len(parts) == 2 and all(1 <= len(p.split()) <= 2 for p in parts):
            for short in parts:
                # (not a verb of the trade: "Show and Sell" is no "sell" said of any sale)
                if len(short) >= 4 and short.lower() not in STOP and short.lower() not in _TRADE_VERBS:
                    heads.setdefault(short, []).append(v)
    # a place named without the kind of place it is ("O'Hare Airport": "o'hare", "Multnomah County")
    for v in values:
        rest, _, last = v.rpartition(" ")
        if last.lower() in _PLACE_KINDS and len(rest) >= 3 and rest.lower() not in STOP:
            heads.setdefault(rest, []).append(v)
    # a label after its code ("291 - HEART FAILURE & SHOCK W MCC"): named by the label
    for v in values:
        m = re.fullmatch(r"[A-Z]?\d{2,5}\s*[-–:]\s*(?P<rest>[^…]{6,})", v)
        if m:
            heads.setdefault(m["rest"].strip(), []).append(v)
    # a kind word that several values end with ("Marvel Comics", "DC Comics", "Image Comics"): named without it
    ends: dict[str, list[str]] = {}
    # (not places: "Colorado Springs" beside "Palm Springs" is no Colorado)
    for v in values if not set(column.stems) & PLACE_COLUMNS else ():
        rest, _, last = v.rpartition(" ")
        if rest and len(last) >= 4 and last.isalpha():
            ends.setdefault(last.lower(), []).append(v)
    for last, whole in ends.items():
        if len(whole) >= 3:
            for v in whole:
                rest = v[: -len(last)].strip()
                if len(rest) >= 2 and rest.lower() not in STOP:
                    heads.setdefault(rest, []).append(v)
    # a label with a qualifier after a dash ("Homicide - Criminal"): named by its head
    for v in values:
        m = re.fullmatch(r"(?P<head>[^\W\d_][\w'/ ]{2,}?)\s+[-–]\s+[^\W\d_].*", v)
        if m and m["head"].strip().lower() not in STOP:
            heads.setdefault(m["head"].strip(), []).append(v)
    # a total named by what it totals ("US-Total", "US TOTAL": "US")
    for v in values:
        m = re.fullmatch(r"(?P<rest>.{2,}?)[\s\-_]*\(?(?:total|all)\)?", v, re.I)
        if m and m["rest"].strip().lower() not in STOP:
            heads.setdefault(m["rest"].strip(), []).append(v)
    # a value named without the acronym it starts with ("FIFA World Cup": "world cup")
    for v in values:
        first, _, rest = v.partition(" ")
        if len(first) >= 3 and first.isupper() and first.isalpha() and len(rest.split()) >= 2 and not rest.isupper():
            heads.setdefault(rest, []).append(v)
    # a code-like first word that starts one value alone ("CO2 emissions (metric tons per capita)": "co2")
    firsts: dict[str, list[str]] = {}
    for v in values:
        first = v.split()[0].strip(",:;()")
        # an acronym among lower-case words ("GDP per capita"), not the first word of a label in capitals
        acronym = first.isupper() and len(first) <= 5 and not v.isupper()
        if len(v.split()) >= 2 and len(first) >= 2 and (re.search(r"\d", first) or acronym):
            firsts.setdefault(first, []).append(v)
    for first, whole in firsts.items():
        if first not in heads and first.lower() not in STOP:
            heads[first] = whole
    return heads


def several_named(question: str, catalog: Catalog, frame: str) -> tuple[str, list[str], str] | None:
    """A name the question says that heads several values and nothing else in it picks one: (name, values, column).

    "the rate in douglas county" of "Douglas County, NV", "Douglas County, OR" and "Douglas County, WA": the
    reader asks which, rather than averaging three counties or picking one.
    """
    found = [v for v in find_values(question, catalog, frame, []) if v.value in v.column.values]  # whole values
    for column in catalog.of(frame):
        if not column.categorical or any(v.column == column for v in found):
            continue
        for head, whole in _all_heads(column).items():
            told = list({w.lower(): w for w in whole}.values())
            if not 2 <= len(told) <= 8 or len(head) < 4 or " " not in head:
                continue
            said = re.search(rf"(?<![^\W_]){_loose(head)}(?![^\W_])", question, re.IGNORECASE)
            if said is None:
                continue
            rest = question[said.end() :].lower()
            # "douglas county, or": the part that tells them apart is said too
            if any(w.lower()[len(head) :].strip(" ,-/()").lower() in re.findall(r"[\w.]+", rest) for w in told):
                continue
            return head, told, column.name
    return None


def _shared_end(values: list[str]) -> dict[str, str]:
    """Values told apart by the one word before a shared end (New_Visitor, Returning_Visitor beside Other)."""
    ends = {v: re.split(r"[\s_\-/]+", v) for v in values}
    long = {v: p for v, p in ends.items() if len(p) == 2}
    if len(long) >= 2 and len({p[-1].lower() for p in long.values()}) == 1:
        told = {v: p[0] for v, p in long.items()}
        return told if all(len(r) >= 3 and r.lower() not in STOP for r in told.values()) else {}
    # Steam's Purchase, Gift Purchase, In-Game Purchase and Market Transaction: "the gifts i bought" is the one
    # value that puts a word before another value
    whole = {v.lower() for v in values}
    return {
        v: p[0]
        for v, p in long.items()
        if p[-1].lower() in whole and len(p[0]) >= 3 and p[0].lower() not in STOP and p[0].lower() not in whole
    }


def _shared_start(values: list[str]) -> dict[str, str]:
    """Values told apart by what follows the words every value starts with ("Cycle Inspection / Re-inspection")."""
    split = [[w for w in re.split(r"(\W+)", v)] for v in values]
    k = 0
    while all(len(p) > k + 1 for p in split) and len({p[k].lower() for p in split}) == 1:
        k += 1
    while k > 0 and not re.fullmatch(r"\W+", split[0][k - 1] or " "):
        k -= 1  # cut at a separator, not inside a word
    if k == 0:
        return {}
    out = {}
    for v, parts in zip(values, split, strict=True):
        rest = "".join(parts[k:]).strip(" -_/:|")
        # "$2.15 a day (2017 PPP) (% of population)": the part that tells it apart, without the notes after it
        cut = re.sub(r"^(?:at|in|for|of|with|by)\s+", "", re.sub(r"\s*\(.*$", "", rest), flags=re.I)
        rest = cut.strip(" -_/:|$") or rest
        if len(rest) >= 4 and rest.lower() not in STOP:
            out[v] = rest
    return out if len(out) == len(values) else {}


_CODED_LABEL = re.compile(r"(?P<code>[A-Z0-9_.]{1,8}):\s+(?P<label>[A-Za-z][^:]{2,})")


# words of a label and what people call the same thing
_EVERYDAY = {"auto": "car", "automobile": "car", "cycle": "bike", "bicycle": "bike"}
# school subjects as students shorten them ("ap calc ab": AP Calculus AB)
_EVERYDAY |= {"closed": "shut", "swine": "hog"}  # "shut for maintenance": Closed for Maintenance; hogs
_EVERYDAY |= {"calculus": "calc", "statistics": "stats", "psychology": "psych", "biology": "bio"}
_EVERYDAY |= {"chemistry": "chem", "economics": "econ", "literature": "lit", "government": "gov"}
_EVERYDAY |= {"cabernet": "cab", "chardonnay": "chard", "zinfandel": "zin"}  # grapes as growers say them
_EVERYDAY |= {"sr": "senior", "jr": "junior", "intl": "international"}  # a rabbit show's Sr Doe: "senior does"
_EVERYDAY |= {"refinance": "refi"}  # a mortgage signing as the trade says it


def _title_initials(text: str) -> str | None:
    """The initials a title is said by ("wow" of World of Warcraft), or None for a value that is no such title."""
    title = re.findall(r"[A-Za-z]+", text)
    initials = "".join(w[0] for w in title).lower()
    if (
        3 <= len(title) <= 5
        and title[0][0].isupper()
        and any(w.lower() in ("of", "the", "and") for w in title[1:-1])
        and re.fullmatch(r"[A-Za-z' ]+", text.strip())
        and initials not in STOP  # ("House of Worth" is never "how")
    ):
        return initials
    return None


_DEATH_WORDS = frozenset({"fatality", "fatal", "died", "death", "deceased", "doa", "dead", "expired", "killed"})
_DIED = r"(?:died|dead|deaths?|killed|fatal(?:ities|ity)?|passed\s+away)"


def _deaths(column: Column) -> list[str]:
    """The values of an outcome that say someone died (Disposition "8 - FATALITY ..."): one, or it is no outcome."""
    return [v for v in column.values if _DEATH_WORDS & {w.strip(".,;()").lower() for w in v.split()}]


@lru_cache(maxsize=4096)
def _spelled_out(column: Column) -> bool:
    """Values that make up the column's own name (member, casual of member_casual)."""
    return {stem(v.strip().lower()) for v in column.values if v.strip()} <= set(column.stems)


@lru_cache(maxsize=16384)  # (every value of every column, for every question: the same few thousand)
def _value_pattern(column: Column, text: str) -> str:
    """What in a question names one value: the value (or its plural), or an everyday word for it."""
    key = text.lower().strip("() ")  # "(Female)" as MoMA writes a gender is female
    if (labelled := _CODED_LABEL.fullmatch(text.strip())) is not None:
        key = labelled["label"].lower().strip()  # "1: Males" is said as males are
        key = key if key in _VALUE_WORDS else stem(key)
    # a column of sexes by its name, or one of exactly M and F ("M/F" of marathon results)
    if key in ("f", "m", "w") and (
        _SEX_NAMES & set(column.stems) or {v.strip().upper() for v in column.values if v.strip()} == {"M", "F"}
    ):
        # the letter alone is too easily said; W is women where men are M (ultra running results)
        return f"(?:{_VALUE_WORDS['male' if key == 'm' else 'female']})"
    # a herd's calves by sex, B (bull), H (heifer), S (steer): "bulls vs heifers"
    calves = {v.strip().upper() for v in column.values if v.strip()} <= {"B", "H", "S"}
    if key in _CALF_SEXES and _SEX_NAMES & set(column.stems) and calves:
        return _CALF_SEXES[key]
    signed = re.fullmatch(r"([A-Za-z]{1,2})\s*([+-])", text.strip())
    if signed:  # a blood type ("A-", "O+"): the letters with their sign said, never the letters alone ("a")
        sign = r"(?:\+|\s*pos(?:itive)?|\s*plus)" if signed[2] == "+" else r"(?:-|\s*neg(?:ative)?|\s*minus)"
        return rf"{signed[1]}{sign}"
    if key in ("a", "m") and _GEARBOX_NAMES & set(column.stems):  # a gearbox coded A / M
        return r"(?:automatics?|autos?)" if key == "a" else r"(?:manuals?)"
    code = re.fullmatch(r"([a-z]{2})(?:[-_][A-Za-z0-9]{2,3})?", text.strip())
    if code and code.group(1) in LANGUAGE_CODES and set(column.stems) & _LANGUAGE_STEMS:
        # a locale ("en-US", "ja-JP" of Crunchyroll's Audio Language) said by the language's name
        return rf"(?:{_loose(text)}|{LANGUAGE_CODES[code.group(1)]})"
    if key == "error" and any(v.strip().lower().startswith("fail") for v in column.values):
        return rf"{_loose(text)}(?:e?s|e?d)?"  # "failed" is the column's own FAILED, beside ERROR (Bitbucket)
    own = rf"{_loose(text)}(?:e?s|e?d)?"  # plurals, and a verb said in the past ("agree": "agreed")
    if set(column.stems) & _DOINGS and re.fullmatch(r"[A-Za-z]{3,}", text.strip()):
        # "snowboarders", "skiers", "swimmers": the people who do an Activity's Snowboard, Ski, Swim
        own = rf"(?:{own}|{re.escape(text.strip())}{re.escape(text.strip()[-1])}?e?rs?)"
    numbered = re.fullmatch(r"(?P<head>.*\S)\s+(?P<n>I{1,3}|IV|VI{0,3}|IX|X)", text.strip())
    if numbered:  # "Phase II" said "phase 2", "Type I" said "type 1"
        arabic = _ROMAN.index(numbered["n"]) + 1
        own = rf"(?:{own}|{_loose(numbered['head'])}[\s-]*{arabic}\b)"
    single = re.fullmatch(r"(?i)([a-z]{3,}(?:o|ch|sh|x|ss))es", text.strip())
    if single:  # "Potatoes", "Peaches": said in the singular ("potato yield")
        own = rf"(?:{own}|{re.escape(single.group(1))})"
    # "Paychecks", "Mortgages": "my typical paycheck"; "TVs", "PCs", "DVDs": "a tv", "per pc"
    elif re.fullmatch(r"(?i)[a-z]{4,}[^su\W]s", text.strip()) or re.fullmatch(r"[A-Z]{2,4}s", text.strip()):
        own = rf"(?:{own}|{re.escape(text.strip()[:-1])})"
    article = re.fullmatch(r"(?i)the\s+([a-z][\w'&.-]*(?:\s+[a-z][\w'&.-]*)?)", text.strip())
    if article and len(article.group(1)) >= 4 and article.group(1).lower() not in STOP:
        own = rf"(?:{own}|{_loose(article.group(1))})"  # "office episodes": The Office, without its article
    words = text.strip().split()
    for i, w in enumerate(words):  # "car thefts" of Toronto's Auto Theft: a word of the value said the everyday way
        if w.lower() in _EVERYDAY:  # (alone too: "bikes" of Vehicle Type bicycle)
            said = " ".join([*words[:i], _EVERYDAY[w.lower()], *words[i + 1 :]])
            own = rf"(?:{own}|{_loose(said)}(?:e?s)?)"
    if re.fullmatch(r"[A-Za-z]{6,}", text.strip()) and text.strip().lower().endswith(("ous", "al", "ent", "ant")):
        own = rf"(?:{own}|{_loose(text)}ly)"  # "backed anonymously": Anonymous, said as how it was done
    initials = _title_initials(text)
    if initials is not None:  # a title said by its initials: "wow" of World of Warcraft, "cod" of Call of Duty
        own = rf"(?:{own}|{initials})"
    past = re.fullmatch(r"(?i)(?P<verb>[a-z]{3,}?)ed\s+(?P<rest>[a-z]+(?:\s+[a-z]+)?)", text.strip())
    if past and past["verb"].lower() not in STOP:  # "Ended early" said "end early", "ends early"
        own = rf"(?:{own}|{re.escape(past['verb'])}(?:s|ing|ed)?\s+{_loose(past['rest'])})"
    if stem(key) in ("complete", "completed"):  # "how many did i finish": Completed, by the other word for it
        own = rf"(?:{own}|finish(?:ed|es)?)"
    if len(text.strip()) <= 2:
        own = _loose(text)  # "ha" (hectares) is not said by "has" or "had", nor WA by "was"
    parts = [p for p in _SEPARATOR.split(text.strip()) if p]
    if len(parts) == 2 and len(parts[0]) >= 3 and parts[0].isalpha() and parts[1].isalpha() and len(parts[1]) >= 3:
        # a first word cut to its letter: "e-bikes" are electric_bike, "e-scooter" electric scooter
        own = rf"(?:{own}|{re.escape(parts[0][0])}-?{re.escape(parts[1])}(?:e?s)?)"
    if re.fullmatch(r"[A-Z]{2,3}", text.strip()):  # "PT" said as "part-time", "FT" as "full-time"
        initials = r"[a-z]+-".join(re.escape(ch.lower()) for ch in text.strip()) + r"[a-z]+"
        own = rf"(?:{own}|{initials})"
    spelled = [w for w in re.split(r"[\s/_-]+", text.strip()) if w]
    if len(spelled) >= 3 and all(w[0].isalpha() for w in spelled):  # "FPNs" of Fixed Penalty Notice
        # in capitals, as initials are written: "the" is no Tugendhat House, Elevation
        own = rf"(?:{own}|(?-i:{''.join(w[0].upper() for w in spelled)})s?)"
    not_done = re.search(r"(?i)(?:^|[\s\-_/]+)not\s+(?P<verb>[a-z]{4,}ed)\s*$", text.strip())
    if not_done and not re.fullmatch(r"(?i)not\s+\w+", text.strip()):
        # "Issued - Not Returned" said "never got returned", "weren't returned"
        own = rf"(?:{own}|(?:never|not|n['’]t)\s+(?:(?:got|gotten|been|get|be|was|were)\s+)?{not_done['verb']})"
    negated = re.fullmatch(r"(?i)(?:not|non)[\s\-_]*(?P<rest>[a-z][\w\s\-]{2,})", text.strip())
    if negated:  # "Not Graduate" said as "non graduates", "Non-Smoker" as "not a smoker"
        own = rf"(?:{own}|(?:not|non)[\s\-_]*(?:an?\s+)?{_loose(negated['rest'])}(?:e?s)?)"
    dotted = re.fullmatch(r"(?:[A-Za-z]\.){2,5}", text.strip())
    if dotted:  # "U.S.A." said as "usa" or "us", "U.K." as "uk"
        letters = text.strip().replace(".", "")
        own = rf"(?:{own}|{re.escape(letters)}|{_VALUE_WORDS.get(_DOTTED_NAMES.get(letters.lower(), ''), '(?!x)x')})"
    acronym = re.search(r"\((?P<a>[A-Z]{2,6})\)\s*$", text)
    if acronym:  # "BEVs" of "Battery Electric Vehicle (BEV)": the letters the value spells itself out with
        own = rf"(?:{own}|{acronym['a']}s?)"
    coded = _CODED_LABEL.fullmatch(text.strip())
    if coded:  # SDMX labels "M13: Unemployment rate": the label said alone, or its first word when that is its own
        label = coded["label"]
        own = rf"(?:{own}|{_loose(label)}(?:e?s)?)"
        first = label.split()[0]
        firsts = [(_CODED_LABEL.fullmatch(v.strip()) or coded)["label"].split()[0].lower() for v in column.values]
        if (
            set(column.stems) & MEASURE_LABELS
            and len(first) >= 5
            and first.isalpha()
            and first.lower() not in STOP
            and firsts.count(first.lower()) == 1
        ):
            own = rf"(?:{own}|{_loose(first)})"
    bare = _without_note(text)
    if bare != text and len(bare) >= 2 and _loose(bare):
        # "Cat 1" of "Cat 1 (24 hrs)": the value without its note in brackets; when others share it ("Success
        # (main peak)", "Success (subpeak)"), the most common of them (the profile lists values by count)
        sharing = [v.strip() for v in column.values if _without_note(v).lower() == bare.lower()]
        if sharing and sharing[0] == text.strip():
            own = rf"(?:{own}|{_loose(bare)}(?:e?s)?)"
    lead = _leading_words(column, text)
    if lead:  # "plug-in hybrids" of "Plug-in Hybrid Electric Vehicle (PHEV)"
        own = rf"(?:{own}|{_loose(lead)}(?:e?s)?)"
    counted = re.fullmatch(r"(?P<n>\d+)\s+(?P<unit>[A-Za-z]{3,}?)s", text.strip())
    if counted:  # " 60 months" said as "60 month loans", "60-month"
        own = rf"(?:{own}|{counted['n']}[\s-]*{re.escape(counted['unit'])}s?)"
    theft = re.fullmatch(r"(?i)theft\s+of\s+(?:an?\s+)?(?P<thing>[a-z]+)", text.strip())
    if theft:  # "Theft of Bicycle" said "bikes got stolen", "stolen bikes"
        thing = theft["thing"].lower()
        said = rf"(?:{_loose(thing)}|{_EVERYDAY[thing]})" if thing in _EVERYDAY else _loose(thing)
        stolen = rf"{said}(?:e?s)?\s+(?:(?:got|were|was|been|being|get|are|is)\s+)?stolen|stolen\s+{said}(?:e?s)?"
        own = rf"(?:{own}|{stolen})"
    slash = re.fullmatch(r"(?P<head>.*\s)?(?P<a>[A-Za-z]{2,})/(?P<b>[A-Za-z]{2,})", text.strip())
    if slash and slash["head"]:  # "Entire home/apt": "entire home" or "entire apt"
        head = slash["head"]
        own = rf"(?:{own}|{_loose(head + slash['a'])}(?:e?s)?|{_loose(head + slash['b'])}(?:e?s)?)"
    return f"(?:{own}|{_VALUE_WORDS[key]})" if key in _VALUE_WORDS else own


def _without_note(value: str) -> str:
    """A value without a note in brackets at its end ("Cat 1 (24 hrs)": "Cat 1")."""
    return re.sub(r"\s*\([^)]*\)\s*$", "", value).strip()


def _leading_words(column: Column, text: str) -> str | None:
    """The first two words of a long value (three words or more), when no other value of its column opens so.

    People shorten a long label to its start: "clean alternative fuel vehicles" or "battery electric" for
    "Battery Electric Vehicle (BEV)". Only when every value of the column is known, so the start is its own.
    """
    if column.n_unique is not None and column.n_unique > len(set(column.values)):
        return None
    said = [w for w in re.sub(r"\([^)]*\)", " ", text).split() if w]
    if re.search(r"[,.;!?]", re.sub(r"\([^)]*\)", " ", text)) or len(said) > 6:
        return None  # a sentence of free text ("Mental health is still a taboo, …"), not a label
    if len(said) < 3 or not all(re.fullmatch(r"[A-Za-z][A-Za-z-]+", w) for w in said[:2]):
        return None
    lead = [w.lower() for w in said[:2]]
    if all(w in STOP for w in lead):
        return None
    others = [v.split()[:2] for v in column.values if v.strip() != text]
    if any([w.lower() for w in o] == lead for o in others):
        return None
    return " ".join(said[:2])


_CYCLE = re.compile(r"\b(?:hours?|time|days?|weeks?|months?)\s+of\s+(?:the\s+)?(?:day|night|week|year)\b", re.I)


def _bare(word: str) -> str:
    """A word without the ending of a verb form or plural: "rated" and "rating" both "rat"."""
    return re.sub(r"(?:ing|ed|es|s|e)$", "", word)


_MONEY_UNITS = frozenset({"usd", "eur", "gbp", "inr", "cad", "aud", "jpy", "chf", "cny", "brl", "mxn"})
NUMBER_NAMES = frozenset({"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"})


def _gerund_forms(value: str) -> frozenset[str]:
    """The verb of an activity named by its "-ing" form, and its plural noun: Running is "run" and "runs".

    Only for short verbs (run, swim, hike, ride), whose roots are too short for the general match of forms.
    """
    low = value.lower()
    if not (low.isalpha() and low.endswith("ing") and 6 <= len(low) <= 9):
        return frozenset()
    verb = low[:-3]
    verbs = {verb, verb[:-1] if len(verb) >= 4 and verb[-1] == verb[-2] else verb, verb + "e"}
    verbs = {v for v in verbs if 3 <= len(v) <= 5}
    return frozenset(verbs | {v + "s" for v in verbs})


# Words for whoever a table's rows are ("how many people applied"), not a value of a column (Department = People)
_ANYONE = frozenset({"people", "persons", "person", "folks", "everyone", "anyone"})


# People harmed, said by a verb whose count a table may keep (FATALITIES, INJURED) beside an offense that names it
_HARMED = frozenset({"died", "dead", "deaths", "killed", "fatal", "fatalities", "injured", "hurt", "injuries"})


def _names_a_measure(word: str, columns: list[Column], before: str = "") -> bool:
    """A one-word value said as a form of a numeric column's one-word name ("spend" beside Spent and Received).

    Also the word of an amount named "<word> Value" ("carbs": Dexcom's Carb Value (grams), beside the Event
    Type Carbs that marks its rows): the amount is what is asked about.
    """
    said = word.lower()
    return " " not in said and any(
        c.numeric
        and not c.id_like
        and not c.flag
        and c.formula is None  # (a derived flag "delivered (… set)" leaves the value Delivered as said)
        and (
            (len(c.stems) == 1 and (said == c.stems[0] or _SPENT_FORMS.get(said) == c.stems[0]))
            # "how much did we pay in deposits": Deposit Paid, not the Status = Paid rows
            or (
                len(c.stems) == 2
                and _SPENT_FORMS.get(said) == c.stems[-1]
                and re.search(r"\bhow\s+much\b", before, re.I) is not None
            )
            # ("how many carbs", not "sales got refunded")
            or (c.amount_of == stem(said) and _AMOUNT_ASKED.search(before) is not None)
            # "how many people died" beside Denver's FATALITIES: the count kept for it, not an offense's FATAL
            or (
                said in _HARMED
                and len(c.stems) == 1
                and c.whole_count
                and c.stems[0] in SYNONYM_OF.get(said, set()) | SYNONYM_OF.get(stem(said), set())
            )
        )
        for c in columns
    )


# An amount asked for by the word before it: "how many carbs", "total insulin", "and insulin?"
_AMOUNT_ASKED = re.compile(
    r"(?:\bhow\s+(?:many|much)|\btotal|\bnumber\s+of|^\W*(?:and|what\s+about|how\s+about))\s+(?:\w+\s+)?$", re.I
)
_SPENT_FORMS = {"spend": "spent", "spending": "spent", "receive": "received", "pay": "paid", "paying": "paid"}


_CURRENCY_CODES = frozenset({"usd", "eur", "gbp", "jpy", "inr", "chf"})
# Labels written as numbers: a bus route ("the 66"), a council district ("district 3"), a police beat
_NUMBERED_LABELS = NUMBERED_AREAS | {"route", "line"}
# what follows a number that counts or ranks, not a label: "the 5 busiest", "the 3 routes", "the 10 most"
_RANKED_AFTER = re.compile(r"\s+(?:most|least|top|bottom|\w+est|\w+s)\b", re.IGNORECASE)


def _numbered_label(
    question: str,
    column: Column,
    text: str,
    named: re.Pattern[str] | None,
    found: list[ValueMention],
    taken: list[tuple[int, int]],
) -> None:
    """A label kept as a number, said after "the", "#" or its column's word ("the 66", "route 66", "district 3")."""
    for m in re.finditer(rf"(?<![\w.,]){re.escape(text)}(?![\w.,%])", question):
        before, after = question[: m.start()], question[m.end() :]
        if _RANKED_AFTER.match(after) and not re.match(r"\s+(?:bus|train|line|route)\b", after, re.I):
            continue
        by_name = named is not None and re.search(rf"(?:{named.pattern})\s*(?:#|no\.?|number)?\s*$", before, re.I)
        if by_name or re.search(r"(?:\bthe\s+|#\s*)$", before, re.I):
            _keep_longest(found, taken, ValueMention(column, text, m.start(), m.end()))


_PATH = re.compile(r"[/\\~]|[A-Za-z]:\\")  # a path on a disk: "/movies", "D:\\Media", "~/music"


def _counted_folder(path: str, question: str) -> bool:
    """The folder's own word said as the things counted: "how many movies" beside the folder "/movies"."""
    bare = re.escape(path.strip("/\\~").lower())
    # ("what % of movies don't have a file": the movies are the rows there too)
    counted = (
        r"(?:how\s+many|number\s+of|count\s+of|(?:%|percent\w*|share|proportion|fraction)\s+of(?:\s+(?:the|all|my))?)"
    )
    return re.search(rf"(?i)\b{counted}\s+{bare}\b", question) is not None


# The particles that end a verb made a noun ("checkout", "pickup", "stayover", "dropoff", "walkin")
_PARTICLES = ("out", "over", "up", "off", "in", "down", "away", "back")


def _compound_words(text: str, question: str) -> list[str]:
    """Words of the question a short code stands for: a verb and its particle made one noun.

    A housekeeping board's C/O is a checkout (the initials of "check" and "out"), its STAY a stayover (the verb
    without its particle); a pickup sheet's P/U is a pickup. Only such nouns are read: "C/O" is never "cost".
    """
    initials = re.fullmatch(r"([A-Za-z])\s*/\s*([A-Za-z])", text)
    verb = text.lower() if re.fullmatch(r"[A-Za-z]{4,}", text) else None
    if initials is None and verb is None:
        return []
    found = []
    for said in re.finditer(r"[a-z]{5,}", question.lower()):
        word = re.sub(r"(?<=[a-z]{4})s$", "", said.group())
        for particle in _PARTICLES:
            head = word[: -len(particle)] if word.endswith(particle) else ""
            if len(head) < 3:
                continue
            coded = initials is not None and (head[0], particle[0]) == (initials[1].lower(), initials[2].lower())
            if coded or head == verb:
                found.append(said.group())
    return found


def find_values(question: str, catalog: Catalog, frame: str, taken: list[tuple[int, int]]) -> list[ValueMention]:
    """Known category values ("Paris") that a question names outside the spans already taken by columns.

    A value of several columns ("brown": hair and eyes) belongs to the one whose name is said next to it
    ("brown eyes", "eye colour brown"), else to the first.
    """
    found: list[ValueMention] = []
    # "by hour of the day": a cycle of the clock, not the value Day of a Sunrise_Sunset column
    taken = taken + [m.span() for m in _CYCLE.finditer(question)]
    columns = catalog.of(frame)
    if not re.search(r"\b(?:brands?|makes?|makers?|manufacturers?|compan(?:y|ies)|marques?)\b", question, re.I):
        # the maker read off a product's name ("bike" of "Bike Wash") names rows only when makers are asked about
        columns = [c for c in columns if not (c.formula and c.formula[1] == "first_word")]
    # ... else to the plain one ("the us": Country, not Host_country, when both hold "United States")
    plain = {c.stems for c in columns if c.stems}
    said_stems = {p for c in columns for p in c.stems}  # the frame's name words: a code's word said is none of them
    columns = sorted(
        columns,
        key=lambda c: (
            not _named_beside(question, c),
            any(len(p) < len(c.stems) and c.stems[-len(p) :] == p for p in plain),
            c.id_like,  # "obesity": Short_Question_Text's Obesity, not the code OBESITY of MeasureId
        ),
    )
    for column in columns:
        if not column.categorical:
            continue
        if not column.values and "int" in column.dtype and ZIP_NAME.search(column.name):
            # "jobs in 01545": a zip code kept as a number (its leading zero lost, 1545), said as five digits
            for m in re.finditer(r"(?<![\w.,$])\d{5}(?![\w.,%])", question):
                _keep_longest(found, taken, ValueMention(column, str(int(m.group())), m.start(), m.end()))
            continue
        named = name_pattern(column)
        distinct = _distinct_parts(column)
        subs = _sub_kinds(column)
        heads = _heads(column)
        coded = _code_parts(column)
        firsts = _first_words(column)
        leaves = _leaves(column)
        # longer values first: "Strongly agree" is read whole before "Agree" inside it
        for value in sorted(dict.fromkeys([*column.values, *column.labels]), key=lambda v: -len(v.strip())):
            text = value.strip()
            season = re.fullmatch(r"(?:19|20)\d\d[-/](?:\d\d|(?:19|20)\d\d)", text)  # "2019-20": a season
            if re.fullmatch(r"\d{1,4}", text) and column.stems[-1:] and column.stems[-1] in _NUMBERED_LABELS:
                _numbered_label(question, column, text, named, found, taken)
                continue
            # "how many 1040s did we do": a code of digits said in the plural names its rows (not "the 1990s")
            digits = re.fullmatch(r"\d{3,5}", text) is not None and not 1800 <= int(text) <= 2099
            plural_code = digits and re.search(rf"(?<![\w.$]){text}s\b", question) is not None
            # "actions against DOs", "how many SUVs": a capital code said in the plural as written (never "dos")
            caps = re.fullmatch(r"[A-Z]{2,4}", text) is not None and re.search(rf"(?<![\w.$]){text}s\b", question)
            # "the send rate on V5s": a grade's code of letters and digits in the plural, in any case
            alnum = re.fullmatch(r"[A-Z]{1,3}\d{1,2}[A-Z]?", text) is not None and re.search(
                rf"(?<![\w.$]){text}s\b", question, re.IGNORECASE
            )
            plural_code = plural_code or bool(caps) or bool(alnum)
            # "18-46-0": a fertilizer's grade, digits in three parts, said as written, names its rows
            graded = re.fullmatch(r"\d{1,2}-\d{1,2}-\d{1,2}", text) is not None and re.search(
                rf"(?<![\w.-]){re.escape(text)}(?![\w-])", question
            )
            # '6.5"', "8 ft": a size with its unit names its rows as people say it ("the 6.5 inch pots")
            sized = re.fullmatch(r"(\d+(?:\.\d+)?)\s*(\"|''|in\.?|inch(?:es)?|'|ft\.?|feet|foot)", text, re.IGNORECASE)
            if (
                not plural_code
                and not graded
                and not sized
                and (not text or (re.fullmatch(r"[\d.,\-\s]+", text) and not season) or not _loose(text))
            ):
                continue  # numbers, and values of separators alone ("/", a site's home page) name nothing
            if _PATH.match(text) and _counted_folder(text, question):
                continue  # a folder ("/movies") is not the rows counted ("how many movies"); a page is said
            everyday = rf"{text}s" if plural_code else _value_pattern(column, text)
            if sized:
                unit = sized.group(2).lower()
                said = (
                    r"(?:\"|''|\s*-?\s*inch(?:es)?\b|\s*in\b)"
                    if unit[0] in '"i' or unit == "''"
                    else (r"(?:'|\s*-?\s*(?:ft|foot|feet)\b)")
                )
                everyday = rf"(?<![\w.]){re.escape(sized.group(1))}{said}"
            if (
                len(text.split()) >= 3  # (a coded outcome's long label, not a reaction term "Death" among many)
                # (of an outcome: not a cause "Death in custody" of a file where everyone died)
                and set(column.stems) & {"disposition", "outcome", "result", "status", "severity", "condition"}
                and _DEATH_WORDS & {w.strip(".,;()").lower() for w in text.split()}
                and len(_deaths(column)) == 1
            ):
                # "how many people died": NEISS's "8 - FATALITY INCL. DOA, DIED IN ER", the one outcome of death
                everyday = f"(?:{everyday}|{_DIED})"
            # "3=Cirrhosis", "1 - Low": a code written before the label's words; the words alone name it too
            coded_label = re.fullmatch(r"\d\w{0,2}\s*(?:=|:|-|–|\))\s*([^\W\d_][^=]*)", text)
            if coded_label and len(coded_label.group(1).strip()) >= 3:
                everyday = f"(?:{everyday}|{_value_pattern(column, coded_label.group(1).strip())})"
            # "CI/Automated", "Tent/Camping": a label of two names joined by a slash is said by either one
            if "/" in text and not _PATH.match(text) and "://" not in text and len(text) <= 40:
                halves = [p.strip() for p in text.split("/")]
                # "Ranked Solo/Duo": "solo queue" says the word beside the slash, without its head
                beside = [halves[0].split()[-1]] if len(halves) == 2 and " " in halves[0] and halves[0] else []
                for part in halves + beside:
                    if (
                        len(part) >= 2
                        and part.lower() not in STOP
                        and not re.fullmatch(r"[\d.\s]+", part)
                        and not any(part.lower() in v.lower() for v in column.values if v.strip() != text)
                    ):
                        everyday = f"(?:{everyday}|{_value_pattern(column, part)})"
            for compound in _compound_words(text, question):  # "checkouts" of C/O, "stayovers" of STAY
                everyday = f"(?:{everyday}|{re.escape(compound)})"
            if text in distinct:
                everyday = f"(?:{everyday}|{_value_pattern(column, distinct[text])})"
            if text in subs:
                everyday = f"(?:{everyday}|{_value_pattern(column, subs[text])})"
            if text in leaves:  # "spent on groceries": category = Food:Groceries
                everyday = f"(?:{everyday}|{_value_pattern(column, leaves[text])})"
            if re.match(r"(?:19|20)\d\d\s+[A-Za-z]", text):  # "2012 Toyota Camry": "the camry", "the toyota"
                for model in text.split()[1:]:
                    alone = len(model) >= 3 and model.isalpha() and model.lower() not in STOP
                    if alone and sum(model.lower() in v.lower().split() for v in column.values) == 1:
                        everyday = f"(?:{everyday}|{re.escape(model)}s?)"
            heads_of = _head_nouns(column)
            # "my ipas": Style = American IPA (not "the sensors" beside a Sensor Temperature: a column's word)
            if (
                text in heads_of
                and set(column.stems) & _KIND_STEMS
                and not any(stem(heads_of[text].lower()) in c.stems for c in columns if c is not column)
            ):
                # (after "my", "the", "our", "all": not a word in an aside, "(blasts, ice quakes etc)")
                lead = r"(?:(?<=\bmy\s)|(?<=\bour\s)|(?<=\bthe\s)|(?<=\ball\s)|(?<=\bof\s)|(?<=\ba\s)|(?<=\ban\s))"
                everyday = f"(?:{everyday}|{lead}{re.escape(heads_of[text])}(?:e?s)?)"
                if set(column.stems) & {"specy", "species", "breed", "animal"}:
                    # (an animal counted or in the plural, anywhere: "how many deer" of White-tailed Deer, "when
                    # bears came by" of Black Bear; not "how many vehicles" of a Vehicle Class's Special purpose
                    # vehicle)
                    counted = r"(?<=\bhow\smany\s)"
                    everyday = f"(?:{everyday}|{counted}{re.escape(heads_of[text])}|{re.escape(heads_of[text])}s)"
            # "building fires" of Fire in Building: the place before the thing, as people say it
            turned = re.fullmatch(r"([A-Za-z]{3,})\s+(?:in|on|at)\s+(?:an?\s+|the\s+)?([A-Za-z]{3,})", text)
            if turned:
                everyday = rf"(?:{everyday}|{re.escape(turned.group(2))}\s+{re.escape(turned.group(1))}(?:e?s)?)"
            numbered = _numbered_names(column)
            if text in numbered and column.stems:  # "the betta tank": Tank = Betta 5
                noun = re.escape(column.stems[-1])
                solo = re.escape(numbered[text])
                own = f"{solo}(?=\\s+{noun}(?:s|es)?\\b)|(?<=\\bthe\\s){solo}\\b"
                everyday = f"(?:{everyday}|{own})"
            if text in firsts:  # "how many hours did sara put in": Person = Sara Jansen
                everyday = f"(?:{everyday}|{re.escape(firsts[text])}(?:'s)?)"
                nickname = _EVERYDAY.get(firsts[text].lower())
                if nickname is not None:  # "cab" of Varietal = Cabernet Sauvignon: its first word said short
                    everyday = f"(?:{everyday}|{re.escape(nickname)}s?)"
            for head in heads.get(text, []):
                everyday = f"(?:{everyday}|{_value_pattern(column, head)})"
            for part in coded.get(text, ()):
                if part not in _CODE_FILLERS and stem(part) not in said_stems and part not in said_stems:
                    everyday = f"(?:{everyday}|{_value_pattern(column, part)})"  # a word the code alone holds
            # "no stroke patients" is not ever_married = No: a bare yes or no is a value only beside its column
            short = (
                (len(text) < 2 or text.lower() in STOP or text.lower() in _YES_NO)
                and (everyday.startswith(re.escape(text)) or everyday.startswith("(?:" + re.escape(text)))  # "IN"
                # (F and M of a sex column are said by their everyday words: "women", "females")
                and not any(everyday.startswith(f"(?:{words}") for words in _VALUE_WORDS.values())
            )
            # "how many tasks are done": an everyday word that is a status (Notion's Done), said after its verb
            stated = bool(
                short and set(column.stems) & _STATUS_STEMS and len(text) >= 4 and text.lower() not in _YES_NO
            )
            short = short and not stated and not plural_code
            # plurals too, and the everyday words for a sex ("women"); "C", "A": only right after the column's name
            pattern = compiled(rf"(?<![^\W_]){everyday}(?![^\W_])", re.IGNORECASE)
            if short:
                if named is None:
                    continue
                pattern = re.compile(rf"(?<=[\s(]){re.escape(text)}(?![^\W_])")  # as written: "spray C", not "a"
                if len(text) >= 4 and (column.n_unique or 0) <= 6:  # (a word set against another: any case)
                    pattern = re.compile(pattern.pattern, re.IGNORECASE)
            # "members" of member_casual, whose values (member, casual) make up its name: the value, in the plural
            own_word = stem(text.lower()) in column.stems and not _spelled_out(column)
            for m in pattern.finditer(question):
                before, after = question[: m.start()], question[m.end() :]
                if stated and _STATE_BEFORE.search(before) is None:
                    continue
                if text.lower() in _CURRENCY_CODES and any(
                    c.numeric and re.search(rf"(?i)(?<![a-z]){re.escape(text)}(?![a-z])", c.name) for c in columns
                ):
                    continue  # "in dollars" beside Amount (USD): the unit of that column, not the rows paid in USD
                if m.group() == "us" and not re.search(
                    r"(?:^|\b(?:the|in|from|to|of|for|vs|versus|and|or|across|within|outside|non|not|than))\W*$",
                    before,
                    re.I,
                ):
                    continue  # "which customer has paid us the most": the pronoun, not the country code US
                if (
                    m.group().lower() != text.lower()
                    and len(said_words := [stem(w) for w in re.findall(r"[a-z]+", m.group().lower())])
                    >= (2 if len(text.split()) < 2 else 1)  # ("do longer trails" of wikiloc trails: no Trail running)
                    and set(said_words) <= catalog.subjects.get(frame, frozenset())
                ):
                    continue  # "new library cards" of library_card_signups.csv: the file's rows, not Library Card Month
                if own_word and m.group().lower() != text.lower():
                    continue  # "dog names": the column's own word in the plural, not its value "NAME"
                if (
                    len(m.group().split()) == 1 < len(text.split())
                    and m.group()[:1].islower()
                    and re.search(r"\b(?:which|what|each|per|every|any|an?)\s+$", before, re.I)
                    # (a title's initials are the title: "a wow purchase", World of Warcraft)
                    and m.group().lower() != _title_initials(text)
                    # (and a kind after its class is that kind: "a restaurant" of A-2 ASSEMBLY - RESTAURANT)
                    and not (text in subs and stem(m.group().lower()) == stem(subs[text].lower()))
                    # (nor an animal by its kind's last word: "a deer" of Whitetail Deer)
                    and not (text in heads_of and set(column.stems) & {"specy", "species", "breed", "animal"})
                ):
                    continue  # "which bank made the most loans": a kind of thing, not Bank of America by one word
                if m.group().lower() in _ANYONE and (
                    re.search(r"\b(?:how\s+many|number\s+of|many|of\s+the)\s+$", before, re.I)
                    # "how many sick days did people take": people doing it, the subject of a verb
                    or (
                        re.search(r"\b(?:did|do|does|have|had|has|were|are|can|will|would)\s+$", before, re.I)
                        # ("what % of events were people": what the events were, said last, is the value)
                        and not (
                            re.search(r"\b(?:were|are|was|is)\s+$", before, re.I)
                            and re.match(r"\s*(?:[?.!,;]|$)", after)
                        )
                    )
                    or re.match(r"\s+(?:who|that|took|take|takes|have|had|did|do|does|are|were|get|got)\b", after, re.I)
                ):
                    continue  # "how many people applied": whoever the rows are, not Department = People
                if column.kind == "text" and (column.n_unique or 0) > 1000 and m.group().lower() != text.lower():
                    continue  # "how many songs": the rows, not an album called "Song" (free text only as written)
                if _WHEN_AFTER.match(question[m.end() :]) and any(
                    c.is_date and root(m.group().lower()) in {root(s) for s in c.stems} for c in columns
                ):
                    continue  # "movies released per year": the release date's year, not status = Released
                if (
                    re.search(r"\(\s*$", before)
                    and re.match(r"\s*\)", question[m.end() :])
                    and len(text) <= 4
                    and not (named and re.search(rf"(?:{named.pattern})\s*\(\s*$", before, re.I))
                ):
                    continue  # "avg salary (usd)": a unit said in brackets, not the rows paid in USD ("class (H)" is)
                word = re.search(r"([^\W\d_]+)\s*(?:=|is|was)?\s*$", before)
                if short and not (
                    # ("class (H)": the code in brackets after its column's name)
                    (named and re.search(rf"(?:{named.pattern})\s*(?:=|is|was)?\s*$", before, re.I))
                    or (
                        named
                        and re.search(rf"(?:{named.pattern})\s*\(\s*$", before, re.I)
                        and re.match(r"\s*\)", after)
                    )
                    # "exactly one stop": a number word of a column (stops: zero, one, two_or_more) before its name
                    or (
                        text.lower() in NUMBER_NAMES
                        and len(column.stems) == 1
                        and re.match(rf"\s*{re.escape(column.stems[0])}s?\b", after, re.I)
                    )
                    # "M rated games", "E rated": a code right before a form of its column's word (Rating)
                    or (
                        len(column.stems) == 1
                        and text.isupper()
                        and (nxt := re.match(r"\s*(?:-\s*)?([a-z]{4,})", after, re.I)) is not None
                        and _bare(nxt.group(1).lower()) == _bare(column.stems[0])
                    )
                    or (len(text) == 1 and text.isupper() and _AWARDED.search(before))
                    # "R vs PG-13": a code set against another value of its column, as written
                    or (text.isupper() and _beside_sibling(before, after, column, text))
                    # "higher at work than at home": an everyday word set against another of a few values
                    or (
                        len(text) >= 4
                        and (column.n_unique or 0) <= 6
                        and _beside_sibling(before, after, column, text, _AGAINST, re.I, 3)
                    )
                    # a word of the column's name before it: "city C" of City_Category ("appendix I" of App.)
                    or (word and len(word.group(1)) >= 3 and stem(word.group(1).lower()) in column.significant)
                    or (
                        word
                        and len(word.group(1)) >= 5
                        and any(abbreviates(p, word.group(1).lower()) for p in column.significant)
                    )
                    # "tagged work", "labelled urgent": a label of a column of tags or labels, by its verb
                    or (
                        re.search(r"\b(?:tagged|labell?ed)\s+(?:as\s+|with\s+)?$", before, re.I) is not None
                        and bool(set(column.stems) & {"tag", "label"})
                    )
                ):
                    continue
                _keep_longest(found, taken, ValueMention(column, value, m.start(), m.end()))
            if column.kind == "text":
                continue  # free text that repeats (developers, towns): a value only as written, not another form
            # a one-word value said as another form of its word ("adopted": Adoption, "transferred": Transfer)
            form = distinct.get(text, text).strip()  # "Closed Won" is told apart by "Won": "win rate"
            head, _, last = text.rpartition(" ")
            if head.strip().lower() in ("not", "no", "non", "never"):
                head, last = "", text  # "Not Inspected" is never said by "inspections" alone
            if (
                head
                and not re.fullmatch(r"[\d.,\s]+", head)  # "10 minutes" beside "10 seconds": an amount, not "minutes"
                # (told apart by the last word alone: not a title and its "(Part 2)", which only goes on)
                and any(
                    v.strip().startswith(head + " ") and v.strip() != text and " " not in v.strip()[len(head) + 1 :]
                    for v in column.values
                )
                # ... and the last word is this value's alone ("Bowl" ends Chicken Bowl and Carnitas Bowl too)
                and not any(v.strip().endswith(" " + last) and v.strip() != text for v in column.values)
            ):
                form = last  # Closed Won beside Closed Lost, among other stages
            elif (
                head
                and " " not in head.strip()  # two words: "Trip Completed", not a sentence ending "... researched"
                and len(last) >= 5
                and last.isalpha()
                and last.lower().endswith(("ed", "ing"))  # a state ("Trip Completed"), not a thing ("quarry blast")
                and len(column.values) <= 12
                and not any(last.lower() in v.lower() for v in column.values if v.strip() != text)
                and not any(last.lower() in c.name.lower() for c in columns)
                # (a name's last word is no state: "women raced" is not Team = Banked Racing)
                and not set(column.stems) & _NAMED_THINGS
                # (nor the deed a date keeps: "when were kids baptised" is Baptism Date, not Privately baptised)
                and not any(c.is_date and any(shared_start(last.lower(), p) >= 5 for p in c.stems) for c in columns)
            ):
                form = last  # "were completed": Trip Completed, the one value that says it
            base = root(form.lower())
            gerund = _gerund_forms(form)  # "Running": run, runs; "Hiking": hike, hikes
            if not form.isalpha() or (len(base) < 4 and form.lower() not in IRREGULAR and not gerund):
                continue
            if form != text and form.lower() in STOP:
                continue  # "So What" told from "So We Won't Forget" by "What": no question's "what" says it
            for m in WORD.finditer(question):
                said = m.group().lower()
                if (
                    said in gerund
                    and said != text.lower()
                    and not any(stem(said) in c.stems for c in columns)
                    # ("what month did i watch the most": the watching Watched At dates, not Status = watching)
                    and not any(c.is_date and root(said) in {root(s) for s in c.stems} for c in columns)
                ):
                    _keep_longest(found, taken, ValueMention(column, value, m.start(), m.end()))
                    continue
                # "wheat producing countries": the verb of a noun value (Production) names it too
                verb_of = said.endswith("ing") and len(root(said)) >= 6 and root(form.lower()).startswith(root(said))
                # "the placement rate": the share of rows Placed (a "-ment" noun of the value's verb, as a rate)
                verb_of = verb_of or (
                    said.endswith("ment")
                    and len(said) >= 8
                    and root(said[:-4]) == root(form.lower())
                    and re.match(r"\s*(?:rates?|percentages?|share)\b", question[m.end() :], re.I) is not None
                )
                if said == text.lower() or not (said == form.lower() or same_word(said, form) or verb_of):
                    continue
                if any(said in (v.strip().lower(), v.strip().lower() + "s") for v in column.values):
                    continue  # "developed" is the value Developed itself, not another form of Developing
                if rows_noun(catalog, frame, said) is not None:
                    continue  # "deliveries per month": the rows (DeliveryID), not the ones whose Status is DELIVERED
                if form != text and any(c != column and c.stems and c.stems[0] == stem(said) for c in columns):
                    continue  # "male vs female drivers": driver_gender's word, not stop_outcome = Arrest Driver
                if any(c.is_date and root(said) in {root(s) for s in c.stems} for c in columns):
                    continue  # "the most releases": films counted by release_date, not status = Released
                if any(c.numeric and (said in c.stems or stem(said) in c.stems) for c in columns):
                    continue  # "acres burned": a measure's own word (FIRE_SIZE, acres burned), not Debris Burning
                following = WORD.match(question[m.end() :].lstrip().lower())
                if (
                    following
                    and any(stem(following.group()) in c.significant for c in columns)
                    and rows_noun(catalog, frame, following.group()) is None
                    and not catalog.names_subject(frame, following.group())  # "failed runs" of a run list
                ):
                    continue  # it qualifies the column named next ("finish time"), it is not the value
                _keep_longest(found, taken, ValueMention(column, value, m.start(), m.end()))
    # a head said in full beats a shorter value inside it ("aggravated assaults", not "Other Assaults" of "assaults")
    family = _family_heads(question, columns, taken)
    found = [
        v
        for v in found
        if not any(f.start <= v.start and v.end <= f.end and f.end - f.start > v.end - v.start for f in family)
    ]
    found += [f for f in family if not any(v.start < f.end and f.start < v.end for v in found)]
    found = [v for v in found if not _in_every_value(v.column, str(v.value))]
    # "median goal in usd": a unit a measure's name carries (usd_goal_real), not the rows whose currency is USD
    units = {w for c in columns if c.numeric for w in re.findall(r"[a-z]+", c.name.lower())}
    found = [
        v
        for v in found
        if not (
            str(v.value).strip().lower() in units & _MONEY_UNITS
            and re.search(r"\bin\s+$", question[: v.start], re.I)
            and v.end - v.start <= 4
        )
    ]
    # a column that holds one value only ("Released" on every row) picks no rows: its value names nothing
    # (one value beside blanks, Goodbudget's Status "cleared", is a mark: those rows and the others)
    found = [
        v
        for v in found
        if not (v.column.n_unique == 1 and len({x.strip() for x in v.column.values}) == 1 and v.column.complete)
    ]
    found += _spelt_otherwise(question, columns, taken + [(v.start, v.end) for v in found])
    found += _practitioners(question, columns, taken + [(v.start, v.end) for v in found])
    found += _me_or_them(question, columns, taken + [(v.start, v.end) for v in found])
    found += _what_it_does(question, columns, taken + [(v.start, v.end) for v in found])
    found += _first_word_of_kind(question, columns, taken + [(v.start, v.end) for v in found])
    found += _coded(question, columns, taken + [(v.start, v.end) for v in found])
    found += _initialled(question, columns, taken + [(v.start, v.end) for v in found])
    found += _short_codes(question, columns, taken + [(v.start, v.end) for v in found])
    found += _explained(question, columns, taken + [(v.start, v.end) for v in found])
    found += _us_states(question, columns, taken + [(v.start, v.end) for v in found])
    found += _country_codes(question, columns, taken + [(v.start, v.end) for v in found])
    found += _tickers(question, columns, taken + [(v.start, v.end) for v in found])
    found += _country_names(question, columns, taken + [(v.start, v.end) for v in found])
    found += _shortened_last(question, columns, taken + [(v.start, v.end) for v in found])
    found += _compound_tail(question, columns, taken + [(v.start, v.end) for v in found])
    found += _word_of_values(question, columns, taken + [(v.start, v.end) for v in found])
    found += _words_of_one_value(question, columns, taken + [(v.start, v.end) for v in found])
    subject = catalog.subjects.get(frame, frozenset())
    # ("spend on salt" of a salt log: the thing the file is named for, not each supplier whose name holds "Salt")
    found = [
        v
        for v in found
        if not (stem(str(v.value).lower()) in subject and str(v.value) not in {x.strip() for x in v.column.values})
    ]
    found += _described(question, columns, taken + [(v.start, v.end) for v in found], subject)
    # "ended in an arrest": the yes/no column is_arrested, not the search type "Incident to Arrest" holding the word
    flags = {root(s) for c in columns if c.flag or c.kind == "bool" for s in c.stems}
    found = [
        v
        for v in found
        if not (
            root(question[v.start : v.end].lower()) in flags
            and not (  # a whole value said as written stays a value ("Arrest" when a status is just that)
                question[v.start : v.end].strip().lower() == str(v.value).strip().lower()
                and any(x.strip().lower() == str(v.value).strip().lower() for x in v.column.values)
            )
            and v.column.kind != "bool"
            and not (v.column.flag and v.column.coded)  # "frauds" of the flag Class itself (1: fraud)
        )
    ]
    # "what % of students are depressed" in Student Depression Dataset.csv: the file's rows, not the rows whose
    # Profession is Student (nearly all of them, but not all)
    found = [v for v in found if not _names_the_rows(question[v.start : v.end], v, catalog, frame)]
    # "which month did we spend the most": the Spent column, not Type = Spend Money
    found = [v for v in found if not _names_a_measure(question[v.start : v.end], columns, question[: v.start])]
    return _side_by_side(question, sorted(found, key=lambda v: v.start), columns)


def _words_of_one_value(question: str, columns: list[Column], taken: list[tuple[int, int]]) -> list[ValueMention]:
    """Two words said together that only one longer label holds, in order ("citizens app": Citizens Connect App).

    Boston 311's source is said without its middle word, beside "City Worker App" that has only the second.
    """
    names = {p for c in columns for p in c.stems}
    words = [(m.start(), m.end(), stem(m.group().lower())) for m in re.finditer(r"[^\W\d_]{3,}", question)]
    found: list[ValueMention] = []
    for column in columns:
        if not column.categorical or column.id_like or not 2 <= (column.n_unique or 0) <= 200:
            continue
        held = {
            v: [stem(w.lower()) for w in re.findall(r"[^\W\d_]{3,}", v) if w.lower() not in STOP]
            for v in dict.fromkeys(column.values)
            if len(v.split()) >= 3
        }
        for i in range(len(words) - 1):
            pair = words[i], words[i + 1]
            said = [question[a:b].lower() for a, b, _ in pair]
            if re.search(r"[^\s]", question[pair[0][1] : pair[1][0]]) or any(w[2] in names for w in pair):
                continue  # adjacent words only, neither a word of a column's name
            if any(w in STOP or w in ("not", "no", "never", "nor") for w in said):
                continue  # ("not researched" says a state of its own, no label's words)
            if any(a < pair[1][1] and pair[0][0] < b for a, b in taken):
                continue
            fits = [
                v
                for v, parts in held.items()
                if pair[0][2] in parts
                and pair[1][2] in parts
                and parts.index(pair[0][2]) < len(parts) - 1 - parts[::-1].index(pair[1][2])
            ]
            if len(fits) == 1:
                found.append(ValueMention(column, fits[0], pair[0][0], pair[1][1]))
        # "what percent of leads are junk": every word of one label said apart ("Junk Lead"), one of them the rows'
        heard = {w[2]: (w[0], w[1]) for w in words}
        labels = {v: [stem(w.lower()) for w in re.findall(r"[^\W\d_]{3,}", v)] for v in dict.fromkeys(column.values)}
        whole = [
            v
            for v, parts in labels.items()
            if 2 <= len(parts) <= 3 and len(parts) == len(v.split()) and all(p in heard for p in parts)
        ]
        if len(whole) == 1 and not any(v.column == column for v in found):
            spots = [heard[p] for p in labels[whole[0]] if p not in names and heard[p][1] - heard[p][0] >= 3]
            spot = spots[0] if len(spots) == 1 else None
            said_of = spot and re.search(
                r"\b(?:are|were|is|was|got|marked|flagged|labell?ed)\s+(?:as\s+)?$", question[: spot[0]], re.I
            )  # (said of the rows: "leads are junk", "tickets marked spam")
            if spot and said_of and not any(a < spot[1] and spot[0] < b for a, b in taken):
                found.append(ValueMention(column, whole[0], spot[0], spot[1]))
    return found


_SET_AGAINST = re.compile(r"^\s*(?:\w+\s+)?(?:vs\.?|versus|or|and|compared\s+(?:to|with)|against)\s+$", re.IGNORECASE)


def _side_by_side(question: str, found: list[ValueMention], columns: list[Column]) -> list[ValueMention]:
    """Two values set against each other belong to one column when one holds both.

    "lightning fires vs arson fires": both causes (STAT_CAUSE_DESCR), not a fire named LIGHTNING and a cause.
    """
    out = list(found)
    for i, (a, b) in enumerate(itertools.pairwise(found)):
        if a.column == b.column or not _SET_AGAINST.match(question[a.end : b.start]):
            continue
        for mine, other, k in ((a, b, i), (b, a, i + 1)):
            said = question[mine.start : mine.end].strip().lower()
            held = next((v for v in other.column.values if v.strip().lower() == said), None)
            if held is not None and other.column.categorical:
                out[k] = ValueMention(other.column, held, mine.start, mine.end)
                break
    return out


def _names_the_rows(said: str, v: ValueMention, catalog: Catalog, frame: str) -> bool:
    """A value said as the file's word for its rows, held by nearly every row of its column."""
    if not said.strip() or not catalog.names_subject(frame, said.strip().split()[-1]):
        return False
    counts = dict(zip(v.column.values, v.column.counts, strict=False)) if v.column.counts else {}
    return bool(counts) and counts.get(v.value, 0) >= 0.9 * sum(counts.values())


@lru_cache(maxsize=1024)
def _value_words(column: Column) -> dict[str, str]:
    """Words that several values hold among others ("SSD" of "256GB SSD", "512GB SSD + 1TB HDD"), lower-cased."""
    values = [v.strip() for v in dict.fromkeys(column.values) if v.strip()]
    if len(values) < 3 or (len(values) == 3 and (column.n_unique or 3) > 3):
        return {}  # ("Guest cancelled", "Host cancelled" beside "Completed": "got cancelled" is either; three seen of
        # many, as of a storm's narratives, tell nothing)
    seen: dict[str, set[str]] = {}
    spelled: dict[str, str] = {}
    for v in values:
        for w in re.findall(r"[A-Za-z][A-Za-z0-9+]{2,}", v):
            seen.setdefault(w.lower(), set()).add(v)
            spelled.setdefault(w.lower(), w)
    whole = {v.lower() for v in values}
    return {
        w: spelled[w]
        for w, holders in seen.items()
        if 2 <= len(holders) < len(values)  # in every value it tells nothing apart
        and w not in whole
        and w not in STOP
        and w not in column.stems
    }


_ROWS_SLOT = re.compile(
    r"(?:\bhow\s+many|\bnumber\s+of|\bcount\s+of|%\s+of|\bpercent\w*\s+of|\bshare\s+of|\bproportion\s+of"
    r"|\bwhich|\bwhat|\beach|\bper|\bevery|\ball|\bthe|\bthese|\bthose|\bof)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


_HAVING = re.compile(
    r"\b(?:have|has|had|having|with|without|w/o|using|uses|use|run|runs|running|come\s+with|comes\s+with|get|an?|no|any"
    # ("how many times did the crumb come out gummy": notes that say it, "a bit gummy", "gummy in the middle")
    r"|(?:came|come|comes|turned|turn|turns)\s+out)"
    r"\s+(?:an?\s+|the\s+|any\s+)?$",
    re.IGNORECASE,
)
# "how much did we spend on postgres", "how much of the bill is postgres": what money went to, a word of several
# line items ("Heroku Postgres Standard-0", "Heroku Postgres Premium-2")
_SPENT_ON = re.compile(
    r"\b(?:spen[dt]|spending|paid|pay|paying|charged?|billed|cost|costs|costing|go(?:es)?|went)\s+(?:\w+\s+){0,2}?"
    r"(?:on|for|to)\s+(?:the\s+|our\s+|my\s+)?$"
    r"|\b(?:bill|invoice|spend|spending|costs?|budget|total)\s+(?:is|was|are|were)\s+(?:for\s+|on\s+)?$",
    re.IGNORECASE,
)
# "in each obesity level": words after one that groups name the label (see readings), not a value of it
_GROUP_SLOT = re.compile(r"\b(?:each|per|by|every|which)\s+(?:[a-z]+\s+)?$", re.IGNORECASE)


_DONE_BEFORE = re.compile(
    r"\b(?:was|were|is|are|be|been|being|get|got|gets|did\s+(?:i|we|you|they)|do\s+(?:i|we|you|they)|i|we|never|not)"
    r"\s+$",
    re.IGNORECASE,
)


_ARE_BEFORE = re.compile(r"\b(?:are|were|is|was|as)\s+$", re.IGNORECASE)


def _done_form(said: str, words: dict[str, str]) -> str | None:
    """The value word that is the past form of a verb said ("skip", "skipped": skipped), if any."""
    forms = {said, f"{said}ed", f"{said}d", f"{said}{said[-1:]}ed"}
    if said.endswith("ing"):
        forms |= {f"{said[:-3]}ed", f"{said[:-4]}ed", f"{said[:-3]}d"}
    hit = [w for w in words if w.endswith("ed") and w in forms]
    return hit[0] if len(hit) == 1 else None


_STATUS_STEMS = frozenset({"status", "state", "stage"})
_STATE_BEFORE = re.compile(
    r"\b(?:are|is|was|were|been|be|being|got|get|gets|marked(?:\s+as)?|already|not|still|now)\s+$", re.IGNORECASE
)


# Words every statistics description uses: they tell no series apart
_DESCRIPTION_FILLERS = frozenset(
    {"proportion", "population", "percent", "percentage", "share", "rate", "total", "number", "people", "persons"}
    | {"annual", "average", "value", "level", "national", "using", "with", "without", "from", "that", "this"}
)


# (the UN's SeriesDescription is a series; a StatusDescription or an email's Subject is none)
# (FAOSTAT's Item "Prevalence of undernourishment (percent) (3-year average)" is a series too)
_SERIES_LABELS = MEASURE_LABELS | {"sery", "concept", "item"}


def _described(
    question: str, columns: list[Column], taken: list[tuple[int, int]], subject: frozenset[str]
) -> list[ValueMention]:
    """A long description of a series said by the words only it holds ("access to electricity", "poverty").

    The UN's SeriesDescription "Proportion of population with access to electricity, by urban/rural (%)" beside
    the drinking-water and poverty series: a word of one description and of no other names that series.
    """
    found: list[ValueMention] = []
    for column in columns:
        known = _known_values(column)
        if not column.categorical or not known or len(known) > 60 or any(len(v.split()) < 4 for v in known):
            continue
        if not set(column.stems) & _SERIES_LABELS:
            continue  # (a long label of something else, "Eligibility unknown as battery range has not been researched")
        holders: dict[str, set[str]] = {}
        prefixes: dict[str, set[str]] = {}
        for v in known:
            for w in re.findall(r"[a-z]{4,}", v.lower()):
                holders.setdefault(stem(w), set()).add(v)
            for w in re.findall(r"\b(?:fe)?male\b", v.lower()):
                holders.setdefault(w, set()).add(v)
            cut = re.search(r"([a-z]{3,})…$", v.lower())  # a label the profile shortened: its last word's start
            if cut:
                prefixes.setdefault(cut.group(1), set()).add(v)
        spans: dict[str, list[tuple[int, int]]] = {}
        for m in re.finditer(r"[A-Za-z]{3,}", question):
            key = stem(m.group().lower())
            for sex in ("female", "male"):  # "for girls" of "... primary school age, female (%)"
                if re.fullmatch(_VALUE_WORDS[sex], m.group(), re.IGNORECASE):
                    key = sex
            held = holders.get(key, set()) | {v for p, vs in prefixes.items() if key.startswith(p) for v in vs}
            if len(held) != 1 or key in _DESCRIPTION_FILLERS or key in STOP or m.group().lower() in STOP:
                continue
            if key in subject:
                continue  # what the whole file is about ("deaths" of drug_overdose_deaths.csv) names no one series
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            if any(key in c.stems for c in columns):
                continue  # a word of a column's name names that column
            spans.setdefault(next(iter(held)), []).append(m.span())
        for value, said in spans.items():
            found.append(ValueMention(column, value, said[0][0], said[-1][1]))
    return found


def _word_of_values(question: str, columns: list[Column], taken: list[tuple[int, int]]) -> list[ValueMention]:
    """A word said that several values hold ("have an SSD", "intel cpus"): the rows whose value holds it.

    Only of short values such as specifications ("256GB SSD + 1TB HDD", "Intel Core i5 7200U 2.5GHz"), not of
    lists or long names ("... Commission on Colleges and Schools"), and only where the question says a thing
    something has ("have an SSD", "with a touchscreen") or a word before the column's own ("intel cpus"). The
    request keeps the word; the kinds read it as every value holding it (`Column.qualified`).
    """
    found: list[ValueMention] = []
    for column in columns:
        if not column.categorical or column.listed:
            continue
        known = [v for v in dict.fromkeys(column.values) if v.strip()]
        if not known:
            continue
        # long names: their words are everyday words ("higher", "schools"), said as a value only right before
        # the column's own word ("a fire hazard" of CPSC's Hazard sentences)
        long = sum(len(v.split()) for v in known) > 6 * len(known)
        words = _value_words(column)
        for m in re.finditer(r"[A-Za-z][A-Za-z0-9+]{2,}", question):
            key = m.group().lower()
            # "did i skip", "were skipped": a verb said of values that hold its past form (TRACK_SKIPPED_FORWARDS)
            done = _done_form(key, words) if _DONE_BEFORE.search(question[: m.start()]) else None
            key = done or key
            # "how many people are guests": a value word in the plural after "are" (Multi-Channel Guest and
            # Single-Channel Guest)
            # (or had: "how many wheels have mites" of Mite Damage)
            plural = (
                key.endswith("s")
                and key[:-1] in words
                and bool(
                    _ARE_BEFORE.search(question[: m.start()])
                    or (key not in words and _HAVING.search(question[: m.start()]))
                )
            )
            key = key[:-1] if plural else key
            if key not in words or any(s < m.end() and m.start() < e for s, e in taken):
                continue
            if done is not None or plural:
                found.append(ValueMention(column, words[key], m.start(), m.end()))
                taken = [*taken, m.span()]
                continue
            if any(key in c.stems or stem(key) in c.stems for c in columns):
                continue  # a word of a column's name names that column ("airlines": Operating Airline)
            if _ROWS_SLOT.search(question[: m.start()]) or _GROUP_SLOT.search(question[: m.start()]):
                continue  # "how many movies", "of the movies": the rows, not the genre Television Movies
            after = re.match(r"\s*([a-z]+)", question[m.end() :].lower())
            if not (
                (_HAVING.search(question[: m.start()]) and not long)
                or (_SPENT_ON.search(question[: m.start()]) and not long)
                or (after and stem(after.group(1)) in column.stems)  # "intel cpus" of Cpu
            ):
                continue
            found.append(ValueMention(column, words[key], m.start(), m.end()))
            taken = [*taken, m.span()]
    return found


def _keep_longest(found: list[ValueMention], taken: list[tuple[int, int]], said: ValueMention) -> None:
    """Add a value read in the question unless it overlaps a column's name or a reading as long or longer.

    "police officers" is Title = POLICE OFFICER, not Agency = POLICE DEPARTMENT read from "police" alone; of two
    readings as long ("brown" of hair and of eyes) the first stays (the column named beside it comes first).
    """
    if any(
        said.start < e and s < said.end and not (said.start <= s and e <= said.end and e - s < said.end - said.start)
        for s, e in taken
    ):
        return  # a column's name read there, unless the value holds it and more ("area harvested" of Area)
    clash = [v for v in found if said.start < v.end and v.start < said.end]
    width = said.end - said.start
    if clash and any(
        v.end - v.start > width or (v.end - v.start == width and len(str(v.value)) <= len(str(said.value)))
        for v in clash
    ):
        return  # a longer reading, or one as long whose value leaves less unsaid ("world cup": FIFA World Cup)
    for v in clash:
        found.remove(v)
    found.append(said)


def _shortened_last(question: str, columns: list[Column], taken: list[tuple[int, int]]) -> list[ValueMention]:
    """A value of several words whose last word is said shorter: "checked bags" of Checked Baggage.

    The words before it as written; the last word said is the start of the value's last word (three letters at
    least, a plural allowed), and no other value of the column starts that way.
    """
    out: list[ValueMention] = []
    for column in columns:
        if not column.categorical or column.kind == "text":
            continue
        values = [v.strip() for v in dict.fromkeys(column.values) if v.strip()]
        for value in values:
            parts = value.split()
            if len(parts) < 2 or not parts[-1].isalpha():
                continue
            head = r"\s+".join(re.escape(p) for p in parts[:-1])
            for m in compiled(rf"(?<![^\W_]){head}\s+(?P<last>[a-z]{{3,}})(?![^\W_])", re.I).finditer(question):
                said = stem(m["last"].lower())
                whole = parts[-1].lower()
                if said == whole or not whole.startswith(said) or len(said) < 3:
                    continue
                rivals = [v for v in values if v != value and v.lower().startswith(" ".join(parts[:-1]).lower())]
                if rivals or any(m.start() < e and s < m.end() for s, e in taken):
                    continue
                out.append(ValueMention(column, value, m.start(), m.end()))
    return out


def _compound_tail(question: str, columns: list[Column], taken: list[tuple[int, int]]) -> list[ValueMention]:
    """A one-word value said by the word it ends in: "beans" of SOYBEANS, "berries" of Blueberries.

    Only of a few labels (a crop, a product), said after "on", "for", "of" as a label is, when what comes before is
    short (three letters at most: never Campfire of "fires") and no other label ends in that word.
    """
    # the words said as a label is ("on the beans", "and for beans"; "how many games" are rows), read once
    said_words = [
        m
        for m in re.finditer(r"(?<![^\W_])(?P<w>[a-z]{5,})(?![^\W_])", question, re.IGNORECASE)
        if m["w"].lower() not in STOP
        and not any(m.start() < e and s < m.end() for s, e in taken)
        and re.search(r"\b(?:on|for|of|in|about|and|with|to)\s+(?:the\s+|our\s+)?$", question[: m.start()], re.I)
    ]
    out: list[ValueMention] = []
    for column in columns:
        if not said_words or not column.categorical or column.kind == "text" or (column.n_unique or 99) > 20:
            continue
        values = [v.strip() for v in dict.fromkeys(column.values) if v.strip()]
        for m in said_words:
            said = m["w"].lower()
            forms = {said, said[:-1] if said.endswith("s") else said + "s"}
            ends = [
                v
                for v in values
                if v.isalpha() and any(v.lower().endswith(f) and 2 <= len(v) - len(f) <= 3 for f in forms)
            ]
            if len(ends) == 1 and not any(v.lower() in forms for v in values):
                out.append(ValueMention(column, ends[0], m.start(), m.end()))
    return out


_US_STATES = {
    "alabama": "AL", "alaska": "AK", "arizona": "AZ", "arkansas": "AR", "california": "CA", "colorado": "CO",
    "connecticut": "CT", "delaware": "DE", "florida": "FL", "georgia": "GA", "hawaii": "HI", "idaho": "ID",
    "illinois": "IL", "indiana": "IN", "iowa": "IA", "kansas": "KS", "kentucky": "KY", "louisiana": "LA",
    "maine": "ME", "maryland": "MD", "massachusetts": "MA", "michigan": "MI", "minnesota": "MN", "mississippi": "MS",
    "missouri": "MO", "montana": "MT", "nebraska": "NE", "nevada": "NV", "new hampshire": "NH", "new jersey": "NJ",
    "new mexico": "NM", "new york": "NY", "north carolina": "NC", "north dakota": "ND", "ohio": "OH",
    "oklahoma": "OK", "oregon": "OR", "pennsylvania": "PA", "rhode island": "RI", "south carolina": "SC",
    "south dakota": "SD", "tennessee": "TN", "texas": "TX", "utah": "UT", "vermont": "VT", "virginia": "VA",
    "washington": "WA", "west virginia": "WV", "wisconsin": "WI", "wyoming": "WY", "district of columbia": "DC",
}  # fmt: skip
US_STATE_NAMES = frozenset(_US_STATES)
_STATE_NAME = re.compile(
    r"(?<![^\W_])(?:" + "|".join(sorted(_US_STATES, key=len, reverse=True)) + r")(?![^\W_])", re.IGNORECASE
)


def _us_states(question: str, columns: list[Column], taken: list[tuple[int, int]]) -> list[ValueMention]:
    """A US state said by name where a column keeps the postal codes ("california": State = CA)."""
    codes = set(_US_STATES.values())

    def coded(c: Column) -> bool:
        said = [v.strip() for v in c.values if v.strip()]
        two = sum(bool(re.fullmatch(r"[A-Z]{2}", v)) for v in said)
        # a State/Province column may hold other countries' numbered regions too; a Country column's "CA" is Canada
        enough = two == len(said) or ({"state", "province"} & set(c.stems) and two * 2 >= len(said))
        return bool(enough) and sum(v in codes for v in said) >= 3 and "country" not in c.stems

    kept = [c for c in columns if c.categorical and coded(c)]
    if len(kept) != 1:
        return []
    out = []
    for m in _STATE_NAME.finditer(question):
        if not any(m.start() < e and s < m.end() for s, e in taken):
            out.append(ValueMention(kept[0], _US_STATES[m.group().lower()], m.start(), m.end()))
    return out


def state_columns(question: str, catalog: Catalog, frame: str) -> str:
    """A US state said by name where each state is a column of its own (FRED's CAUR, TXUR): that column's name.

    Only when ten or more columns are a postal code and one shared part ("UR": unemployment rate), so that a
    column that merely starts with two capitals (CASE_ID) names no state.
    """
    codes = set(_US_STATES.values())
    shared: dict[str, dict[str, str]] = {}
    for c in catalog.of(frame):
        if not c.numeric:
            continue
        head = re.fullmatch(
            r"(?P<st>[A-Z]{2})(?P<rest>[A-Z0-9_]{1,12})|(?P<rest2>[A-Za-z0-9]{1,12}_)(?P<st2>[A-Z]{2})", c.name
        )
        if head is None or (head["st"] or head["st2"]) not in codes:
            continue
        shared.setdefault(head["rest"] or head["rest2"], {})[head["st"] or head["st2"]] = c.name
    by_state = max(shared.values(), key=len, default={})
    if len(by_state) < 10:
        return question

    def named(m: re.Match[str]) -> str:
        column = by_state.get(_US_STATES[m.group("name").lower()])
        return column if column is not None else m.group()

    return re.sub(
        rf"(?P<name>{_STATE_NAME.pattern})(?:['’]s)?",
        named,
        question,
        flags=re.IGNORECASE,
    )


# Countries by name, for a country column kept as two-letter ISO codes ("china": CN); the UK as either GB or UK
_COUNTRY_CODES = {
    "china": "CN", "united states": "US", "usa": "US", "america": "US", "united kingdom": "GB|UK", "uk": "GB|UK",
    "britain": "GB|UK", "england": "GB|UK", "germany": "DE", "france": "FR", "japan": "JP", "india": "IN",
    "canada": "CA", "spain": "ES", "italy": "IT", "south korea": "KR", "korea": "KR", "brazil": "BR",
    "russia": "RU", "australia": "AU", "mexico": "MX", "netherlands": "NL", "holland": "NL", "turkey": "TR",
    "switzerland": "CH", "sweden": "SE", "norway": "NO", "denmark": "DK", "finland": "FI", "poland": "PL",
    "austria": "AT", "belgium": "BE", "portugal": "PT", "greece": "GR", "ireland": "IE", "israel": "IL",
    "egypt": "EG", "south africa": "ZA", "nigeria": "NG", "argentina": "AR", "chile": "CL", "colombia": "CO",
    "peru": "PE", "indonesia": "ID", "thailand": "TH", "vietnam": "VN", "philippines": "PH", "malaysia": "MY",
    "singapore": "SG", "taiwan": "TW", "hong kong": "HK", "saudi arabia": "SA", "iran": "IR", "pakistan": "PK",
    "bangladesh": "BD", "new zealand": "NZ", "czech republic": "CZ", "czechia": "CZ", "hungary": "HU",
    "romania": "RO", "ukraine": "UA", "qatar": "QA", "united arab emirates": "AE", "uae": "AE",
    "united states of america": "US", "great britain": "GB|UK", "russian federation": "RU", "viet nam": "VN",
    "turkiye": "TR", "türkiye": "TR", "the us": "US",
    # Eurostat's and the OECD's aggregates beside the countries (EU27_2020, EA20)
    "european union": "EU27_2020|EU28|EU27_2007|EU27|EU", "eu": "EU27_2020|EU28|EU27_2007|EU27|EU",
    "euro area": "EA20|EA19|EA|EA18", "eurozone": "EA20|EA19|EA|EA18", "oecd": "OECD",
}  # fmt: skip
# How files of country names write some countries ("Korea, Rep." in World Bank files): their codes
_LONG_FORMS = {
    "korea, rep.": "KR", "republic of korea": "KR", "korea, south": "KR", "iran, islamic rep.": "IR",
    "egypt, arab rep.": "EG", "hong kong sar, china": "HK",
}  # fmt: skip
# Capitals only: "US" and "UK", not the word "us"
_SHORT_COUNTRY = re.compile(r"(?<![\w.])(?:U\.?S\.?A?|U\.?K\.?)(?![\w])")
US_STATES = frozenset(_US_STATES)  # the states' names, lower-cased
COUNTRY_NAMES = frozenset(_COUNTRY_CODES) - {"america", "britain", "england", "holland", "korea", "uae", "usa", "uk"}
COUNTRY_NAMES -= {"the us"}
COUNTRY_NAMES -= {"european union", "eu", "euro area", "eurozone", "oecd"}
"""Country names as a column of countries writes them ("Brazil", "United Kingdom")."""
_COUNTRY_NAME = re.compile(
    r"(?<![^\W_])(?:"
    + "|".join(sorted((re.escape(k) for k in _COUNTRY_CODES), key=len, reverse=True))
    + r")(?![^\W_])",
    re.IGNORECASE,
)


_ALPHA3 = {
    "CN": "CHN", "US": "USA", "GB": "GBR", "DE": "DEU", "FR": "FRA", "JP": "JPN", "IN": "IND", "CA": "CAN",
    "ES": "ESP", "IT": "ITA", "KR": "KOR", "BR": "BRA", "RU": "RUS", "AU": "AUS", "MX": "MEX", "NL": "NLD",
    "TR": "TUR", "CH": "CHE", "SE": "SWE", "NO": "NOR", "DK": "DNK", "FI": "FIN", "PL": "POL", "AT": "AUT",
    "BE": "BEL", "PT": "PRT", "GR": "GRC", "IE": "IRL", "IL": "ISR", "EG": "EGY", "ZA": "ZAF", "NG": "NGA",
    "AR": "ARG", "CL": "CHL", "CO": "COL", "PE": "PER", "ID": "IDN", "TH": "THA", "VN": "VNM", "PH": "PHL",
    "MY": "MYS", "SG": "SGP", "TW": "TWN", "HK": "HKG", "SA": "SAU", "IR": "IRN", "PK": "PAK", "BD": "BGD",
    "NZ": "NZL", "CZ": "CZE", "HU": "HUN", "RO": "ROU", "UA": "UKR", "QA": "QAT", "AE": "ARE",
}  # fmt: skip
"""ISO 3166 three-letter codes of the countries above (hotel and football files write PRT, GBR, USA)."""


def country_code_columns(columns: list[Column]) -> list[Column]:
    """The columns keeping countries as ISO codes under a name of places (Eurostat's geo, the OECD's LOCATION)."""
    return [
        c
        for c in columns
        if c.categorical
        # (Eurostat's geo, the OECD's LOCATION, ILOSTAT's ref_area: codes of countries under a name of places)
        and {"country", "geo", "location", "area", "nation", "reporter"} & set(c.stems)
        and (said := [v.strip() for v in c.values if v.strip()])
        # (beside an aggregate or two written otherwise: EU27_2020 among Eurostat's countries)
        and sum(bool(re.fullmatch(r"[A-Z]{2,3}", v)) for v in said) * 4 >= len(said) * 3
    ]


def _country_codes(question: str, columns: list[Column], taken: list[tuple[int, int]]) -> list[ValueMention]:
    """A country said by name where a country column keeps ISO codes ("in China": country = CN, or CHN)."""
    kept = country_code_columns(columns)
    if len(kept) != 1:
        return []
    held = {v.strip() for v in kept[0].values}
    out = []
    for m in _COUNTRY_NAME.finditer(question):
        two = _COUNTRY_CODES[m.group().lower()].split("|")
        codes = [c for c in [*two, *(_ALPHA3.get(t, "") for t in two)] if c in held]
        if codes and not any(m.start() < e and s < m.end() for s, e in taken):
            out.append(ValueMention(kept[0], codes[0], m.start(), m.end()))
    return out


# Companies by their everyday names, for a column of stock tickers (Kaggle's S&P 500 files: Name = AAPL)
_TICKERS = {
    "apple": "AAPL", "amazon": "AMZN", "google": "GOOGL|GOOG", "alphabet": "GOOGL|GOOG", "microsoft": "MSFT",
    "facebook": "META|FB", "meta": "META|FB", "tesla": "TSLA", "netflix": "NFLX", "nvidia": "NVDA",
    "american airlines": "AAL", "intel": "INTC", "ibm": "IBM", "coca cola": "KO", "coca-cola": "KO", "coke": "KO",
    "pepsi": "PEP", "pepsico": "PEP", "walmart": "WMT", "disney": "DIS", "jpmorgan": "JPM", "jp morgan": "JPM",
    "exxon": "XOM", "exxonmobil": "XOM", "boeing": "BA", "mcdonalds": "MCD", "mcdonald's": "MCD",
    "starbucks": "SBUX", "nike": "NKE", "adobe": "ADBE", "salesforce": "CRM", "oracle": "ORCL", "cisco": "CSCO",
    "amd": "AMD", "paypal": "PYPL", "visa": "V", "mastercard": "MA", "berkshire": "BRK.B|BRK-B",
    "johnson & johnson": "JNJ", "procter & gamble": "PG", "chevron": "CVX", "pfizer": "PFE", "merck": "MRK",
    "home depot": "HD", "costco": "COST", "uber": "UBER", "bank of america": "BAC", "wells fargo": "WFC",
    "goldman sachs": "GS", "goldman": "GS", "verizon": "VZ", "at&t": "T", "ford": "F", "general motors": "GM",
    "general electric": "GE", "qualcomm": "QCOM", "broadcom": "AVGO", "twitter": "TWTR", "snapchat": "SNAP",
    "zoom": "ZM", "shopify": "SHOP", "alibaba": "BABA", "delta": "DAL", "united airlines": "UAL",
    "southwest": "LUV", "amgen": "AMGN", "gilead": "GILD", "caterpillar": "CAT", "3m": "MMM", "ebay": "EBAY",
    "booking": "BKNG", "airbnb": "ABNB", "spotify": "SPOT", "target": "TGT", "lowes": "LOW", "lowe's": "LOW",
}  # fmt: skip
_TICKER_NAME = re.compile(
    r"(?<![^\W_])(?:"
    + "|".join(sorted((re.escape(k) for k in _TICKERS), key=len, reverse=True))
    + r")(?:'s)?(?![^\W_])",
    re.IGNORECASE,
)


def _tickers(question: str, columns: list[Column], taken: list[tuple[int, int]]) -> list[ValueMention]:
    """A company said by name where a column keeps stock tickers ("apple's closing price": Name = AAPL)."""
    out: list[ValueMention] = []
    for column in columns:
        said = [v.strip() for v in column.values if v.strip()]
        if (
            not column.categorical
            or not said
            or sum(bool(re.fullmatch(r"[A-Z]{1,5}(?:[.-][A-Z])?", v)) for v in said) * 10 < len(said) * 9
        ):
            continue
        held = set(said)
        for m in _TICKER_NAME.finditer(question):
            name = m.group().lower().removesuffix("'s")
            code = next((c for c in _TICKERS[name].split("|") if c in held), None)
            spans = taken + [(o.start, o.end) for o in out]
            if code is not None and not any(m.start() < e and s < m.end() for s, e in spans):
                out.append(ValueMention(column, code, m.start(), m.end()))
    return out


def _country_names(question: str, columns: list[Column], taken: list[tuple[int, int]]) -> list[ValueMention]:
    """A country said otherwise than a column of country names writes it ("US": United States, "Russia")."""
    out: list[ValueMention] = []
    # (a column's own name said whole is no country: "GDP per capita (current US$)")
    low = question.lower()
    taken = taken + [(i, i + len(c.name)) for c in columns if len(c.name) > 3 and (i := low.find(c.name.lower())) >= 0]
    for column in columns:
        if not column.categorical or not {"country", "entity", "nation", "location"} & set(column.stems):
            continue
        held = {v.strip() for v in column.values}
        coded: dict[str, str] = {}
        for v in held:
            for code in (_COUNTRY_CODES.get(v.lower()) or _LONG_FORMS.get(v.lower()) or "").split("|"):
                if code:
                    coded.setdefault(code, v)
        if len(coded) < 3:
            continue  # (a column of country names, not one that holds a country or two among other places)
        said = [(m, _COUNTRY_CODES[m.group().lower()]) for m in _COUNTRY_NAME.finditer(question)]
        said += [(m, "GB|UK" if "K" in m.group() else "US") for m in _SHORT_COUNTRY.finditer(question)]
        for m, codes in said:
            if m.group().strip().lower() in {h.lower() for h in held}:
                continue  # written as the column writes it: read already
            value = next((coded[c] for c in codes.split("|") if c in coded), None)
            spans = taken + [(o.start, o.end) for o in out]
            if value is not None and not any(m.start() < e and s < m.end() for s, e in spans):
                out.append(ValueMention(column, value, m.start(), m.end()))
    return out


def _family_heads(question: str, columns: list[Column], taken: list[tuple[int, int]]) -> list[ValueMention]:
    """The head two or more values share before a colon ("SUV: Small", "SUV: Standard"), said as "SUVs".

    Read by the kinds as every value that says it (`Column.qualified`).
    """
    out = []
    words_of_columns = {s for c in columns for s in c.stems}
    for column in columns:
        if not column.categorical:
            continue
        # a head that is a column's own word ("Company - Private": "company rating" is of Company Name's rows)
        shared = tuple(h for h in column.shared_heads if stem(h.split()[0].lower()) not in words_of_columns)
        for head in colon_heads(column.values) + shared:
            # "Canceled by passenger", "Canceled by driver": said "cancelled", without the word that goes on
            head = re.sub(r"(?i)(?:\s+(?:by|for|to|of|at|in|on|with|from))+\s*$", "", head) or head
            if head in {v.strip() for v in column.values} or len(head) < 3:
                continue
            plural = (
                rf"{re.escape(head[:-1])}(?:y|ies)"
                if head.lower().endswith("y")
                else rf"{_one_or_two_l(re.escape(head))}(?:e?s)?"
            )
            for m in re.finditer(rf"(?<![^\W_]){plural}(?![^\W_])", question, re.I):
                if not any(m.start() < e and s < m.end() for s, e in taken):
                    out.append(ValueMention(column, head, m.start(), m.end()))
    return out


def _in_every_value(column: Column, value: str) -> bool:
    """A value whose words every other value of its column holds too ("shot" beside "shot and Tasered").

    Said in a question ("the people shot"), it describes every row rather than picking some.
    """
    values = [v.lower() for v in _known_values(column)]
    if not values:
        return False
    said = re.compile(rf"(?<![^\W_]){re.escape(value.strip().lower())}(?![^\W_])")
    # "Not Graduate" beside Graduate holds the word to deny it: Graduate still picks rows
    return all(said.search(v) and not re.match(r"(?:not|non)(?:\b|_)", v) for v in values)


def _coded(question: str, columns: list[Column], taken: list[tuple[int, int]]) -> list[ValueMention]:
    """A value written as a capitalised code that starts a word the question says.

    "surgeries": SURG, "vaccinations": VACC, when no other value of the column starts that word.
    """
    out: list[ValueMention] = []
    for column in columns:
        if not column.categorical:
            continue
        codes = [v for v in dict.fromkeys(column.values) if re.fullmatch(r"[A-Z]{4,6}", v.strip())]
        if len(codes) < 2:
            continue
        for m in WORD.finditer(question):
            said = m.group().lower()
            hits = [v for v in codes if said.startswith(v.strip().lower()) and len(said) > len(v.strip())]
            if len(hits) == 1 and not any(m.start() < e and s < m.end() for s, e in taken):
                out.append(ValueMention(column, hits[0], m.start(), m.end()))
    return out


def _explained(question: str, columns: list[Column], taken: list[tuple[int, int]]) -> list[ValueMention]:
    """A coded value of a well-known table said by what it means ("Southampton": Embarked S, "first class": 1)."""
    out: list[ValueMention] = []
    for column in columns:
        for code, meaning in sorted(column.coded, key=lambda cm: -len(cm[1])):  # "no bruises" before "bruises"
            for m in re.finditer(rf"(?<![^\W_])(?:{meaning})(?![^\W_])", question, re.IGNORECASE):
                if any(m.start() < e and s < m.end() for s, e in taken + [(v.start, v.end) for v in out]):
                    continue
                value: str | int = int(code) if column.numeric and code.isdigit() else code
                out.append(ValueMention(column, value, m.start(), m.end()))  # type: ignore[arg-type]
    return out


def _short_codes(question: str, columns: list[Column], taken: list[tuple[int, int]]) -> list[ValueMention]:
    """A code of a column of short codes said in full: "unleaded 91" is U91, "premium 98" P98.

    Only of a label of a few capital codes of two to four characters (NSW FuelCheck's FuelCode), a word of five
    letters or more whose first letter is the code's one letter, and the code's number said after it.
    """
    out: list[ValueMention] = []
    for column in columns:
        codes = _known_values(column)
        # (a few codes, a fuel's or a grade's: a country's or a currency's codes are many, PRT beside POL)
        if not column.categorical or not 3 <= len(codes) <= 12:
            continue
        if not all(re.fullmatch(r"[A-Z][A-Z0-9]{1,3}", v) for v in codes):
            continue
        if 2 * len({v.upper() for v in codes} & _place_codes()) >= len(codes):
            continue  # a state's or a country's code is said by its name, read elsewhere
        for m in re.finditer(r"\b(?P<w>[a-z]{5,})(?:\s+(?P<n>\d{1,3}))?\b", question, re.I):
            word, number = m["w"].lower(), m["n"] or ""
            if word in STOP or word in COUNTRY_NAMES or any(m.start() < e and s < m.end() for s, e in taken):
                continue
            # (one letter and the number said: letters alone are too easily kept by a plain noun,
            # "storms" SS of a storm's status, "people" POL, "charging" CNG)
            fits = [v for v in codes if number and v == f"{word[0].upper()}{number}"]
            if len(fits) == 1:
                out.append(ValueMention(column, fits[0], m.start(), m.end()))
    return out


@lru_cache(maxsize=1)
def _place_codes() -> frozenset[str]:
    """The codes of US states and of countries."""
    countries = {code for codes in _COUNTRY_CODES.values() for code in codes.split("|")}
    return frozenset(_US_STATES.values()) | frozenset(c.upper() for c in countries)


def _initialled(question: str, columns: list[Column], taken: list[tuple[int, int]]) -> list[ValueMention]:
    """A value kept as the initials of its words, said in full right beside its column's name.

    "plead guilty" of a Plea column coded G / NG, "pleaded not guilty": NG. Only beside the name, since a letter
    alone starts too many words ("mean fine by sex" says no value of a Sex column coded M / F).
    """
    said = [(m.group().lower(), m.start(), m.end()) for m in WORD.finditer(question)]
    out: list[ValueMention] = []
    for column in columns:
        codes = [v.strip() for v in dict.fromkeys(column.values) if v.strip()]
        if (
            not column.categorical
            or len(codes) < 2
            or (column.n_unique is not None and column.n_unique > len(codes))
            or not all(re.fullmatch(r"[A-Z]{1,3}", v) for v in codes)
            or {v.lower() for v in codes} <= _YES_NO
            or _SEX_NAMES & set(column.stems)
            or column.coded  # (a known table's codes say what they mean: "flights" is no F of first class)
        ):
            continue
        head = column.significant[-1] if column.significant else ""
        stems = [head] if len(head) >= 4 else []  # the name's head word: "pizzas" does not name pizza_size
        for i, (word, at, to) in enumerate(said):
            if not any(stem(word) == s or (word.startswith(s) and len(word) - len(s) <= 3) for s in stems):
                continue
            if any(at < e and s < to for s, e in taken):
                continue  # the word is part of another column's name ("event types": EVENT_TYPE, not CZ_TYPE)
            # the value's words right after the name ("plead not guilty", "plea was guilty") or before it
            after = [w for w in said[i + 1 : i + 5] if w[0] not in ("was", "were", "is", "of", "as")][:3]
            before = said[max(0, i - 3) : i]
            for window in (after, before):
                for code in sorted(codes, key=len, reverse=True):
                    k = len(code)
                    spans = [window[:k]] if window is after else [window[-k:]]
                    for part in spans:
                        if len(part) != k or len(part[-1][0]) < 4 or part[-1][0] in STOP:
                            continue
                        if "".join(w[0][0] for w in part).upper() != code:
                            continue
                        start, end = part[0][1], part[-1][2]
                        if not any(start < e and s < end for s, e in taken + [(v.start, v.end) for v in out]):
                            out.append(ValueMention(column, code, start, end))
    return out


def _spelt_otherwise(question: str, columns: list[Column], taken: list[tuple[int, int]]) -> list[ValueMention]:
    """Values written with a slip or another spelling ("fibre optic": Fiber optic), word by word.

    Each word of the value is said as written, or (five letters and more, same first letter) one slip away; the
    value's words must all be there, in order, and one of them exactly as the value has it.
    """
    said = [(m.group().lower(), m.start(), m.end()) for m in WORD.finditer(question)]
    out: list[ValueMention] = []
    for column in columns:
        if not column.categorical:
            continue
        for value in dict.fromkeys(column.values):
            parts = [p.lower() for p in WORD.findall(value)]
            if not parts or len(parts) > 4 or not all(p.isalpha() for p in parts):
                continue
            for i in range(len(said) - len(parts) + 1):
                window = said[i : i + len(parts)]
                start, end = window[0][1], window[-1][2]
                if any(start < e and s < end for s, e in taken + [(v.start, v.end) for v in out]):
                    continue
                exact = [stem(w) == stem(p) for (w, _, _), p in zip(window, parts, strict=True)]
                written = [w in (p, p + "s", p + "es") for (w, _, _), p in zip(window, parts, strict=True)]
                close = [
                    x or (len(p) >= 5 and w[0] == p[0] and edit_distance(stem(w), stem(p), 1) <= 1)
                    for x, (w, _, _), p in zip(exact, window, parts, strict=True)
                ]
                # "fibre optic" of Fiber optic: one spelling for both (stem) is still a value said otherwise
                if all(close) and any(exact) and not all(written):
                    out.append(ValueMention(column, value, start, end))
    return out


def _first_word_of_kind(question: str, columns: list[Column], taken: list[tuple[int, int]]) -> list[ValueMention]:
    """A kind of a few two-word kinds said by its first word ("barrel time": Barrel Racing; "bull riders").

    Only of a short label whose kinds are phrases with first words no other kind or column name has.
    """
    out: list[ValueMention] = []
    names = {p for c in columns for p in c.stems}
    for column in columns:
        values = [v.strip() for v in dict.fromkeys(column.values) if v.strip()]
        if not column.categorical or not 2 <= len(values) <= 12 or column.id_like:
            continue
        if sum(len(v.split()) >= 2 for v in values) * 2 < len(values):
            continue
        firsts = [v.split()[0].lower() for v in values]
        for value, first in zip(values, firsts, strict=True):
            if len(value.split()) < 2 or firsts.count(first) != 1 or len(first) < 4 or first in STOP:
                continue
            if not first.isalpha() or stem(first) in names:
                continue
            # (not the end of another word: "non-primary hosts" is no Primary Residence)
            said = re.search(rf"(?<![-\w]){re.escape(first)}s?\s+([a-z]+)", question, re.I)
            if not said or any(s < said.end(1) and said.start() < e for s, e in taken):
                continue
            # the word after says what of it: a column's word ("barrel time") or the doer of the rest ("bull
            # riders" of Bull Riding); not "library cards" of Library Card Sign-Up Month, nor "colorado" of a city
            after, rest = said.group(1).lower(), value.split()[1].lower()
            doer = rest.endswith("ing") and re.fullmatch(rf"{re.escape(rest[:-3])}(?:er|ers|or|ors)", after)
            own = {stem(w.lower()) for w in re.findall(r"[A-Za-z]+", value)}
            if (stem(after) in names and stem(after) not in own) or doer:
                out.append(ValueMention(column, value, said.start(), said.start() + len(first)))
    return out


def _what_it_does(question: str, columns: list[Column], taken: list[tuple[int, int]]) -> list[ValueMention]:
    """A machine said by what it does ("the price of a wash": Machine Type = Washer; "a dry": Dryer)."""
    out: list[ValueMention] = []
    for column in columns:
        values = [v.strip() for v in dict.fromkeys(column.values) if v.strip()]
        if not column.categorical or not 2 <= len(values) <= 12:
            continue
        for value in values:
            low = value.lower()
            if " " in low or len(low) < 5 or not low.endswith("er"):
                continue
            does = {low[:-2], low[:-3] if low[-3:-2] == low[-4:-3] else ""} - {""}  # washer: wash; dryer: dry
            said = re.search(rf"\b(?:an?|each|per|every)\s+({'|'.join(map(re.escape, does))})\b", question, re.I)
            if said and not any(s < said.end(1) and said.start(1) < e for s, e in taken):
                out.append(ValueMention(column, value, said.start(1), said.end(1)))
    return out


_ME = {"i": "me", "me": "me", "they": "them", "them": "them", "you": "you"}


def _me_or_them(question: str, columns: list[Column], taken: list[tuple[int, int]]) -> list[ValueMention]:
    """Who did it, said as a person ("did i like first" of liked_first = me, beside them)."""
    out: list[ValueMention] = []
    for column in columns:
        held = {v.strip().lower(): v for v in column.values if v.strip()}
        if not column.categorical or "me" not in held or not set(held) <= {"me", "them", "you", "both", "neither"}:
            continue
        for m in re.finditer(r"\b(?:i|me|they|them)\b", question, re.I):
            value = held.get(_ME[m.group().lower()])
            after = {stem(w.lower()) for w in re.findall(r"[A-Za-z]+", question[m.end() :])[:3]}
            if not after & {stem(p) for p in column.stems}:
                continue  # (only the one who did what the column names: "did i like first", not "did i get")
            if value is not None and not any(s < m.end() and m.start() < e for s, e in taken):
                out.append(ValueMention(column, value, m.start(), m.end()))
                break
    return out


def _practitioner_forms(word: str) -> set[str]:
    """Who practises a field, from its name: dermatology → dermatologist, pediatrics → pediatrician."""
    w = word.lower()
    if w.endswith("ics"):
        return {w[:-1] + "ian", w[:-3] + "ist"}  # pediatrician, orthodontist (orthodontics)
    if w.endswith("y"):
        return {w[:-1] + "ist", w[:-1] + "ian", w[:-1] + "er"}  # dermatologist, optometrist, photographer
    return set()


def _practitioners(question: str, columns: list[Column], taken: list[tuple[int, int]]) -> list[ValueMention]:
    """A field said by who practises it ("the dermatologist" of Specialty = Dermatology; "physical therapist").

    The value's last word in the practitioner's form, its other words said before it as written.
    """
    said = [(m.group().lower(), m.start(), m.end()) for m in WORD.finditer(question)]
    out: list[ValueMention] = []
    for column in columns:
        if not column.categorical or not 2 <= len(set(column.values)) <= 60:
            continue
        for value in dict.fromkeys(column.values):
            parts = [p.lower() for p in WORD.findall(value)]
            if not parts or len(parts) > 3 or len(parts[-1]) < 6:
                continue
            forms = _practitioner_forms(parts[-1])
            for i in range(len(said) - len(parts) + 1):
                window = said[i : i + len(parts)]
                last = window[-1][0]
                if last.rstrip("s") not in forms and last not in forms:
                    continue
                if any(w != p for (w, _, _), p in zip(window[:-1], parts[:-1], strict=True)):
                    continue
                start, end = window[0][1], window[-1][2]
                if not any(start < e and s < end for s, e in taken):
                    out.append(ValueMention(column, value, start, end))
    return out


# A one-letter value (a grade, a class) received: "got a C", "scored an A", "rated B".
_AWARDED = re.compile(
    r"\b(?:got|get|gets|getting|receive[sd]?|receiving|earn(?:s|ed)?|score[sd]?|award(?:ed)?|given|rated|graded"
    r"|have|has|had)\s+(?:an?\s+)?$",
    re.I,
)


_GENERIC_TAILS = frozenset({"level", "type", "status", "category", "class", "group", "grade", "kind", "band"})


def _named_beside(question: str, column: Column) -> bool:
    """The question says the column's name right next to one of its values ("brown eyes", "hair is red")."""
    named = name_pattern(column)
    if named is None or not column.categorical:
        return False
    values = "|".join(re.escape(v.strip()) for v in column.values if v.strip())
    if not values:
        return False
    pattern = named.pattern
    sig = column.significant
    if len(sig) >= 2 and set(sig[1:]) <= _GENERIC_TAILS and len(sig[0]) >= 4:
        pattern = rf"{pattern}|(?<![^\W_]){re.escape(sig[0])}\w*"  # "low adaptivity" of Adaptivity Level
    before = rf"(?<![^\W_])(?:{values})(?:e?s)?\s+(?:{pattern})"
    after = rf"(?:{pattern})\s*(?:=|is|was|of)?\s*(?:{values})(?![^\W_])"
    return bool(compiled(f"{before}|{after}", re.IGNORECASE).search(question))


_BESIDE = r"\s*(?:vs\.?|versus|or|and|,|/)\s*"
# "at work than at home", "home compared to work": set against, in any case
_AGAINST = r"\s+(?:than|vs\.?|versus|or|compared\s+(?:to|with))\s+(?:(?:at|in|on|from|the)\s+)?"


def _beside_sibling(
    before: str, after: str, column: Column, text: str, join: str = _BESIDE, flags: int = 0, shortest: int = 2
) -> bool:
    """Whether another value of the column (of two letters or more, as written) is said right beside this one."""
    others = [re.escape(v.strip()) for v in column.values if len(v.strip()) >= shortest and v.strip() != text]
    if not others:
        return False
    alts = "|".join(sorted(others, key=len, reverse=True))
    return bool(
        re.match(rf"{join}(?:{alts})(?![^\W_])", after, flags)
        or re.search(rf"(?<![^\W_])(?:{alts}){join}$", before, flags)
    )


def everyday_pattern(word: str) -> str:
    """What in a question names a word a code was explained by ("male": men, males, boys)."""
    key = word.lower().strip()
    own = rf"{_loose(key)}(?:e?s)?"
    return f"(?:{own}|{_VALUE_WORDS[key]})" if key in _VALUE_WORDS else own
