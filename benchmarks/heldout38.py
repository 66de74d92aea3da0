"""HELDOUT38: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public datasets of the kind an analyst brings along: Kaggle's
laptop prices file (laptop_price.csv, 1303 laptops) with laptop_ID, Company, Product, TypeName, Inches, screen
resolutions such as "IPS Panel Full HD / Touchscreen 1920x1080", "Intel Core i5 7200U 2.5GHz" CPUs, Ram as "8GB",
Memory as "256GB SSD", "1.0TB Hybrid" or "128GB SSD +  1TB HDD" (two spaces), Weight as "1.37kg" text and
Price_euros; Kaggle's Mobile App Store file (AppleStore.csv) with its unnamed row-number first column, id,
track_name, size_bytes, "USD" currency, price, rating_count_tot / rating_count_ver, user_rating in half stars (0 for
apps nobody rated), "4+" ... "17+" cont_rating, prime_genre and the dotted "sup_devices.num", "ipadSc_urls.num" and
"lang.num" headers; Kaggle's supermarket sales of a Myanmar chain (supermarket_sales.csv) with "750-67-8428" invoice
ids, branches A / B / C in Yangon, Mandalay and Naypyitaw, "Tax 5%", Total, "1/5/2019" dates, "13:08" times, Ewallet
/ Cash / Credit card payments, cogs, a constant gross margin percentage and a 4-10 Rating; the UCI estimation of
obesity levels file (ObesityDataSet_raw_and_data_sinthetic.csv) with survey rows in whole numbers followed by
synthetic rows with six decimals, yes / no answers, FCVC, NCP, CH2O, FAF and TUE scales, "Sometimes" / "Frequently"
codes, Public_Transportation-style MTRANS values and the seven NObeyesdad levels; Kaggle's Amazon top 50 bestselling
books 2009-2019 (bestsellers with categories.csv) sorted by Name, with the same book on the list in several years
carrying the same User Rating, Reviews and Price, whole-dollar prices (a few 0), and Fiction / Non Fiction genres;
Kaggle's Sleep Health and Lifestyle file (Sleep_health_and_lifestyle_dataset.csv, 374 people) with Person ID,
Occupation, Sleep Duration in hours, 1-10 Quality of Sleep and Stress Level, "Normal" beside "Normal Weight" BMI
categories, "126/83" Blood Pressure text and "None" / "Insomnia" / "Sleep Apnea" in Sleep Disorder; and the Amazon
India sales report of April-June 2022 (Amazon Sale Report.csv) with its index column, "405-8078784-5731545" order
ids, "04-30-22" dates, "Shipped - Delivered to Buyer" statuses, Amazon / Merchant fulfilment, the trailing space in
"Sales Channel ", SKU and ASIN codes, sizes up to 6XL, INR amounts blank for many cancelled orders, upper-case ship
cities and states with a few spelt otherwise, postal codes as floats, long promotion-id lists, "Easy Ship"
fulfilled-by and a trailing "Unnamed: 22" column of False or blank. All are generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _all_named, _count, _lead, _named, _share, _split, _text
from .offline_eval import Check, Dataset, Q, both, either, has
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import month_names as _month_names
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------


def _table(text: str) -> tuple[list[str], list[float]]:
    """The options of "a:3;b:1" and their weights."""
    pairs = [x.rsplit(":", 1) for x in _split(text)]
    return [p[0] for p in pairs], [float(p[1]) for p in pairs]


def _draw(rng: np.random.Generator, text: str) -> str:
    options, weights = _table(text)
    return str(_one(rng, options, weights))


def _plurals(names: list[str]) -> dict[str, tuple[str, ...]]:
    """Each label also in the plural ("Workstations", "Sales Representatives")."""
    return {n: (f"{n}s",) for n in names}


def _month(value: Callable[[pd.DataFrame], Any]) -> Check:
    """A month, by its name ("April", "Apr", "APRIL") or with its year ("2022-04", "04/2022")."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        t = pd.Timestamp(value(df))
        names = [y for n in _month_names(t.month).split("|") for y in (n, n.upper(), n.lower()) if y != "may"]
        patterns = [
            rf"(?<![A-Za-z])(?:{'|'.join(names)})(?![A-Za-z])",
            rf"(?<![\d.]){t.year}-0?{t.month}(?!\d)",
            rf"(?<![\d/.])0?{t.month}/{t.year}\b",
        ]
        return None if any(re.search(p, answer) for p in patterns) else f"missing month {t:%Y-%m}"

    return check


def _hour(value: Callable[[pd.DataFrame], Any]) -> Check:
    """An hour of the day: "19:00", "19h", "hour 19", "7 pm", "7:00 P.M."."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        h = int(value(df))
        h12, half = h % 12 or 12, "ap"[int(h >= 12)]
        if re.search(rf"(?<![\d.:,]){h}(?::00)?(?![\d.,]|:\d)", answer):
            return None
        if re.search(rf"(?<![\d.:]){h12}(?::00)?\s*{half}\.?m\b\.?", answer, re.IGNORECASE):
            return None
        return f"missing hour {h}"

    return check


# --- 1. Laptop prices (Kaggle laptop_price.csv) ----------------------------------------------------------------------

# brand: weight, price premium, products as "name:type"
_LP_BRANDS: dict[str, tuple[float, float, str]] = {
    "Dell": (
        297,
        1.0,
        "Inspiron 3567:Notebook;Inspiron 5570:Notebook;Inspiron 5567:Notebook;Inspiron 7577:Gaming;"
        "Vostro 3568:Notebook;Latitude 5580:Notebook;Latitude 7280:Ultrabook;XPS 13:Ultrabook;XPS 15:Notebook;"
        "Inspiron 5379:2 in 1 Convertible;Inspiron 7773:2 in 1 Convertible;Alienware 17:Gaming;"
        "Precision 7520:Workstation;Latitude 3180:Netbook",
    ),
    "Lenovo": (
        297,
        0.97,
        "IdeaPad 320-15IKB:Notebook;IdeaPad 320-15ISK:Notebook;ThinkPad E570:Notebook;ThinkPad T470:Notebook;"
        "ThinkPad X1 Carbon:Ultrabook;Yoga 520-14IKB:2 in 1 Convertible;Yoga 720-13IKB:2 in 1 Convertible;"
        "Legion Y520-15IKBN:Gaming;ThinkPad P51:Workstation;V110-15IAP:Notebook;IdeaPad 110-15ISK:Notebook;"
        "Yoga Book:2 in 1 Convertible;ThinkPad 13:Ultrabook;IdeaPad 120S-14IAP:Netbook",
    ),
    "HP": (
        274,
        0.95,
        "250 G6:Notebook;255 G6:Notebook;ProBook 450:Notebook;ProBook 470:Notebook;EliteBook 840:Ultrabook;"
        "Spectre x360:2 in 1 Convertible;Pavilion x360:2 in 1 Convertible;Omen 17-W295:Gaming;"
        "Envy 13-AD007nv:Ultrabook;ZBook 15:Workstation;Stream 14-AX040wm:Netbook;"
        "15-BS078nr (i7-7500U/8GB/1TB/W10):Notebook;Pavilion 15-CK000nv:Notebook",
    ),
    "Asus": (
        158,
        1.0,
        "VivoBook Max:Notebook;X541NA (N4200/4GB/1TB/Linux):Notebook;ZenBook UX430UN:Ultrabook;"
        "ROG Strix GL553VD:Gaming;ROG Zephyrus GX501VI:Gaming;FX753VD-GC086T (i7-7700HQ/8GB/1TB/GeForce):Gaming;"
        "Transformer Mini:2 in 1 Convertible;E402WA-GA010T (E2-6110/2GB/32GB/W10):Netbook;"
        "ZenBook Flip:2 in 1 Convertible;VivoBook S15:Notebook",
    ),
    "Acer": (
        103,
        0.85,
        "Aspire 3:Notebook;Aspire 5:Notebook;Aspire E5-575:Notebook;Swift 3:Ultrabook;Nitro AN515-51:Gaming;"
        "Predator G9-793:Gaming;Spin 5:2 in 1 Convertible;Chromebook 14:Notebook;Aspire ES1-531:Notebook;"
        "TravelMate B117-M:Netbook",
    ),
    "MSI": (
        54,
        1.12,
        "GE72VR Apache:Gaming;GS63VR 7RG:Gaming;GL62M 7RDX:Gaming;GT73VR Titan:Gaming;GP62M Leopard:Gaming;"
        "WS63 7RK:Workstation",
    ),
    "Toshiba": (
        48,
        1.1,
        "Portege Z30-C-16L:Ultrabook;Tecra A50-C-21G:Notebook;Satellite Pro R50-B-12Z:Notebook;"
        "Portege X30-D-10J:Ultrabook;Tecra Z50-C-144:Notebook",
    ),
    "Apple": (21, 1.45, 'MacBook Pro:Ultrabook;Macbook Air:Ultrabook;MacBook 12":Ultrabook'),
    "Samsung": (9, 1.25, "Notebook 9:Ultrabook;Chromebook Plus:2 in 1 Convertible;Notebook Odyssey:Gaming"),
    "Razer": (7, 1.6, "Blade Pro:Gaming;Blade Stealth:Ultrabook"),
    "Mediacom": (7, 0.5, "SmartBook 140:Notebook;FlexBook Edge:2 in 1 Convertible;SmartBook Edge:Netbook"),
    "Microsoft": (6, 1.35, "Surface Laptop:Ultrabook;Surface Book:2 in 1 Convertible"),
    "Xiaomi": (4, 0.9, "Mi Notebook Air:Ultrabook;Mi Notebook Pro:Ultrabook"),
    "Vero": (4, 0.42, "K146 (Atom X5-Z8350/4GB/32GB/W10):Notebook;V131 (X5-Z8350/4GB/32GB/FHD/W10):Netbook"),
    "Chuwi": (3, 0.5, 'LapBook 15.6":Notebook;LapBook 12.3:Ultrabook'),
    "Google": (3, 1.3, "Chromebook Pixel:Ultrabook"),
    "Fujitsu": (3, 0.9, "Lifebook A557:Notebook"),
    "LG": (3, 1.35, "Gram 15Z970:Ultrabook;Gram 14Z970:Ultrabook"),
    "Huawei": (2, 1.2, "MateBook X:Ultrabook;MateBook D:Notebook"),
}
# type: base price (EUR), kg per inch, inches, ram (GB), cpus, gpus, screens, memories
_LP_TYPES: dict[str, tuple[float, float, str, str, str, str, str, str]] = {
    "Notebook": (
        720,
        0.135,
        "15.6:70;14:15;17.3:10;13.3:3;11.6:2",
        "4:40;8:45;16:8;6:5;2:2",
        "Intel Core i5 7200U 2.5GHz:30;Intel Core i7 7500U 2.7GHz:15;Intel Core i3 6006U 2GHz:20;"
        "Intel Core i7 8550U 1.8GHz:10;Intel Celeron Dual Core N3350 1.1GHz:10;AMD A9-Series 9420 3GHz:5;"
        "Intel Pentium Quad Core N4200 1.1GHz:5;Intel Core i5 8250U 1.6GHz:10",
        "Intel HD Graphics 620:45;Intel UHD Graphics 620:12;Intel HD Graphics 520:8;Intel HD Graphics 500:6;"
        "Nvidia GeForce 940MX:10;Nvidia GeForce MX150:10;AMD Radeon 530:6;AMD Radeon R5:3",
        "1366x768:40;Full HD 1920x1080:40;IPS Panel Full HD 1920x1080:12;Full HD / Touchscreen 1920x1080:4;1600x900:4",
        "1TB HDD:25;256GB SSD:25;500GB HDD:12;128GB SSD +  1TB HDD:10;256GB SSD +  1TB HDD:6;128GB SSD:8;"
        "512GB SSD:4;32GB Flash Storage:3;1.0TB Hybrid:2;2TB HDD:2;180GB SSD:1;16GB Flash Storage:1;"
        "64GB Flash Storage:1",
    ),
    "Gaming": (
        950,
        0.165,
        "15.6:60;17.3:38;14:2",
        "8:35;16:50;32:10;12:5",
        "Intel Core i7 7700HQ 2.8GHz:70;Intel Core i5 7300HQ 2.5GHz:15;Intel Core i7 7820HK 2.9GHz:10;"
        "AMD Ryzen 1700 3GHz:5",
        "Nvidia GeForce GTX 1050:30;Nvidia GeForce GTX 1050 Ti:20;Nvidia GeForce GTX 1060:30;"
        "Nvidia GeForce GTX 1070:15;Nvidia GeForce GTX 1080:5",
        "Full HD 1920x1080:45;IPS Panel Full HD 1920x1080:45;IPS Panel 4K Ultra HD 3840x2160:6;IPS Panel 2560x1440:4",
        "128GB SSD +  1TB HDD:30;256GB SSD +  1TB HDD:35;256GB SSD:10;512GB SSD:8;1TB HDD:5;512GB SSD +  1TB HDD:5;"
        "1.0TB Hybrid:4;256GB SSD +  2TB HDD:3",
    ),
    "Ultrabook": (
        1080,
        0.098,
        "13.3:45;14:30;15.6:15;12.5:5;12:5",
        "8:60;16:30;4:8;32:2",
        "Intel Core i5 7200U 2.5GHz:30;Intel Core i7 8550U 1.8GHz:25;Intel Core i5 8250U 1.6GHz:20;"
        "Intel Core i7 7500U 2.7GHz:20;Intel Core M m3 1.2GHz:5",
        "Intel HD Graphics 620:60;Intel UHD Graphics 620:25;Intel HD Graphics 615:8;Nvidia GeForce MX150:7",
        "Full HD 1920x1080:35;IPS Panel Full HD 1920x1080:40;Quad HD+ / Touchscreen 3200x1800:10;"
        "IPS Panel 4K Ultra HD / Touchscreen 3840x2160:5;1366x768:10",
        "256GB SSD:55;512GB SSD:22;128GB SSD:15;128GB Flash Storage:3;256GB Flash Storage:3;1TB SSD:2",
    ),
    "2 in 1 Convertible": (
        1040,
        0.108,
        "13.3:35;14:25;15.6:20;11.6:12;12.3:8",
        "8:55;4:25;16:18;12:2",
        "Intel Core i5 7200U 2.5GHz:30;Intel Core i7 7500U 2.7GHz:20;Intel Core i5 8250U 1.6GHz:20;"
        "Intel Core i7 8550U 1.8GHz:15;Intel Celeron Dual Core N3060 1.6GHz:10;Intel Core M m3-7Y30 1GHz:5",
        "Intel HD Graphics 620:55;Intel UHD Graphics 620:25;Intel HD Graphics 400:10;Intel HD Graphics 615:10",
        "Full HD / Touchscreen 1920x1080:45;IPS Panel Full HD / Touchscreen 1920x1080:40;"
        "Touchscreen 1366x768:10;IPS Panel Quad HD+ / Touchscreen 3200x1800:5",
        "256GB SSD:45;512GB SSD:15;128GB SSD:12;1TB HDD:10;32GB Flash Storage:8;64GB Flash Storage:5;500GB HDD:5",
    ),
    "Workstation": (
        1250,
        0.16,
        "15.6:75;17.3:25",
        "16:45;8:25;32:25;64:5",
        "Intel Core i7 7700HQ 2.8GHz:45;Intel Core i7 7820HQ 2.9GHz:30;Intel Xeon E3-1505M V6 3GHz:25",
        "Nvidia Quadro M1200:40;Nvidia Quadro M2200:30;AMD FirePro W6150M:10;Nvidia Quadro P4000:20",
        "Full HD 1920x1080:45;IPS Panel Full HD 1920x1080:35;IPS Panel 4K Ultra HD 3840x2160:20",
        "256GB SSD:30;512GB SSD:35;1TB SSD:15;256GB SSD +  1TB HDD:10;512GB SSD +  1TB HDD:10",
    ),
    "Netbook": (
        1000,
        0.1,
        "11.6:70;12.5:15;14:15",
        "4:60;2:30;8:10",
        "Intel Celeron Dual Core N3060 1.6GHz:45;Intel Atom x5-Z8350 1.44GHz:25;"
        "Intel Celeron Dual Core N3350 1.1GHz:20;Intel Core i5 7200U 2.5GHz:10",
        "Intel HD Graphics 400:55;Intel HD Graphics 500:35;Intel HD Graphics:10",
        "1366x768:80;Touchscreen 1366x768:10;Full HD 1920x1080:10",
        "32GB Flash Storage:35;16GB Flash Storage:10;64GB Flash Storage:15;128GB SSD:15;500GB HDD:15;256GB SSD:10",
    ),
}
# Apple product: inches, cpus, gpus, screen, memories
_LP_APPLE: dict[str, tuple[str, str, str, str, str]] = {
    "MacBook Pro": (
        "13.3:70;15.4:30",
        "Intel Core i5 2.3GHz:40;Intel Core i5 3.1GHz:25;Intel Core i7 2.8GHz:20;Intel Core i7 2.9GHz:15",
        "Intel Iris Plus Graphics 640:55;Intel Iris Plus Graphics 650:20;AMD Radeon Pro 555:15;AMD Radeon Pro 560:10",
        "IPS Panel Retina Display 2560x1600",
        "256GB SSD:45;512GB SSD:35;128GB SSD:20",
    ),
    "Macbook Air": (
        "13.3:100",
        "Intel Core i5 1.8GHz:70;Intel Core i7 2.2GHz:30",
        "Intel HD Graphics 6000:100",
        "1440x900",
        "128GB Flash Storage:50;256GB Flash Storage:35;128GB SSD:15",
    ),
    'MacBook 12"': (
        "12:100",
        "Intel Core M 1.2GHz:50;Intel Core M m3 1.2GHz:30;Intel Core i5 1.3GHz:20",
        "Intel HD Graphics 615:100",
        "IPS Panel Retina Display 2304x1440",
        "256GB SSD:60;512GB SSD:40",
    ),
}
_LP_OS = "Windows 10:86;No OS:5.5;Linux:5;Windows 7:3.5;Windows 10 S:0.4;Android:0.15"
_LP_CPU_TIERS = (
    ("Xeon", 1.5),
    ("i7", 1.3),
    ("Ryzen", 1.15),
    ("i5", 1.08),
    ("Core M", 0.95),
    ("i3", 0.85),
    ("A9", 0.72),
    ("Pentium", 0.6),
    ("Celeron", 0.55),
    ("Atom", 0.5),
)


def _lp_cpu_factor(cpu: str) -> float:
    return next((f for key, f in _LP_CPU_TIERS if key in cpu), 1.0)


def _laptops_frame() -> pd.DataFrame:
    rng = np.random.default_rng(3801)
    brands = list(_LP_BRANDS)
    ids = np.sort(rng.choice(np.arange(1, 1321), 1303, replace=False))
    rows: list[dict[str, Any]] = []
    for laptop_id in ids:
        company = str(_one(rng, brands, [b[0] for b in _LP_BRANDS.values()]))
        _w, premium, products = _LP_BRANDS[company]
        product, kind = str(_one(rng, _split(products))).rsplit(":", 1)
        base, per_inch, inches_t, ram_t, cpus, gpus, screens, memories = _LP_TYPES[kind]
        if company == "Apple":
            inches_t, cpus, gpus, screen, memories = _LP_APPLE[product]
            ram = int(_one(rng, [8, 16], [75, 25]))
            system = str(_one(rng, ["macOS", "Mac OS X"], [60, 40]))
        else:
            ram = int(_draw(rng, ram_t))
            screen = _draw(rng, screens)
            system = _draw(rng, _LP_OS)
            if "Chromebook" in product or company == "Google":
                system = "Chrome OS"
            elif product == "Surface Laptop":
                system = "Windows 10 S"
        inches = float(_draw(rng, inches_t))
        cpu = _draw(rng, cpus)
        gpu = _draw(rng, gpus)
        if cpu.startswith("AMD") and kind != "Gaming":
            gpu = str(_one(rng, ["AMD Radeon R5", "AMD Radeon 530", "AMD Radeon R7"], [50, 35, 15]))
        memory = _draw(rng, memories)
        price = base * (ram / 8) ** 0.35 * _lp_cpu_factor(cpu) * premium * float(rng.lognormal(0, 0.2))
        price *= 1.12 if "SSD" in memory else 0.9 if "Flash" in memory else 1.0
        price *= 1.25 if ("GTX 1070" in gpu or "GTX 1080" in gpu or "P4000" in gpu) else 1.0
        price *= 0.92 if system in ("No OS", "Linux") else 1.0
        price = float(np.clip(price, 174, 6099))
        price = float(round(price) - int(_one(rng, [0, 1]))) if rng.random() < 0.3 else round(price, 2)
        weight = per_inch * inches * float(rng.lognormal(0, 0.08)) * (0.85 if company == "Apple" else 1.0)
        weight += 0.35 if inches >= 17 else 0.0
        weight = round(float(np.clip(weight, 0.69, 4.7)), 2)
        rows.append(
            {
                "laptop_ID": int(laptop_id),
                "Company": company,
                "Product": product,
                "TypeName": kind,
                "Inches": inches,
                "ScreenResolution": screen,
                "Cpu": cpu,
                "Ram": f"{ram}GB",
                "Memory": memory,
                "Gpu": gpu,
                "OpSys": system,
                "Weight": f"{weight:g}kg",
                "Price_euros": price,
            }
        )
    return pd.DataFrame(rows)


def _lp_ram(d: pd.DataFrame) -> pd.Series:
    return pd.to_numeric(_text(d["Ram"]).str.replace("GB", "", regex=False), errors="coerce")


def _lp_weight(d: pd.DataFrame) -> pd.Series:
    return pd.to_numeric(_text(d["Weight"]).str.replace(r"kgs?$", "", regex=True), errors="coerce")


def _lp_ssd(flash: bool) -> Callable[[pd.DataFrame], pd.Series]:
    def has_ssd(d: pd.DataFrame) -> pd.Series:
        memory = _text(d["Memory"])
        found = memory.str.contains("SSD", regex=False)
        return found | memory.str.contains("Flash", regex=False) if flash else found

    return has_ssd


def _lp_ssd_means(flash: bool) -> Callable[[pd.DataFrame], list[float]]:
    def means(d: pd.DataFrame) -> list[float]:
        by = d.groupby(_lp_ssd(flash)(d))["Price_euros"].mean()
        return [float(by[True]), float(by[False])]

    return means


def _lp_type_means(d: pd.DataFrame) -> pd.Series:
    return d.groupby("TypeName")["Price_euros"].mean().sort_values()


_LP_ID = ("laptop_ID", "Product")
_LAPTOP_QS = [
    Q(
        "which brand has the highest average price?",
        _lead(_named(lambda d: str(d.groupby("Company")["Price_euros"].mean().idxmax()))),
        (*_LP_ID, "Company", "Price_euros"),
    ),
    Q(
        "plot avg price per laptop type. which type is the most expensive?",
        _lead(_named(lambda d: str(_lp_type_means(d).index[-1]), _plurals(list(_LP_TYPES)))),
        (*_LP_ID, "TypeName", "Price_euros"),
    ),
    Q(
        "how many laptops have 16gb ram or more",
        _count(lambda d: float((_lp_ram(d) >= 16).sum())),
        (*_LP_ID, "Ram"),
    ),
    Q(
        "is weight correlated with price?",
        _corr(_lp_weight, lambda d: d["Price_euros"]),
        (*_LP_ID, "Weight", "Price_euros"),
    ),
    Q(
        "what % of the laptops have an SSD",
        either(_share(lambda d: float(_lp_ssd(False)(d).mean())), _share(lambda d: float(_lp_ssd(True)(d).mean()))),
        (*_LP_ID, "Memory"),
    ),
    Q(
        "and whats the avg price with vs without one?",
        either(_scaled(_lp_ssd_means(False), (1e3,)), _scaled(_lp_ssd_means(True), (1e3,))),
        (*_LP_ID, "Memory", "Price_euros"),
    ),
]


# --- 2. Apple App Store apps (Kaggle "Mobile App Store" AppleStore.csv) --------------------------------------------

# genre: weight, share free, median size (bytes), what its apps are called
_AS_GENRES: dict[str, tuple[float, float, float, str]] = {
    "Games": (3862, 0.58, 1.9e8, ""),
    "Entertainment": (
        535,
        0.62,
        7.5e7,
        "Soundboard;Fun Facts;Quiz;Video Player;Emoji Keyboard;Fan App;Prank Calls;Trivia;Stickers;Jokes",
    ),
    "Education": (
        453,
        0.29,
        1.1e8,
        "Math;Flashcards;ABC Learning;Spelling;Kids Learn;Language Tutor;Phonics;Times Tables;Science Lab;Star Chart",
    ),
    "Photo & Video": (
        349,
        0.48,
        5.5e7,
        "Camera;Photo Editor;Collage Maker;Video Editor;Filters;Selfie Cam;Slideshow;Photo Vault;Retouch;GIF Maker",
    ),
    "Utilities": (
        248,
        0.44,
        2.5e7,
        "Flashlight;Calculator;QR Scanner;VPN;Battery Saver;Unit Converter;File Manager;Cleaner;Translator;Alarm Clock",
    ),
    "Health & Fitness": (
        180,
        0.42,
        7e7,
        "Workout;Calorie Counter;Yoga;Step Tracker;Meditation;Running;Water Reminder;Sleep Sounds;Diet Plan;HIIT Timer",
    ),
    "Productivity": (
        178,
        0.35,
        4e7,
        "Notes;To-Do List;Scanner;PDF Reader;Calendar;Planner;Habit Tracker;Mind Map;Timer;Docs",
    ),
    "Social Networking": (
        167,
        0.85,
        8e7,
        "Chat;Messenger;Dating;Meet;Friends;Video Call;Forum;Community;Stories;Live",
    ),
    "Lifestyle": (
        144,
        0.65,
        4.5e7,
        "Horoscope;Recipes;Home Design;Wallpapers;Tarot;Baby Names;Ringtones;Quotes;Decor;Gardening",
    ),
    "Music": (
        138,
        0.49,
        6e7,
        "Piano;Guitar Tuner;Radio;Music Player;Drum Pad;Metronome;Karaoke;DJ Mixer;Ringtone Maker;Lyrics",
    ),
    "Shopping": (
        122,
        0.99,
        7e7,
        "Deals;Coupons;Shop;Store;Outlet;Marketplace;Grocery;Fashion;Cashback;Price Tracker",
    ),
    "Sports": (
        114,
        0.7,
        6e7,
        "Live Scores;Fantasy Football;Golf GPS;Cricket;Soccer News;Basketball;Tennis;Baseball;Hockey;Fishing",
    ),
    "Book": (112, 0.59, 5e7, "Audiobooks;Comics;Bible Stories;Reader;Novels;Manga;Poems;Kids Stories;eBooks;Library"),
    "Finance": (
        104,
        0.81,
        7e7,
        "Budget;Bank;Expense Tracker;Stocks;Wallet;Tax Calc;Loan Calculator;Crypto;Invoice;Pay",
    ),
    "Travel": (
        81,
        0.69,
        6e7,
        "Flights;Hotels;Travel Guide;Maps Offline;Trip Planner;Currency;Metro;Cruise;Camping;City Guide",
    ),
    "News": (
        75,
        0.78,
        3.5e7,
        "News;Daily Brief;Headlines;Local News;Tech News;Magazine;Newspaper;Breaking News;World News;Podcasts",
    ),
    "Weather": (
        72,
        0.39,
        4e7,
        "Weather;Radar;Storm Tracker;Forecast;Weather Live;Rain Alarm;Hurricane Tracker;Tides;Snow Report;Temperature",
    ),
    "Reference": (
        64,
        0.31,
        6e7,
        "Dictionary;Thesaurus;Bible Study;Encyclopedia;Quran;Atlas;Periodic Table;Sign Language;Flags;Almanac",
    ),
    "Food & Drink": (
        63,
        0.68,
        6e7,
        "Recipes;Food Delivery;Cocktails;Wine Guide;Coffee;Pizza;Restaurant Finder;Meal Planner;Baking;Grill",
    ),
    "Business": (
        57,
        0.35,
        4e7,
        "Scanner Pro;Invoices;Time Clock;CRM;Fax;Meetings;Business Cards;Payroll;Receipts;Job Search",
    ),
    "Navigation": (
        46,
        0.46,
        8e7,
        "GPS;Maps;Speedometer;Compass;Parking;Traffic;Navigator;Hiking Trails;Bike Routes;Transit",
    ),
    "Medical": (
        23,
        0.35,
        6e7,
        "Pill Reminder;Symptom Checker;Anatomy;Blood Pressure;Medical Dictionary;Nurse Guide;First Aid;Drug Guide;"
        "Pregnancy;ECG",
    ),
    "Catalogs": (
        10,
        0.9,
        4e7,
        "Catalog;Furniture;Car Catalog;Lookbook;Tools;Brochure;Collectibles;Parts Finder;Toys;Sneakers",
    ),
}
_AS_PREFIX = _split("My;Easy;Smart;Simple;Daily;Pocket;iPro;Quick;Handy;Go;Super;Best;Total;Free;Ultimate;Magic")
_AS_GAME_A = _split(
    "Super;Epic;Tiny;Crazy;Dragon;Zombie;Pixel;Space;Ninja;Block;Castle;Galaxy;Jewel;Bubble;Word;Farm;Racing;"
    "Sniper;Puzzle;Kingdom;Pirate;Monster;Robot;Hero;Legend;Mahjong;Sudoku;Chess;Poker;Slots;Tower;Golf;Bowling"
)
_AS_GAME_B = _split(
    "Quest;Rush;Wars;Saga;Blast;Dash;Run;Mania;Heroes;Legends;Defense;Story;Adventure;Island;Match;Jump;Craft;"
    "Tycoon;Battle;Escape;Clash;Frenzy;Smash;Empire;Party;Master;World;Arena"
)
_AS_TAILS = _split(" HD; 2; Pro; Deluxe; - Free; Lite; 3D; Plus; Classic; Premium")
# famous apps: genre, total ratings, price, size in MB
_AS_FAMOUS: dict[str, tuple[str, int, float, float]] = {
    "Facebook": ("Social Networking", 2_974_676, 0.0, 389.9),
    "Instagram": ("Photo & Video", 2_161_558, 0.0, 113.9),
    "Clash of Clans": ("Games", 2_130_805, 0.0, 116.5),
    "Temple Run": ("Games", 1_724_546, 0.0, 65.9),
    "Pandora - Music & Radio": ("Music", 1_126_879, 0.0, 130.2),
    "Pinterest": ("Social Networking", 1_061_624, 0.0, 74.8),
    "Bible": ("Reference", 985_920, 0.0, 92.8),
    "Candy Crush Saga": ("Games", 961_794, 0.0, 222.8),
    "Spotify Music": ("Music", 878_563, 0.0, 132.5),
    "Angry Birds": ("Games", 824_451, 0.99, 175.5),
    "Subway Surfers": ("Games", 706_110, 0.0, 182.0),
    "Solitaire": ("Games", 679_055, 0.0, 97.6),
}
_AS_PRICES = "0.99:40;1.99:20;2.99:17;3.99:6;4.99:8;5.99:1.5;6.99:2;7.99:1;9.99:3;14.99:0.5;19.99:0.5;24.99:0.2"


def _as_name(rng: np.random.Generator, genre: str, used: set[str]) -> str:
    for attempt in range(50):
        if genre == "Games":
            name = f"{_one(rng, _AS_GAME_A)} {_one(rng, _AS_GAME_B)}"
        else:
            name = f"{_one(rng, _AS_PREFIX)} {_one(rng, _split(_AS_GENRES[genre][3]))}"
        if rng.random() < 0.3 or attempt > 3:
            name += str(_one(rng, _AS_TAILS))
        if attempt > 10:
            name += f" {attempt}"
        if name not in used:
            used.add(name)
            return name
    raise RuntimeError("no name left")


def _apps_frame() -> pd.DataFrame:
    rng = np.random.default_rng(3802)
    n = 3200
    genres = list(_AS_GENRES)
    ids = np.sort(rng.choice(906_719_252, n, replace=False)) + 281_656_475
    spots = rng.choice(n // 4, len(_AS_FAMOUS), replace=False)
    famous_at = {int(p): name for p, name in zip(spots, _AS_FAMOUS, strict=True)}
    used = set(_AS_FAMOUS)
    rows: list[dict[str, Any]] = []
    for pos, app_id in enumerate(ids):
        if pos in famous_at:
            name = famous_at[pos]
            genre, total, price, mb = _AS_FAMOUS[name]
            total = int(total * rng.uniform(0.97, 1.03))
            size = int(mb * 1_048_576 * rng.uniform(0.98, 1.02))
        else:
            genre = str(_one(rng, genres, [g[0] for g in _AS_GENRES.values()]))
            _w, free, median, _words = _AS_GENRES[genre]
            name = _as_name(rng, genre, used)
            price = 0.0 if rng.random() < free else float(_draw(rng, _AS_PRICES))
            age = 1.0 - pos / n
            total = (
                0
                if rng.random() < (0.09 if price > 0 else 0.15)
                else int(rng.lognormal(np.log(40 + 900 * age**2), 1.9))
            )
            total = int(total * (0.5 if price > 0 else 1.0))
            size = int(np.clip(rng.lognormal(np.log(median), 0.85), 2e5, 4e9))
        current = int(total * rng.beta(0.6, 3.0)) if total else 0
        paid = price > 0
        rating = 0.0
        if total:
            score = rng.normal(3.8 + (0.3 if paid else 0.0) + (0.3 if total > 10_000 else 0.0), 0.7)
            score -= 0.6 if total < 10 else 0.0
            rating = float(np.clip(round(score * 2) / 2, 1.0, 5.0))
        rating_ver = float(np.clip(round((rating + rng.normal(0, 0.5)) * 2) / 2, 1.0, 5.0)) if current else 0.0
        content = _draw(rng, "4+:55;9+:20;12+:18;17+:7" if genre == "Games" else "4+:70;12+:15;9+:8;17+:7")
        major = int(min(rng.lognormal(0.6, 0.8), 40)) + 1
        version = f"{major}.{int(rng.integers(0, 10))}" + (f".{int(rng.integers(0, 10))}" if rng.random() < 0.7 else "")
        languages = 1 if rng.random() < 0.45 else int(np.clip(rng.lognormal(1.3, 1.1), 0, 75))
        rows.append(
            {
                "": pos + 1,
                "id": int(app_id),
                "track_name": name,
                "size_bytes": size,
                "currency": "USD",
                "price": price,
                "rating_count_tot": total,
                "rating_count_ver": current,
                "user_rating": rating,
                "user_rating_ver": rating_ver,
                "ver": version,
                "cont_rating": content,
                "prime_genre": genre,
                "sup_devices.num": int(_draw(rng, "37:40;38:30;40:14;39:5;43:3;47:3;36:2;24:1;26:1;25:1")),
                "ipadSc_urls.num": int(_draw(rng, "5:70;0:12;4:8;3:5;1:3;2:2")),
                "lang.num": languages,
                "vpp_lic": int(rng.random() < 0.993),
            }
        )
    return pd.DataFrame(rows)


def _as_rating_means(rated_only: bool) -> Callable[[pd.DataFrame], list[float]]:
    def means(d: pd.DataFrame) -> list[float]:
        if rated_only:
            d = d[d["rating_count_tot"] > 0]
        by = d.groupby(d["price"] > 0)["user_rating"].mean()
        return [float(by[False]), float(by[True])]

    return means


def _as_games(d: pd.DataFrame) -> pd.Series:
    return _text(d["prime_genre"]) == "Games"


_AS_ID = ("id", "track_name")
_APPS_QS = [
    Q(
        "what percentage of apps are free?",
        _share(lambda d: float((d["price"] == 0).mean())),
        (*_AS_ID, "price", "currency"),
    ),
    Q(
        "top 5 genres by number of apps",
        _all_named(lambda d: [str(x) for x in _text(d["prime_genre"]).value_counts().index[:5]]),
        (*_AS_ID, "prime_genre"),
    ),
    Q(
        "do paid apps get better ratings than free ones? avg user rating for both",
        either(_about(_as_rating_means(False)), _about(_as_rating_means(True))),
        (*_AS_ID, "price", "user_rating", "user_rating_ver", "rating_count_tot"),
    ),
    Q(
        "which 5 apps have the most ratings",
        either(
            _all_named(lambda d: [str(x) for x in d.nlargest(5, "rating_count_tot")["track_name"]]),
            _all_named(lambda d: [str(x) for x in d.nlargest(5, "rating_count_ver")["track_name"]]),
        ),
        (*_AS_ID, "rating_count_tot", "rating_count_ver"),
    ),
    Q(
        "avg size of a game in MB?",
        _scaled(lambda d: float(d.loc[_as_games(d), "size_bytes"].mean()), (1e6, 2.0**20, 1e9, 2.0**30)),
        (*_AS_ID, "size_bytes", "prime_genre"),
    ),
    Q(
        "how many games are rated 17+",
        _count(lambda d: float((_as_games(d) & (_text(d["cont_rating"]) == "17+")).sum())),
        (*_AS_ID, "prime_genre", "cont_rating"),
    ),
]


# --- 3. Supermarket sales, Myanmar (Kaggle supermarket_sales.csv) ---------------------------------------------------

_SM_BRANCHES = {"A": "Yangon", "B": "Mandalay", "C": "Naypyitaw"}
_SM_LINES = _split(
    "Health and beauty;Electronic accessories;Home and lifestyle;Sports and travel;Food and beverages;"
    "Fashion accessories"
)
_SM_HOURS = {10: 101, 11: 90, 12: 89, 13: 103, 14: 83, 15: 102, 16: 77, 17: 74, 18: 93, 19: 113, 20: 75}


def _supermarket_frame() -> pd.DataFrame:
    rng = np.random.default_rng(3803)
    n = 1000
    codes = rng.choice(900 * 100 * 10_000, n, replace=False)
    branch = np.asarray(list(_SM_BRANCHES), dtype=object)[rng.choice(3, n, p=[0.34, 0.332, 0.328])]
    line = np.asarray(_SM_LINES, dtype=object)[rng.choice(6, n, p=[0.152, 0.17, 0.16, 0.166, 0.174, 0.178])]
    unit = np.round(rng.uniform(10.08, 99.96, n), 2)
    qty = rng.integers(1, 11, n)
    cogs = np.round(unit * qty, 2)
    tax = np.round(cogs * 0.05, 4)
    days = pd.Timestamp("2019-01-01") + pd.to_timedelta(rng.integers(0, 89, n), unit="D")
    hours = rng.choice(list(_SM_HOURS), n, p=np.asarray(list(_SM_HOURS.values())) / sum(_SM_HOURS.values()))
    minutes = rng.integers(0, 60, n)
    return pd.DataFrame(
        {
            "Invoice ID": [f"{100 + c // 1_000_000:03d}-{c // 10_000 % 100:02d}-{c % 10_000:04d}" for c in codes],
            "Branch": branch,
            "City": [_SM_BRANCHES[str(b)] for b in branch],
            "Customer type": np.where(rng.random(n) < 0.501, "Member", "Normal"),
            "Gender": np.where(rng.random(n) < 0.501, "Female", "Male"),
            "Product line": line,
            "Unit price": unit,
            "Quantity": qty,
            "Tax 5%": tax,
            "Total": np.round(cogs + tax, 4),
            "Date": [f"{t.month}/{t.day}/{t.year}" for t in days],
            "Time": [f"{h:02d}:{m:02d}" for h, m in zip(hours, minutes, strict=True)],
            "Payment": np.asarray(["Ewallet", "Cash", "Credit card"], dtype=object)[
                rng.choice(3, n, p=[0.345, 0.344, 0.311])
            ],
            "cogs": cogs,
            "gross margin percentage": 4.761904762,
            "gross income": tax,
            "Rating": np.round(rng.uniform(4.0, 10.0, n), 1),
        }
    )


def _sm_hour(d: pd.DataFrame) -> pd.Series:
    return pd.to_numeric(_text(d["Time"]).str.split(":").str[0], errors="coerce")


def _sm_busiest(d: pd.DataFrame) -> int:
    return int(_sm_hour(d).value_counts().idxmax())


def _sm_month(d: pd.DataFrame) -> pd.Timestamp:
    month = pd.to_datetime(d["Date"], format="%m/%d/%Y").dt.to_period("M")
    return pd.Timestamp(d.groupby(month)["Total"].sum().idxmax().to_timestamp())


_SM_ID = ("Invoice ID",)
_SUPERMARKET_QS = [
    Q(
        "total sales for each branch",
        either(
            _scaled(lambda d: d.groupby("Branch")["Total"].sum().to_numpy(), (1e3,)),
            _scaled(lambda d: d.groupby("Branch")["cogs"].sum().to_numpy(), (1e3,)),
        ),
        (*_SM_ID, "Branch", "City", "Total", "cogs"),
    ),
    Q(
        "which product line makes the most gross income?",
        _lead(_named(lambda d: str(d.groupby("Product line")["gross income"].sum().idxmax()))),
        (*_SM_ID, "Product line", "gross income", "Tax 5%"),
    ),
    Q(
        "what % of purchases were paid with ewallet",
        _share(lambda d: float((_text(d["Payment"]) == "Ewallet").mean())),
        (*_SM_ID, "Payment"),
    ),
    Q(
        "plot total sales per month - which month had the highest sales?",
        _lead(_month(_sm_month)),
        (*_SM_ID, "Date", "Total", "cogs"),
    ),
    Q(
        "what hour of the day do most purchases happen",
        _lead(_hour(_sm_busiest)),
        (*_SM_ID, "Time"),
    ),
    Q(
        "and how much was sold in total in that hour?",
        either(
            _scaled(lambda d: float(d.loc[_sm_hour(d) == _sm_busiest(d), "Total"].sum()), (1e3,)),
            _scaled(lambda d: float(d.loc[_sm_hour(d) == _sm_busiest(d), "cogs"].sum()), (1e3,)),
        ),
        (*_SM_ID, "Time", "Total", "cogs"),
    ),
]


# --- 4. Obesity levels (UCI ObesityDataSet_raw_and_data_sinthetic.csv) ----------------------------------------------

# level: rows, share female, share of survey rows, age mean, BMI low and high, family history, FAVC, FAF mean,
# share travelling by car
_OB_LEVELS: dict[str, tuple[int, float, float, float, float, float, float, float, float, float]] = {
    "Insufficient_Weight": (272, 0.64, 0.1, 19.8, 15.8, 18.4, 0.45, 0.8, 1.25, 0.12),
    "Normal_Weight": (287, 0.49, 0.65, 21.7, 18.6, 24.8, 0.55, 0.75, 1.25, 0.2),
    "Overweight_Level_I": (290, 0.5, 0.2, 23.4, 25.1, 27.4, 0.8, 0.9, 1.05, 0.23),
    "Overweight_Level_II": (290, 0.36, 0.2, 26.9, 27.6, 29.9, 0.9, 0.85, 0.95, 0.3),
    "Obesity_Type_I": (351, 0.44, 0.25, 25.9, 30.1, 34.8, 0.95, 0.92, 0.85, 0.26),
    "Obesity_Type_II": (297, 0.007, 0.15, 28.2, 35.1, 39.8, 0.99, 0.95, 0.95, 0.3),
    "Obesity_Type_III": (324, 0.997, 0.01, 23.5, 40.2, 50.8, 1.0, 0.99, 0.65, 0.01),
}


def _obesity_row(rng: np.random.Generator, level: str, survey: bool) -> dict[str, Any]:
    _n, female_p, _s, age_mean, bmi_lo, bmi_hi, family_p, favc_p, faf_mean, car_p = _OB_LEVELS[level]
    female = rng.random() < female_p
    age = float(np.clip(14 + rng.lognormal(np.log(age_mean - 14), 0.45), 14, 61))
    height = float(np.clip(rng.normal(1.64 if female else 1.76, 0.07), 1.45, 1.98))
    weight = float(np.clip(rng.uniform(bmi_lo, bmi_hi) * height**2, 39, 173))
    scales = {
        "FCVC": 3.0 if level == "Obesity_Type_III" else float(np.clip(rng.normal(2.4, 0.55), 1, 3)),
        "NCP": float(np.clip(rng.normal(2.8, 0.7), 1, 4)),
        "CH2O": float(np.clip(rng.normal(2.0, 0.6), 1, 3)),
        "FAF": float(np.clip(rng.normal(faf_mean, 0.85), 0, 3)),
        "TUE": float(np.clip(rng.normal(0.65, 0.6), 0, 2)),
    }
    if survey:
        age, height, weight = float(round(age)), round(height, 2), float(round(weight))
        scales = {k: float(round(v)) for k, v in scales.items()}
    else:
        age, height, weight = round(age, 6), round(height, 6), round(weight, 6)
        scales = {k: round(v, 6) for k, v in scales.items()}
    snacks = "Sometimes:84;Frequently:11;Always:2.5;no:2.5"
    if level in ("Insufficient_Weight", "Normal_Weight"):
        snacks = "Sometimes:60;Frequently:32;Always:5;no:3"
    drinks = "Sometimes:95;no:5" if level == "Obesity_Type_III" else "Sometimes:62;no:32;Frequently:6"
    car = rng.random() < car_p * (1.8 if age > 30 else 1.0)
    travel = "Public_Transportation:93;Walking:4.5;Motorbike:1.2;Bike:0.8"
    if age >= 35:
        travel = "Public_Transportation:97;Walking:3"
    return {
        "Gender": "Female" if female else "Male",
        "Age": age,
        "Height": height,
        "Weight": weight,
        "family_history_with_overweight": "yes" if rng.random() < family_p else "no",
        "FAVC": "yes" if rng.random() < favc_p else "no",
        "FCVC": scales["FCVC"],
        "NCP": scales["NCP"],
        "CAEC": _draw(rng, snacks),
        "SMOKE": "yes" if rng.random() < (0.06 if level == "Obesity_Type_II" else 0.015) else "no",
        "CH2O": scales["CH2O"],
        "SCC": "yes" if rng.random() < (0.09 if "Normal" in level or "Level_I" in level else 0.02) else "no",
        "FAF": scales["FAF"],
        "TUE": scales["TUE"],
        "CALC": _draw(rng, drinks),
        "MTRANS": "Automobile" if car else _draw(rng, travel),
        "NObeyesdad": level,
    }


def _obesity_frame() -> pd.DataFrame:
    rng = np.random.default_rng(3804)
    survey: list[dict[str, Any]] = []
    synthetic: list[dict[str, Any]] = []
    for level, params in _OB_LEVELS.items():
        for _ in range(params[0]):
            is_survey = rng.random() < params[2]
            (survey if is_survey else synthetic).append(_obesity_row(rng, level, is_survey))
    order = rng.permutation(len(survey))
    rows = [survey[int(i)] for i in order] + synthetic
    frame = pd.DataFrame(rows)
    frame.loc[int(rng.integers(0, len(survey))), "CALC"] = "Always"
    return frame


def _ob_bmi(d: pd.DataFrame) -> pd.Series:
    return d["Weight"] / d["Height"] ** 2


_OB_LEVEL_ORDER = list(_OB_LEVELS)
_OBESITY_QS = [
    Q(
        "how many people are in each obesity level?",
        _count(lambda d: _text(d["NObeyesdad"]).value_counts().to_numpy()),
        ("NObeyesdad",),
    ),
    Q(
        "avg weight of men vs women",
        has(lambda d: d.groupby("Gender")["Weight"].mean().to_numpy()),
        ("Gender", "Weight"),
    ),
    Q(
        "calculate BMI (weight / height^2) and show the average BMI for each NObeyesdad category",
        _about(lambda d: _ob_bmi(d).groupby(d["NObeyesdad"]).mean().to_numpy()),
        ("Weight", "Height", "NObeyesdad"),
    ),
    Q(
        "what share of people have a family history of overweight",
        _share(lambda d: float((_text(d["family_history_with_overweight"]) == "yes").mean())),
        ("family_history_with_overweight",),
    ),
    Q(
        "whats the most common mode of transport",
        _lead(
            _named(
                lambda d: str(_text(d["MTRANS"]).value_counts().idxmax()),
                {"Public_Transportation": ("public transport",)},
            )
        ),
        ("MTRANS",),
    ),
    Q(
        "do people who exercise more (FAF) weigh less? correlation",
        _corr(lambda d: d["FAF"], lambda d: d["Weight"]),
        ("FAF", "Weight"),
    ),
]


# --- 5. Amazon top 50 bestselling books 2009-2019 (Kaggle "bestsellers with categories.csv") ----------------------

# name | author | F(iction) or N(on fiction) | years on the list | reviews | price | user rating (blank: drawn)
_BK_BOOKS = _split(
    "Publication Manual of the American Psychological Association, 6th Edition|American Psychological Association|N|"
    "2009-2019|8580|46|4.5;"
    "StrengthsFinder 2.0|Gallup|N|2009-2017|5069|17|4.0;"
    "Oh, the Places You'll Go!|Dr. Seuss|F|2012-2019|21834|8|4.9;"
    "The Very Hungry Caterpillar|Eric Carle|F|2013-2019|19546|5|4.9;"
    "The 7 Habits of Highly Effective People: Powerful Lessons in Personal Change|Stephen R. Covey|N|2011-2017|||;"
    "Jesus Calling: Enjoying Peace in His Presence (with Scripture References)|Sarah Young|N|2011-2019|19576|8|4.9;"
    "The Four Agreements: A Practical Guide to Personal Freedom (A Toltec Wisdom Book)|Don Miguel Ruiz|N|"
    "2013-2019|23308|6|4.7;"
    "The 5 Love Languages: The Secret to Love that Lasts|Gary Chapman|N|2015-2019|25554|8|4.8;"
    "How to Win Friends & Influence People|Dale Carnegie|N|2014-2019|25001|11|4.7;"
    "First 100 Words|Roger Priddy|N|2014-2019|17323|4|4.7;"
    "Laugh-Out-Loud Jokes for Kids|Rob Elliott|N|2013-2019|6990|4|4.6;"
    "To Kill a Mockingbird|Harper Lee|F|2013-2016|26234|7|4.8;"
    "Wonder|R. J. Palacio|F|2013-2017|21625|9|4.8;"
    "The Wonky Donkey|Craig Smith|F|2018-2019|30183|4|4.9;"
    "Giraffes Can't Dance|Giles Andreae|F|2015-2019|14038|4|4.8;"
    "Goodnight Moon|Margaret Wise Brown|F|2014-2016|8837|5|4.8;"
    "Dear Zoo: A Lift-the-Flap Book|Rod Campbell|F|2015-2019|10922|5|4.8;"
    "Love You Forever|Robert Munsch|F|2014-2019|18613|5|4.8;"
    "Where the Crawdads Sing|Delia Owens|F|2018-2019|87841|15|4.8;"
    "Becoming|Michelle Obama|N|2018-2019|61133|11|4.8;"
    "Educated: A Memoir|Tara Westover|N|2018-2019|28729|15|4.7;"
    "Girl, Wash Your Face: Stop Believing the Lies About Who You Are so You Can Become Who You Were Meant to Be|"
    "Rachel Hollis|N|2018-2019|22288|12|4.6;"
    "The Subtle Art of Not Giving a F*ck: A Counterintuitive Approach to Living a Good Life|Mark Manson|N|"
    "2017-2019|26490|15|4.6;"
    "Milk and Honey|Rupi Kaur|F|2016-2017|17739|9|4.7;"
    "The Alchemist|Paulo Coelho|F|2014-2016|35799|39|4.7;"
    "Unbroken: A World War II Story of Survival, Resilience, and Redemption|Laura Hillenbrand|N|2011-2015|29673|16|4.8;"
    "The Hunger Games|Suzanne Collins|F|2010-2012|32122|8|4.7;"
    "Catching Fire (The Hunger Games)|Suzanne Collins|F|2010-2012|22614|11|4.7;"
    "Mockingjay (The Hunger Games)|Suzanne Collins|F|2010-2011|26741|8|4.5;"
    "The Hunger Games Trilogy Boxed Set (1)|Suzanne Collins|F|2011-2012|16949|30|4.8;"
    "Twilight (The Twilight Saga, Book 1)|Stephenie Meyer|F|2009-2009|11676|9|4.7;"
    "New Moon (The Twilight Saga)|Stephenie Meyer|F|2009-2009|5680|10|4.6;"
    "Breaking Dawn (The Twilight Saga, Book 4)|Stephenie Meyer|F|2009-2009|9769|13|4.6;"
    "Eclipse (Twilight)|Stephenie Meyer|F|2009-2009|5505|7|4.7;"
    "The Help|Kathryn Stockett|F|2009-2011|13871|8|4.8;"
    "The Girl with the Dragon Tattoo (Millennium Series)|Stieg Larsson|F|2009-2010|7747|10|4.4;"
    "The Girl Who Played with Fire (Millennium Series)|Stieg Larsson|F|2010-2010|7251|9|4.7;"
    "Gone Girl|Gillian Flynn|F|2012-2014|57271|10|4.0;"
    "Fifty Shades of Grey: Book One of the Fifty Shades Trilogy (Fifty Shades of Grey Series)|E L James|F|"
    "2012-2013|47265|14|3.8;"
    "Fifty Shades Darker|E L James|F|2012-2012|23631|7|4.4;"
    "Fifty Shades Freed: Book Three of the Fifty Shades Trilogy|E L James|F|2012-2012|20262|11|4.5;"
    "The Fault in Our Stars|John Green|F|2012-2014|50482|13|4.7;"
    "Divergent|Veronica Roth|F|2013-2014|27098|15|4.6;"
    "The Martian|Andy Weir|F|2014-2015|39459|9|4.7;"
    "The Girl on the Train|Paula Hawkins|F|2015-2016|79446|18|4.1;"
    "The Nightingale: A Novel|Kristin Hannah|F|2015-2016|49288|11|4.8;"
    "All the Light We Cannot See|Anthony Doerr|F|2014-2015|36348|14|4.6;"
    "Harry Potter and the Cursed Child, Parts 1 & 2, Special Rehearsal Edition Script|J.K. Rowling|F|"
    "2016-2016|23973|12|4.0;"
    "Harry Potter and the Sorcerer's Stone: The Illustrated Edition (Harry Potter, Book 1)|J. K. Rowling|F|"
    "2015-2016|10052|22|4.9;"
    "The Casual Vacancy|J.K. Rowling|F|2012-2012|9372|12|3.3;"
    "A Game of Thrones / A Clash of Kings / A Storm of Swords / A Feast of Crows / A Dance with Dragons|"
    "George R. R. Martin|F|2012-2014|5594|30|4.6;"
    "A Dance with Dragons (A Song of Ice and Fire)|George R.R. Martin|F|2011-2011|12643|11|4.4;"
    "Steve Jobs|Walter Isaacson|N|2011-2012|7827|20|4.6;"
    "Killing Lincoln: The Shocking Assassination that Changed America Forever|Bill O'Reilly|N|2011-2012|7235|6|4.6;"
    "Killing Kennedy: The End of Camelot|Bill O'Reilly|N|2012-2013|8916|25|4.6;"
    "Killing Jesus: A History|Bill O'Reilly|N|2013-2014|11391|8|4.5;"
    "Killing Patton: The Strange Death of World War II's Most Audacious General|Bill O'Reilly|N|2014-2014|10927|10|4.7;"
    "Killing Reagan: The Violent Assault That Changed a Presidency|Bill O'Reilly|N|2015-2015|5235|15|4.6;"
    "Dog Days (Diary of a Wimpy Kid, Book 4)|Jeff Kinney|F|2009-2009|3181|12|4.8;"
    "The Last Straw (Diary of a Wimpy Kid, Book 3)|Jeff Kinney|F|2009-2009|3837|15|4.8;"
    "The Ugly Truth (Diary of a Wimpy Kid, Book 5)|Jeff Kinney|F|2010-2010|3796|12|4.8;"
    "Cabin Fever (Diary of a Wimpy Kid, Book 6)|Jeff Kinney|F|2011-2011|4505|7|4.8;"
    "The Third Wheel (Diary of a Wimpy Kid, Book 7)|Jeff Kinney|F|2012-2012|6377|7|4.7;"
    "Hard Luck (Diary of a Wimpy Kid, Book 8)|Jeff Kinney|F|2013-2013|6812|8|4.8;"
    "The Long Haul (Diary of a Wimpy Kid, Book 9)|Jeff Kinney|F|2014-2014|6540|22|4.8;"
    "Old School (Diary of a Wimpy Kid #10)|Jeff Kinney|F|2015-2015|6169|7|4.8;"
    "Double Down (Diary of a Wimpy Kid #11)|Jeff Kinney|F|2016-2016|5118|20|4.8;"
    "The Getaway (Diary of a Wimpy Kid Book 12)|Jeff Kinney|F|2017-2017|5836|0|4.8;"
    "The Meltdown (Diary of a Wimpy Kid Book 13)|Jeff Kinney|F|2018-2019|5898|8|4.8;"
    "Wrecking Ball (Diary of a Wimpy Kid Book 14)|Jeff Kinney|F|2019-2019|9413|8|4.9;"
    "The Last Olympian (Percy Jackson and the Olympians, Book 5)|Rick Riordan|F|2009-2009|4628|7|4.8;"
    "Percy Jackson and the Olympians Paperback Boxed Set (Books 1-3)|Rick Riordan|F|2010-2010|548|2|4.8;"
    "The Red Pyramid (The Kane Chronicles, Book 1)|Rick Riordan|F|2010-2010|2186|11|4.6;"
    "The Lost Hero (Heroes of Olympus, Book 1)|Rick Riordan|F|2010-2011|4506|14|4.8;"
    "The Son of Neptune (Heroes of Olympus, Book 2)|Rick Riordan|F|2011-2011|4149|13|4.8;"
    "The Mark of Athena (Heroes of Olympus, Book 3)|Rick Riordan|F|2012-2012|3634|11|4.8;"
    "The House of Hades (Heroes of Olympus, Book 4)|Rick Riordan|F|2013-2013|3877|21|4.9;"
    "The Blood of Olympus (The Heroes of Olympus, Book 5)|Rick Riordan|F|2014-2015|4360|10|4.8;"
    "Magnus Chase and the Gods of Asgard, Book 1: The Sword of Summer|Rick Riordan|F|2015-2015|3138|11|4.7;"
    "Sycamore Row (The Jake Brigance Series)|John Grisham|F|2013-2013|8915|12|4.5;"
    "Go Set a Watchman: A Novel|Harper Lee|F|2015-2015|14982|19|3.6;"
    "The Life-Changing Magic of Tidying Up: The Japanese Art of Decluttering and Organizing|Marie Kondō|N|"
    "2015-2016|22641|11|4.5;"
    "Thinking, Fast and Slow|Daniel Kahneman|N|2012-2013|3457|39|4.6;"
    "Quiet: The Power of Introverts in a World That Can't Stop Talking|Susan Cain|N|2012-2013|10009|10|4.6;"
    "Outliers: The Story of Success|Malcolm Gladwell|N|2009-2010|10426|12|4.6;"
    "The Immortal Life of Henrietta Lacks|Rebecca Skloot|N|2010-2011|9289|13|4.7;"
    "Hillbilly Elegy: A Memoir of a Family and Culture in Crisis|J.D. Vance|N|2016-2017|26722|15|4.4;"
    "Fire and Fury: Inside the Trump White House|Michael Wolff|N|2018-2018|13677|17|4.1;"
    "What Happened|Hillary Rodham Clinton|N|2017-2017|5492|16|4.6;"
    "Born to Run|Bruce Springsteen|N|2016-2016|3729|22|4.6;"
    "Grit: The Power of Passion and Perseverance|Angela Duckworth|N|2016-2017|4799|15|4.5;"
    "Cravings: Recipes for All the Food You Want to Eat: A Cookbook|Chrissy Teigen|N|2016-2016|4383|16|4.6;"
    "The Whole30: The 30-Day Guide to Total Health and Food Freedom|Melissa Hartwig Urban|N|2015-2017|7508|16|4.6;"
    "The Official SAT Study Guide, 2016 Edition (Official Study Guide for the New Sat)|The College Board|N|"
    "2015-2016|1201|40|4.4;"
    "Adult Coloring Book: Stress Relieving Animal Designs|Blue Star Coloring|N|2015-2016|2313|6|4.6;"
    "Secret Garden: An Inky Treasure Hunt and Coloring Book (Gift for Mom, Coloring Books for Adults)|"
    "Johanna Basford|N|2015-2015|10070|9|4.7;"
    "Enchanted Forest: An Inky Quest and Coloring book (Activity Books, Mindfulness and Meditation)|"
    "Johanna Basford|N|2015-2015|9366|9|4.7;"
    "Dog Man: A Tale of Two Kitties: From the Creator of Captain Underpants (Dog Man #3)|Dav Pilkey|F|"
    "2017-2017|4786|6|4.9;"
    "Dog Man and Cat Kid: From the Creator of Captain Underpants (Dog Man #4)|Dav Pilkey|F|2018-2018|5062|6|4.9;"
    "Dog Man: Lord of the Fleas: From the Creator of Captain Underpants (Dog Man #5)|Dav Pilkey|F|"
    "2018-2018|5470|6|4.9;"
    "Dog Man: Brawl of the Wild: From the Creator of Captain Underpants (Dog Man #6)|Dav Pilkey|F|"
    "2019-2019|7235|4|4.9;"
    "Dog Man: Fetch-22: From the Creator of Captain Underpants (Dog Man #8)|Dav Pilkey|F|2019-2019|12619|8|4.9;"
    "Capital in the Twenty First Century|Thomas Piketty|N|2014-2014|2884|28|4.5;"
    "Humans of New York|Brandon Stanton|N|2013-2014|3490|15|4.9;"
    "Strange Planet (Strange Planet Series)|Nathan W. Pyle|F|2019-2019|9382|6|4.9;"
    "The Silent Patient|Alex Michaelides|F|2019-2019|27536|14|4.5;"
    "Can't Hurt Me: Master Your Mind and Defy the Odds|David Goggins|N|2019-2019|16244|18|4.8;"
    "Player's Handbook (Dungeons & Dragons)|Wizards RPG Team|F|2014-2019|16990|27|4.8;"
    "Astrophysics for People in a Hurry|Neil deGrasse Tyson|N|2017-2018|11128|9|4.7;"
    "Origin: A Novel (Robert Langdon)|Dan Brown|F|2017-2017|15225|15|4.3;"
    "Inferno|Dan Brown|F|2013-2013|18359|14|4.1;"
    "The Lost Symbol|Dan Brown|F|2009-2010|16681|5|3.9;"
    "The Last Lecture|Randy Pausch|N|2009-2009|4028|15|4.7;"
    "Going Rogue: An American Life|Sarah Palin|N|2009-2009|1636|6|4.6;"
    "Decision Points|George W. Bush|N|2010-2011|5956|2|4.6;"
    "Heaven is for Real: A Little Boy's Astounding Story of His Trip to Heaven and Back|Todd Burpo|N|"
    "2010-2011|13779|6|4.6;"
    "The Shack: Where Tragedy Confronts Eternity|William P. Young|F|2009-2010|19720|8|4.6;"
    "The Five Dysfunctions of a Team: A Leadership Fable|Patrick Lencioni|N|2009-2013|3207|6|4.6;"
    "Wheat Belly: Lose the Wheat, Lose the Weight, and Find Your Path Back to Health|William Davis|N|"
    "2012-2013|7497|16|4.4;"
    "Food Rules: An Eater's Manual|Michael Pollan|N|2010-2010|1555|5|4.4;"
    "The Great Gatsby: The Only Authorized Edition|F. Scott Fitzgerald|F|2013-2013|12616|8|4.4;"
    "Little Fires Everywhere|Celeste Ng|F|2018-2018|25706|15|4.5;"
    "The Goldfinch: A Novel (Pulitzer Prize for Fiction)|Donna Tartt|F|2014-2014|33844|20|3.9;"
    "Orphan Train|Christina Baker Kline|F|2014-2014|21930|9|4.6;"
    "The Handmaid's Tale|Margaret Atwood|F|2017-2017|29442|7|4.3;"
    "11/22/63: A Novel|Stephen King|F|2011-2012|16627|15|4.6;"
    "1984 (Signet Classics)|George Orwell|F|2017-2017|21424|6|4.7;"
    "Sapiens: A Brief History of Humankind|Yuval Noah Harari|N|2015-2019|||;"
    "12 Rules for Life: An Antidote to Chaos|Jordan B. Peterson|N|2018-2018|||;"
    "The Body Keeps the Score: Brain, Mind, and Body in the Healing of Trauma|Bessel van der Kolk|N|2019-2019|||;"
    "Brown Bear, Brown Bear, What Do You See?|Bill Martin Jr.|F|2016-2019|||;"
    "Baby Touch and Feel: Animals|DK|N|2015-2017|||;"
    "Killers of the Flower Moon: The Osage Murders and the Birth of the FBI|David Grann|N|2017-2017|||;"
    "A Man Called Ove: A Novel|Fredrik Backman|F|2016-2017|||;"
    "Crazy Rich Asians (Crazy Rich Asians Trilogy)|Kevin Kwan|F|2018-2018|||;"
    "A Gentleman in Moscow: A Novel|Amor Towles|F|2018-2019|||;"
    "The Tipping Point: How Little Things Can Make a Big Difference|Malcolm Gladwell|N|2009-2009|||;"
    "Eat This, Not That! Thousands of Simple Food Swaps that Can Save You 10, 20, 30 Pounds--or More!|"
    "David Zinczenko|N|2009-2010|||;"
    "The Boy in the Striped Pajamas (Deluxe Illustrated Edition)|John Boyne|F|2009-2009|||;"
    "Cutting for Stone|Abraham Verghese|F|2010-2011|||;"
    "The Daily Show with Jon Stewart Presents Earth (The Book)|Jon Stewart|N|2010-2010|||;"
    "Crazy Love: Overwhelmed by a Relentless God|Francis Chan|N|2009-2010|||;"
    "Game Change: Obama and the Clintons, McCain and Palin, and the Race of a Lifetime|John Heilemann|N|2010-2010|||;"
    "The Pioneer Woman Cooks: Recipes from an Accidental Country Girl|Ree Drummond|N|2010-2011|||;"
    "Killing the Rising Sun: How America Vanquished World War II Japan|Bill O'Reilly|N|2016-2016|||;"
    "American Sniper: The Autobiography of the Most Lethal Sniper in U.S. Military History|Chris Kyle|N|"
    "2012-2015|||;"
    "Between the World and Me|Ta-Nehisi Coates|N|2015-2016|||;"
    "Being Mortal: Medicine and What Matters in the End|Atul Gawande|N|2015-2016|||;"
    "Born a Crime: Stories from a South African Childhood|Trevor Noah|N|2017-2018|||;"
    "Daring Greatly: How the Courage to Be Vulnerable Transforms the Way We Live, Love, Parent, and Lead|"
    "Brené Brown|N|2013-2014|||;"
    "Alexander Hamilton|Ron Chernow|N|2016-2016|||;"
    "Fear: Trump in the White House|Bob Woodward|N|2018-2018|||;"
    "The Wonderful Things You Will Be|Emily Winfield Martin|F|2016-2019|||;"
    "Rush Revere and the Brave Pilgrims: Time-Travel Adventures with Exceptional Americans|Rush Limbaugh|F|"
    "2013-2014|||;"
    "The Instant Pot Electric Pressure Cooker Cookbook: Easy Recipes for Fast & Healthy Meals|Laurel Randolph|N|"
    "2017-2018|||;"
    "The Goal: A Process of Ongoing Improvement|Eliyahu M. Goldratt|N|2011-2011|||;"
    "The Price of Politics|Bob Woodward|N|2012-2012|||;"
    "Proof of Heaven: A Neurosurgeon's Journey into the Afterlife|Eben Alexander|N|2012-2013|||;"
    "Lean In: Women, Work, and the Will to Lead|Sheryl Sandberg|N|2013-2013|||;"
    "Unfreedom of the Press|Mark R. Levin|N|2019-2019|||;"
    "The Mueller Report|The Washington Post|N|2019-2019|||;"
    "The Guardians: A Novel|John Grisham|F|2019-2019|||;"
    "Twelve Years a Slave|Solomon Northup|N|2014-2014|||;"
    "The Legend of Zelda: Hyrule Historia|Patrick Thorpe|F|2013-2013|||;"
    "Night (Night)|Elie Wiesel|N|2009-2011|||;"
    "The Book Thief|Markus Zusak|F|2014-2014|||;"
    "Mindset: The New Psychology of Success|Carol S. Dweck|N|2016-2019|||;"
    "You Are a Badass: How to Stop Doubting Your Greatness and Start Living an Awesome Life|Jen Sincero|N|"
    "2016-2019|||"
)
_BK_FIRST = _split(
    "Anna;James;Emily;Michael;Sarah;David;Laura;Daniel;Rebecca;Thomas;Julia;Mark;Karen;Steven;Linda;Paul;Megan;"
    "Chris;Nicole;Brian;Amy;Kevin;Rachel;Jason;Heather;Eric;Lisa;Ryan;Susan;Matthew;Diana;Peter;Hannah;Scott"
)
_BK_LAST = _split(
    "Walker;Bennett;Harper;Collins;Fischer;Morgan;Hayes;Reed;Porter;Sullivan;Griffin;Hughes;Palmer;Warren;Dixon;"
    "Spencer;Lawson;Holt;Barrett;Sutton;Caldwell;Whitman;Donovan;Mercer;Ashford;Keller;Lyons;Vaughn;Hale;Marsh"
)
_BK_FICTION = _split(
    "The Silent Orchard;A River in Winter;The Last Lighthouse;Midnight at the Harbor;The Glass House;"
    "The Night Garden;What the Wind Knows;The Keeper of Secrets;A Quiet Storm;The Forgotten Room;"
    "The Lantern Maker;Under the Northern Sky;The Memory Thief;The Paper Boat;A Summer in Savannah;"
    "The Widow's Daughter;The Marsh King;Salt and Ashes;The Winter Guest;The Clockmaker's Wife"
)
_BK_TOPICS = _split(
    "The Keto Reset;Atomic Focus;The Mindful Parent;Deep Clean Living;The Money Habit;Brain Fuel;"
    "The Courage Code;Start With Less;The Gut Cure;Lead Like a Coach;The Anxiety Workbook;The Sugar Detox;"
    "Quiet Leadership;Calm the Noise;The Plant Paradox Kitchen;Habits of the Heart;Find Your Why;"
    "The Morning Ritual;Raising Resilient Kids;The Frugal Home"
)
_BK_SUBTITLES = _split(
    "A Practical Guide;Simple Steps to a Better Life;What Science Says About Happiness;"
    "Recipes for Every Day;A 30-Day Plan;Lessons from a Life in Business;How to Thrive in Uncertain Times;"
    "A Memoir;The Complete Guide"
)


def _bk_price(rng: np.random.Generator, genre: str, year: int) -> int:
    if rng.random() < 0.02:
        return 0
    base = (14.5 if genre == "Non Fiction" else 11.0) * (1 - 0.03 * (year - 2009))
    return int(np.clip(round(rng.lognormal(np.log(base), 0.45)), 1, 82))


def _bk_filler(rng: np.random.Generator, used: set[str]) -> tuple[str, str, str]:
    for _ in range(200):
        fiction = rng.random() < 0.45
        if fiction:
            name = str(_one(rng, _BK_FICTION))
            name += str(_one(rng, [": A Novel", "", f" ({_one(rng, _BK_LAST)} Series, Book {rng.integers(1, 6)})"]))
        else:
            name = f"{_one(rng, _BK_TOPICS)}: {_one(rng, _BK_SUBTITLES)}"
        if name not in used:
            used.add(name)
            author = f"{_one(rng, _BK_FIRST)} {_one(rng, _BK_LAST)}"
            return name, author, "Fiction" if fiction else "Non Fiction"
    raise RuntimeError("no title left")


def _bestsellers_frame() -> pd.DataFrame:
    rng = np.random.default_rng(3805)
    books: list[dict[str, Any]] = []
    for entry in _BK_BOOKS:
        name, author, kind, span, reviews, price, rating = entry.split("|")
        first, last = (int(y) for y in span.split("-"))
        genre = "Fiction" if kind == "F" else "Non Fiction"
        books.append(
            {
                "Name": name,
                "Author": author,
                "User Rating": float(rating)
                if rating
                else float(np.clip(round(rng.normal(4.62 if kind == "F" else 4.55, 0.18), 1), 3.3, 4.9)),
                "Reviews": int(reviews) if reviews else int(np.clip(rng.lognormal(np.log(7000), 0.8), 40, 30000)),
                "Price": int(price) if price else _bk_price(rng, genre, first),
                "Genre": genre,
                "years": list(range(first, last + 1)),
            }
        )
    used = {str(b["Name"]) for b in books}
    rows: list[dict[str, Any]] = []
    for year in range(2009, 2020):
        listed = [b for b in books if year in b["years"]][:50]
        while len(listed) < 50:
            name, author, genre = _bk_filler(rng, used)
            years = [year, year + 1] if year < 2019 and rng.random() < 0.15 else [year]
            book = {
                "Name": name,
                "Author": author,
                "User Rating": float(np.clip(round(rng.normal(4.6 if genre == "Fiction" else 4.55, 0.2), 1), 3.3, 4.9)),
                "Reviews": int(np.clip(rng.lognormal(np.log(3500), 0.9), 37, 25000)),
                "Price": _bk_price(rng, genre, year),
                "Genre": genre,
                "years": years,
            }
            books.append(book)
            listed.append(book)
        rows.extend({**{k: v for k, v in b.items() if k != "years"}, "Year": year} for b in listed)
    frame = pd.DataFrame(rows)[["Name", "Author", "User Rating", "Reviews", "Price", "Year", "Genre"]]
    key = frame["Name"].str.lower()
    return frame.assign(_k=key).sort_values(["_k", "Year"], kind="stable").drop(columns="_k").reset_index(drop=True)


def _bk_books(d: pd.DataFrame) -> pd.DataFrame:
    """One row per book."""
    return d.drop_duplicates(subset=["Name", "Author"])


def _bk_genre_means(unique: bool, year: int | None = None) -> Callable[[pd.DataFrame], list[float]]:
    def means(d: pd.DataFrame) -> list[float]:
        if year is not None:
            d = d[d["Year"] == year]
        if unique:
            d = _bk_books(d)
        by = d.groupby(_text(d["Genre"]))["Price"].mean()
        return [float(by["Fiction"]), float(by["Non Fiction"])]

    return means


def _bk_top_author(unique: bool) -> Callable[[pd.DataFrame], str]:
    def top(d: pd.DataFrame) -> str:
        return str(_text((_bk_books(d) if unique else d)["Author"]).value_counts().idxmax())

    return top


_BK_ID = ("Name",)
_BESTSELLERS_QS = [
    Q(
        "which author shows up the most in the list?",
        _lead(either(_named(_bk_top_author(False)), _named(_bk_top_author(True)))),
        (*_BK_ID, "Author"),
    ),
    Q(
        "avg price of fiction vs non fiction",
        either(has(_bk_genre_means(False)), has(_bk_genre_means(True))),
        (*_BK_ID, "Price", "Genre"),
    ),
    Q(
        "and in 2019 only?",
        has(_bk_genre_means(False, 2019)),
        (*_BK_ID, "Price", "Genre", "Year"),
    ),
    Q(
        "how many books have a user rating of 4.8 or higher",
        either(
            _count(lambda d: float((d["User Rating"] >= 4.8).sum())),
            _count(lambda d: float((_bk_books(d)["User Rating"] >= 4.8).sum())),
        ),
        (*_BK_ID, "User Rating"),
    ),
    Q(
        "top 5 most reviewed books",
        _all_named(lambda d: [str(x) for x in _bk_books(d).nlargest(5, "Reviews")["Name"]]),
        (*_BK_ID, "Reviews", "Author"),
    ),
    Q(
        "plot the avg price per year, are books getting cheaper?",
        _about(lambda d: d.groupby("Year")["Price"].mean().to_numpy(), rel=0.0),
        (*_BK_ID, "Price", "Year"),
    ),
]


# --- 6. Sleep health and lifestyle (Kaggle Sleep_health_and_lifestyle_dataset.csv) ---------------------------------

# occupation: people, share female, youngest, oldest, sleep hours, physical activity (min/day), stress, BMI category
# weights (Normal, Normal Weight, Overweight, Obese), disorder weights (None, Insomnia, Sleep Apnea), resting heart
# rate, daily steps
_SL_JOBS: dict[str, tuple[int, float, int, int, float, float, float, str, str, float, float]] = {
    "Nurse": (73, 1.0, 29, 59, 7.05, 78, 5.5, "30;5;62;3", "12;4;84", 72, 8000),
    "Doctor": (71, 0.03, 29, 43, 6.95, 55, 6.7, "85;10;4;1", "90;4;6", 71, 6800),
    "Engineer": (63, 0.5, 30, 59, 8.0, 52, 3.9, "88;8;3;1", "90;8;2", 67, 5800),
    "Lawyer": (47, 0.05, 29, 50, 7.4, 70, 5.1, "85;10;5;0", "89;4;7", 70, 7650),
    "Teacher": (40, 0.9, 30, 56, 6.7, 45, 4.5, "8;3;85;4", "22;68;10", 67, 5950),
    "Accountant": (37, 0.9, 30, 57, 7.1, 58, 4.6, "65;30;5;0", "81;19;0", 68, 6900),
    "Salesperson": (32, 0.05, 39, 50, 6.4, 45, 7.0, "0;0;100;0", "6;91;3", 72, 6000),
    "Software Engineer": (4, 0.0, 28, 34, 6.75, 48, 6.0, "50;25;0;25", "75;25;0", 75, 5800),
    "Scientist": (4, 0.75, 33, 42, 6.2, 41, 7.0, "40;0;60;0", "50;0;50", 78, 5350),
    "Sales Representative": (2, 0.0, 28, 29, 5.9, 30, 8.0, "0;0;0;100", "0;0;100", 85, 3000),
    "Manager": (1, 1.0, 45, 45, 6.9, 55, 5.0, "0;0;100;0", "100;0;0", 75, 5500),
}
_SL_BMI = _split("Normal;Normal Weight;Overweight;Obese")
_SL_DISORDERS = _split("None;Insomnia;Sleep Apnea")


def _sleep_frame() -> pd.DataFrame:
    rng = np.random.default_rng(3806)
    rows: list[dict[str, Any]] = []
    for job, (count, female_p, young, old, hours, active, stress_mean, bmi_w, dis_w, pulse, steps) in _SL_JOBS.items():
        for _ in range(count):
            bmi = str(_one(rng, _SL_BMI, [float(x) for x in _split(bmi_w)]))
            age = int(rng.integers(young, old + 1))
            duration = round(float(np.clip(rng.normal(hours, 0.35), 5.8, 8.5)), 1)
            stress = int(np.clip(round(rng.normal(stress_mean, 0.8)), 3, 8))
            quality = int(np.clip(round(11.3 - 0.85 * stress + 0.9 * (duration - 7) + rng.normal(0, 0.4)), 4, 9))
            heavy = {"Overweight": 1, "Obese": 2}.get(bmi, 0)
            systolic = int(np.rint(117 + 8 * heavy + 0.3 * (age - 30) + rng.normal(0, 3)))
            rows.append(
                {
                    "Gender": "Female" if rng.random() < female_p else "Male",
                    "Age": age,
                    "Occupation": job,
                    "Sleep Duration": duration,
                    "Quality of Sleep": quality,
                    "Physical Activity Level": int(np.clip(round(rng.normal(active, 9) / 5) * 5, 30, 90)),
                    "Stress Level": stress,
                    "BMI Category": bmi,
                    "Blood Pressure": f"{systolic}/{int(np.rint(systolic - 41 + rng.normal(0, 3)))}",
                    "Heart Rate": int(np.clip(round(rng.normal(pulse + 3 * heavy, 2)), 65, 86)),
                    "Daily Steps": int(np.clip(round(rng.normal(steps, 800) / 100) * 100, 3000, 10000)),
                    "Sleep Disorder": str(_one(rng, _SL_DISORDERS, [float(x) for x in _split(dis_w)])),
                }
            )
    frame = pd.DataFrame(rows).sort_values("Age", kind="stable", ignore_index=True)
    frame.insert(0, "Person ID", np.arange(1, len(frame) + 1))
    return frame


def _sl_by_job(d: pd.DataFrame) -> pd.Series:
    return d.groupby("Occupation")["Sleep Duration"].mean().sort_values()


def _sl_none(d: pd.DataFrame) -> pd.Series:
    return d["Sleep Disorder"].isna() | (_text(d["Sleep Disorder"]).isin(["None", ""]))


def _sl_heavy_insomnia(d: pd.DataFrame) -> float:
    insomnia = d[_text(d["Sleep Disorder"]) == "Insomnia"]
    return float(_text(insomnia["BMI Category"]).isin(["Overweight", "Obese"]).mean())


def _sl_systolic(d: pd.DataFrame) -> list[float]:
    systolic = pd.to_numeric(_text(d["Blood Pressure"]).str.split("/").str[0], errors="coerce")
    by = systolic.groupby(_text(d["Gender"])).mean()
    return [float(by["Female"]), float(by["Male"])]


_SL_ID = ("Person ID",)
_SLEEP_QS = [
    Q(
        "average sleep duration by occupation",
        _about(lambda d: _sl_by_job(d).to_numpy(), rel=0.0),
        (*_SL_ID, "Occupation", "Sleep Duration"),
    ),
    Q(
        "which job sleeps the least?",
        _lead(_named(lambda d: str(_sl_by_job(d).index[0]), _plurals(list(_SL_JOBS)))),
        (*_SL_ID, "Occupation", "Sleep Duration"),
    ),
    Q(
        "how many people don't have a sleep disorder",
        _count(lambda d: float(_sl_none(d).sum())),
        (*_SL_ID, "Sleep Disorder"),
    ),
    Q(
        "correlation between stress level and quality of sleep?",
        _corr(lambda d: d["Stress Level"], lambda d: d["Quality of Sleep"]),
        (*_SL_ID, "Stress Level", "Quality of Sleep"),
    ),
    Q(
        "what share of the people with insomnia are overweight or obese",
        _share(_sl_heavy_insomnia),
        (*_SL_ID, "Sleep Disorder", "BMI Category"),
    ),
    Q(
        "compare avg systolic blood pressure for men and women",
        has(_sl_systolic),
        (*_SL_ID, "Gender", "Blood Pressure"),
    ),
]


# --- 7. Amazon India sales report (Kaggle "E-Commerce Sales Dataset", Amazon Sale Report.csv) ----------------------

# category: weight, style prefix, style numbers, SKU code, mean price (INR)
_AM_CATEGORIES: dict[str, tuple[float, str, tuple[int, int], str, float]] = {
    "Set": (39.0, "SET", (100, 420), "KR-NP", 833),
    "kurta": (38.7, "JNE", (3300, 3900), "KR", 455),
    "Western Dress": (12.0, "J0", (1, 399), "DR", 763),
    "Top": (8.2, "J0", (400, 999), "TP", 526),
    "Ethnic Dress": (0.9, "J0", (1000, 1099), "DR", 723),
    "Blouse": (0.7, "BL", (1, 150), "BL", 520),
    "Bottom": (0.34, "BTM", (1, 60), "PJ", 358),
    "Saree": (0.13, "SAR", (1, 40), "SR", 799),
    "Dupatta": (0.01, "DPT", (1, 10), "DPT", 305),
}
_AM_SIZES = "M:17.4;L:17;XL:16.1;XXL:14;S:13;3XL:11.5;XS:8.6;6XL:0.6;5XL:0.43;4XL:0.33"
# state: weight, postal code range (first three digits), cities, other spellings
_AM_STATES: dict[str, tuple[float, tuple[int, int], str, str]] = {
    "MAHARASHTRA": (17.3, (400, 445), "MUMBAI;PUNE;THANE;NAGPUR;NAVI MUMBAI;NASHIK", ""),
    "KARNATAKA": (13.4, (560, 591), "BENGALURU;BENGALURU;BENGALURU;MYSORE;MANGALORE;HUBLI", ""),
    "TAMIL NADU": (8.9, (600, 643), "CHENNAI;CHENNAI;COIMBATORE;MADURAI;TIRUCHIRAPPALLI", ""),
    "TELANGANA": (8.8, (500, 509), "HYDERABAD;HYDERABAD;HYDERABAD;SECUNDERABAD;WARANGAL", ""),
    "UTTAR PRADESH": (8.3, (201, 285), "NOIDA;LUCKNOW;GHAZIABAD;KANPUR;GREATER NOIDA;VARANASI", ""),
    "DELHI": (5.3, (110, 110), "NEW DELHI;DELHI;NEW DELHI", "New Delhi"),
    "KERALA": (5.1, (670, 695), "KOCHI;THIRUVANANTHAPURAM;KOZHIKODE;ERNAKULAM;THRISSUR", ""),
    "WEST BENGAL": (4.6, (700, 743), "KOLKATA;KOLKATA;HOWRAH;SILIGURI", ""),
    "ANDHRA PRADESH": (4.2, (515, 535), "VISAKHAPATNAM;VIJAYAWADA;GUNTUR;NELLORE", ""),
    "GUJARAT": (3.5, (360, 396), "AHMEDABAD;SURAT;VADODARA;RAJKOT", ""),
    "HARYANA": (3.4, (121, 136), "GURUGRAM;FARIDABAD;GURGAON;PANIPAT", ""),
    "RAJASTHAN": (2.1, (301, 345), "JAIPUR;JODHPUR;UDAIPUR;KOTA", "Rajasthan;rajasthan;RJ"),
    "MADHYA PRADESH": (1.7, (450, 488), "BHOPAL;INDORE;GWALIOR;JABALPUR", ""),
    "BIHAR": (1.7, (800, 855), "PATNA;GAYA;MUZAFFARPUR", ""),
    "ODISHA": (1.6, (751, 770), "BHUBANESWAR;CUTTACK;ROURKELA", "Orissa"),
    "PUNJAB": (1.2, (140, 160), "LUDHIANA;MOHALI;JALANDHAR;AMRITSAR", "Punjab;PB"),
    "ASSAM": (1.2, (781, 788), "GUWAHATI;DIBRUGARH;SILCHAR", ""),
    "UTTARAKHAND": (1.0, (244, 263), "DEHRADUN;HALDWANI;ROORKEE", ""),
    "JHARKHAND": (1.0, (814, 835), "RANCHI;JAMSHEDPUR;DHANBAD", ""),
    "GOA": (0.5, (403, 403), "PANAJI;MARGAO;MAPUSA", "Goa"),
    "CHHATTISGARH": (0.5, (490, 497), "RAIPUR;BILASPUR;BHILAI", ""),
    "HIMACHAL PRADESH": (0.4, (171, 177), "SHIMLA;SOLAN;MANDI", ""),
    "JAMMU & KASHMIR": (0.4, (180, 194), "SRINAGAR;JAMMU", ""),
    "CHANDIGARH": (0.3, (160, 160), "CHANDIGARH", ""),
    "PUDUCHERRY": (0.1, (605, 605), "PUDUCHERRY", "Pondicherry"),
    "MANIPUR": (0.1, (795, 795), "IMPHAL", ""),
    "SIKKIM": (0.05, (737, 737), "GANGTOK", ""),
}
_AM_AMAZON_STATUS = "Shipped:87.5;Cancelled:11.5;Pending:0.7;Pending - Waiting for Pick Up:0.3;Shipping:0.05"
_AM_MERCHANT_STATUS = (
    "Shipped - Delivered to Buyer:73.5;Cancelled:19;Shipped - Returned to Seller:5;Shipped - Picked Up:2.5;"
    "Shipped - Returning to Seller:0.4;Shipped - Out for Delivery:0.1;Shipped - Rejected by Buyer:0.05;"
    "Shipped - Lost in Transit:0.02"
)
_AM_CODE = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def _am_code(rng: np.random.Generator, k: int) -> str:
    return "".join(_AM_CODE[int(i)] for i in rng.integers(0, len(_AM_CODE), k))


def _am_order(rng: np.random.Generator, day: pd.Timestamp) -> dict[str, Any]:
    """What every line of one order shares."""
    amazon = rng.random() < 0.7
    status = _draw(rng, _AM_AMAZON_STATUS if amazon else _AM_MERCHANT_STATUS)
    state = str(_one(rng, list(_AM_STATES), [s[0] for s in _AM_STATES.values()]))
    _w, (lo, hi), cities, others = _AM_STATES[state]
    city = str(_one(rng, _split(cities)))
    if rng.random() < 0.15:
        city = city.title()
    written = state
    if others and rng.random() < 0.25:
        written = str(_one(rng, _split(others)))
    promo = ""
    if status != "Cancelled" or rng.random() < 0.15:
        if amazon and rng.random() < 0.7:
            codes = [_am_code(rng, 13) for _ in range(int(rng.integers(1, 7)))]
            promo = ",".join(f"Amazon PLCC Free-Financing Universal Merchant AAT-{c}" for c in codes)
        elif not amazon and rng.random() < 0.8:
            promo = "IN Core Free Shipping 2015/04/08 23-48-5-108"
    courier: str | None = "Shipped"
    if status == "Cancelled":
        courier = str(_one(rng, ["Cancelled", "Unshipped"])) if amazon else None
    elif status.startswith("Pending") or status == "Shipping":
        courier = "Unshipped"
    return {
        "Order ID": f"{_one(rng, [171, 402, 403, 404, 405, 406, 407, 408])}-{rng.integers(0, 10**7):07d}-"
        f"{rng.integers(0, 10**7):07d}",
        "Date": f"{day:%m-%d-%y}",
        "Status": status,
        "Fulfilment": "Amazon" if amazon else "Merchant",
        "Sales Channel ": "Amazon.in" if rng.random() > 0.001 else "Non-Amazon",
        "ship-service-level": "Expedited" if amazon else "Standard",
        "Courier Status": courier,
        "ship-city": city,
        "ship-state": written,
        "ship-postal-code": float(int(rng.integers(lo, hi + 1)) * 1000 + int(rng.integers(1, 100))),
        "ship-country": "IN",
        "promotion-ids": promo or None,
        "B2B": bool(rng.random() < 0.007),
        "fulfilled-by": None if amazon else "Easy Ship",
        "Unnamed: 22": False if rng.random() < 0.62 else None,
    }


def _amazon_frame() -> pd.DataFrame:
    rng = np.random.default_rng(3807)
    days = pd.date_range("2022-03-31", "2022-06-29", freq="D")
    pace = np.array([0.15 if d.month == 3 else {4: 1.18, 5: 1.05, 6: 0.93}[d.month] for d in days])
    pace = pace * rng.lognormal(0, 0.08, len(days))
    categories = list(_AM_CATEGORIES)
    styles: dict[str, tuple[str, float]] = {}
    asins: dict[str, str] = {}
    rows: list[dict[str, Any]] = []
    while len(rows) < 5000:
        order = _am_order(rng, days[int(rng.choice(len(days), p=pace / pace.sum()))])
        for _ in range(int(_one(rng, [1, 2, 3], [94, 5, 1]))):
            category = str(_one(rng, categories, [c[0] for c in _AM_CATEGORIES.values()]))
            _w, prefix, (lo, hi), code, mean_price = _AM_CATEGORIES[category]
            number = int(rng.integers(lo, hi + 1))
            style = f"{prefix}{number:03d}" if prefix == "J0" else f"{prefix}{number}"
            if style not in styles:
                styles[style] = (category, float(round(mean_price * rng.lognormal(0, 0.3))))
            price = styles[style][1]
            size = "Free" if category in ("Saree", "Dupatta") else _draw(rng, _AM_SIZES)
            sku = f"{style}-{code}-{'XXXL' if size == '3XL' else size.upper()}"
            if sku not in asins:
                asins[sku] = "B0" + _am_code(rng, 8)
            cancelled = order["Status"] == "Cancelled"
            qty = 0 if cancelled and rng.random() < 0.85 else int(_one(rng, [1, 2, 3], [96, 3.5, 0.5]))
            line = price * max(qty, 1) * (float(rng.uniform(0.8, 0.97)) if rng.random() < 0.3 else 1.0)
            amount: float | None = round(line, 2)
            if (cancelled and rng.random() < 0.4) or rng.random() < 0.012:
                amount = None
            elif not cancelled and rng.random() < 0.015:
                amount = 0.0
            rows.append(
                {
                    **order,
                    "Style": style,
                    "SKU": sku,
                    "Category": category,
                    "Size": size,
                    "ASIN": asins[sku],
                    "Qty": qty,
                    "currency": None if amount is None else "INR",
                    "Amount": amount,
                }
            )
    frame = pd.DataFrame(rows[:5000])
    for i in rng.choice(len(frame), 4, replace=False):
        frame.loc[int(i), ["ship-city", "ship-state", "ship-postal-code", "ship-country"]] = None
    day = pd.to_datetime(frame["Date"], format="%m-%d-%y")
    block = day.dt.month.map({4: 0, 3: 1, 5: 2, 6: 3})
    frame = frame.assign(_b=block, _d=day).sort_values(["_b", "_d"], ascending=[True, False], kind="stable")
    frame = frame.drop(columns=["_b", "_d"]).reset_index(drop=True)
    frame.insert(0, "index", np.arange(len(frame)))
    columns = _split(
        "index;Order ID;Date;Status;Fulfilment;Sales Channel ;ship-service-level;Style;SKU;Category;Size;ASIN;"
        "Courier Status;Qty;currency;Amount;ship-city;ship-state;ship-postal-code;ship-country;promotion-ids;B2B;"
        "fulfilled-by;Unnamed: 22"
    )
    return frame[columns]


def _am_live(d: pd.DataFrame, keep_cancelled: bool) -> pd.DataFrame:
    return d if keep_cancelled else d[_text(d["Status"]) != "Cancelled"]


def _am_category_sums(keep_cancelled: bool) -> Callable[[pd.DataFrame], Any]:
    def sums(d: pd.DataFrame) -> Any:
        d = _am_live(d, keep_cancelled)
        return d.groupby(_text(d["Category"]))["Amount"].sum().to_numpy()

    return sums


def _am_top_states(upper: bool) -> Callable[[pd.DataFrame], list[str]]:
    def top(d: pd.DataFrame) -> list[str]:
        state = _text(d["ship-state"])
        by = d.groupby(state.str.upper() if upper else state)["Amount"].sum().sort_values(ascending=False)
        return [str(x) for x in by.index[:5]]

    return top


def _am_best_month(keep_cancelled: bool) -> Callable[[pd.DataFrame], pd.Timestamp]:
    def best(d: pd.DataFrame) -> pd.Timestamp:
        d = _am_live(d, keep_cancelled)
        month = pd.to_datetime(d["Date"], format="%m-%d-%y").dt.to_period("M")
        return pd.Timestamp(d.groupby(month)["Amount"].sum().idxmax().to_timestamp())

    return best


def _am_fulfilment_means(keep_cancelled: bool) -> Callable[[pd.DataFrame], list[float]]:
    def means(d: pd.DataFrame) -> list[float]:
        d = _am_live(d, keep_cancelled)
        by = d.groupby(_text(d["Fulfilment"]))["Amount"].mean()
        return [float(by["Amazon"]), float(by["Merchant"])]

    return means


def _am_order_means(d: pd.DataFrame) -> list[float]:
    """The mean of each order's total (its lines summed), by fulfilment."""
    lines = d.groupby("Order ID")
    orders = pd.DataFrame({"how": lines["Fulfilment"].first(), "amount": lines["Amount"].sum(min_count=1)})
    by = orders.groupby(_text(orders["how"]))["amount"].mean()
    return [float(by["Amazon"]), float(by["Merchant"])]


def _am_cancelled_orders(d: pd.DataFrame) -> float:
    cancelled = (_text(d["Status"]) == "Cancelled").groupby(d["Order ID"]).any()
    return float(cancelled.mean())


def _am_gaps(d: pd.DataFrame) -> pd.Series:
    counts = d.isna().sum()
    return counts[counts > 0]


_AM_ID = ("index", "Order ID")
_AM_MONEY = ("Amount", "Qty", "Status", "Courier Status", "currency")
_AMAZON_QS = [
    Q(
        "total sales amount for each category",
        either(
            _scaled(_am_category_sums(True), (1e3, 1e5, 1e6, 1e7)),
            _scaled(_am_category_sums(False), (1e3, 1e5, 1e6, 1e7)),
        ),
        (*_AM_ID, *_AM_MONEY, "Category"),
    ),
    Q(
        "what percent of orders got cancelled?",
        either(
            _share(lambda d: float((_text(d["Status"]) == "Cancelled").mean())),
            _share(_am_cancelled_orders),
            _share(lambda d: float((_text(d["Courier Status"]) == "Cancelled").mean())),
        ),
        (*_AM_ID, "Status", "Courier Status"),
    ),
    Q(
        "which columns have missing values, and how many?",
        both(
            _all_named(lambda d: [str(c) for c in _am_gaps(d).index]),
            _count(lambda d: _am_gaps(d).to_numpy()),
        ),
        (
            *_AM_ID,
            "Courier Status",
            "currency",
            "Amount",
            "ship-city",
            "ship-state",
            "ship-postal-code",
            "ship-country",
            "promotion-ids",
            "fulfilled-by",
            "Unnamed: 22",
        ),
    ),
    Q(
        "top 5 states by revenue",
        either(_all_named(_am_top_states(False)), _all_named(_am_top_states(True))),
        (*_AM_ID, *_AM_MONEY, "ship-state", "ship-city"),
    ),
    Q(
        "plot sales by month. which month had the most revenue?",
        _lead(either(_month(_am_best_month(True)), _month(_am_best_month(False)))),
        (*_AM_ID, *_AM_MONEY, "Date"),
    ),
    Q(
        "avg order amount for amazon fulfilled vs merchant fulfilled",
        either(has(_am_fulfilment_means(True)), has(_am_fulfilment_means(False)), has(_am_order_means)),
        (*_AM_ID, *_AM_MONEY, "Fulfilment", "fulfilled-by", "ship-service-level"),
    ),
]


HELDOUT38: list[Dataset] = [
    Dataset("laptop_prices", _laptops_frame, _LAPTOP_QS),
    Dataset("apple_app_store", _apps_frame, _APPS_QS),
    Dataset("supermarket_sales", _supermarket_frame, _SUPERMARKET_QS),
    Dataset("obesity_levels", _obesity_frame, _OBESITY_QS),
    Dataset("amazon_bestsellers_2009_2019", _bestsellers_frame, _BESTSELLERS_QS),
    Dataset("sleep_health_lifestyle", _sleep_frame, _SLEEP_QS),
    Dataset("amazon_india_sales", _amazon_frame, _AMAZON_QS),
]
