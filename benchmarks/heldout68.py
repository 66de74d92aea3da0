"""HELDOUT68: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public datasets an analyst is likely to bring along: Kaggle's
Laptop Price file (laptop_price.csv, 1303 laptops) with laptop_ID, Company, Product, TypeName, Inches, screens such as
"IPS Panel Retina Display 2560x1600" or "Full HD / Touchscreen 1920x1080", Cpu as "Intel Core i5 7200U 2.5GHz" (a
Samsung Cortex in the Chromebook Plus), Ram as "8GB", Memory as "128GB SSD +  1TB HDD" (two spaces, as the file has
it), "1.0TB Hybrid" or "32GB Flash Storage", Gpu, OpSys with "No OS", "Windows 10 S", "macOS" beside "Mac OS X" and
"Chrome OS", Weight as "1.37kg" (a few "2.2kgs") and Price_euros; Kaggle's NBA Players stats since 1950 (a subset of
Seasons_Stats.csv, about 3000 player seasons) with its unnamed index column, Year as a float, "*" after a Hall of
Famer's name, positions such as "PG", "SG-SF" and the 1950s "G", "F-C", float ages and games, a "TOT" row before the
team rows of a season split by a trade, GS blank before 1982, MP and PER before 1952, TRB in 1950, STL and BLK before
1974, TOV before 1978 and the three-point columns before 1980 (3P% also where 3PA is 0), shares as three-decimal
fractions and six rows blank but for the index; TidyTuesday's Great British Bake Off bakers.csv (120 bakers of series
1-10) with baker_full, baker, age, occupation, hometown, star_baker counts (none in series 1, which had no star
baker), technical_winner, technical_top3 and technical_bottom counts, technical_highest / lowest / median ranks
(series 1 only kept the top three, so many are blank and technical_bottom is blank there), 0/1 series_winner and
series_runner_up, total_episodes_appeared, ISO first and last dates and percentages to seven decimals; Kaggle's
E-commerce Customer Churn file (4000 customers from CustomerID 50001) with 0/1 Churn, blanks in Tenure,
WarehouseToHome, HourSpendOnApp, OrderAmountHikeFromlastYear, CouponUsed, OrderCount and DaySinceLastOrder, "Mobile
Phone" / "Phone" / "Computer" login devices, CityTier 1-3, payment modes written "Debit Card", "Credit Card", "CC",
"COD", "Cash on Delivery", "E wallet" and "UPI", the misspelt PreferedOrderCat with both "Mobile" and "Mobile Phone",
two warehouse distances of 126 and 127 and CashbackAmount to the cent; data.gov's Lottery Powerball Winning Numbers
(1575 draws from 02/03/2010 to 12/30/2023) with Draw Date as "09/26/2020", the six numbers zero-padded in one text
column ("20 24 25 35 38 07", the Powerball last), a Multiplier blank for the first months and a few draws, Monday
draws from August 2021, the ball ranges of each era, and the rows from 09/26/2020 on put first; a 5000-row sample of
Kaggle's San Francisco Crime Classification train.csv (every other week from 2003-01-06 to 2015-05-13, newest first)
with Dates as "2015-05-13 23:53:00", upper-case Category and Descript, DayOfWeek, PdDistrict, Resolution such as
"ARREST, BOOKED" or "NONE", block and corner addresses, X longitude and Y latitude with four rows at -120.5 / 90.0;
and Kaggle's co2_emissions_kt_by_country.csv (52 countries and seven World Bank aggregates such as "World", "High
income" and "East Asia & Pacific", 1960-2019, Russia and the Czech Republic only from 1990, Kazakhstan and Ukraine
from 1992) with country_code, World Bank country_name ("Korea, Rep.", "Russian Federation"), year and value in
kilotonnes to three decimals, sorted by code. All are generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _all_named, _count, _day, _lead, _named, _pct, _share, _shares, _split, _text, _year
from .heldout38 import _draw, _table
from .heldout39 import _clock, _fields
from .heldout40 import _fixed, _top_named
from .heldout42 import _ranked, _unique
from .offline_eval import Check, Dataset, Q, both, either, has
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------


def _curve(year: float, knots: str) -> float:
    """A value read off "1950:0.34;1980:0.48" at `year`, straight between the knots."""
    points = [k.split(":") for k in _split(knots)]
    return float(np.interp(year, [float(p[0]) for p in points], [float(p[1]) for p in points]))


def _ar_noise(rng: np.random.Generator, n: int, sd: float, keep: float = 0.7) -> np.ndarray:
    """`n` steps of noise that drifts: each step keeps `keep` of the one before."""
    shocks = rng.normal(0, sd, n)
    out = np.zeros(n)
    for k in range(n):
        out[k] = (keep * out[k - 1] if k else 0.0) + shocks[k]
    return out


def _numbers_said(values: Callable[[pd.DataFrame], list[int]]) -> Check:
    """One of the whole numbers computed from the frame is said, as itself or zero-padded ("8" or "08")."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        wanted = [int(v) for v in values(df)]
        for n in wanted:
            if re.search(rf"(?<![\d.])0?{n}(?!\d|[.,]\d)", answer):
                return None
        return f"missing number {' or '.join(str(n) for n in wanted)}"

    return check


# --- 1. Laptop prices (Kaggle "Laptop Price", laptop_price.csv) ------------------------------------------------------

# company: weight, price premium, products as "name|type"
_LP_MAKERS: dict[str, tuple[float, float, str]] = {
    "Dell": (
        297,
        1.0,
        "Inspiron 3567|Notebook;Inspiron 5570|Notebook;Vostro 3568|Notebook;Latitude 5590|Notebook;"
        "Inspiron 15 7000|Gaming;Alienware 15|Gaming;XPS 13|Ultrabook;Latitude 7490|Ultrabook;"
        "Inspiron 5379|2 in 1 Convertible;Precision 3520|Workstation;Latitude 3180|Netbook",
    ),
    "Lenovo": (
        297,
        0.96,
        "IdeaPad 320-15IKB|Notebook;IdeaPad 320-15ISK|Notebook;ThinkPad E580|Notebook;V330-15IKB|Notebook;"
        "ThinkPad T480|Notebook;Legion Y520-15IKBN|Gaming;Legion Y720-15IKB|Gaming;ThinkPad X1 Carbon|Ultrabook;"
        "ThinkPad T480s|Ultrabook;Yoga 720-13IKB|2 in 1 Convertible;Yoga 520-14IKB|2 in 1 Convertible;"
        "Yoga Book|2 in 1 Convertible;ThinkPad P51|Workstation;IdeaPad 120S-11IAP|Netbook",
    ),
    "HP": (
        274,
        0.95,
        "250 G6|Notebook;255 G6|Notebook;ProBook 450 G5|Notebook;15-bs002nv (i3-6006U/4GB/128GB/FHD/W10)|Notebook;"
        "Pavilion 15-CK000nv|Notebook;EliteBook 840 G5|Ultrabook;Envy 13-ad009n|Ultrabook;Omen 15-ce007nv|Gaming;"
        "Pavilion Power 15-cb004nv|Gaming;Spectre x360|2 in 1 Convertible;Pavilion x360 14-ba003nv|2 in 1 Convertible;"
        "ZBook 15u G4|Workstation;Stream 11-Y000na|Netbook",
    ),
    "Asus": (
        158,
        1.0,
        "VivoBook Max X541NA|Notebook;X541UV-DM1439T (i3-7100U/6GB/256GB/GeForce 920M/W10)|Notebook;"
        "VivoBook S15 S510UA|Notebook;ZenBook UX430UN|Ultrabook;ZenBook 3|Ultrabook;ROG Strix GL553VD|Gaming;"
        "ROG Zephyrus GX501VI|Gaming;FX503VD-E4022T (i7-7700HQ/8GB/1TB/GeForce GTX 1050/W10)|Gaming;"
        "Transformer Mini|2 in 1 Convertible;ZenBook Flip UX360UAK|2 in 1 Convertible;"
        "E203MAH-FD004T (N4000/4GB/64GB/W10)|Netbook;Chromebook C202SA|Netbook",
    ),
    "Acer": (
        103,
        0.84,
        "Aspire 3|Notebook;Aspire 5|Notebook;Aspire E5-576G|Notebook;Extensa EX2540|Notebook;Swift 3|Ultrabook;"
        "Swift 5|Ultrabook;Nitro AN515-51|Gaming;Predator Helios 300|Gaming;Spin 5|2 in 1 Convertible;"
        "Chromebook 14|Notebook;TravelMate B117-M|Netbook;Chromebook Spin 11|Netbook",
    ),
    "MSI": (
        54,
        1.1,
        "GE72VR Apache|Gaming;GS63VR Stealth|Gaming;GL62M 7RDX|Gaming;GT73VR Titan|Gaming;GP62M Leopard|Gaming;"
        "GE63VR Raider|Gaming;WS63 7RK|Workstation",
    ),
    "Toshiba": (
        48,
        1.08,
        "Portege Z30-C-1CV|Ultrabook;Tecra A50-C-1ZV|Notebook;Satellite Pro R50-C-15W|Notebook;"
        "Portege X30-D-10L|Ultrabook;Tecra Z40-C-136|Notebook;Portege X20W-D-10V|2 in 1 Convertible",
    ),
    "Apple": (21, 1.4, 'MacBook Pro|Ultrabook;Macbook Air|Ultrabook;MacBook 12"|Ultrabook'),
    "Samsung": (
        9,
        1.2,
        "Notebook 9|Ultrabook;Chromebook Plus|2 in 1 Convertible;Notebook Odyssey|Gaming;"
        "Chromebook Pro|2 in 1 Convertible",
    ),
    "Razer": (7, 1.65, "Blade Pro|Gaming;Blade Stealth|Ultrabook"),
    "Mediacom": (7, 0.45, "SmartBook 140|Notebook;FlexBook Edge|2 in 1 Convertible;SmartBook Edge|Notebook"),
    "Microsoft": (6, 1.3, "Surface Laptop|Ultrabook;Surface Book|2 in 1 Convertible"),
    "Xiaomi": (4, 0.9, "Mi Notebook Air|Ultrabook;Mi Notebook Pro|Ultrabook"),
    "Vero": (4, 0.4, "K146 (Atom X5-Z8350/4GB/32GB/W10)|Notebook;V131 (X5-Z8350/4GB/32GB/FHD/W10)|Netbook"),
    "Chuwi": (3, 0.48, 'LapBook 15.6"|Notebook;LapBook 12.3|Ultrabook'),
    "Google": (3, 1.3, "Chromebook Pixel (2015)|Ultrabook"),
    "Fujitsu": (3, 0.9, "Lifebook A557|Notebook;LifeBook E557|Notebook"),
    "LG": (3, 1.35, "Gram 15Z970|Ultrabook;Gram 14Z970|Ultrabook"),
    "Huawei": (2, 1.15, "MateBook X|Ultrabook;MateBook D|Notebook"),
}
# type: base price (EUR), kg per inch, inches, ram (GB), cpus, gpus, screens, memories
_LP_KINDS: dict[str, tuple[float, float, str, str, str, str, str, str]] = {
    "Notebook": (
        700,
        0.133,
        "15.6:72;14:14;17.3:9;13.3:4;11.6:1",
        "4:38;8:46;16:7;6:6;2:1;12:2",
        "Intel Core i5 7200U 2.5GHz:26;Intel Core i7 7500U 2.7GHz:14;Intel Core i3 6006U 2GHz:18;"
        "Intel Core i5 8250U 1.6GHz:12;Intel Core i7 8550U 1.8GHz:10;Intel Celeron Dual Core N3060 1.6GHz:6;"
        "Intel Pentium Quad Core N4200 1.1GHz:4;AMD A9-Series 9420 3GHz:4;AMD A6-Series 9220 2.5GHz:3;"
        "AMD Ryzen 5 2500U 2GHz:1;Intel Core i3 7100U 2.4GHz:2",
        "Intel HD Graphics 620:46;Intel UHD Graphics 620:14;Intel HD Graphics 520:7;Intel HD Graphics 400:4;"
        "Nvidia GeForce 940MX:9;Nvidia GeForce MX150:11;Nvidia GeForce 930MX:3;AMD Radeon 530:6",
        "1366x768:36;Full HD 1920x1080:38;IPS Panel Full HD 1920x1080:13;Full HD / Touchscreen 1920x1080:5;"
        "Touchscreen 1366x768:2;1600x900:4;IPS Panel 1366x768:2",
        "1TB HDD:22;256GB SSD:25;500GB HDD:11;128GB SSD +  1TB HDD:10;256GB SSD +  1TB HDD:7;128GB SSD:9;512GB SSD:4;"
        "32GB Flash Storage:2;1.0TB Hybrid:2;2TB HDD:2;180GB SSD:1;64GB Flash Storage:1;16GB SSD:0.5",
    ),
    "Gaming": (
        960,
        0.163,
        "15.6:63;17.3:35;14:2",
        "8:36;16:50;32:8;12:4;24:2",
        "Intel Core i7 7700HQ 2.8GHz:68;Intel Core i5 7300HQ 2.5GHz:14;Intel Core i7 8750H 2.2GHz:10;"
        "Intel Core i7 7820HK 2.9GHz:4;AMD Ryzen 1700 3GHz:2;AMD Ryzen 1600 3.2GHz:2",
        "Nvidia GeForce GTX 1050:30;Nvidia GeForce GTX 1050 Ti:20;Nvidia GeForce GTX 1060:32;"
        "Nvidia GeForce GTX 1070:13;Nvidia GeForce GTX 1080:5",
        "Full HD 1920x1080:44;IPS Panel Full HD 1920x1080:46;IPS Panel 4K Ultra HD 3840x2160:5;IPS Panel 2560x1440:3;"
        "Full HD / Touchscreen 1920x1080:2",
        "128GB SSD +  1TB HDD:30;256GB SSD +  1TB HDD:33;256GB SSD:10;512GB SSD:8;1TB HDD:6;512GB SSD +  1TB HDD:6;"
        "1.0TB Hybrid:4;256GB SSD +  2TB HDD:3",
    ),
    "Ultrabook": (
        1090,
        0.097,
        "13.3:46;14:30;15.6:14;12.5:6;12:4",
        "8:58;16:32;4:8;32:2",
        "Intel Core i5 7200U 2.5GHz:28;Intel Core i7 8550U 1.8GHz:27;Intel Core i5 8250U 1.6GHz:22;"
        "Intel Core i7 7500U 2.7GHz:18;Intel Core M m3 1.2GHz:5",
        "Intel HD Graphics 620:56;Intel UHD Graphics 620:30;Intel HD Graphics 615:7;Nvidia GeForce MX150:7",
        "Full HD 1920x1080:34;IPS Panel Full HD 1920x1080:40;Quad HD+ / Touchscreen 3200x1800:9;"
        "IPS Panel 4K Ultra HD / Touchscreen 3840x2160:4;1366x768:9;IPS Panel Quad HD+ 2560x1440:4",
        "256GB SSD:55;512GB SSD:22;128GB SSD:14;128GB Flash Storage:3;256GB Flash Storage:4;1TB SSD:2",
    ),
    "2 in 1 Convertible": (
        1030,
        0.108,
        "13.3:36;14:24;15.6:22;11.6:12;12.3:6",
        "8:55;4:25;16:18;12:2",
        "Intel Core i5 7200U 2.5GHz:30;Intel Core i7 7500U 2.7GHz:19;Intel Core i5 8250U 1.6GHz:20;"
        "Intel Core i7 8550U 1.8GHz:16;Intel Celeron Dual Core N3060 1.6GHz:10;Intel Core M m3-7Y30 1GHz:5",
        "Intel HD Graphics 620:55;Intel UHD Graphics 620:26;Intel HD Graphics 400:10;Intel HD Graphics 615:9",
        "Full HD / Touchscreen 1920x1080:46;IPS Panel Full HD / Touchscreen 1920x1080:40;"
        "Touchscreen 1366x768:10;IPS Panel Quad HD+ / Touchscreen 3200x1800:4",
        "256GB SSD:45;512GB SSD:15;128GB SSD:12;1TB HDD:10;32GB Flash Storage:8;64GB Flash Storage:5;500GB HDD:5",
    ),
    "Workstation": (
        1300,
        0.158,
        "15.6:76;17.3:24",
        "16:46;8:24;32:26;64:4",
        "Intel Core i7 7700HQ 2.8GHz:44;Intel Core i7 7820HQ 2.9GHz:31;Intel Xeon E3-1505M V6 3GHz:25",
        "Nvidia Quadro M1200:40;Nvidia Quadro M2200:30;AMD FirePro W6150M:10;Nvidia Quadro P4000:20",
        "Full HD 1920x1080:44;IPS Panel Full HD 1920x1080:36;IPS Panel 4K Ultra HD 3840x2160:20",
        "256GB SSD:30;512GB SSD:35;1TB SSD:15;256GB SSD +  1TB HDD:10;512GB SSD +  1TB HDD:10",
    ),
    "Netbook": (
        640,
        0.1,
        "11.6:72;12.5:14;14:14",
        "4:60;2:30;8:10",
        "Intel Celeron Dual Core N3060 1.6GHz:44;Intel Atom x5-Z8350 1.44GHz:26;"
        "Intel Celeron Dual Core N3350 1.1GHz:20;Intel Core i5 7200U 2.5GHz:10",
        "Intel HD Graphics 400:56;Intel HD Graphics 500:34;Intel HD Graphics:10",
        "1366x768:80;Touchscreen 1366x768:12;Full HD 1920x1080:8",
        "32GB Flash Storage:36;16GB Flash Storage:10;64GB Flash Storage:15;128GB SSD:14;500GB HDD:15;256GB SSD:10",
    ),
}
# Apple product: inches, cpus, gpus, screens, memories
_LP_APPLE: dict[str, tuple[str, str, str, str, str]] = {
    "MacBook Pro": (
        "13.3:70;15.4:30",
        "Intel Core i5 2.3GHz:40;Intel Core i5 3.1GHz:25;Intel Core i7 2.8GHz:20;Intel Core i7 2.9GHz:15",
        "Intel Iris Plus Graphics 640:55;Intel Iris Plus Graphics 650:20;AMD Radeon Pro 555:15;AMD Radeon Pro 560:10",
        "IPS Panel Retina Display 2560x1600:70;IPS Panel Retina Display 2880x1800:30",
        "256GB SSD:45;512GB SSD:35;128GB SSD:20",
    ),
    "Macbook Air": (
        "13.3:100",
        "Intel Core i5 1.8GHz:70;Intel Core i7 2.2GHz:30",
        "Intel HD Graphics 6000:100",
        "1440x900:100",
        "128GB Flash Storage:50;256GB Flash Storage:35;128GB SSD:15",
    ),
    'MacBook 12"': (
        "12:100",
        "Intel Core M 1.2GHz:50;Intel Core M m3 1.2GHz:30;Intel Core i5 1.3GHz:20",
        "Intel HD Graphics 615:100",
        "IPS Panel Retina Display 2304x1440:100",
        "256GB SSD:60;512GB SSD:40",
    ),
}
# how often a product of each type is picked, beside the others of its company
_LP_KIND_WEIGHTS = {"Notebook": 7.0, "Gaming": 2.2, "Ultrabook": 2.0, "2 in 1 Convertible": 1.3}
_LP_KIND_WEIGHTS |= {"Workstation": 0.5, "Netbook": 0.45}
_LP_SYSTEMS = "Windows 10:84;No OS:5.3;Linux:4.8;Windows 7:3.6;Windows 10 S:0.3"
_LP_CPU_TIERS = (
    "Xeon:1.5;i7:1.3;Ryzen:1.12;i5:1.08;Core M:0.95;i3:0.85;A9:0.7;A6:0.62;Pentium:0.6;Celeron:0.55;Atom:0.5"
)


def _lp_factor(cpu: str) -> float:
    return next((float(f) for key, f in (x.split(":") for x in _split(_LP_CPU_TIERS)) if key in cpu), 1.0)


def _lp_special(product: str, rng: np.random.Generator) -> dict[str, Any]:
    """The few products whose specs do not follow their type."""
    if product in ("Chromebook Plus", "Chromebook Pro"):
        return {
            "Inches": 12.3,
            "ScreenResolution": "IPS Panel Touchscreen 2400x1600",
            "Cpu": "Samsung Cortex A72&A53 2.0GHz" if product == "Chromebook Plus" else "Intel Core M 6Y30 0.9GHz",
            "Gpu": "ARM Mali T860 MP4" if product == "Chromebook Plus" else "Intel HD Graphics 515",
            "Memory": "32GB Flash Storage",
            "_ram": 4,
            "OpSys": "Chrome OS",
        }
    if "Chromebook" in product:
        return {
            "Memory": str(_one(rng, ["16GB Flash Storage", "32GB Flash Storage", "64GB Flash Storage"])),
            "_ram": int(_one(rng, [2, 4], [30, 70])),
            "OpSys": "Chrome OS",
        }
    if product == "Yoga Book":
        return {
            "Inches": 10.1,
            "ScreenResolution": "IPS Panel Touchscreen 1920x1200",
            "Cpu": "Intel Atom x5-Z8550 1.44GHz",
            "Gpu": "Intel HD Graphics 400",
            "Memory": "64GB Flash Storage",
            "_ram": 4,
            "OpSys": str(_one(rng, ["Android", "Windows 10"])),
        }
    if product.startswith("Surface"):
        return {
            "Inches": 13.5,
            "ScreenResolution": "Touchscreen 2256x1504"
            if product == "Surface Laptop"
            else "IPS Panel Touchscreen 3000x2000",
            "OpSys": "Windows 10 S" if product == "Surface Laptop" else "Windows 10",
        }
    return {}


def _laptop_frame() -> pd.DataFrame:
    rng = np.random.default_rng(6801)
    makers, weights = list(_LP_MAKERS), [m[0] for m in _LP_MAKERS.values()]
    ids = np.sort(rng.choice(np.arange(1, 1321), 1303, replace=False))
    rows: list[dict[str, Any]] = []
    for laptop_id in ids:
        company = str(_one(rng, makers, weights))
        _w, premium, products = _LP_MAKERS[company]
        options = _fields(products)
        product, kind = _one(rng, options, [_LP_KIND_WEIGHTS[k] for _p, k in options])
        base, per_inch, inches_t, ram_t, cpus, gpus, screens, memories = _LP_KINDS[kind]
        if company == "Apple":
            inches_t, cpus, gpus, screens, memories = _LP_APPLE[product]
        spec: dict[str, Any] = {
            "Inches": float(_draw(rng, inches_t)),
            "ScreenResolution": _draw(rng, screens),
            "Cpu": _draw(rng, cpus),
            "Gpu": _draw(rng, gpus),
            "Memory": _draw(rng, memories),
            "_ram": int(_one(rng, [8, 16], [70, 30])) if company == "Apple" else int(_draw(rng, ram_t)),
            "OpSys": str(_one(rng, ["macOS", "Mac OS X"], [62, 38])) if company == "Apple" else _draw(rng, _LP_SYSTEMS),
        }
        spec |= _lp_special(product, rng)
        if spec["Cpu"].startswith("AMD") and kind != "Gaming":
            spec["Gpu"] = str(_one(rng, ["AMD Radeon R5", "AMD Radeon 530", "AMD Radeon R7 M445"], [50, 35, 15]))
        screen, memory, gpu, ram = spec["ScreenResolution"], spec["Memory"], spec["Gpu"], spec["_ram"]
        price = base * (ram / 8) ** 0.4 * _lp_factor(spec["Cpu"]) * premium * float(rng.lognormal(0, 0.2))
        price *= 1.12 if "SSD" in memory else 0.88 if "Flash" in memory else 1.0
        price *= 1.09 if "Touchscreen" in screen else 1.0
        price *= 1.2 if ("4K" in screen or "3200x1800" in screen) else 1.0
        price *= 1.25 if any(g in gpu for g in ("GTX 1070", "GTX 1080", "P4000")) else 1.0
        price *= 0.9 if spec["OpSys"] in ("No OS", "Linux") else 1.0
        price = float(np.clip(price, 174, 6099))
        price = float(round(price) - int(_one(rng, [0, 1]))) if rng.random() < 0.35 else round(price, 2)
        weight = per_inch * spec["Inches"] * float(rng.lognormal(0, 0.08)) * (0.82 if company == "Apple" else 1.0)
        weight = round(float(np.clip(weight + (0.35 if spec["Inches"] >= 17 else 0.0), 0.69, 4.7)), 2)
        rows.append(
            {
                "laptop_ID": int(laptop_id),
                "Company": company,
                "Product": product,
                "TypeName": kind,
                "Inches": spec["Inches"],
                "ScreenResolution": screen,
                "Cpu": spec["Cpu"],
                "Ram": f"{ram}GB",
                "Memory": memory,
                "Gpu": gpu,
                "OpSys": spec["OpSys"],
                "Weight": f"{weight:g}kgs" if rng.random() < 0.02 else f"{weight:g}kg",
                "Price_euros": price,
            }
        )
    return pd.DataFrame(rows)


def _lp_weight(d: pd.DataFrame) -> pd.Series:
    return pd.to_numeric(_text(d["Weight"]).str.replace(r"kgs?$", "", regex=True), errors="coerce")


def _lp_touch(d: pd.DataFrame) -> pd.Series:
    return _text(d["ScreenResolution"]).str.contains("touchscreen", case=False, regex=False)


def _lp_touch_means(d: pd.DataFrame) -> list[float]:
    by = d.groupby(_lp_touch(d))["Price_euros"].mean()
    return [float(by[True]), float(by[False])]


_LP_ID = ("laptop_ID", "Company", "Product")
_LAPTOP_QS = [
    Q(
        "whats the median laptop price",
        _scaled(lambda d: float(d["Price_euros"].median()), (1e3,)),
        (*_LP_ID, "Price_euros"),
    ),
    Q(
        "top 3 brands by number of laptops",
        _top_named(lambda d: _ranked(_text(d["Company"]).value_counts()), 3),
        (*_LP_ID,),
    ),
    Q(
        "how many of the laptops have a touchscreen?",
        _count(lambda d: float(_lp_touch(d).sum())),
        (*_LP_ID, "ScreenResolution"),
    ),
    Q(
        "and how does their avg price compare to the non touch ones",
        _scaled(_lp_touch_means, (1e3,)),
        (*_LP_ID, "ScreenResolution", "Price_euros"),
    ),
    Q(
        "what percentage run windows (any version)?",
        _share(lambda d: float(_text(d["OpSys"]).str.lower().str.startswith("windows").mean())),
        (*_LP_ID, "OpSys"),
    ),
    Q(
        "does screen size correlate with weight?",
        _corr(lambda d: d["Inches"], _lp_weight),
        (*_LP_ID, "Inches", "Weight"),
    ),
]


# --- 2. NBA player seasons (Kaggle "NBA Players stats since 1950", Seasons_Stats.csv) -------------------------------

# team code|first season|last season (the Year column: 1950 is the 1949-50 season)
_NB_TEAMS = _fields(
    "BOS|1950|2017;NYK|1950|2017;PHW|1950|1962;SYR|1950|1963;PHI|1964|2017;MNL|1950|1960;LAL|1961|2017;"
    "ROC|1950|1957;CIN|1958|1972;KCO|1973|1985;SAC|1986|2017;FTW|1950|1957;DET|1958|2017;TRI|1950|1951;"
    "MLH|1952|1955;STL|1956|1968;ATL|1969|2017;CHS|1950|1950;WSC|1950|1951;BLB|1950|1955;INO|1950|1953;"
    "AND|1950|1950;DNN|1950|1950;SHE|1950|1950;WAT|1950|1950;CHZ|1962|1962;CHP|1963|1963;BAL|1964|1973;"
    "CAP|1974|1974;WSB|1975|1997;WAS|1998|2017;CHI|1967|2017;SFW|1963|1971;GSW|1972|2017;SEA|1968|2008;"
    "OKC|2009|2017;SDR|1968|1971;HOU|1972|2017;PHO|1969|2017;MIL|1969|2017;BUF|1971|1978;SDC|1979|1984;"
    "LAC|1985|2017;CLE|1971|2017;POR|1971|2017;NOJ|1975|1979;UTA|1980|2017;DEN|1977|2017;IND|1977|2017;"
    "NJN|1977|2012;BRK|2013|2017;SAS|1977|2017;DAL|1981|2017;CHH|1989|2002;NOH|2003|2013;NOP|2014|2017;"
    "CHA|2005|2014;CHO|2015|2017;MIA|1989|2017;MIN|1990|2017;ORL|1990|2017;TOR|1996|2017;VAN|1996|2001;"
    "MEM|2002|2017"
)
_NB_FIRST = _split(
    "John;Bob;Bill;Jim;Jack;George;Dick;Paul;Tom;Walt;Earl;Larry;Mike;Kevin;Michael;Chris;David;Mark;Tony;Eric;"
    "Anthony;Chuck;Joe;Ron;Gary;Kenny;Derek;Tim;Jason;Brian;Scott;Steve;Greg;Rick;Dave;Jerome;Marcus;Darrell;"
    "Reggie;Terry;Willie;Jerry;Calvin;Dennis;Vince;Tyrone;Andre;Dwayne;Jamal;Rashard;Kyle;Jeff;Danny;Nick;Elton;"
    "Lamar;Shawn;Carl;Cedric;Otis;Hal;Fred;Al;Clyde;Ray;Sam;Lou;Frank;Ed;Don;Bernard;Darnell;Isaiah;Quincy;Trevor;"
    "Luke;Brandon;Jordan;Justin;Tyler;DeAndre;Jalen;Malik;Zach;Marvin;Lonnie;Byron;Vern;Moses;Wes"
)
_NB_LAST = _split(
    "Johnson;Williams;Smith;Jones;Brown;Davis;Miller;Wilson;Moore;Taylor;Anderson;Thomas;Jackson;White;Harris;"
    "Martin;Thompson;Robinson;Clark;Lewis;Lee;Walker;Hall;Allen;Young;King;Wright;Hill;Scott;Green;Adams;Baker;"
    "Nelson;Carter;Mitchell;Roberts;Turner;Phillips;Campbell;Parker;Evans;Edwards;Collins;Stewart;Morris;Murphy;"
    "Cook;Rogers;Cooper;Reed;Bailey;Bell;Howard;Ward;Cox;Richardson;Wood;Watson;Brooks;Bennett;Gray;James;Hughes;"
    "Price;Sanders;Myers;Long;Ross;Foster;Powell;Jenkins;Perry;Russell;Sullivan;Coleman;Butler;Barnes;Fisher;"
    "Henderson;Simmons;Gibson;Ellis;Hayes;Dixon;Hunt;Wallace;Gordon;Mack;Bryant;Porter;Holmes;Fields;Greer;"
    "Lucas;Malone;Hairston;Pettit;Cousy;Mikkelsen;Sharman;Twyman;Vandeweghe;Dantley;Ainge"
)
# position: rebounds, assists, steals, blocks, turnovers per 36 minutes; field goal % above the league; threes
_NB_ROLES: dict[str, tuple[float, float, float, float, float, float, float]] = {
    "PG": (4.2, 7.4, 1.6, 0.2, 2.9, -0.025, 1.3),
    "SG": (4.9, 3.9, 1.3, 0.35, 2.2, -0.015, 1.45),
    "SF": (6.4, 3.0, 1.2, 0.6, 2.1, 0.0, 1.1),
    "PF": (9.0, 2.3, 1.0, 1.0, 2.2, 0.02, 0.55),
    "C": (10.6, 2.0, 0.9, 1.8, 2.4, 0.04, 0.15),
    "G": (4.8, 5.6, 1.4, 0.3, 2.5, -0.02, 1.3),
    "F": (8.4, 2.7, 1.1, 0.8, 2.2, 0.01, 0.8),
}
_NB_EARLY_POS = "G:34;F:33;C:15;F-C:9;G-F:9"
_NB_POS = "PG:19.5;SG:19.5;SF:19;PF:20;C:17;SG-SF:1.2;PF-C:1.2;SF-SG:0.6;C-PF:0.6;PG-SG:1.2"
_NB_PACE = "1950:0.88;1955:1.0;1960:1.24;1965:1.2;1970:1.16;1975:1.08;1980:1.06;1990:1.0;1998:0.9;2005:0.91;2017:1.0"
_NB_REB = "1950:1.0;1955:1.25;1960:1.45;1968:1.3;1975:1.05;1990:1.0;2017:1.0"
_NB_FG = "1950:0.34;1955:0.37;1960:0.41;1970:0.46;1980:0.485;1990:0.475;2000:0.44;2010:0.46;2017:0.46"
_NB_THREE_RATE = "1980:0.03;1985:0.04;1990:0.08;1995:0.16;1998:0.12;2000:0.15;2010:0.22;2017:0.32"
_NB_THREE_PCT = "1980:0.28;1985:0.282;1990:0.33;1995:0.36;1998:0.345;2000:0.353;2010:0.355;2017:0.358"
_NB_COLUMNS = _split("Year;Player;Pos;Age;Tm;G;GS;MP;PER;TS%;FG;FGA;FG%;3P;3PA;3P%;TRB;AST;STL;BLK;TOV;PTS")
_NB_COUNTS = _split("G;GS;MP;FG;FGA;3P;3PA;TRB;AST;STL;BLK;TOV;PTS;FT;FTA")


def _nb_games(year: int) -> int:
    special = {1950: 68, 1951: 68, 1952: 66, 1953: 70, 1960: 75, 1961: 79, 1967: 81, 1999: 50, 2012: 66}
    if year in special:
        return special[year]
    return 72 if year < 1960 else 80 if year < 1967 else 82


def _nb_line(rng: np.random.Generator, year: int, games: int, mpg: float, p: dict[str, Any]) -> dict[str, float]:
    """One player's counting stats for `games` games with one team."""
    minutes = max(1.0, round(games * mpg * float(rng.lognormal(0, 0.06))))
    scale = minutes / 36 * _curve(year, _NB_PACE)
    role = _NB_ROLES[p["role"]]
    fga = int(rng.poisson(p["fga36"] * scale))
    rate = p["three"] * role[6] * _curve(year, _NB_THREE_RATE) if year >= 1980 else 0.0
    tpa = int(rng.binomial(fga, min(0.75, rate)))
    tp = int(rng.binomial(tpa, float(np.clip(_curve(year, _NB_THREE_PCT) + p["three_adj"], 0.05, 0.5))))
    fg_pct = _curve(year, _NB_FG) + role[5] + p["fg_adj"]
    two = int(rng.binomial(fga - tpa, float(np.clip(fg_pct + 0.04 * rate, 0.25, 0.68))))
    fta = int(rng.poisson(p["fta_rate"] * fga + 0.2))
    ft = int(rng.binomial(fta, p["ft_pct"]))
    line = {"G": float(games), "MP": minutes, "FG": float(two + tp), "FGA": float(fga), "3P": float(tp)}
    line |= {"3PA": float(tpa), "FT": float(ft), "FTA": float(fta), "PTS": float(2 * two + 3 * tp + ft)}
    line["TRB"] = float(rng.poisson(role[0] * p["reb"] * scale * _curve(year, _NB_REB)))
    for name, k in (("AST", 1), ("STL", 2), ("BLK", 3), ("TOV", 4)):
        line[name] = float(rng.poisson(role[k] * p[name.lower()] * scale))
    start = float(np.clip((mpg - 17) / 14, 0.01, 0.98))
    line["GS"] = float(rng.binomial(games, start))
    return line


def _nb_per(line: dict[str, float], year: int) -> float:
    value = line["PTS"] + 0.8 * line["TRB"] + line["AST"] + line["STL"] + line["BLK"] - line["TOV"]
    value -= 0.8 * (line["FGA"] - line["FG"]) + 0.45 * (line["FTA"] - line["FT"])
    return round(15 * value / line["MP"] * 36 / _curve(year, _NB_PACE) / 17.5, 1)


def _nb_row(line: dict[str, float], year: int, who: dict[str, Any], age: int, team: str) -> dict[str, Any]:
    """A row as the file has it: shares recomputed from the counts, blanks where a stat was not kept that year."""
    row: dict[str, Any] = {"Year": float(year), "Player": who["name"], "Pos": who["pos"], "Age": float(age)}
    row |= {"Tm": team, **{c: line[c] for c in _NB_COLUMNS if c in line}}
    row["PER"] = line["PER"]
    row["FG%"] = round(line["FG"] / line["FGA"], 3) if line["FGA"] else None
    row["3P%"] = round(line["3P"] / line["3PA"], 3) if line["3PA"] else None
    shots = 2 * (line["FGA"] + 0.44 * line["FTA"])
    row["TS%"] = round(line["PTS"] / shots, 3) if shots else None
    blank = ["3P", "3PA", "3P%"] * (year < 1980) + ["GS"] * (year < 1982) + ["MP", "PER"] * (year < 1952)
    blank += ["TRB"] * (year < 1951) + ["STL", "BLK"] * (year < 1974) + ["TOV"] * (year < 1978)
    for c in blank:
        row[c] = None
    return row


def _nb_player(rng: np.random.Generator, used: set[str]) -> dict[str, Any]:
    teams_by_year = {y: sum(int(a) <= y <= int(b) for _t, a, b in _NB_TEAMS) for y in range(1950, 2018)}
    debut = int(_one(rng, list(teams_by_year), list(teams_by_year.values())))
    skill = float(rng.normal(0, 1))
    pos = _draw(rng, _NB_EARLY_POS if debut < 1960 else _NB_POS)
    p: dict[str, Any] = {"debut": debut, "skill": skill, "pos": pos, "role": pos.split("-")[0]}
    p["name"] = _unique(rng, lambda r: f"{_one(r, _NB_FIRST)} {_one(r, _NB_LAST)}", used)
    p["age0"] = int(np.clip(round(rng.normal(22.6, 1.4)), 19, 28))
    p["seasons"] = int(rng.geometric(float(np.clip(0.22 - 0.05 * skill, 0.08, 0.45))))
    p["pts36"] = float(np.clip(rng.normal(14 + 4.3 * skill, 1.8), 4, 34))
    p["fg_adj"], p["three_adj"] = float(rng.normal(0, 0.022)), float(rng.normal(0, 0.035))
    p["three"] = float(rng.lognormal(0, 0.5))
    p["fta_rate"] = float(rng.uniform(0.2, 0.42))
    p["ft_pct"] = float(np.clip(rng.normal(0.76 - (0.1 if p["role"] == "C" else 0.0), 0.07), 0.4, 0.93))
    for k in ("reb", "ast", "stl", "blk", "tov"):
        p[k] = float(np.clip(rng.lognormal(0, 0.22), 0.6, 1.6))
    p["mpg"] = float(np.clip(rng.normal(20 + 7 * skill, 4), 4, 42))
    fg = _curve(debut, _NB_FG)
    p["fga36"] = p["pts36"] / (2 * fg + p["fta_rate"] * p["ft_pct"])
    return p


def _nba_frame() -> pd.DataFrame:
    rng = np.random.default_rng(6802)
    used: set[str] = set()
    rows: list[dict[str, Any]] = []
    for _ in range(640):
        p = _nb_player(rng, used)
        teams = [t for t, a, b in _NB_TEAMS if int(a) <= p["debut"] <= int(b)]
        team = str(_one(rng, teams))
        played: list[dict[str, Any]] = []
        for k in range(p["seasons"]):
            year, age = p["debut"] + k, p["age0"] + k
            if year > 2017 or age > 39:
                break
            teams = [t for t, a, b in _NB_TEAMS if int(a) <= year <= int(b)]
            if team not in teams or rng.random() < 0.12:
                team = str(_one(rng, teams))
            aging = 1 - 0.0035 * (age - 27) ** 2
            mpg = float(np.clip(p["mpg"] * aging * rng.lognormal(0, 0.12), 2, 46))
            games = int(np.clip(round(_nb_games(year) * rng.beta(4, 1.2) * (0.7 if mpg < 10 else 1)), 1, 82))
            stints = [team]
            if year > 1950 and games >= 4 and rng.random() < 0.075:
                stints.append(str(_one(rng, [t for t in teams if t != team])))
                if rng.random() < 0.1:
                    stints.append(str(_one(rng, [t for t in teams if t not in stints])))
            cuts = sorted(int(x) for x in rng.choice(np.arange(1, games), len(stints) - 1, replace=False))
            split = np.diff([0, *cuts, games]).astype(int)
            pieces = []
            for tm, g in zip(stints, split, strict=True):
                line = _nb_line(rng, year, int(g), mpg, p | {"fga36": p["fga36"] * max(0.4, aging)})
                line["PER"] = _nb_per(line, year)
                pieces.append((tm, line))
            if len(pieces) > 1:
                total = {c: sum(line[c] for _t, line in pieces) for c in _NB_COUNTS}
                total["PER"] = round(sum(line["PER"] * line["MP"] for _t, line in pieces) / total["MP"], 1)
                pieces.insert(0, ("TOT", total))
            for order, (tm, line) in enumerate(pieces):
                row = _nb_row(line, year, p, age, tm)
                row["_key"] = (year, p["name"].split(" ", 1)[1], p["name"], order)
                played.append(row)
            team = stints[-1]
        if len(played) >= 8 and p["skill"] > 1.6:
            for row in played:
                row["Player"] += "*"
        rows.extend(played)
    rows.sort(key=lambda r: r["_key"])
    frame = pd.DataFrame(rows).drop(columns="_key")[_NB_COLUMNS]
    gaps = np.sort(rng.choice(np.arange(100, len(frame)), 6, replace=False))
    blank = pd.DataFrame([{c: None for c in _NB_COLUMNS}] * len(gaps), index=gaps - 0.5)
    frame = pd.concat([frame, blank]).sort_index(kind="stable").reset_index(drop=True)
    frame.insert(0, "", np.arange(len(frame)))
    return frame


def _nb(d: pd.DataFrame, unique: bool) -> pd.DataFrame:
    """The player seasons (the blank rows dropped); `unique` keeps only the TOT row of a season split by a trade."""
    rows = d.dropna(subset=["Player"])
    if not unique:
        return rows
    key = rows["Year"].astype(str) + "|" + _text(rows["Player"])
    tot = _text(rows["Tm"]) == "TOT"
    return rows[tot | ~key.isin(set(key[tot]))]


def _nb_column(column: str, unique: bool) -> Callable[[pd.DataFrame], pd.Series]:
    return lambda d: _nb(d, unique)[column]


def _nb_best(d: pd.DataFrame) -> pd.Series:
    rows = _nb(d, False)
    return rows.loc[rows["PTS"].idxmax()]


def _nb_rebounds(exact: bool, per_row: bool, unique: bool) -> Callable[[pd.DataFrame], list[float]]:
    """Rebounds per game of centers and of point guards: "C" and "PG" alone or anywhere in the position, the mean
    of each season's per-game figure or all rebounds over all games."""

    def means(d: pd.DataFrame) -> list[float]:
        rows = _nb(d, unique).dropna(subset=["TRB"])
        pos = _text(rows["Pos"])
        out = []
        for want in ("C", "PG"):
            mask = pos == want if exact else pd.Series([want in x.split("-") for x in pos], index=pos.index)
            part = rows[mask]
            out.append(float((part["TRB"] / part["G"]).mean() if per_row else part["TRB"].sum() / part["G"].sum()))
        return out

    return means


def _nb_scorers(unique: bool, players: bool) -> Callable[[pd.DataFrame], float]:
    def count(d: pd.DataFrame) -> float:
        rows = _nb(d, unique)
        hot = rows[rows["PTS"] / rows["G"] > 25]
        return float(_text(hot["Player"]).str.rstrip("*").nunique() if players else len(hot))

    return count


def _nb_decades(per_row: bool, unique: bool) -> Callable[[pd.DataFrame], list[float]]:
    """League three-point % in the 1980s, 1990s, 2000s and 2010s."""

    def shares(d: pd.DataFrame) -> list[float]:
        rows = _nb(d, unique)
        rows = rows[rows["Year"] >= 1980]
        decade = (rows["Year"] // 10 * 10).astype(int)
        if per_row:
            return [float(x) for x in rows["3P%"].groupby(decade).mean()]
        sums = rows.groupby(decade)[["3P", "3PA"]].sum()
        return [float(x) for x in sums["3P"] / sums["3PA"]]

    return shares


_NB_ID = ("Unnamed: 0", "Year", "Player", "Tm")
_NBA_QS = [
    Q(
        "who scored the most points in a single season?",
        _lead(_named(lambda d: str(_nb_best(d)["Player"]).rstrip("*"))),
        (*_NB_ID, "PTS"),
    ),
    Q(
        "what year was that and how many ppg did he average?",
        both(_year(lambda d: float(_nb_best(d)["Year"])), has(lambda d: _nb_best(d)["PTS"] / _nb_best(d)["G"])),
        (*_NB_ID, "PTS", "G"),
    ),
    Q(
        "avg rebounds per game for centers vs point guards",
        either(
            *(
                _about(_nb_rebounds(exact, per_row, unique))
                for exact in (True, False)
                for per_row in (True, False)
                for unique in (True, False)
            )
        ),
        (*_NB_ID, "Pos", "TRB", "G"),
    ),
    Q(
        "how many times did a player average more than 25 points a game in a season",
        either(*(_count(_nb_scorers(unique, players)) for unique in (True, False) for players in (True, False))),
        (*_NB_ID, "PTS", "G"),
    ),
    Q(
        "plot the league 3P% by decade since 1980, is it going up?",
        either(*(_shares(_nb_decades(per_row, unique)) for per_row in (True, False) for unique in (True, False))),
        (*_NB_ID, "3P%", "3P", "3PA"),
    ),
    Q(
        "correlation between minutes played and points",
        either(*(_corr(_nb_column("MP", unique), _nb_column("PTS", unique)) for unique in (True, False))),
        (*_NB_ID, "MP", "PTS"),
    ),
]


# --- 3. Great British Bake Off bakers (TidyTuesday 2022-10-25 bakeoff, bakers.csv) --------------------------------

# series: first episode (ISO date), bakers, episodes
_BB_SERIES: dict[int, tuple[str, int, int]] = {
    1: ("2010-08-17", 10, 6),
    2: ("2011-08-16", 12, 8),
    3: ("2012-08-14", 12, 10),
    4: ("2013-08-20", 13, 10),
    5: ("2014-08-06", 12, 10),
    6: ("2015-08-05", 12, 10),
    7: ("2016-08-24", 12, 10),
    8: ("2017-08-29", 12, 10),
    9: ("2018-08-28", 12, 10),
    10: ("2019-08-27", 13, 10),
}
_BB_WOMEN = _split(
    "Annabel;Beca;Briony;Candice;Cathryn;Chetna;Claire;Dawn;Diana;Flora;Frances;Helena;Holly;Jane;Janet;Jasminder;"
    "Julia;Kate;Kim-Joy;Lucy;Manisha;Mary-Anne;Miranda;Nancy;Natasha;Priya;Rosie;Ruby;Sandy;Sarah-Jane;Sophie;"
    "Stacey;Ugne;Victoria;Yan;Zoe;Alice;Amelia;Helen;Michelle;Rosemary;Louise;Nadiya;Karen;Rav;Briony;Jo;Hermine"
)
_BB_MEN = _split(
    "Ali;Andrew;Antony;Ben;Brendan;Dan;David;Edd;Glenn;Ian;Iain;Jamie;James;Jason;John;Jon;Josh;Liam;Luis;Mat;"
    "Michael;Paul;Phil;Rahul;Richard;Rob;Ryan;Selasi;Simon;Steven;Stuart;Terry;Tom;Val;Henry;Jeremy;Tamal;Marc"
)
_BB_LAST = _split(
    "Mills;Chambers;Kimber;Hunt;Norman;Bailey;Wilson;Henderson;Collister;Doherty;Bhatia;Cooper;Hussain;Wood;"
    "Evans;Hollywood;Barker;Kerr;Hamilton;Lewis;Rees;Campbell;Morris;Price;Marshall;Jennings;Palmer;Dawson;"
    "Gregory;Fleming;Wright;Hale;Cohen;Chowdhury;Ruddock;Abbott;Sheridan;Osei;Patel;Rahman;Okafor;Walsh;Doyle;"
    "McAllister;Sinclair;Whitfield;Pemberton;Ashworth;Thornton;Fairbairn;Kowalski;Lambert;Radcliffe;Stanton"
)
_BB_JOBS = _split(
    "Midwife;Dentist;Student;Retired;Software developer;Nurse;IT manager;Primary school teacher;Secondary school "
    "teacher;Civil servant;Engineer;Architect;Doctor;Accountant;Marketing manager;Stay-at-home mum;Builder;"
    "Physiotherapist;Police officer;Army officer;Head of marketing;Fashion designer;Musician;Shop assistant;"
    "Pharmacist;Veterinary surgeon;Project manager;Charity worker;Housewife;Electrician;Scientist;Banker;Lawyer"
)
_BB_TOWNS = _split(
    "Essex;Ongar, Essex;Milton Keynes;Bristol;Manchester;Leeds;Cardiff;Wigan;London;Dulwich, London;Brighton;"
    "Norwich;Kent;Sheffield;Leicester;Nottingham;Glasgow;Edinburgh;Belfast;Liverpool;Durham;Yorkshire;Bradford;"
    "Bolton;Exeter;Plymouth;Southampton;Oxford;Cambridge;Bath;Lincolnshire;Newcastle;Aberdeen;St Albans"
)
_BB_COLUMNS = _split(
    "series;baker_full;baker;age;occupation;hometown;baker_last;baker_first;star_baker;technical_winner;"
    "technical_top3;technical_bottom;technical_highest;technical_lowest;technical_median;series_winner;"
    "series_runner_up;total_episodes_appeared;first_date_appeared;last_date_appeared;percent_episodes_appeared;"
    "percent_technical_top3"
)


def _bb_plan(rng: np.random.Generator, bakers: int, episodes: int) -> list[int]:
    """How many bakers leave after each episode but the final, three left for it (double exits early on)."""
    leaving = bakers - 3
    plan = [leaving // (episodes - 1)] * (episodes - 1)
    for i in np.sort(rng.choice(np.arange(1, episodes - 2), leaving % (episodes - 1), replace=False)):
        plan[int(i)] += 1
    return plan


def _bb_namer(before: str, names: list[str]) -> Callable[[np.random.Generator], str]:
    return lambda r: before + str(_one(r, names))


def _bb_series(rng: np.random.Generator, series: int, used: set[str]) -> list[dict[str, Any]]:
    start, n, episodes = _BB_SERIES[series]
    age = np.clip(np.round(rng.normal(37, 11, n)), 17, 71).astype(int)
    skill = rng.normal(0, 1, n) + 0.012 * (age - 38)
    known = 3 if series == 1 else n
    ranks: list[list[int]] = [[] for _ in range(n)]
    star, bottom, last = [0] * n, [0] * n, [0] * n
    winner, runner = [0] * n, [0] * n
    alive = list(range(n))
    plan = _bb_plan(rng, n, episodes)
    for e in range(1, episodes + 1):
        tech = np.argsort(np.argsort(-(0.7 * skill[alive] + rng.normal(0, 1, len(alive))))) + 1
        form = skill[alive] + rng.normal(0, 0.9, len(alive))
        for b, r in zip(alive, tech, strict=True):
            last[b] = e
            if r <= known:
                ranks[b].append(int(r))
            if e < episodes and r > len(alive) - 3:
                bottom[b] += 1
        order = [alive[int(i)] for i in np.argsort(-form)]
        if e == episodes:
            winner[order[0]] = 1
            for b in order[1:]:
                runner[b] = 1
            break
        if series > 1:
            star[order[0]] += 1
        alive = [b for b in alive if b not in order[len(order) - plan[e - 1] :]]
    rows = []
    firsts: set[str] = set()
    for b in range(n):
        female = rng.random() < 0.55
        first = _unique(rng, _bb_namer("", _BB_WOMEN if female else _BB_MEN), firsts)
        full = _unique(rng, _bb_namer(f"{first} ", _BB_LAST), used)
        got = ranks[b]
        top3 = sum(r <= 3 for r in got)
        day = pd.Timestamp(start)
        rows.append(
            {
                "series": series,
                "baker_full": full,
                "baker": first,
                "age": int(age[b]),
                "occupation": str(_one(rng, _BB_JOBS)),
                "hometown": str(_one(rng, _BB_TOWNS)),
                "baker_last": full.split(" ", 1)[1],
                "baker_first": first,
                "star_baker": star[b],
                "technical_winner": sum(r == 1 for r in got),
                "technical_top3": top3,
                "technical_bottom": None if series == 1 else bottom[b],
                "technical_highest": min(got) if got else None,
                "technical_lowest": max(got) if got else None,
                "technical_median": float(np.median(got)) if got else None,
                "series_winner": winner[b],
                "series_runner_up": runner[b],
                "total_episodes_appeared": last[b],
                "first_date_appeared": f"{day:%Y-%m-%d}",
                "last_date_appeared": f"{day + pd.Timedelta(weeks=last[b] - 1):%Y-%m-%d}",
                "percent_episodes_appeared": round(100 * last[b] / episodes, 7),
                "percent_technical_top3": round(100 * top3 / last[b], 7),
            }
        )
    return sorted(rows, key=lambda r: r["baker"])


def _bakeoff_frame() -> pd.DataFrame:
    rng = np.random.default_rng(6803)
    used: set[str] = set()
    rows = [row for series in _BB_SERIES for row in _bb_series(rng, series, used)]
    return pd.DataFrame(rows)[_BB_COLUMNS]


def _bb_youngest_winner(d: pd.DataFrame) -> pd.Series:
    winners = d[d["series_winner"] == 1]
    return winners.loc[winners["age"].idxmin()]


def _bb_technicals(d: pd.DataFrame) -> pd.Series:
    return _ranked(pd.Series(d["technical_winner"].to_numpy(), index=_text(d["baker_full"])))


def _bb_named(value: Callable[[pd.DataFrame], list[str]]) -> Check:
    """One of the bakers computed from the frame, by full name or by the name the show used."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        for full in value(df):
            short = str(df.loc[_text(df["baker_full"]) == full, "baker"].iloc[0])
            if _named(_fixed(full))(answer, df) is None or _named(_fixed(short))(answer, df) is None:
                return None
        return f"missing baker {' or '.join(value(df))}"

    return check


def _bb_most_technicals(d: pd.DataFrame) -> list[str]:
    scores = _bb_technicals(d)
    return [str(x) for x in scores[scores == scores.iloc[0]].index]


_BB_ID = ("series", "baker_full", "baker")
_BAKEOFF_QS = [
    Q(
        "what's the average age of the bakers?",
        _about(lambda d: float(d["age"].mean())),
        (*_BB_ID, "age"),
    ),
    Q(
        "who is the youngest series winner",
        _lead(_bb_named(lambda d: [str(_bb_youngest_winner(d)["baker_full"])])),
        (*_BB_ID, "age", "series_winner"),
    ),
    Q(
        "is age correlated with how many episodes a baker lasts?",
        either(
            _corr(lambda d: d["age"], lambda d: d["total_episodes_appeared"]),
            _corr(lambda d: d["age"], lambda d: d["percent_episodes_appeared"]),
        ),
        (*_BB_ID, "age", "total_episodes_appeared", "percent_episodes_appeared"),
    ),
    Q(
        "which baker won the most technicals?",
        _lead(_bb_named(_bb_most_technicals)),
        (*_BB_ID, "technical_winner"),
    ),
    Q(
        "how many times were they star baker",
        _count(lambda d: float(d.loc[_text(d["baker_full"]) == _bb_most_technicals(d)[0], "star_baker"].iloc[0])),
        (*_BB_ID, "star_baker", "technical_winner"),
    ),
    Q(
        "what percentge of bakers were star baker at least once?",
        either(
            _share(lambda d: float((d["star_baker"] > 0).mean())),
            _share(lambda d: float((d.loc[d["series"] > 1, "star_baker"] > 0).mean())),
        ),
        (*_BB_ID, "star_baker"),
    ),
]


# --- 4. E-commerce customer churn (Kaggle "Ecommerce Customer Churn Analysis and Prediction") -----------------------

# order category: weight, churn log-odds shift, cashback centre
_EC_CATEGORIES: dict[str, tuple[float, float, float]] = {
    "Laptop & Accessory": (36.4, -0.45, 168.0),
    "Mobile Phone": (22.6, 0.85, 131.0),
    "Fashion": (14.7, 0.05, 212.0),
    "Mobile": (14.4, 0.3, 127.0),
    "Grocery": (7.3, -1.1, 256.0),
    "Others": (4.7, -0.75, 297.0),
}
_EC_PAYMENTS = "Debit Card:41.1;Credit Card:26.7;E wallet:10.9;UPI:7.4;COD:6.5;CC:4.8;Cash on Delivery:2.6"
_EC_COLUMNS = _split(
    "CustomerID;Churn;Tenure;PreferredLoginDevice;CityTier;WarehouseToHome;PreferredPaymentMode;Gender;"
    "HourSpendOnApp;NumberOfDeviceRegistered;PreferedOrderCat;SatisfactionScore;MaritalStatus;NumberOfAddress;"
    "Complain;OrderAmountHikeFromlastYear;CouponUsed;OrderCount;DaySinceLastOrder;CashbackAmount"
)
# column: share left blank
_EC_BLANKS = {"Tenure": 0.047, "WarehouseToHome": 0.045, "HourSpendOnApp": 0.045, "OrderAmountHikeFromlastYear": 0.047}
_EC_BLANKS |= {"CouponUsed": 0.045, "OrderCount": 0.046, "DaySinceLastOrder": 0.055}


def _ec_pick(rng: np.random.Generator, table: str, n: int) -> np.ndarray:
    options, weights = _table(table)
    w = np.asarray(weights) / sum(weights)
    return np.asarray(options, dtype=object)[rng.choice(len(options), size=n, p=w)]


def _ecommerce_frame() -> pd.DataFrame:
    rng = np.random.default_rng(6804)
    n = 4000
    cats = list(_EC_CATEGORIES)
    cat = _ec_pick(rng, ";".join(f"{c}:{v[0]}" for c, v in _EC_CATEGORIES.items()), n)
    new = rng.random(n) < 0.3
    tenure = np.where(new, rng.integers(0, 2, n), np.clip(np.round(rng.gamma(1.6, 8.5, n)), 2, 61)).astype(float)
    tier = _ec_pick(rng, "1:65;2:4.3;3:30.7", n).astype(int)
    complain = (rng.random(n) < 0.285).astype(int)
    marital = _ec_pick(rng, "Married:53;Single:32;Divorced:15", n)
    satisfaction = _ec_pick(rng, "1:21;2:10;3:30;4:19;5:20", n).astype(int)
    days = np.clip(np.round(rng.gamma(1.4, 3.2, n)), 0, 46)
    odds = -2.6 + 1.7 * (tenure <= 1) - 0.045 * tenure + 1.25 * complain
    odds += np.select([tier == 2, tier == 3], [0.35, 0.45], 0.0)
    odds += np.array([_EC_CATEGORIES[str(c)][1] for c in cat])
    odds += np.select([marital == "Single", marital == "Married"], [0.55, -0.25], 0.0)
    odds += 0.12 * (satisfaction - 3) + 0.35 * (days <= 1)
    churn = (rng.random(n) < 1 / (1 + np.exp(-odds))).astype(int)
    centre = np.array([_EC_CATEGORIES[str(c)][2] for c in cat])
    cashback = centre + 1.6 * tenure + rng.normal(0, 22, n) - 8 * churn
    cashback = np.where(rng.random(n) < 0.004, 0.0, np.round(np.clip(cashback, 12, 325), 2))
    warehouse = np.clip(np.round(5 + rng.gamma(1.5, 7.0, n)), 5, 36)
    warehouse[rng.choice(n, 2, replace=False)] = [126, 127]
    hike = np.clip(np.round(11 + rng.gamma(2.0, 2.4, n)), 11, 26)
    orders = np.clip(np.round(rng.gamma(1.1, 2.6, n)) + 1, 1, 16)
    coupons = np.clip(orders - rng.integers(0, 3, n), 0, 16)
    frame = pd.DataFrame(
        {
            "CustomerID": np.arange(50001, 50001 + n),
            "Churn": churn,
            "Tenure": tenure,
            "PreferredLoginDevice": _ec_pick(rng, "Mobile Phone:49.1;Computer:29;Phone:21.9", n),
            "CityTier": tier,
            "WarehouseToHome": warehouse,
            "PreferredPaymentMode": _ec_pick(rng, _EC_PAYMENTS, n),
            "Gender": _ec_pick(rng, "Male:60.1;Female:39.9", n),
            "HourSpendOnApp": _ec_pick(rng, "0:0.1;1:0.6;2:26;3:48;4:25;5:0.3", n).astype(float),
            "NumberOfDeviceRegistered": _ec_pick(rng, "1:4;2:5;3:30;4:42;5:15;6:4", n).astype(int),
            "PreferedOrderCat": cat,
            "SatisfactionScore": satisfaction,
            "MaritalStatus": marital,
            "NumberOfAddress": np.clip(rng.geometric(0.3, n) + (rng.random(n) < 0.004) * 15, 1, 22),
            "Complain": complain,
            "OrderAmountHikeFromlastYear": hike,
            "CouponUsed": coupons,
            "OrderCount": orders,
            "DaySinceLastOrder": days,
            "CashbackAmount": cashback,
        }
    )
    for column, share in _EC_BLANKS.items():
        frame.loc[rng.random(n) < share, column] = np.nan
    assert set(frame["PreferedOrderCat"]) == set(cats)
    return frame[_EC_COLUMNS]


def _ec_rates(d: pd.DataFrame, by: str) -> pd.Series:
    return _ranked(d.groupby(_text(d[by]))["Churn"].mean())


def _ec_top_rate(merged: bool) -> Callable[[pd.DataFrame], float]:
    """The churn rate of the category that churns most, with "Mobile" and "Mobile Phone" together or apart."""

    def rate(d: pd.DataFrame) -> float:
        top = str(_ec_rates(d, "PreferedOrderCat").index[0])
        cat = _text(d["PreferedOrderCat"])
        if merged and top in ("Mobile", "Mobile Phone"):
            return float(d.loc[cat.isin(["Mobile", "Mobile Phone"]), "Churn"].mean())
        return float(d.loc[cat == top, "Churn"].mean())

    return rate


def _ec_cash(d: pd.DataFrame) -> list[float]:
    mode = _text(d["PreferredPaymentMode"])
    return [float((mode == "COD").sum()), float((mode == "Cash on Delivery").sum())]


_EC_ID = ("CustomerID", "Churn")
_ECOMMERCE_QS = [
    Q(
        "what's the churn rate",
        _share(lambda d: float(d["Churn"].mean())),
        _EC_ID,
    ),
    Q(
        "churn rate by city tier",
        _shares(lambda d: d.groupby("CityTier")["Churn"].mean().to_numpy()),
        (*_EC_ID, "CityTier"),
    ),
    Q(
        "which preferred order category has the highest churn?",
        _lead(_named(lambda d: str(_ec_rates(d, "PreferedOrderCat").index[0]))),
        (*_EC_ID, "PreferedOrderCat"),
    ),
    Q(
        "and what's the churn rate there?",
        either(_share(_ec_top_rate(False)), _share(_ec_top_rate(True))),
        (*_EC_ID, "PreferedOrderCat"),
    ),
    Q(
        "how many customers pay cash on delivery",
        either(_count(lambda d: sum(_ec_cash(d))), _count(_ec_cash)),
        ("CustomerID", "PreferredPaymentMode"),
    ),
    Q(
        "is tenure correlated with cashback amount?",
        _corr(lambda d: d["Tenure"], lambda d: d["CashbackAmount"]),
        ("CustomerID", "Tenure", "CashbackAmount"),
    ),
]


# --- 5. Powerball winning numbers (data.gov "Lottery Powerball Winning Numbers: Beginning 2010") ------------------

# from this draw on: highest white ball, highest Powerball, Power Play multipliers and their weights
_PB_RULES = _fields(
    "2010-02-03|59|39|2:30,3:30,4:25,5:15;2012-01-15|59|35|2:40,3:30,4:20,5:10;2015-10-07|69|26|2:24,3:13,4:3,5:2,10:1"
)


def _pb_rule(day: pd.Timestamp) -> list[str]:
    return [r for r in _PB_RULES if pd.Timestamp(r[0]) <= day][-1]


def _powerball_frame() -> pd.DataFrame:
    rng = np.random.default_rng(6805)
    days = pd.date_range("2010-02-03", "2023-12-30", freq="D")
    draws = days[days.dayofweek.isin([2, 5]) | ((days.dayofweek == 0) & (days >= pd.Timestamp("2021-08-23")))]
    rows: list[dict[str, Any]] = []
    for day in draws:
        _start, white, red, plays = _pb_rule(day)
        balls = np.sort(rng.choice(np.arange(1, int(white) + 1), 5, replace=False))
        numbers = " ".join(f"{int(b):02d}" for b in [*balls, int(rng.integers(1, int(red) + 1))])
        multiplier: int | None = int(_draw(rng, plays.replace(",", ";")))
        if day < pd.Timestamp("2010-05-01") or rng.random() < 0.004:
            multiplier = None
        rows.append({"Draw Date": f"{day:%m/%d/%Y}", "Winning Numbers": numbers, "Multiplier": multiplier})
    frame = pd.DataFrame(rows)
    newer = pd.to_datetime(frame["Draw Date"], format="%m/%d/%Y") >= pd.Timestamp("2020-09-26")
    return pd.concat([frame[newer], frame[~newer]], ignore_index=True)


def _pb(d: pd.DataFrame) -> pd.DataFrame:
    """The draws with their date and their six numbers as columns w1-w5 and pb."""
    balls = _text(d["Winning Numbers"]).str.split(expand=True).astype(int)
    balls.columns = ["w1", "w2", "w3", "w4", "w5", "pb"]
    return balls.assign(day=pd.to_datetime(d["Draw Date"], format="%m/%d/%Y"), multiplier=d["Multiplier"])


def _pb_counts(d: pd.DataFrame) -> pd.Series:
    return _ranked(_pb(d)["pb"].value_counts())


def _pb_top(d: pd.DataFrame) -> list[int]:
    counts = _pb_counts(d)
    return [int(x) for x in counts[counts == counts.iloc[0]].index]


def _pb_sums(d: pd.DataFrame) -> list[float]:
    b = _pb(d)
    total = b[["w1", "w2", "w3", "w4", "w5"]].sum(axis=1)
    after = b["day"] >= pd.Timestamp("2015-10-07")
    return [float(total[~after].mean()), float(total[after].mean())]


_PB_ID = ("Draw Date", "Winning Numbers")
_POWERBALL_QS = [
    Q(
        "how many drawings are in this file and what dates does it cover?",
        both(
            _count(lambda d: float(len(d))),
            _day(lambda d: _pb(d)["day"].min()),
            _day(lambda d: _pb(d)["day"].max()),
        ),
        _PB_ID,
    ),
    Q(
        "number of draws per year",
        _count(lambda d: _pb(d)["day"].dt.year.value_counts().sort_index().to_numpy()),
        _PB_ID,
    ),
    Q(
        "what's the most common powerball number (the last one)?",
        _lead(_numbers_said(_pb_top)),
        _PB_ID,
    ),
    Q(
        "how many times has it come up?",
        _count(lambda d: float(_pb_counts(d).iloc[0])),
        _PB_ID,
    ),
    Q(
        "what % of draws had a 10x multiplier",
        either(
            _share(lambda d: float((d["Multiplier"] == 10).mean())),
            _share(lambda d: float((d["Multiplier"].dropna() == 10).mean())),
        ),
        (*_PB_ID, "Multiplier"),
    ),
    Q(
        "avg sum of the 5 white balls before vs after oct 7 2015 (when they went to 69 balls)",
        _about(_pb_sums, rel=0.002),
        _PB_ID,
    ),
]


# --- 6. San Francisco crime (Kaggle "San Francisco Crime Classification", train.csv) -------------------------------

# category: incidents (thousands, 2003-2015), descriptions, resolutions as "label:weight"
_SF_CATEGORIES: dict[str, tuple[float, str, str]] = {
    "LARCENY/THEFT": (
        174.9,
        "GRAND THEFT FROM LOCKED AUTO;PETTY THEFT FROM LOCKED AUTO;PETTY THEFT OF PROPERTY;GRAND THEFT OF PROPERTY;"
        "PETTY THEFT SHOPLIFTING;GRAND THEFT FROM PERSON;GRAND THEFT FROM UNLOCKED AUTO;PETTY THEFT FROM A BUILDING;"
        "GRAND THEFT FROM A BUILDING;GRAND THEFT PICKPOCKET",
        "NONE:91;ARREST, BOOKED:4;ARREST, CITED:3;UNFOUNDED:1;JUVENILE CITED:0.5;NOT PROSECUTED:0.5",
    ),
    "OTHER OFFENSES": (
        126.2,
        "DRIVERS LICENSE, SUSPENDED OR REVOKED;TRAFFIC VIOLATION;PROBATION VIOLATION;PAROLE VIOLATION;"
        "RESISTING, DELAYING, OR OBSTRUCTING A PEACE OFFICER;MISCELLANEOUS INVESTIGATION;TRAFFIC VIOLATION ARREST;"
        "VIOLATION OF RESTRAINING ORDER",
        "ARREST, BOOKED:45;ARREST, CITED:22;NONE:28;JUVENILE BOOKED:1.5;NOT PROSECUTED:1;"
        "DISTRICT ATTORNEY REFUSES TO PROSECUTE:1;JUVENILE CITED:1;EXCEPTIONAL CLEARANCE:0.5",
    ),
    "NON-CRIMINAL": (
        92.3,
        "LOST PROPERTY;AIDED CASE, MENTAL DISTURBED;FOUND PROPERTY;AIDED CASE;DEATH REPORT, CAUSE UNKNOWN;"
        "STAY AWAY OR COURT ORDER, NON-DV RELATED;CASE CLOSURE",
        "NONE:78;PSYCHOPATHIC CASE:14;ARREST, BOOKED:4;LOCATED:1;UNFOUNDED:2;EXCEPTIONAL CLEARANCE:1",
    ),
    "ASSAULT": (
        76.9,
        "BATTERY;THREATS AGAINST LIFE;INFLICT INJURY ON COHABITEE;AGGRAVATED ASSAULT WITH A DEADLY WEAPON;"
        "AGGRAVATED ASSAULT WITH BODILY FORCE;BATTERY, FORMER SPOUSE OR DATING RELATIONSHIP",
        "NONE:56;ARREST, BOOKED:33;ARREST, CITED:4;COMPLAINANT REFUSES TO PROSECUTE:2.5;JUVENILE BOOKED:1.5;"
        "DISTRICT ATTORNEY REFUSES TO PROSECUTE:1.5;UNFOUNDED:1;EXCEPTIONAL CLEARANCE:0.5",
    ),
    "DRUG/NARCOTIC": (
        53.97,
        "POSSESSION OF NARCOTICS PARAPHERNALIA;POSSESSION OF BASE/ROCK COCAINE;POSSESSION OF MARIJUANA;"
        "POSSESSION OF BASE/ROCK COCAINE FOR SALE;SALE OF BASE/ROCK COCAINE;POSSESSION OF METH-AMPHETAMINE",
        "ARREST, BOOKED:61;ARREST, CITED:27;NONE:8;JUVENILE BOOKED:2;JUVENILE CITED:1;NOT PROSECUTED:1",
    ),
    "VEHICLE THEFT": (
        53.78,
        "STOLEN AUTOMOBILE;STOLEN TRUCK;STOLEN MOTORCYCLE;STOLEN AND RECOVERED VEHICLE;ATTEMPTED STOLEN VEHICLE",
        "NONE:94;ARREST, BOOKED:4;ARREST, CITED:0.5;JUVENILE BOOKED:0.5;UNFOUNDED:1",
    ),
    "VANDALISM": (
        44.7,
        "MALICIOUS MISCHIEF, VANDALISM OF VEHICLES;MALICIOUS MISCHIEF, VANDALISM;MALICIOUS MISCHIEF, BREAKING WINDOWS;"
        "MALICIOUS MISCHIEF, GRAFFITI",
        "NONE:87;ARREST, BOOKED:6;ARREST, CITED:4;JUVENILE BOOKED:1;JUVENILE CITED:1;UNFOUNDED:1",
    ),
    "WARRANTS": (
        42.2,
        "WARRANT ARREST;ENROUTE TO OUTSIDE JURISDICTION;ENROUTE TO PAROLE OFFICER;ENROUTE TO DEPARTMENT OF CORRECTIONS",
        "ARREST, BOOKED:88;ARREST, CITED:5;JUVENILE BOOKED:3;NONE:2;PROSECUTED BY OUTSIDE AGENCY:2",
    ),
    "BURGLARY": (
        36.6,
        "BURGLARY OF RESIDENCE, FORCIBLE ENTRY;BURGLARY OF APARTMENT HOUSE, UNLAWFUL ENTRY;"
        "BURGLARY OF STORE, FORCIBLE ENTRY;BURGLARY, VEHICLE (ARREST MADE);BURGLARY OF RESIDENCE, UNLAWFUL ENTRY",
        "NONE:86;ARREST, BOOKED:11;ARREST, CITED:1;JUVENILE BOOKED:1;UNFOUNDED:1",
    ),
    "SUSPICIOUS OCC": (
        31.4,
        "SUSPICIOUS OCCURRENCE;SUSPICIOUS PERSON;INVESTIGATIVE DETENTION",
        "NONE:90;ARREST, BOOKED:3;UNFOUNDED:4;ARREST, CITED:1;PSYCHOPATHIC CASE:2",
    ),
    "MISSING PERSON": (26.0, "FOUND PERSON;MISSING ADULT;MISSING JUVENILE", "LOCATED:55;NONE:42;UNFOUNDED:3"),
    "ROBBERY": (
        23.0,
        "ROBBERY, BODILY FORCE;ROBBERY ON THE STREET, STRONGARM;ROBBERY, ARMED WITH A GUN;"
        "ATTEMPTED ROBBERY ON THE STREET WITH BODILY FORCE;ROBBERY OF A COMMERCIAL ESTABLISHMENT, STRONGARM",
        "NONE:77;ARREST, BOOKED:18;JUVENILE BOOKED:3;ARREST, CITED:1;UNFOUNDED:1",
    ),
    "FRAUD": (
        16.7,
        "CREDIT CARD, THEFT BY USE OF;FRAUDULENT USE OF AUTOMATED TELLER CARD;"
        "FALSE PERSONATION TO RECEIVE MONEY OR PROPERTY;FRAUDULENT GAME OR TRICK, OBTAINING MONEY OR PROPERTY",
        "NONE:82;ARREST, BOOKED:11;ARREST, CITED:4;UNFOUNDED:3",
    ),
    "FORGERY/COUNTERFEITING": (
        10.6,
        "CHECKS, FORGERY (FELONY);CHECKS, MAKE OR PASS FICTITIOUS;COUNTERFEITING, COINS OR NOTES",
        "NONE:70;ARREST, BOOKED:22;ARREST, CITED:8",
    ),
    "SECONDARY CODES": (
        9.99,
        "DOMESTIC VIOLENCE;JUVENILE INVOLVED;GANG ACTIVITY;ELDER ADULT OR DEPENDENT ABUSE (NOT EMBEZZLEMENT OR THEFT)",
        "NONE:62;ARREST, BOOKED:30;ARREST, CITED:4;JUVENILE BOOKED:4",
    ),
    "WEAPON LAWS": (
        8.55,
        "POSS OF PROHIBITED WEAPON;CARRYING A CONCEALED WEAPON;POSSESSION OF FIREARM BY CONVICTED FELON",
        "ARREST, BOOKED:64;NONE:22;ARREST, CITED:8;JUVENILE BOOKED:6",
    ),
    "PROSTITUTION": (
        7.48,
        "SOLICITS TO VISIT HOUSE OF PROSTITUTION;SOLICITS FOR ACT OF PROSTITUTION;"
        "LOITERING FOR PURPOSE OF PROSTITUTION",
        "ARREST, CITED:70;ARREST, BOOKED:28;NONE:2",
    ),
    "TRESPASS": (7.33, "TRESPASSING;LODGING WITHOUT PERMISSION", "ARREST, CITED:45;ARREST, BOOKED:20;NONE:35"),
    "STOLEN PROPERTY": (
        4.54,
        "STOLEN PROPERTY, POSSESSION WITH KNOWLEDGE, RECEIVING;STOLEN CELLULAR PHONE",
        "ARREST, BOOKED:80;ARREST, CITED:12;NONE:8",
    ),
    "SEX OFFENSES FORCIBLE": (
        4.39,
        "SEXUAL BATTERY;FONDLING;FORCIBLE RAPE, BODILY FORCE",
        "NONE:72;ARREST, BOOKED:24;UNFOUNDED:4",
    ),
    "DISORDERLY CONDUCT": (
        4.32,
        "COMMITTING PUBLIC NUISANCE;DISTURBING THE PEACE, FIGHTING;DISORDERLY CONDUCT",
        "ARREST, CITED:48;NONE:37;ARREST, BOOKED:15",
    ),
    "DRUNKENNESS": (4.28, "UNDER INFLUENCE OF ALCOHOL IN A PUBLIC PLACE", "ARREST, BOOKED:88;ARREST, CITED:6;NONE:6"),
    "RECOVERED VEHICLE": (
        3.14,
        "STOLEN AND RECOVERED VEHICLE;RECOVERED VEHICLE - STOLEN OUTSIDE SF",
        "NONE:98;ARREST, BOOKED:2",
    ),
    "KIDNAPPING": (
        2.34,
        "KIDNAPPING, ADULT VICTIM;KIDNAPPING, JUVENILE VICTIM;FALSE IMPRISONMENT",
        "NONE:55;ARREST, BOOKED:44;UNFOUNDED:1",
    ),
    "DRIVING UNDER THE INFLUENCE": (
        2.27,
        "DRIVING WHILE UNDER THE INFLUENCE OF ALCOHOL;DRIVING WHILE UNDER THE INFLUENCE OF DRUGS",
        "ARREST, BOOKED:92;ARREST, CITED:5;NONE:3",
    ),
    "RUNAWAY": (1.95, "RUNAWAY", "LOCATED:40;NONE:55;JUVENILE ADMONISHED:5"),
    "LIQUOR LAWS": (
        1.9,
        "SELLING LIQUOR TO MINORS;MINOR PURCHASING OR RECEIVING LIQUOR;OPEN CONTAINER OF ALCOHOL IN VEHICLE",
        "ARREST, CITED:60;ARREST, BOOKED:15;NONE:25",
    ),
    "ARSON": (
        1.51,
        "ARSON OF A VEHICLE;ARSON OF A VACANT BUILDING;ARSON",
        "NONE:82;ARREST, BOOKED:16;JUVENILE BOOKED:2",
    ),
    "LOITERING": (1.23, "LOITERING", "ARREST, CITED:70;ARREST, BOOKED:10;NONE:20"),
    "EMBEZZLEMENT": (
        1.17,
        "EMBEZZLEMENT, GRAND THEFT BY EMPLOYEE;EMBEZZLEMENT, PETTY THEFT BY EMPLOYEE",
        "NONE:55;ARREST, BOOKED:35;ARREST, CITED:10",
    ),
    "SUICIDE": (0.51, "SUICIDE BY JUMPING;ATTEMPTED SUICIDE BY STRANGULATION", "NONE:70;PSYCHOPATHIC CASE:30"),
    "FAMILY OFFENSES": (0.49, "CHILD ABUSE (PHYSICAL);NEGLECT OF CHILD", "NONE:60;ARREST, BOOKED:40"),
    "BAD CHECKS": (0.41, "CHECKS, NON-SUFFICIENT FUNDS WITH INTENT TO DEFRAUD", "NONE:80;ARREST, BOOKED:20"),
    "BRIBERY": (0.29, "BRIBERY", "ARREST, BOOKED:70;NONE:30"),
    "EXTORTION": (0.26, "EXTORTION", "NONE:85;ARREST, BOOKED:15"),
    "GAMBLING": (0.15, "GAMBLING", "ARREST, CITED:80;NONE:20"),
}
# how much of a category each year brings, beside the others ("2003-2005:2.1" for those years)
_SF_YEARS: dict[str, str] = {
    "VEHICLE THEFT": "2003-2005:2.1;2006-2006:1.1;2007-2015:0.72",
    "LARCENY/THEFT": "2003-2009:0.92;2010-2012:1.05;2013-2015:1.3",
    "DRUG/NARCOTIC": "2003-2007:1.05;2008-2009:1.3;2010-2011:0.9;2012-2015:0.62",
}
# district: incidents (thousands), latitude, longitude, streets
_SF_DISTRICTS: dict[str, tuple[float, float, float, str]] = {
    "SOUTHERN": (
        157,
        37.7799,
        -122.4055,
        "MISSION ST;MARKET ST;HOWARD ST;FOLSOM ST;BRYANT ST;5TH ST;6TH ST;HARRISON ST",
    ),
    "MISSION": (120, 37.7600, -122.4190, "MISSION ST;16TH ST;24TH ST;VALENCIA ST;SOUTH VAN NESS AV;CAPP ST;18TH ST"),
    "NORTHERN": (105, 37.7870, -122.4280, "POLK ST;VAN NESS AV;GEARY BL;FILLMORE ST;LOMBARD ST;CHESTNUT ST;EDDY ST"),
    "BAYVIEW": (90, 37.7300, -122.3920, "3RD ST;PALOU AV;OAKDALE AV;EVANS AV;JENNINGS ST;SAN BRUNO AV;GILMAN AV"),
    "CENTRAL": (85, 37.7980, -122.4100, "COLUMBUS AV;STOCKTON ST;BROADWAY ST;POWELL ST;KEARNY ST;GRANT AV;BUSH ST"),
    "TENDERLOIN": (82, 37.7830, -122.4140, "TURK ST;EDDY ST;ELLIS ST;JONES ST;LEAVENWORTH ST;HYDE ST;GOLDEN GATE AV"),
    "INGLESIDE": (79, 37.7250, -122.4370, "MISSION ST;GENEVA AV;OCEAN AV;ALEMANY BL;SAN JOSE AV;PERSIA AV"),
    "TARAVAL": (66, 37.7380, -122.4800, "19TH AV;TARAVAL ST;SLOAT BL;SUNSET BL;NORIEGA ST;JUNIPERO SERRA BL"),
    "PARK": (49, 37.7690, -122.4450, "HAIGHT ST;MASONIC AV;STANYAN ST;DIVISADERO ST;FELL ST;OAK ST;LAGUNA ST"),
    "RICHMOND": (45, 37.7780, -122.4750, "GEARY BL;CLEMENT ST;BALBOA ST;FULTON ST;ARGUELLO BL;PARK PRESIDIO BL"),
}
_SF_HOURS = (
    "0:45;1:26;2:22;3:15;4:10;5:8.6;6:13;7:22;8:33;9:35;10:37;11:38;12:51;13:39;14:41;15:44;16:48;17:53;18:61;19:49;"
    "20:44;21:40;22:45;23:40"
)
# Monday = 0
_SF_WEEKDAYS = [1.03, 1.05, 1.1, 1.06, 1.2, 1.07, 0.97]


def _sf_year_factor(category: str, year: int) -> float:
    for span, factor in (x.split(":") for x in _split(_SF_YEARS.get(category, "2003-2015:1"))):
        first, last = span.split("-")
        if int(first) <= year <= int(last):
            return float(factor)
    return 1.0


def _sf_address(rng: np.random.Generator, district: str) -> str:
    streets = _split(_SF_DISTRICTS[district][3])
    if district == "SOUTHERN" and rng.random() < 0.06:
        return "800 Block of BRYANT ST"
    if rng.random() < 0.62:
        return f"{int(rng.integers(0, 32)) * 100} Block of {_one(rng, streets)}"
    a, b = rng.choice(len(streets), 2, replace=False)
    return f"{streets[int(a)]} / {streets[int(b)]}"


def _crime_frame() -> pd.DataFrame:
    rng = np.random.default_rng(6806)
    days = pd.date_range("2003-01-06", "2015-05-13", freq="D")
    days = days[((days - days[0]).days // 7) % 2 == 0]
    day_w = np.array([_SF_WEEKDAYS[int(x)] for x in days.dayofweek]) * (1 + 0.04 * np.sin(days.year.to_numpy() / 2.0))
    picked = np.sort(rng.choice(len(days), 5000, p=day_w / day_w.sum()))[::-1]
    cats = list(_SF_CATEGORIES)
    districts = list(_SF_DISTRICTS)
    hours, hour_w = _table(_SF_HOURS)
    rows: list[dict[str, Any]] = []
    for i in picked:
        day = days[int(i)]
        weights = [v[0] * _sf_year_factor(c, day.year) for c, v in _SF_CATEGORIES.items()]
        category = str(_one(rng, cats, weights))
        _w, descripts, resolutions = _SF_CATEGORIES[category]
        dw = [
            v[0] * (4.0 if category == "DRUG/NARCOTIC" and d == "TENDERLOIN" else 1.0) for d, v in _SF_DISTRICTS.items()
        ]
        district = str(_one(rng, districts, dw))
        minute = int(_one(rng, [0, 30, int(rng.integers(0, 60))], [28, 12, 60]))
        stamp = day + pd.Timedelta(hours=int(_one(rng, hours, hour_w)), minutes=minute)
        _n, lat, lon, _s = _SF_DISTRICTS[district]
        rows.append(
            {
                "Dates": f"{stamp:%Y-%m-%d %H:%M:%S}",
                "Category": category,
                "Descript": str(_one(rng, _split(descripts))),
                "DayOfWeek": f"{stamp:%A}",
                "PdDistrict": district,
                "Resolution": _draw(rng, resolutions),
                "Address": _sf_address(rng, district),
                "X": float(lon + rng.normal(0, 0.009)),
                "Y": float(lat + rng.normal(0, 0.007)),
            }
        )
    frame = pd.DataFrame(rows).sort_values("Dates", ascending=False, kind="stable", ignore_index=True)
    bad = rng.choice(len(frame), 4, replace=False)
    frame.loc[bad, "X"], frame.loc[bad, "Y"] = -120.5, 90.0
    return frame


def _sf_arrested(juvenile: bool) -> Callable[[pd.DataFrame], float]:
    def share(d: pd.DataFrame) -> float:
        done = _text(d["Resolution"])
        hit = done.str.startswith("ARREST")
        if juvenile:
            hit |= done.isin(["JUVENILE BOOKED", "JUVENILE CITED"])
        return float(hit.mean())

    return share


def _sf_stamp(d: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(d["Dates"], format="%Y-%m-%d %H:%M:%S")


_SF_ID = ("Dates", "Category")
_CRIME_QS = [
    Q(
        "top 5 crime categories",
        _top_named(lambda d: _ranked(_text(d["Category"]).value_counts()), 5),
        _SF_ID,
    ),
    Q(
        "what percent of incidents ended in an arrest?",
        either(_share(_sf_arrested(False)), _share(_sf_arrested(True))),
        (*_SF_ID, "Resolution"),
    ),
    Q(
        "plot the number of vehicle thefts per year, whats the trend",
        _count(lambda d: _sf_stamp(d)[_text(d["Category"]) == "VEHICLE THEFT"].dt.year.value_counts().sort_index()),
        (*_SF_ID,),
    ),
    Q(
        "which day of the week has the most crime?",
        _lead(_named(lambda d: str(_ranked(_text(d["DayOfWeek"]).value_counts()).index[0]))),
        (*_SF_ID, "DayOfWeek"),
    ),
    Q(
        "and what hour of the day?",
        _lead(_clock(lambda d: int(_ranked(_sf_stamp(d).dt.hour.value_counts()).index[0]))),
        (*_SF_ID,),
    ),
    Q(
        "some points are way off on the map - how many rows have bad coordinates?",
        _count(lambda d: float(((d["Y"] > 38) | (d["X"] > -122.3)).sum())),
        (*_SF_ID, "X", "Y"),
    ),
]


# --- 7. CO2 emissions by country (Kaggle "CO2 Emissions by Country", co2_emissions_kt_by_country.csv) --------------

# country code|name|first year|emissions (kt) at "year:value" knots, straight between them on a log scale
_CO_COUNTRIES = _fields(
    "ABW|Aruba|1960|1960:11093,1985:1800,1995:1900,2019:920;"
    "ARE|United Arab Emirates|1960|1960:11,1970:6000,1990:55000,2010:170000,2019:187000;"
    "ARG|Argentina|1960|1960:48800,1980:92000,2000:138000,2014:190000,2019:172000;"
    "AUS|Australia|1960|1960:88000,1980:220000,2000:330000,2009:395000,2019:386500;"
    "AUT|Austria|1960|1960:31000,1980:56000,2005:75000,2019:64000;"
    "BEL|Belgium|1960|1960:90000,1973:135000,1985:100000,2000:115000,2019:92000;"
    "BRA|Brazil|1960|1960:47000,1980:185000,2000:310000,2014:500000,2019:434300;"
    "CAN|Canada|1960|1960:190000,1980:430000,2000:515000,2007:560000,2019:580200;"
    "CHE|Switzerland|1960|1960:20000,1973:45000,1990:42000,2019:35000;"
    "CHL|Chile|1960|1960:14000,1980:24000,2000:52000,2019:85000;"
    "CHN|China|1960|1960:780700,1961:552100,1970:909000,1980:1470000,1990:2170000,2002:3500000,2011:9000000,"
    "2015:9850000,2019:10707220;"
    "CZE|Czech Republic|1990|1990:160000,2000:122000,2019:96000;"
    "DEU|Germany|1960|1960:815000,1979:1110000,1990:955000,2000:830000,2019:657400;"
    "DNK|Denmark|1960|1960:29000,1979:63000,1996:72000,2019:29000;"
    "DZA|Algeria|1960|1960:6200,1980:66000,2000:85000,2019:171300;"
    "EGY|Egypt, Arab Rep.|1960|1960:16000,1980:45000,2000:135000,2019:238600;"
    "ESP|Spain|1960|1960:50000,1980:200000,2007:350000,2013:235000,2019:244000;"
    "FIN|Finland|1960|1960:15000,1980:55000,2003:70000,2019:41000;"
    "FRA|France|1960|1960:270000,1973:500000,1985:350000,2005:375000,2019:300500;"
    "GBR|United Kingdom|1960|1960:585000,1970:640000,1990:560000,2005:535000,2019:348900;"
    "GRC|Greece|1960|1960:9000,1980:50000,2007:102000,2019:60000;"
    "IDN|Indonesia|1960|1960:22000,1980:75000,2000:265000,2019:619800;"
    "IND|India|1960|1960:111000,1980:290000,1990:563000,2000:979000,2010:1660000,2019:2456300;"
    "IRL|Ireland|1960|1960:9000,1980:25000,2001:45000,2019:36000;"
    "IRN|Iran, Islamic Rep.|1960|1960:21000,1980:112000,2000:320000,2019:630000;"
    "IRQ|Iraq|1960|1960:10000,1980:45000,2000:72000,2019:190000;"
    "ISL|Iceland|1960|1960:1000,1980:1900,2019:2100;"
    "ITA|Italy|1960|1960:105000,1980:370000,2005:470000,2014:320000,2019:317200;"
    "JPN|Japan|1960|1960:230000,1973:900000,1983:880000,2000:1190000,2013:1260000,2019:1081600;"
    "KAZ|Kazakhstan|1992|1992:245000,1999:115000,2019:212000;"
    "KOR|Korea, Rep.|1960|1960:12000,1980:125000,2000:435000,2019:610800;"
    "LUX|Luxembourg|1960|1960:11000,1974:15000,1998:7500,2007:11000,2019:9200;"
    "MEX|Mexico|1960|1960:45000,1980:250000,2000:380000,2012:470000,2019:449300;"
    "MLT|Malta|1960|1960:400,1990:2300,2012:2600,2019:1600;"
    "MYS|Malaysia|1960|1960:5000,1980:28000,2000:125000,2019:248800;"
    "NGA|Nigeria|1960|1960:3400,1980:70000,2000:90000,2019:115300;"
    "NLD|Netherlands|1960|1960:75000,1979:170000,2000:165000,2019:144000;"
    "NOR|Norway|1960|1960:13000,1980:30000,2019:41000;"
    "NZL|New Zealand|1960|1960:8000,1980:17000,2006:36000,2019:34000;"
    "PAK|Pakistan|1960|1960:10000,1980:30000,2000:100000,2019:199000;"
    "PHL|Philippines|1960|1960:8000,1980:35000,2000:70000,2019:137000;"
    "POL|Poland|1960|1960:150000,1980:450000,1990:350000,2019:299200;"
    "PRT|Portugal|1960|1960:8000,1980:26000,2005:65000,2019:44000;"
    "RUS|Russian Federation|1990|1990:2160000,1998:1440000,2012:1670000,2019:1703600;"
    "SAU|Saudi Arabia|1960|1960:3000,1980:165000,2000:255000,2015:570000,2019:523800;"
    "SWE|Sweden|1960|1960:49000,1970:92000,1990:53000,2019:35000;"
    "THA|Thailand|1960|1960:2000,1980:35000,2000:160000,2019:267100;"
    "TUR|Turkey|1960|1960:17000,1980:75000,2000:210000,2019:396100;"
    "UKR|Ukraine|1992|1992:600000,2000:295000,2013:280000,2019:185000;"
    "USA|United States|1960|1960:2890000,1973:4700000,1982:4320000,1996:5450000,2000:5700000,2005:5850000,"
    "2007:5960000,2009:5300000,2012:5050000,2019:4817700;"
    "VNM|Vietnam|1960|1960:2000,1985:20000,2000:45000,2019:336500;"
    "ZAF|South Africa|1960|1960:98000,1980:210000,2000:330000,2009:470000,2019:439600"
)
# aggregate code|name|member countries (in this file; "*" for all)|what the rest of its members add
_CO_AGGREGATES = _fields(
    "WLD|World|*|1.27;"
    "EUU|European Union|AUT,BEL,CZE,DEU,DNK,ESP,FIN,FRA,GRC,IRL,ITA,LUX,MLT,NLD,POL,PRT,SWE|1.14;"
    "HIC|High income|ABW,ARE,AUS,AUT,BEL,CAN,CHE,CHL,CZE,DEU,DNK,ESP,FIN,FRA,GBR,GRC,IRL,ISL,ITA,JPN,KOR,LUX,MLT,NLD,"
    "NOR,NZL,POL,PRT,SAU,SWE,USA|1.08;"
    "ARB|Arab World|ARE,DZA,EGY,IRQ,SAU|1.42;"
    "SSF|Sub-Saharan Africa|NGA,ZAF|1.85;"
    "SAS|South Asia|IND,PAK|1.08;"
    "EAS|East Asia & Pacific|AUS,CHN,IDN,JPN,KOR,MYS,NZL,PHL,THA,VNM|1.06"
)
_CO_AGGREGATE_NAMES = [a[1] for a in _CO_AGGREGATES]


def _co2_frame() -> pd.DataFrame:
    rng = np.random.default_rng(6807)
    years = np.arange(1960, 2020)
    series: dict[str, np.ndarray] = {}
    rows: list[dict[str, Any]] = []
    for code, name, first, knots in _CO_COUNTRIES:
        points = [k.split(":") for k in knots.split(",")]
        level = np.interp(years, [int(p[0]) for p in points], [np.log(float(p[1])) for p in points])
        wobble = _ar_noise(rng, len(years), 0.012, 0.6) * np.where(level < np.log(20_000), 3.0, 1.0)
        values = np.exp(level + wobble)
        values[years < int(first)] = np.nan
        series[code] = values
        rows += [
            {"country_code": code, "country_name": name, "year": int(y), "value": v}
            for y, v in zip(years, values, strict=True)
        ]
    for code, name, members, rest in _CO_AGGREGATES:
        codes = list(series) if members == "*" else members.split(",")
        total = np.nansum([series[c] for c in codes], axis=0) * float(rest) * (1 + rng.normal(0, 0.004, len(years)))
        rows += [
            {"country_code": code, "country_name": name, "year": int(y), "value": v}
            for y, v in zip(years, total, strict=True)
        ]
    frame = pd.DataFrame(rows).dropna(subset=["value"])
    frame["value"] = frame["value"].round(3)
    return frame.sort_values(["country_code", "year"], ignore_index=True)


def _co(d: pd.DataFrame, year: int | None = None) -> pd.DataFrame:
    """The countries' rows (the regional and income aggregates dropped), of one year when given."""
    rows = d[~_text(d["country_name"]).isin(_CO_AGGREGATE_NAMES)]
    return rows if year is None else rows[rows["year"] == year]


def _co_top(d: pd.DataFrame) -> pd.Series:
    latest = _co(d, 2019)
    return _ranked(pd.Series(latest["value"].to_numpy(), index=_text(latest["country_name"])))


def _co_value(d: pd.DataFrame, name: str, year: int) -> float:
    return float(d.loc[(_text(d["country_name"]) == name) & (d["year"] == year), "value"].iloc[0])


def _co_top5_share(world: bool) -> Callable[[pd.DataFrame], float]:
    def share(d: pd.DataFrame) -> float:
        total = _co_value(d, "World", 2019) if world else float(_co(d, 2019)["value"].sum())
        return float(_co_top(d).iloc[:5].sum()) / total

    return share


def _co_us_peak(d: pd.DataFrame) -> float:
    us = d[_text(d["country_name"]) == "United States"]
    return float(us.loc[us["value"].idxmax(), "year"])


_CO_ALIASES = {"United States": ("USA", "US", "U.S."), "Russian Federation": ("Russia",)}
_CO_ID = ("country_code", "country_name", "year")
_CO2_QS = [
    Q(
        "top 5 countries by co2 emmisions in 2019",
        _all_named(lambda d: [str(x) for x in _co_top(d).index[:5]], _CO_ALIASES),
        (*_CO_ID, "value"),
    ),
    Q(
        "what share of the world total do those 5 make up?",
        either(_share(_co_top5_share(True)), _share(_co_top5_share(False))),
        (*_CO_ID, "value"),
    ),
    Q(
        "plot US emissions over time - when did they peak?",
        _lead(_year(_co_us_peak)),
        (*_CO_ID, "value"),
    ),
    Q(
        "by how much did India's emissions grow from 1990 to 2019, in %?",
        _pct(lambda d: _co_value(d, "India", 2019) / _co_value(d, "India", 1990) - 1),
        (*_CO_ID, "value"),
    ),
    Q(
        "how many countries emitted more than 500,000 kt in 2019",
        _count(lambda d: float((_co(d, 2019)["value"] > 500_000).sum())),
        (*_CO_ID, "value"),
    ),
    Q(
        "median emissions per country in 2019?",
        _scaled(lambda d: float(_co(d, 2019)["value"].median()), (1e3, 1e6)),
        (*_CO_ID, "value"),
    ),
]


HELDOUT68: list[Dataset] = [
    Dataset("laptop_prices", _laptop_frame, _LAPTOP_QS),
    Dataset("nba_seasons_stats", _nba_frame, _NBA_QS),
    Dataset("bake_off_bakers", _bakeoff_frame, _BAKEOFF_QS),
    Dataset("ecommerce_churn", _ecommerce_frame, _ECOMMERCE_QS),
    Dataset("powerball_numbers", _powerball_frame, _POWERBALL_QS),
    Dataset("sf_crime", _crime_frame, _CRIME_QS),
    Dataset("co2_emissions_by_country", _co2_frame, _CO2_QS),
]
