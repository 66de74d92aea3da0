"""HELDOUT33: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of well-known public datasets: Mitchell J's Trending YouTube Video
Statistics (Kaggle, USvideos.csv) with its "17.14.11" yy.dd.mm trending dates, ISO "...000Z" publish times, numeric
category_id codes without names, the same video on several trending days, "[none]" and pipe-joined quoted tags,
True/False comments_disabled and ratings_disabled flags and descriptions with literal "\\n"; a World Bank DataBank
extract of the World Development Indicators (Data.csv) for 2000-2022 with "Country Name", "Country Code", "Series
Name", "Series Code", "2000 [YR2000]" headers, ".." for missing values, aggregates (World, High income, ...) after the
countries and the "Data from database" / "Last Updated" footer lines; the TSA Claims Database (Kaggle tsa_claims.csv)
for 2010-2013 with "4-Jan-10" received dates, "1/5/2010 0:00" incident dates, "$1,234.00 " amounts with a trailing
space, "-" for blanks, UAL/USAir airline names and Status beside Disposition; Zillow's ZIP-level home value index
(Zip_zhvi_uc_sfrcondo_tier_0.33_0.67_sm_sa_month.csv) for 2015-2024 with RegionID, SizeRank, zip codes as numbers
(Boston's without their leading zero), StateName and State both two-letter codes, blank metros for rural zips, one
column per month-end ("2015-01-31") and blanks before a zip's series starts; The New York Times' us-counties.csv
for March-June 2020 with cumulative cases and deaths, "New York City" and "Unknown" rows with no fips, zero-padded
fips, a few downward corrections, New York City's probable-deaths jump on 14 April and blank deaths for Puerto Rico;
the gapminder R package's gapminder data (country, continent, year, lifeExp, pop, gdpPercap) for 63 countries in
five-year steps 1952-2007; San Francisco's Fire Department Calls for Service (data.sfgov.org) for January-March
2016, one row per unit dispatched, with "01/11/2016 01:51:44 AM" timestamps, a blank On Scene time for units
cancelled en route, Transport/Hospital times only for the transporting ambulance, "San Francisco"/"SF"/"Treasure
Isla" cities, "B02" battalions, zero-padded station areas, true/false ALS Unit and the misspelt "Neighborhooods -
Analysis Boundaries" header. All are generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import pandas as pd

from .offline_eval import Check, Dataset, Q, asks, both, either, has
from .offline_eval import corr_of as _corr
from .offline_eval import month_names as _month_names
from .offline_eval import numbers_found as _found
from .offline_eval import pick_one as _one
from .offline_eval import plain_text as _plain
from .offline_eval import rounded_share as _share
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------


def _named(value: Callable[[pd.DataFrame], str]) -> Check:
    """The label computed from the frame appears, ignoring case, accents and a space before a comma."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        want = str(value(df))
        return None if _plain(want) in _plain(answer) else f"missing label {want!r}"

    return check


def _all_named(values: Callable[[pd.DataFrame], list[str]]) -> Check:
    """Every label computed from the frame appears, ignoring case, accents and a space before a comma."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        for want in values(df):
            if _plain(str(want)) not in _plain(answer):
                return f"missing label {want!r}"
        return None

    return check


def _month_name(month: Callable[[pd.DataFrame], int]) -> Check:
    """A calendar month, as "September", "Sept", "Sep" or "2012-09"."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        m = int(month(df))
        if re.search(rf"\b(?:{_month_names(m)})\b", answer, re.IGNORECASE):
            return None
        if re.search(rf"\b\d{{4}}-{m:02d}\b", answer):
            return None
        return f"missing month {m}"

    return check


def _month_year(stamp: Callable[[pd.DataFrame], Any]) -> Check:
    """A month of a year: "June 2022", "Jun. 2022", "June of 2022", "2022-06", "06/2022" or "6/2022"."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        t = pd.Timestamp(stamp(df))
        patterns = [
            rf"\b(?:{_month_names(t.month)})\.?,?\s+(?:of\s+)?{t.year}\b",
            rf"(?<![\d.]){t.year}-0?{t.month}(?!\d)",
            rf"(?<![\d/.])0?{t.month}/{t.year}\b",
        ]
        if any(re.search(p, answer, re.IGNORECASE) for p in patterns):
            return None
        return f"missing month {t:%Y-%m}"

    return check


def _hour(hour: Callable[[pd.DataFrame], int]) -> Check:
    """An hour of the day, as "17", "17:00", "5 pm" or "5-6 pm"."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        h = int(hour(df))
        if re.search(rf"(?<![\d.:\-–])0?{h}(?::00)?(?![\d.])", answer):
            return None
        twelve, after = h % 12 or 12, (h + 1) % 12 or 12
        half = "pm" if h >= 12 else "am"
        alone = rf"(?<![\d.:\-–])(?<!to )(?<!and ){twelve}(?::00)?\s*{half[0]}\.?m\b"
        if re.search(alone, answer, re.IGNORECASE):
            return None
        span = rf"(?<![\d.:]){twelve}(?::00)?\s*(?:[ap]\.?m\.?)?\s*(?:-|–|to|and)\s*{after}(?::00)?\s*[ap]\.?m\b"
        if re.search(span, answer, re.IGNORECASE):
            return None
        if h == 12 and re.search(r"\bnoon\b", answer, re.IGNORECASE):
            return None
        return f"missing hour {h}"

    return check


def _date_word(day: Callable[[pd.DataFrame], Any]) -> Check:
    """A calendar date: "2020-05-12", "5/12/2020", "12 May 2020", "May 12th" or "May 12"."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        t = pd.Timestamp(day(df))
        d, m, y = t.day, t.month, t.year
        names = _month_names(m)
        patterns = [
            rf"(?<!\d){y}-0?{m}-0?{d}(?!\d)",
            rf"(?<![\d/])0?{m}/0?{d}(?:/(?:{y}|{y % 100:02d}))?(?![\d/])",
            rf"(?<![\d/])0?{d}/0?{m}/(?:{y}|{y % 100:02d})(?!\d)",
            rf"\b(?:{names})\.?,?\s+0?{d}(?:st|nd|rd|th)?(?!\d)",
            rf"(?<![\d.]){d}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{names})\b",
        ]
        if any(re.search(p, answer, re.IGNORECASE) for p in patterns):
            return None
        return f"missing date {t:%Y-%m-%d}"

    return check


def _minutes(values: Callable[[pd.DataFrame], Any]) -> Check:
    """Each duration (given in minutes) appears in minutes ("6.4 min"), seconds ("384 s") or minutes and seconds
    ("6:24", "6 min 24 s"), to about 1%."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        found = _found(answer)
        pairs = [int(a) + int(b) / 60 for a, b in re.findall(r"(?<![\d.:])(\d{1,3}):(\d{2})(?![\d:])", answer)]
        pairs += [
            int(a) + int(b) / 60
            for a, b in re.findall(
                r"(\d+)\s*m(?:in(?:ute)?s?)?\.?,?\s*(?:and\s+)?(\d+)\s*s(?:ec(?:ond)?s?)?\b", answer, re.IGNORECASE
            )
        ]
        for w in np.atleast_1d(values(df)):
            want = float(w)
            ok = any(abs(f - want) <= max(0.01 * want, 0.051) for f in found)
            ok = ok or any(abs(f - 60 * want) <= max(0.6 * want, 0.51) for f in found)
            ok = ok or any(abs(p - want) <= 1 / 60 + 1e-9 for p in pairs)
            if not ok:
                return f"missing duration {want:.4g} min"
        return None

    return check


def _corr_or_log(x: Callable[[pd.DataFrame], pd.Series], y: Callable[[pd.DataFrame], pd.Series]) -> Check:
    """Pearson or Spearman correlation of x and y, or Pearson's on log x (a money axis is often logged)."""
    return either(_corr(x, y), has(lambda d: float(np.log(x(d)).corr(y(d))), rel=0.01))


def _split(text: str, sep: str = ";") -> list[str]:
    return text.split(sep)


def _first_word(label: str) -> str:
    """A metro's lead city: "Boise" of "Boise City, ID", "Austin" of "Austin-Round Rock-Georgetown, TX"."""
    return re.sub(r" City$", "", re.split(r"[-,]", label)[0].strip())


# --- 1. Trending YouTube Video Statistics (Kaggle datasnaek/youtube-new, USvideos.csv) -----------------------------

_YT_CHANNELS: list[tuple[str, str, int, float, float]] = [  # (channel_title, short name, category_id, weight, views)
    ("ESPN", "ESPN", 17, 5.0, 600_000),
    ("The Tonight Show Starring Jimmy Fallon", "Fallon", 24, 4.0, 1_200_000),
    ("Jimmy Kimmel Live", "Kimmel", 24, 3.5, 1_100_000),
    ("The Late Show with Stephen Colbert", "Colbert", 24, 3.3, 1_000_000),
    ("TheEllenShow", "Ellen", 24, 3.0, 1_300_000),
    ("Saturday Night Live", "SNL", 24, 2.6, 2_000_000),
    ("The Late Late Show with James Corden", "Corden", 24, 2.4, 1_500_000),
    ("Last Week Tonight", "LWT", 24, 2.0, 3_500_000),
    ("NFL", "NFL", 17, 2.2, 900_000),
    ("NBA", "NBA", 17, 1.6, 700_000),
    ("Dude Perfect", "Dude Perfect", 17, 0.7, 8_000_000),
    ("Netflix", "Netflix", 24, 1.5, 1_800_000),
    ("Good Mythical Morning", "GMM", 24, 1.5, 1_200_000),
    ("Vanity Fair", "Vanity Fair", 24, 1.0, 1_500_000),
    ("Marvel Entertainment", "Marvel", 1, 1.0, 8_000_000),
    ("Warner Bros. Pictures", "Warner Bros.", 1, 1.2, 3_000_000),
    ("Sony Pictures Entertainment", "Sony", 1, 1.0, 2_500_000),
    ("Screen Junkies", "Screen Junkies", 1, 0.8, 1_000_000),
    ("EminemVEVO", "Eminem", 10, 0.6, 12_000_000),
    ("TaylorSwiftVEVO", "Taylor Swift", 10, 0.5, 15_000_000),
    ("ArianaGrandeVevo", "Ariana Grande", 10, 0.5, 10_000_000),
    ("Ed Sheeran", "Ed Sheeran", 10, 0.6, 9_000_000),
    ("ibighit", "BTS", 10, 0.8, 9_000_000),
    ("CamilaCabelloVEVO", "Camila Cabello", 10, 0.5, 6_000_000),
    ("Logan Paul Vlogs", "Logan Paul", 22, 0.8, 4_500_000),
    ("Jake Paul", "Jake Paul", 22, 0.6, 2_500_000),
    ("Casey Neistat", "Casey", 22, 0.8, 1_800_000),
    ("David Dobrik", "David", 22, 0.9, 3_500_000),
    ("BuzzFeedVideo", "BuzzFeed", 22, 1.5, 800_000),
    ("PewDiePie", "PewDiePie", 20, 0.6, 4_000_000),
    ("IGN", "IGN", 20, 1.5, 500_000),
    ("Nintendo", "Nintendo", 20, 0.6, 1_500_000),
    ("PlayStation", "PlayStation", 20, 0.6, 1_200_000),
    ("CNN", "CNN", 25, 1.8, 400_000),
    ("Fox News", "Fox News", 25, 1.5, 350_000),
    ("Vox", "Vox", 25, 1.5, 1_000_000),
    ("MSNBC", "MSNBC", 25, 1.2, 300_000),
    ("Binging with Babish", "Babish", 26, 0.8, 2_000_000),
    ("Tasty", "Tasty", 26, 1.0, 1_500_000),
    ("Bon Appétit", "Bon Appétit", 26, 1.0, 1_200_000),
    ("NikkieTutorials", "Nikkie", 26, 0.6, 2_000_000),
    ("James Charles", "James Charles", 26, 0.6, 3_500_000),
    ("Safiya Nygaard", "Safiya", 26, 0.6, 2_500_000),
    ("Refinery29", "Refinery29", 26, 0.8, 500_000),
    ("Unbox Therapy", "Unbox Therapy", 28, 1.0, 2_500_000),
    ("Marques Brownlee", "MKBHD", 28, 0.9, 3_000_000),
    ("Linus Tech Tips", "Linus", 28, 0.7, 1_500_000),
    ("WIRED", "WIRED", 28, 0.8, 1_000_000),
    ("Veritasium", "Veritasium", 27, 0.4, 3_000_000),
    ("Kurzgesagt – In a Nutshell", "Kurzgesagt", 27, 0.3, 5_000_000),
    ("SciShow", "SciShow", 27, 0.5, 500_000),
    ("Smosh", "Smosh", 23, 0.8, 1_500_000),
    ("CollegeHumor", "CollegeHumor", 23, 1.0, 1_200_000),
    ("Doug DeMuro", "Doug", 2, 0.6, 1_000_000),
    ("Top Gear", "Top Gear", 2, 0.4, 800_000),
    ("The Dodo", "The Dodo", 15, 0.5, 500_000),
]
_YT_CELEBS = ["Taylor Swift", "Tom Hanks", "Jennifer Lawrence", "Chris Pratt", "Gal Gadot", "Dwayne Johnson"]
_YT_CELEBS += ["Kevin Hart", "Margot Robbie", "Ryan Reynolds", "Zendaya", "Hugh Jackman", "Emma Stone", "Mark Hamill"]
_YT_CELEBS += ["Daisy Ridley", "Oprah Winfrey", "Jack Black", "Will Ferrell", "Blake Shelton", "Selena Gomez"]
_YT_CELEBS += ["Adam Sandler", "Jason Momoa", "Steve Carell", "Melissa McCarthy", "Chris Hemsworth", "John Cena"]
_YT_TITLES: dict[int, tuple[list[str], list[str]]] = {  # category_id: (templates, fillers)
    1: (
        _split("{x} - Official Trailer;{x} - Official Teaser;{x} Trailer #2;Honest Trailers - {x}"),
        _split(
            "Avengers: Infinity War;Black Panther;Jurassic World: Fallen Kingdom;Solo: A Star Wars Story;"
            "Deadpool 2;Incredibles 2;Ready Player One;A Quiet Place;Ant-Man and the Wasp;Aquaman;"
            "Mission: Impossible - Fallout;Venom;The Greatest Showman;Coco;Justice League;Rampage;"
            "Star Wars: The Last Jedi;Ocean's 8;Tomb Raider;Pacific Rim Uprising;Annihilation"
        ),
    ),
    2: (
        _split("{x} Review;Here's Why the {x} Costs So Much;The {x} Is the Quirkiest Car Ever"),
        _split(
            "Tesla Roadster;Ford GT;Lamborghini Urus;Mercedes-AMG G63;Porsche 911 GT2 RS;Jeep Wrangler;"
            "Honda Civic Type R;Rolls-Royce Phantom;McLaren 720S;Toyota Supra"
        ),
    ),
    10: (
        _split("{c} - {x} (Official Video);{c} - {x} (Lyric Video);{c} - {x} (Audio);{c} - {x} (Live)"),
        _split(
            "Walk On Water;River;Perfect;Havana;Delicate;End Game;Call It What You Want;Gorgeous;"
            "No Tears Left to Cry;Mic Drop;DNA;Never Be the Same;Perfect Duet;Shape of You;Friends;New Rules;"
            "Finesse;Too Good at Goodbyes;Youngblood;Psycho"
        ),
    ),
    15: (
        _split("{x} Rescued After Days Alone;This {x} Has the Best Best Friend;{x} Meets Snow for the First Time"),
        _split("Puppy;Kitten;Pit Bull;Baby Goat;Husky;Deer;Horse;Duckling;Foster Dog;Old Cat"),
    ),
    17: (
        _split("{x} Game Highlights;Top 10 Plays of the Week: {x};{x} Press Conference;{x} Full Highlights"),
        _split(
            "Patriots vs. Steelers;Eagles vs. Rams;Warriors vs. Cavaliers;Celtics vs. Lakers;Tom Brady;"
            "Alabama vs. Georgia;Rockets vs. Thunder;Vikings vs. Saints;Jaguars vs. Bills;Lonzo Ball;"
            "LeBron James;Giannis Antetokounmpo;Stephen Curry;James Harden;Kyrie Irving;Aaron Judge;"
            "Carson Wentz;Le'Veon Bell;Russell Westbrook;Joel Embiid;Kevin Durant;Cam Newton"
        ),
    ),
    20: (
        _split("{x} - Official Reveal Trailer;{x} Review;{x} Gameplay Walkthrough Part 1;{x} - Launch Trailer"),
        _split(
            "God of War;Red Dead Redemption 2;Super Mario Odyssey;Fortnite Battle Royale;Far Cry 5;"
            "Star Wars Battlefront II;Call of Duty: WWII;Monster Hunter: World;Kirby Star Allies;PUBG;"
            "Detroit: Become Human;Spider-Man PS4;Sea of Thieves;Xenoblade Chronicles 2"
        ),
    ),
    22: (
        _split("I Tried {x} for 24 Hours;We Bought a {x}!!;{x} Challenge;Trying {x} for the First Time"),
        _split(
            "Tiny House;Giant Gummy Bear;Vegan Diet;Lamborghini;Mystery Box;Hot Tub;Pet Tarantula;"
            "Drive-Thru Only;Silent Library;Blindfolded Makeup;Ice Bath;Real Life Mario Kart;Hoverboard;"
            "Snow Fort;Robot Vacuum;Bubble Wrap Suit;Escape Room;Giant Pizza"
        ),
    ),
    23: (
        _split("If {x} Were Honest;{x} (Sketch);Every {x} Ever"),
        _split(
            "Holiday Commercials;Group Chats;Dating Apps;Thanksgiving Dinner;Job Interviews;Gym Bros;"
            "Online Shopping;Roommates;Office Parties;Superhero Movies;Road Trips;Resolutions"
        ),
    ),
    24: (
        _split(
            "{x} Answers the Web's Most Searched Questions;Carpool Karaoke with {x};{x} Reads Mean Tweets;"
            "{x} Plays Never Have I Ever;{x} Shows Off a Holiday Sweater;{x} on the New Movie;"
            "{x} Is Back! - {c};{x} Pranks the Audience - {c}"
        ),
        _YT_CELEBS,
    ),
    25: (
        _split("{x} explained;What happens next with {x};{x}: what we know so far;Live coverage: {x}"),
        _split(
            "net neutrality;the tax bill;the government shutdown;Bitcoin;the Alabama Senate race;"
            "the Russia investigation;North Korea;the Paradise Papers;DACA;wildfires in California;"
            "the Doomsday Clock;the State of the Union;the Amtrak derailment;the Las Vegas shooting"
        ),
    ),
    26: (
        _split("I Tried {x};How to Make {x};Full Face Using Only {x};Testing {x} So You Don't Have To"),
        _split(
            "Kylie Cosmetics;Drugstore Makeup;Eggs Benedict;Gingerbread Houses;Clear Slime;Fenty Beauty;"
            "Sourdough Bread;Pumpkin Pie;Ramen Hacks;Holiday Cookies;the Viral Brow Trick;Chicken Parm;"
            "Peanut Butter Cups;Glitter Highlighter;Bagels;Color Correcting Concealer"
        ),
    ),
    27: (
        _split("Why {x};The Science of {x};What If {x}?"),
        _split(
            "Snowflakes Are Unique;the Moon Is Drifting Away;Loneliness;Sleep;Black Holes;Caffeine;"
            "the Sun Went Out;Antibiotic Resistance;Time Feels Faster;Earth Stopped Spinning;Mosquitoes"
        ),
    ),
    28: (
        _split("{x} Review;{x} Unboxing!;The Truth About {x};{x} - Is It Worth It?"),
        _split(
            "iPhone X;Pixel 2 XL;Galaxy Note 8;Apple HomePod;iMac Pro;OnePlus 5T;Nintendo Switch;Razer Phone;"
            "Surface Book 2;Apple Watch Series 3;Galaxy S9;Xbox One X;Essential Phone"
        ),
    ),
}
_YT_OWN: dict[str, tuple[list[str], list[str]]] = {
    "Last Week Tonight": (
        _split("{x}: Last Week Tonight with John Oliver (HBO)"),
        _split(
            "Net Neutrality II;Sinclair Broadcast Group;Corporate Consolidation;Gerrymandering;Opioids;"
            "Tax Reform;Rural Hospitals;Guardianship;Cryptocurrencies;Psychics;Public Defenders"
        ),
    ),
}
_YT_DAY = [1.1, 1.15, 1.15, 1.15, 1.2, 0.7, 0.6]  # videos published, Monday to Sunday
_YT_HOUR = [6, 5, 5, 6, 7, 5, 3, 2, 1.5, 1.2, 1.2, 1.5, 2, 3, 5, 7, 8, 7, 6, 5, 4.5, 4.5, 5, 5.5]  # UTC
_YT_ID = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"


def _yt_title(rng: np.random.Generator, channel: str, short: str, category: int, taken: dict[str, int]) -> str:
    templates, fills = _YT_OWN.get(channel, _YT_TITLES[category])
    title = ""
    for _ in range(40):
        title = str(_one(rng, templates)).format(c=short, x=_one(rng, fills))
        if title not in taken:
            break
    while title in taken:
        title = f"{title} (Part {taken[title] + 1})" if "(Part" not in title else title + " II"
    taken[title] = 1
    return title


def _youtube_frame() -> pd.DataFrame:
    rng = np.random.default_rng(3301)
    first_day, last_day = pd.Timestamp("2017-11-14"), pd.Timestamp("2018-01-31")
    publish_days = pd.date_range("2017-11-11", "2018-01-29")
    day_w = np.array([_YT_DAY[d.day_of_week] for d in publish_days])
    chan_w = np.array([c[3] for c in _YT_CHANNELS])
    hour_w = np.array(_YT_HOUR)
    taken: dict[str, int] = {}
    rows: list[dict[str, Any]] = []
    for _ in range(370):
        channel, short, category, _w, median = _YT_CHANNELS[int(rng.choice(len(chan_w), p=chan_w / chan_w.sum()))]
        title = _yt_title(rng, channel, short, category, taken)
        vid = "".join(_YT_ID[int(i)] for i in rng.integers(0, len(_YT_ID), 11))
        day = publish_days[int(rng.choice(len(publish_days), p=day_w / day_w.sum()))]
        hour = int(rng.choice(24, p=hour_w / hour_w.sum()))
        published = day + pd.Timedelta(hours=hour, minutes=int(rng.integers(60)), seconds=int(rng.integers(60)))
        start = max(published.normalize() + pd.Timedelta(days=int(rng.geometric(0.7))), first_day)
        run = 1 + int(rng.negative_binomial(2, 0.33))
        days_on = pd.date_range(start, min(start + pd.Timedelta(days=run - 1), last_day))
        if len(days_on) == 0:
            continue
        final = float(rng.lognormal(np.log(median), 0.7))
        like_rate = float(rng.lognormal(np.log(0.03), 0.5))
        dislike_rate = float(rng.lognormal(np.log(0.0015), 0.9))
        comment_rate = float(rng.lognormal(np.log(0.004), 0.6))
        comments_off = bool(rng.random() < (0.07 if category == 25 else 0.012))
        ratings_off = bool(rng.random() < 0.006)
        removed = bool(rng.random() < 0.01)
        handle = re.sub(r"[^A-Za-z0-9]", "", channel)
        if rng.random() < 0.05:
            tags = "[none]"
        else:
            words = [channel, short, *re.findall(r"[A-Za-z][A-Za-z']+", title.lower())[:5]]
            tags = "|".join(f'"{w}"' for w in dict.fromkeys(words))
        description: str | None = (
            f"{title}\\n\\nSubscribe to {channel}: https://www.youtube.com/user/{handle}?sub_confirmation=1"
            f"\\nFollow {short} on Twitter: https://twitter.com/{handle}"
        )
        if rng.random() < 0.03:
            description = None
        age = np.array([(d - published).total_seconds() / 86400 for d in days_on])
        views = np.maximum.accumulate(final * (1 - np.exp(-(age + 0.5) / 2.5)) * rng.uniform(0.97, 1.03, len(age)))
        likes = np.maximum.accumulate(views * like_rate * rng.uniform(0.95, 1.05, len(age)))
        dislikes = np.maximum.accumulate(views * dislike_rate * rng.uniform(0.9, 1.1, len(age)))
        comments = np.maximum.accumulate(views * comment_rate * rng.uniform(0.95, 1.05, len(age)))
        for i, d in enumerate(days_on):
            rows.append(
                {
                    "key": (d, -float(views[i]) * float(rng.uniform(0.5, 1.5))),
                    "video_id": vid,
                    "trending_date": f"{d:%y.%d.%m}",
                    "title": title,
                    "channel_title": channel,
                    "category_id": category,
                    "publish_time": f"{published:%Y-%m-%dT%H:%M:%S}.000Z",
                    "tags": tags,
                    "views": int(views[i]),
                    "likes": 0 if ratings_off else int(likes[i]),
                    "dislikes": 0 if ratings_off else int(dislikes[i]),
                    "comment_count": 0 if comments_off else int(comments[i]),
                    "thumbnail_link": f"https://i.ytimg.com/vi/{vid}/default.jpg",
                    "comments_disabled": comments_off,
                    "ratings_disabled": ratings_off,
                    "video_error_or_removed": removed and i == len(days_on) - 1,
                    "description": description,
                }
            )
    rows.sort(key=lambda r: r["key"])
    return pd.DataFrame(rows).drop(columns="key")


def _yt_when(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(d["trending_date"].astype(str), format="%y.%d.%m")


def _yt_december(d: pd.DataFrame) -> pd.DataFrame:
    return d[_yt_when(d).dt.month == 12]


def _yt_last(d: pd.DataFrame) -> pd.DataFrame:
    """Each video's last (highest-count) trending row."""
    return d.assign(_when=_yt_when(d)).sort_values("_when").groupby("video_id").tail(1)


_YOUTUBE_QS = [
    Q(
        "how many different videos are in this? looks like the same ones show up on multiple days",
        has(lambda d: float(d["video_id"].nunique())),
        ("video_id", "title", "trending_date"),
    ),
    Q(
        "which channel got the most videos onto trending",
        either(
            _named(lambda d: str(d.groupby("channel_title")["video_id"].nunique().idxmax())),
            _named(lambda d: str(d["channel_title"].value_counts().index[0])),
        ),
        ("channel_title", "video_id", "title"),
    ),
    Q(
        "plot views vs likes - how correlated are they?",
        either(
            _corr(lambda d: d["views"], lambda d: d["likes"]),
            _corr(lambda d: _yt_last(d)["views"], lambda d: _yt_last(d)["likes"]),
        ),
        ("views", "likes"),
    ),
    Q(
        "what % of the rows have comments disabled",
        either(
            _share(lambda d: float(d["comments_disabled"].astype(bool).mean())),
            _share(lambda d: float(d.groupby("video_id")["comments_disabled"].first().astype(bool).mean())),
        ),
        ("comments_disabled",),
    ),
    Q(
        "how many trending entries in december?",
        has(lambda d: float(len(_yt_december(d)))),
        ("trending_date", "video_id"),
    ),
    Q(
        "which video had the most views that month?",
        _named(lambda d: str(_yt_december(d).set_index("title")["views"].idxmax())),
        ("trending_date", "title", "views", "video_id"),
    ),
]


# --- 2. World Bank DataBank extract, World Development Indicators (Data_Extract_From_..., Data.csv) ----------------

_WB_SERIES = [
    ("GDP per capita (current US$)", "NY.GDP.PCAP.CD"),
    ("Life expectancy at birth, total (years)", "SP.DYN.LE00.IN"),
    ("Population, total", "SP.POP.TOTL"),
    ("CO2 emissions (metric tons per capita)", "EN.ATM.CO2E.PC"),
    ("Unemployment, total (% of total labor force) (modeled ILO estimate)", "SL.UEM.TOTL.ZS"),
]
_WB_GDP, _WB_LIFE, _WB_POP, _WB_CO2 = "NY.GDP.PCAP.CD", "SP.DYN.LE00.IN", "SP.POP.TOTL", "EN.ATM.CO2E.PC"
# name, code: GDP per head 2000 and 2022 (US$), life expectancy 2000 and 2021, population 2000 and 2022 (millions),
# CO2 per head 2000 and 2020 (t), unemployment (%)
_WB_COUNTRIES: list[tuple[str, str, tuple[float, ...]]] = [
    ("Afghanistan", "AFG", (180, 364, 55.3, 62.0, 19.5, 41.1, 0.05, 0.2, 11.0)),
    ("Algeria", "DZA", (1770, 4270, 70.5, 76.4, 30.8, 44.9, 2.8, 3.7, 14.0)),
    ("Argentina", "ARG", (7670, 13650, 73.8, 75.4, 37.1, 46.2, 4.0, 3.7, 9.0)),
    ("Australia", "AUS", (21680, 64490, 79.2, 83.3, 19.0, 26.0, 17.2, 14.8, 5.5)),
    ("Bangladesh", "BGD", (420, 2690, 65.5, 72.4, 129.2, 171.2, 0.2, 0.5, 4.0)),
    ("Brazil", "BRA", (3750, 8920, 70.1, 72.8, 175.9, 215.3, 1.9, 2.0, 10.5)),
    ("Canada", "CAN", (24270, 55520, 79.2, 81.6, 30.7, 38.9, 16.8, 13.6, 7.0)),
    ("Chile", "CHL", (5100, 15360, 76.8, 78.9, 15.3, 19.6, 3.3, 4.1, 8.0)),
    ("China", "CHN", (959, 12720, 71.4, 78.2, 1262.6, 1412.2, 2.7, 7.6, 4.5)),
    ("Colombia", "COL", (2500, 6630, 73.6, 72.8, 40.4, 51.9, 1.6, 1.6, 12.0)),
    ("Congo, Dem. Rep.", "COD", (400, 650, 50.0, 59.2, 48.6, 99.0, 0.03, 0.04, 4.5)),
    ("Cuba", "CUB", (2750, 9500, 76.8, 73.7, 11.1, 11.2, 2.4, 1.9, 3.0)),
    ("Egypt, Arab Rep.", "EGY", (1450, 4300, 68.6, 70.2, 71.4, 111.0, 1.9, 2.3, 10.5)),
    ("Eritrea", "ERI", (210, 640, 55.6, 66.5, 2.4, 3.7, 0.2, 0.2, 6.0)),
    ("Ethiopia", "ETH", (124, 1030, 50.6, 65.0, 67.0, 123.4, 0.07, 0.15, 3.0)),
    ("France", "FRA", (22420, 40890, 79.1, 82.3, 60.9, 67.9, 6.0, 4.2, 8.5)),
    ("Germany", "DEU", (23640, 48720, 78.0, 80.9, 82.2, 83.8, 10.1, 7.7, 5.0)),
    ("Ghana", "GHA", (260, 2200, 57.0, 63.8, 19.0, 33.5, 0.3, 0.6, 6.0)),
    ("Greece", "GRC", (12070, 20870, 78.0, 80.1, 10.8, 10.4, 9.0, 4.9, 14.0)),
    ("Haiti", "HTI", (810, 1750, 57.0, 63.2, 8.5, 11.6, 0.2, 0.3, 14.0)),
    ("India", "IND", (443, 2410, 62.5, 67.2, 1059.6, 1417.2, 1.0, 1.7, 7.6)),
    ("Indonesia", "IDN", (770, 4790, 66.3, 67.6, 214.1, 275.5, 1.2, 2.2, 5.0)),
    ("Iran, Islamic Rep.", "IRN", (1680, 4390, 70.2, 73.9, 66.0, 88.6, 5.3, 8.1, 11.0)),
    ("Ireland", "IRL", (26240, 103980, 76.5, 82.0, 3.8, 5.1, 11.3, 7.4, 5.0)),
    ("Israel", "ISR", (21000, 54660, 78.9, 82.6, 6.3, 9.6, 9.6, 6.5, 8.0)),
    ("Italy", "ITA", (20140, 34780, 79.8, 82.8, 56.9, 58.9, 7.6, 5.0, 9.5)),
    ("Japan", "JPN", (39170, 34020, 81.1, 84.4, 126.8, 125.1, 9.6, 8.0, 4.0)),
    ("Kenya", "KEN", (400, 2100, 52.4, 61.4, 31.0, 54.0, 0.3, 0.4, 5.0)),
    ("Korea, Rep.", "KOR", (12260, 32420, 75.9, 83.5, 47.0, 51.6, 9.5, 11.6, 4.0)),
    ("Lebanon", "LBN", (5400, 4140, 74.2, 75.0, 4.3, 5.5, 4.1, 3.9, 8.0)),
    ("Luxembourg", "LUX", (48740, 125010, 77.9, 82.6, 0.436, 0.653, 19.5, 11.5, 3.5)),
    ("Malaysia", "MYS", (4040, 11990, 72.8, 74.9, 23.2, 33.9, 5.4, 7.6, 3.5)),
    ("Mali", "MLI", (240, 830, 49.3, 58.9, 11.0, 22.6, 0.04, 0.2, 7.0)),
    ("Mexico", "MEX", (7160, 11500, 73.9, 70.2, 98.9, 127.5, 3.8, 2.8, 4.0)),
    ("Morocco", "MAR", (1430, 3440, 68.7, 74.0, 28.8, 37.5, 1.2, 1.8, 13.5)),
    ("Netherlands", "NLD", (26240, 57020, 78.0, 81.4, 15.9, 17.7, 10.7, 7.1, 4.0)),
    ("Nigeria", "NGA", (570, 2160, 46.3, 52.7, 122.9, 218.5, 0.6, 0.6, 4.5)),
    ("Norway", "NOR", (38130, 108730, 78.6, 83.2, 4.5, 5.5, 8.5, 6.6, 3.5)),
    ("Pakistan", "PAK", (530, 1590, 62.1, 66.1, 154.4, 235.8, 0.7, 0.9, 5.5)),
    ("Peru", "PER", (2000, 7130, 71.4, 72.4, 26.0, 34.0, 1.1, 1.5, 5.0)),
    ("Philippines", "PHL", (1070, 3500, 69.4, 69.3, 77.9, 115.6, 0.9, 1.2, 8.0)),
    ("Poland", "POL", (4500, 18690, 73.7, 75.5, 38.3, 36.8, 8.2, 7.6, 12.0)),
    ("Portugal", "PRT", (11530, 24520, 76.3, 81.1, 10.3, 10.4, 6.2, 3.6, 7.0)),
    ("Russian Federation", "RUS", (1770, 15270, 65.5, 69.4, 146.6, 144.2, 10.6, 11.2, 6.5)),
    ("Saudi Arabia", "SAU", (9170, 30450, 73.0, 76.9, 21.5, 36.4, 14.9, 18.2, 5.5)),
    ("Singapore", "SGP", (23850, 82810, 78.0, 83.4, 4.0, 5.6, 11.0, 7.9, 4.0)),
    ("Somalia", "SOM", (300, 450, 49.5, 55.3, 8.7, 17.6, 0.05, 0.04, 19.0)),
    ("South Africa", "ZAF", (3240, 6770, 55.9, 62.3, 45.6, 59.9, 7.6, 6.7, 27.0)),
    ("Spain", "ESP", (14790, 29680, 79.0, 83.0, 40.6, 47.8, 7.3, 4.6, 14.0)),
    ("Sweden", "SWE", (29620, 56420, 79.6, 83.1, 8.9, 10.5, 5.5, 3.4, 6.5)),
    ("Switzerland", "CHE", (38870, 93260, 79.7, 84.0, 7.2, 8.8, 5.5, 4.0, 4.0)),
    ("Tanzania", "TZA", (400, 1190, 50.9, 66.2, 33.5, 65.5, 0.1, 0.2, 3.0)),
    ("Thailand", "THA", (2010, 6910, 71.1, 78.7, 63.1, 71.7, 2.8, 3.7, 1.5)),
    ("Turkiye", "TUR", (4320, 10670, 70.0, 76.0, 64.1, 85.3, 3.4, 4.7, 9.5)),
    ("Ukraine", "UKR", (640, 4530, 67.9, 71.6, 49.2, 38.0, 6.6, 4.0, 8.0)),
    ("United Arab Emirates", "ARE", (34690, 53710, 74.9, 78.7, 3.3, 9.4, 31.0, 20.0, 2.5)),
    ("United Kingdom", "GBR", (28220, 46130, 77.7, 80.4, 58.9, 66.97, 9.2, 4.6, 5.0)),
    ("United States", "USA", (36330, 76330, 76.6, 76.3, 282.2, 333.3, 20.5, 13.0, 5.5)),
    ("Venezuela, RB", "VEN", (4820, 4000, 72.5, 70.6, 24.4, 28.3, 6.0, 3.3, 10.0)),
    ("Viet Nam", "VNM", (390, 4160, 71.2, 73.6, 79.0, 98.2, 0.6, 3.5, 2.0)),
    ("Yemen, Rep.", "YEM", (550, 650, 60.2, 63.8, 18.6, 33.7, 0.9, 0.3, 12.0)),
    ("Zimbabwe", "ZWE", (560, 1670, 45.0, 59.3, 11.9, 16.3, 1.2, 0.6, 5.0)),
]
_WB_AGGREGATES: list[tuple[str, str, tuple[float, ...]]] = [
    ("World", "WLD", (5520, 12690, 67.7, 71.3, 6148.9, 7951.2, 4.0, 4.3, 6.0)),
    ("High income", "HIC", (26100, 49200, 77.6, 79.9, 1150.0, 1240.0, 12.0, 9.6, 6.5)),
    ("Low income", "LIC", (250, 750, 52.0, 62.0, 420.0, 720.0, 0.2, 0.3, 5.0)),
    ("Sub-Saharan Africa", "SSF", (600, 1690, 50.4, 60.1, 670.0, 1210.0, 0.8, 0.7, 6.5)),
    ("European Union", "EUU", (19000, 37430, 76.8, 80.1, 430.0, 447.0, 8.5, 5.9, 9.0)),
    ("East Asia & Pacific", "EAS", (3900, 13000, 71.3, 76.6, 2010.0, 2370.0, 3.1, 6.6, 4.0)),
]
_WB_AGG = tuple(a[1] for a in _WB_AGGREGATES)
_WB_GDP_GAPS = {"AFG": [2000, 2001, 2022], "SOM": list(range(2000, 2013)), "ERI": list(range(2012, 2023))}
_WB_GDP_GAPS |= {"VEN": list(range(2015, 2023)), "CUB": [2021, 2022], "YEM": [2019, 2020, 2021, 2022], "LBN": [2022]}
_WB_COVID_DROP = ("USA", "MEX", "RUS", "IND", "PER", "COL", "BRA", "ZAF", "WLD")
_WB_YEARS = list(range(2000, 2023))


def _wb_col(year: int) -> str:
    return f"{year} [YR{year}]"


def _wb_bridge(rng: np.random.Generator, n: int, sd: float) -> np.ndarray:
    """A random wobble that is zero at both ends."""
    walk = np.concatenate([[0.0], np.cumsum(rng.normal(0, sd, n - 1))])
    out: np.ndarray = walk - np.linspace(0, 1, n) * float(walk[-1])
    return out


def _wb_num(x: float) -> str:
    return f"{x:.15g}"


def _wb_series(rng: np.random.Generator, code: str, v: tuple[float, ...]) -> dict[str, list[str]]:
    gdp0, gdp1, le0, le1, pop0, pop1, co0, co1, unemp = v
    n = len(_WB_YEARS)
    t = np.linspace(0, 1, n)
    gdp = gdp0 * (gdp1 / gdp0) ** t * np.exp(_wb_bridge(rng, n, 0.04))
    gdp *= np.array([{2009: 0.95, 2020: 0.94}.get(y, 1.0) for y in _WB_YEARS])
    drop = 1.8 if code in _WB_COVID_DROP else 0.4
    before = np.linspace(le0, le1 + drop, 20) + np.concatenate([[0.0], rng.normal(0, 0.05, 18), [0.0]])
    life = [_wb_num(x) for x in before] + [_wb_num(le1 + drop * 0.45), _wb_num(le1), ".."]
    pop = pop0 * 1e6 * (pop1 / pop0) ** t * np.exp(_wb_bridge(rng, n, 0.002))
    co2 = co0 * (co1 / co0) ** np.linspace(0, 1, 21) * np.exp(_wb_bridge(rng, 21, 0.03))
    unemployment = unemp * np.exp(_wb_bridge(rng, n, 0.06) + rng.normal(0, 0.03))
    unemployment += np.array([1.4 if y == 2020 else 0.6 if y == 2021 else 0.0 for y in _WB_YEARS])
    gaps = _WB_GDP_GAPS.get(code, [])
    return {
        _WB_GDP: [".." if y in gaps else _wb_num(x) for y, x in zip(_WB_YEARS, gdp, strict=True)],
        _WB_LIFE: life,
        _WB_POP: [str(round(x)) for x in pop],
        _WB_CO2: [_wb_num(x) for x in co2] + ["..", ".."],
        "SL.UEM.TOTL.ZS": [_wb_num(x) for x in unemployment],
    }


def _wdi_frame() -> pd.DataFrame:
    rng = np.random.default_rng(3302)
    rows: list[dict[str, Any]] = []
    for name, code, values in _WB_COUNTRIES + _WB_AGGREGATES:
        series = _wb_series(rng, code, values)
        for s_name, s_code in _WB_SERIES:
            row: dict[str, Any] = {"Country Name": name, "Country Code": code, "Series Name": s_name}
            row["Series Code"] = s_code
            row |= dict(zip([_wb_col(y) for y in _WB_YEARS], series[s_code], strict=True))
            rows.append(row)
    rows += [{}, {}, {"Country Name": "Data from database: World Development Indicators"}]
    rows.append({"Country Name": "Last Updated: 12/18/2023"})
    columns = ["Country Name", "Country Code", "Series Name", "Series Code"] + [_wb_col(y) for y in _WB_YEARS]
    return pd.DataFrame(rows, columns=columns)


def _wb(d: pd.DataFrame, code: str, year: int, countries_only: bool = True) -> pd.Series:
    """One series in one year, numeric (".." is missing), by country name."""
    rows = d[d["Series Code"] == code]
    if countries_only:
        rows = rows[~rows["Country Code"].isin(_WB_AGG)]
    values = pd.to_numeric(rows[_wb_col(year)], errors="coerce")
    return pd.Series(values.to_numpy(dtype=float), index=rows["Country Name"].astype(str).to_numpy())


def _wb_life(country: str) -> Callable[[pd.DataFrame], list[float]]:
    return lambda d: [float(_wb(d, _WB_LIFE, y)[country]) for y in (2000, 2021)]


def _wb_co2_fall(d: pd.DataFrame, relative: bool) -> list[str]:
    before, after = _wb(d, _WB_CO2, 2000), _wb(d, _WB_CO2, 2020)
    fall = (before - after) / before if relative else before - after
    return [str(c) for c in fall.dropna().sort_values(ascending=False).index[:5]]


_WB_KEYS = ("Country Name", "Country Code", "Series Name", "Series Code")
_WDI_QS = [
    Q(
        "which country had the highest GDP per capita in 2022?",
        _named(lambda d: str(_wb(d, _WB_GDP, 2022).idxmax())),
        (*_WB_KEYS, _wb_col(2022)),
    ),
    Q(
        "life expectancy in india 2000 vs 2021",
        has(_wb_life("India"), rel=0.002),
        (*_WB_KEYS, _wb_col(2000), _wb_col(2021)),
    ),
    Q(
        "and nigeria?",
        has(_wb_life("Nigeria"), rel=0.002),
        (*_WB_KEYS, _wb_col(2000), _wb_col(2021)),
    ),
    Q(
        "what was world population in 2022",
        _scaled(lambda d: float(_wb(d, _WB_POP, 2022, countries_only=False)["World"]), (1e6, 1e9)),
        (*_WB_KEYS, _wb_col(2022)),
    ),
    Q(
        "how many countries have no 2022 gdp per capita number?",
        has(lambda d: float(_wb(d, _WB_GDP, 2022).isna().sum())),
        (*_WB_KEYS, _wb_col(2022)),
    ),
    Q(
        "top 5 countries where co2 per person dropped the most between 2000 and 2020",
        either(
            _all_named(lambda d: _wb_co2_fall(d, relative=False)),
            _all_named(lambda d: _wb_co2_fall(d, relative=True)),
        ),
        (*_WB_KEYS, _wb_col(2000), _wb_col(2020)),
    ),
]


# --- 3. TSA claims (Kaggle "TSA Claims Database", tsa_claims.csv), claims received 2010-2013 ------------------------

_TS_AIRPORTS: list[tuple[str, str, float, dict[str, float]]] = [  # code, name, weight, airlines there
    (
        "LAX",
        "Los Angeles International Airport",
        9.0,
        {"American Airlines": 4, "UAL": 3, "Delta Air Lines": 2.5, "Southwest Airlines": 2.5, "Alaska Airlines": 1},
    ),
    ("JFK", "John F. Kennedy International", 8.0, {"Delta Air Lines": 4.5, "Jet Blue": 3.5, "American Airlines": 3}),
    ("ORD", "Chicago O'Hare International Airport", 7.0, {"UAL": 5.5, "American Airlines": 4.5, "Spirit Airlines": 1}),
    ("EWR", "Newark International Airport", 6.0, {"UAL": 5, "Continental Airlines": 3, "Jet Blue": 1}),
    (
        "ATL",
        "Hartsfield-Jackson Atlanta International Airport",
        6.5,
        {"Delta Air Lines": 8, "AirTran Airlines": 3, "Southwest Airlines": 1},
    ),
    (
        "MCO",
        "Orlando International Airport",
        6.0,
        {"Southwest Airlines": 3, "Delta Air Lines": 3, "Jet Blue": 2, "AirTran Airlines": 2},
    ),
    ("MIA", "Miami International Airport", 5.0, {"American Airlines": 7, "Delta Air Lines": 1.5, "UAL": 1}),
    ("LAS", "McCarran International", 5.0, {"Southwest Airlines": 7, "Delta Air Lines": 1.5, "UAL": 1.5}),
    ("SFO", "San Francisco International", 4.5, {"UAL": 6, "Virgin America": 2, "American Airlines": 1.5}),
    ("SEA", "Seattle-Tacoma International", 4.0, {"Alaska Airlines": 6, "Delta Air Lines": 2}),
    ("PHX", "Phoenix Sky Harbor International", 4.0, {"USAir": 5, "Southwest Airlines": 5}),
    ("DFW", "Dallas-Fort Worth International Airport", 4.0, {"American Airlines": 8, "Delta Air Lines": 1}),
    ("BOS", "Boston (Logan) International Airport", 3.5, {"Jet Blue": 4, "Delta Air Lines": 2, "USAir": 2}),
    ("DEN", "Denver International Airport", 3.5, {"UAL": 4, "Southwest Airlines": 3, "Frontier Airlines": 3}),
    (
        "IAH",
        "Houston - George Bush Intercontinental Airport",
        3.5,
        {"Continental Airlines": 4, "UAL": 4},
    ),
    ("FLL", "Fort Lauderdale-Hollywood Int'l", 3.0, {"Jet Blue": 4, "Spirit Airlines": 4, "Southwest Airlines": 2}),
    ("PHL", "Philadelphia International Airport", 3.0, {"USAir": 7, "Southwest Airlines": 1}),
    ("DCA", "Ronald Reagan Washington National Airport", 2.0, {"USAir": 4, "Delta Air Lines": 2, "Jet Blue": 1}),
    ("SAN", "San Diego International", 2.0, {"Southwest Airlines": 5, "Alaska Airlines": 1}),
    ("HNL", "Honolulu International Airport", 2.5, {"Hawaiian Airlines": 6, "UAL": 2}),
]
_TS_SITES = {"Checked Baggage": 72.0, "Checkpoint": 23.0, "Other": 3.0, "Motor Vehicle": 1.0, "Bus Station": 0.3}
_TS_SITES |= {"-": 0.7}
_TS_TYPES = {  # claim site: claim types
    "Checked Baggage": {"Passenger Property Loss": 55.0, "Property Damage": 43.0, "Passenger Theft": 2.0},
    "Checkpoint": {"Passenger Property Loss": 55.0, "Property Damage": 38.0, "Personal Injury": 5.0, "Complaint": 2.0},
    "Other": {"Employee Loss (MPCECA)": 30.0, "Property Damage": 40.0, "Passenger Property Loss": 30.0},
    "Motor Vehicle": {"Motor Vehicle": 1.0},
    "Bus Station": {"Passenger Property Loss": 1.0},
    "-": {"-": 1.0, "Passenger Property Loss": 1.0},
}
_TS_ITEMS = {  # claim type: items named on such claims
    "Passenger Property Loss": [
        "Clothing",
        "Jewelry & Watches",
        "Personal Electronics",
        "Computer & Accessories",
        "Cameras",
        "Medicines",
        "Cosmetics & Grooming",
        "Currency",
        "Sporting Equipment & Supplies",
        "Eyeglasses - (including contact lenses)",
        "Other",
    ],
    "Property Damage": [
        "Baggage/Cases/Purses",
        "Locks",
        "Personal Electronics",
        "Musical Instruments & Accessories",
        "Home Decor",
        "Clothing",
        "Outdoor Items",
    ],
}
_TS_MEDIAN = {  # claim type: median amount claimed ($)
    "Passenger Property Loss": 260.0,
    "Property Damage": 150.0,
    "Passenger Theft": 450.0,
    "Personal Injury": 12000.0,
    "Employee Loss (MPCECA)": 300.0,
    "Motor Vehicle": 1500.0,
    "Complaint": 0.0,
    "-": 200.0,
}
_TS_MONTHS = [1.05, 0.85, 0.95, 0.95, 1.0, 1.1, 1.35, 1.15, 0.95, 0.95, 0.95, 1.1]
_TS_YEARS = {2010: 1.15, 2011: 1.0, 2012: 0.95, 2013: 0.9}
_TS_INSUFFICIENT = (
    "Insufficient; one of the following items required: sum certain; statement of fact; signature; location of "
    "incident; and date."
)


def _ts_money(x: float) -> str:
    return f"${x:,.2f} "


def _tsa_frame() -> pd.DataFrame:
    rng = np.random.default_rng(3303)
    days = pd.bdate_range("2010-01-04", "2013-12-31")
    w = np.array([_TS_MONTHS[d.month - 1] * _TS_YEARS[d.year] for d in days])
    picked = np.sort(rng.choice(len(days), size=2400, p=w / w.sum()))
    airport_w = [a[2] for a in _TS_AIRPORTS]
    sites = list(_TS_SITES)
    rows: list[dict[str, Any]] = []
    for di in picked:
        received = days[int(di)]
        incident = received - pd.Timedelta(days=int(rng.gamma(1.5, 18)) + 1)
        if rng.random() < 0.6:
            incident += pd.Timedelta(hours=int(rng.integers(5, 23)), minutes=int(_one(rng, [0, 15, 30, 45])))
        code, name, airlines = "-", "-", {"-": 1.0}
        if rng.random() > 0.02:
            code, name, _, airlines = _TS_AIRPORTS[int(_one(rng, range(len(_TS_AIRPORTS)), airport_w))]
        site = str(_one(rng, sites, list(_TS_SITES.values())))
        kinds = _TS_TYPES[site]
        kind = str(_one(rng, list(kinds), list(kinds.values())))
        airline = str(_one(rng, list(airlines), list(airlines.values())))
        if rng.random() < (0.15 if site == "Checkpoint" else 0.08):
            airline = "-"
        pool = _TS_ITEMS.get(kind, _TS_ITEMS["Passenger Property Loss"])
        chosen = [str(x) for x in rng.choice(pool, size=int(_one(rng, [1, 1, 1, 2, 2, 3])), replace=False)]
        item = "; ".join(sorted(chosen)) if rng.random() > 0.04 else "-"
        median = _TS_MEDIAN[kind]
        amount: float | None = round(float(rng.lognormal(np.log(median), 1.0)), 2) if median else 0.0
        if amount and rng.random() < 0.6:
            amount = float(round(amount))
        if rng.random() < 0.02:
            amount = None
        if amount is None:
            status = str(_one(rng, [_TS_INSUFFICIENT, "Canceled"], [3, 1]))
        elif kind == "Complaint":
            status = str(_one(rng, ["Denied", "Canceled"], [3, 1]))
        else:
            approve = 0.36 if amount < 300 else 0.22 if amount < 2000 else 0.05
            status = str(
                _one(
                    rng,
                    ["Approved", "Settled", "Denied", "Canceled", "Closed as a contractor claim", "In litigation"],
                    [approve, 0.18, 0.7 - approve, 0.045, 0.025, 0.005 if amount < 2000 else 0.05],
                )
            )
        close = "-"
        if status == "Approved" and amount is not None:
            close = _ts_money(amount)
        elif status == "Settled" and amount is not None:
            close = _ts_money(round(amount * float(rng.uniform(0.25, 0.8)), 2))
        elif status == "Denied":
            close = _ts_money(0.0)
        disposition = {"Approved": "Approve in Full", "Settled": "Settle", "Denied": "Deny"}.get(status, "-")
        rows.append(
            {
                "Claim Number": f"{received:%Y%m%d}{int(rng.integers(10000, 99999))}",
                "Date Received": f"{received.day}-{received:%b}-{received:%y}",
                "Incident Date": f"{incident.month}/{incident.day}/{incident.year} {incident.hour}:{incident:%M}",
                "Airport Code": code,
                "Airport Name": name,
                "Airline Name": airline,
                "Claim Type": kind,
                "Claim Site": site,
                "Item": item,
                "Claim Amount": "-" if amount is None else _ts_money(amount),
                "Status": status,
                "Close Amount": close,
                "Disposition": disposition,
            }
        )
    return pd.DataFrame(rows)


def _ts_amount(d: pd.DataFrame, col: str) -> pd.Series:
    text = d[col].astype(str).str.replace(r"[$,\s]", "", regex=True)
    return pd.to_numeric(text, errors="coerce")


def _ts_top_airport(d: pd.DataFrame) -> pd.Series:
    counts = d.loc[d["Airport Code"] != "-", "Airport Code"].value_counts()
    return d[d["Airport Code"] == counts.index[0]]


def _ts_month(col: str, fmt: str) -> Callable[[pd.DataFrame], int]:
    def month(d: pd.DataFrame) -> int:
        when = pd.to_datetime(d[col].astype(str), format=fmt)
        return int(when[when.dt.year == 2012].dt.month.value_counts().index[0])

    return month


def _ts_medians(d: pd.DataFrame) -> list[float]:
    amount = _ts_amount(d, "Claim Amount")
    return [float(amount[d["Claim Site"] == site].median()) for site in ("Checkpoint", "Checked Baggage")]


_TSA_QS = [
    Q(
        "total claimed vs total actually paid out?",
        _scaled(lambda d: [float(_ts_amount(d, c).sum()) for c in ("Claim Amount", "Close Amount")], (1e3, 1e6)),
        ("Claim Amount", "Close Amount"),
    ),
    Q(
        "which airport has the most claims",
        either(
            _named(lambda d: str(_ts_top_airport(d)["Airport Code"].iloc[0])),
            _named(lambda d: str(_ts_top_airport(d)["Airport Name"].iloc[0])),
        ),
        ("Airport Code", "Airport Name", "Claim Number"),
    ),
    Q(
        "and which airline there?",
        _named(lambda d: str(_ts_top_airport(d)["Airline Name"].loc[lambda s: s != "-"].value_counts().index[0])),
        ("Airport Code", "Airport Name", "Airline Name", "Claim Number"),
    ),
    Q(
        "what percent of claims get denied?",
        either(
            _share(lambda d: float((d["Status"] == "Denied").mean())),
            _share(
                lambda d: float(
                    (d["Status"] == "Denied").sum() / d["Status"].isin(["Approved", "Settled", "Denied"]).sum()
                )
            ),
        ),
        ("Status", "Disposition", "Claim Number"),
    ),
    Q(
        "plot claims per month in 2012 - which month was busiest?",
        either(
            _month_name(_ts_month("Date Received", "%d-%b-%y")),
            _month_name(_ts_month("Incident Date", "%m/%d/%Y %H:%M")),
        ),
        ("Date Received", "Incident Date", "Claim Number"),
    ),
    Q(
        "median claim amount at the checkpoint vs in checked bags?",
        _scaled(_ts_medians, ()),
        ("Claim Site", "Claim Amount"),
    ),
]


# --- 4. Zillow Home Value Index by ZIP code (Zip_zhvi_uc_sfrcondo_tier_0.33_0.67_sm_sa_month.csv), 2015-2024 ------

# City, State, Metro, CountyName, zips, Jan 2015 value ($), yearly growth in % (to mid-2020, to mid-2022, to
# mid-2023, since), first zip code
_ZL_CITIES: list[tuple[str, str, str, str, int, float, tuple[float, float, float, float], int]] = [
    ("New York", "NY", "New York-Newark-Jersey City, NY-NJ-PA", "New York County", 30, 1150e3, (3, 2, -1, 4), 10001),
    ("Brooklyn", "NY", "New York-Newark-Jersey City, NY-NJ-PA", "Kings County", 25, 700e3, (5, 5, 1, 4), 11201),
    ("Los Angeles", "CA", "Los Angeles-Long Beach-Anaheim, CA", "Los Angeles County", 30, 600e3, (7, 12, -3, 6), 90001),
    (
        "Beverly Hills",
        "CA",
        "Los Angeles-Long Beach-Anaheim, CA",
        "Los Angeles County",
        1,
        2800e3,
        (6, 10, -3, 5),
        90210,
    ),
    ("Newport Beach", "CA", "Los Angeles-Long Beach-Anaheim, CA", "Orange County", 1, 2300e3, (6, 14, 0, 7), 92661),
    ("San Jose", "CA", "San Jose-Sunnyvale-Santa Clara, CA", "Santa Clara County", 15, 850e3, (8, 12, -6, 7), 95110),
    ("Palo Alto", "CA", "San Jose-Sunnyvale-Santa Clara, CA", "Santa Clara County", 1, 2500e3, (7, 8, -6, 6), 94301),
    (
        "San Francisco",
        "CA",
        "San Francisco-Oakland-Berkeley, CA",
        "San Francisco County",
        15,
        1000e3,
        (7, 3, -8, 2),
        94102,
    ),
    ("Atherton", "CA", "San Francisco-Oakland-Berkeley, CA", "San Mateo County", 1, 4500e3, (8, 9, -7, 5), 94027),
    ("Chicago", "IL", "Chicago-Naperville-Elgin, IL-IN-WI", "Cook County", 30, 230e3, (3, 8, 2, 6), 60601),
    ("Houston", "TX", "Houston-The Woodlands-Sugar Land, TX", "Harris County", 30, 170e3, (4, 12, -1, 1), 77002),
    ("Dallas", "TX", "Dallas-Fort Worth-Arlington, TX", "Dallas County", 20, 170e3, (8, 16, -2, 0), 75201),
    ("Austin", "TX", "Austin-Round Rock-Georgetown, TX", "Travis County", 18, 280e3, (7, 30, -15, -4), 78701),
    ("San Antonio", "TX", "San Antonio-New Braunfels, TX", "Bexar County", 15, 150e3, (5, 16, -4, -2), 78201),
    ("Marfa", "TX", "", "Presidio County", 1, 120e3, (4, 10, 2, 1), 79843),
    ("Terlingua", "TX", "", "Brewster County", 1, 90e3, (3, 12, 0, 0), 79852),
    ("Phoenix", "AZ", "Phoenix-Mesa-Chandler, AZ", "Maricopa County", 25, 190e3, (8, 25, -8, 2), 85003),
    ("Miami", "FL", "Miami-Fort Lauderdale-Pompano Beach, FL", "Miami-Dade County", 20, 260e3, (7, 16, 5, 4), 33125),
    ("Tampa", "FL", "Tampa-St. Petersburg-Clearwater, FL", "Hillsborough County", 15, 160e3, (9, 22, 0, -2), 33602),
    ("Orlando", "FL", "Orlando-Kissimmee-Sanford, FL", "Orange County", 12, 170e3, (8, 18, 0, 0), 32801),
    ("Seattle", "WA", "Seattle-Tacoma-Bellevue, WA", "King County", 18, 480e3, (10, 10, -6, 5), 98101),
    ("Boise", "ID", "Boise City, ID", "Ada County", 10, 190e3, (11, 30, -10, 3), 83702),
    ("Denver", "CO", "Denver-Aurora-Lakewood, CO", "Denver County", 15, 300e3, (9, 12, -3, 1), 80202),
    ("Atlanta", "GA", "Atlanta-Sandy Springs-Alpharetta, GA", "Fulton County", 18, 200e3, (9, 15, 1, 3), 30303),
    ("Charlotte", "NC", "Charlotte-Concord-Gastonia, NC-SC", "Mecklenburg County", 12, 180e3, (7, 18, 2, 4), 28202),
    ("Detroit", "MI", "Detroit-Warren-Dearborn, MI", "Wayne County", 12, 40e3, (12, 15, 5, 8), 48201),
    ("Cleveland", "OH", "Cleveland-Elyria, OH", "Cuyahoga County", 12, 110e3, (5, 12, 4, 6), 44102),
    ("Pittsburgh", "PA", "Pittsburgh, PA", "Allegheny County", 12, 130e3, (4, 8, 2, 4), 15201),
    ("Boston", "MA", "Boston-Cambridge-Newton, MA-NH", "Suffolk County", 15, 480e3, (6, 8, 0, 5), 2108),
    (
        "Nashville",
        "TN",
        "Nashville-Davidson--Murfreesboro--Franklin, TN",
        "Davidson County",
        15,
        190e3,
        (9, 18, 0, 3),
        37201,
    ),
    ("Las Vegas", "NV", "Las Vegas-Henderson-Paradise, NV", "Clark County", 15, 190e3, (9, 20, -5, 6), 89101),
    ("Minneapolis", "MN", "Minneapolis-St. Paul-Bloomington, MN-WI", "Hennepin County", 12, 220e3, (5, 8, 0, 2), 55401),
    ("Hana", "HI", "", "Maui County", 1, 600e3, (5, 12, 3, 2), 96713),
]
_ZL_MONTHS = [f"{t:%Y-%m-%d}" for t in pd.date_range("2015-01-31", "2024-12-31", freq="ME")]
_ZL_LAST, _ZL_JAN20, _ZL_JAN15 = "2024-12-31", "2020-01-31", "2015-01-31"


def _zl_rates(growth: Sequence[float]) -> np.ndarray:
    """Monthly log growth: each phase's yearly rate (in %), eased over five months at the turns."""
    phase = np.array([0 if i < 65 else 1 if i < 90 else 2 if i < 102 else 3 for i in range(len(_ZL_MONTHS))])
    yearly = np.array([growth[p] for p in phase], dtype=float) / 100
    padded = np.concatenate([[yearly[0]] * 2, yearly, [yearly[-1]] * 2])
    return np.log1p(np.convolve(padded, np.ones(5) / 5, mode="valid")) / 12


def _zillow_frame() -> pd.DataFrame:
    rng = np.random.default_rng(3304)
    rows: list[dict[str, Any]] = []
    for city, state, metro, county, n, base, growth, first_zip in _ZL_CITIES:
        zips = first_zip + np.concatenate([[0], np.cumsum(rng.integers(1, 6, n - 1))])
        for z in zips:
            level = base * float(rng.lognormal(0, 0.35 if n > 1 else 0.03))
            own = [g + float(rng.normal(0, 1.0)) for g in growth]
            wobble = np.zeros(len(_ZL_MONTHS))
            for i in range(1, len(wobble)):
                wobble[i] = 0.9 * wobble[i - 1] + float(rng.normal(0, 0.003))
            values = level * np.exp(np.cumsum(_zl_rates(own)) - _zl_rates(own)[0] + wobble)
            size = float(rng.lognormal(0, 1)) * (3.0 if n >= 25 else 1.0) * (0.05 if n == 1 else 1.0)
            row: dict[str, Any] = {"size": size, "RegionName": int(z), "RegionType": "zip", "StateName": state}
            row |= {"State": state, "City": city, "Metro": metro or None, "CountyName": county}
            row |= dict(zip(_ZL_MONTHS, values.tolist(), strict=True))
            rows.append(row)
    df = pd.DataFrame(rows)
    late = rng.choice(np.flatnonzero(df["size"].to_numpy() < 1.5), size=24, replace=False)
    for i in late:
        df.loc[int(i), _ZL_MONTHS[: int(rng.integers(1, 60))]] = np.nan
    df = df.sort_values("size", ascending=False, kind="stable").reset_index(drop=True)
    df.insert(0, "SizeRank", np.concatenate([[0], np.cumsum(rng.integers(1, 60, len(df) - 1))]))
    df.insert(0, "RegionID", rng.choice(np.arange(58000, 420000), size=len(df), replace=False))
    return df.drop(columns="size")


def _zl_metro_growth(d: pd.DataFrame) -> list[str]:
    """The fastest-growing metro since January 2020 under three readings: the mean of its zips' changes, the change
    of its mean value and the change of its median value."""
    rows = d[d["Metro"].notna()]
    change = rows[_ZL_LAST] / rows[_ZL_JAN20] - 1
    by = rows.groupby("Metro")
    readings = [
        change.groupby(rows["Metro"]).mean(),
        by[_ZL_LAST].mean() / by[_ZL_JAN20].mean(),
        by[_ZL_LAST].median() / by[_ZL_JAN20].median(),
    ]
    return [_first_word(str(r.idxmax())) for r in readings]


def _zl_metro_reading(k: int) -> Callable[[pd.DataFrame], str]:
    return lambda d: _zl_metro_growth(d)[k]


def _zl_austin_peak(how: str) -> Callable[[pd.DataFrame], str]:
    def peak(d: pd.DataFrame) -> str:
        austin = d.loc[d["City"] == "Austin", _ZL_MONTHS]
        return str(getattr(austin, how)().idxmax())

    return peak


def _zl_state(how: str) -> Callable[[pd.DataFrame], list[float]]:
    def values(d: pd.DataFrame) -> list[float]:
        by = d.groupby("State")[_ZL_LAST]
        return [float(getattr(by, how)()[s]) for s in ("TX", "FL")]

    return values


def _zl_top(d: pd.DataFrame) -> pd.Series:
    return d.loc[d[_ZL_LAST].idxmax()]


_ZL_WHERE = ("RegionName", "City", "State", "StateName", "Metro", "CountyName")
_ZILLOW_QS = [
    Q(
        "whats the typical home value across these zips right now",
        either(
            _scaled(lambda d: float(d[_ZL_LAST].median()), (1e3, 1e6)),
            _scaled(lambda d: float(d[_ZL_LAST].mean()), (1e3, 1e6)),
        ),
        ("RegionName", _ZL_LAST),
    ),
    Q(
        "most expensive zip in dec 2024 and which city is it in?",
        both(_named(lambda d: str(int(_zl_top(d)["RegionName"]))), _named(lambda d: str(_zl_top(d)["City"]))),
        (*_ZL_WHERE, _ZL_LAST),
    ),
    Q(
        "which metro has grown the most in percentage terms since january 2020?",
        either(*(_named(_zl_metro_reading(k)) for k in range(3))),
        ("Metro", "RegionName", _ZL_JAN20, _ZL_LAST),
    ),
    Q(
        "plot the average value in austin over time. when did it peak?",
        either(_month_year(_zl_austin_peak("mean")), _month_year(_zl_austin_peak("median"))),
        ("City", "Metro", "RegionName", *_ZL_MONTHS),
    ),
    Q(
        "how many zips have no value for jan 2015",
        has(lambda d: float(d[_ZL_JAN15].isna().sum())),
        ("RegionName", _ZL_JAN15),
    ),
    Q(
        "tx vs fl - avg home value in the latest month?",
        either(_scaled(_zl_state("mean"), (1e3, 1e6)), _scaled(_zl_state("median"), (1e3, 1e6))),
        ("State", "StateName", "RegionName", _ZL_LAST),
    ),
]


# --- 5. The New York Times' COVID-19 data, us-counties.csv, March-June 2020 ----------------------------------------

# county, state, fips, first day reported, cases by 30 June, deaths by 30 June (None: not reported), waves of new
# cases as "peak day:spread in days:share;..." counted in days after 1 March
_NY_COUNTIES: list[tuple[str, str, str, str, int, int | None, str]] = [
    ("Snohomish", "Washington", "53061", "2020-03-01", 3900, 170, "27:12:0.75;118:10:0.25"),
    ("King", "Washington", "53033", "2020-03-01", 9500, 610, "30:12:0.7;118:12:0.3"),
    ("New York City", "New York", "", "2020-03-01", 215000, 22000, "37:10:0.85;70:20:0.15"),
    ("Westchester", "New York", "36119", "2020-03-03", 34800, 1450, "33:10:0.9;70:20:0.1"),
    ("Nassau", "New York", "36059", "2020-03-05", 41700, 2190, "36:10:0.9;70:20:0.1"),
    ("Suffolk", "New York", "36103", "2020-03-06", 41400, 1990, "38:10:0.9;72:20:0.1"),
    ("Bergen", "New Jersey", "34003", "2020-03-04", 19500, 1750, "36:10:0.9;75:20:0.1"),
    ("Hudson", "New Jersey", "34017", "2020-03-09", 19100, 1320, "38:11:0.9;75:20:0.1"),
    ("Unknown", "New Jersey", "", "2020-03-20", 1000, 65, "50:20:1.0"),
    ("Cook", "Illinois", "17031", "2020-03-01", 88000, 4400, "72:16:0.95;110:10:0.05"),
    ("Wayne", "Michigan", "26163", "2020-03-10", 22500, 2650, "34:10:0.95;90:20:0.05"),
    ("Orleans", "Louisiana", "22071", "2020-03-09", 7600, 540, "30:9:0.9;115:8:0.1"),
    ("Jefferson", "Louisiana", "22051", "2020-03-09", 9500, 490, "34:10:0.85;118:8:0.15"),
    ("Middlesex", "Massachusetts", "25017", "2020-03-02", 24000, 2000, "50:13:1.0"),
    ("Suffolk", "Massachusetts", "25025", "2020-03-03", 19800, 1000, "50:13:1.0"),
    ("Philadelphia", "Pennsylvania", "42101", "2020-03-10", 25800, 1650, "45:14:1.0"),
    ("Miami-Dade", "Florida", "12086", "2020-03-11", 50000, 1050, "37:10:0.35;118:9:0.65"),
    ("Broward", "Florida", "12011", "2020-03-02", 20000, 410, "37:10:0.35;118:9:0.65"),
    ("Harris", "Texas", "48201", "2020-03-05", 40000, 370, "60:20:0.3;118:9:0.7"),
    ("Dallas", "Texas", "48113", "2020-03-10", 24000, 390, "65:20:0.4;118:10:0.6"),
    ("Maricopa", "Arizona", "04013", "2020-03-01", 55000, 800, "50:20:0.15;115:11:0.85"),
    ("Los Angeles", "California", "06037", "2020-03-01", 104000, 3400, "60:25:0.6;118:12:0.4"),
    ("Fulton", "Georgia", "13121", "2020-03-03", 7600, 330, "45:15:0.7;118:12:0.3"),
    ("Unknown", "Puerto Rico", "", "2020-03-13", 7400, None, "50:25:0.6;118:10:0.4"),
]
_NY_WEEKDAY = [0.85, 1.05, 1.1, 1.1, 1.1, 1.0, 0.8]  # reported, Monday to Sunday
_NY_CORRECTED = {"New York City": 75, "Harris": 96, "Los Angeles": 104, "Unknown": 88}  # a day cases were revised down


def _ny_curve(days: np.ndarray, waves: str, lag: float, widen: float) -> np.ndarray:
    shape = np.zeros(len(days))
    for wave in waves.split(";"):
        peak, spread, part = (float(x) for x in wave.split(":"))
        shape += part * np.exp(-0.5 * ((days - peak - lag) / (spread * widen)) ** 2)
    out: np.ndarray = shape / float(shape.sum())
    return out


def _ny_new(rng: np.random.Generator, expected: np.ndarray) -> np.ndarray:
    return np.array([rng.poisson(x * rng.gamma(10.0, 0.1)) for x in expected], dtype=int)


def _nyt_frame() -> pd.DataFrame:
    rng = np.random.default_rng(3305)
    start, end = pd.Timestamp("2020-03-01"), pd.Timestamp("2020-06-30")
    rows: list[dict[str, Any]] = []
    for county, state, fips, first, cases, deaths, waves in _NY_COUNTIES:
        dates = pd.date_range(first, end)
        t = np.array([(d - start).days for d in dates], dtype=float)
        weekday = np.array([_NY_WEEKDAY[d.day_of_week] for d in dates])
        ramp = 1 / (1 + np.exp(-(t - t[0] - 9) / 2.5))  # a county's first days report a handful of cases
        curve = _ny_curve(t, waves, 0.0, 1.0) * ramp
        new = _ny_new(rng, cases * curve / curve.sum() * weekday / weekday.mean())
        new[0] = max(new[0], 1)
        fix = _NY_CORRECTED.get(county)
        if fix is not None and state in ("New York", "Texas", "California", "New Jersey"):
            new[int(np.flatnonzero(t == fix)[0])] = -int(rng.integers(40, 400))
        dead: np.ndarray | None = None
        if deaths is not None:
            jump = 3700 if county == "New York City" else 0
            lagged = _ny_curve(t, waves, 10.0, 1.3) * ramp
            dead = _ny_new(rng, (deaths - jump) * lagged / lagged.sum())
            if jump:
                dead[int(np.flatnonzero(t == 44)[0])] += jump
        total = np.cumsum(new)
        died = None if dead is None else np.minimum(np.cumsum(dead), total)
        for i, d in enumerate(dates):
            rows.append(
                {
                    "date": f"{d:%Y-%m-%d}",
                    "county": county,
                    "state": state,
                    "fips": fips or None,
                    "cases": int(total[i]),
                    "deaths": None if died is None else int(died[i]),
                }
            )
    df = pd.DataFrame(rows).sort_values(["date", "state", "county"], kind="stable", ignore_index=True)
    df["deaths"] = df["deaths"].astype("Int64")
    return df


def _ny_last(d: pd.DataFrame) -> pd.DataFrame:
    return d[d["date"] == d["date"].max()]


def _ny_cook(d: pd.DataFrame) -> pd.Series:
    cook = d[d["county"] == "Cook"].sort_values("date")
    return pd.Series(cook["cases"].diff().to_numpy(), index=cook["date"].to_numpy())


def _ny_april(d: pd.DataFrame) -> float:
    by_day = d.groupby("date")["cases"].sum()
    return float(by_day["2020-04-30"] - by_day["2020-03-31"])


def _ny_suffolk(d: pd.DataFrame) -> list[float]:
    last = _ny_last(d)
    return [float(last.loc[(last["county"] == "Suffolk") & (last["state"] == s), "cases"].iloc[0]) for s in _NY_TWO]


def _ny_ratio(d: pd.DataFrame, by_county: bool) -> str:
    last = _ny_last(d)
    if by_county:
        return str(last.assign(r=last["deaths"] / last["cases"]).groupby("state")["r"].mean().idxmax())
    sums = last.groupby("state")[["deaths", "cases"]].sum()
    return str((sums["deaths"] / sums["cases"]).idxmax())


_NY_TWO = ("New York", "Massachusetts")
_NYT_QS = [
    Q(
        "total cases across all counties on the most recent date?",
        has(lambda d: float(_ny_last(d)["cases"].sum())),
        ("date", "cases", "county"),
    ),
    Q(
        "which county had the most deaths by the end of june, and how many?",
        both(
            _named(lambda d: str(_ny_last(d).loc[_ny_last(d)["deaths"].idxmax(), "county"])),
            has(lambda d: float(_ny_last(d)["deaths"].max())),
        ),
        ("county", "state", "deaths", "date"),
    ),
    Q(
        "plot daily new cases for cook county - when was the peak and how many that day?",
        both(_date_word(lambda d: _ny_cook(d).idxmax()), has(lambda d: float(_ny_cook(d).max()))),
        ("county", "state", "cases", "date"),
    ),
    Q(
        "how many new cases were reported across everything in april?",
        has(_ny_april),
        ("date", "cases", "county"),
    ),
    Q(
        "how many cases did suffolk county have at the end?",
        either(asks(*_NY_TWO), has(_ny_suffolk)),
        ("county", "state", "cases", "date"),
    ),
    Q(
        "which state has the highest deaths-to-cases ratio on the last day?",
        either(_named(lambda d: _ny_ratio(d, False)), _named(lambda d: _ny_ratio(d, True))),
        ("state", "deaths", "cases", "date"),
    ),
]


# --- 6. Gapminder (the gapminder R package's gapminder data, five-yearly 1952-2007) --------------------------------

# country, continent, (lifeExp 1952, 2007, pop 1952, 2007 in millions, gdpPercap 1952, 2007)
_GM_COUNTRIES: list[tuple[str, str, tuple[float, ...]]] = [
    ("Afghanistan", "Asia", (28.801, 43.828, 8.425, 31.890, 779.4453, 974.5803)),
    ("Albania", "Europe", (55.23, 76.423, 1.283, 3.601, 1601.056, 5937.030)),
    ("Algeria", "Africa", (43.077, 72.301, 9.279, 33.333, 2449.008, 6223.367)),
    ("Angola", "Africa", (30.015, 42.731, 4.232, 12.421, 3520.610, 4797.231)),
    ("Argentina", "Americas", (62.485, 75.32, 17.876, 40.302, 5911.315, 12779.380)),
    ("Australia", "Oceania", (69.12, 81.235, 8.691, 20.434, 10039.596, 34435.367)),
    ("Bangladesh", "Asia", (37.484, 64.062, 46.887, 150.448, 684.2442, 1391.254)),
    ("Bolivia", "Americas", (40.414, 65.554, 2.883, 9.119, 2677.326, 3822.137)),
    ("Bosnia and Herzegovina", "Europe", (53.82, 74.852, 2.792, 4.552, 973.5332, 7446.299)),
    ("Botswana", "Africa", (47.622, 50.728, 0.443, 1.639, 851.2411, 12569.852)),
    ("Brazil", "Americas", (50.917, 72.39, 56.603, 190.011, 2108.944, 9065.801)),
    ("Cambodia", "Asia", (39.417, 59.723, 4.694, 14.131, 368.4693, 1713.779)),
    ("Canada", "Americas", (68.75, 80.653, 14.786, 33.390, 11367.161, 36319.235)),
    ("Chile", "Americas", (54.745, 78.553, 6.377, 16.285, 3939.979, 13171.639)),
    ("China", "Asia", (44.0, 72.961, 556.263, 1318.683, 400.4486, 4959.115)),
    ("Colombia", "Americas", (50.643, 72.889, 12.351, 44.228, 2144.115, 7006.580)),
    ("Cuba", "Americas", (59.421, 78.273, 6.008, 11.416, 5586.539, 8948.103)),
    ("Egypt", "Africa", (41.893, 71.338, 22.223, 80.264, 1418.822, 5581.181)),
    ("Ethiopia", "Africa", (34.078, 52.947, 20.860, 76.512, 362.1463, 690.8056)),
    ("France", "Europe", (67.41, 80.657, 42.460, 61.084, 7029.809, 30470.017)),
    ("Germany", "Europe", (67.5, 79.406, 69.146, 82.401, 7144.114, 32170.374)),
    ("Ghana", "Africa", (43.149, 60.022, 5.581, 22.874, 911.2989, 1327.609)),
    ("Haiti", "Americas", (37.579, 60.916, 3.201, 8.502, 1840.367, 1201.637)),
    ("India", "Asia", (37.373, 64.698, 372.000, 1110.396, 546.5657, 2452.210)),
    ("Indonesia", "Asia", (37.468, 70.65, 82.052, 223.547, 749.6817, 3540.652)),
    ("Iran", "Asia", (44.869, 70.964, 17.273, 69.454, 3035.326, 11605.714)),
    ("Iraq", "Asia", (45.32, 59.545, 5.441, 27.500, 4129.766, 4471.062)),
    ("Israel", "Asia", (65.39, 80.745, 1.620, 6.426, 4086.522, 25523.277)),
    ("Italy", "Europe", (65.94, 80.546, 47.666, 58.148, 4931.404, 28569.720)),
    ("Jamaica", "Americas", (58.53, 72.567, 1.427, 2.781, 2898.531, 7320.880)),
    ("Japan", "Asia", (63.03, 82.603, 86.459, 127.467, 3216.956, 31656.068)),
    ("Kenya", "Africa", (42.27, 54.11, 6.465, 35.610, 853.5409, 1463.249)),
    ("Korea, Rep.", "Asia", (47.453, 78.623, 20.947, 49.045, 1030.592, 23348.140)),
    ("Libya", "Africa", (42.723, 73.952, 1.019, 6.036, 2387.548, 12057.499)),
    ("Mali", "Africa", (33.685, 54.467, 3.838, 12.031, 452.3370, 1042.582)),
    ("Mexico", "Americas", (50.789, 76.195, 30.144, 108.701, 3478.126, 11977.575)),
    ("Morocco", "Africa", (42.873, 71.164, 9.939, 33.757, 1688.204, 3820.175)),
    ("Nepal", "Asia", (36.157, 63.785, 9.182, 28.902, 545.8657, 1091.360)),
    ("New Zealand", "Oceania", (69.39, 80.204, 1.995, 4.116, 10556.576, 25185.009)),
    ("Nigeria", "Africa", (36.324, 46.859, 33.120, 135.031, 1077.282, 2013.977)),
    ("Norway", "Europe", (72.67, 80.196, 3.328, 4.628, 10095.422, 49357.190)),
    ("Oman", "Asia", (37.578, 75.64, 0.507, 3.205, 1828.230, 22316.193)),
    ("Pakistan", "Asia", (43.436, 65.483, 41.346, 169.271, 684.5971, 2605.948)),
    ("Peru", "Americas", (43.902, 71.421, 8.026, 28.674, 3758.523, 7408.906)),
    ("Philippines", "Asia", (47.752, 71.688, 22.438, 91.077, 1272.881, 3190.481)),
    ("Poland", "Europe", (61.31, 75.563, 25.730, 38.518, 4029.330, 15389.925)),
    ("Portugal", "Europe", (59.82, 78.098, 8.526, 10.642, 3068.320, 20509.648)),
    ("Rwanda", "Africa", (40.0, 46.242, 2.534, 8.860, 493.3239, 863.0885)),
    ("Saudi Arabia", "Asia", (39.875, 72.777, 4.006, 27.601, 6459.555, 21654.832)),
    ("Senegal", "Africa", (37.278, 63.062, 2.756, 12.268, 1450.357, 1712.472)),
    ("Sierra Leone", "Africa", (30.331, 42.568, 2.143, 6.144, 879.7877, 862.5408)),
    ("South Africa", "Africa", (45.009, 49.339, 14.265, 43.998, 4725.296, 9269.658)),
    ("Spain", "Europe", (64.94, 80.941, 28.549, 40.448, 3834.035, 28821.064)),
    ("Sweden", "Europe", (71.86, 80.884, 7.124, 9.031, 8527.845, 33859.748)),
    ("Switzerland", "Europe", (69.62, 81.701, 4.816, 7.554, 14734.233, 37506.419)),
    ("Tanzania", "Africa", (41.215, 52.517, 8.323, 38.140, 716.6501, 1107.482)),
    ("Turkey", "Europe", (43.585, 71.777, 22.236, 71.159, 1969.101, 8458.276)),
    ("Uganda", "Africa", (39.978, 51.542, 5.824, 29.171, 734.7535, 1056.380)),
    ("United Kingdom", "Europe", (69.18, 79.425, 50.431, 60.776, 9979.508, 33203.261)),
    ("United States", "Americas", (68.44, 78.242, 157.553, 301.140, 13990.482, 42951.653)),
    ("Vietnam", "Asia", (40.412, 74.249, 26.247, 85.262, 605.0665, 2441.576)),
    ("Yemen, Rep.", "Asia", (32.548, 62.698, 4.963, 22.211, 781.7176, 2280.770)),
    ("Zimbabwe", "Africa", (48.451, 43.487, 3.080, 12.311, 406.8841, 469.7093)),
]
_GM_LIFE_POINTS: dict[str, dict[int, float]] = {  # years a country's life expectancy turned or fell
    "Rwanda": {1987: 44.02, 1992: 23.599, 1997: 36.087, 2002: 43.413},
    "Cambodia": {1972: 40.317, 1977: 31.22, 1982: 50.957},
    "China": {1957: 50.54896, 1962: 44.50136, 1967: 58.38112},
    "Botswana": {1987: 63.622, 1992: 62.745, 1997: 52.556, 2002: 46.634},
    "Zimbabwe": {1987: 62.351, 1992: 60.377, 1997: 46.809, 2002: 39.989},
    "South Africa": {1992: 61.888, 1997: 60.236, 2002: 53.365},
    "Kenya": {1987: 59.339, 1992: 59.285, 1997: 54.407, 2002: 50.992},
    "Uganda": {1977: 50.35, 1982: 49.849, 1987: 51.509, 1992: 48.825, 1997: 44.578, 2002: 47.813},
    "Iraq": {1987: 65.044, 1992: 59.461, 1997: 58.811, 2002: 57.046},
}
_GM_GDP_BUMPS: dict[str, dict[int, float]] = {  # booms and busts on the smooth path of income per head
    "Saudi Arabia": {1972: 1.6, 1977: 2.4, 1982: 1.9, 1987: 1.1},
    "Libya": {1967: 2.0, 1972: 2.6, 1977: 2.4, 1982: 1.7, 1987: 1.0},
    "Iraq": {1977: 1.7, 1982: 1.5, 1987: 1.2, 1992: 0.45, 1997: 0.4, 2002: 0.6},
    "Rwanda": {1992: 0.9, 1997: 0.6},
    "Cambodia": {1977: 0.55},
    "Haiti": {1977: 1.25, 1982: 1.35, 1987: 1.2},
}
_GM_YEARS = list(range(1952, 2008, 5))


def _gapminder_frame() -> pd.DataFrame:
    rng = np.random.default_rng(3306)
    rows: list[dict[str, Any]] = []
    frac = np.linspace(0, 1, len(_GM_YEARS))
    for country, continent, (le0, le1, pop0, pop1, gdp0, gdp1) in _GM_COUNTRIES:
        points = {1952: le0, 2007: le1} | _GM_LIFE_POINTS.get(country, {})
        if len(points) == 2:
            bend = float(rng.uniform(0.0, 0.7))
            life = le0 + (le1 - le0) * (frac + bend * frac * (1 - frac))
        else:
            known = sorted(points)
            life = np.interp(_GM_YEARS, known, [points[y] for y in known])
        wiggle = np.array([0.0 if y in points else float(rng.normal(0, 0.35)) for y in _GM_YEARS])
        pop = pop0 * (pop1 / pop0) ** (frac + float(rng.uniform(-0.1, 0.1)) * frac * (1 - frac))
        pop *= np.exp(rng.normal(0, 0.01, len(frac)) * np.r_[0.05, np.ones(len(frac) - 2), 0.05])
        gdp = gdp0 * (gdp1 / gdp0) ** frac * np.exp(np.concatenate([[0.0], rng.normal(0, 0.06, len(frac) - 2), [0.0]]))
        gdp *= np.array([_GM_GDP_BUMPS.get(country, {}).get(y, 1.0) for y in _GM_YEARS])
        for i, year in enumerate(_GM_YEARS):
            rows.append(
                {
                    "country": country,
                    "continent": continent,
                    "year": year,
                    "lifeExp": round(float(life[i] + wiggle[i]), 3),
                    "pop": round(float(pop[i]) * 1e6),
                    "gdpPercap": round(float(gdp[i]), 7 - len(str(int(gdp[i])))),
                }
            )
    return pd.DataFrame(rows)


def _gm_in(year: int) -> Callable[[pd.DataFrame], pd.DataFrame]:
    return lambda d: d[d["year"] == year]


def _gm_continent(d: pd.DataFrame, weighted: bool, top: bool) -> str:
    rows = d[d["year"] == 2007]
    if weighted:
        years = (rows["lifeExp"] * rows["pop"]).groupby(rows["continent"]).sum()
        means = years / rows.groupby("continent")["pop"].sum()
    else:
        means = rows.groupby("continent")["lifeExp"].mean()
    return str(means.idxmax() if top else means.idxmin())


def _gm_gain(d: pd.DataFrame) -> str:
    wide = d.pivot_table(index="country", columns="year", values="lifeExp")
    return str((wide[2007] - wide[1952]).idxmax())


_GAPMINDER_QS = [
    Q(
        "which continent had the highest average life expectancy in 2007?",
        either(_named(lambda d: _gm_continent(d, False, True)), _named(lambda d: _gm_continent(d, True, True))),
        ("continent", "lifeExp", "year"),
    ),
    Q(
        "and lowest?",
        either(_named(lambda d: _gm_continent(d, False, False)), _named(lambda d: _gm_continent(d, True, False))),
        ("continent", "lifeExp", "year"),
    ),
    Q(
        "plot gdp per capita vs life expectancy for 2007, what's the correlation?",
        _corr_or_log(lambda d: _gm_in(2007)(d)["gdpPercap"], lambda d: _gm_in(2007)(d)["lifeExp"]),
        ("gdpPercap", "lifeExp", "year"),
    ),
    Q(
        "which country gained the most years of life expectancy between 1952 and 2007?",
        _named(_gm_gain),
        ("country", "lifeExp", "year"),
    ),
    Q(
        "how many countries were still under 50 in 2007?",
        has(lambda d: float((_gm_in(2007)(d)["lifeExp"] < 50).sum())),
        ("country", "lifeExp", "year"),
    ),
    Q(
        "total population of asia in 2007",
        _scaled(lambda d: float(_gm_in(2007)(d).loc[lambda r: r["continent"] == "Asia", "pop"].sum()), (1e6, 1e9)),
        ("continent", "pop", "year", "country"),
    ),
]


# --- 7. San Francisco Fire Department Calls for Service (data.sfgov.org), January-March 2016 -----------------------

# neighborhood, weight, zip, battalion, station area, supervisor district, latitude, longitude, travel factor, streets
_SF_HOODS: list[tuple[str, float, int, str, str, int, float, float, float, str]] = [
    ("Tenderloin", 12.0, 94102, "B02", "03", 6, 37.7847, -122.4145, 0.8, "ELLIS ST;EDDY ST;TURK ST;JONES ST"),
    ("South of Market", 10.0, 94103, "B03", "01", 6, 37.7785, -122.4056, 0.9, "MISSION ST;HOWARD ST;FOLSOM ST"),
    ("Mission", 9.0, 94110, "B06", "07", 9, 37.7599, -122.4148, 1.0, "MISSION ST;VALENCIA ST;16TH ST;24TH ST"),
    ("Financial District/South Beach", 8.0, 94105, "B03", "13", 6, 37.7903, -122.401, 0.9, "MARKET ST;BATTERY ST"),
    ("Bayview Hunters Point", 6.0, 94124, "B10", "17", 10, 37.7296, -122.3891, 1.2, "3RD ST;PALOU AVE;OAKDALE AVE"),
    ("Western Addition", 4.5, 94115, "B05", "05", 5, 37.7811, -122.4316, 1.0, "GEARY BLVD;FILLMORE ST;EDDY ST"),
    ("Nob Hill", 4.0, 94109, "B04", "41", 3, 37.793, -122.4161, 0.9, "POST ST;SUTTER ST;HYDE ST"),
    ("Sunset/Parkside", 4.0, 94122, "B08", "23", 4, 37.753, -122.49, 1.25, "JUDAH ST;IRVING ST;SUNSET BLVD"),
    ("Hayes Valley", 3.0, 94102, "B02", "36", 5, 37.7759, -122.4245, 0.9, "HAYES ST;GOUGH ST;OAK ST"),
    ("Outer Richmond", 2.5, 94121, "B07", "14", 1, 37.7778, -122.495, 1.2, "GEARY BLVD;BALBOA ST;CLEMENT ST"),
    ("Castro/Upper Market", 2.5, 94114, "B06", "24", 8, 37.7609, -122.435, 1.0, "MARKET ST;CASTRO ST;18TH ST"),
    ("Chinatown", 2.5, 94108, "B01", "02", 3, 37.7941, -122.4078, 0.9, "STOCKTON ST;GRANT AVE;KEARNY ST"),
    ("North Beach", 2.5, 94133, "B01", "28", 3, 37.8061, -122.4103, 1.0, "COLUMBUS AVE;BROADWAY;POWELL ST"),
    ("Excelsior", 2.5, 94112, "B09", "43", 11, 37.7244, -122.4264, 1.2, "MISSION ST;GENEVA AVE;OCEAN AVE"),
    ("Marina", 2.0, 94123, "B04", "16", 2, 37.8037, -122.4368, 1.1, "LOMBARD ST;CHESTNUT ST"),
    ("Potrero Hill", 2.0, 94107, "B10", "37", 10, 37.7587, -122.401, 1.1, "18TH ST;DE HARO ST"),
    ("Bernal Heights", 2.0, 94110, "B06", "32", 9, 37.7389, -122.4152, 1.1, "CORTLAND AVE;MISSION ST"),
    ("Inner Richmond", 2.0, 94118, "B07", "31", 1, 37.7802, -122.464, 1.1, "CLEMENT ST;GEARY BLVD"),
    ("Russian Hill", 1.5, 94109, "B04", "41", 3, 37.8011, -122.4194, 1.0, "POLK ST;UNION ST"),
    ("Pacific Heights", 1.5, 94115, "B04", "38", 2, 37.7925, -122.4382, 1.0, "FILLMORE ST;CALIFORNIA ST"),
    ("Haight Ashbury", 1.5, 94117, "B05", "12", 5, 37.7692, -122.4481, 1.0, "HAIGHT ST;STANYAN ST"),
    ("Outer Mission", 1.5, 94112, "B09", "33", 11, 37.723, -122.451, 1.2, "MISSION ST;SAN JOSE AVE"),
    ("Visitacion Valley", 1.5, 94134, "B10", "44", 10, 37.717, -122.404, 1.3, "LELAND AVE;BAYSHORE BLVD"),
    ("Oceanview/Merced/Ingleside", 1.5, 94112, "B09", "15", 11, 37.717, -122.462, 1.25, "OCEAN AVE;BROAD ST"),
    ("Inner Sunset", 1.2, 94122, "B08", "22", 7, 37.7602, -122.4683, 1.1, "IRVING ST;9TH AVE"),
    ("Lakeshore", 1.0, 94132, "B08", "19", 7, 37.724, -122.487, 1.3, "LAKE MERCED BLVD;WINSTON DR"),
    ("Mission Bay", 1.0, 94158, "B03", "04", 6, 37.7706, -122.392, 1.0, "3RD ST;16TH ST"),
    ("Noe Valley", 1.0, 94114, "B06", "11", 8, 37.7502, -122.4337, 1.1, "24TH ST;CHURCH ST"),
    ("West of Twin Peaks", 1.0, 94127, "B08", "39", 7, 37.738, -122.458, 1.3, "PORTOLA DR;ULLOA ST"),
    ("Japantown", 0.8, 94115, "B05", "05", 5, 37.7852, -122.4299, 1.0, "POST ST;BUCHANAN ST"),
    ("Lone Mountain/USF", 0.8, 94118, "B05", "21", 1, 37.779, -122.451, 1.1, "TURK BLVD;GOLDEN GATE AVE"),
    ("Portola", 0.8, 94134, "B10", "42", 9, 37.727, -122.407, 1.2, "SILVER AVE;SAN BRUNO AVE"),
    ("Glen Park", 0.6, 94131, "B06", "26", 8, 37.733, -122.433, 1.2, "DIAMOND ST;BOSWORTH ST"),
    ("Golden Gate Park", 0.5, 94117, "B07", "12", 1, 37.7694, -122.4862, 1.3, "JFK DR;MARTIN LUTHER KING JR DR"),
    ("Treasure Island", 0.4, 94130, "B03", "48", 6, 37.8235, -122.3706, 1.6, "AVENUE OF THE PALMS;9TH ST"),
    ("Presidio", 0.4, 94129, "B04", "51", 2, 37.7989, -122.4662, 1.4, "LINCOLN BLVD;GORGAS AVE"),
]
# call type: weight, plan of units, Call Type Group choices, Call Final Disposition choices
_SF_MEDICAL_END = {"Code 2 Transport": 55.0, "Code 3 Transport": 5.0, "Patient Declined Transport": 10.0}
_SF_MEDICAL_END |= {"Against Medical Advice": 5.0, "Unable to Locate": 4.0, "Gone on Arrival": 6.0}
_SF_MEDICAL_END |= {"No Merit": 3.0, "Cancelled": 4.0, "Other": 8.0}
_SF_FIRE_END = {"Fire": 55.0, "Other": 35.0, "No Merit": 10.0}
_SF_OTHER_END = {"Other": 70.0, "No Merit": 20.0, "Fire": 10.0}
_SF_TYPES: dict[str, tuple[float, str, dict[str, float], dict[str, float]]] = {
    "Medical Incident": (
        62.0,
        "medical",
        {"Potentially Life-Threatening": 60.0, "Non Life-threatening": 40.0},
        _SF_MEDICAL_END,
    ),
    "Alarms": (12.0, "alarm", {"Alarm": 1.0}, {"Other": 65.0, "No Merit": 30.0, "Fire": 5.0}),
    "Structure Fire": (7.0, "structure", {"Fire": 1.0}, _SF_FIRE_END),
    "Traffic Collision": (
        4.0,
        "traffic",
        {"Potentially Life-Threatening": 1.0},
        {"Code 2 Transport": 45.0, "Code 3 Transport": 10.0, "Patient Declined Transport": 20.0, "Other": 25.0},
    ),
    "Citizen Assist / Service Call": (3.0, "small", {"Non Life-threatening": 1.0}, _SF_OTHER_END),
    "Outside Fire": (3.0, "small", {"Fire": 1.0}, _SF_FIRE_END),
    "Other": (2.5, "small", {"Non Life-threatening": 1.0}, _SF_OTHER_END),
    "Elevator / Escalator Rescue": (1.2, "small", {"Non Life-threatening": 1.0}, _SF_OTHER_END),
    "Smoke Investigation (Outside)": (1.2, "small", {"Fire": 1.0}, _SF_OTHER_END),
    "Gas Leak (Natural and LP Gases)": (1.0, "small", {"Fire": 1.0}, _SF_OTHER_END),
    "Vehicle Fire": (1.0, "small", {"Fire": 1.0}, _SF_FIRE_END),
    "Electrical Hazard": (1.0, "small", {"Fire": 1.0}, _SF_OTHER_END),
    "Odor (Strange / Unknown)": (1.0, "small", {"Non Life-threatening": 1.0}, _SF_OTHER_END),
    "Water Rescue": (0.8, "water", {"Potentially Life-Threatening": 1.0}, _SF_OTHER_END),
    "Fuel Spill": (0.3, "small", {"Fire": 1.0}, _SF_OTHER_END),
}
_SF_HOURS = [3.0, 2.6, 2.2, 1.8, 1.6, 1.8, 2.5, 3.5, 4.5, 5.2, 5.8, 6.2, 6.3, 6.2, 6.1, 6.0, 6.3, 6.9, 6.2]
_SF_HOURS += [5.6, 5.0, 4.6, 4.0, 3.5]
_SF_SPEED = {"ENGINE": 1.0, "TRUCK": 1.1, "MEDIC": 1.35, "PRIVATE": 1.6, "CHIEF": 1.2, "RESCUE CAPTAIN": 1.3}
_SF_SPEED |= {"RESCUE SQUAD": 1.4}
_SF_HOOD = "Neighborhooods - Analysis Boundaries"
_SF_RECEIVED, _SF_ON_SCENE = "Received DtTm", "On Scene DtTm"
_SF_FORMAT = "%m/%d/%Y %I:%M:%S %p"


def _sf_units(rng: np.random.Generator, plan: str) -> list[str]:
    ambulance = "PRIVATE" if rng.random() < 0.15 else "MEDIC"
    if plan == "medical":
        units = [ambulance] + ["ENGINE"] * int(rng.random() < 0.55) + ["RESCUE CAPTAIN"] * int(rng.random() < 0.05)
    elif plan == "alarm":
        units = ["ENGINE"] + ["TRUCK"] * int(rng.random() < 0.5) + ["CHIEF"] * int(rng.random() < 0.2)
    elif plan == "structure":
        units = ["ENGINE"] * int(rng.integers(3, 5)) + ["TRUCK", "TRUCK", "CHIEF", "CHIEF", "RESCUE SQUAD"]
        units += ["RESCUE CAPTAIN", "MEDIC"]
    elif plan == "traffic":
        units = [ambulance, "ENGINE"] + ["TRUCK"] * int(rng.random() < 0.3)
    elif plan == "water":
        units = ["ENGINE", "RESCUE SQUAD", "MEDIC"]
    else:
        units = ["ENGINE"] + ["TRUCK"] * int(rng.random() < 0.3)
    return units


def _sf_unit_id(rng: np.random.Generator, kind: str, station: str, battalion: str, first: bool) -> str:
    if kind == "ENGINE":
        return f"E{int(station) if first and int(station) <= 44 else int(rng.integers(1, 45)):02d}"
    if kind == "TRUCK":
        return f"T{int(rng.integers(1, 20)):02d}"
    if kind == "CHIEF":
        return battalion if first else f"B{int(rng.integers(1, 11)):02d}"
    if kind == "MEDIC":
        return f"M{int(rng.integers(1, 96)):02d}"
    if kind == "PRIVATE":
        return f"AM{int(rng.integers(101, 131))}"
    return f"RC{int(rng.integers(1, 5))}" if kind == "RESCUE CAPTAIN" else f"RS{int(rng.integers(1, 3))}"


def _sf_stamp(t: pd.Timestamp | None) -> str | None:
    return None if t is None else f"{t:{_SF_FORMAT}}"


def _sf_fire_frame() -> pd.DataFrame:
    rng = np.random.default_rng(3307)
    days = pd.date_range("2016-01-01", "2016-03-31")
    hour_w = np.array(_SF_HOURS)
    hood_w = [h[1] for h in _SF_HOODS]
    types = list(_SF_TYPES)
    calls = []
    for _ in range(1040):
        day = days[int(rng.integers(len(days)))]
        hour = int(rng.choice(24, p=hour_w / hour_w.sum()))
        received = day + pd.Timedelta(hours=hour, minutes=int(rng.integers(60)), seconds=int(rng.integers(60)))
        calls.append((received, str(_one(rng, types, [t[0] for t in _SF_TYPES.values()]))))
    calls.sort()
    rows: list[dict[str, Any]] = []
    per_day: dict[str, int] = {}
    for k, (received, kind) in enumerate(calls):
        _w, plan, groups, ends = _SF_TYPES[kind]
        hood, _hw, zipcode, battalion, station, district, lat, lon, far, streets = _SF_HOODS[
            int(_one(rng, range(len(_SF_HOODS)), hood_w))
        ]
        per_day[f"{received:%j}"] = per_day.get(f"{received:%j}", 0) + 1
        call_number = int(f"16{received:%j}{per_day[f'{received:%j}']:04d}")
        group = str(_one(rng, list(groups), list(groups.values())))
        end = str(_one(rng, list(ends), list(ends.values())))
        urgent = group != "Non Life-threatening" and (plan != "medical" or group == "Potentially Life-Threatening")
        original = str(_one(rng, ["3", "E"], [95, 5])) if urgent else str(_one(rng, ["2", "A", "C"], [80, 12, 8]))
        priority = "E" if original == "E" else ("3" if urgent else "2")
        road = _split(streets, ";")
        if rng.random() < 0.75:
            address = f"{int(rng.integers(1, 40))}00 Block of {_one(rng, road)!s}"
        else:
            address = f"{road[0]}/{road[-1]}" if len(road) > 1 else f"{road[0]}/{road[0]}"
        city = {"Treasure Island": "Treasure Isla", "Presidio": "Presidio"}.get(hood, "San Francisco")
        if city == "San Francisco" and rng.random() < 0.04:
            city = "SF"
        entry = received + pd.Timedelta(seconds=int(rng.integers(15, 100)))
        kinds = _sf_units(rng, plan)
        dispatched = sorted(
            (entry + pd.Timedelta(seconds=int(rng.integers(10, 80)) + (int(rng.integers(0, 90)) if j else 0)), u)
            for j, u in enumerate(kinds)
        )
        transporting = end in ("Code 2 Transport", "Code 3 Transport")
        alarms = int(_one(rng, [1, 2, 3], [88, 10, 2])) if plan == "structure" else 1
        seen: dict[str, int] = {}
        for seq, (dispatch, unit_type) in enumerate(dispatched, start=1):
            unit = _sf_unit_id(rng, unit_type, station, battalion, unit_type not in seen)
            while unit in seen:
                unit = _sf_unit_id(rng, unit_type, station, battalion, False)
            seen[unit] = 1
            seen[unit_type] = 1
            response = dispatch + pd.Timedelta(seconds=int(rng.integers(20, 100)))
            travel = float(rng.lognormal(np.log(230 * far * _SF_SPEED[unit_type] * (1.0 if urgent else 1.35)), 0.35))
            on_scene: pd.Timestamp | None = response + pd.Timedelta(seconds=round(travel))
            if rng.random() < (0.03 if seq == 1 else 0.12):
                on_scene = None
            transport: pd.Timestamp | None = None
            hospital: pd.Timestamp | None = None
            if on_scene is None:
                available = response + pd.Timedelta(seconds=int(rng.integers(60, 400)))
            elif transporting and unit_type in ("MEDIC", "PRIVATE") and "ambulance" not in seen:
                seen["ambulance"] = 1
                transport = on_scene + pd.Timedelta(seconds=int(rng.integers(600, 1800)))
                hospital = transport + pd.Timedelta(seconds=int(rng.integers(360, 1200)))
                available = hospital + pd.Timedelta(seconds=int(rng.integers(900, 2700)))
            else:
                stay = (1800, 7200) if plan == "structure" else (300, 1500)
                available = on_scene + pd.Timedelta(seconds=int(rng.integers(*stay)))
            rows.append(
                {
                    "Call Number": call_number,
                    "Unit ID": unit,
                    "Incident Number": 16000001 + k,
                    "Call Type": kind,
                    "Call Date": f"{received:%m/%d/%Y}",
                    "Watch Date": f"{received - pd.Timedelta(hours=8):%m/%d/%Y}",
                    _SF_RECEIVED: _sf_stamp(received),
                    "Entry DtTm": _sf_stamp(entry),
                    "Dispatch DtTm": _sf_stamp(dispatch),
                    "Response DtTm": _sf_stamp(response),
                    _SF_ON_SCENE: _sf_stamp(on_scene),
                    "Transport DtTm": _sf_stamp(transport),
                    "Hospital DtTm": _sf_stamp(hospital),
                    "Call Final Disposition": end,
                    "Available DtTm": _sf_stamp(available),
                    "Address": address,
                    "City": city,
                    "Zipcode of Incident": zipcode,
                    "Battalion": battalion,
                    "Station Area": station,
                    "Box": f"{int(station) * 100 + int(rng.integers(0, 100)):04d}",
                    "Original Priority": original,
                    "Priority": priority,
                    "Final Priority": 3 if priority in ("3", "E") else 2,
                    "ALS Unit": "true"
                    if unit_type in ("MEDIC", "RESCUE CAPTAIN") or (unit_type == "ENGINE" and rng.random() < 0.6)
                    else "false",
                    "Call Type Group": group if rng.random() > 0.05 else None,
                    "Number of Alarms": alarms,
                    "Unit Type": unit_type,
                    "Unit sequence in call dispatch": seq,
                    "Fire Prevention District": str(int(battalion[1:])),
                    "Supervisor District": district,
                    _SF_HOOD: hood,
                    "Location": f"({lat + float(rng.normal(0, 0.003)):.13f}, {lon + float(rng.normal(0, 0.003)):.12f})",
                    "RowID": f"{call_number}-{unit}",
                }
            )
    return pd.DataFrame(rows)


def _sf_minutes(d: pd.DataFrame) -> pd.Series:
    start = pd.to_datetime(d[_SF_RECEIVED].astype(str), format=_SF_FORMAT)
    there = pd.to_datetime(d[_SF_ON_SCENE], format=_SF_FORMAT, errors="coerce")
    return (there - start).dt.total_seconds() / 60


def _sf_response(hood: str | None, medical: bool, first: bool) -> Callable[[pd.DataFrame], float]:
    """The median minutes from call received to a unit on scene: over every unit that got there, or over each
    incident's first unit there."""

    def value(d: pd.DataFrame) -> float:
        minutes = _sf_minutes(d)
        keep = minutes.notna()
        if medical:
            keep &= d["Call Type"] == "Medical Incident"
        if hood is not None:
            keep &= d[_SF_HOOD] == hood
        chosen = minutes[keep]
        if first:
            chosen = chosen.groupby(d.loc[keep, "Incident Number"]).min()
        return float(chosen.median())

    return value


def _sf_top(col: str, n: int, incidents: bool) -> Callable[[pd.DataFrame], list[str]]:
    def labels(d: pd.DataFrame) -> list[str]:
        rows = d.drop_duplicates("Incident Number") if incidents else d
        return [str(x) for x in rows[col].value_counts().index[:n]]

    return labels


def _sf_hour(incidents: bool) -> Callable[[pd.DataFrame], int]:
    def hour(d: pd.DataFrame) -> int:
        rows = d.drop_duplicates("Incident Number") if incidents else d
        when = pd.to_datetime(rows[_SF_RECEIVED].astype(str), format=_SF_FORMAT)
        return int(when.dt.hour.value_counts().index[0])

    return hour


_SF_IDS = ("Incident Number", "Call Number")
_SF_FIRE_QS = [
    Q(
        "how many actual incidents are in here? i think each unit that responded gets its own row",
        has(lambda d: float(d["Incident Number"].nunique())),
        (*_SF_IDS, "Unit ID"),
    ),
    Q(
        "top 3 call types?",
        either(_all_named(_sf_top("Call Type", 3, True)), _all_named(_sf_top("Call Type", 3, False))),
        ("Call Type", *_SF_IDS),
    ),
    Q(
        "which neighborhood gets the most calls",
        either(_named(lambda d: _sf_top(_SF_HOOD, 1, True)(d)[0]), _named(lambda d: _sf_top(_SF_HOOD, 1, False)(d)[0])),
        (_SF_HOOD, *_SF_IDS),
    ),
    Q(
        "plot calls by hour of day. busiest hour?",
        either(_hour(_sf_hour(True)), _hour(_sf_hour(False))),
        (_SF_RECEIVED, "Call Date", *_SF_IDS),
    ),
    Q(
        "median response time for medical incidents, received to on scene, in minutes",
        either(_minutes(_sf_response(None, True, False)), _minutes(_sf_response(None, True, True))),
        ("Call Type", _SF_RECEIVED, _SF_ON_SCENE, "Unit ID", *_SF_IDS),
    ),
    Q(
        "and in the tenderloin?",
        either(
            *(
                _minutes(_sf_response("Tenderloin", medical, first))
                for medical in (True, False)
                for first in (False, True)
            )
        ),
        ("Call Type", _SF_RECEIVED, _SF_ON_SCENE, _SF_HOOD, "Unit ID", *_SF_IDS),
    ),
]


HELDOUT33: list[Dataset] = [
    Dataset("youtube_trending_us", _youtube_frame, _YOUTUBE_QS),
    Dataset("world_development_indicators", _wdi_frame, _WDI_QS),
    Dataset("tsa_claims", _tsa_frame, _TSA_QS),
    Dataset("zillow_zhvi_zip", _zillow_frame, _ZILLOW_QS),
    Dataset("nyt_covid_us_counties", _nyt_frame, _NYT_QS),
    Dataset("gapminder", _gapminder_frame, _GAPMINDER_QS),
    Dataset("sf_fire_calls", _sf_fire_frame, _SF_FIRE_QS),
]
