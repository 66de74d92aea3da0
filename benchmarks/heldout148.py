"""HELDOUT148: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public downloads: a Meetup event attendee list export for one
big event (20 June 2024) with Name, "User ID", Title (mostly blank), "Event Host" ("Yes" or blank), RSVP (Yes / No /
Waitlist), Guests (0-3), "RSVPed on" as "05/02/2024 02:05 PM", "Joined Group on" as "03/14/2021", "URL of Member
Profile", an Attendance mark ("Attended" / "No show" / blank when not taken) and the free-text answer to the
group's join question; a WooCommerce Subscriptions CSV export (2022 to mid 2024) with subscription_id,
subscription_status as "wc-active" / "wc-cancelled" / "wc-on-hold" / "wc-pending-cancel" / "wc-expired",
customer_id, start_date "2023-04-12 10:22:13", trial_end_date / next_payment_date / last_payment_date / end_date
with "0" where unset, billing_period (month / year), billing_interval, order_shipping, order_tax, cart_discount,
order_total, order_currency, payment_method (stripe / paypal / stripe_sepa) and its title, billing first / last
name, email, billing_country (two-letter), order_items as "product_id:812|name:Coffee Club - Monthly|quantity:1|
total:24.00" and coupon_items (mostly blank); a Vercel usage export (January to March 2024) in long form, one row per
Date ("2024-03-01"), Team, Project and Resource ("Fast Data Transfer", "Edge Requests", "Function Invocations",
"Function Duration", "Image Optimization - Source Images", "Build Minutes"; Build Minutes rows only on days with
builds) with Usage, Unit ("GB", "Requests", "Invocations", "GB-Hrs", "Images", "Minutes") and Cost as "$1.23"; an
Ally Bank checking export (2023-2024) whose header has a space after each comma (columns "Date", " Time",
" Amount", " Type", " Description"), Date as "2024-01-15", Time as "14:22:05", signed Amount, Type Withdrawal /
Deposit and upper-case descriptions (payroll direct deposits, "Interest Paid", Zelle, checks, card purchases);
Destatis foreign trade by partner country (2008-2023) with Year, "Country code" (ISO two-letter), Country,
"Exports (EUR thousand)" and "Imports (EUR thousand)", "." where not available, a "Total" row per year (all
countries, more than the 42 listed) and an "EU member states (EU27_2020)" aggregate; FEMA Disaster Declarations
Summaries (2012-2023) with one row per declared county or area, so a disaster repeats (femaDeclarationString
"DR-4673-CA", disasterNumber, state, declarationType DR / EM / FM, declarationDate "2023-01-14T00:00:00.000Z",
fyDeclared, incidentType, upper-case declarationTitle, ihProgramDeclared / iaProgramDeclared / paProgramDeclared /
hmProgramDeclared as 0/1, incidentBeginDate, incidentEndDate (some blank), disasterCloseoutDate (mostly blank),
fipsStateCode, fipsCountyCode, designatedArea as "Harris (County)" or "Statewide", declarationRequestNumber and
id); and a World Bank DataBank download of CO2 emissions in wide form (one column per year, "1990 [YR1990]" ...
"2020 [YR2020]") with "Country Name", "Country Code", "Series Name", "Series Code" for three series (per capita
in metric tons, total kt, and the liquid-fuel share), countries and aggregates (World, regions, income groups) mixed,
".." for missing values, and the DataBank footer rows ("Data from database: World Development Indicators", "Last
Updated: ..."). All are generated with fixed seeds 14801-14807.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _day, _lead, _named, _pct, _share, _split, _year
from .heldout42 import _ranked
from .offline_eval import Check, Dataset, Q, either
from .offline_eval import about as _about
from .offline_eval import month_year as _month_year
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------


def _top(scores: pd.Series) -> str:
    """The best label of a score series (ties in label order)."""
    return str(_ranked(scores).index[0])


def _money(value: Callable[[pd.DataFrame], Any]) -> Check:
    """An amount in full or as thousands / millions / billions ("$1.2M", "84.3k")."""
    return _scaled(value, (1e3, 1e6, 1e9))


def _num(s: pd.Series) -> pd.Series:
    """Numbers from a text column ("$1,234.50", ".", "..", blanks as NaN)."""
    return pd.to_numeric(s.astype("string").str.replace(r"[$,\s]", "", regex=True), errors="coerce")


# --- 1. Meetup event attendee list ---------------------------------------------------------------------------------

_MU_FIRST = _split("Anna;Ben;Carlos;Dana;Elif;Farid;Grace;Hiro;Ines;Jon;Kofi;Lena;Mateo;Nora;Omar;Priya;Quinn;Rosa")
_MU_FIRST += _split("Sam;Tara;Umar;Vera;Wes;Xin;Yara;Zoe;Alex;Chris;Jamie;Taylor")
_MU_LAST = _split("Smith;Nguyen;Garcia;Kim;Patel;Brown;Lee;Cohen;Silva;Novak;Okafor;Rossi;Meyer;Khan;Ito;Lopez")
_MU_TITLES = ["Data Engineer", "Founder", "Student", "PM @ fintech", "Software Engineer", "ML person", "Designer"]
_MU_ANSWERS = ["", "", "LLMs in production", "networking", "learning Python", "hiring!", "vector databases", "MLOps"]
_MU_EVENT = pd.Timestamp("2024-06-20 18:30")
_MU_RSVP_FMT = "%m/%d/%Y %I:%M %p"


def _meetup_frame() -> pd.DataFrame:
    rng = np.random.default_rng(14801)
    rows = []
    announce = pd.Timestamp("2024-05-28 09:00")
    span = (_MU_EVENT - announce).total_seconds()
    for i in range(540):
        first, last = _one(rng, _MU_FIRST), _one(rng, _MU_LAST)
        # most RSVPs arrive right after the announcement, a second wave after the reminder on 06/17
        if rng.random() < 0.45:
            when = announce + pd.Timedelta(hours=float(rng.exponential(20)))
        elif rng.random() < 0.35:
            when = pd.Timestamp("2024-06-17 10:00") + pd.Timedelta(hours=float(rng.exponential(14)))
        else:
            when = announce + pd.Timedelta(seconds=float(rng.uniform(0, span)))
        when = min(when, _MU_EVENT - pd.Timedelta(minutes=30)).floor("min")
        rsvp = _one(rng, ["Yes", "No", "Waitlist"], [7, 1.5, 1.2])
        joined = pd.Timestamp("2016-03-01") + pd.Timedelta(days=int(rng.integers(0, 3000)))
        if rng.random() < 0.3:
            joined = pd.Timestamp("2024-01-01") + pd.Timedelta(days=int(rng.integers(0, 170)))
        joined = min(joined, when.normalize())
        attendance = ""
        if rsvp == "Yes" and rng.random() < 0.93:
            attendance = "Attended" if rng.random() < (0.55 if joined.year == 2024 else 0.68) else "No show"
        host = "Yes" if i < 4 else ""
        uid = int(rng.integers(10**7, 4 * 10**8))
        rows.append(
            {
                "Name": f"{first} {last[0]}." if rng.random() < 0.3 else f"{first} {last}",
                "User ID": uid,
                "Title": _one(rng, _MU_TITLES) if rng.random() < 0.25 else "",
                "Event Host": host,
                "RSVP": "Yes" if host else rsvp,
                "Guests": int(_one(rng, [0, 1, 2, 3], [85, 11, 3, 1])) if rsvp == "Yes" else 0,
                "RSVPed on": when.strftime(_MU_RSVP_FMT),
                "Joined Group on": joined.strftime("%m/%d/%Y"),
                "URL of Member Profile": f"https://www.meetup.com/bay-area-ai/members/{uid}/",
                "Attendance": "Attended" if host else attendance,
                "What brings you to the group?": _one(rng, _MU_ANSWERS),
            }
        )
    return pd.DataFrame(rows)


def _mu(d: pd.DataFrame) -> pd.DataFrame:
    out = d.copy()
    out["_when"] = pd.to_datetime(out["RSVPed on"], format=_MU_RSVP_FMT)
    out["_joined"] = pd.to_datetime(out["Joined Group on"], format="%m/%d/%Y")
    out["_yes"] = out["RSVP"].astype("string").fillna("").str.strip() == "Yes"
    out["_att"] = out["Attendance"].astype("string").fillna("")
    return out


def _mu_noshow(base_marked: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        x = _mu(d)
        x = x[x["_yes"]]
        base = x[x["_att"] != ""] if base_marked else x
        return float((base["_att"] == "No show").sum() / len(base))

    return value


def _mu_peak_day(yes_only: bool) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def value(d: pd.DataFrame) -> pd.Timestamp:
        x = _mu(d)
        x = x[x["_yes"]] if yes_only else x
        return pd.Timestamp(_top(x.groupby(x["_when"].dt.strftime("%Y-%m-%d")).size()))

    return value


_MU_WHO = ("Name", "User ID")
_MEETUP_QS = [
    Q(
        "how many people are coming",
        either(
            _count(lambda d: int(_mu(d)["_yes"].sum())),
            _count(lambda d: int(_mu(d)["_yes"].sum() + _mu(d).loc[_mu(d)["_yes"], "Guests"].sum())),
        ),
        (*_MU_WHO, "RSVP", "Guests"),
    ),
    Q(
        "how many guests are they bringing altogether",
        either(
            _count(lambda d: int(_mu(d).loc[_mu(d)["_yes"], "Guests"].sum())),
            _count(lambda d: int(d["Guests"].sum())),
        ),
        (*_MU_WHO, "RSVP", "Guests"),
    ),
    Q(
        "whats the no show rate",
        either(_share(_mu_noshow(True)), _share(_mu_noshow(False))),
        (*_MU_WHO, "RSVP", "Attendance"),
    ),
    Q(
        "which day did we get the most rsvps",
        either(_lead(_day(_mu_peak_day(False))), _lead(_day(_mu_peak_day(True)))),
        (*_MU_WHO, "RSVP", "RSVPed on"),
    ),
    Q(
        "how many of these people joined the group in 2024",
        _count(lambda d: int((_mu(d)["_joined"].dt.year == 2024).sum())),
        (*_MU_WHO, "Joined Group on"),
    ),
    Q(
        "and how many of those said yes?",
        _count(lambda d: int(((_mu(d)["_joined"].dt.year == 2024) & _mu(d)["_yes"]).sum())),
        (*_MU_WHO, "Joined Group on", "RSVP"),
    ),
]


# --- 2. WooCommerce Subscriptions export -------------------------------------------------------------------------

# product: (product_id, price, period, weight)
_WS_PRODUCTS = {
    "Coffee Club - Monthly": (812, 24.0, "month", 6.0),
    "Coffee Club - Annual": (813, 249.0, "year", 1.6),
    "Espresso Lovers - Monthly": (815, 32.0, "month", 2.5),
    "Espresso Lovers - Annual": (816, 329.0, "year", 0.6),
    "Decaf Box - Monthly": (818, 21.0, "month", 1.0),
}
_WS_COUNTRIES = {"US": 10, "CA": 2.2, "GB": 1.8, "AU": 1.0, "DE": 0.8, "NL": 0.5, "IE": 0.3}
_WS_STATUS = {"wc-active": 6.0, "wc-cancelled": 3.0, "wc-on-hold": 0.7, "wc-pending-cancel": 0.5, "wc-expired": 0.3}
_WS_FMT = "%Y-%m-%d %H:%M:%S"


def _woo_frame() -> pd.DataFrame:
    rng = np.random.default_rng(14802)
    products = list(_WS_PRODUCTS)
    months = pd.period_range("2022-01", "2024-06", freq="M")
    month_w = np.array(
        [1.0 + 0.04 * i + (2.8 if m.month == 12 else 1.6 if m.month == 11 else 0) for i, m in enumerate(months)]
    )
    rows = []
    end_all = pd.Timestamp("2024-06-30 23:00")
    for i in range(1900):
        month = months[int(rng.choice(len(months), p=month_w / month_w.sum()))]
        start = month.start_time + pd.Timedelta(seconds=int(rng.uniform(0, 28 * 86400)))
        product = _one(rng, products, [_WS_PRODUCTS[p][3] for p in products])
        pid, price, period, _w = _WS_PRODUCTS[product]
        status = _one(rng, list(_WS_STATUS), list(_WS_STATUS.values()))
        country = _one(rng, list(_WS_COUNTRIES), list(_WS_COUNTRIES.values()))
        step = pd.DateOffset(months=1) if period == "month" else pd.DateOffset(years=1)
        end = "0"
        last = start
        if status in ("wc-cancelled", "wc-expired"):
            stop = start + pd.Timedelta(days=int(rng.integers(20, 700)))
            stop = min(stop, end_all)
            end = stop.strftime(_WS_FMT)
            while last + step <= stop:
                last = last + step
        else:
            while last + step <= end_all:
                last = last + step
        nxt = (last + step).strftime(_WS_FMT) if status in ("wc-active", "wc-on-hold") else "0"
        if status == "wc-pending-cancel":
            end = (last + step).strftime(_WS_FMT)
        qty = 2 if rng.random() < 0.08 else 1
        discount = round(price * qty * 0.1, 2) if rng.random() < 0.15 else 0.0
        shipping = 0.0 if country == "US" or period == "year" else float(_one(rng, [6.0, 8.5, 12.0]))
        tax = round((price * qty - discount) * (0.0 if country == "US" else 0.08), 2)
        total = round(price * qty - discount + shipping + tax, 2)
        first, last_name = _one(rng, _MU_FIRST), _one(rng, _MU_LAST)
        method = _one(rng, ["stripe", "paypal", "stripe_sepa"], [6, 3, 0.6 if country in ("DE", "NL", "IE") else 0])
        rows.append(
            {
                "subscription_id": 40211 + 7 * i,
                "subscription_status": status,
                "customer_id": int(rng.integers(100, 2600)),
                "start_date": start.strftime(_WS_FMT),
                "trial_end_date": "0",
                "next_payment_date": nxt,
                "last_payment_date": last.strftime(_WS_FMT),
                "end_date": end,
                "billing_period": period,
                "billing_interval": 1,
                "order_shipping": shipping,
                "order_tax": tax,
                "cart_discount": discount,
                "order_total": total,
                "order_currency": "USD",
                "payment_method": method,
                "payment_method_title": {"stripe": "Credit card (Stripe)", "paypal": "PayPal"}.get(method, "SEPA"),
                "billing_first_name": first,
                "billing_last_name": last_name,
                "billing_email": f"{first.lower()}.{last_name.lower()}{int(rng.integers(1, 99))}@example.com",
                "billing_country": country,
                "order_items": f"product_id:{pid}|name:{product}|quantity:{qty}|total:{price * qty:.2f}",
                "coupon_items": f"code:WELCOME10|amount:{discount:.2f}" if discount else "",
            }
        )
    return pd.DataFrame(rows)


def _ws(d: pd.DataFrame) -> pd.DataFrame:
    out = d.copy()
    out["_start"] = pd.to_datetime(out["start_date"], format=_WS_FMT)
    out["_end"] = pd.to_datetime(out["end_date"].astype(str).replace("0", None), format=_WS_FMT, errors="coerce")
    return out


def _ws_top_country(active_only: bool) -> Callable[[pd.DataFrame], str]:
    def value(d: pd.DataFrame) -> str:
        x = d[d["subscription_status"] == "wc-active"] if active_only else d
        return _top(x.groupby("billing_country").size())

    return value


def _ws_peak(d: pd.DataFrame) -> pd.Timestamp:
    x = _ws(d)
    return pd.Timestamp(str(_top(x.groupby(x["_start"].dt.to_period("M")).size())))


def _ws_cancelled_2024(status_only: bool) -> Callable[[pd.DataFrame], int]:
    def value(d: pd.DataFrame) -> int:
        x = _ws(d)
        hit = x["_end"].dt.year == 2024
        if status_only:
            hit &= x["subscription_status"] == "wc-cancelled"
        return int(hit.sum())

    return value


_WS_ID = ("subscription_id", "customer_id")
_WOO_QS = [
    Q(
        "how many active subscriptions do we have",
        either(
            _count(lambda d: int((d["subscription_status"] == "wc-active").sum())),
            _count(lambda d: int(d["subscription_status"].isin(["wc-active", "wc-pending-cancel"]).sum())),
        ),
        (*_WS_ID, "subscription_status"),
    ),
    Q(
        "average order total for monthly vs yearly plans",
        _about(lambda d: d.groupby("billing_period")["order_total"].mean().to_numpy()),
        (*_WS_ID, "billing_period", "order_total", "order_items"),
    ),
    Q(
        "which country has the most subscribers",
        either(_lead(_named(_ws_top_country(False))), _lead(_named(_ws_top_country(True)))),
        (*_WS_ID, "billing_country", "subscription_status"),
    ),
    Q(
        "what % pay with paypal",
        _share(lambda d: float((d["payment_method"] == "paypal").mean())),
        (*_WS_ID, "payment_method", "payment_method_title"),
    ),
    Q(
        "how many subscriptions ended in 2024",
        either(_count(_ws_cancelled_2024(False)), _count(_ws_cancelled_2024(True))),
        (*_WS_ID, "end_date", "subscription_status"),
    ),
    Q(
        "which month had the most new signups",
        _month_year(_ws_peak),
        (*_WS_ID, "start_date"),
    ),
]


# --- 3. Vercel usage export ----------------------------------------------------------------------------------------

# resource: unit, price per unit, per-project daily means
_VC_RESOURCES: dict[str, tuple[str, float, dict[str, float]]] = {
    "Fast Data Transfer": ("GB", 0.15, {"marketing-site": 38, "web-app": 55, "api": 12, "docs": 9}),
    "Edge Requests": ("Requests", 2e-6, {"marketing-site": 4.1e5, "web-app": 9.5e5, "api": 1.6e6, "docs": 1.2e5}),
    "Function Invocations": ("Invocations", 6e-7, {"marketing-site": 2e4, "web-app": 3.1e5, "api": 1.2e6, "docs": 3e3}),
    "Function Duration": ("GB-Hrs", 0.18, {"marketing-site": 2.5, "web-app": 31, "api": 96, "docs": 0.4}),
    "Image Optimization - Source Images": ("Images", 0.005, {"marketing-site": 160, "web-app": 45, "docs": 20}),
    "Build Minutes": ("Minutes", 0.014, {"marketing-site": 40, "web-app": 120, "api": 60, "docs": 18}),
}


def _vercel_frame() -> pd.DataFrame:
    rng = np.random.default_rng(14803)
    days = pd.date_range("2024-01-01", "2024-03-31", freq="D")
    rows = []
    for day in days:
        weekday = 0.7 if day.dayofweek >= 5 else 1.0
        growth = 1 + 0.004 * (day - days[0]).days
        launch = 2.6 if day == pd.Timestamp("2024-02-13") else (1.5 if day == pd.Timestamp("2024-02-14") else 1.0)
        for project in ("marketing-site", "web-app", "api", "docs"):
            for resource, (unit, price, means) in _VC_RESOURCES.items():
                if project not in means:
                    continue
                if resource == "Build Minutes" and rng.random() < (0.35 if day.dayofweek < 5 else 0.85):
                    continue
                spike = launch if project in ("marketing-site", "web-app") else 1.0
                usage = means[project] * weekday * growth * spike * float(rng.lognormal(0, 0.25))
                usage = round(usage, 2) if unit in ("GB", "GB-Hrs", "Minutes") else float(round(usage))
                rows.append(
                    {
                        "Date": day.strftime("%Y-%m-%d"),
                        "Team": "acme-labs",
                        "Project": project,
                        "Resource": resource,
                        "Usage": usage,
                        "Unit": unit,
                        "Cost": f"${usage * price:,.2f}",
                    }
                )
    return pd.DataFrame(rows)


def _vc(d: pd.DataFrame) -> pd.DataFrame:
    out = d.copy()
    out["_cost"] = _num(out["Cost"])
    out["_day"] = pd.to_datetime(out["Date"], format="%Y-%m-%d")
    return out


def _vc_fn_share(duration_only: bool) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        x = _vc(d)
        keys = ["Function Duration"] if duration_only else ["Function Duration", "Function Invocations"]
        return float(x.loc[x["Resource"].isin(keys), "_cost"].sum() / x["_cost"].sum())

    return value


def _vc_edge_day(d: pd.DataFrame) -> pd.Timestamp:
    x = _vc(d)
    x = x[x["Resource"] == "Edge Requests"]
    return pd.Timestamp(_top(x.groupby("Date")["Usage"].sum()))


_VC_KEYS = ("Date", "Project", "Resource")
_VERCEL_QS = [
    Q("how much did we pay vercel in total", _money(lambda d: _vc(d)["_cost"].sum()), ("Cost", "Resource", "Project")),
    Q(
        "which project costs us the most",
        _lead(_named(lambda d: _top(_vc(d).groupby("Project")["_cost"].sum()))),
        ("Project", "Cost"),
    ),
    Q(
        "how much bandwidth did the marketing site use in march",
        _scaled(
            lambda d: d.loc[
                (d["Project"] == "marketing-site")
                & (d["Resource"] == "Fast Data Transfer")
                & d["Date"].astype(str).str.startswith("2024-03"),
                "Usage",
            ].sum(),
            (1e3,),
        ),
        (*_VC_KEYS, "Usage", "Unit"),
    ),
    Q(
        "what share of the bill is serverless functions",
        either(_share(_vc_fn_share(False)), _share(_vc_fn_share(True))),
        ("Resource", "Cost"),
    ),
    Q("which day had the most edge requests", _lead(_day(_vc_edge_day)), (*_VC_KEYS, "Usage")),
    Q(
        "average daily function invocations for the api",
        _scaled(
            lambda d: d.loc[(d["Project"] == "api") & (d["Resource"] == "Function Invocations"), "Usage"].mean(),
            (1e3, 1e6),
            rel=0.01,
        ),
        (*_VC_KEYS, "Usage"),
    ),
]


# --- 4. Ally Bank checking transactions ---------------------------------------------------------------------------

# description pattern, sign, (low, high), per-month expected count
_AL_SPEND: dict[str, tuple[tuple[float, float], float]] = {
    "AMAZON MKTPLACE PMTS AMZN.COM/BILL WA": ((8, 220), 5.0),
    "TRADER JOE'S #552 OAKLAND CA": ((18, 160), 6.0),
    "SAFEWAY #1711 OAKLAND CA": ((12, 140), 3.0),
    "SHELL OIL 57444 BERKELEY CA": ((30, 75), 2.5),
    "NETFLIX.COM LOS GATOS CA": ((15.49, 15.49), 1.0),
    "PG&E WEB ONLINE": ((60, 240), 1.0),
    "COMCAST CABLE COMM": ((79.99, 79.99), 1.0),
    "VENMO PAYMENT": ((10, 150), 3.0),
    "ATM WITHDRAWAL 1423 SHATTUCK AVE": ((40, 200), 1.2),
    "UBER *TRIP HELP.UBER.COM CA": ((9, 48), 2.5),
    "DOORDASH*DASHPASS SAN FRANCISCO": ((14, 65), 3.0),
}


def _ally_frame() -> pd.DataFrame:
    rng = np.random.default_rng(14804)
    rows: list[tuple[pd.Timestamp, float, str]] = []
    months = pd.period_range("2023-01", "2024-12", freq="M")
    for month in months:
        start = month.start_time
        ndays = month.days_in_month
        for day in (15, ndays):
            pay = 2875.42 if month.year == 2023 else 3012.88
            if rng.random() < 0.15:
                pay = round(pay + float(rng.uniform(150, 900)), 2)
            rows.append((start + pd.Timedelta(days=day - 1, hours=6), pay, "DIRECT DEP ACME CORP PAYROLL PPD"))
        rent = 2150.0 if month.year == 2023 else 2250.0
        rows.append((start + pd.Timedelta(days=int(rng.integers(0, 3)), hours=9), -rent, "ZELLE TO LAKESIDE PROPERTY"))
        rate = 0.0425 if month.year == 2023 else 0.0390
        rows.append((month.end_time.floor("D"), round(float(rng.uniform(18, 42)) * rate / 0.04, 2), "Interest Paid"))
        for desc, ((lo, hi), per) in _AL_SPEND.items():
            boost = 1.6 if month.month == 12 and "AMAZON" in desc else 1.0
            for _ in range(int(rng.poisson(per * boost))):
                amount = lo if lo == hi else round(float(np.exp(rng.uniform(np.log(lo), np.log(hi)))), 2)
                when = start + pd.Timedelta(seconds=int(rng.uniform(0, ndays * 86400)))
                rows.append((when, -amount, desc))
        if rng.random() < 0.5:
            amt = round(float(rng.uniform(100, 1200)), 2)
            name = _one(rng, ["ZELLE TO MOM", "ZELLE TO J RAMIREZ", "ZELLE TO K OSEI"])
            rows.append((start + pd.Timedelta(days=int(rng.integers(0, ndays)), hours=12), -amt, name))
        if rng.random() < 0.25:
            rows.append(
                (
                    start + pd.Timedelta(days=int(rng.integers(0, ndays)), hours=11),
                    -round(float(rng.uniform(200, 2600)), 2),
                    f"CHECK {1040 + int(month.ordinal) % 100}",
                )
            )
        if month.month in (4, 9):
            rows.append(
                (start + pd.Timedelta(days=20, hours=10), -float(_one(rng, [3400.0, 2950.0])), "IRS USATAXPYMT")
            )
        if rng.random() < 0.2:
            rows.append((start + pd.Timedelta(days=8, hours=14), 450.0, "ZELLE FROM J RAMIREZ"))
        if str(month) == "2023-08":
            rows.append((start + pd.Timedelta(days=28, hours=19), -1899.99, "BEST BUY 00123 EMERYVILLE CA"))
    rows.sort(key=lambda r: r[0], reverse=True)
    return pd.DataFrame(
        {
            "Date": [r[0].strftime("%Y-%m-%d") for r in rows],
            " Time": [r[0].strftime("%H:%M:%S") for r in rows],
            " Amount": [r[1] for r in rows],
            " Type": ["Deposit" if r[1] > 0 else "Withdrawal" for r in rows],
            " Description": [r[2] for r in rows],
        }
    )


def _al(d: pd.DataFrame) -> pd.DataFrame:
    out = d.copy()
    out.columns = [c.strip() for c in out.columns]
    out["_day"] = pd.to_datetime(out["Date"], format="%Y-%m-%d")
    out["Amount"] = pd.to_numeric(out["Amount"], errors="coerce")
    return out


def _al_spent(d: pd.DataFrame) -> float:
    x = _al(d)
    return float(-x.loc[x["Amount"] < 0, "Amount"].sum())


def _al_peak(d: pd.DataFrame) -> pd.Timestamp:
    x = _al(d)
    x = x[x["Amount"] < 0]
    return pd.Timestamp(str(_top(-x.groupby(x["_day"].dt.to_period("M"))["Amount"].sum())))


def _al_peak_total(d: pd.DataFrame) -> float:
    x = _al(d)
    x = x[x["Amount"] < 0]
    return float(-x.groupby(x["_day"].dt.to_period("M"))["Amount"].sum().min())


def _al_pay(how: str) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        x = _al(d)
        return float(getattr(x.loc[x["Description"].str.contains("PAYROLL"), "Amount"], how)())

    return value


def _al_zelle(strict: bool) -> Callable[[pd.DataFrame], int]:
    def value(d: pd.DataFrame) -> int:
        x = _al(d)
        out = x[x["Description"].str.startswith("ZELLE TO") & (x["Amount"] < 0)]
        big = -out["Amount"] > 500 if strict else -out["Amount"] >= 500
        return int(big.sum())

    return value


_AL_COLS = ("Date", " Amount", " Type", " Description", "Amount", "Type", "Description")
_ALLY_QS = [
    Q("how much money went out in total", _money(_al_spent), _AL_COLS),
    Q(
        "how much interest did i earn",
        _money(lambda d: _al(d).loc[_al(d)["Description"] == "Interest Paid", "Amount"].sum()),
        _AL_COLS,
    ),
    Q("which month did i spend the most", _month_year(_al_peak), _AL_COLS),
    Q("how much was that", _money(_al_peak_total), _AL_COLS),
    Q(
        "whats my typical paycheck",
        either(_money(_al_pay("mean")), _money(_al_pay("median"))),
        _AL_COLS,
    ),
    Q(
        "how many times did i send more than 500 by zelle",
        either(_count(_al_zelle(True)), _count(_al_zelle(False))),
        _AL_COLS,
    ),
]


# --- 5. Destatis foreign trade by partner country -----------------------------------------------------------------

# country code: name, exports 2023 (EUR bn), imports 2023 (EUR bn), yearly growth
_DS_PARTNERS: dict[str, tuple[str, float, float, float]] = {
    "US": ("United States", 157.9, 94.7, 0.05),
    "FR": ("France", 120.3, 69.9, 0.025),
    "NL": ("Netherlands", 111.2, 97.9, 0.03),
    "CN": ("China", 97.3, 157.0, 0.07),
    "PL": ("Poland", 92.8, 80.8, 0.07),
    "IT": ("Italy", 89.0, 71.8, 0.03),
    "AT": ("Austria", 84.6, 55.9, 0.035),
    "GB": ("United Kingdom", 79.3, 37.2, 0.005),
    "CH": ("Switzerland", 71.0, 56.9, 0.03),
    "BE": ("Belgium", 67.8, 50.1, 0.025),
    "CZ": ("Czechia", 61.7, 67.1, 0.05),
    "ES": ("Spain", 51.2, 39.3, 0.035),
    "HU": ("Hungary", 33.3, 32.1, 0.05),
    "TR": ("Türkiye", 34.2, 26.6, 0.05),
    "SE": ("Sweden", 28.8, 20.6, 0.03),
    "DK": ("Denmark", 27.8, 21.4, 0.035),
    "JP": ("Japan", 21.9, 23.0, 0.01),
    "MX": ("Mexico", 21.2, 11.4, 0.05),
    "SK": ("Slovakia", 20.1, 23.9, 0.05),
    "KR": ("Korea, Republic of", 20.4, 14.1, 0.04),
    "RO": ("Romania", 19.0, 19.6, 0.07),
    "IN": ("India", 18.3, 15.1, 0.05),
    "TW": ("Taiwan", 17.8, 19.2, 0.05),
    "IE": ("Ireland", 14.8, 50.9, 0.09),
    "CA": ("Canada", 14.0, 7.9, 0.04),
    "FI": ("Finland", 13.1, 7.9, 0.02),
    "BR": ("Brazil", 13.0, 8.6, 0.02),
    "AE": ("United Arab Emirates", 13.2, 2.1, 0.05),
    "AU": ("Australia", 13.4, 3.1, 0.03),
    "NO": ("Norway", 12.1, 33.8, 0.03),
    "ZA": ("South Africa", 11.9, 13.3, 0.03),
    "PT": ("Portugal", 11.2, 10.7, 0.04),
    "SG": ("Singapore", 10.4, 7.3, 0.04),
    "VN": ("Viet Nam", 10.1, 14.9, 0.09),
    "SA": ("Saudi Arabia", 10.3, 1.6, 0.03),
    "LU": ("Luxembourg", 9.9, 5.1, 0.02),
    "RU": ("Russian Federation", 8.9, 3.7, 0.02),
    "SI": ("Slovenia", 9.1, 10.2, 0.05),
    "GR": ("Greece", 9.4, 4.1, 0.02),
    "BG": ("Bulgaria", 7.9, 7.8, 0.06),
    "HR": ("Croatia", 7.3, 3.2, 0.06),
    "LT": ("Lithuania", 6.3, 4.9, 0.06),
}
_DS_EU = {"FR", "NL", "PL", "IT", "AT", "BE", "CZ", "ES", "HU", "SE", "DK", "SK", "RO", "IE", "FI", "PT", "LU"}
_DS_EU |= {"SI", "GR", "BG", "HR", "LT"}
_DS_YEAR_SHOCK = {2009: 0.8, 2010: 0.92, 2020: 0.9, 2021: 1.02, 2022: 1.08}


def _destatis_frame() -> pd.DataFrame:
    rng = np.random.default_rng(14805)
    rows = []
    for year in range(2008, 2024):
        tot_x = tot_m = eu_x = eu_m = 0.0
        for code, (name, x23, m23, g) in _DS_PARTNERS.items():
            f = (1 + g) ** (year - 2023) * _DS_YEAR_SHOCK.get(year, 1.0)
            fx = f * float(rng.lognormal(0, 0.03))
            fm = f * float(rng.lognormal(0, 0.03))
            if code == "CN" and year == 2022:
                fm *= 1.2
            if code == "RU":
                fx, fm = (fx * 3.4, fm * 9.0) if year < 2022 else ((fx * 1.6, fm * 3.1) if year == 2022 else (fx, fm))
            if code == "NO" and year == 2022:
                fm *= 1.5
            x, m = x23 * fx * 1e6, m23 * fm * 1e6
            tot_x += x
            tot_m += m
            if code in _DS_EU:
                eu_x += x
                eu_m += m
            gap_x = code in ("TW", "VN") and year < 2010
            rows.append(
                {
                    "Year": year,
                    "Country code": code,
                    "Country": name,
                    "Exports (EUR thousand)": "." if gap_x else f"{round(x)}",
                    "Imports (EUR thousand)": "." if gap_x else f"{round(m)}",
                }
            )
        rest = 1.24 * float(rng.lognormal(0, 0.01))
        rows.append(
            {
                "Year": year,
                "Country code": "EU27",
                "Country": "EU member states (EU27_2020)",
                "Exports (EUR thousand)": f"{round(eu_x * 1.06)}",
                "Imports (EUR thousand)": f"{round(eu_m * 1.05)}",
            }
        )
        rows.append(
            {
                "Year": year,
                "Country code": "",
                "Country": "Total",
                "Exports (EUR thousand)": f"{round(tot_x * rest)}",
                "Imports (EUR thousand)": f"{round(tot_m * rest * 0.98)}",
            }
        )
    return pd.DataFrame(rows)


_DS_X = "Exports (EUR thousand)"
_DS_M = "Imports (EUR thousand)"


def _ds(d: pd.DataFrame, countries_only: bool = True) -> pd.DataFrame:
    out = d.copy()
    out["_x"] = _num(out[_DS_X])
    out["_m"] = _num(out[_DS_M])
    if countries_only:
        out = out[~out["Country"].isin(["Total", "EU member states (EU27_2020)"])]
    return out


def _ds_at(country: str, year: int, col: str) -> Callable[[pd.DataFrame], float]:
    def value(d: pd.DataFrame) -> float:
        x = _ds(d, False)
        return float(x.loc[(x["Country"] == country) & (x["Year"] == year), col].iloc[0])

    return value


def _ds_total_2023(d: pd.DataFrame) -> float:
    return float(_ds(d).loc[_ds(d)["Year"] == 2023, "_x"].sum())


def _ds_china_peak(d: pd.DataFrame) -> int:
    x = _ds(d)
    x = x[x["Country"] == "China"]
    return int(x.loc[x["_m"].idxmax(), "Year"])


def _ds_deficits(d: pd.DataFrame) -> int:
    x = _ds(d)
    x = x[x["Year"] == 2023]
    return int((x["_m"] > x["_x"]).sum())


_DS_KEYS = ("Year", "Country", "Country code")
_DESTATIS_QS = [
    Q(
        "who was germany's biggest export customer in 2023",
        _lead(_named(lambda d: _top(_ds(d).loc[_ds(d)["Year"] == 2023].set_index("Country")["_x"]))),
        (*_DS_KEYS, _DS_X),
    ),
    Q(
        "how much did germany export in total that year",
        either(_money(_ds_at("Total", 2023, "_x")), _money(_ds_total_2023)),
        (*_DS_KEYS, _DS_X),
    ),
    Q(
        "whats the trade surplus with the us in 2023",
        _money(lambda d: _ds_at("United States", 2023, "_x")(d) - _ds_at("United States", 2023, "_m")(d)),
        (*_DS_KEYS, _DS_X, _DS_M),
    ),
    Q("which year were imports from china highest", _lead(_year(_ds_china_peak)), (*_DS_KEYS, _DS_M)),
    Q(
        "in 2023 how many countries did germany buy more from than it sold to",
        _count(_ds_deficits),
        (*_DS_KEYS, _DS_X, _DS_M),
    ),
    Q(
        "by how much did exports to france grow from 2010 to 2020",
        _pct(lambda d: _ds_at("France", 2020, "_x")(d) / _ds_at("France", 2010, "_x")(d) - 1),
        (*_DS_KEYS, _DS_X),
    ),
]


# --- 6. FEMA disaster declarations summaries ---------------------------------------------------------------------

# state: (fips, weight, counties as "Name" list, hurricane-prone)
_FM_STATES: dict[str, tuple[str, float, list[str], bool]] = {
    "TX": ("48", 3.2, ["Harris", "Dallas", "Travis", "Bexar", "Nueces", "Galveston", "Jefferson", "Hidalgo"], True),
    "CA": ("06", 3.0, ["Los Angeles", "San Diego", "Sonoma", "Butte", "Shasta", "Riverside", "Ventura"], False),
    "FL": ("12", 2.2, ["Miami-Dade", "Lee", "Collier", "Monroe", "Bay", "Escambia", "Orange", "Pinellas"], True),
    "OK": ("40", 1.8, ["Oklahoma", "Tulsa", "Cleveland", "Comanche", "Kay", "Osage"], False),
    "LA": ("22", 1.7, ["Orleans", "Jefferson", "Calcasieu", "Lafourche", "Terrebonne", "St. Tammany"], True),
    "KY": ("21", 1.5, ["Pike", "Perry", "Breathitt", "Knott", "Letcher", "Floyd"], False),
    "NY": ("36", 1.4, ["Kings", "Queens", "Suffolk", "Nassau", "Erie", "Westchester"], True),
    "WA": ("53", 1.2, ["King", "Okanogan", "Chelan", "Whatcom", "Spokane"], False),
    "NC": ("37", 1.3, ["New Hanover", "Carteret", "Dare", "Robeson", "Buncombe", "Pender"], True),
    "MO": ("29", 1.2, ["St. Louis", "Jackson", "Greene", "Taney", "Butler"], False),
    "OR": ("41", 0.9, ["Lane", "Jackson", "Marion", "Lincoln", "Douglas"], False),
    "PR": (
        "72",
        0.8,
        ["San Juan (Municipio)", "Ponce (Municipio)", "Mayagüez (Municipio)", "Arecibo (Municipio)"],
        True,
    ),
    "IA": ("19", 0.9, ["Polk", "Linn", "Scott", "Black Hawk", "Woodbury"], False),
    "VT": ("50", 0.5, ["Washington", "Windsor", "Lamoille", "Chittenden"], False),
}
_FM_TYPES = {"Severe Storm": 9, "Flood": 4, "Fire": 6, "Hurricane": 3.5, "Winter Storm": 2, "Tornado": 1.2}
_FM_TYPES |= {"Snowstorm": 0.8, "Mud/Landslide": 0.4, "Severe Ice Storm": 0.5}
_FM_TITLES = {
    "Severe Storm": "SEVERE STORMS, STRAIGHT-LINE WINDS, AND FLOODING",
    "Flood": "FLOODING",
    "Fire": "{} FIRE",
    "Hurricane": "HURRICANE {}",
    "Winter Storm": "SEVERE WINTER STORM",
    "Tornado": "TORNADOES",
    "Snowstorm": "SNOWSTORM",
    "Mud/Landslide": "LANDSLIDES AND MUDSLIDES",
    "Severe Ice Storm": "SEVERE ICE STORM",
    "Biological": "COVID-19 PANDEMIC",
}
_FM_FIRES = _split("CREEK;DIXIE;CALDOR;CAMP;MCKINNEY;ALMEDA;BOOTLEG;MARSHALL;SMOKEHOUSE CREEK;PARK")
_FM_STORMS = _split("HARVEY;IRMA;MARIA;MICHAEL;LAURA;IDA;IAN;IDALIA;FLORENCE;SALLY;DORIAN;NICHOLAS")
_FM_EXTRA = _split("Jackson;Washington;Franklin;Lincoln;Madison;Clay;Marion;Union")
_FM_ISO = "%Y-%m-%dT%H:%M:%S.000Z"


def _fema_frame() -> pd.DataFrame:
    rng = np.random.default_rng(14806)
    states = list(_FM_STATES)
    types = list(_FM_TYPES)
    events: list[tuple[pd.Timestamp, str, str, str]] = []
    for _ in range(330):
        state = _one(rng, states, [_FM_STATES[s][1] for s in states])
        kind = _one(rng, types, list(_FM_TYPES.values()))
        if kind == "Hurricane" and not _FM_STATES[state][3]:
            kind = "Severe Storm"
        year = int(rng.integers(2012, 2024))
        month = {"Hurricane": int(rng.integers(8, 11)), "Fire": int(rng.integers(6, 11))}.get(kind)
        if kind in ("Winter Storm", "Snowstorm", "Severe Ice Storm"):
            month = _one(rng, [1, 2, 3, 12])
        month = month or int(rng.integers(1, 13))
        date = pd.Timestamp(year, month, int(rng.integers(1, 28)))
        dtype = "FM" if kind == "Fire" and rng.random() < 0.75 else ("EM" if rng.random() < 0.12 else "DR")
        events.append((date, state, kind, dtype))
    for state in states:  # COVID-19: one EM and one DR per state, statewide
        events.append((pd.Timestamp(2020, 3, 13), state, "Biological", "EM"))
        events.append((pd.Timestamp(2020, 3, int(rng.integers(20, 31))), state, "Biological", "DR"))
    events.sort(key=lambda e: e[0])
    numbers = {"DR": 4050, "EM": 3350, "FM": 5010}
    rows = []
    for date, state, kind, dtype in events:
        numbers[dtype] += int(rng.integers(1, 4))
        number = numbers[dtype]
        fips, _w, counties, _h = _FM_STATES[state]
        title = _FM_TITLES[kind]
        if kind == "Fire":
            title = title.format(_one(rng, _FM_FIRES))
        if kind == "Hurricane":
            title = title.format(_one(rng, _FM_STORMS))
        if kind == "Biological":
            areas = ["Statewide"]
        elif dtype == "FM":
            areas = [_one(rng, counties)]
        else:
            k = int(rng.integers(1, len(counties) + 1))
            areas = list(rng.choice(counties, size=k, replace=False))
            if kind in ("Hurricane", "Winter Storm") and rng.random() < 0.3:
                areas = [*areas, *[f"{_one(rng, _FM_EXTRA)} {j + 1}" for j in range(int(rng.integers(3, 15)))]]
        ih = int(dtype == "DR" and kind in ("Hurricane", "Flood", "Fire") and rng.random() < 0.7)
        ih = ih or int(dtype == "DR" and rng.random() < 0.25)
        begin = date - pd.Timedelta(days=int(rng.integers(2, 40)))
        end = "" if rng.random() < 0.06 else (begin + pd.Timedelta(days=int(rng.integers(0, 30)))).strftime(_FM_ISO)
        closeout = (
            "" if rng.random() < 0.85 else (date + pd.Timedelta(days=int(rng.integers(700, 2400)))).strftime(_FM_ISO)
        )
        for j, area in enumerate(areas):
            county_fips = "000" if area == "Statewide" else f"{(2 * j + 1 + int(rng.integers(0, 4)) * 20):03d}"
            name = area if area == "Statewide" or "Municipio" in area else f"{area} (County)"
            rows.append(
                {
                    "femaDeclarationString": f"{dtype}-{number}-{state}",
                    "disasterNumber": number,
                    "state": state,
                    "declarationType": dtype,
                    "declarationDate": date.strftime(_FM_ISO),
                    "fyDeclared": date.year + (1 if date.month >= 10 else 0),
                    "incidentType": kind,
                    "declarationTitle": title,
                    "ihProgramDeclared": ih,
                    "iaProgramDeclared": 0,
                    "paProgramDeclared": int(dtype != "FM" or rng.random() < 0.9),
                    "hmProgramDeclared": int(dtype == "DR"),
                    "incidentBeginDate": begin.strftime(_FM_ISO),
                    "incidentEndDate": end,
                    "disasterCloseoutDate": closeout,
                    "fipsStateCode": fips,
                    "fipsCountyCode": county_fips,
                    "designatedArea": name,
                    "declarationRequestNumber": int(rng.integers(12000, 24999)),
                    "id": f"{int(rng.integers(16**7, 16**8 - 1)):08x}-{int(rng.integers(16**3, 16**4 - 1)):04x}",
                }
            )
    return pd.DataFrame(rows)


def _fm_unique(d: pd.DataFrame) -> pd.DataFrame:
    return d.drop_duplicates("femaDeclarationString")


def _fm_by(column: str, unique: bool) -> Callable[[pd.DataFrame], str]:
    return lambda d: _top((_fm_unique(d) if unique else d).groupby(column).size())


def _fm_year(unique: bool, fiscal: bool) -> Callable[[pd.DataFrame], int]:
    def value(d: pd.DataFrame) -> int:
        x = _fm_unique(d) if unique else d
        key = x["fyDeclared"] if fiscal else pd.to_datetime(x["declarationDate"], format=_FM_ISO).dt.year
        return int(_top(x.groupby(key).size()))

    return value


def _fm_hurricanes(unique: bool, state: str | None) -> Callable[[pd.DataFrame], int]:
    def value(d: pd.DataFrame) -> int:
        x = _fm_unique(d) if unique else d
        hit = x["incidentType"] == "Hurricane"
        if state:
            hit &= x["state"] == state
        return int(hit.sum())

    return value


_FM_ID = ("femaDeclarationString", "disasterNumber")
_FEMA_QS = [
    Q(
        "how many disasters are in here",
        either(_count(lambda d: int(_fm_unique(d).shape[0])), _count(lambda d: int(d["disasterNumber"].nunique()))),
        _FM_ID,
    ),
    Q(
        "which state had the most disasters",
        either(_lead(_named(_fm_by("state", True))), _lead(_named(_fm_by("state", False)))),
        (*_FM_ID, "state"),
    ),
    Q(
        "most common kind of disaster?",
        either(_lead(_named(_fm_by("incidentType", True))), _lead(_named(_fm_by("incidentType", False)))),
        (*_FM_ID, "incidentType"),
    ),
    Q(
        "what year had the most declarations",
        either(*(_lead(_year(_fm_year(u, f))) for u in (True, False) for f in (False, True))),
        (*_FM_ID, "declarationDate", "fyDeclared"),
    ),
    Q(
        "how many hurricane disasters were there",
        either(_count(_fm_hurricanes(True, None)), _count(_fm_hurricanes(False, None))),
        (*_FM_ID, "incidentType"),
    ),
    Q(
        "how many of those hit florida",
        either(_count(_fm_hurricanes(True, "FL")), _count(_fm_hurricanes(False, "FL"))),
        (*_FM_ID, "incidentType", "state"),
    ),
]


# --- 7. World Bank CO2 emissions (DataBank download, wide) ---------------------------------------------------------

# name|code|tonnes per person 2020|population 2020 (millions)|ratio of 2020 to 1990 per capita
_WB_COUNTRIES = """Qatar|QAT|31.7|2.8|0.6;Kuwait|KWT|21.2|4.4|1.0;United Arab Emirates|ARE|19.9|9.3|0.6;
Bahrain|BHR|21.6|1.5|0.9;Brunei Darussalam|BRN|16.7|0.44|1.1;Saudi Arabia|SAU|16.3|35.0|1.4;
Oman|OMN|15.1|4.5|2.1;Australia|AUS|14.8|25.7|0.87;Canada|CAN|13.6|38.0|0.85;United States|USA|13.0|331.5|0.66;
Kazakhstan|KAZ|11.5|18.8|0.7;Luxembourg|LUX|12.4|0.63|0.5;Trinidad and Tobago|TTO|16.8|1.4|1.8;
Russian Federation|RUS|11.2|144.1|0.75;Korea, Rep.|KOR|11.6|51.8|2.1;Mongolia|MNG|11.0|3.3|2.0;
Turkmenistan|TKM|12.1|6.0|1.0;Czechia|CZE|8.3|10.7|0.52;Japan|JPN|8.0|126.3|0.92;Germany|DEU|7.7|83.2|0.6;
Poland|POL|7.6|38.0|0.8;Netherlands|NLD|7.1|17.4|0.65;Norway|NOR|7.3|5.4|0.95;Finland|FIN|6.5|5.5|0.6;
Austria|AUT|6.9|8.9|0.85;Israel|ISR|6.8|9.2|0.95;Belgium|BEL|7.5|11.5|0.65;Ireland|IRL|7.2|5.0|0.8;
China|CHN|8.0|1411.1|3.7;Libya|LBY|7.6|6.7|0.85;Iran, Islamic Rep.|IRN|7.8|84.0|1.9;
Malaysia|MYS|7.6|32.4|2.4;South Africa|ZAF|6.7|59.3|0.8;Slovenia|SVN|6.0|2.1|0.8;Greece|GRC|5.1|10.7|0.67;
Denmark|DNK|4.7|5.8|0.4;Italy|ITA|5.0|59.4|0.68;New Zealand|NZL|6.2|5.1|0.86;Slovak Republic|SVK|5.6|5.5|0.55;
Bulgaria|BGR|5.4|6.9|0.6;Spain|ESP|4.5|47.4|0.8;United Kingdom|GBR|4.6|67.1|0.45;France|FRA|4.2|67.4|0.62;
Ukraine|UKR|4.4|44.1|0.33;Serbia|SRB|6.2|6.9|0.9;Belarus|BLR|5.9|9.4|0.55;Chile|CHL|4.3|19.1|2.0;
Argentina|ARG|3.7|45.4|1.15;Thailand|THA|3.7|69.8|2.4;Turkiye|TUR|4.8|84.3|1.9;Hungary|HUN|4.4|9.7|0.7;
Portugal|PRT|3.9|10.3|0.9;Sweden|SWE|3.6|10.4|0.6;Switzerland|CHE|4.0|8.6|0.6;Mexico|MEX|3.0|126.0|0.85;
Iraq|IRQ|4.4|40.2|1.6;Algeria|DZA|3.7|43.9|1.3;Egypt, Arab Rep.|EGY|2.3|102.3|1.7;Venezuela, RB|VEN|3.0|28.5|0.55;
Ecuador|ECU|2.1|17.6|1.2;Brazil|BRA|2.0|213.2|1.4;Indonesia|IDN|2.2|273.5|2.6;Viet Nam|VNM|3.5|97.3|12.0;
India|IND|1.7|1380.0|2.6;Colombia|COL|1.6|50.9|1.1;Peru|PER|1.5|33.0|1.6;Morocco|MAR|1.8|36.9|2.0;
Tunisia|TUN|2.4|11.8|1.5;Uzbekistan|UZB|3.4|34.2|0.6;Azerbaijan|AZE|3.5|10.1|0.5;Philippines|PHL|1.2|109.6|1.7;
Pakistan|PAK|0.9|220.9|1.5;Bangladesh|BGD|0.6|164.7|4.0;Nigeria|NGA|0.6|206.1|0.9;Kenya|KEN|0.4|53.8|1.6;
Ghana|GHA|0.6|31.1|2.4;Cote d'Ivoire|CIV|0.4|26.4|1.0;Cameroon|CMR|0.3|26.5|1.3;Senegal|SEN|0.7|16.7|1.8;
Ethiopia|ETH|0.15|115.0|3.0;Tanzania|TZA|0.2|59.7|2.0;Uganda|UGA|0.13|45.7|2.5;Mozambique|MOZ|0.2|31.3|2.4;
Nepal|NPL|0.5|29.1|8.0;Sri Lanka|LKA|0.9|21.9|3.0;Myanmar|MMR|0.6|54.4|4.0;Cambodia|KHM|1.0|16.7|12.0;
Haiti|HTI|0.3|11.4|2.0;Bolivia|BOL|1.6|11.7|2.0;Paraguay|PRY|1.3|7.1|2.0;Uruguay|URY|1.9|3.5|1.5;
Jamaica|JAM|2.5|2.96|0.9;Iceland|ISL|5.8|0.37|0.75;Estonia|EST|6.8|1.33|0.35;Latvia|LVA|3.5|1.9|0.5;
Lithuania|LTU|4.2|2.8|0.6;Croatia|HRV|4.0|4.0|0.9;Romania|ROU|3.7|19.3|0.45;Georgia|GEO|2.7|3.7|0.5;
Armenia|ARM|2.3|2.96|0.4;Chad|TCD|0.06|16.4|1.0;Niger|NER|0.1|24.2|1.5;Mali|MLI|0.2|20.3|3.0;
Malawi|MWI|0.08|19.1|1.3;Rwanda|RWA|0.1|12.9|1.8;Madagascar|MDG|0.13|27.7|1.6;Zambia|ZMB|0.4|18.4|1.2;
Zimbabwe|ZWE|0.7|14.9|0.5;Angola|AGO|0.7|32.9|1.2"""
_WB_AGGREGATES = """World|WLD|4.3|7820|1.1;High income|HIC|9.6|1240|0.8;Low income|LIC|0.26|665|1.1;
Lower middle income|LMC|1.6|3330|1.8;Upper middle income|UMC|6.1|2500|1.9;European Union|EUU|5.9|447|0.66;
East Asia & Pacific|EAS|6.4|2360|2.6;Europe & Central Asia|ECS|6.4|921|0.7;
Latin America & Caribbean|LCN|2.3|652|1.2;Middle East & North Africa|MEA|5.9|465|1.4;North America|NAC|13.1|369|0.67;
South Asia|SAS|1.5|1856|2.5;Sub-Saharan Africa|SSF|0.7|1136|0.95;OECD members|OED|8.0|1370|0.76;
Arab World|ARB|4.5|436|1.4;Euro area|EMU|6.0|343|0.65;Fragile and conflict affected situations|FCS|0.6|960|1.0;
Heavily indebted poor countries (HIPC)|HPC|0.2|830|1.1;Least developed countries: UN classification|LDC|0.3|1060|1.6"""
_WB_YEARS = list(range(1990, 2021))
_WB_SERIES = [
    ("CO2 emissions (metric tons per capita)", "EN.ATM.CO2E.PC"),
    ("CO2 emissions (kt)", "EN.ATM.CO2E.KT"),
    ("CO2 emissions from liquid fuel consumption (% of total)", "EN.ATM.CO2E.LF.ZS"),
]
_WB_PC = "CO2 emissions (metric tons per capita)"
_WB_AGG_CODES = {line.split("|")[1] for line in _WB_AGGREGATES.replace("\n", "").split(";")}


def _wb_parse(text: str) -> list[list[str]]:
    return [line.strip().split("|") for line in text.replace("\n", "").split(";")]


def _wb_frame() -> pd.DataFrame:
    rng = np.random.default_rng(14807)
    rows = []
    for name, code, pc20, pop20, ratio in _wb_parse(_WB_COUNTRIES) + _wb_parse(_WB_AGGREGATES):
        pc_end, pop_end, r = float(pc20), float(pop20), float(ratio)
        pc_start = pc_end / r
        bump = float(rng.uniform(1.0, 1.25)) if r < 1 else 1.0  # many declining series peak in the 2000s
        noise = np.cumsum(rng.normal(0, 0.02, len(_WB_YEARS)))
        pcs, kts, lfs = {}, {}, {}
        lf_base = float(rng.uniform(20, 75))
        for i, year in enumerate(_WB_YEARS):
            t = i / (len(_WB_YEARS) - 1)
            hump = 1 + (bump - 1) * np.sin(np.pi * t)
            dip = 0.93 if year == 2020 else (0.96 if year == 2009 else 1.0)
            pc = (pc_start * (pc_end / pc_start) ** t) * hump * float(np.exp(noise[i] - noise[-1] * t)) * dip
            if year == 2020:
                pc = pc_end
            pop = pop_end * (1.0 - 0.012 * (2020 - year)) if pop_end > 1 else pop_end
            pcs[year], kts[year] = pc, pc * pop * 1e3
            lfs[year] = min(95.0, lf_base + float(rng.normal(0, 1.5)))
        missing = set()
        if code in ("SRB", "MNG", "TKM", "UZB", "AZE", "ARM", "GEO", "EST", "LVA", "LTU", "HRV", "SVK", "SVN", "BLR"):
            missing = set(range(1990, 1992 + int(rng.integers(0, 3))))
        for series, scode in _WB_SERIES:
            values = {"EN.ATM.CO2E.PC": pcs, "EN.ATM.CO2E.KT": kts, "EN.ATM.CO2E.LF.ZS": lfs}[scode]
            row = {"Country Name": name, "Country Code": code, "Series Name": series, "Series Code": scode}
            for year in _WB_YEARS:
                v = values[year]
                cell = ".." if year in missing else (f"{v:.1f}" if scode == "EN.ATM.CO2E.KT" else f"{v:.6g}")
                if scode == "EN.ATM.CO2E.LF.ZS" and year > 2016:
                    cell = ".."
                row[f"{year} [YR{year}]"] = cell
            rows.append(row)
    frame = pd.DataFrame(rows)
    footer = pd.DataFrame(
        {"Country Name": ["", "", "", "Data from database: World Development Indicators", "Last Updated: 12/18/2023"]}
    )
    return pd.concat([frame, footer], ignore_index=True)


def _wb_pc(d: pd.DataFrame, countries_only: bool = True) -> pd.DataFrame:
    x = d[d["Series Name"] == _WB_PC].copy()
    if countries_only:
        x = x[~x["Country Code"].isin(_WB_AGG_CODES)]
    for year in _WB_YEARS:
        x[year] = _num(x[f"{year} [YR{year}]"])
    return x.set_index("Country Name")


def _wb_value(country: str, year: int) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(_wb_pc(d, False).loc[country, year])


def _wb_peak_year(country: str) -> Callable[[pd.DataFrame], int]:
    return lambda d: int(_wb_pc(d, False).loc[country, _WB_YEARS].astype(float).idxmax())


_WB_KEYS = ("Country Name", "Country Code", "Series Name", "Series Code")


def _wb_col(year: int) -> str:
    return f"{year} [YR{year}]"


_WB_QS = [
    Q(
        "which country emits the most co2 per person in 2020",
        _lead(_named(lambda d: _top(_wb_pc(d)[2020]))),
        (*_WB_KEYS, _wb_col(2020)),
    ),
    Q(
        "whats the world average per person that year",
        either(
            _about(_wb_value("World", 2020), rel=0.02),
            _about(lambda d: _wb_pc(d)[2020].mean(), rel=0.02),
        ),
        (*_WB_KEYS, _wb_col(2020)),
    ),
    Q(
        "how much did germany's per capita emissions change between 1990 and 2020",
        either(
            _pct(lambda d: _wb_value("Germany", 2020)(d) / _wb_value("Germany", 1990)(d) - 1),
            _about(lambda d: _wb_value("Germany", 2020)(d) - _wb_value("Germany", 1990)(d), rel=0.02),
        ),
        (*_WB_KEYS, _wb_col(1990), _wb_col(2020)),
    ),
    Q(
        "how many countries were above 10 tonnes per person in 2019",
        either(
            _count(lambda d: int((_wb_pc(d)[2019] > 10).sum())),
            _count(lambda d: int((_wb_pc(d, False)[2019] > 10).sum())),
        ),
        (*_WB_KEYS, _wb_col(2019)),
    ),
    Q(
        "in which year was china's per capita co2 highest",
        _lead(_year(_wb_peak_year("China"))),
        (*_WB_KEYS, *(_wb_col(y) for y in _WB_YEARS)),
    ),
    Q(
        "and the us?",
        _lead(_year(_wb_peak_year("United States"))),
        (*_WB_KEYS, *(_wb_col(y) for y in _WB_YEARS)),
    ),
]


HELDOUT148: list[Dataset] = [
    Dataset("meetup_event_attendees", _meetup_frame, _MEETUP_QS),
    Dataset("wordpress_woo_subscriptions", _woo_frame, _WOO_QS),
    Dataset("vercel_usage_export", _vercel_frame, _VERCEL_QS),
    Dataset("ally_bank_transactions", _ally_frame, _ALLY_QS),
    Dataset("destatis_foreign_trade_by_country", _destatis_frame, _DESTATIS_QS),
    Dataset("fema_disaster_declarations", _fema_frame, _FEMA_QS),
    Dataset("world_bank_co2_emissions_wide", _wb_frame, _WB_QS),
]
