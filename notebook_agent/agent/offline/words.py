"""Offline analyst: the words it reads column names and questions by, and the forms of a word.

The tables: units and the quantities they measure, request words (`STOP`), synonyms, time and clock words,
the name parts that make a number ordered, additive or a level, kinds of person, and money words. The word
forms: a crude singular (`stem`), name parts (`words`), roots, abbreviations and two forms of one word.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

# A pattern made from a column's name or values, compiled once: re keeps only its last 512 patterns, and reading
# one question makes thousands (one per value of every column), so re compiled them again for every question.
# Full, the cache holds about 12 MB (6,842 patterns held 10 MB, measured with tracemalloc).
compiled = lru_cache(maxsize=8192)(re.compile)

# (a particle size is one word, "pm2.5" as "pm25": PurpleAir's pm2.5_atm_a and Awair's pm25 alike)
WORD = re.compile(r"(?i:pm\d+\.\d+)|[^\W_]+")
# TotalGHGEmissions: GHG, Emissions; Humidity3pm: Humidity, 3pm (a time of day after the measure)
# (not kW, kWh, kWhs: one unit, which the meters write in camel case)
# (nor eBook, eCard, iPhone: one word after its e- or i-, as people write it, "ebooks")
_CAMEL = re.compile(
    r"(?<=[a-z])(?<![\W_][ei])(?<!^[ei])(?=[A-Z])(?!(?:(?<=[\W_]k)|(?<=^k))Wh?s?(?![a-z]))"
    # (nor dB, dBA: decibels, one unit; "PTA (dB HL)" is named by PTA)
    r"(?!(?:(?<=[\W_]d)|(?<=^d))B[A]?(?![a-zA-Z]))"
    # (nor pH: acidity, one word, "Water pH", "pH Level")
    r"(?!(?:(?<=[\W_]p)|(?<=^p))H(?![a-zA-Z]))"
    r"|(?<=[A-Z]{2})(?=[A-Z][a-z]{2,})|(?<=[A-Za-z])(?=\d{1,2}[aApP][mM]\b)"
)


# Parts of a column name that say its unit, not what it is: "temperature_c" is named by "temperature".
UNITS = frozenset(
    {
        "hh",  # "(hh:mm:ss)": how a length of time is written, not a word of the name
        "hl",  # "(dB HL)" of a hearing test: hearing level, the scale its decibels are on
        "ss",
        "c",
        "f",
        "k",
        "kg",
        "g",
        "mg",
        "lb",
        "lbs",
        "m",
        "cm",
        "mm",
        "km",
        "kmh",
        "kph",
        "mph",
        "ms",
        "s",
        "sec",
        "h",
        "hr",
        "hrs",
        "min",
        "pct",
        "percent",
        "usd",
        "eur",
        "gbp",
        "chf",
        "jpy",
        "ft",
        "mi",  # miles: "Distance(mi)"
        "in",  # inches: "Precipitation(in)" (a bracketed unit only: "in" is a stop word elsewhere)
        "l",
        "ml",
        "w",
        "kw",
        "kwh",
        "wh",  # Enphase's "Energy Produced (Wh)"
        "hg",  # of inHg and mmHg: a unit, never initials ("had gusts")
        "inhg",
        "mmhg",
        "million",
        "thousand",
        "billion",
        "mw",
        "mwh",
        "gw",
        "gwh",
        "hpa",
        "pa",
        "deg",
        "degc",
        "degf",
        "celsius",
        "fahrenheit",
        "v",
        "a",
        "hz",
        "db",
        "t",  # tonnes: "Tonnage (t)"
        "ton",  # "REFUSETONS": the refuse, weighed in tons
        "tonne",
        "kgal",  # thousands of gallons: a water utility's consumption_kgal
        # energy and floor area: "SiteEUI(kBtu/sf)" is the site EUI, "NaturalGas(therms)" the gas
        "btu",
        "kbtu",
        "mmbtu",
        "therm",
        "therms",
        "sf",
        "sqft",
        # rents and wages per period: "Rent PCM (£)" is the rent, per calendar month
        "pcm",
        "pw",
        "pppw",
        "pppm",
        # a count of bacteria per volume: "Enterococci (MPN/100 mL)", "E. coli (CFU/100 mL)"
        "mpn",
        "cfu",
    }
)
# Units of a measure that say its period: "monthly rent" of Rent PCM is the rent itself, not a rent per month.
PERIOD_UNITS = {
    "M": frozenset({"pcm", "pppm", "monthly", "mo"}),
    "W": frozenset({"pw", "pppw", "weekly", "wk"}),
    "Y": frozenset({"pa", "annual", "annually", "yearly", "annum", "yr"}),
}

# What a unit measures: a unit in a name ("km", "dist_km", "kwh_out") is named by the word for its quantity
# ("distance", "energy"), below the name's own words. Only units that measure one thing ("m" may be minutes).
_DISTANCE = frozenset({"distance", "far", "farther", "further", "farthest", "furthest"})
_ENERGY = frozenset({"energy", "electricity", "power", "usage", "consumption", "output", "generation", "production"})
_WEIGHT = frozenset({"weight", "mass", "heavy", "heaviest", "heavier", "light", "lightest", "lighter"})
_MADE = frozenset({"production", "produced", "produce", "output", "volume"})
SPEED = frozenset({"speed", "velocity", "fast", "faster", "fastest", "slow", "slower", "slowest"})
# A column of the hours spent working (Hours, Hrs Worked, Hours Billed): earnings are divided by it
HOURS_WORKED = re.compile(r"(?i)(?:hours|hrs)(?:[\s_]+(?:worked|on\s+shift|billed|logged))?")
UNIT_QUANTITY: dict[str, frozenset[str]] = {
    **dict.fromkeys(("km", "mi", "mile"), _DISTANCE),
    **dict.fromkeys(("kwh", "mwh", "wh"), _ENERGY),
    # a power in megawatts (PJM's AEP_MW): the load or demand on a grid, what a plant puts out
    **dict.fromkeys(("mw", "kw", "gw"), frozenset({"power", "load", "demand", "capacity"})),
    **dict.fromkeys(("kg", "lb", "lbs", "pound"), _WEIGHT),  # (Pounds Collected: "heaviest")
    **dict.fromkeys(("kmh", "kph", "mph", "ypm"), SPEED),  # (a pigeon race's Velocity (YPM): yards a minute)
    **dict.fromkeys(("degc", "degf", "celsius", "fahrenheit"), frozenset({"temperature", "temp"})),
    **dict.fromkeys(("hpa",), frozenset({"pressure"})),
    # what is made or shipped, counted in barrels, gallons or tonnes (beer_states' barrels: "beer production")
    **dict.fromkeys(
        ("barrel", "bbl", "gallon", "litre", "liter", "bushel"),
        _MADE,
    ),
    # a weight and what is made: a dumpster's Tons is its "weight", a mine's tonnes its "output"
    **dict.fromkeys(("ton", "tonne"), _WEIGHT | _MADE),
}

# Words of requests: they never name a column by a partial, prefix or synonym match (a whole name still counts).
_STOP_WORDS = """
a an the of in on at to by per for and or vs v versus against with without where when which what who how is are was
were be been do does did show plot chart graph draw display visualize visualise make give tell me my i it its this
that these those now then again same also instead use using try fit fitting line lines bar bars scatter histogram
hist box boxplot heatmap heat map pie curve model models regression regress trend trendline linear quadratic cubic
polynomial poly degree order exponential exp logarithmic log power law scale axis axes best top bottom highest
lowest largest smallest biggest most least max maximum min minimum mean average avg median sum total count number
many much row column data dataset table value each every all only just between from than greater less more above
below over under after before since until group grouped distribution correlation correlated correlate relationship
related overview describe summary summarize summarise statistic stats please can could you let see look as into
there have has any some across want would like find get compute calculate work out tell versu instead against
function depend different do done result analysis analyse analyze same one two three five ten stat doe axe
strongest weakest fewest fewer greatest
serie
atm rn asap pls plz thx tbh btw fyi ok okay currently hey hi cheers
"""
STOP = frozenset(_STOP_WORDS.split())

# Groups of words that name the same thing (stemmed): a question word finds a column named by a group mate.
# Words for money still owed ("how much do we still owe", "the amount due"), said of an amount or named by one
OWED_WORDS = frozenset({"owe", "owed", "owing", "outstanding", "due", "unpaid"})
# What a food log adds up over a day, though one row of it is no total (a meal's calories, its protein)
EATEN = frozenset({"calorie", "calory", "kcal", "protein", "fat", "carb", "carbohydrate", "sugar", "fiber", "sodium"})

SYNONYMS = [
    # ("what percent of the bread comes back" of a bakery's Loaves Ordered)
    {"bread", "loaf", "loave", "loaves"},
    {"gas", "fuel"},  # ("which crew burns the most gas" of Fuel (gal))
    {"germinate", "germination", "sprout"},  # ("how long do peppers take to sprout" of Days to Germinate)
    {"message", "article"},  # a helpdesk ticket's Article Count: the messages on it
    {
        *("price", "cost", "pricing", "fee", "fare", "tariff", "toll", "charge", "bill", "billed"),
        *("expensive", "cheap", "cheapest", "cheaper", "pricier", "priciest"),
        "invoice",  # a vet's Invoice beside each visit: what it cost
    },
    {
        "sale",
        "revenue",
        "mrr",  # monthly recurring revenue: Baremetrics' MRR Change adds up to the net change
        "turnover",
        "income",
        "amount",
        "money",
        "grossing",  # a film's takings: "the highest grossing movies"
        "arr",
        "gmv",
        "earner",
        "takings",
        "gross",  # a show's or a film's takings
        "bill",  # "the average restaurant bill": the amount of a card charge
        "cash",  # unclaimed property's CASH_REPORTED: "how much money is on this list"
    },
    {"money", "payout", "winnings"},  # a rodeo's or a tournament's Payout: "who won the most money" (never "sales")
    {"sale", "sold", "sell", "selling", "revenue"},  # what sold is counted or earned, never "money" of a count
    {"kept", "keep"},  # "how many fish did we keep": a charter's Fish Kept
    {"released", "release"},  # "how many did we release": its Fish Released
    {"accuracy", "accurate", "correct", "correctly"},  # "my accuracy": Babbel's Correct (%)
    {"piste", "slope"},  # "km of pistes" is a ski resort's Total slopes (km)
    {"2fa", "mfa", "totp", "otp", "authenticator"},  # two-factor codes: a vault's login_totp
    {"camera", "cam", "device"},  # a home camera system's Device Name: "per camera", "the garage cam"
    {"language", "lang", "locale"},  # a post's langs (en, ja), an app's locale
    {"source", "site", "website", "publication", "outlet", "feed"},  # where a saved article came from (Feedly)
    {
        "checkout",
        "borrow",
        "borrowed",
        "borrowing",
        "circulation",
        "lend",
        "lent",
        "lending",
        "loan",
    },  # a library's Checkouts: "borrowed the most"
    {"stay", "night"},  # a booking's Nights: "the typical length of stay"
    # what kind of living thing each row is (a catch log's, a wildlife or phenology record's Species)
    # who files a campaign finance report: the candidate's committee ("which candidate raised the most": Filer Name)
    {"candidate", "filer", "committee"},
    {"artist", "band", "performer", "singer", "musician", "act"},  # setlist.fm's Artist: "which band have i seen"
    {"highway", "road", "hwy", "freeway", "interstate", "route"},  # a DOT report's Highway: "which road has the most"
    {"student", "pupil", "learner", "kid"},  # a teacher's gradebook: "which kid has the most missing work"
    {
        "show",
        "series",
        "sery",
        "programme",
        "anime",
    },  # (the stem of series) a watch history's Series: "what show have i watched the most"
    {"storage", "space", "disk", "quota"},  # OneDrive's Storage Used (Byte): "who is using the most space"
    {"earned", "unlocked", "achieved"},  # RetroAchievements' Achievements Earned: "how many have i unlocked"
    {"uptime", "up", "running"},  # a server's uptime: "which one has been up the longest"
    {"bill", "total"},  # "how much of the bill is postgres": an invoice's line totals, not its unit prices
    {"expenditure", "spending", "spend", "spent", "expense", "outlay", "cost"},
    {"inflation", "cpi", "cpih", "hicp", "rpi"},  # consumer price indexes, whose annual rate is inflation
    {"contribution", "donation", "donate", "donated", "donor", "gift", "pledge"},  # money given to a cause
    # energy used, and the units it is metered in (a column named "kwh" is named by "electricity")
    {"energy", "electricity", "power", "usage", "consumption", "kwh", "mwh", "wh"},
    # what a meter draws from the grid is what a home uses ("electricity use": Import (kWh), not Export)
    {"import", "imported", "use", "used", "usage", "consumption", "consumed"},
    {"stock", "inventory", "hand", "onhand"},
    {"balance", *OWED_WORDS},  # what is still owed on an invoice or a loan
    {"size", "sqft", "footage", "sqm"},
    {"quantity", "qty", "unit", "volume", "piece", "sold", "sell"},
    {"mpg", "mileage", "economy", "consumption"},
    {"horsepower", "hp", "power"},
    {"dq", "dqs", "disqualified", "disqualification", "dsq"},  # a meet's DQ mark: the swims disqualified
    {"thru", "through", "straight"},  # a turning count's Thru: the cars that go straight through
    {"pedestrian", "ped", "walker"},  # a traffic count's Peds: short forms in the plural, read as words otherwise
    # what a plant, a panel or a line puts out ("how much did we generate": kwh_out)
    {
        *("output", "out", "production", "produce", "produced", "producing"),
        *("generate", "generated", "generating", "generation", "yield"),
        *("made", "solar"),  # "how much power have the panels made", "the best month for solar": Energy Produced
    },
    {"complete", "completed", "completion", "finish", "finished", "finisher", "done"},
    # where a player or a student studied: "which college sent the most players" of School
    {"college", "school", "university", "uni", "alma"},
    {"target", "outcome", "progression", "response"},
    {"profit", "margin", "earning", "gain", "profitable", "profitability"},
    {
        "temperature",
        "temp",
        "heat",
        "hot",
        "hotter",
        "hottest",
        "cold",
        "colder",
        "coldest",
        "warm",
        "warmer",
        "warmest",
        "cooler",
        "coolest",
        "tmax",
        "tmin",
        "tavg",
        "tmean",
    },
    {"humidity", "humid", "moisture"},
    {"acre", "acreage"},  # a claim's or a farm's ACRES: "total acreage"
    # "DBA Name": the name a business trades under ("doing business as")
    {"business", "dba", "establishment"},
    # "woke up 3 or more times": Awakenings
    {"awakening", "woke", "wake", "waking", "awake"},
    # a tracker's TotalSteps: "who walked the most"
    {"step", "walk", "walked", "walking", "walks"},
    {"stream", "play", "listen", "listener"},
    {
        "visitor",
        "attendance",
        "attendee",
        "footfall",
        "admission",
        "crowd",
        "turnout",
        "fan",
        "spectator",
    },  # a casino's or a museum's Admissions
    # "what share of lambings needed help": Assisted (Y/N)
    {"assisted", "assist", "assistance", "help", "helped"},
    {"tech", "technician"},  # a salon's or a shop's Technician: "which tech made the most"
    {"postage", "shipping"},  # ShipStation's Shipping Cost: "how much have we spent on postage"
    # a pond's or a stream's DO_AM (mg/L): dissolved oxygen, read in the morning (AM) or the afternoon (PM)
    {"oxygen", "do"},
    {"morning", "am"},
    {"afternoon", "evening", "pm"},  # a flight manifest's Cancelled (Y/N): "flights that got scrubbed"
    {"rain", "rainfall", "precipitation", "wettest", "driest", "rainiest", "rainy", "rainier"},
    # a lake's or a reservoir's surface height (Elevation (ft)): "the lake at its highest", "water level"
    {"elevation", "lake", "reservoir", "stage", "level"},
    # a river's height at its gauge: "the day the river was highest"
    {"stage", "river", "gauge", "gage", "crest"},
    {"lodging", "lodged", "fall", "falling", "flattened"},  # a crop trial's Lodging (%): plants that fall over
    {"inflow", "flowing", "incoming"},  # water flowing in: a reservoir's Inflow (cfs)
    {"wind", "windspeed", "windiest", "beaufort", "gust"},
    {"city", "town", "location", "place"},
    {"location", "spot", "stop"},  # a food truck's Location: "which spot gets the most orders"
    {"peak", "mountain", "mount", "summit"},
    {"primary", "main", "principal"},
    {"collected", "collect", "picked", "pickup", "collection"},
    {"restaurant", "chain", "brand", "franchise", "outlet"},
    {"sodium", "salt", "salty", "saltier", "saltiest"},
    {"sugar", "sugary", "sweet", "sweeter", "sweetest"},
    {"production", "show", "performance", "perf", "play", "musical"},
    {"tonnage", "tonne", "ton", "tons", "tonnes"},
    {"debtor", "customer", "client", "account"},
    {"country", "nation", "geography", "nationality", "citizenship"},
    {"region", "area", "zone", "district", "state", "province"},
    {"category", "type", "kind", "class", "segment", "group", "desc", "description"},
    {"customer", "client", "buyer", "shopper", "consumer", "user"},
    {"courier", "carrier", "shipper", "airline"},
    {"app", "client"},  # the program a media server or a mail account was used from (Jellyfin's ClientName)
    {"song", "track", "tune", "single"},
    {"lead", "ahead", "advance"},  # how far ahead something is booked or ordered: its lead time
    {"product", "item", "article", "sku"},
    {"plan", "tier", "package", "product"},  # what a subscription sells: Paddle's product_name "Pro"
    {
        "store",
        "shop",
        "shopping",
        "branch",
        "outlet",
        "restaurant",
        "location",
        "site",
    },  # (a chain's locations are its stores)
    {"merchant", "shop", "store", "retailer", "seller"},  # where a card or a pay-later plan was used
    {"method", "card", "account", "wallet"},  # what a payment was made with: "which card had the most failed ones"
    {"print", "physical", "printed", "paper"},  # a library's Print Checkouts: "physical books"
    {"disconnection", "disconnect", "shutoff", "cutoff"},  # a utility's Disconnections: "how many shutoffs"
    {"enrollment", "enrolment", "enrolled", "enroll"},  # "enrolled kids": a program's Actual Enrollment
    {"par", "debt", "principal", "borrowed", "borrowing"},  # a bond issue's Par Amount: "how much debt was issued"
    {"maturity", "term"},  # a bond's Final Maturity (Years), a loan's term
    {"canopy", "tree", "cover", "greenery"},  # a city's tree Canopy %: "more trees", "the most tree cover"
    {"holder", "company", "institution"},  # who turned unclaimed property over (HOLDER_NAME): "which company"
    {"climb", "climbing", "climbed", "ascent", "gain"},  # a trail's Elevation gain: "how much climbing"
    {"incorrect", "wrong", "miss", "missed", "mistake", "error"},  # a review log's Times Incorrect: "get wrong"
    {"weight", "mass", "heavy", "heaviest", "heavier", "light", "lightest", "lighter", "weigh", "weighed"},
    {"age", "aged", "old", "oldest", "older", "young", "youngest", "younger"},
    {"depth", "deep", "deeper", "deepest"},
    {"worth", "wealth", "wealthy", "wealthiest", "rich", "richer", "richest", "fortune", "networth"},
    {"value", "worth", "valued", "valuation", "valuable"},  # "how much is it all worth": Current Value
    {"speed", "velocity", "fast", "faster", "fastest", "slow", "slower", "slowest"},
    {"distance", "length", "long", "longest", "longer", "short", "shortest", "shorter"},
    # a distance said by its unit ("how many km did i run": Distance), and a car's mileage by its odometer's unit
    {"distance", "km", "kms", "kilometer", "kilometers", "kilometre", "kilometres", "mile", "miles", "mileage"},
    {"mileage", "odometer", "kilometer", "kilometre", "km", "miles", "odo"},
    {"duration", "long", "longest", "longer", "lasting", "lasted", "short", "shortest", "shorter", "length", "runtime"},
    {"width", "wide", "widest", "wider", "narrow", "narrowest", "broad"},
    {"height", "tall", "tallest", "taller"},
    {"taken", "grab", "grabbed"},  # a sandbag site's Bags Taken: "do people grab more bags"
    {"deficient", "defective", "faulty", "bad", "broken"},  # an inspection's Heads Deficient: "bad sprinkler heads"
    {"magnitude", "mag", "strength", "strong", "strongest", "stronger", "weakest"},  # an earthquake's size
    {"score", "rating", "rated", "grade", "mark", "point", "star"},  # a wine's points, a ramen's stars: its score
    {"goal", "score", "scored"},  # a match's score is its goals (home_score, away_score)
    {"ridership", "ride"},  # a transit line's ridership is its rides (boardings, entries)
    {"taster", "reviewer", "critic", "judge", "reviewed", "tasted", "rated"},  # who gave the score
    {"salary", "wage", "pay", "paid", "paying", "earn", "earning", "compensation", "money", "income", "comp", "tc"},
    {"royalty", "earn", "earned", "earning"},  # what a book earned its author: KDP's Royalty
    {"delay", "late", "lateness", "delayed", "tardy", "wait"},
    {
        *("attrition", "left", "leave", "leaving", "leaver", "quit", "churn", "churned", "churner"),
        *("resign", "resigned", "departure", "turnover", "exit", "exited", "terminated", "termd", "termination"),
    },
    {"employee", "staff", "worker"},
    {"team", "department", "dept"},  # a staff list's Department is the team people are in
    # who a helpdesk ticket is assigned to (Gorgias' Assignee)
    {"assignee", "agent", "handler"},
    # who a business buys from (Zoho Inventory's Vendor, a payables export's Vendor Name)
    {"vendor", "supplier"},
    # where a social post went out (Buffer's Channel: Instagram, LinkedIn)
    {"channel", "platform", "network", "via"},  # (an RV park's Booked Via: the booking channel)
    {"platform", "store", "service"},  # where music streams or an app sells: DistroKid's Store (Spotify, Apple Music)
    {"platform", "console"},  # a game's PS5 or Switch: "which console do i finish the most of"
    {"overtime", "ot"},  # NYC payroll's OT Hours and Total OT Paid
    {"owner", "rep", "representative", "salesperson", "salesman", "saleswoman", "seller"},
    {"child", "children", "kid", "dependent", "dependant"},
    {"sex", "gender"},
    {"transmission", "gearbox", "gear"},
    {"emission", "emit", "emitted", "emitting"},
    {"request", "requested", "ask", "asked", "need", "needed"},  # "what crop needs the most workers": requested
    {"assess", "assessment", "assesment"},
    {"arrival", "response", "respond", "responded"},
    {"response", "reply", "replied", "answer", "answered"},  # a helpdesk's First Response Time: "first reply"
    {"procedure", "proc", "treatment"},
    {"station", "charger"},  # an EV charging log names each charger by its Station Name
    {"diabete", "diabetic"},  # stemmed: diabetes
    {"death", "died", "die", "dead", "deceased", "mortality", "fatal", "fatality", "killed", "kill", "deadliest"},
    {"injury", "injure", "injured", "hurt", "wounded"},  # PHMSA's INJURE: the people hurt
    {"outdoor", "outside", "exterior"},  # a thermostat's Outdoor Temp
    {"site", "office", "workplace"},  # HiBob's Site: the office people work from
    {"estimate", "point"},  # a story's points are its estimate (Shortcut, Jira)
    {"hazmat", "hm", "hazardous"},  # the FMCSA census' HM_FLAG: a carrier of hazardous materials
    {"folder", "project"},  # Wrike files each task in its project's folder (Folders)
    {"indoor", "inside", "interior"},
    {"passenger", "pax", "rider", "traveller", "traveler", "ridership"},
    {"population", "inhabitant", "people", "resident", "ppl", "pop"},
    {"size", "people", "person", "guest", "diner", "party", "headcount"},
    {"volume", "flow", "discharge"},
    {"grape", "varietal", "variety"},  # a wine's Varietal (Pinot Noir): "which grape do i have the most of"
    {"brix", "sugar", "sweet", "sweeter", "sweetest", "sweetness"},  # degrees Brix: the sugar in grapes or juice
    {"ph", "acidic", "acidity"},  # "is sweeter juice less acidic": its pH (the lower, the more acidic)
    {"comp", "free", "complimentary", "comped"},  # a theater's Comps: "how many free tickets did we give away"
    {"employment", "employed", "job"},
    {"occupation", "job", "profession", "career"},  # what people do for a living (Occupation)
    {"thrown", "trash", "garbage", "tossed", "discarded", "binned", "waste"},  # a bakery's Thrown Out
    {"investment", "invest"},
    {"pledge", "pledged", "raise", "raised", "raising", "funding", "crowdfunded"},
    {"education", "schooling", "educ"},
    {"year", "yr", "yyyy"},  # ("yyyy, mm" of the Met Office station files)
    {"pressure", "barometric"},
    {"odor", "odour", "smell", "scent"},
    {"capita", "person", "head"},  # "per person" of co2_per_capita
    {"purchase", "purchased", "conversion", "converted", "convert", "bought", "buy"},  # a session that bought
    {"make", "manufacturer", "maker", "marque", "brand"},  # a car's make, a laptop's brand
    {"company", "brand", "manufacturer", "maker", "vendor"},  # who makes a product (Company of the laptop table)
    # who runs a chain of sites: CMS dialysis' Chain Organization, a pipeline's operator
    {"company", "organization", "organisation", "operator", "corporation", "firm"},
    {"firm", "registrant"},  # a lobbying disclosure's registrant is the lobbying firm (LDA's registrant_name)
    {"odometer", "mileage", "odo", "mile", "miles"},  # miles a used car has done
    {"birth", "born"},  # "where were they born": the birth_country
    {"size", "diameter"},  # how big an asteroid, a tree or a pipe is: its diameter
    {"climb", "climbed", "ascent", "gain"},  # a hike's or a ride's climb: its Elevation Gain
    {"size", "capacity"},  # how big a plant, a venue or a battery is: its capacity
    {"asset", "vehicle", "equipment"},  # a fleet's or a workshop's assets are its vehicles
    {"equipment", "machine", "tool", "device"},  # a makerspace's Equipment: "which machine gets used most"
    {"marital", "married", "marriage", "spouse", "wed"},
    {"beverage", "drink"},
    {"functioning", "running", "operating", "operational", "working"},  # a scheme or a machine in service
    {"animal", "pet"},  # "accept pets" of a rental's animal column
    {"author", "authors", "writer", "wrote", "written", "creator"},  # "who wrote the most books": the author column
    {"satisfaction", "satisfied", "dissatisfied", "unsatisfied"},  # "the least satisfied": satisfaction_level
    {"animal", "dog", "cat"},  # a licence or shelter table names its rows' animal: "dog names" (AnimalName)
    {"piece", "part"},  # "the set with the most pieces": num_parts
    {"ticket", "citation", "violation", "summons"},  # a camera's VIOLATIONS are the tickets it wrote
    # UK fuel price tables name unleaded petrol and diesel by their codes (ULSP, ULSD)
    {"ulsp", "petrol", "unleaded", "gasoline"},
    {"ulsd", "diesel"},
    {"phone", "device", "handset", "smartphone", "mobile"},  # "which phone model": Device Model
    {"url", "page", "webpage", "landing"},  # "which page brings the most traffic": Ahrefs' Current URL
    {"symbol", "ticker", "stock", "security", "instrument", "holding"},  # a brokerage export's Symbol
    {"coin", "asset", "token", "crypto", "cryptocurrency"},  # a crypto tax report's Asset, a wallet's Currency
    {"genre", "category"},  # "what genre do i have the most books in": Audible's Category
    {"topic", "category", "subject"},  # "what topic do i save the most": Blinkist's Category
    {"placement", "finish"},  # "my average finish in battlegrounds": Battlegrounds Placement
    {"solved", "finished", "finish", "solve"},  # "puzzles i did not finish": a crossword's Solved (Y/N)
    {"wedding", "ceremony"},  # "which month do most weddings happen in": a marriage licence's Ceremony Date
    {"bpm", "tempo"},  # "the average tempo of the loops i grab": Splice's BPM
    {"abv", "strongest", "stronger", "alcohol"},  # "which style comes out strongest": a brew's ABV
    {"veteran", "vet"},  # "homeless vets": HUD's Veterans
    {"dbh", "thick", "thickest", "thicker", "trunk", "girth", "diameter"},  # a tree's DBH (diameter at breast height)
    {"modified", "edited", "updated"},  # "pages that haven't been edited": Last Modified
    {"address", "building"},  # "which building has the most violations": a building is known by its address
    {"visit", "visitor"},  # "which park got the most visitors": the park service's RecreationVisits
    {"absent", "absence"},  # "the most absences": a daily attendance file's Absent count
    {"posting", "job", "opening", "requisition", "vacancy", "role"},  # "which job got the most candidates": Lever
    {"crash", "collision"},  # NYC's crashes are numbered by COLLISION_ID
    {"car", "vehicle", "automobile"},  # "which car did i book most often": Zipcar's Vehicle
    {"venue", "bar", "pub", "tavern"},  # a trivia league's or a band's Venue: "which bar has the biggest tabs"
    {"hop", "hops", "hoppy", "hoppier", "hoppiest", "ibu", "bitterness"},  # a brew log's IBU: "hoppier beers"
    {"aim", "accuracy"},  # a laser tag or a shooting log's Accuracy %: "people with better aim"
    {"window", "pane"},  # a window cleaner's Panes: "do more windows mean a higher price"
    {"traffic", "aadt", "adt"},  # a DOT count's AADT (annual average daily traffic): "busier roads"
    {"sleep", "slept", "sleeping", "asleep"},  # a diary's Hours Slept: "does sleeping less make it worse"
    {"house", "address"},  # a showing log keeps each house by its Address: "how many different houses"
    {"bed", "bedroom", "br", "bd"},  # a listing's Beds: "4 bedroom places"
    {"bath", "bathroom", "ba"},  # a listing's Baths: "2 bathroom homes"
    {"housekeeper", "attendant", "cleaner", "maid"},  # a hotel's room Attendant: "the fastest housekeeper"
    {"drone", "aircraft", "uav"},  # a drone log's Aircraft: "which drone do i fly the most"
    {"trash", "refuse", "garbage", "rubbish"},
    {
        "payout",
        "paid",
    },  # an insurer's amountPaidOnBuildingClaim: the building payout  # a sanitation department's REFUSETONS
    {
        "water",
        "consumption",
        "kgal",
        "gallon",
        "ccf",
    },  # a water utility's consumption_kgal  # a parking app tells a person's cars apart by their License Plate
    {"plant", "facility"},  # "which plant reported the most events": the NRC's Facility
    {"movie", "film", "flick"},  # the Academy Awards' Film, a box office table's Movie
    {"photo", "picture", "pic", "image"},  # Polarsteps' Photos Count: "the most pictures"
    {"media", "photo", "video", "picture", "pic", "image"},  # WhatsApp's Has Media: "photos and videos shared"
    {"harvest", "kill", "killed", "harvested"},  # a hunt's Total Harvest: "how many elk were killed"
    {
        "head",
        "cattle",
        "livestock",
    },  # an auction report counts cattle by the Head: "which market moved the most cattle"
    {"read", "open", "opened"},  # an email export's Read: "what percent did i actually open"
    {"wine", "varietal"},  # a winery's Varietal: "which wine sells the most bottles"
    {"deadhead", "empty", "unloaded"},  # a trucker's Deadhead Miles: "the most empty miles"
    {"litter", "born"},  # a lambing record's Lambs Born: "average litter size"
    {"neuter", "neutered", "spay", "spayed", "fixed", "sterilized", "sterilised", "desexed"},  # NYC's SpayNeuter
    {"glucose", "sgv", "sugar"},  # "my average blood sugar": a CGM's sgv (sensor glucose value)
    {"category", "categorised", "categorized", "categorise", "categorize"},  # "transactions that aren't categorised"
    {"poo", "poop", "pooped", "poops", "pooping"},  # a dog walk's Poo (Yes/No): "how often do they poop"
    {"pee", "peed", "pees", "peeing", "wee", "urinate", "urinated"},
    {"dose", "shot", "jab"},  # a vaccination clinic's DOSES_ADMINISTERED: "how many shots were given"
    {"medication", "medicine", "drug", "meds", "pill"},  # a pharmacy's or a reminder app's Medication
    {"prescriber", "doctor", "physician", "provider", "clinician"},  # "which doctor writes most of my prescriptions"
    {"germinate", "germinated", "germination", "sprout", "sprouted"},  # a seed test's Seeds Sprouted
    {"timber", "lumber", "mbf"},  # a timber cruise's Volume (MBF): thousands of board feet of timber
    {"material", "metal"},  # a scrap yard's Material (aluminum, copper, steel): "which metal"
    {"snow", "snowfall", "powder", "snowiest"},  # a ski report's New Snow (in): "the biggest powder day"
    {"bicycle", "bike", "cycle"},  # a ferry's or a counter's Bicycles: "which month had the most bikes"
    {"vacant", "empty", "unoccupied"},  # a vacant building registry's DAYS_VACANT: "sat empty longer"
    {"book", "novel", "title"},  # a reading log's or a Kindle export's Title: "how many books have i highlighted"
    {"specy", "species", "scientific", "taxon"},  # Pl@ntNet's Scientific name: "how many different species"
    # a beach sample's Enterococci (MPN/100 mL), a well's E. coli or Total Coliform: "the bacteria"
    {"bacteria", "bacterium", "bacterial", "enterococci", "enterococcus", "entero", "ecoli", "coliform", "dirtiest"},
]
# Measures where more is worse: "worst" asks for the highest of them, "best" for the lowest.
BAD_WHEN_HIGH = frozenset(
    {"delay", "wait", "error", "defect", "complaint", "pollution", "ecoli", "coliform", "nitrate", "turbidity"}
    | {"crime", "death", "fatality", "injury", "absence", "ab", "churn", "lateness", "emission", "co2", "waste"}
    | {"pm25", "pm10", "no2", "ozone", "bacteria", "infection", "mortality", "unemployment", "debt", "loss"}
    | {"enterococci", "enterococcus"}
    | {"downtime", "outage"}  # "which month was worst for downtime": the most of it
    | {"aqi", "smog", "so2", "co"}  # an air quality index is worst when highest
    | {"suicide", "homicide", "murder", "kill", "killed", "wounded", "casualty", "accident", "collision", "crash"}
    | {"incident", "violation", "overdose", "outbreak", "attack", "cancellation", "noshow"}
    | {"readmission", "excess", "eviction", "obesity", "diabete", "poverty", "uninsured", "vacancy"}
    | {"absenteeism", "absent", "truancy", "homeless", "homelessness"}
    | {"handicap"}  # a golfer's handicap index is best when lowest
    | {"scc"}  # a dairy cow's somatic cell count: udder infection, worst when highest
    | {"pollen", "ragweed", "mold", "mould", "spore", "allergen"}  # "the worst day for tree pollen": the most
    | {"mite", "pest", "weed", "disease", "rot", "creosote", "shrink", "spoilage", "breakage"}  # a hive's Mites
    | {"late", "bounce"}  # a train's minutes_late, a page's bounce rate
    | {
        "default",
        "delinquency",
        "delinquent",
        "foreclosure",
        "bankruptcy",
        "fraud",
        "rejection",
    }  # a loan's default rate
)


def bad_when_high(stems: Iterable[str], beside: Iterable[str] = ()) -> bool:
    """Whether more of a measure is worse: its words say so, or it is a golf score (strokes) beside a Par column."""
    said = set(stems)
    return bool(said & BAD_WHEN_HIGH) or (bool(said & {"score", "stroke", "strokes"}) and "par" in set(beside))


SYNONYM_WORDS = frozenset(w for group in SYNONYMS for w in group)  # words that name a kind of measure or label
SYNONYM_OF: dict[str, set[str]] = {}
for _group in SYNONYMS:
    for _word in _group:
        SYNONYM_OF.setdefault(_word, set()).update(_group - {_word})


# The days of the week, Monday first (Monday is 0, as pandas numbers them)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

# Question words that mean "the time axis"; the value is the calendar period they name, if any.
TIME_WORDS = {
    "date": None,
    "time": None,
    "when": None,
    "timestamp": None,
    "datetime": None,
    "period": None,
    "chronological": None,
    "day": "D",
    "daily": "D",
    "week": "W",
    "weekly": "W",
    "month": "M",
    "monthly": "M",
    "quarter": "Q",
    "quarterly": "Q",
    "year": "Y",
    "yearly": "Y",
    "annual": "Y",
    "annually": "Y",
    "decade": "DEC",  # ten-year bins of a date or of a year column
}
# Points of a cycle a timestamp is grouped by: the hour of the day, the day of the week.
# Calendar periods by the words that say them ("per month", "monthly"): pandas period codes.
PERIOD_CODES = {"day": "D", "daily": "D", "week": "W", "weekly": "W", "month": "M", "monthly": "M"}
PERIOD_CODES |= {"quarter": "Q", "quarterly": "Q", "year": "Y", "yearly": "Y", "annual": "Y", "annually": "Y"}
CLOCK_PERIODS = ("H", "DOW", "WE", "MOY")
_CLOCK = [
    # the month of the year across years: "which month is usually wettest", "seasonal pattern of sales"
    (
        "MOY",
        re.compile(
            r"\bmonths?\s+of\s+(?:the\s+)?year\b|\btime\s+of\s+(?:the\s+)?year\b|\bseasonal(?:ity)?\b"
            r"|\b(?:which|what)\s+(?:calendar\s+)?month\b.*\b(?:usually|typically|normally|generally|tends?\s+to"
            r"|on\s+average|in\s+general)\b"
            r"|\b(?:usually|typically|normally|generally|tends?\s+to)\b.*\b(?:in\s+)?(?:which|what)\s+month\b"
            r"|\b(?:in\s+)?(?:which|what)\s+month\s+(?:are|is|do|does)\b.*\b(?:usually|typically|normally)\b"
            # "which month do most weddings happen in": things that happen in any year's month
            r"|\b(?:in\s+)?(?:which|what)\s+month\s+(?:do|does)\s+(?:most\s+)?[a-z]+\s+(?:happen|occur|take\s+place)\b",
            re.I,
        ),
    ),
    # weekdays against the weekend: two groups of days (said before the day-of-week words it contains)
    ("WE", re.compile(r"\bweek-?ends?\b", re.I)),
    (
        "H",
        re.compile(
            r"\b(?:time|hour)\s+of\s+(?:the\s+)?(?:day|night)\b|\b(?:what|which)\s+time\s+(?:of\s+(?:the\s+)?day\s+)?"
            r"(?:do|does|did|are|is)\b|\b(?:what|which)\s+hours?\b|\b(?:by|each|every|per)\s+hour\b"
            r"|\bhour\s+by\s+hour\b|\bhourly\s+(?:pattern|profile|cycle)\b|\bhours?\s+of\s+the\s+day\b",
            re.I,
        ),
    ),
    (
        "DOW",
        re.compile(
            r"\b(?:days?|nights?)\s+of\s+(?:the\s+)?week\b|\bweekdays?\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)days\b",
            re.I,
        ),
    ),
]


def clock_period(question: str) -> str | None:
    """The cycle a question groups a timestamp by: "H" (hour of the day), "DOW" (day of the week), or None."""
    return next((period for period, pattern in _CLOCK if pattern.search(question)), None)


_EACH_MONTH = re.compile(r"\b(?:each|every|which|what|by)\s+(?:calendar\s+)?month\b", re.I)
_AVERAGED = re.compile(r"\b(?:avg|average|mean|typical(?:ly)?|normal(?:ly)?)\b", re.I)
# "which month is worst for ragweed" (not "was"): the month of any year, as a season is
# ... and "which month do most weddings happen in": things that happen in any year's month
_GENERIC_MONTH = re.compile(
    r"\b(?:which|what)\s+(?:calendar\s+)?month\s+(?:is|are|tends?)\b|\busually\b"
    r"|\b(?:which|what)\s+(?:calendar\s+)?month\s+(?:do|does)\b.*\b(?:happen|occur|take\s+place|get\s+married)\b",
    re.I,
)
_OVER_TIME = re.compile(
    r"\b(?:19|20)\d\d\b|'\d\d\b|\btrend|\bover\s+(?:time|the\s+years)\b|\btime\s*series\b|\bmonthly\b", re.I
)


def month_of_year_span(question: str) -> tuple[int, int] | None:
    """Where "each month" asks for the month of the year: an average for each month or "which month is", no year.

    Over several years, "avg max temp for each month" is twelve figures, one per calendar month, each an average
    across the years; the caller checks the dates span at least two years.
    """
    m = _EACH_MONTH.search(question)
    if m is None or not (_AVERAGED.search(question) or _GENERIC_MONTH.search(question)) or _OVER_TIME.search(question):
        return None
    return m.span()


def clock_span(question: str) -> tuple[int, int] | None:
    """Where the words for a cycle of the clock are ("by hour", "at the weekend")."""
    for _, pattern in _CLOCK:
        if m := pattern.search(question):
            return m.span()
    return None


# Name parts of numeric columns that make an ordered axis (a line, not a scatter).
ORDER_WORDS = frozenset(
    {
        "year",
        "yr",
        "month",
        "week",
        "day",
        "hour",
        "minute",
        "second",
        "time",
        "t",
        "step",
        "epoch",
        "iteration",
        "iter",
        "index",
        "idx",
        "period",
        "quarter",
        "timestamp",
        "seq",
        "sequence",
        "generation",
        "round",
        "trial",
    }
)
# Name parts of numbers that add up: their natural aggregate is a sum, not a mean.
ADDITIVE_WORDS = frozenset(
    {
        "purchase",  # an amount bought (Black Friday's Purchase) or a number of purchases: both add up
        "enrollment",  # people enrolled (a county's Medicaid Enrollment): the counties' add up to the state's
        "enrolment",
        "uninsured",  # people without cover, counted (not Uninsured %, a rate)
        "acre",  # land burned, farmed or owned: "the most acres burned" adds the fires up
        "damage",
        "loss",
        "sale",
        "revenue",
        "turnover",
        "income",
        "taking",
        "amount",
        "unit",
        "quantity",
        "qty",
        "count",
        "total",
        "profit",
        "spend",
        "spending",
        "order",
        "volume",
        "visit",
        "click",
        "view",
        "download",
        "rain",
        "rainfall",
        "precipitation",
        "sold",
        "item",
        "cost",
        "expense",
        "donation",
        "population",
        "case",
        "death",
        "birth",
        "vote",
        "sum",
        "conversion",
        "suspension",  # a handball team's 2-minute suspensions, picked up and added up
        "impression",
        "signup",
        "booking",
        "energy",
        "usage",
        "consumption",
        "kwh",
        "mwh",
        "wh",
        # things counted as they happen: plays of a song, people through a door, fuel pumped
        "stream",
        "play",
        "listen",
        "listening",  # Deezer's Listening Time of each play
        "watching",
        "visitor",
        "attendance",
        "attendee",
        "passenger",
        "gallon",
        "kgal",
        "ton",  # what is hauled, collected or harvested by weight (REFUSETONS, tons of asphalt)
        "tonne",
        "tonnage",
        "bushel",
        "pint",  # a taproom's Pints Poured, Growler Fills, Kegs Kicked: what was served adds up
        "fill",
        "keg",
        "litre",
        "liter",
        # what a match or a season is scored in: a team's goals, shots or cards add up over games
        *("goal", "point", "card", "shot", "corner", "foul", "assist", "rebound", "medal"),
        "rental",
        "overtime",  # hours worked past the regular ones add up over pay periods
        "fee",  # what each permit, session or booking was charged: "how much did we collect in fees"
        "fine",
        "toll",
    }
)
# Said in full only (never as a short form: "pet" would shorten "payment", "comp" "complaint"): money taken, and
# things that happen to people or vehicles, counted per row.
ADDITIVE_WHOLE_WORDS = frozenset(
    {"paid", "payment", "boarding", "complaint", "ticket", "incident", "arrest", "accident", "injury"}
    # what each visit or job was charged (a stable's Vet Charge, Farrier Charge): a month's charges add up
    | {"charge", "billed"}
    # money laid on a bet (FanDuel's Stake, a Wager): a month's bets add up (never "ward" or "stk" as its short form)
    | {"stake", "wager", "wagered"}
    # people harmed in each incident (PHMSA's FATAL and INJURE, NYPD's killed, a crash's fatalities)
    | {"fatal", "fatality", "injure", "injured", "killed"}
    # things that happened, counted per day (a home battery's Backup Events, a grid's outages)
    | {"event", "outage", "interruption"}
    | {"session", "pageview", "completion", "transaction", "passenger", "call", "trip", "claim", "return"}
    | {"ride", "entry", "journey", "tap", "swipe", "checkout", "admission", "delivery", "shipment"}
    # what a hive or a field yields (Honey Harvested (lbs))
    | {"harvested", "harvest"}
    # the people at each class or meeting (a dojo's Present, a club's Attended): a month's add up
    | {"present", "attended"}
    # the people booked into each class and those who came (a yoga roster's Booked, Checked In)
    | {"booked", "checked"}
    # firewood burned in cords (a sugarhouse's Wood (cords)): each boil's add up
    | {"cord"}
    # electricity generated (EIA's GENERATION (Megawatthours)); a batter's counting stats (Lahman's SB, HR, SO):
    # whole words only, since "mg" would shorten megawatthour
    | {"gwh", "megawatthour", "generation", "steal", "stolen", "homer", "strikeout", "rbi"}
    # bytes stored or sent (a media library's Size On Disk (GB), a download's MB): each file's add up
    | {"gb", "mb", "tb", "kb", "gib", "mib", "tib", "byte", "bytes"}
    # volumes made or shipped (beer_states' barrels, a harvest in tonnes)
    | {"barrel", "bbl", "gallon", "tonne", "bushel", "production"}
    # lumber in board feet (a sawmill's BF Sawn, a timber sale's MBF): each log's or each stand's add up
    | {"bf", "mbf"}
    # time or money spent on each row (RescueTime's Time Spent (seconds)) adds up to the time or money spent;
    # a sale's or a stream's earnings (DistroKid's Earnings (USD)) add up to what was earned
    | {"spent", "earning", "earned", "collected"}  # (Codewars' honor_earned, RetroAchievements' Points Earned)
    # money taken in on each row: Ko-fi's Received, StockX's Total Payout, KDP's Royalty, Koinly's Proceeds
    | {"received", "payout", "royalty", "proceed", "proceeds"}
)
# Kinds of person: a number of them is what "people" counts ("more people": Visitors, Passengers).
# Counts of things that happen, kept per row of a log (a 15-minute traffic count, a day's downloads): what
# "busiest" and "peaked" rank, and what two sides compared are totalled by (not a whole score: Maths marks)
EVENT_COUNTS = frozenset({"vol", "volume", "traffic", "count", "download", "install", "view", "pageview", "play"})
PERSONS = frozenset(
    {"visitor", "attendee", "passenger", "customer", "guest", "patient", "student", "member", "user", "rider"}
    | {"shopper", "spectator", "fan", "employee", "worker", "resident", "participant", "entrant", "diner", "viewer"}
    | {"defendant", "applicant", "claimant", "respondent", "tenant", "borrower", "player", "athlete"}
    # (the people a leisure business counts by what they do there: Skaters, Paddlers, Throwers)
    | {"skater", "paddler", "thrower", "jumper", "camper", "golfer", "bowler", "swimmer", "skier", "climber"}
    | {"hiker", "bidder", "trainee"}
)
# Name parts that make a number a rate or a level (unit_price, avg_score): averaged even next to "unit".
NOT_ADDITIVE_WORDS = frozenset(
    {
        "price",
        "rate",
        "ratio",
        "percent",
        "pct",
        "avg",
        "average",
        "mean",
        "median",  # a median of each row's group (Median Earnings): never added up
        "per",
        "score",
        "temperature",
        "temp",
        "age",
        "speed",
        "share",
        "level",
        "index",
        "margin",
        # a size of each thing (a well's Total Depth (ft), a tree's Height): never added up over the rows
        "depth",
        "height",
        "width",
        "diameter",
        "elevation",
    }
)


# One spelling for words spelt two ways ("Defense" asked as "defence", "colour" of Color): whole words only.
_SPELLINGS = {
    **{b: b.replace("our", "or") for b in ("colour", "flavour", "honour", "neighbour", "harbour", "labour")},
    **{b: b.replace("our", "or") for b in ("behaviour", "favourite", "neighbourhood", "humour", "vapour")},
    **{b: b[:-2] + "er" for b in ("centre", "metre", "litre", "theatre", "fibre", "kilometre")},
    **{"defence": "defense", "offence": "offense", "licence": "license", "catalogue": "catalog"},
    **{"programme": "program", "grey": "gray", "cheque": "check", "aluminium": "aluminum", "tyre": "tire"},
    # plurals in -uses cut to -use by the rule above: "buses" is bus, as "statuses" is status
    **{b + "e": b for b in ("bus", "status", "campus", "virus", "bonus", "census", "corpus", "syllabus")},
    "feet": "foot",  # an irregular plural: "price per foot" of Linear Feet
    # the particle of a phrasal noun in the plural ("Make-ups", "Sign-ups", "Drop-offs"): too short for the rule
    **{"ups": "up", "offs": "off"},
}


def folded(text: str) -> str:
    """Without accents: "Région" is Region, "Zählstelle" Zahlstelle."""
    if text.isascii():
        return text
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


# Nouns whose singular ends in -ie, so that their plural's -ies is not -y ("calories", "movies", "birdies")
_IE_NOUNS = frozenset(
    {"calorie", "cookie", "zombie", "rookie", "selfie", "hoodie", "brownie", "smoothie", "prairie"}
    | {"goalie", "genie", "freebie", "auntie", "sortie", "newbie", "veggie", "birdie", "bogie", "foodie", "collie"}
    | {"pixie", "magpie", "necktie", "hippie", "budgie", "talkie", "techie", "boogie", "kiddie", "bootie"}
)


@lru_cache(maxsize=65536)  # called for every word of every question against every column name
def stem(word: str) -> str:
    """A crude singular: the same on both sides is what matters, not linguistic accuracy."""
    word = folded(word.lower())
    if word.endswith("ies") and word[:-1] in _IE_NOUNS:
        word = word[:-1]  # "calories" is calorie (not calory, which "calorie" never meets)
    elif len(word) > 4 and word.endswith("ies"):
        word = word[:-3] + "y"
    elif len(word) > 4 and word.endswith(("sses", "xes", "ches", "shes")):
        word = word[:-2]
    elif len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    return _SPELLINGS.get(word, word)


def words(text: str) -> list[str]:
    """Lower-case name parts: split on punctuation, underscores and camelCase."""
    return [particle(w.lower()) for w in WORD.findall(_CAMEL.sub(" ", text))]


def particle(word: str) -> str:
    """A particle size as one word: "pm2.5" is pm25, "pm10.0" pm10 (any other word as it is)."""
    return re.sub(r"\.0+$", "", word).replace(".", "")


def abbreviates_any(part: str, full_words: frozenset[str]) -> bool:
    """A short name part that abbreviates one of `full_words` ("amt" of amount, "qty" of quantity)."""
    return 2 <= len(part) <= 4 and any(abbreviates(part, w) for w in full_words)


_VOWELS = frozenset("aeiou")
_ENDINGS = ("ation", "ition", "ance", "ence", "ings", "ing", "ion", "ed", "al", "es", "e", "s", "y")


@lru_cache(maxsize=65536)  # called for every word of every question against every column name
def root(word: str) -> str:
    """A word without its common ending, so that survival, survived and survive meet (and admission, admit)."""
    for end, base in (("ission", "it"), ("itted", "it"), ("itting", "it")):  # admission, admitted → admit
        if word.endswith(end) and len(word) - len(end) >= 3:
            return word[: -len(end)] + base
    for end in _ENDINGS:
        if word.endswith(end) and len(word) - len(end) >= 4:
            base = word[: -len(end)]
            # a consonant doubled before the ending: "skipped", "stopped" meet skip and stop (not "called")
            doubled = end in ("ed", "ing") and base[-1] == base[-2] and base[-1] not in "aeioulsfz"
            return base[:-1] if doubled else base
    return word


# Short forms people write for words they start ("ind": indicator, index, industry), never for others
_PREFIX_ONLY = frozenset({"ind"})
# Words that link others in a name ("Paid Per", "Cost For Parts"): never a short form of a longer word
_LINKING = frozenset({"per", "for", "and", "the", "via", "from", "into", "with", "over", "than"})
# ... nor the small ones ("Highlighted at": "author" is no "at")
_LINKING |= {"at", "of", "in", "on", "to", "by", "or", "an"}


@lru_cache(maxsize=65536)  # called for every word of every question against every column name
def abbreviates(part: str, word: str) -> bool:
    """Whether a name part is a short form of a question word.

    A prefix ("mag" of "magnitude", "temp"), or a prefix of the word followed by some of its later consonants
    ("qty" of "quantity", "yrs" of "years", "wt" of "weight", "dept" of "department"). Short forms drop vowels:
    a vowel kept after a skipped letter makes a different word, not an abbreviation ("cost" is not "cholesterol").
    """
    if len(part) < 2 or len(word) < len(part) + 2 or part[0] != word[0] or not part.isalpha():
        return False
    if part in _LINKING:
        return False  # "Paid Per": how often, never short for "person"
    if word.startswith(part):
        return len(part) >= 3
    if part in _PREFIX_ONLY:
        return False  # Denver's pedestrian_ind: an indicator (or index, industry), never "involved"
    if len(part) == 2 and (part[1] in _VOWELS):
        return False
    kept = 1
    while kept < len(part) and part[kept] == word[kept]:
        kept += 1
    if any(ch in _VOWELS for ch in part[kept:]):
        return False
    it = iter(word[kept:])
    return all(ch in it for ch in part[kept:])


# Endings that make another form of the same word: "failed"/"failure", "cancelled"/"cancellation".
_FORMS = ("", "e", "d", "ed", "ure", "ur", "ion", "ation", "at", "ing", "s", "es", "ment")


# Everyday nouns for what a label column holds, read only where a group is asked ("what fish do i catch the
# most", "which plane types"): "how many fish" or "how many planes" still count the rows
GROUP_NOUNS: dict[str, frozenset[str]] = {
    **dict.fromkeys(
        ("fish", "animal", "animals", "critter", "bird", "birds", "wildlife"), frozenset({"specy", "species"})
    ),
    **dict.fromkeys(("plane", "planes", "airplane", "jet"), frozenset({"aircraft", "model"})),
    **dict.fromkeys(("truck", "trucks", "plow"), frozenset({"vehicle"})),
    # "which place is the busiest" of a parks department's Facility
    # ... and of a vacation rental's Property ("which place makes the most money")
    **dict.fromkeys(("place", "places", "location", "locations", "venue", "site"), frozenset({"facility", "property"})),
    # "which trade has the most apprentices": an apprenticeship's OCCUPATION_TITLE
    **dict.fromkeys(("trade", "trades"), frozenset({"occupation"})),
    # "which airport is the busiest" of the FAA's operations counts (FACILITY_NAME)
    **dict.fromkeys(("airport", "airports", "airfield"), frozenset({"facility"})),
    # "avg price each winter" of a heating survey's Season ("2023-24")
    **dict.fromkeys(("winter", "winters", "summer", "summers"), frozenset({"season"})),
}

# The opposite said of a yes/no column's one word ("fails" of Passed): its rows marked no
ANTONYMS = {
    **dict.fromkeys(("fail", "fails", "failed", "failure", "failures", "failing"), ("passed", "pass")),
    **dict.fromkeys(("lose", "loses", "lost", "loss", "losses", "losing"), ("won", "win")),
    **dict.fromkeys(("incomplete", "unfinished", "abandoned"), ("completed", "complete", "finished")),
}

# What a time was spent doing, said beside "time" in a column's name (Practice Time (min), Time Spent, Screen Time):
# a length of it that adds up
TIME_DOING = frozenset(
    {"practice", "practiced", "spent", "played", "play", "study", "studied", "training", "workout", "exercise"}
    | {"screen", "watch", "watched", "listening", "reading", "session", "meditation", "focus", "active", "playing"}
)

# Comparatives, and a question that says one of each of two measures: "do more people come when it's hotter",
# "is my mood better after longer fasts", "do branches that are open longer lend out more" (a correlation)
COMPARATIVE = (
    r"more|fewer|less|longer|shorter|higher|lower|bigger|smaller|larger|better|worse|hotter|colder|warmer|cooler"
    r"|older|younger|faster|slower|heavier|lighter|cheaper|pricier|busier|quieter|wetter|drier|later|earlier"
)
# "rainy hours vs dry hours", "on rainy days compared to sunny ones": weathered rows set against the rest
WET_DRY = re.compile(
    r"\b(?P<adj>rainy|snowy|wet|windy)\s+(?:[a-z]+\s+)?(?:vs\.?|versus|or|and|compared\s+(?:with|to)|against)\s+"
    r"(?:dry|calm|sunny|clear|non[\s-]?(?:rainy|snowy|windy)|no[\s-]+(?:rain|snow|wind))\b"
)
TWO_COMPARATIVES = re.compile(
    # (not one side or the other: "higher or lower than tv episodes", "more or less")
    rf"^\W*(?:do|does|did|is|are|was|were)\s+(?:[\w']+\s+){{0,6}}?(?:{COMPARATIVE})\b[\w\s',]*?\s(?<!\bor\s)"
    rf"(?:{COMPARATIVE})\b",
    re.IGNORECASE,
)

# Verbs that end a count's name and say it counts the thing itself (Rounds Played, Tickets Sold, Meals Served):
# "the most rounds" is that column's total, above the kinds of rounds counted beside it
WHOLE_VERBS = frozenset({"played", "sold", "served", "completed"})
# ... and the words after a count's noun that say every one of them was counted (Hours Logged: all the hours;
# Hunters Reporting, Children Tested, Retailers Surveyed: the people or things counted)
WHOLE_TAIL = WHOLE_VERBS | {"taken", "logged", "reporting", "reported", "tested", "surveyed", "attending", "enrolled"}
# (WIC's Children Participating, a pantry's Individuals Served: the people counted, "kids", "people")
WHOLE_TAIL |= {"participating", "served", "housed", "screened"}
WHOLE_TAIL |= {"registered", "responding", "admitted", "treated", "vaccinated", "employed", "screened", "examined"}
WHOLE_TAIL |= {"inspected", "harvested", "sent", "received", "archived", "delivered", "affected", "impacted"}
WHOLE_TAIL |= {
    "earned",
    "gained",
    "collected",
    "scored",
    "administered",
    "cited",
    "recorded",
    "filed",
}  # (Coins Earned: "how many coins did i get")
WHOLE_TAIL |= {"distributed", "issued", "donated", "given", "planted", "shipped", "produced", "installed", "processed"}
WHOLE_TAIL |= {"stocked", "released", "caught", "tagged", "planted", "rescued", "adopted", "trapped", "counted"}
WHOLE_TAIL |= {"kicked", "poured", "filled", "picked", "served", "fill"}  # a taproom's Kegs Kicked, Pints Poured
# (a studio's Pieces Broken: the things that came to grief, each one counted)
WHOLE_TAIL |= {"broken"}
# (a bakery's Loaves Ordered, Croissants Ordered: the loaves of every order, added up)
WHOLE_TAIL |= {"ordered"}

# Names of columns that say where each row happened (a weather report's station, a sale's city)
PLACE_COLUMNS = frozenset(
    {"city", "town", "county", "state", "location", "address", "place", "station", "venue", "stadium", "airport"}
    | {"street", "neighborhood", "neighbourhood", "district", "region", "area", "country", "borough", "village"}
    | {"site", "resort", "spot", "beach", "trail", "course", "park", "facility", "venue", "branch"}
)

# Verbs whose past differs from their stem: "win rate" of the value Won, "sold" of sell.
IRREGULAR = {"won": "win", "lost": "lose", "sold": "sell", "paid": "pay", "bought": "buy", "left": "leave"}
IRREGULAR |= {"ran": "run", "gave": "give", "took": "take", "made": "make", "went": "go", "held": "hold"}
IRREGULAR |= {"fell": "fall", "found": "find", "grew": "grow", "flew": "fly", "drove": "drive", "wrote": "write"}
IRREGULAR |= {"sent": "send", "spent": "spend", "built": "build", "kept": "keep", "caught": "catch"}
IRREGULAR |= {"met": "meet", "rode": "ride", "swam": "swim", "threw": "throw", "broke": "break", "taught": "teach"}
IRREGULAR |= {"shore": "shear", "shorn": "shear", "sheared": "shear", "wove": "weave", "woven": "weave"}
IRREGULAR |= {"spun": "spin", "dug": "dig", "fed": "feed", "bred": "breed", "slid": "slide", "swept": "sweep"}
IRREGULAR |= {"tore": "tear", "stole": "steal", "sank": "sink", "slept": "sleep", "hung": "hang", "struck": "strike"}


def shared_start(a: str, b: str) -> int:
    """How many first letters two words share."""
    return next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))


def same_word(a: str, b: str) -> bool:
    """Two forms of one word (by their roots), at least four letters in common: fail, failed, failure."""
    la, lb = a.lower(), b.lower()
    if la in IRREGULAR or lb in IRREGULAR:  # win, won; falling, fell
        ia, ib = IRREGULAR.get(la, la), IRREGULAR.get(lb, lb)
        if ia == ib or _undoubled(root(stem(ia))) == _undoubled(root(stem(ib))):
            return True
    ra, rb = _undoubled(root(stem(a))), _undoubled(root(stem(b)))
    if ra == rb:
        return True
    short, long_ = sorted((la, lb), key=len)
    if len(short) >= 4 and long_ in (short + "ed", short + "d", short + "ing", short + "s", short + "es"):
        return True  # delay, delayed (the roots part on the y)
    if len(short) >= 4 and short.endswith("y") and short[-2] not in "aeiou" and long_ == short[:-1] + "ied":
        return True  # salary, salaried; copy, copied
    if len(a) >= 4 and len(b) >= 4 and (b.lower() == a.lower() + "ful" or a.lower() == b.lower() + "ful"):
        return True  # success, successful
    if len(short) >= 5 and (
        (long_ == short + "ly" and short.endswith(("ous", "ent", "ant", "ive", "ful", "less", "al", "ate")))
        or (long_ == short + "ally" and short.endswith("ic"))
    ):
        return True  # continuous, continuously; manual, manually; electronic, electronically
    if _e_form(la) is not None and _e_form(la) == _e_form(lb):
        return True  # use, used, using; rate, rated, rating: short verbs ending in e
    short, long_ = sorted((ra, rb), key=len)
    return len(short) >= 4 and long_.startswith(short) and long_[len(short) :] in _FORMS


def _e_form(word: str) -> str | None:
    """The plain form of a short verb ending in e said with -ed or -ing ("using": use), None for other words."""
    for end in ("ing", "ed", "es", "e"):
        base = word[: -len(end)] if word.endswith(end) else ""
        if 2 <= len(base) <= 4 and base[-1] not in "aeiouy" and base[-2] in "aeiouy":
            return base + "e"
    return None


def _undoubled(word: str) -> str:
    """A root without the consonant an ending doubled ("transferr" of transferred: transfer)."""
    return word[:-1] if len(word) >= 5 and word[-1] == word[-2] and word[-1] not in "aeious" else word


# Name parts of the date on which a thing began (Start Date, Received DtTm, order_purchase_timestamp): when it
# happened, for counts per period and for "which hour".
START_WORDS = frozenset({"start", "begin", "pickup", "created", "opened", "departure", "purchase", "submitted"})
START_WORDS |= {"reported", "issued", "received", "booked", "placed", "call", "order", "po"}  # PO Date: ordered


# Name parts of a column that keeps a length of time ("Duration (Minutes)", runtime, time_elapsed)
LENGTH_WORDS = frozenset({"duration", "length", "runtime", "elapsed"})
# A length by its name alone, perhaps with its unit: Duration, duration_sec, Length (min)
PLAIN_LENGTH_PARTS = LENGTH_WORDS - {"elapsed"} | {"sec", "secs", "seconds", "min", "mins", "minutes", "ms"}
PLAIN_LENGTH_PARTS |= {"h", "hh", "mm", "ss", "hms"}  # how it is written: TeslaFi's "Duration (h:mm)"

# Taxes on a sum of money (VAT (£) is a part of what was spent, not the spend), and every charge or deduction
# beside a total paid: a fee, a tax or a discount column is never the money itself ("Fees Paid" of "Total Paid")
TAXES = frozenset({"vat", "tax", "gst", "duty"})
SIDE_CHARGES = TAXES | {"fee", "discount", "refund", "shipping", "tip", "commission", "processing"}

# Words for money spent or taken, and the marks of a column that holds money.
MONEY_WORDS = frozenset(
    stem(w)
    for w in (
        *("spend", "spent", "spending", "expenditure", "expense", "outlay", "cost", "paid", "pay", "claimed"),
        *("funding", "funded", "raise", "raised", "invested", "investment"),  # money put into a startup or a project
        *("money", "award", "awarded", "funds"),  # a grant's money
    )  # money taken in (revenue, income) is read by the money kind, which also multiplies price × quantity
)
# Name parts of a column of money ("Sale Amount", "price_usd", "Total Cost")
MONEY_PARTS = frozenset({"amount", "amt", "price", "value", "cost", "revenue", "paid", "payment", "usd", "spend"})
# A column of percentages or rates by its name ("discount_percentage", "Rate (%)", "heart_rate", "pct_change").
PERCENT_NAME = re.compile(r"%|percent|pct|(?:^|[_\W])(?:rate|share)(?:$|[_\W])", re.IGNORECASE)
CURRENCY = re.compile(r"[$£€¥]|(?<![a-z])(?:usd|eur|gbp|chf|jpy|dollars?|euros?|pounds?)(?![a-z])", re.IGNORECASE)
# A date of birth: when someone was born, never when the rows' events happened.
BIRTH_STEMS = frozenset({"dob", "birth", "born", "birthday", "bday", "birthdate"})
# Name parts of a column of amounts paid, when no currency mark says it holds money.
PAID = frozenset({"amount", "total", "payment", "spend", "spending", "expenditure", "expense", "charge"})

# "excluding zeros", "ignoring the 0s", "without zero values"
ZEROS = re.compile(
    r"\b(?:exclud\w*|ignor\w*|leav\w*\s+out|without|not\s+counting|except(?:\s+for)?|drop\w*|remov\w*|skip\w*)\s+"
    r"(?:the\s+|any\s+|all\s+)?(?:zeros?|zeroes|0s|zero\s+values?|zero\s+rows|[$£€]?0\s+(?:ones|rows|values|sales))"
    r"(?![\w.])"
)

# Acronyms that published tables of any subject write inside longer names ("TotalGHGEmissions", "SiteEUI(kBtu/sf)",
# "PropertyGFATotal"): a name part that is one is named by the words it stands for, said in a row.
ACRONYMS = {
    "tic": "true interest cost",  # a bond issue's borrowing cost, in %
    "ghg": "greenhouse gas",
    "eui": "energy use intensity",
    "gfa": "gross floor area",
    "scc": "somatic cell count",
    "aov": "average order value",
    "co2": "carbon dioxide",
    "bmi": "body mass index",
    "gdp": "gross domestic product",
    "nps": "net promoter score",
    "mrr": "monthly recurring revenue",
    "los": "length of stay",
    "aqi": "air quality index",
    "aadt": "average annual daily traffic",  # a DOT's traffic count station summary
    "adt": "average daily traffic",
    "mawp": "maximum allowable working pressure",  # a boiler's or pressure vessel's rated pressure
    "dbh": "diameter at breast height",  # a tree inventory's trunk size
    "fc": "free chlorine",  # a pool's water log: FC (ppm) beside CC, the combined chlorine
    "au": "gold",  # a drill core's assays: AU_GPT (grams a tonne), CU_PCT
    "cu": "copper",
    "vmt": "vehicle miles traveled",
    "fte": "full time equivalent",
    "bg": "blood glucose",  # an insulin pump's or a meter's BG (mg/dL)
}

# Currency codes named by their currency, for exchange-rate tables with one column per code ("the dollar rate":
# USD, "the swiss franc": CHF). One word names a code below a longer name ("canadian dollar" is CAD, not USD).
CURRENCIES: dict[str, tuple[str, ...]] = {
    "usd": ("dollar", "us dollar"),
    "eur": ("euro",),
    "gbp": ("pound", "sterling", "british pound"),
    "jpy": ("yen", "japanese yen"),
    "chf": ("franc", "swiss franc"),
    "cny": ("yuan", "renminbi", "chinese yuan"),
    "rub": ("rouble", "ruble", "russian rouble", "russian ruble"),
    "inr": ("rupee", "indian rupee"),
    "cad": ("canadian dollar",),
    "aud": ("australian dollar", "aussie dollar"),
    "nzd": ("new zealand dollar", "kiwi dollar"),
    "hkd": ("hong kong dollar",),
    "sgd": ("singapore dollar",),
    "sek": ("swedish krona", "krona"),
    "nok": ("norwegian krone",),
    "dkk": ("danish krone",),
    "mxn": ("mexican peso", "peso"),
    "brl": ("brazilian real",),
    "zar": ("rand", "south african rand"),
    "try": ("lira", "turkish lira"),
    "pln": ("zloty", "polish zloty"),
    "huf": ("forint", "hungarian forint"),
    "czk": ("koruna", "czech koruna"),
    "idr": ("rupiah", "indonesian rupiah"),
    "thb": ("baht", "thai baht"),
    "ils": ("shekel", "israeli shekel"),
    "krw": ("korean won", "south korean won"),
    "php": ("philippine peso",),
    "myr": ("ringgit", "malaysian ringgit"),
    "isk": ("icelandic krona",),
    "ron": ("romanian leu", "leu"),
    "bgn": ("bulgarian lev", "lev"),
}

# Rows kept by a yes/no property said as a condition: "when the shops are actually open", "(open days only)",
# "only on promo days". The word names a 0/1 column (Open, Promo); the rows where it is 1 are kept.
FLAG_ONLY = re.compile(
    r"\b(?:when|while|where)\s+(?:the\s+|a\s+|an\s+)?[a-z]+\s+(?:are|is|were|was)\s+(?:actually\s+|currently\s+|still\s+)?"
    r"(?P<w>[a-z]+)\b(?!\s+(?:to|on|for|by|at|in)\b)"
    r"|\b(?P<w2>[a-z]+)\s+(?:days?|rows?|ones|stores?|shops?|weeks?|games?|matches)\s+only\b"
    r"|\bonly\s+(?:on\s+|the\s+|for\s+)?(?P<w3>[a-z]+)\s+(?:days?|ones|rows|stores?|shops?|weeks?)\b"
    # "and for stroke patients?", "among diabetic people": a 0/1 column named before the people it marks
    r"|\b(?:for|among|of|in)\s+(?:the\s+|all\s+)?(?P<w4>[a-z]+)\s+(?:patients|people|persons|customers|clients"
    r"|users|students|ones|cases|passengers|employees|members|applicants|borrowers|individuals|subjects"
    r"|participants|respondents|households|accounts|players|drivers)\b"
)


# Languages by their English names, lower-cased: what a label of languages lists (Babbel's Course, a Lang column)
# ISO 639-1 codes of the languages above, as locales start ("en-US", "pt_BR"), with the names they are said by
LANGUAGE_CODES = {
    "en": "english", "es": "spanish", "fr": "french", "de": "german", "it": "italian", "pt": "portuguese",
    "ja": "japanese", "zh": "chinese|mandarin", "ko": "korean", "ru": "russian", "ar": "arabic", "hi": "hindi",
    "nl": "dutch", "sv": "swedish", "no": "norwegian", "nb": "norwegian", "da": "danish", "pl": "polish",
    "tr": "turkish", "el": "greek", "he": "hebrew", "id": "indonesian", "vi": "vietnamese", "th": "thai",
    "uk": "ukrainian", "cs": "czech", "fi": "finnish", "hu": "hungarian", "ro": "romanian",
}  # fmt: skip
LANGUAGES = frozenset(
    {
        *("english", "spanish", "french", "german", "italian", "portuguese", "japanese", "chinese", "mandarin"),
        *("cantonese", "korean", "russian", "arabic", "hindi", "dutch", "swedish", "norwegian", "danish", "polish"),
        *("turkish", "greek", "hebrew", "indonesian", "vietnamese", "thai", "ukrainian", "czech", "finnish"),
        *("hungarian", "romanian", "latin", "bengali", "urdu", "persian", "swahili", "tagalog", "catalan", "welsh"),
    }
)


# Words a column of prices is named by ("Unit Price", "Fare (£)", "Fee"): what one thing costs, not a count of it
PRICE_WORDS = frozenset({"price", "cost", "fee", "fare", "charge"})
# Words for the rows themselves, whatever a table keeps: "how many events ... in total", "more than 3 times"
ROW_WORDS = frozenset(
    {"row", "record", "entry", "item", "thing", "observation", "reading", "log", "line", "listing", "event"}
    | {"appearance", "occurrence", "time"}
)


# The words of a column that keeps a length of time (Duration, Total Time, Hours, Minutes)
DURATION_PARTS = frozenset({"duration", "hours", "hour", "hrs", "hr", "minutes", "minute", "mins", "length", "time"})

# Money paid ahead of a bill, a part of it (a Deposit Paid, a Retainer): never the whole a word for money asks for
PAID_AHEAD = frozenset({"deposit", "retainer", "downpayment", "prepaid", "advance"})
