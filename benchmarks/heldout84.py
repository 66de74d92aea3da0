"""HELDOUT84: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of public files an analyst is likely to bring along: the PaySim synthetic
mobile-money log (Kaggle "Synthetic Financial Datasets For Fraud Detection", PS_20174392719_1491204439457_log.csv)
with step as the hour of a 30-day simulation (1-744), upper-case types PAYMENT / TRANSFER / CASH_OUT / CASH_IN /
DEBIT, amounts to the cent, customer ids "C1231006815" and merchant ids "M1979787155", origin and destination
balances before and after (merchants always 0.0 on both, balances often 0.0 and not always consistent), isFraud only
on TRANSFER and CASH_OUT rows that empty the origin account and isFlaggedFraud on a handful of large fraudulent
transfers; the BeerAdvocate reviews extract (Kaggle beer_reviews.csv) with brewery_id and brewery_name, review_time
as epoch seconds (2002-2011, most after 2008), five 1-5 scores in half points in the file's odd column order
(review_overall, review_aroma, review_appearance, review_palate, review_taste), review_profilename (a few blank),
beer_style such as "American IPA" or "Russian Imperial Stout", beer_name, beer_abv as a percentage (blank for about
4% of rows) and beer_beerid, so beers and breweries repeat; a Spotify account-data export (StreamingHistory0.json
flattened to CSV) with endTime as "2023-05-14 21:03" (UTC, minutes only), artistName, trackName and msPlayed, a year
of plays from June 2022 with skips of a few seconds (some 0 ms) and a few "Unknown Artist" / "Unknown Track"
rows; a Shopify orders export (orders_export.csv) with one row per line item: Name "#1001" and Email
on every row, but Financial Status (paid / refunded / partially_refunded / pending), Paid at as
"2023-03-01 10:22:31 -0500" (blank while pending, -0400 in summer), Fulfillment Status (fulfilled / unfulfilled /
partial), Currency USD, Subtotal, Shipping, Taxes, Total, Discount Code, Discount Amount, Billing City and Billing
Country (two-letter codes) only on an order's first line and blank on its later lines, with Lineitem quantity,
Lineitem name ("Merino Crew Sock - Grey") and Lineitem price on every line; a Jira issues export (Jira.csv) with
Issue key "PROJ-123" (newest first, some numbers missing), Summary, Issue Type Bug / Story / Task / Epic, Status To Do
/ In Progress / In Review / Done, Priority Highest ... Lowest, Assignee (blank for about an eighth), Reporter,
Created and Resolved as "14/Mar/23 10:22 AM" (Resolved blank unless Done), Sprint "PROJ Sprint 7" (blank in the
backlog) and "Custom field (Story Points)" (Fibonacci points, mostly blank on bugs and epics); a Google Forms
employee-survey export with Timestamp as "3/14/2024 10:22:31", the questions as column names ("How satisfied are you
with your job overall?" and a leadership-communication rating, both 1-5, "Which department are you in?" optional and
sometimes blank, "How many years have you worked here?" as text ranges "Less than 1 year" / "1-3 years" / ... /
"More than 10 years", "Would you recommend us as a place to work?" Yes / No / Maybe) and a free-text comment column
that is mostly blank and sometimes "n/a" or "-"; and a utility smart-meter "Green Button" download
(pge_electric_usage_interval_data.csv) with TYPE "Electric usage", DATE "2023-01-01", START TIME "00:00", END TIME
"00:14", USAGE in kWh, UNITS kWh, COST as text "$0.03" (time-of-use rates), an empty NOTES column and 15-minute rows
for 52 winter days, a few intervals missing and overnight electric-car charging on some nights. All are generated
with a fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _day, _lead, _named, _share, _shares, _split, _text, _year
from .heldout38 import _draw, _table
from .heldout39 import _clock
from .heldout40 import _number, _top_named
from .heldout42 import _ranked
from .offline_eval import Check, Dataset, Q, both, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------


def _top(scores: pd.Series, ascending: bool = False) -> str:
    """The best (or worst) label of a score series (ties in label order)."""
    return str(_ranked(scores, ascending).index[0])


def _money(values: Callable[[pd.DataFrame], Any]) -> Check:
    """Amounts in full or as thousands / millions ("$1.2M"), to about 1%."""
    return _scaled(values, (1e3, 1e6), rel=0.01)


def _days(rng: np.random.Generator, n: int, start: str, end: str) -> list[pd.Timestamp]:
    lo, hi = pd.Timestamp(start).value // 10**9, pd.Timestamp(end).value // 10**9
    return sorted(pd.Timestamp(int(s), unit="s") for s in rng.integers(lo, hi, n))


# --- 1. PaySim mobile money (Kaggle "Synthetic Financial Datasets For Fraud Detection") ----------------------------

_PS_COLUMNS = _split(
    "step;type;amount;nameOrig;oldbalanceOrg;newbalanceOrig;nameDest;oldbalanceDest;newbalanceDest;isFraud;"
    "isFlaggedFraud"
)
_PS_TYPES = "CASH_OUT:35;PAYMENT:34;CASH_IN:22;TRANSFER:8.4;DEBIT:0.6"
# type: median amount, spread
_PS_AMOUNTS = {
    "CASH_OUT": (175_000.0, 0.8),
    "PAYMENT": (9_000.0, 0.9),
    "CASH_IN": (140_000.0, 0.9),
    "TRANSFER": (480_000.0, 1.0),
    "DEBIT": (5_500.0, 0.8),
}
_PS_HOURS = np.array([2, 1, 0.5, 0.4, 0.3, 0.4, 1, 2, 4, 6, 7, 7.5, 7.5, 7.5, 7, 7, 7, 7, 7, 6.5, 5, 4, 3, 2.5])


def _ps_id(rng: np.random.Generator, head: str) -> str:
    return f"{head}{int(rng.integers(10**8, 2 * 10**9))}"


def _ps_balance(rng: np.random.Generator, median: float, zero: float) -> float:
    return 0.0 if rng.random() < zero else round(float(rng.lognormal(np.log(median), 1.2)), 2)


def _paysim_frame() -> pd.DataFrame:
    rng = np.random.default_rng(8401)
    weights = np.tile(_PS_HOURS, 31)[:744]
    rows: list[dict[str, Any]] = []
    for _ in range(4200):
        kind = _draw(rng, _PS_TYPES)
        step = int(rng.choice(744, p=weights / weights.sum())) + 1
        median, spread = _PS_AMOUNTS[kind]
        amount = round(min(float(rng.lognormal(np.log(median), spread)), 10_000_000.0), 2)
        fraud = kind in ("TRANSFER", "CASH_OUT") and rng.random() < (0.11 if kind == "TRANSFER" else 0.028)
        old = _ps_balance(rng, 60_000.0, 0.35)
        if fraud:
            old = round(float(rng.lognormal(np.log(900_000), 1.1)), 2)
            amount = min(old, 10_000_000.0)
        new = round(old + amount, 2) if kind == "CASH_IN" else round(max(0.0, old - amount), 2)
        if kind == "PAYMENT":
            dest, old_d, new_d = _ps_id(rng, "M"), 0.0, 0.0
        else:
            dest = _ps_id(rng, "C")
            old_d = _ps_balance(rng, 800_000.0, 0.4)
            moved = -amount if kind == "CASH_IN" else amount
            new_d = round(max(0.0, old_d + moved), 2) if rng.random() > 0.1 else 0.0
        rows.append(
            {
                "step": step,
                "type": kind,
                "amount": amount,
                "nameOrig": _ps_id(rng, "C"),
                "oldbalanceOrg": old,
                "newbalanceOrig": 0.0 if fraud else new,
                "nameDest": dest,
                "oldbalanceDest": old_d,
                "newbalanceDest": new_d,
                "isFraud": int(fraud),
                "isFlaggedFraud": int(fraud and kind == "TRANSFER" and amount > 200_000 and rng.random() < 0.12),
            }
        )
    frame = pd.DataFrame(rows).sort_values("step", kind="stable", ignore_index=True)
    return frame[_PS_COLUMNS]


def _ps_fraud(d: pd.DataFrame) -> pd.Series:
    return d["isFraud"] == 1


def _ps_rates(d: pd.DataFrame) -> list[float]:
    return [float(_ps_fraud(d)[d["type"] == t].mean()) for t in ("TRANSFER", "CASH_OUT")]


def _ps_means(d: pd.DataFrame) -> list[float]:
    return [float(d.loc[_ps_fraud(d), "amount"].mean()), float(d.loc[~_ps_fraud(d), "amount"].mean())]


def _ps_big(inclusive: bool) -> Callable[[pd.DataFrame], float]:
    return lambda d: float((d["amount"] >= 200_000).sum() if inclusive else (d["amount"] > 200_000).sum())


_PS_ID = ("step", "nameOrig")
_PAYSIM_QS = [
    Q(
        "how many transactions are fraud and what percent is that",
        both(_count(lambda d: float(_ps_fraud(d).sum())), _share(lambda d: float(_ps_fraud(d).mean()))),
        (*_PS_ID, "isFraud"),
    ),
    Q(
        "whats the fraud rate for each type of transaction",
        _shares(_ps_rates),
        (*_PS_ID, "type", "isFraud"),
    ),
    Q(
        "avg amount for fraud vs normal transactions?",
        _money(_ps_means),
        (*_PS_ID, "amount", "isFraud"),
    ),
    Q(
        "how many of the frauds did the system actually flag",
        _count(lambda d: float((_ps_fraud(d) & (d["isFlaggedFraud"] == 1)).sum())),
        (*_PS_ID, "isFraud", "isFlaggedFraud"),
    ),
    Q(
        "which type moves the most money in total",
        _lead(_named(lambda d: _top(d.groupby("type")["amount"].sum()))),
        (*_PS_ID, "type", "amount"),
    ),
    Q(
        "how many transactions are over 200k",
        either(_count(_ps_big(False)), _count(_ps_big(True))),
        (*_PS_ID, "amount"),
    ),
]


# --- 2. BeerAdvocate reviews (Kaggle beer_reviews.csv) --------------------------------------------------------------

_BA_COLUMNS = _split(
    "brewery_id;brewery_name;review_time;review_overall;review_aroma;review_appearance;review_profilename;"
    "beer_style;review_palate;review_taste;beer_name;beer_abv;beer_beerid"
)
# style: weight, abv range, beer name endings
_BA_STYLES: dict[str, tuple[float, tuple[float, float], str]] = {
    "American IPA": (16, (5.8, 7.5), "IPA;India Pale Ale;Hop Bomb IPA"),
    "American Double / Imperial IPA": (11, (7.5, 10.5), "Double IPA;Imperial IPA;DIPA"),
    "American Pale Ale (APA)": (8, (4.5, 6.2), "Pale Ale;Session Pale;APA"),
    "Russian Imperial Stout": (9, (8.5, 12.5), "Imperial Stout;Russian Imperial Stout;Stout"),
    "American Porter": (5, (5.0, 7.0), "Porter;Robust Porter;Smoked Porter"),
    "Fruit / Vegetable Beer": (4, (4.0, 6.5), "Pumpkin Ale;Raspberry Wheat;Cherry Ale"),
    "Belgian Strong Dark Ale": (5, (8.0, 11.0), "Quadrupel;Dark Strong Ale;Grand Cru"),
    "American Amber / Red Ale": (5, (5.0, 6.8), "Amber Ale;Red Ale;Amber"),
    "Witbier": (4, (4.5, 5.5), "Wit;White Ale;Witbier"),
    "Hefeweizen": (4, (4.8, 5.6), "Hefeweizen;Hefe;Wheat"),
    "American Adjunct Lager": (4, (3.8, 5.2), "Lager;Light;Premium Lager"),
    "Saison / Farmhouse Ale": (5, (5.5, 8.0), "Saison;Farmhouse Ale;Saison Reserve"),
    "Oatmeal Stout": (4, (4.5, 6.5), "Oatmeal Stout;Breakfast Stout;Oat Stout"),
    "American Barleywine": (3, (9.5, 12.5), "Barleywine;Old Ale;Barley Wine"),
}
# brewery: weight, quality bonus
_BA_BREWERIES: dict[str, tuple[float, float]] = {
    "Boston Beer Company (Samuel Adams)": (9, -0.15),
    "Dogfish Head Brewery": (8, 0.05),
    "Stone Brewing Co.": (8, 0.15),
    "Sierra Nevada Brewing Co.": (8, 0.1),
    "Bell's Brewery, Inc.": (6, 0.15),
    "Founders Brewing Company": (6, 0.3),
    "Victory Brewing Company": (5, 0.05),
    "Rogue Ales": (5, -0.1),
    "Brooklyn Brewery": (4, 0.0),
    "Russian River Brewing Company": (3, 0.55),
    "The Alchemist": (1.5, 0.6),
    "Three Floyds Brewing Co. & Brewpub": (3, 0.35),
    "Lagunitas Brewing Company": (4, 0.05),
    "Anheuser-Busch": (3, -0.9),
    "Great Divide Brewing Company": (3, 0.1),
    "Southern Tier Brewing Company": (3, 0.0),
    "Avery Brewing Company": (3, 0.1),
    "New Belgium Brewing": (3, -0.05),
    "Flying Dog Brewery": (2.5, -0.2),
    "Brouwerij Westvleteren (Sint-Sixtusabdij van Westvleteren)": (1.2, 0.65),
    "Hill Farmstead Brewery": (1, 0.6),
    "Coors Brewing Company": (2, -0.8),
    "Shipyard Brewing Co.": (2, -0.35),
    "Magic Hat Brewing Company": (2, -0.25),
    "Harpoon Brewery": (2, -0.05),
    "Cigar City Brewing": (1.5, 0.35),
    "Surly Brewing Company": (1.2, 0.3),
    "Oskar Blues Grill & Brew": (2, 0.05),
}
_BA_WORDS = _split(
    "Hoppy;Old;Black;Golden;Dirty;Blind;Midnight;Winter;Summer;Hazy;Ruby;Storm;Raging;Holy;Red Tail;Iron;Dark Lord;"
    "Two Hearted;Pliny;Heady;Hop Stoopid;Ten Fidy;Arrogant;Yeti;Celebration;Torpedo;Breakfast;Kentucky;Vanilla"
)
_BA_NAMES = _split(
    "northyorksammy;BuckeyeNation;mikesgroove;Thorpe429;ChainGangGuy;NeroFiddled;brentk56;Phyl21ca;UCLABrewN84;"
    "BEERchitect;Gavage;akorsak;Slatetank;womencantsail;TheManiacalOne;GClarkage;biboergosum;Knapp85;Mora2000;"
    "WesWes;kylehay2004;Beaerchitect;jwc215;Rifugium;StonedTrippin;oberon;ppoitras;Sammy;feloniousmonk;hopdog;"
    "tempest;OtherShoe2;Reidrover;Jason;Zorro;beerguy101;mintjulep;dyan;Halcyondays;Deuane"
)


def _ba_half(value: float) -> float:
    return float(np.clip(round(2 * value) / 2, 1.0, 5.0))


def _beer_frame() -> pd.DataFrame:
    rng = np.random.default_rng(8402)
    breweries = list(_BA_BREWERIES)
    numbers = rng.choice(np.arange(30, 30000), len(breweries), replace=False)
    brewery_ids = {b: int(i) for b, i in zip(breweries, numbers, strict=True)}
    styles = list(_BA_STYLES)
    beers: list[dict[str, Any]] = []
    used: set[str] = set()
    for b in breweries:
        for _ in range(int(rng.integers(4, 10))):
            style = str(_one(rng, styles, [v[0] for v in _BA_STYLES.values()]))
            _w, (lo, hi), tails = _BA_STYLES[style]
            name = f"{_one(rng, _BA_WORDS)} {_one(rng, _split(tails))}"
            if name in used:
                name = f"{name} ({int(rng.integers(2005, 2012))})"
            used.add(name)
            beers.append(
                {
                    "brewery": b,
                    "style": style,
                    "name": name,
                    "abv": round(float(rng.uniform(lo, hi)), 1) if rng.random() > 0.05 else None,
                    "id": int(rng.integers(100, 75000)),
                    "quality": _BA_BREWERIES[b][1] + float(rng.normal(0, 0.2)),
                    "pull": _BA_BREWERIES[b][0] * float(rng.lognormal(0, 0.6)),
                }
            )
    pulls = np.array([x["pull"] for x in beers])
    stamps = _days(rng, 4300, "2002-03-01", "2011-12-31")
    late = _days(rng, 4300, "2008-01-01", "2011-12-31")
    rows: list[dict[str, Any]] = []
    for k in range(4300):
        beer = beers[int(rng.choice(len(beers), p=pulls / pulls.sum()))]
        base = 3.8 + beer["quality"] + (0.04 * (beer["abv"] - 6.5) if beer["abv"] else 0.0)
        taste = base + float(rng.normal(0, 0.5))
        stamp = stamps[k] if rng.random() < 0.25 else late[k]
        rows.append(
            {
                "brewery_id": brewery_ids[beer["brewery"]],
                "brewery_name": beer["brewery"],
                "review_time": int(stamp.value // 10**9),
                "review_overall": _ba_half(0.7 * taste + 0.3 * base + float(rng.normal(0, 0.35))),
                "review_aroma": _ba_half(taste + float(rng.normal(0, 0.35))),
                "review_appearance": _ba_half(base + float(rng.normal(0.1, 0.4))),
                "review_profilename": str(_one(rng, _BA_NAMES)) if rng.random() > 0.004 else None,
                "beer_style": beer["style"],
                "review_palate": _ba_half(taste + float(rng.normal(0, 0.35))),
                "review_taste": _ba_half(taste),
                "beer_name": beer["name"],
                "beer_abv": beer["abv"] if rng.random() > 0.01 else None,
                "beer_beerid": beer["id"],
            }
        )
    frame = pd.DataFrame(rows)
    return frame.sort_values(["brewery_name", "beer_beerid"], kind="stable", ignore_index=True)[_BA_COLUMNS]


def _ba_top_style(d: pd.DataFrame) -> str:
    return _top(_text(d["beer_style"]).value_counts())


def _ba_best_brewery(d: pd.DataFrame) -> str:
    sizes = d["brewery_name"].value_counts()
    big = d[d["brewery_name"].isin(sizes[sizes >= 50].index)]
    return _top(big.groupby("brewery_name")["review_overall"].mean())


def _ba_years(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(d["review_time"], unit="s").dt.year


_BA_ALIASES = {
    "Boston Beer Company (Samuel Adams)": ("Boston Beer", "Samuel Adams"),
    "Brouwerij Westvleteren (Sint-Sixtusabdij van Westvleteren)": ("Westvleteren",),
    "Three Floyds Brewing Co. & Brewpub": ("Three Floyds",),
}
_BA_ID = ("beer_beerid", "beer_name", "review_profilename")
_BEER_QS = [
    Q(
        "which beer style gets reviewed the most",
        _lead(_named(_ba_top_style)),
        (*_BA_ID, "beer_style"),
    ),
    Q(
        "whats the average overall rating for that style",
        _about(lambda d: float(d.loc[_text(d["beer_style"]) == _ba_top_style(d), "review_overall"].mean()), rel=0.002),
        (*_BA_ID, "beer_style", "review_overall"),
    ),
    Q(
        "which brewery has the best average overall score, only ones with at least 50 reviews",
        _lead(_named(_ba_best_brewery, _BA_ALIASES)),
        (*_BA_ID, "brewery_name", "brewery_id", "review_overall"),
    ),
    Q(
        "is stronger beer rated better on taste?",
        _corr(lambda d: d["beer_abv"], lambda d: d["review_taste"]),
        (*_BA_ID, "beer_abv", "review_taste"),
    ),
    Q(
        "how many reviews dont have an abv",
        _count(lambda d: float(d["beer_abv"].isna().sum())),
        (*_BA_ID, "beer_abv"),
    ),
    Q(
        "what year had the most reviews",
        _lead(_year(lambda d: float(_top(_ba_years(d).astype(str).value_counts())))),
        (*_BA_ID, "review_time"),
    ),
]


# --- 3. Spotify streaming history (account-data export, StreamingHistory0.json as CSV) ----------------------------

# artist: weight, tracks as "title|seconds" between ";"
_SH_ARTISTS: dict[str, tuple[float, str]] = {
    "Taylor Swift": (14, "Anti-Hero|201;Lavender Haze|202;Karma|204;Cruel Summer|178;Midnight Rain|174;Maroon|218"),
    "Phoebe Bridgers": (11, "Motion Sickness|230;Kyoto|184;Garden Song|220;Savior Complex|243;I Know The End|344"),
    "Fleetwood Mac": (6, "Dreams|257;The Chain|270;Landslide|199;Everywhere|228;Go Your Own Way|223"),
    "SZA": (9, "Kill Bill|153;Snooze|201;Nobody Gets Me|180;Good Days|279;Shirt|181"),
    "Frank Ocean": (7, "Nights|307;Pink + White|184;Ivy|249;Self Control|249;Thinkin Bout You|200"),
    "Boygenius": (5, "Not Strong Enough|234;Emily I'm Sorry|221;$20|218;True Blue|279"),
    "Arctic Monkeys": (5, "505|253;Do I Wanna Know?|272;R U Mine?|201;Body Paint|290"),
    "Mitski": (6, "Nobody|193;Washing Machine Heart|128;First Love / Late Spring|229;Stay Soft|194"),
    "Radiohead": (4, "Weird Fishes/Arpeggi|318;No Surprises|229;Reckoner|290;Let Down|299"),
    "Lizzy McAlpine": (4, "ceilings|182;Pancakes for Dinner|157;erase me|227"),
    "Bon Iver": (3, "Holocene|336;Skinny Love|238;Re: Stacks|401"),
    "Beyoncé": (4, "CUFF IT|225;BREAK MY SOUL|278;ALIEN SUPERSTAR|215"),
    "Harry Styles": (5, "As It Was|167;Late Night Talking|178;Satellite|218;Matilda|245"),
    "Kendrick Lamar": (3, "N95|195;Money Trees|386;United In Grief|255"),
    "Noah Kahan": (4, "Stick Season|182;Northern Attitude|167;Dial Drunk|154"),
    "The 1975": (3, "About You|326;Somebody Else|347;Happiness|300"),
    "Zach Bryan": (3, "Something in the Orange|228;Oklahoma Smokeshow|157"),
    "Lana Del Rey": (4, "A&W|434;Video Games|282;Norman fucking Rockwell|248"),
    "Unknown Artist": (0.6, "Unknown Track|180"),
}
_SH_MONTHS = "6:9;7:8;8:7;9:8;10:10;11:9;12:13;1:8;2:7;3:8;4:6;5:7"
_SH_HOURS = np.array([3, 2, 1, 0.5, 0.3, 0.3, 0.5, 1, 3, 4, 4, 4.5, 5, 6, 6.5, 6, 5, 4, 3.5, 3.5, 4, 4.5, 4.5, 4])


def _streaming_frame() -> pd.DataFrame:
    rng = np.random.default_rng(8403)
    artists = list(_SH_ARTISTS)
    rows: list[dict[str, Any]] = []
    for _ in range(3600):
        artist = str(_one(rng, artists, [v[0] for v in _SH_ARTISTS.values()]))
        tracks = [t.split("|") for t in _split(_SH_ARTISTS[artist][1])]
        title, seconds = tracks[
            int(rng.choice(len(tracks), p=np.linspace(2, 1, len(tracks)) / np.linspace(2, 1, len(tracks)).sum()))
        ]
        month = int(_draw(rng, _SH_MONTHS))
        year = 2022 if month >= 6 else 2023
        day = int(rng.integers(1, pd.Timestamp(year, month, 1).days_in_month + 1))
        hour = int(rng.choice(24, p=_SH_HOURS / _SH_HOURS.sum()))
        stamp = pd.Timestamp(year, month, day, hour, int(rng.integers(0, 60)))
        full = int(seconds) * 1000
        pick = rng.random()
        if pick < 0.05:
            played = 0
        elif pick < 0.27:
            played = int(rng.integers(300, 30000))
        elif pick < 0.37:
            played = int(rng.integers(30000, full))
        else:
            played = full - int(rng.integers(0, 1500))
        rows.append(
            {"endTime": f"{stamp:%Y-%m-%d %H:%M}", "artistName": artist, "trackName": title, "msPlayed": played}
        )
    return pd.DataFrame(rows).sort_values("endTime", kind="stable", ignore_index=True)


def _sh_artist_ranking(by_time: bool) -> Callable[[pd.DataFrame], str]:
    def top(d: pd.DataFrame) -> str:
        real = d[d["artistName"] != "Unknown Artist"]
        scores = real.groupby("artistName")["msPlayed"].sum() if by_time else real["artistName"].value_counts()
        return _top(scores)

    return top


def _sh_hours(d: pd.DataFrame) -> list[float]:
    return [float(d["msPlayed"].sum() / 3_600_000)]


def _sh_song_ranking(d: pd.DataFrame) -> pd.Series:
    real = d[d["trackName"] != "Unknown Track"]
    return _ranked(real.groupby("trackName")["msPlayed"].sum())


def _sh_month(by_time: bool) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def peak(d: pd.DataFrame) -> pd.Timestamp:
        months = _text(d["endTime"]).str[:7]
        scores = d.groupby(months)["msPlayed"].sum() if by_time else months.value_counts()
        return pd.Timestamp(_top(scores) + "-01")

    return peak


def _sh_hour(by_time: bool) -> Callable[[pd.DataFrame], int]:
    def peak(d: pd.DataFrame) -> int:
        hours = pd.to_datetime(d["endTime"], format="%Y-%m-%d %H:%M").dt.hour
        scores = d.groupby(hours)["msPlayed"].sum() if by_time else hours.value_counts()
        return int(_top(scores.rename(index=lambda h: f"{h:02d}")))

    return peak


_SH_ID = ("endTime", "trackName")
_STREAMING_QS = [
    Q(
        "who's my most played artist",
        _lead(either(_named(_sh_artist_ranking(True)), _named(_sh_artist_ranking(False)))),
        (*_SH_ID, "artistName", "msPlayed"),
    ),
    Q(
        "how many hours did i listen in total",
        _about(_sh_hours, rel=0.005),
        (*_SH_ID, "msPlayed"),
    ),
    Q(
        "top 5 songs by time listened",
        _top_named(_sh_song_ranking, 5),
        (*_SH_ID, "artistName", "msPlayed"),
    ),
    Q(
        "which month did i listen the most",
        _lead(either(_month_year(_sh_month(True)), _month_year(_sh_month(False)))),
        (*_SH_ID, "msPlayed"),
    ),
    Q(
        "how many plays were skipped in under 30 seconds",
        either(
            _count(lambda d: float((d["msPlayed"] < 30000).sum())),
            _count(lambda d: float((d["msPlayed"] <= 30000).sum())),
        ),
        (*_SH_ID, "msPlayed"),
    ),
    Q(
        "what time of day do i usually listen",
        _lead(either(_clock(_sh_hour(True)), _clock(_sh_hour(False)))),
        (*_SH_ID, "msPlayed"),
    ),
]


# --- 4. Shopify orders export (orders_export.csv, one row per line item) ------------------------------------------

_SO_COLUMNS = _split(
    "Name;Email;Financial Status;Paid at;Fulfillment Status;Currency;Subtotal;Shipping;Taxes;Total;Discount Code;"
    "Discount Amount;Lineitem quantity;Lineitem name;Lineitem price;Billing City;Billing Country"
)
_SO_ORDER_FIELDS = [*_SO_COLUMNS[2:12], "Billing City", "Billing Country"]
# product: price, weight
_SO_PRODUCTS = (
    "Merino Crew Sock - Grey:18.00:14;Merino Crew Sock - Black:18.00:11;Everyday Tee - White / M:32.00:9;"
    "Everyday Tee - Black / L:32.00:7;Trail Beanie - Rust:28.00:6;Canvas Tote Bag:24.00:8;"
    "Waxed Cotton Cap - Olive:36.00:5;Wool Blend Scarf - Charcoal:54.00:3;Sock 3-Pack Gift Box:48.00:6;"
    "Hemp Hoodie - Navy / M:88.00:3;Ankle Sock - Oatmeal:14.00:9;Gift Card $50:50.00:2"
)
_SO_CITIES = (
    "US|New York:14;US|Brooklyn:8;US|Los Angeles:8;US|Chicago:6;US|Austin:5;US|Seattle:5;US|Portland:5;"
    "US|Denver:4;US|Boston:4;CA|Toronto:5;CA|Vancouver:3;GB|London:4;AU|Sydney:2"
)
_SO_MONTHS = "1:6;2:5.5;3:6.5;4:6.5;5:7;6:6.5;7:6;8:6;9:7;10:8;11:18;12:13"
_SO_CODES = "WELCOME10:0.10;SPRING20:0.20;BFCM25:0.25;FRIENDS15:0.15"


def _shopify_frame() -> pd.DataFrame:
    rng = np.random.default_rng(8404)
    specs = [x.rsplit(":", 2) for x in _split(_SO_PRODUCTS)]
    products = [(name, float(price)) for name, price, _w in specs]
    weights = [float(w) for _n, _p, w in specs]
    places, place_w = _table(_SO_CITIES)
    stamps = []
    for _ in range(1150):
        month = int(_draw(rng, _SO_MONTHS))
        day = int(rng.integers(1, pd.Timestamp(2023, month, 1).days_in_month + 1))
        stamps.append(pd.Timestamp(2023, month, day) + pd.Timedelta(seconds=int(rng.integers(0, 86400))))
    stamps.sort()
    rows: list[dict[str, Any]] = []
    for k, stamp in enumerate(stamps):
        n_items = int(_one(rng, [1, 2, 3, 4], [58, 27, 11, 4]))
        picks = rng.choice(len(products), n_items, replace=False, p=np.divide(weights, sum(weights)))
        lines = [(products[int(i)], int(_one(rng, [1, 2, 3], [78, 17, 5]))) for i in picks]
        subtotal = sum(p * q for (_n, p), q in lines)
        code = ""
        if rng.random() < (0.6 if stamp.month == 11 else 0.18):
            code = "BFCM25" if stamp.month == 11 else str(_one(rng, ["WELCOME10", "SPRING20", "FRIENDS15"]))
        rate = {c: float(r) for c, r in (x.split(":") for x in _split(_SO_CODES))}.get(code, 0.0)
        discount = round(subtotal * rate, 2)
        subtotal = round(subtotal - discount, 2)
        country, city = _one(rng, places, place_w).split("|")
        shipping = 0.0 if subtotal >= 75 else (6.95 if country == "US" else 14.95)
        taxes = round(subtotal * {"US": 0.0825, "CA": 0.13, "GB": 0.2, "AU": 0.1}[country], 2)
        status = _draw(rng, "paid:87;refunded:5;partially_refunded:3;pending:5")
        offset = "-0400" if pd.Timestamp("2023-03-12") <= stamp < pd.Timestamp("2023-11-05") else "-0500"
        fulfil = "unfulfilled" if status == "pending" else _draw(rng, "fulfilled:93;partial:2;unfulfilled:5")
        email = f"{_one(rng, _split('sam;alex;jordan;taylor;casey;morgan;riley;jamie;chris;pat'))}"
        email += f".{_one(rng, _split('lee;kim;smith;garcia;brown;nguyen;patel;jones;miller;davis'))}"
        email += f"{int(rng.integers(1, 99))}@{_one(rng, ['gmail.com', 'yahoo.com', 'icloud.com', 'outlook.com'])}"
        for j, ((product, price), qty) in enumerate(lines):
            row: dict[str, Any] = {"Name": f"#{1001 + k}", "Email": email}
            if j == 0:
                row |= {
                    "Financial Status": status,
                    "Paid at": "" if status == "pending" else f"{stamp:%Y-%m-%d %H:%M:%S} {offset}",
                    "Fulfillment Status": fulfil,
                    "Currency": "USD",
                    "Subtotal": subtotal,
                    "Shipping": shipping,
                    "Taxes": taxes,
                    "Total": round(subtotal + shipping + taxes, 2),
                    "Discount Code": code,
                    "Discount Amount": discount,
                    "Billing City": city,
                    "Billing Country": country,
                }
            else:
                row |= dict.fromkeys(_SO_ORDER_FIELDS, "")
            row |= {"Lineitem quantity": qty, "Lineitem name": product, "Lineitem price": price}
            rows.append(row)
    frame = pd.DataFrame(rows)[_SO_COLUMNS]
    return frame.replace("", None)


def _so_orders(d: pd.DataFrame) -> pd.DataFrame:
    """One row per order: the first line, where the order's fields are."""
    return d[_text(d["Financial Status"]) != ""]


def _so_paid(d: pd.DataFrame) -> pd.DataFrame:
    orders = _so_orders(d)
    return orders[_text(orders["Financial Status"]) == "paid"]


def _so_aov(d: pd.DataFrame) -> list[float]:
    return [float(_so_orders(d)["Total"].mean())]


def _so_top_product(d: pd.DataFrame) -> str:
    return _top(d.groupby("Lineitem name")["Lineitem quantity"].sum())


def _so_month(how: str) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def peak(d: pd.DataFrame) -> pd.Timestamp:
        orders = _so_orders(d)
        paid = _text(orders["Paid at"])
        orders, months = orders[paid != ""], paid[paid != ""].str[:7]
        if how == "paid":
            keep = _text(orders["Financial Status"]) == "paid"
            orders, months = orders[keep], months[keep]
        scores = months.value_counts() if how == "count" else orders.groupby(months)["Total"].sum()
        return pd.Timestamp(_top(scores) + "-01")

    return peak


def _so_coded(d: pd.DataFrame) -> float:
    return float((_text(_so_orders(d)["Discount Code"]) != "").mean())


_SO_ID = ("Name",)
_SHOPIFY_QS = [
    Q(
        "how many orders are there",
        _count(lambda d: float(d["Name"].nunique())),
        _SO_ID,
    ),
    Q(
        "total revenue from paid orders",
        _money(lambda d: float(_so_paid(d)["Total"].sum())),
        (*_SO_ID, "Financial Status", "Total"),
    ),
    Q(
        "whats the average order value",
        either(_money(_so_aov), _money(lambda d: float(_so_paid(d)["Total"].mean()))),
        (*_SO_ID, "Total", "Financial Status"),
    ),
    Q(
        "best selling product by units?",
        _lead(_named(_so_top_product)),
        (*_SO_ID, "Lineitem name", "Lineitem quantity"),
    ),
    Q(
        "what % of orders used a discount code",
        _share(_so_coded),
        (*_SO_ID, "Discount Code", "Discount Amount"),
    ),
    Q(
        "which month had the most sales",
        _lead(either(*(_month_year(_so_month(h)) for h in ("count", "all", "paid")))),
        (*_SO_ID, "Paid at", "Total", "Financial Status"),
    ),
]


# --- 5. Jira issues export (Jira.csv, "Export Excel CSV (all fields)" trimmed) ------------------------------------

_JI_COLUMNS = _split(
    "Issue key;Summary;Issue Type;Status;Priority;Assignee;Reporter;Created;Resolved;Sprint;Custom field (Story Points)"
)
_JI_PEOPLE = "Priya Sharma:16;Marcus Chen:14;Elena Rossi:13;Tom Becker:11;Aisha Bello:10;Diego Alvarez:9;Sam Kowalski:6"
_JI_REPORTERS = "Hannah Weiss:30;Priya Sharma:10;Marcus Chen:8;Olivia Grant:22;Support Bot:15;Elena Rossi:8"
# type: weight, mean days to resolve, share with story points, summaries
_JI_TYPES: dict[str, tuple[float, float, float, str]] = {
    "Bug": (
        34,
        6.0,
        0.1,
        "Login fails with SSO on Safari;Export to CSV drops last row;Crash when uploading empty file;"
        "Wrong currency symbol on invoice;Search returns deleted items;Timeout on dashboard load;"
        "Password reset email not sent;Date picker shows wrong month;Null pointer in billing job",
    ),
    "Story": (
        38,
        13.0,
        0.9,
        "As a user I can filter reports by date;Add dark mode to settings;Bulk edit for tasks;"
        "Team invite via link;Show usage chart on dashboard;Allow CSV import of contacts;Two-factor authentication",
    ),
    "Task": (
        24,
        8.0,
        0.5,
        "Upgrade Postgres to 15;Rotate API keys;Update onboarding docs;Clean up feature flags;"
        "Set up staging alerts;Migrate cron jobs to scheduler;Review GDPR retention settings",
    ),
    "Epic": (4, 45.0, 0.0, "Billing revamp;Mobile app v2;Reporting overhaul;Enterprise SSO"),
}


def _ji_time(stamp: pd.Timestamp) -> str:
    return stamp.strftime("%d/%b/%y %I:%M %p")


def _jira_frame() -> pd.DataFrame:
    rng = np.random.default_rng(8405)
    kinds = list(_JI_TYPES)
    start = pd.Timestamp("2023-01-09")
    cut = pd.Timestamp("2023-12-15 17:00")
    keys = np.sort(rng.choice(np.arange(1, 720), 640, replace=False))
    created = sorted(
        start + pd.Timedelta(minutes=int(m)) for m in rng.integers(0, int((cut - start).total_seconds() // 60), 640)
    )
    rows: list[dict[str, Any]] = []
    for key, made in zip(keys, created, strict=True):
        made = made.replace(hour=int(rng.integers(8, 18)))
        kind = str(_one(rng, kinds, [v[0] for v in _JI_TYPES.values()]))
        _w, mean_days, pointed, summaries = _JI_TYPES[kind]
        sprint_no = (made - start).days // 14 + 1
        backlog = rng.random() < 0.15
        if not backlog and rng.random() < 0.35:
            sprint_no += 1
        took = pd.Timedelta(hours=float(rng.gamma(1.6, mean_days / 1.6) * 24))
        done_at = made + took
        done = (not backlog) and done_at < cut and rng.random() < 0.93
        status = "Done" if done else _draw(rng, "To Do:50;In Progress:30;In Review:20")
        points = float(_one(rng, [1, 2, 3, 5, 8, 13], [8, 14, 20, 22, 12, 4])) if rng.random() < pointed else None
        if sprint_no == 12 and points is not None:
            points = float(_one(rng, [5, 8, 13], [3, 4, 3]))
        rows.append(
            {
                "Issue key": f"PROJ-{int(key)}",
                "Summary": str(_one(rng, _split(summaries))),
                "Issue Type": kind,
                "Status": status,
                "Priority": _draw(rng, "Highest:4;High:18;Medium:55;Low:18;Lowest:5")
                if kind != "Bug"
                else _draw(rng, "Highest:12;High:30;Medium:43;Low:12;Lowest:3"),
                "Assignee": None if rng.random() < 0.12 else _draw(rng, _JI_PEOPLE),
                "Reporter": _draw(rng, _JI_REPORTERS),
                "Created": _ji_time(made),
                "Resolved": _ji_time(done_at) if done else None,
                "Sprint": None if backlog or kind == "Epic" else f"PROJ Sprint {min(sprint_no, 24)}",
                "Custom field (Story Points)": points,
            }
        )
    frame = pd.DataFrame(rows)
    return frame.iloc[::-1].reset_index(drop=True)[_JI_COLUMNS]


def _ji_when(s: pd.Series) -> pd.Series:
    return pd.to_datetime(s, format="%d/%b/%y %I:%M %p")


def _ji_open(d: pd.DataFrame) -> pd.Series:
    return d["Resolved"].isna()


def _ji_top_open(d: pd.DataFrame) -> str:
    who = _text(d.loc[_ji_open(d), "Assignee"])
    return _top(who[who != ""].value_counts())


def _ji_resolve_days(kind: str | None) -> Check:
    def spans(d: pd.DataFrame, whole: bool) -> pd.Series:
        rows = d if kind is None else d[d["Issue Type"] == kind]
        made, done = _ji_when(rows["Created"]), _ji_when(rows["Resolved"])
        if whole:
            return (done.dt.normalize() - made.dt.normalize()).dt.days.dropna()
        return ((done - made).dt.total_seconds() / 86400).dropna()

    return either(
        *(
            _about(lambda d, w=w, m=m: float(getattr(spans(d, w), m)()), rel=0.02)
            for w in (False, True)
            for m in ("mean", "median")
        )
    )


def _ji_top_sprint(d: pd.DataFrame) -> str:
    return _top(d.groupby("Sprint")["Custom field (Story Points)"].sum())


_JI_ID = ("Issue key",)
_JIRA_QS = [
    Q(
        "how many bugs are still open",
        _count(lambda d: float((_ji_open(d) & (d["Issue Type"] == "Bug")).sum())),
        (*_JI_ID, "Issue Type", "Status", "Resolved"),
    ),
    Q(
        "who has the most open tickets",
        _lead(_named(_ji_top_open)),
        (*_JI_ID, "Assignee", "Status", "Resolved"),
    ),
    Q(
        "how long does it take to resolve an issue on average, in days",
        _ji_resolve_days(None),
        (*_JI_ID, "Created", "Resolved", "Status"),
    ),
    Q(
        "and for bugs?",
        _ji_resolve_days("Bug"),
        (*_JI_ID, "Created", "Resolved", "Status", "Issue Type"),
    ),
    Q(
        "total story points per sprint - which sprint had the most?",
        _lead(_named(_ji_top_sprint, {f"PROJ Sprint {i}": (f"Sprint {i}",) for i in range(1, 25)})),
        (*_JI_ID, "Sprint", "Custom field (Story Points)"),
    ),
    Q(
        "how many tickets aren't assigned to anyone",
        _count(lambda d: float(d["Assignee"].isna().sum())),
        (*_JI_ID, "Assignee"),
    ),
]


# --- 6. Google Forms survey export (employee pulse survey, "Form Responses 1" as CSV) -----------------------------

_GF_SAT = "How satisfied are you with your job overall?"
_GF_LEAD = "How would you rate communication from leadership? (1 = very poor, 5 = excellent)"
_GF_DEPT = "Which department are you in?"
_GF_YEARS = "How many years have you worked here?"
_GF_REC = "Would you recommend us as a place to work?"
_GF_NOTE = "Is there anything else you'd like to share with us? (optional)"
_GF_COLUMNS = ["Timestamp", _GF_SAT, _GF_LEAD, _GF_DEPT, _GF_YEARS, _GF_REC, _GF_NOTE]
# department: weight, mood
_GF_DEPTS = {
    "Engineering": (26, 0.3),
    "Sales": (18, 0.0),
    "Customer Support": (16, -0.9),
    "Marketing": (10, 0.2),
    "Operations": (12, -0.2),
    "Finance": (7, 0.1),
    "HR": (5, 0.35),
    "": (6, -0.1),
}
_GF_TENURE = {"Less than 1 year": (14, 0.3), "1-3 years": (33, 0.0), "4-6 years": (24, -0.1)}
_GF_TENURE |= {"7-10 years": (15, -0.15), "More than 10 years": (14, 0.25)}
_GF_COMMENTS = _split(
    "More flexibility on remote days would help.;Managers are great, tools are slow.;Please fix the VPN!;"
    "Pay is below market for my role.;Love the team.;Too many meetings.;Onboarding was confusing.;"
    "Would like clearer promotion criteria.;The new office is nice;Workload in support is too high right now"
)


def _survey_frame() -> pd.DataFrame:
    rng = np.random.default_rng(8406)
    depts, tenures = list(_GF_DEPTS), list(_GF_TENURE)
    stamps = _days(rng, 430, "2024-03-11 08:00", "2024-03-29 18:00")
    rows: list[dict[str, Any]] = []
    for stamp in stamps:
        dept = str(_one(rng, depts, [v[0] for v in _GF_DEPTS.values()]))
        tenure = str(_one(rng, tenures, [v[0] for v in _GF_TENURE.values()]))
        mood = _GF_DEPTS[dept][1] + _GF_TENURE[tenure][1] + float(rng.normal(0, 0.9))
        sat = int(np.clip(round(3.5 + mood), 1, 5))
        lead = int(np.clip(round(3.1 + 0.6 * mood + float(rng.normal(0, 0.8))), 1, 5))
        yes = 1 / (1 + np.exp(-(1.6 * mood + 0.4)))
        rec = "Yes" if rng.random() < yes else ("Maybe" if rng.random() < 0.55 else "No")
        note = _draw(rng, "text:20;n/a:3;N/A:2;-:1;no:1;:73")
        if note == "text":
            note = str(_one(rng, _GF_COMMENTS))
        rows.append(
            {
                "Timestamp": f"{stamp.month}/{stamp.day}/{stamp.year} {stamp.hour}:{stamp:%M:%S}",
                _GF_SAT: sat,
                _GF_LEAD: lead,
                _GF_DEPT: dept or None,
                _GF_YEARS: tenure,
                _GF_REC: rec,
                _GF_NOTE: note or None,
            }
        )
    return pd.DataFrame(rows)[_GF_COLUMNS]


def _gf_worst_dept(d: pd.DataFrame) -> str:
    return _top(d.groupby(_GF_DEPT)[_GF_SAT].mean(), ascending=True)


def _gf_yes(rows: Callable[[pd.DataFrame], pd.DataFrame]) -> Callable[[pd.DataFrame], float]:
    return lambda d: float((_text(rows(d)[_GF_REC]) == "Yes").mean())


def _gf_comments(skip_empty_words: bool) -> Callable[[pd.DataFrame], float]:
    def count(d: pd.DataFrame) -> float:
        note = _text(d[_GF_NOTE])
        said = note != ""
        if skip_empty_words:
            said &= ~note.str.lower().isin(["n/a", "-", "no", "na", "none"])
        return float(said.sum())

    return count


_GF_ID = ("Timestamp",)
_SURVEY_QS = [
    Q(
        "whats the average satisfaction score",
        _about(lambda d: float(d[_GF_SAT].mean()), rel=0.002),
        (*_GF_ID, _GF_SAT),
    ),
    Q(
        "which department is the least happy",
        _lead(_named(_gf_worst_dept)),
        (*_GF_ID, _GF_SAT, _GF_DEPT),
    ),
    Q(
        "what % would recommend us",
        _share(_gf_yes(lambda d: d)),
        (*_GF_ID, _GF_REC),
    ),
    Q(
        "and among people who've been here more than 10 years?",
        _share(_gf_yes(lambda d: d[_text(d[_GF_YEARS]) == "More than 10 years"])),
        (*_GF_ID, _GF_REC, _GF_YEARS),
    ),
    Q(
        "how many people actually left a comment",
        either(_count(_gf_comments(False)), _count(_gf_comments(True))),
        (*_GF_ID, _GF_NOTE),
    ),
    Q(
        "does job satisfaction go together with how people rate leadership communication?",
        _corr(lambda d: d[_GF_SAT], lambda d: d[_GF_LEAD]),
        (*_GF_ID, _GF_SAT, _GF_LEAD),
    ),
]


# --- 7. Smart-meter interval data (utility "Green Button" download, 15-minute electric usage) ---------------------

_EM_COLUMNS = _split("TYPE;DATE;START TIME;END TIME;USAGE;UNITS;COST;NOTES")
# hour of day: typical kWh per 15 minutes on a weekday
_EM_NIGHT = [0.09, 0.08, 0.08, 0.08, 0.08, 0.09, 0.14, 0.24, 0.22, 0.12, 0.1, 0.1]
_EM_PROFILE = np.array([*_EM_NIGHT, 0.11, 0.1, 0.1, 0.11, 0.14, 0.24, 0.34, 0.38, 0.33, 0.26, 0.19, 0.13])


def _meter_frame() -> pd.DataFrame:
    rng = np.random.default_rng(8407)
    rows: list[dict[str, Any]] = []
    days = pd.date_range("2023-01-01", periods=52)
    cold = {d: float(np.clip(rng.normal(1.0, 0.25), 0.6, 1.7)) for d in days}
    cold[days[int(rng.integers(15, 40))]] = 2.1
    charge_nights = {d for d in days if rng.random() < 0.12}
    skipped = set(rng.choice(52 * 96, 6, replace=False).tolist())
    for i, day in enumerate(days):
        weekend = day.day_of_week >= 5
        for q in range(96):
            if i * 96 + q in skipped:
                continue
            hour = q // 4
            base = _EM_PROFILE[hour] * cold[day]
            if weekend and 9 <= hour <= 16:
                base += 0.12
            use = max(0.0, base * float(rng.lognormal(0, 0.25)))
            if day in charge_nights and 1 <= hour < 3:
                use += 1.8 * float(rng.uniform(0.9, 1.0))
            use = round(use, 2)
            rate = 0.45 if 16 <= hour < 21 else 0.33
            start = pd.Timestamp(day) + pd.Timedelta(minutes=15 * q)
            rows.append(
                {
                    "TYPE": "Electric usage",
                    "DATE": f"{day:%Y-%m-%d}",
                    "START TIME": f"{start:%H:%M}",
                    "END TIME": f"{start + pd.Timedelta(minutes=14):%H:%M}",
                    "USAGE": use,
                    "UNITS": "kWh",
                    "COST": f"${use * rate:.2f}",
                    "NOTES": None,
                }
            )
    return pd.DataFrame(rows)[_EM_COLUMNS]


def _em_daily(d: pd.DataFrame) -> pd.Series:
    return d.groupby("DATE")["USAGE"].sum()


def _em_week_split(daily: bool) -> Callable[[pd.DataFrame], list[float]]:
    def means(d: pd.DataFrame) -> list[float]:
        if daily:
            days = _em_daily(d)
            end = pd.to_datetime(days.index).day_of_week >= 5
            return [float(days[end].mean()), float(days[~end].mean())]
        end = pd.to_datetime(d["DATE"]).dt.day_of_week >= 5
        return [float(d.loc[end, "USAGE"].mean()), float(d.loc[~end, "USAGE"].mean())]

    return means


def _em_peak_hour(how: str) -> Callable[[pd.DataFrame], int]:
    def peak(d: pd.DataFrame) -> int:
        hours = _text(d["START TIME"]).str[:2]
        return int(_top(d.groupby(hours)["USAGE"].agg(how)))

    return peak


def _em_big(inclusive: bool) -> Callable[[pd.DataFrame], float]:
    return lambda d: float((d["USAGE"] >= 1).sum() if inclusive else (d["USAGE"] > 1).sum())


_EM_ID = ("DATE", "START TIME")
_METER_QS = [
    Q(
        "how much electricity did we use in total",
        _about(lambda d: float(d["USAGE"].sum()), rel=0.003),
        (*_EM_ID, "USAGE", "UNITS"),
    ),
    Q(
        "and what did that cost",
        _money(lambda d: float(_number(d["COST"]).sum())),
        (*_EM_ID, "COST"),
    ),
    Q(
        "which day used the most power?",
        _lead(_day(lambda d: _top(_em_daily(d)))),
        (*_EM_ID, "USAGE"),
    ),
    Q(
        "what hour of the day is usage highest on average",
        _lead(either(_clock(_em_peak_hour("mean")), _clock(_em_peak_hour("sum")))),
        (*_EM_ID, "END TIME", "USAGE"),
    ),
    Q(
        "weekends vs weekdays, avg usage?",
        either(_about(_em_week_split(True), rel=0.01), _about(_em_week_split(False), rel=0.01)),
        (*_EM_ID, "USAGE"),
    ),
    Q(
        "how many 15 min readings were over 1 kwh",
        either(_count(_em_big(False)), _count(_em_big(True))),
        (*_EM_ID, "USAGE"),
    ),
]

HELDOUT84: list[Dataset] = [
    Dataset("paysim_mobile_money", _paysim_frame, _PAYSIM_QS),
    Dataset("beeradvocate_reviews", _beer_frame, _BEER_QS),
    Dataset("spotify_streaming_history", _streaming_frame, _STREAMING_QS),
    Dataset("shopify_orders_export", _shopify_frame, _SHOPIFY_QS),
    Dataset("jira_issues_export", _jira_frame, _JIRA_QS),
    Dataset("google_forms_survey", _survey_frame, _SURVEY_QS),
    Dataset("smart_meter_usage", _meter_frame, _METER_QS),
]
