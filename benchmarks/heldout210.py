"""HELDOUT210: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the layout of popular public downloads: a StockX seller sales history export with "Order
Number" ("21345678-21245678"), "Sale Date" ("2023-04-12 14:32:10"), Item (shoe name), Style ("DD1391-100"), Size
("10.5", "W 8", "GS 6Y"), "Sale Price", "Transaction Fee", "Payment Proc. fee", Shipping and "Total Payout" (all as
"$245.00"; the payout "$0.00" on orders that did not go through) and Status ("Completed", "Canceled", "Failed
Authentication"); an Amazon KDP prior months' royalties sheet (one row per month, title, marketplace, royalty type
and transaction type) with "Royalty Date" ("2023-04"), Title, "Author Name", "ASIN/ISBN", Marketplace ("Amazon.com",
"Amazon.co.uk", "Amazon.de", "Amazon.ca", "Amazon.com.au"), "Royalty Type" ("70%", "35%", "60%"), "Transaction
Type" ("Standard", "Free - Promotion", "Refund"), "Units Sold", "Units Refunded", "Net Units Sold", "Avg. List Price
without tax", "Avg. Offer Price without tax", "Avg. Delivery Cost" (blank for paperbacks), Royalty (in the
marketplace's currency, 0 for free copies, negative for refunds) and Currency ("USD", "GBP", "EUR", "CAD", "AUD");
a Screaming Frog "internal_all" crawl of one shop site with Address (full URLs), "Content Type" ("text/html;
charset=UTF-8", "image/jpeg", "text/css", "application/javascript"), "Status Code" (200, 301, 404, 410, 500, and 0
with Status "Blocked by robots.txt"), Status, Indexability ("Indexable" / "Non-Indexable"), "Indexability Status"
(blank when indexable: "Redirected", "Client Error", "Server Error", "Noindex", "Canonicalised", "Blocked by
robots.txt"), "Title 1", "Title 1 Length", "Meta Description 1", "Meta Description 1 Length", "H1-1" (blank for
non-HTML and for some pages), "Size (bytes)", "Word Count" (0 for non-HTML), "Crawl Depth", Inlinks, "Unique
Inlinks", Outlinks, "Response Time" (seconds, three decimals) and "Last Modified" (mostly blank); an Awair Element
export at 5-minute resolution for 10 days with timestamp ("2024-02-01T00:05:00.000Z"), score, temp (C), humid, co2,
voc, pm25, with dropped rows (wifi gaps) and a few blank cells; the UK Electoral Commission donations search export
with ECRef ("C0551234"), RegulatedEntityName, RegulatedEntityType ("Political Party", "Regulated Donee", "Third
Party"), Value ("£5,000.00"), AcceptedDate and ReportedDate ("15/03/2023", ReportedDate blank for a few), DonorName,
DonorStatus ("Individual", "Company", "Trade Union", "Unincorporated Association", "Limited Liability Partnership",
"Trust"), DonationType ("Cash", "Non Cash", "Visit"), NatureOfDonation (blank for cash), IsSponsorship ("True" /
"False") and ReportingPeriodName ("Q1 2023"); an NSW FuelCheck monthly price history (March 2024) with
ServiceStationName, Address, Suburb, Postcode, Brand, FuelCode (E10, U91, P95, P98, DL, PDL, LPG),
PriceUpdatedDate ("01/03/2024 09:15:00 AM", day first) and Price (cents per litre); and a SAMHSA TEDS-A public use
extract (admission year 2021) with numeric codes only: CASEID, ADMYR, AGE (bands 1-12), GENDER (1/2), RACE, ETHNIC,
STFIPS, SUB1 / SUB2 (substance codes, 1 = none), FREQ1, ROUTE1, PSOURCE (7 = court / criminal justice), NOPRIOR
(0-5, 5 = five or more) and SERVICES, with -9 for missing in every column. All are generated with fixed seeds
21001-21007.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pandas as pd

from .heldout37 import _count, _day, _lead, _named, _share, _text
from .heldout173 import _money, _num
from .offline_eval import Check, Dataset, Q, both, corr_of, either, has, labels_in
from .offline_eval import about as _about
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one

# --- shared helpers ------------------------------------------------------------------------------------------------


def _n(s: pd.Series) -> pd.Series:
    return pd.to_numeric(s, errors="coerce")


def _any_about(*values: Callable[[pd.DataFrame], float], rel: float = 0.01) -> Check:
    return either(*(_about(v, rel=rel) for v in values))


def _named_any(*values: Callable[[pd.DataFrame], str]) -> Check:
    return either(*(_named(v) for v in values))


def _top_label(scores: pd.Series, ascending: bool = False) -> str:
    s = scores.sort_values(ascending=ascending, kind="stable")
    return str(s.index[0])


# --- 1. StockX seller sales history --------------------------------------------------------------------------------

_SX_ITEMS = {
    "Nike Dunk Low Retro White Black Panda": ("DD1391-100", 140, 5),
    "Jordan 1 Retro High OG Chicago Lost and Found": ("DZ5485-612", 310, 2),
    "adidas Yeezy Boost 350 V2 Onyx": ("HQ4540", 235, 3),
    "Jordan 4 Retro Military Black": ("DH6927-111", 290, 3),
    "New Balance 550 White Green": ("BB550WT1", 120, 2),
    "Nike Air Force 1 Low '07 White": ("CW2288-111", 105, 2),
    "Jordan 11 Retro Cherry (2022)": ("CT8012-116", 230, 2),
    "Travis Scott x Jordan 1 Low OG Reverse Mocha": ("DM7866-162", 1150, 1),
    "Nike SB Dunk Low Jarritos": ("FD0860-001", 520, 1),
    "adidas Samba OG Cloud White Core Black": ("B75806", 130, 3),
}


def _usd(x: float) -> str:
    return f"${x:,.2f}"


def _stockx_frame() -> pd.DataFrame:
    rng = np.random.default_rng(21001)
    names = list(_SX_ITEMS)
    weights = [_SX_ITEMS[k][2] for k in names]
    start = pd.Timestamp("2022-06-01")
    rows = []
    for _ in range(640):
        item = _one(rng, names, weights)
        style, base, _ = _SX_ITEMS[item]
        t = start + pd.Timedelta(seconds=int(rng.integers(0, 600 * 86400)))
        price = float(round(base * rng.lognormal(0, 0.12)))
        if item.startswith("adidas Samba") or rng.random() < 0.15:
            size = _one(rng, ["W 6", "W 7", "W 7.5", "W 8", "W 8.5", "W 9"])
        elif rng.random() < 0.08:
            size = _one(rng, ["GS 4Y", "GS 5Y", "GS 6Y", "GS 7Y"])
        else:
            size = _one(rng, ["7", "8", "8.5", "9", "9.5", "10", "10.5", "11", "12", "13"])
        status = _one(rng, ["Completed", "Canceled", "Failed Authentication"], [90, 6, 4])
        fee_rate = 0.09 if t < pd.Timestamp("2023-03-01") else 0.08
        fee = round(price * fee_rate, 2)
        proc = round(price * 0.03, 2)
        ship = 0.0 if price >= 500 else 4.0
        payout = round(price - fee - proc - ship, 2) if status == "Completed" else 0.0
        rows.append(
            {
                "Order Number": "-".join(str(int(rng.integers(10_000_000, 99_999_999))) for _ in range(2)),
                "Sale Date": t.strftime("%Y-%m-%d %H:%M:%S"),
                "Item": item,
                "Style": style,
                "Size": size,
                "Sale Price": _usd(price),
                "Transaction Fee": _usd(fee),
                "Payment Proc. fee": _usd(proc),
                "Shipping": _usd(ship),
                "Total Payout": _usd(payout),
                "Status": status,
            }
        )
    df = pd.DataFrame(rows).sort_values("Sale Date", ascending=False, kind="stable")
    return df.reset_index(drop=True)


def _sx_done(d: pd.DataFrame) -> pd.DataFrame:
    return d[_text(d["Status"]).eq("Completed")]


def _sx_top(d: pd.DataFrame, done: bool) -> str:
    frame = _sx_done(d) if done else d
    return _top_label(_text(frame["Item"]).value_counts().sort_index())


def _sx_avg(d: pd.DataFrame, done: bool) -> float:
    frame = _sx_done(d) if done else d
    return float(_num(frame.loc[_text(frame["Item"]).eq(_sx_top(d, True)), "Sale Price"]).mean())


def _sx_best_month(d: pd.DataFrame) -> pd.Timestamp:
    month = pd.to_datetime(d["Sale Date"]).dt.to_period("M")
    return _num(d["Total Payout"]).groupby(month).sum().idxmax().to_timestamp()


_SX_ID = ("Order Number", "Sale Date", "Status")
_SX_QS = [
    Q(
        "how many sales actually went through",
        _count(lambda d: int(_text(d["Status"]).eq("Completed").sum())),
        ("Status", "Order Number", "Sale Date"),
    ),
    Q(
        "how much have i been paid out in total",
        _money(lambda d: float(_num(d["Total Payout"]).sum())),
        ("Total Payout", *_SX_ID),
    ),
    Q(
        "what's my best selling shoe",
        _lead(_named_any(lambda d: _sx_top(d, True), lambda d: _sx_top(d, False))),
        ("Item", "Style", *_SX_ID),
    ),
    Q(
        "what does it usually sell for",
        _any_about(
            lambda d: _sx_avg(d, True),
            lambda d: _sx_avg(d, False),
            lambda d: float(
                _num(_sx_done(d).loc[_text(_sx_done(d)["Item"]).eq(_sx_top(d, True)), "Sale Price"]).median()
            ),
        ),
        ("Sale Price", "Item", "Style", *_SX_ID),
    ),
    Q(
        "what percent of orders failed authentication",
        _share(lambda d: float(_text(d["Status"]).eq("Failed Authentication").mean())),
        ("Status", "Order Number", "Sale Date"),
    ),
    Q(
        "which month did i make the most money",
        _lead(_month_year(_sx_best_month)),
        ("Total Payout", "Sale Price", *_SX_ID),
    ),
]


# --- 2. Amazon KDP prior months' royalties ---------------------------------------------------------------------

_KDP_TITLES = {
    "The Lighthouse Keeper's Daughter": ("B09XK4L2QM", 4.99, 3.0),
    "Salt and Shadow: A Cornish Mystery": ("B0B7T5N1ZP", 3.99, 2.0),
    "The Lighthouse Keeper's Daughter (Paperback)": ("1739821406", 12.99, 1.0),
    "Murder at Polperro Cove": ("B0C1M8V3KD", 4.99, 1.6),
    "Ten Minute Sourdough": ("B0BQ2R7WHT", 2.99, 0.8),
}
_KDP_MARKETS = {
    "Amazon.com": ("USD", 1.0, 10),
    "Amazon.co.uk": ("GBP", 0.8, 6),
    "Amazon.de": ("EUR", 0.92, 2),
    "Amazon.ca": ("CAD", 1.36, 1.5),
    "Amazon.com.au": ("AUD", 1.52, 1.2),
}


def _kdp_frame() -> pd.DataFrame:
    rng = np.random.default_rng(21002)
    months = pd.period_range("2022-01", "2024-06", freq="M")
    rows = []
    for mi, month in enumerate(months):
        season = 1.0 + 0.35 * (month.month in (11, 12, 1)) + 0.02 * mi
        for title, (asin, usd, pop) in _KDP_TITLES.items():
            if title.startswith("Murder") and month < pd.Period("2022-10", "M"):
                continue
            paper = "Paperback" in title
            for market, (cur, fx, mpop) in _KDP_MARKETS.items():
                lam = pop * mpop * season * 1.3
                if rng.random() < 0.2 and market != "Amazon.com":
                    continue
                list_price = round(usd * fx, 2)
                rtype = "60%" if paper else ("70%" if usd >= 2.99 and market != "Amazon.com.au" else "35%")
                sold = int(rng.poisson(lam))
                refunded = int(rng.binomial(sold, 0.03)) if sold else 0
                offer = list_price if rng.random() > 0.1 else round(list_price * 0.6, 2)
                delivery = "" if paper else round(float(rng.uniform(0.02, 0.12)), 2)
                if paper:
                    unit = round(0.6 * offer - 4.2 * fx, 2)
                elif rtype == "70%":
                    unit = round(0.7 * (offer - float(delivery)), 2)
                else:
                    unit = round(0.35 * offer, 2)
                base = {
                    "Royalty Date": str(month),
                    "Title": title.replace(" (Paperback)", ""),
                    "Author Name": "E. J. Penrose" if not title.startswith("Ten") else "Elin Penrose",
                    "ASIN/ISBN": asin,
                    "Marketplace": market,
                    "Royalty Type": rtype,
                    "Avg. List Price without tax": list_price,
                    "Currency": cur,
                }
                if sold:
                    rows.append(
                        base
                        | {
                            "Transaction Type": "Standard",
                            "Units Sold": sold,
                            "Units Refunded": refunded,
                            "Net Units Sold": sold - refunded,
                            "Avg. Offer Price without tax": offer,
                            "Avg. Delivery Cost": delivery,
                            "Royalty": round(unit * (sold - refunded), 2),
                        }
                    )
                if not paper and rng.random() < 0.15:
                    free = int(rng.integers(20, 400))
                    rows.append(
                        base
                        | {
                            "Transaction Type": "Free - Promotion",
                            "Units Sold": free,
                            "Units Refunded": 0,
                            "Net Units Sold": free,
                            "Avg. Offer Price without tax": 0.0,
                            "Avg. Delivery Cost": delivery,
                            "Royalty": 0.0,
                        }
                    )
                if sold and rng.random() < 0.05:
                    rows.append(
                        base
                        | {
                            "Transaction Type": "Refund",
                            "Units Sold": 0,
                            "Units Refunded": 1,
                            "Net Units Sold": -1,
                            "Avg. Offer Price without tax": offer,
                            "Avg. Delivery Cost": delivery,
                            "Royalty": -unit,
                        }
                    )
    cols = [
        "Royalty Date",
        "Title",
        "Author Name",
        "ASIN/ISBN",
        "Marketplace",
        "Royalty Type",
        "Transaction Type",
        "Units Sold",
        "Units Refunded",
        "Net Units Sold",
        "Avg. List Price without tax",
        "Avg. Offer Price without tax",
        "Avg. Delivery Cost",
        "Royalty",
        "Currency",
    ]
    return pd.DataFrame(rows)[cols]


def _kdp_paid(d: pd.DataFrame) -> pd.DataFrame:
    return d[_text(d["Transaction Type"]).ne("Free - Promotion")]


def _kdp_month(d: pd.DataFrame, col: str) -> pd.Timestamp:
    month = pd.PeriodIndex(_text(d["Royalty Date"]), freq="M")
    return _n(d[col]).groupby(month).sum().idxmax().to_timestamp()


_KDP_ID = ("Royalty Date", "Title", "ASIN/ISBN", "Transaction Type")
_KDP_QS = [
    Q(
        "how many books did i sell on amazon.com",
        _any_about(
            lambda d: float(_n(d.loc[_text(d["Marketplace"]).eq("Amazon.com"), "Net Units Sold"]).sum()),
            lambda d: float(_n(d.loc[_text(d["Marketplace"]).eq("Amazon.com"), "Units Sold"]).sum()),
            lambda d: float(
                _n(_kdp_paid(d).loc[_text(_kdp_paid(d)["Marketplace"]).eq("Amazon.com"), "Net Units Sold"]).sum()
            ),
            lambda d: float(
                _n(_kdp_paid(d).loc[_text(_kdp_paid(d)["Marketplace"]).eq("Amazon.com"), "Units Sold"]).sum()
            ),
            rel=0.001,
        ),
        ("Marketplace", "Net Units Sold", "Units Sold", *_KDP_ID),
    ),
    Q(
        "which book earned the most in dollars",
        _lead(
            _named(
                lambda d: _top_label(
                    _n(d.loc[_text(d["Currency"]).eq("USD"), "Royalty"])
                    .groupby(_text(d.loc[_text(d["Currency"]).eq("USD"), "Title"]))
                    .sum()
                )
            )
        ),
        ("Title", "Royalty", "Currency", "Marketplace", *_KDP_ID),
    ),
    Q(
        "total usd royalties",
        _money(lambda d: float(_n(d.loc[_text(d["Currency"]).eq("USD"), "Royalty"]).sum())),
        ("Royalty", "Currency", "Marketplace", *_KDP_ID),
    ),
    Q(
        "how many copies got refunded",
        _count(lambda d: int(_n(d["Units Refunded"]).sum())),
        ("Units Refunded", *_KDP_ID),
    ),
    Q(
        "what share of all the units were free promo downloads",
        either(
            _share(
                lambda d: float(
                    _n(d.loc[_text(d["Transaction Type"]).eq("Free - Promotion"), "Units Sold"]).sum()
                    / _n(d["Units Sold"]).sum()
                )
            ),
            _share(
                lambda d: float(
                    _n(d.loc[_text(d["Transaction Type"]).eq("Free - Promotion"), "Net Units Sold"]).sum()
                    / _n(d["Net Units Sold"]).sum()
                )
            ),
        ),
        ("Transaction Type", "Units Sold", "Net Units Sold", *_KDP_ID),
    ),
    Q(
        "which month had the most paid sales",
        _lead(
            either(
                _month_year(lambda d: _kdp_month(_kdp_paid(d), "Net Units Sold")),
                _month_year(lambda d: _kdp_month(_kdp_paid(d), "Units Sold")),
            )
        ),
        ("Net Units Sold", "Units Sold", *_KDP_ID),
    ),
]


# --- 3. Screaming Frog internal_all crawl --------------------------------------------------------------------------

_SF_SITE = "https://www.harbourandhearth.co.uk"
_SF_SECTIONS = ["/products/", "/collections/", "/blog/", "/pages/", "/journal/"]
_SF_WORDS = ["oak", "linen", "candle", "throw", "lamp", "vase", "rug", "mug", "cushion", "table", "stool", "basket"]


def _screaming_frog_frame() -> pd.DataFrame:
    rng = np.random.default_rng(21003)
    rows = []
    for i in range(1400):
        kind = _one(rng, ["html", "image", "css", "js"], [70, 20, 5, 5])
        depth = int(min(rng.geometric(0.45), 7))
        if kind == "html":
            section = _one(rng, _SF_SECTIONS, [45, 15, 20, 10, 10])
            slug = "-".join(_one(rng, _SF_WORDS) for _ in range(int(rng.integers(2, 5))))
            address = f"{_SF_SITE}{section}{slug}-{i}"
            ctype = "text/html; charset=UTF-8"
        elif kind == "image":
            address = f"{_SF_SITE}/cdn/shop/files/IMG_{4000 + i}.jpg"
            ctype = "image/jpeg"
        elif kind == "css":
            address = f"{_SF_SITE}/cdn/shop/t/4/assets/theme-{i}.css"
            ctype = "text/css"
        else:
            address = f"{_SF_SITE}/cdn/shop/t/4/assets/app-{i}.js"
            ctype = "application/javascript"
        code = int(_one(rng, [200, 301, 404, 410, 500, 0], [86, 6, 4, 1, 1, 2]))
        status = {200: "OK", 301: "Moved Permanently", 404: "Not Found", 410: "Gone", 500: "Internal Server Error"}
        stat = status.get(code, "Blocked by robots.txt")
        if code == 0:
            ctype = ""
        reason = {301: "Redirected", 404: "Client Error", 410: "Client Error", 500: "Server Error"}.get(code, "")
        if code == 0:
            reason = "Blocked by robots.txt"
        if code == 200 and kind == "html":
            r = rng.random()
            reason = "Canonicalised" if r < 0.12 else ("Noindex" if r < 0.17 else "")
        html_ok = kind == "html" and code == 200
        title = meta = h1 = ""
        words = 0
        if html_ok:
            n = int(rng.integers(3, 12))
            title = " ".join(_one(rng, _SF_WORDS).title() for _ in range(n)) + " | Harbour & Hearth"
            if rng.random() < 0.03:
                title = ""
            if rng.random() > 0.18:
                meta = "Shop our " + " ".join(_one(rng, _SF_WORDS) for _ in range(int(rng.integers(8, 28)))) + "."
            h1 = "" if rng.random() < 0.07 else title.split(" | ")[0]
            words = int(rng.lognormal(6.0, 0.6))
        inlinks = int(max(1, rng.lognormal(3.2 - 0.35 * depth, 0.9) + (0.02 * words if html_ok else 0)))
        size = int(rng.lognormal(11.3, 0.5)) if kind == "html" else int(rng.lognormal(10.5, 1.0))
        rows.append(
            {
                "Address": address,
                "Content Type": ctype,
                "Status Code": code,
                "Status": stat,
                "Indexability": "Non-Indexable" if reason else "Indexable",
                "Indexability Status": reason,
                "Title 1": title,
                "Title 1 Length": len(title) if html_ok else "",
                "Meta Description 1": meta,
                "Meta Description 1 Length": len(meta) if html_ok else "",
                "H1-1": h1,
                "Size (bytes)": size if code else 0,
                "Word Count": words,
                "Crawl Depth": depth,
                "Inlinks": inlinks,
                "Unique Inlinks": max(1, int(inlinks * rng.uniform(0.5, 1.0))),
                "Outlinks": int(rng.integers(40, 160)) if html_ok else 0,
                "Response Time": round(float(rng.lognormal(-1.4, 0.5)) + (0.5 if code == 500 else 0), 3)
                if code
                else "",
                "Last Modified": "" if rng.random() < 0.9 else "Tue, 05 Mar 2024 11:20:41 GMT",
            }
        )
    return pd.DataFrame(rows)


def _sf_html(d: pd.DataFrame) -> pd.Series:
    return _text(d["Content Type"]).str.startswith("text/html")


def _sf_non(d: pd.DataFrame) -> pd.DataFrame:
    return d[_text(d["Indexability"]).eq("Non-Indexable")]


_SF_ID = ("Address", "Content Type", "Status Code")
_SF_QS = [
    Q(
        "how many broken pages are there",
        either(
            _count(lambda d: int(_n(d["Status Code"]).eq(404).sum())),
            _count(lambda d: int(_n(d["Status Code"]).between(400, 499).sum())),
            _count(lambda d: int((_n(d["Status Code"]).between(400, 499) & _sf_html(d)).sum())),
            _count(lambda d: int((_n(d["Status Code"]).eq(404) & _sf_html(d)).sum())),
        ),
        ("Status Code", "Status", *_SF_ID),
    ),
    Q(
        "how many urls aren't indexable",
        _count(lambda d: int(_text(d["Indexability"]).eq("Non-Indexable").sum())),
        ("Indexability", "Indexability Status", *_SF_ID),
    ),
    Q(
        "what's the most common reason for those",
        _lead(_named(lambda d: _top_label(_text(_sf_non(d)["Indexability Status"]).value_counts().sort_index()))),
        ("Indexability Status", "Indexability", *_SF_ID),
    ),
    Q(
        "how many page titles are over 60 characters",
        _count(lambda d: int((_n(d["Title 1 Length"]) > 60).sum())),
        ("Title 1 Length", "Title 1", *_SF_ID),
    ),
    Q(
        "average response time for the html pages",
        _any_about(
            lambda d: float(_n(d.loc[_sf_html(d), "Response Time"]).mean()),
            lambda d: float(_n(d.loc[_sf_html(d) & _n(d["Status Code"]).eq(200), "Response Time"]).mean()),
            rel=0.01,
        ),
        ("Response Time", *_SF_ID),
    ),
    Q(
        "do pages with more words get more inlinks",
        either(
            corr_of(lambda d: _n(d.loc[_sf_html(d), "Word Count"]), lambda d: _n(d.loc[_sf_html(d), "Inlinks"])),
            corr_of(lambda d: _n(d["Word Count"]), lambda d: _n(d["Inlinks"])),
            corr_of(
                lambda d: _n(d.loc[_n(d["Word Count"]) > 0, "Word Count"]),
                lambda d: _n(d.loc[_n(d["Word Count"]) > 0, "Inlinks"]),
            ),
        ),
        ("Word Count", "Inlinks", "Unique Inlinks", *_SF_ID),
    ),
]


# --- 4. Awair Element 5-minute export ------------------------------------------------------------------------------


def _awair_frame() -> pd.DataFrame:
    rng = np.random.default_rng(21004)
    stamps = pd.date_range("2024-02-01 00:00", periods=10 * 288, freq="5min")
    rows = []
    gap_until = -1
    for i, t in enumerate(stamps):
        if i < gap_until:
            continue
        if rng.random() < 0.004:
            gap_until = i + int(rng.integers(3, 40))
            continue
        local_hour = (t.hour - 8) % 24
        home = local_hour >= 18 or local_hour < 8 or t.dayofweek >= 5
        asleep = local_hour >= 23 or local_hour < 7
        co2 = 450 + (380 if home else 60) + (300 if asleep else 0) + rng.normal(0, 60)
        if t.day == 7 and 18 <= local_hour <= 23:
            co2 += 500
        temp = 19.5 + (1.8 if home and not asleep else 0) + 0.8 * np.sin(2 * np.pi * (local_hour - 9) / 24)
        temp += rng.normal(0, 0.25)
        humid = 52 - 2.2 * (temp - 20) + rng.normal(0, 2.5)
        voc = max(20, rng.lognormal(5.6 + (0.5 if home and not asleep else 0), 0.45))
        pm = max(
            0, rng.lognormal(1.4, 0.6) + (25 * rng.random() if local_hour in (18, 19) and rng.random() < 0.3 else 0)
        )
        score = 100 - max(0, (co2 - 600) / 25) - max(0, (voc - 333) / 60) - max(0, pm - 15) / 2
        score -= 2 * abs(temp - 21) + max(0, abs(humid - 50) - 10) / 2
        row = {
            "timestamp": t.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
            "score": int(np.clip(round(score), 10, 100)),
            "temp": round(temp, 2),
            "humid": round(humid, 2),
            "co2": round(co2),
            "voc": round(voc),
            "pm25": round(pm, 1),
        }
        if rng.random() < 0.01:
            row["pm25"] = np.nan
        if rng.random() < 0.004:
            row["voc"] = np.nan
        rows.append(row)
    return pd.DataFrame(rows)


def _aw_daily_score(d: pd.DataFrame) -> pd.Series:
    day = pd.to_datetime(_text(d["timestamp"]).str.slice(0, 10))
    return _n(d["score"]).groupby(day).mean()


def _aw_min_day(d: pd.DataFrame) -> pd.Timestamp:
    t = pd.to_datetime(_text(d["timestamp"]).str.slice(0, 10))
    s = _n(d["score"])
    return t[s.idxmin()]


_AW_QS = [
    Q("what's the average co2 level", _about(lambda d: float(_n(d["co2"]).mean()), rel=0.002), ("co2", "timestamp")),
    Q(
        "how often did it go above 1000",
        either(
            _count(lambda d: int((_n(d["co2"]) > 1000).sum())),
            _share(lambda d: float((_n(d["co2"]) > 1000).mean())),
        ),
        ("co2", "timestamp"),
    ),
    Q(
        "which day had the worst air",
        _lead(
            either(
                _day(lambda d: _top_label(_aw_daily_score(d), ascending=True)),
                _day(_aw_min_day),
            )
        ),
        ("score", "timestamp"),
    ),
    Q(
        "is humidity related to temperature?",
        corr_of(lambda d: _n(d["temp"]), lambda d: _n(d["humid"])),
        ("temp", "humid", "timestamp"),
    ),
    Q(
        "how many pm2.5 readings are missing",
        either(
            _count(lambda d: int(_n(d["pm25"]).isna().sum())),
            _count(lambda d: int(_n(d["pm25"]).isna().sum()) + 10 * 288 - len(d)),
        ),
        ("pm25", "timestamp"),
    ),
    Q("highest pm2.5 it recorded?", has(lambda d: float(_n(d["pm25"]).max())), ("pm25", "timestamp")),
]


# --- 5. UK Electoral Commission donations --------------------------------------------------------------------------

_EC_PARTIES = {
    "Conservative and Unionist Party": 30,
    "Labour Party": 26,
    "Liberal Democrats": 10,
    "Scottish National Party (SNP)": 4,
    "Green Party": 5,
    "Reform UK": 4,
    "Plaid Cymru - The Party of Wales": 2,
}
_EC_DONEES = ["Rt Hon Keir Starmer MP", "Rt Hon Rishi Sunak MP", "Ms Rachel Reeves MP", "Mr Tom Tugendhat MP"]
_EC_FIRSTS = ["John", "Sarah", "David", "Lord", "Michael", "Anne", "Peter", "Fiona", "Richard", "Helen", "Mohamed"]
_EC_LASTS = ["Smith", "Harrison", "Wright", "Bamford", "Sainsbury", "Khan", "Green", "Fraser", "Ashcroft", "Lewis"]
_EC_COMPANIES = ["JCB Research", "IPGL Ltd", "Quidem Ltd", "Bestway Wholesale Ltd", "Dextrous Ltd", "Unite Group Plc"]
_EC_UNIONS = ["Unite the Union", "UNISON", "GMB", "USDAW", "Communication Workers Union"]
_EC_NATURE = ["Sponsorship", "Administration services", "Staff costs", "Office accommodation", "Other"]


def _gbp(x: float) -> str:
    return f"£{x:,.2f}"


def _donations_frame() -> pd.DataFrame:
    rng = np.random.default_rng(21005)
    rows = []
    for i in range(1600):
        etype = _one(rng, ["Political Party", "Regulated Donee", "Third Party"], [85, 12, 3])
        if etype == "Political Party":
            entity = _one(rng, list(_EC_PARTIES), list(_EC_PARTIES.values()))
        elif etype == "Regulated Donee":
            entity = _one(rng, _EC_DONEES)
        else:
            entity = _one(rng, ["Hope not Hate", "Best for Britain"])
        status = _one(
            rng,
            [
                "Individual",
                "Company",
                "Trade Union",
                "Unincorporated Association",
                "Limited Liability Partnership",
                "Trust",
            ],
            [55, 25, 10, 5, 3, 2],
        )
        if status == "Trade Union" and entity not in ("Labour Party", "Rt Hon Keir Starmer MP", "Ms Rachel Reeves MP"):
            status = "Individual"
        if status == "Individual":
            donor = f"{_one(rng, _EC_FIRSTS)} {_one(rng, _EC_LASTS)}"
        elif status == "Company":
            donor = _one(rng, _EC_COMPANIES)
        elif status == "Trade Union":
            donor = _one(rng, _EC_UNIONS)
        else:
            donor = f"{_one(rng, _EC_LASTS)} {_one(rng, ['Club', 'Partners LLP', 'Charitable Trust'])}"
        dtype = _one(rng, ["Cash", "Non Cash", "Visit"], [78, 19, 3])
        value = float(round(max(500.01, rng.lognormal(9.2, 1.25)), -1 if rng.random() < 0.7 else 0))
        if status == "Trade Union":
            value *= 4
        nature = "" if dtype == "Cash" else ("Visit" if dtype == "Visit" else _one(rng, _EC_NATURE))
        accepted = pd.Timestamp("2021-01-01") + pd.Timedelta(days=int(rng.integers(0, 3 * 365 + 180)))
        reported = accepted + pd.Timedelta(days=int(rng.integers(20, 110)))
        rows.append(
            {
                "ECRef": f"C{551000 + i * 3 + int(rng.integers(0, 3)):07d}",
                "RegulatedEntityName": entity,
                "RegulatedEntityType": etype,
                "Value": value,
                "AcceptedDate": accepted.strftime("%d/%m/%Y"),
                "ReportedDate": "" if rng.random() < 0.02 else reported.strftime("%d/%m/%Y"),
                "DonorName": donor,
                "DonorStatus": status,
                "DonationType": dtype,
                "NatureOfDonation": nature,
                "IsSponsorship": "True" if nature == "Sponsorship" else "False",
                "ReportingPeriodName": f"Q{(reported.month - 1) // 3 + 1} {reported.year}",
            }
        )
    df = pd.DataFrame(rows)
    big = int(df["Value"].idxmax())
    df.loc[big, "Value"] = round(float(df["Value"].max()) * 1.6, -3)
    df.loc[big, ["DonorStatus", "DonationType", "NatureOfDonation"]] = ["Individual", "Cash", ""]
    df.loc[big, "DonorName"] = "Mr Frank Hester"
    df.loc[big, ["RegulatedEntityName", "RegulatedEntityType"]] = ["Conservative and Unionist Party", "Political Party"]
    df["Value"] = df["Value"].map(_gbp)
    return df


def _ec_value(d: pd.DataFrame) -> pd.Series:
    return _num(d["Value"])


def _ec_year(d: pd.DataFrame, col: str) -> pd.Series:
    return pd.to_datetime(_text(d[col]), format="%d/%m/%Y", errors="coerce").dt.year


_EC_ID = ("ECRef", "RegulatedEntityName", "AcceptedDate")
_EC_QS = [
    Q(
        "how much did labour get in total",
        _money(lambda d: float(_ec_value(d)[_text(d["RegulatedEntityName"]).eq("Labour Party")].sum())),
        ("Value", *_EC_ID),
    ),
    Q(
        "which party got the most money",
        _lead(_named(lambda d: _top_label(_ec_value(d).groupby(_text(d["RegulatedEntityName"])).sum()))),
        ("Value", "RegulatedEntityType", *_EC_ID),
    ),
    Q(
        "how many donations came from companies",
        _count(lambda d: int(_text(d["DonorStatus"]).eq("Company").sum())),
        ("DonorStatus", *_EC_ID),
    ),
    Q(
        "who gave the single biggest donation and how much was it",
        both(
            labels_in(lambda d: [str(d.loc[_ec_value(d).idxmax(), "DonorName"])]),
            _money(lambda d: float(_ec_value(d).max())),
        ),
        ("DonorName", "Value", *_EC_ID),
    ),
    Q(
        "what share of the money was cash",
        _share(lambda d: float(_ec_value(d)[_text(d["DonationType"]).eq("Cash")].sum() / _ec_value(d).sum())),
        ("DonationType", "Value", *_EC_ID),
    ),
    Q(
        "total donated in 2023?",
        either(
            _money(lambda d: float(_ec_value(d)[_ec_year(d, "AcceptedDate").eq(2023)].sum())),
            _money(lambda d: float(_ec_value(d)[_ec_year(d, "ReportedDate").eq(2023)].sum())),
            _money(lambda d: float(_ec_value(d)[_text(d["ReportingPeriodName"]).str.endswith("2023")].sum())),
        ),
        ("Value", "ReportedDate", "ReportingPeriodName", *_EC_ID),
    ),
]


# --- 6. NSW FuelCheck monthly price history ------------------------------------------------------------------------

_FC_BRANDS = {"Ampol": 1.5, "BP": 1.0, "Shell": 1.0, "7-Eleven": 3.0, "Caltex": -0.5, "Metro Fuel": -6.0}
_FC_BRANDS |= {"Costco": -14.0, "United": -3.5, "EG Ampol": 0.5}
_FC_SUBURBS = {
    "Parramatta": "2150",
    "Blacktown": "2148",
    "Penrith": "2750",
    "Chatswood": "2067",
    "Liverpool": "2170",
    "Bondi Junction": "2022",
    "Hornsby": "2077",
    "Newcastle West": "2302",
    "Wollongong": "2500",
    "Dubbo": "2830",
}
_FC_BASE = {"E10": 192.0, "U91": 195.0, "P95": 211.0, "P98": 219.0, "DL": 201.0, "PDL": 209.0, "LPG": 104.0}
_FC_STREETS = ["Great Western Hwy", "Church St", "Pacific Hwy", "Hume Hwy", "Victoria Rd", "Main St", "Princes Hwy"]


def _fuelcheck_frame() -> pd.DataFrame:
    rng = np.random.default_rng(21006)
    stations = []
    for k in range(60):
        brand = _one(rng, list(_FC_BRANDS), [12, 10, 8, 12, 3, 5, 1, 4, 3])
        suburb = _one(rng, list(_FC_SUBURBS))
        street = f"{int(rng.integers(1, 900))} {_one(rng, _FC_STREETS)}"
        name = f"{brand} {suburb}" + (f" {k}" if rng.random() < 0.5 else "")
        fuels = [f for f in _FC_BASE if f in ("E10", "U91", "DL") or rng.random() < 0.7]
        if brand == "Costco":
            fuels = ["U91", "P98", "DL"]
        stations.append((name, f"{street}, {suburb.upper()} NSW {_FC_SUBURBS[suburb]}", suburb, brand, fuels))
    rows = []
    for name, address, suburb, brand, fuels in stations:
        regional = 4.0 if suburb in ("Dubbo", "Newcastle West") else 0.0
        for fuel in fuels:
            t = pd.Timestamp("2024-03-01") + pd.Timedelta(minutes=int(rng.integers(300, 1000)))
            while t < pd.Timestamp("2024-04-01"):
                cycle = 9 * np.sin(2 * np.pi * (t.dayofyear - 60) / 17) + 0.25 * (t.day - 1)
                price = _FC_BASE[fuel] + _FC_BRANDS[brand] + regional + cycle + rng.normal(0, 2.5)
                if fuel in ("DL", "PDL"):
                    price += 2.5 if suburb in ("Bondi Junction", "Chatswood") else 0
                rows.append(
                    {
                        "ServiceStationName": name,
                        "Address": address,
                        "Suburb": suburb,
                        "Postcode": int(_FC_SUBURBS[suburb]),
                        "Brand": brand,
                        "FuelCode": fuel,
                        "PriceUpdatedDate": t.strftime("%d/%m/%Y %I:%M:%S %p"),
                        "Price": round(float(price), 1),
                    }
                )
                t += pd.Timedelta(hours=float(rng.exponential(60)) + 6)
    return pd.DataFrame(rows).sort_values(["ServiceStationName", "FuelCode"], kind="stable").reset_index(drop=True)


def _fc_fuel(d: pd.DataFrame, code: str) -> pd.DataFrame:
    return d[_text(d["FuelCode"]).eq(code)]


def _fc_when(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(_text(d["PriceUpdatedDate"]), format="%d/%m/%Y %I:%M:%S %p", errors="coerce")


_FC_ID = ("ServiceStationName", "FuelCode", "PriceUpdatedDate")
_FC_QS = [
    Q(
        "whats the average e10 price",
        _any_about(
            lambda d: float(_n(_fc_fuel(d, "E10")["Price"]).mean()),
            lambda d: float(_n(_fc_fuel(d, "E10")["Price"]).median()),
            rel=0.002,
        ),
        ("Price", *_FC_ID),
    ),
    Q(
        "cheapest brand for unleaded 91?",
        _lead(
            _named(
                lambda d: _top_label(
                    _n(_fc_fuel(d, "U91")["Price"]).groupby(_text(_fc_fuel(d, "U91")["Brand"])).mean(), True
                )
            )
        ),
        ("Price", "Brand", *_FC_ID),
    ),
    Q(
        "how many servos are in here",
        either(
            _count(lambda d: int(_text(d["ServiceStationName"]).nunique())),
            _count(lambda d: int(_text(d["Address"]).nunique())),
        ),
        ("ServiceStationName", "Address"),
    ),
    Q(
        "which suburb has the priciest diesel",
        _lead(
            _named_any(
                lambda d: _top_label(_n(_fc_fuel(d, "DL")["Price"]).groupby(_text(_fc_fuel(d, "DL")["Suburb"])).mean()),
                lambda d: str(_fc_fuel(d, "DL").loc[_n(_fc_fuel(d, "DL")["Price"]).idxmax(), "Suburb"]),
            )
        ),
        ("Price", "Suburb", *_FC_ID),
    ),
    Q(
        "how much more does p98 cost than u91 on average",
        _about(
            lambda d: float(_n(_fc_fuel(d, "P98")["Price"]).mean() - _n(_fc_fuel(d, "U91")["Price"]).mean()),
            rel=0.02,
        ),
        ("Price", *_FC_ID),
    ),
    Q(
        "which day was u91 cheapest",
        _lead(
            _day(
                lambda d: _top_label(
                    _n(_fc_fuel(d, "U91")["Price"]).groupby(_fc_when(_fc_fuel(d, "U91")).dt.normalize()).mean(), True
                )
            )
        ),
        ("Price", *_FC_ID),
    ),
]


# --- 7. SAMHSA TEDS-A admissions (codes only) ----------------------------------------------------------------------

_TEDS_STATES = [6, 36, 42, 25, 12, 17, 26, 39, 53, 9, 24, 34]
_TEDS_SUB = {2: 30, 3: 5, 4: 11, 5: 22, 7: 9, 10: 15, 1: 1, 12: 1, 13: 2, 6: 1, 8: 0.5, 19: 1}


def _teds_frame() -> pd.DataFrame:
    rng = np.random.default_rng(21007)
    n = 5000
    subs = list(_TEDS_SUB)
    rows = []
    for i in range(n):
        sub1 = int(_one(rng, subs, list(_TEDS_SUB.values())))
        age = int(_one(rng, list(range(1, 13)), [0.3, 1, 3, 8, 12, 14, 13, 11, 10, 14, 10, 3]))
        gender = int(_one(rng, [1, 2, -9], [64, 35.9, 0.1 + 0.6]))
        route = {2: 1, 3: 2, 4: 2, 5: 4 if rng.random() < 0.55 else 3, 7: 1 if rng.random() < 0.7 else 3}.get(sub1, 0)
        if sub1 == 10:
            route = int(_one(rng, [2, 4, 3, 1], [60, 25, 10, 5]))
        if route == 0:
            route = int(_one(rng, [1, 2, 3, 4, 5], [50, 30, 10, 5, 5]))
        if sub1 == 1:
            route = -9
        psource = int(_one(rng, [1, 2, 3, 4, 5, 6, 7, -9], [37, 9, 9, 0.5, 0.7, 11, 28 if sub1 in (4, 10) else 20, 3]))
        noprior = int(_one(rng, [0, 1, 2, 3, 4, 5, -9], [35, 20, 11, 7, 4, 13, 10]))
        if sub1 in (5, 7) and noprior >= 0 and rng.random() < 0.35:
            noprior = min(5, noprior + 2)
        rows.append(
            {
                "CASEID": 20210000001 + i * 7 + int(rng.integers(0, 7)),
                "ADMYR": 2021,
                "AGE": age,
                "GENDER": gender,
                "RACE": int(_one(rng, [5, 4, 2, 13, 1, 6, 3, -9], [62, 17, 2, 7, 1.5, 1, 0.5, 9])),
                "ETHNIC": int(_one(rng, [4, 5, 1, 2, 3, -9], [80, 4, 3, 4, 1, 8])),
                "STFIPS": int(_one(rng, _TEDS_STATES)),
                "SUB1": sub1,
                "SUB2": int(_one(rng, [1, *subs[:7], -9], [40, 10, 6, 12, 3, 4, 2, 3, 10])),
                "FREQ1": -9 if sub1 == 1 else int(_one(rng, [1, 2, 3, -9], [30, 25, 38, 7])),
                "ROUTE1": route,
                "PSOURCE": psource,
                "NOPRIOR": noprior,
                "SERVICES": int(_one(rng, [1, 2, 3, 4, 5, 6, 7, 8], [6, 10, 1, 3, 7, 2, 58, 13])),
            }
        )
    return pd.DataFrame(rows)


def _teds_ok(d: pd.DataFrame, col: str) -> pd.Series:
    s = _n(d[col])
    return s[s.ne(-9)]


_TEDS_ID = ("CASEID", "ADMYR")
_TEDS_QS = [
    Q("how many admissions are in this file", _count(lambda d: len(d)), ("CASEID", "ADMYR")),
    Q(
        "whats the most common primary substance code",
        _lead(has(lambda d: float(_top_label(_n(d["SUB1"]).value_counts().sort_index())))),
        ("SUB1", *_TEDS_ID),
    ),
    Q(
        "what share were referred by the courts? that's psource 7",
        either(
            _share(lambda d: float(_n(d["PSOURCE"]).eq(7).mean())),
            _share(lambda d: float(_teds_ok(d, "PSOURCE").eq(7).mean())),
        ),
        ("PSOURCE", *_TEDS_ID),
    ),
    Q(
        "and among women (gender 2)?",
        either(
            _share(lambda d: float(_n(d.loc[_n(d["GENDER"]).eq(2), "PSOURCE"]).eq(7).mean())),
            _share(lambda d: float(_teds_ok(d[_n(d["GENDER"]).eq(2)], "PSOURCE").eq(7).mean())),
        ),
        ("PSOURCE", "GENDER", *_TEDS_ID),
    ),
    Q(
        "average number of prior treatments, -9 is missing",
        _about(lambda d: float(_teds_ok(d, "NOPRIOR").mean()), rel=0.01),
        ("NOPRIOR", *_TEDS_ID),
    ),
    Q(
        "for heroin (sub1 = 5) what percent inject? injection is route1 4",
        either(
            _share(lambda d: float(_n(d.loc[_n(d["SUB1"]).eq(5), "ROUTE1"]).eq(4).mean())),
            _share(lambda d: float(_teds_ok(d[_n(d["SUB1"]).eq(5)], "ROUTE1").eq(4).mean())),
        ),
        ("SUB1", "ROUTE1", *_TEDS_ID),
    ),
]


HELDOUT210: list[Dataset] = [
    Dataset("stockx_seller_sales_history", _stockx_frame, _SX_QS),
    Dataset("amazon_kdp_prior_months_royalties", _kdp_frame, _KDP_QS),
    Dataset("screaming_frog_internal_all", _screaming_frog_frame, _SF_QS),
    Dataset("awair_element_5min_export", _awair_frame, _AW_QS),
    Dataset("uk_electoral_commission_donations", _donations_frame, _EC_QS),
    Dataset("nsw_fuelcheck_price_history", _fuelcheck_frame, _FC_QS),
    Dataset("samhsa_teds_a_admissions", _teds_frame, _TEDS_QS),
]
