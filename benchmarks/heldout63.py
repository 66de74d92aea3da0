"""HELDOUT63: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public datasets an analyst is likely to bring along: Kaggle's
Vehicle dataset from CarDekho (Car details v3.csv, 4000 used cars) with full names such as "Maruti Swift Dzire VDI"
(the brand is the first word, "Land" for Land Rover), year, selling_price and km_driven in rupees and kilometres,
Diesel / Petrol / CNG / LPG fuel, Individual / Dealer / "Trustmark Dealer" sellers, Manual / Automatic transmission,
"First Owner" ... "Fourth & Above Owner" and a few "Test Drive Car" owners, mileage as "23.4 kmpl" or "26.6 km/kg"
for gas cars, engine as "1248 CC", max_power as "74 bhp" (three written " bhp" with no number), torque written every
way the file does ("190Nm@ 2000rpm", "113.75nm@ 4000rpm", "12.7@ 2,700(kgm@ rpm)", "51Nm@ 4000+/-500rpm") and whole
seats, the five spec columns blank together for about one car in forty and two odometers past a million km; the UCI
Individual household electric power consumption file sampled once an hour from 16/12/2006 17:24:00 to 15/6/2007
23:24:00 (4351 rows) with day-first Date written without zero padding ("1/2/2007"), Time, Global_active_power,
Global_reactive_power, Voltage, Global_intensity, Sub_metering_1 and Sub_metering_2 as three-decimal text with "?"
for a missing reading (a two-and-a-half-day gap at the end of April 2007 and a dozen single hours) and
Sub_metering_3 blank on those rows; a 5000-row sample of the Stack Overflow Developer Survey 2020
(survey_results_public.csv) with Respondent ids, the long MainBranch answers, Yes / No Hobbyist, Age as a float with
blanks and a few impossible ages, Age1stCode, YearsCode and YearsCodePro as text with "Younger than 5 years", "Less
than 1 year" and "More than 50 years", Yearly / Monthly / Weekly CompFreq, ConvertedComp in US dollars (blank for
about two in five, some top-coded at 2,000,000), "United States" / "Russian Federation" style countries, EdLevel
with curly apostrophes ("Bachelor’s degree (B.A., B.S., B.Eng., etc.)"), Employment, Gender as "Man" / "Woman" /
"Non-binary, genderqueer, or gender non-conforming" or several joined by ";", LanguageWorkedWith joined by ";"
("C#;HTML/CSS;JavaScript"), Windows / MacOS / Linux-based OpSys, OrgSize bands such as "1,000 to 4,999 employees"
and WorkWeekHrs with a few absurd weeks; TidyTuesday's Seattle bike counters (bike_traffic.csv, a sample of 5000
hourly counts from 2014 to 2018) with dates written "01/01/2014 12:00:00 AM", seven crossings such as "Broadway
Cycletrack North Of E Union St" and "Burke Gilman Trail", North / South / East / West directions, bike_count with
blanks and ped_count only on the three trails that count walkers; FiveThirtyEight's hate-crimes file
(hate_crimes.csv, the 50 states and the District of Columbia) with median_household_income, shares as fractions
(share_voters_voted_trump to two decimals, 0.50 for two states), gini_index, hate_crimes_per_100k_splc (blank for
four states) and avg_hatecrimes_per_100k_fbi (blank for Hawaii), share_non_citizen blank for three states and the
District of Columbia far above every state; the UCI Wholesale customers file (Wholesale customers data.csv, 440
clients) with Channel coded 1 = Horeca / 2 = Retail, Region coded 1 = Lisbon / 2 = Oporto / 3 = Other and yearly
spending on Fresh, Milk, Grocery, Frozen, Detergents_Paper and Delicassen; and the 2020 US presidential election
county results (president_county_candidate.csv, ten states and the District of Columbia) with state, "Kent County"
style county names, one row per candidate ("Joe Biden", "Donald Trump", "Jo Jorgensen", "Write-ins", " None of these
candidates" with its leading space in Nevada) best first in each county, DEM / REP / LIB / GRN / WRI / CST / ALI /
PSL / ASP / NON parties, total_votes and True / False won. All are generated with a fixed seed.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _all_named, _count, _lead, _named, _share, _shares, _split, _text
from .heldout38 import _draw, _month
from .heldout39 import _clock, _fields
from .heldout40 import _fixed
from .heldout41 import _any_named
from .heldout42 import _ranked
from .offline_eval import Check, Dataset, Q, either, has
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------


def _lead_number(s: pd.Series) -> pd.Series:
    """The number a text value starts with ("23.4 kmpl", "74 bhp", "4.216"), NaN for blanks, "?" and " bhp"."""
    return pd.to_numeric(_text(s).str.extract(r"^(-?\d+(?:\.\d+)?)")[0], errors="coerce")


def _top_aliased(ranking: Callable[[pd.DataFrame], pd.Series], k: int, aliases: Mapping[str, tuple[str, ...]]) -> Check:
    """The first `k` labels of a ranking as `_top_named` reads them, each also by one of its aliases."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        scores = ranking(df)
        cut = scores.iloc[k - 1]
        above = [str(x) for x, v in scores.iloc[:k].items() if v != cut]
        level = [str(x) for x, v in scores.items() if v == cut]
        why = _all_named(lambda _d: above, aliases)(answer, df)
        if why:
            return why
        said = sum(_named(_fixed(x), aliases)(answer, df) is None for x in level)
        return None if said >= k - len(above) else f"missing {k - len(above)} of {level!r}"

    return check


def _over(column: str, floor: float) -> Check:
    """A count of values above `floor`, read as strictly above or as at least."""
    return either(
        _count(lambda d: float((d[column] > floor).sum())),
        _count(lambda d: float((d[column] >= floor).sum())),
    )


# --- 1. Used cars (Kaggle "Vehicle dataset from CarDekho", Car details v3.csv) --------------------------------------

# name|fuel|engine (CC)|max power (bhp)|mileage (kmpl, km/kg for CNG and LPG)|torque|seats|price new (lakh rupees)|
# share sold automatic|weight|first model year|last model year
_CD_MODELS = _fields(
    "Maruti Swift Dzire VDI|Diesel|1248|74|23.4|190Nm@ 2000rpm|5|7.2|0|70|2012|2019;"
    "Maruti Swift VXI|Petrol|1197|83.14|21.21|113Nm@ 4200rpm|5|6.0|0|85|2011|2020;"
    "Maruti Swift VDI BSIV|Diesel|1248|74|22.9|190Nm@ 2000rpm|5|6.6|0|60|2010|2017;"
    "Maruti Wagon R LXI Minor|Petrol|998|67.1|20.51|90Nm@ 3500rpm|5|4.4|0|60|2010|2019;"
    "Maruti Wagon R LXI CNG|CNG|998|58.2|26.6|78Nm@ 3500rpm|5|4.8|0|10|2012|2020;"
    "Maruti Wagon R LXI DUO BSIII|LPG|1061|57.5|17.3|77Nm@ 3500rpm|5|4.0|0|7|2007|2012;"
    "Maruti Alto 800 LXI|Petrol|796|47.3|22.74|69Nm@ 3500rpm|5|3.2|0|65|2012|2020;"
    "Maruti Alto 800 CNG LXI|CNG|796|40.3|30.46|60Nm@ 3500rpm|5|3.6|0|8|2013|2020;"
    "Maruti Ertiga VDI|Diesel|1248|88.5|20.77|200Nm@ 1750rpm|7|9.5|0|40|2012|2019;"
    "Maruti Ertiga VXI CNG|CNG|1373|80.46|22.8|110Nm@ 4000rpm|7|8.5|0|4|2014|2019;"
    "Maruti Vitara Brezza ZDi|Diesel|1248|88.5|24.3|200Nm@ 1750rpm|5|9.0|0|35|2016|2020;"
    "Maruti Baleno Delta 1.2|Petrol|1197|83.1|21.4|115Nm@ 4000rpm|5|6.8|0|35|2015|2020;"
    "Maruti Ciaz VDi Plus SHVS|Diesel|1248|88.5|28.09|200Nm@ 1750rpm|5|9.5|0|20|2015|2019;"
    "Maruti 800 AC|Petrol|796|37|16.1|59Nm@ 2500rpm|4|2.2|0|25|1995|2010;"
    "Maruti Zen LXi|Petrol|993|60|17.3|78Nm@ 4500rpm|5|3.4|0|15|1998|2006;"
    "Maruti Omni 8 Seater BSIV|Petrol|796|34.2|16.8|6.1kgm@ 3000rpm|8|2.8|0|12|2008|2019;"
    "Maruti Celerio ZXI AMT|Petrol|998|67.04|23.1|90Nm@ 3500rpm|5|5.3|1|15|2014|2020;"
    "Maruti Eeco 5 Seater AC|Petrol|1196|73|15.37|101Nm@ 3000rpm|5|4.3|0|15|2010|2020;"
    "Hyundai i20 Sportz Diesel|Diesel|1396|88.73|22.54|219.7Nm@ 1500-2750rpm|5|7.5|0|45|2010|2019;"
    "Hyundai i20 Asta 1.2|Petrol|1197|81.83|18.6|114.7Nm@ 4000rpm|5|7.0|0|25|2009|2018;"
    "Hyundai i10 Magna 1.2|Petrol|1197|78.9|20.36|111.7Nm@ 4000rpm|5|4.8|0|45|2008|2016;"
    "Hyundai Grand i10 Sportz|Petrol|1197|81.86|18.9|113.75nm@ 4000rpm|5|5.6|0|50|2013|2020;"
    "Hyundai Verna 1.6 SX|Diesel|1582|126.32|22.32|259.8Nm@ 1900-2750rpm|5|11.0|0.15|30|2011|2020;"
    "Hyundai Creta 1.6 SX|Diesel|1582|126.2|19.67|259.9Nm@ 1900-2750rpm|5|14.0|0.2|30|2015|2020;"
    "Hyundai Santro Xing GLS|Petrol|1086|62.1|17.92|96.1Nm@ 3000rpm|5|3.8|0|35|2003|2014;"
    "Hyundai Santro Xing GLS LPG|LPG|1086|62.1|13.45|96.1Nm@ 3000rpm|5|4.0|0|5|2007|2014;"
    "Hyundai Xcent 1.2 VTVT E Plus|Petrol|1197|81.86|20.14|113.75Nm@ 4000rpm|5|5.9|0|25|2014|2020;"
    "Hyundai EON Era Plus|Petrol|814|55.2|21.1|74.5Nm@ 4000rpm|5|3.3|0|30|2011|2019;"
    "Mahindra Scorpio S10|Diesel|2179|120|15.4|280Nm@ 1800-2800rpm|7|13.5|0|45|2013|2020;"
    "Mahindra XUV500 W8 2WD|Diesel|2179|140|16.0|330Nm@ 1600-2800rpm|7|15.5|0.1|35|2011|2020;"
    "Mahindra Bolero SLE|Diesel|2523|62.1|13.6|195Nm@ 1400-2200rpm|7|7.5|0|40|2005|2020;"
    "Mahindra KUV 100 mFALCON G80 K8|Petrol|1198|82|18.15|115Nm@ 3500-3600rpm|6|6.0|0|10|2016|2020;"
    "Mahindra Xylo E8 BS IV|Diesel|2498|112|14.02|260Nm@ 1800-2800rpm|8|9.0|0|15|2009|2017;"
    "Mahindra Thar CRDe|Diesel|2498|105|16.55|247Nm@ 1800-2000rpm|6|8.5|0|8|2011|2019;"
    "Tata Indica Vista Aqua 1.3 Quadrajet|Diesel|1248|74|17.0|190Nm@ 1750rpm|5|5.2|0|25|2009|2015;"
    "Tata Nano Cx|Petrol|624|37.48|23.9|51Nm@ 4000+/-500rpm|4|2.0|0|20|2010|2017;"
    "Tata Tiago 1.2 Revotron XZ|Petrol|1199|84|23.84|114Nm@ 3500rpm|5|5.0|0|30|2016|2020;"
    "Tata Nexon 1.5 Revotorq XZ|Diesel|1497|108.5|21.5|260Nm@ 1500-2750rpm|5|9.5|0.15|20|2017|2020;"
    "Tata Indigo CS LS (TDI) BS-III|Diesel|1405|69|17.0|135Nm@ 2500rpm|5|5.0|0|25|2008|2014;"
    "Tata Sumo Victa GX|Diesel|1948|68|13.8|15.3@ 2,000(kgm@ rpm)|9|6.0|0|10|2004|2011;"
    "Toyota Innova 2.5 V 7 STR|Diesel|2494|102|12.8|20.4@ 1,400-3,400(kgm@ rpm)|7|14.0|0|40|2005|2016;"
    "Toyota Innova Crysta 2.4 VX MT|Diesel|2393|147.51|13.68|343Nm@ 1400-2800rpm|7|20.0|0.15|15|2016|2020;"
    "Toyota Etios VXD|Diesel|1364|67.1|23.59|170Nm@ 1800-2400rpm|5|7.5|0|20|2011|2019;"
    "Toyota Corolla Altis 1.8 VL AT|Petrol|1798|138.03|14.28|173Nm@ 4000rpm|5|18.0|1|10|2009|2019;"
    "Toyota Fortuner 3.0 Diesel|Diesel|2982|168.5|11.5|343Nm@ 1400-3400rpm|7|28.0|0.3|12|2010|2020;"
    "Honda City 2017-2020 EXi|Petrol|1497|117.3|17.8|145Nm@ 4600rpm|5|10.0|0|30|2017|2020;"
    "Honda City i VTEC CVT VX|Petrol|1497|117.3|18.0|145Nm@ 4600rpm|5|12.5|1|15|2014|2020;"
    "Honda Amaze VX i-DTEC|Diesel|1498|98.6|25.8|200Nm@ 1750rpm|5|7.5|0|25|2013|2020;"
    "Honda Jazz 1.2 V i VTEC|Petrol|1199|88.7|18.7|110Nm@ 4800rpm|5|7.0|0|15|2015|2020;"
    "Honda Brio S MT|Petrol|1198|86.8|18.4|109Nm@ 4500rpm|5|4.8|0|15|2011|2018;"
    "Ford Figo Diesel Celebration Edition|Diesel|1399|68|20.0|160Nm@ 2000rpm|5|5.5|0|25|2010|2015;"
    "Ford EcoSport 1.5 Diesel Titanium|Diesel|1498|98.96|22.7|205Nm@ 1750-3250rpm|5|9.8|0|25|2013|2020;"
    "Ford Fiesta 1.4 Duratec EXI|Petrol|1388|68|16.6|12.7@ 2,700(kgm@ rpm)|5|6.5|0|10|2006|2011;"
    "Ford Endeavour 3.2 Titanium AT 4X4|Diesel|3198|197|10.91|470Nm@ 1750-2500rpm|7|30.0|1|8|2016|2020;"
    "Chevrolet Beat LT Diesel|Diesel|936|56.3|25.44|142.5Nm@ 1750rpm|5|5.0|0|25|2011|2017;"
    "Chevrolet Spark 1.0 LT|Petrol|995|62|16.2|90.3Nm@ 4200rpm|5|3.5|0|15|2008|2013;"
    "Chevrolet Cruze LTZ AT|Diesel|1998|163.7|14.81|380Nm@ 1750rpm|5|14.0|1|6|2011|2016;"
    "Chevrolet Enjoy TCDi LTZ 7 Seater|Diesel|1248|73.8|18.2|172.5Nm@ 1750rpm|7|7.0|0|8|2013|2017;"
    "Renault Duster 110PS Diesel RxL|Diesel|1461|108.45|19.01|248Nm@ 2250rpm|5|11.0|0|20|2012|2019;"
    "Renault KWID RXT|Petrol|799|53.3|25.17|72Nm@ 4386rpm|5|3.8|0|20|2015|2020;"
    "Volkswagen Polo 1.2 MPI Highline|Petrol|1198|73.9|16.47|110Nm@ 3750rpm|5|6.5|0|20|2010|2019;"
    "Volkswagen Vento Diesel Highline|Diesel|1598|103.6|20.54|250Nm@ 1500-2500rpm|5|10.5|0.2|12|2011|2019;"
    "Skoda Rapid 1.5 TDI Ambition|Diesel|1498|103.52|21.14|250Nm@ 1500-2500rpm|5|10.5|0|12|2014|2020;"
    "Skoda Superb Elegance 1.8 TSI AT|Petrol|1798|157.75|13.14|250Nm@ 1500-4500rpm|5|25.0|1|5|2010|2017;"
    "BMW X1 sDrive20d xLine|Diesel|1995|190|20.68|400Nm@ 1750-2500rpm|5|40.0|1|7|2016|2020;"
    "BMW 5 Series 520d Luxury Line|Diesel|1995|188|22.48|400Nm@ 1750-2500rpm|5|60.0|1|7|2014|2020;"
    "BMW 3 Series 320d|Diesel|1995|181|18.88|380Nm@ 1750-2750rpm|5|42.0|1|6|2010|2018;"
    "Mercedes-Benz E-Class E250 CDI Avantgarde|Diesel|2143|201.1|13.0|500Nm@ 1600-1800rpm|5|55.0|1|7|2010|2017;"
    "Mercedes-Benz GLA Class 200 CDI Sport|Diesel|2143|136|17.9|300Nm@ 1600-3000rpm|5|36.0|1|4|2015|2019;"
    "Audi A4 2.0 TDI 177 Bhp Premium Plus|Diesel|1968|174.33|17.11|380Nm@ 1750-2500rpm|5|42.0|1|6|2012|2017;"
    "Audi Q7 45 TDI Quattro Technology|Diesel|2967|241.4|14.75|600Nm@ 1500-3000rpm|7|80.0|1|3|2016|2020;"
    "Jaguar XF 2.0 Diesel Portfolio|Diesel|1999|177|19.33|430Nm@ 1750-2500rpm|5|55.0|1|7|2016|2020;"
    "Volvo XC40 D4 Inscription BSIV|Diesel|1969|190|18.0|400Nm@ 1750-2500rpm|5|42.0|1|6|2018|2020;"
    "Lexus ES 300h|Petrol|2487|214.56|22.37|202Nm@ 3600-5200rpm|5|60.0|1|3|2018|2020;"
    "Datsun RediGO T Option|Petrol|799|53.64|22.7|72Nm@ 4386rpm|5|3.5|0|8|2016|2020;"
    "Datsun GO Plus T|Petrol|1198|67.05|19.83|104Nm@ 4000rpm|7|4.5|0|5|2015|2019;"
    "Nissan Sunny XL D|Diesel|1461|84.8|21.64|200Nm@ 2000rpm|5|8.5|0|6|2012|2018;"
    "Nissan Micra XV|Petrol|1198|74|19.34|104Nm@ 4000rpm|5|6.0|0.2|6|2011|2018;"
    "Fiat Punto 1.3 Emotion|Diesel|1248|75|20.3|197Nm@ 1750rpm|5|6.5|0|6|2010|2016;"
    "Fiat Linea Emotion|Petrol|1368|88.8|14.6|11.8@ 3,000(kgm@ rpm)|5|7.5|0|3|2009|2014;"
    "Mitsubishi Pajero Sport 2.5 MT|Diesel|2477|175.56|13.5|400Nm@ 2000rpm|7|25.0|0|2|2013|2018;"
    "Jeep Compass 2.0 Limited|Diesel|1956|170|17.1|350Nm@ 1750-2500rpm|5|20.0|0|3|2017|2020;"
    "Kia Seltos HTX Plus D|Diesel|1493|113.42|20.8|250Nm@ 1500-2750rpm|5|16.0|0|3|2019|2020;"
    "MG Hector Sharp DCT|Petrol|1451|141|13.96|250Nm@ 1600-3600rpm|5|18.0|1|2|2019|2020;"
    "Land Rover Discovery Sport TD4 HSE|Diesel|2179|147.51|12.51|400Nm@ 1750rpm|7|50.0|1|2|2016|2019;"
    "Ambassador Classic 2000 Dsz AC PS|Diesel|1995|52|12.8|12.5@ 2,500(kgm@ rpm)|5|5.0|0|1|2003|2010"
)
_CD_OWNERS = ("Second Owner", "Third Owner", "Fourth & Above Owner")
_CD_COLUMNS = (
    "name;year;selling_price;km_driven;fuel;seller_type;transmission;owner;mileage;engine;max_power;torque;seats"
)


def _cd_round_price(rng: np.random.Generator, price: float) -> int:
    roll = rng.random()
    if roll < 0.55:
        return int(round(price / 5000) * 5000)
    if roll < 0.9:
        return int(round(price / 1000) * 1000)
    return int(round(price / 10000) * 10000) - 1


def _car_frame() -> pd.DataFrame:
    rng = np.random.default_rng(6301)
    weights = np.array([float(m[9]) for m in _CD_MODELS])
    rows: list[dict[str, Any]] = []
    for _ in range(4000):
        name, fuel, cc, bhp, mileage, torque, seats, lakh, auto, _w, first, last = _CD_MODELS[
            int(rng.choice(len(_CD_MODELS), p=weights / weights.sum()))
        ]
        year = int(first) + round((int(last) - int(first)) * float(rng.beta(2.2, 1.4)))
        age = 2020.5 - year
        km = int(age * float(rng.lognormal(np.log(10500), 0.5)) + float(rng.integers(500, 4000)))
        km = int(round(km / 1000) * 1000) if rng.random() < 0.6 else int(round(km / 10) * 10)
        test_drive = year >= 2019 and float(lakh) >= 9 and rng.random() < 0.012
        if test_drive:
            owner, km = "Test Drive Car", int(rng.integers(1000, 9000))
        elif rng.random() < max(0.3, 0.97 - 0.055 * age):
            owner = "First Owner"
        else:
            owner = str(_one(rng, _CD_OWNERS, [70, 21, 9] if age < 12 else [50, 33, 17]))
        dealer_roll = rng.random()
        if dealer_roll < 0.035 and year >= 2014:
            seller = "Trustmark Dealer"
        elif dealer_roll < 0.17 or test_drive:
            seller = "Dealer"
        else:
            seller = "Individual"
        steps = 0 if owner in ("First Owner", "Test Drive Car") else 1 + _CD_OWNERS.index(owner)
        price = float(lakh) * 1e5 * 0.885**age * 0.93**steps * float(rng.lognormal(0, 0.16))
        price *= float(np.clip(1.08 - 0.05 * np.log(max(km, 1000) / 60000), 0.8, 1.25))
        price *= 1.08 if seller != "Individual" else 1.0
        unit = "km/kg" if fuel in ("CNG", "LPG") else "kmpl"
        rows.append(
            {
                "name": name,
                "year": year,
                "selling_price": max(_cd_round_price(rng, price), 29999),
                "km_driven": max(km, 1),
                "fuel": fuel,
                "seller_type": seller,
                "transmission": "Automatic" if rng.random() < float(auto) else "Manual",
                "owner": owner,
                "mileage": f"{mileage} {unit}",
                "engine": f"{cc} CC",
                "max_power": f"{bhp} bhp",
                "torque": torque,
                "seats": int(seats),
            }
        )
    frame = pd.DataFrame(rows)
    frame["seats"] = frame["seats"].astype("Int64")
    blank = rng.choice(len(frame), 104, replace=False)
    frame.loc[blank, ["mileage", "engine", "max_power", "torque"]] = None
    frame.loc[blank, "seats"] = pd.NA
    odd = rng.choice(np.setdiff1d(np.arange(len(frame)), blank), 5, replace=False)
    frame.loc[odd[:3], "max_power"] = " bhp"
    frame.loc[odd[3:], "km_driven"] = [2_360_457, 1_500_000]
    return frame[_split(_CD_COLUMNS)]


def _cd_brand(d: pd.DataFrame) -> pd.Series:
    return _text(d["name"]).str.split(" ").str[0]


def _cd_kmpl(d: pd.DataFrame, fuel: str) -> float:
    kept = d[_text(d["fuel"]) == fuel]
    return float(_lead_number(kept["mileage"]).mean())


def _cd_first_at_dealers(trustmark: bool) -> Callable[[pd.DataFrame], float]:
    def count(d: pd.DataFrame) -> float:
        sellers = ("Dealer", "Trustmark Dealer") if trustmark else ("Dealer",)
        first = _text(d["owner"]) == "First Owner"
        return float((first & _text(d["seller_type"]).isin(sellers)).sum())

    return count


_CD_ID = ("name",)
_CD_RUPEES = (1e3, 1e5, 1e6)
_CAR_QS = [
    Q(
        "avg selling price for each fuel type?",
        _scaled(lambda d: d.groupby(_text(d["fuel"]))["selling_price"].mean().to_numpy(), _CD_RUPEES),
        (*_CD_ID, "fuel", "selling_price"),
    ),
    Q(
        "which brand has the most cars listed",
        _lead(_named(lambda d: str(_ranked(_cd_brand(d).value_counts()).index[0]))),
        (*_CD_ID,),
    ),
    Q(
        "whats the average mileage of petrol vs diesel cars in kmpl",
        _about(lambda d: [_cd_kmpl(d, "Petrol"), _cd_kmpl(d, "Diesel")], rel=0.005),
        (*_CD_ID, "fuel", "mileage"),
    ),
    Q(
        "is max power correlated with the selling price?",
        _corr(lambda d: _lead_number(d["max_power"]), lambda d: d["selling_price"]),
        (*_CD_ID, "max_power", "selling_price"),
    ),
    Q(
        "what % of the cars are first owner?",
        _share(lambda d: float((_text(d["owner"]) == "First Owner").mean())),
        (*_CD_ID, "owner"),
    ),
    Q(
        "and how many of those are being sold by a dealer?",
        either(_count(_cd_first_at_dealers(False)), _count(_cd_first_at_dealers(True))),
        (*_CD_ID, "owner", "seller_type"),
    ),
]


# --- 2. Household electric power (UCI "Individual household electric power consumption") ------------------------

# month: mean load not on a sub-meter (kW) before the hour-of-day shape
_PW_MONTHS = {12: 1.25, 1: 0.98, 2: 0.88, 3: 0.84, 4: 0.52, 5: 0.55, 6: 0.42}
# hour of day: how the load not on a sub-meter moves through the day
_PW_HOURS = [
    float(x)
    for x in _split(
        "0.45;0.35;0.3;0.3;0.3;0.32;0.55;1.2;1.35;0.95;0.8;0.8;0.85;0.8;0.7;0.7;0.75;0.95;1.3;1.8;2.0;1.85;1.4;0.8"
    )
]
_PW_TEXT = _split("Global_active_power;Global_reactive_power;Voltage;Global_intensity;Sub_metering_1;Sub_metering_2")
_PW_SUBS = ("Sub_metering_1", "Sub_metering_2", "Sub_metering_3")


def _power_frame() -> pd.DataFrame:
    rng = np.random.default_rng(6302)
    stamps = pd.date_range("2006-12-16 17:24", "2007-06-15 23:24", freq="h")
    n = len(stamps)
    hour = stamps.hour.to_numpy()
    weekend = stamps.dayofweek.to_numpy() >= 5
    shape = np.asarray(_PW_HOURS)[hour] * np.where(weekend & (hour >= 9) & (hour <= 17), 1.5, 1.0)
    level = np.array([_PW_MONTHS[m] for m in stamps.month])
    other = level * shape * rng.lognormal(-0.08, 0.4, n)
    heater = rng.random(n) < np.where(hour <= 7, 0.5, 0.22)
    sub3 = np.where(heater, rng.choice([17, 18, 18, 19], n), rng.choice([0, 0, 0, 1], n))
    cooking = rng.random(n) < np.where(np.isin(hour, [12, 13, 19, 20, 21]), 0.16, 0.02)
    sub1 = np.where(cooking, rng.integers(1, 39, n), 0)
    washing = rng.random(n) < np.where(weekend, 0.07, 0.03)
    sub2 = np.where(washing, rng.integers(20, 72, n), rng.choice([0, 1, 1, 2], n))
    active = np.round(np.maximum(other + (sub1 + sub2 + sub3) * 0.06, 0.076), 3)
    reactive = np.where(rng.random(n) < 0.22, 0.0, np.round(np.clip(rng.normal(0.12, 0.07, n), 0.046, 0.8), 3))
    summer = (stamps.month.to_numpy() >= 4) & (stamps.month.to_numpy() <= 9)
    voltage = np.round(240.2 + 1.1 * summer - 0.95 * active + rng.normal(0, 2.4, n), 2)
    intensity = np.maximum(np.round(np.hypot(active, reactive) * 1000 / voltage / 0.2) * 0.2, 0.2)
    frame = pd.DataFrame(
        {
            "Date": [f"{t.day}/{t.month}/{t.year}" for t in stamps],
            "Time": [f"{t:%H:%M:%S}" for t in stamps],
            "Global_active_power": [f"{x:.3f}" for x in active],
            "Global_reactive_power": [f"{x:.3f}" for x in reactive],
            "Voltage": [f"{x:.3f}" for x in voltage],
            "Global_intensity": [f"{x:.3f}" for x in intensity],
            "Sub_metering_1": [f"{x:.3f}" for x in sub1],
            "Sub_metering_2": [f"{x:.3f}" for x in sub2],
            "Sub_metering_3": sub3.astype(float),
        }
    )
    gap = (stamps >= pd.Timestamp("2007-04-28 00:24")) & (stamps <= pd.Timestamp("2007-04-30 14:24"))
    lost = np.union1d(np.flatnonzero(gap), rng.choice(np.flatnonzero(~gap), 12, replace=False))
    frame.loc[lost, _PW_TEXT] = "?"
    frame.loc[lost, "Sub_metering_3"] = np.nan
    return frame


def _pw(d: pd.DataFrame) -> pd.DataFrame:
    """The readings as numbers ("?" as NaN) with their time stamp in `_t`."""
    stamp = pd.to_datetime(_text(d["Date"]) + " " + _text(d["Time"]), format="%d/%m/%Y %H:%M:%S")
    numbers = {c: pd.to_numeric(d[c], errors="coerce") for c in (*_PW_TEXT, "Sub_metering_3")}
    return pd.DataFrame({"_t": stamp, **numbers})


def _pw_best_month(d: pd.DataFrame) -> pd.Timestamp:
    p = _pw(d)
    by = p.groupby(p["_t"].dt.to_period("M"))["Global_active_power"].mean()
    return pd.Timestamp(by.idxmax().to_timestamp())


def _pw_lost_rows(d: pd.DataFrame) -> float:
    return float(_pw(d)[[*_PW_TEXT, "Sub_metering_3"]].isna().any(axis=1).sum())


def _pw_lost_cells(d: pd.DataFrame) -> float:
    return float(_pw(d)[[*_PW_TEXT, "Sub_metering_3"]].isna().sum().sum())


def _pw_top_meter(d: pd.DataFrame) -> str:
    return str(_ranked(_pw(d)[list(_PW_SUBS)].sum()).index[0])


def _pw_week(d: pd.DataFrame) -> list[float]:
    p = _pw(d)
    by = p.groupby(p["_t"].dt.dayofweek >= 5)["Global_active_power"].mean()
    return [float(by[False]), float(by[True])]


_PW_METERS = {c: (c.replace("_", " "), f"sub meter {c[-1]}", f"submeter {c[-1]}", f"meter {c[-1]}") for c in _PW_SUBS}
_PW_ID = ("Date", "Time")
_PW_GAP = "Global_active_power"
_POWER_QS = [
    Q(
        "whats the average global active power?",
        has(lambda d: float(_pw(d)[_PW_GAP].mean()), rel=0.01),
        (*_PW_ID, _PW_GAP),
    ),
    Q(
        "plot the monthly average of global active power. which month was the highest?",
        _lead(_month(_pw_best_month)),
        (*_PW_ID, _PW_GAP),
    ),
    Q(
        "how many readings are missing?",
        either(_count(_pw_lost_rows), _count(_pw_lost_cells)),
        (*_PW_ID, *_PW_TEXT, "Sub_metering_3"),
    ),
    Q(
        "which sub metering has the highest total",
        _lead(_named(_pw_top_meter, _PW_METERS)),
        (*_PW_ID, *_PW_SUBS),
    ),
    Q(
        "avg global active power on weekdays vs weekends",
        has(_pw_week, rel=0.01),
        (*_PW_ID, _PW_GAP),
    ),
    Q(
        "is voltage correlated with global intensity",
        _corr(lambda d: _pw(d)["Voltage"], lambda d: _pw(d)["Global_intensity"]),
        (*_PW_ID, "Voltage", "Global_intensity"),
    ),
]


# --- 3. Stack Overflow Developer Survey 2020 (survey_results_public.csv) ------------------------------------------

# country: weight, median yearly pay of a professional developer (US$)
_SO_COUNTRIES: dict[str, tuple[float, float]] = {
    "United States": (19.3, 112000),
    "India": (13.0, 13500),
    "United Kingdom": (6.0, 72000),
    "Germany": (6.0, 66000),
    "Canada": (3.4, 68000),
    "France": (2.9, 47000),
    "Brazil": (2.8, 15000),
    "Netherlands": (2.1, 56000),
    "Poland": (2.0, 31000),
    "Australia": (1.9, 80000),
    "Spain": (1.8, 37000),
    "Italy": (1.7, 36000),
    "Russian Federation": (1.7, 24000),
    "Sweden": (1.3, 52000),
    "Pakistan": (1.3, 7500),
    "Ukraine": (1.2, 26000),
    "Turkey": (1.1, 14000),
    "Israel": (1.0, 75000),
    "Switzerland": (1.0, 115000),
    "Mexico": (0.9, 18000),
    "Romania": (0.9, 26000),
    "China": (0.9, 28000),
    "Iran": (0.9, 8000),
    "Bangladesh": (0.8, 7000),
    "Nigeria": (0.8, 9000),
    "Austria": (0.8, 55000),
    "Belgium": (0.8, 52000),
    "Portugal": (0.8, 28000),
    "Argentina": (0.7, 16000),
    "Czech Republic": (0.7, 31000),
    "South Africa": (0.7, 33000),
    "Denmark": (0.6, 72000),
    "Indonesia": (0.6, 9000),
    "Norway": (0.5, 70000),
    "Finland": (0.5, 52000),
    "Greece": (0.5, 24000),
    "New Zealand": (0.5, 60000),
    "Egypt": (0.5, 6500),
    "Ireland": (0.5, 65000),
    "Hungary": (0.5, 27000),
    "Viet Nam": (0.4, 12000),
    "Philippines": (0.4, 9000),
    "Japan": (0.4, 52000),
    "Sri Lanka": (0.4, 8000),
    "Kenya": (0.2, 10000),
    "Nepal": (0.2, 6000),
    "": (0.6, 30000),
}
_SO_BRANCHES = (
    "I am a developer by profession:73.2;I am a student who is learning to code:12.4;"
    "I am not primarily a developer, but I write code sometimes as part of my work:8.5;"
    "I code primarily as a hobby:3.6;I used to be a developer by profession, but no longer am:1.8;:0.5"
)
_SO_PRO = "I am a developer by profession"
_SO_STUDENT = "I am a student who is learning to code"
_SO_EDUCATION = (
    "Bachelor’s degree (B.A., B.S., B.Eng., etc.):46;Master’s degree (M.A., M.S., M.Eng., MBA, etc.):23;"
    "Some college/university study without earning a degree:12;"
    "Secondary school (e.g. American high school, German Realschule or Gymnasium, etc.):9;"
    "Associate degree (A.A., A.S., etc.):3;Other doctoral degree (Ph.D., Ed.D., etc.):3;"
    "Professional degree (JD, MD, etc.):1.3;Primary/elementary school:1.4;I never completed any formal education:0.8"
)
_SO_WORK = {
    "pro": "Employed full-time:86;Independent contractor, freelancer, or self-employed:10;Employed part-time:4",
    "student": "Student:70;Not employed, but looking for work:15;Employed part-time:10;Employed full-time:5",
    "other": "Employed full-time:62;Independent contractor, freelancer, or self-employed:12;"
    "Not employed, but looking for work:9;Employed part-time:5;Student:6;Retired:3;"
    "Not employed, and not looking for work:3",
}
_SO_PAID = ("Employed full-time", "Independent contractor, freelancer, or self-employed", "Employed part-time")
# gender answers ("|" between the options, ";" joins several answers as the file does) and their weights
_SO_GENDERS = _split(
    "Man|Woman|Non-binary, genderqueer, or gender non-conforming|"
    "Man;Non-binary, genderqueer, or gender non-conforming|Woman;Non-binary, genderqueer, or gender non-conforming|"
    "Woman;Man",
    "|",
)
_SO_GENDER_WEIGHTS = (91, 7.6, 0.7, 0.3, 0.2, 0.2)
# language (in the survey's order): share of the respondents who name any language using it (%)
_SO_LANGUAGES = (
    "Assembly:7.5;Bash/Shell/PowerShell:37;C:24.5;C#:35;C++:27;Dart:4.5;Go:9.8;Haskell:2.2;HTML/CSS:70;Java:45;"
    "JavaScript:76;Julia:1;Kotlin:8.7;Objective-C:5.4;Perl:3.7;PHP:29;Python:50;R:6.4;Ruby:8;Rust:5.7;Scala:4.4;"
    "SQL:61;Swift:7.4;TypeScript:28.5;VBA:7.5"
)
_SO_OS = "Windows:45.6;MacOS:27.5;Linux-based:26.6;BSD:0.2"
_SO_ORGS = (
    "20 to 99 employees:21;100 to 499 employees:19;10,000 or more employees:16;1,000 to 4,999 employees:11;"
    "2 to 9 employees:10;10 to 19 employees:9;500 to 999 employees:6;5,000 to 9,999 employees:4"
)
_SO_FREELANCE = "Just me - I am a freelancer, sole proprietor, etc."
_SO_COLUMNS = _split(
    "Respondent;MainBranch;Hobbyist;Age;Age1stCode;CompFreq;ConvertedComp;Country;EdLevel;Employment;Gender;"
    "LanguageWorkedWith;OpSys;OrgSize;WorkWeekHrs;YearsCode;YearsCodePro"
)


def _so_years(value: float | None) -> str | None:
    if value is None:
        return None
    if value < 1:
        return "Less than 1 year"
    return "More than 50 years" if value > 50 else str(int(value))


def _so_languages(rng: np.random.Generator, student: bool) -> str | None:
    if rng.random() < 0.11:
        return None
    taste = float(rng.lognormal(0, 0.45))
    names = []
    for item in _split(_SO_LANGUAGES):
        name, share = item.rsplit(":", 1)
        boost = 1.15 if student and name in ("Python", "Java", "C", "C++", "HTML/CSS") else 1.0
        if rng.random() < min(0.97, float(share) / 100 * taste * boost):
            names.append(name)
    return ";".join(names) or str(_one(rng, ["JavaScript", "Python", "Java", "HTML/CSS;JavaScript"]))


def _so_respondent(rng: np.random.Generator, respondent: int) -> dict[str, Any]:
    countries = list(_SO_COUNTRIES)
    country = str(_one(rng, countries, [v[0] for v in _SO_COUNTRIES.values()]))
    branch = _draw(rng, _SO_BRANCHES)
    kind = "pro" if branch == _SO_PRO else "student" if branch == _SO_STUDENT else "other"
    age = float(np.clip(rng.normal(21, 3.5) if kind == "student" else rng.normal(32, 8.5), 14, 72))
    started = float(np.clip(rng.normal(15.5, 4.5), 4, min(age - 1, 60)))
    coding = age - started + float(rng.normal(0, 1))
    pro_years: float | None = None
    if kind != "student" and rng.random() < 0.9:
        pro_years = max(coding - float(rng.uniform(1, 7)), float(rng.uniform(0, 1.5)))
    work = "" if rng.random() < 0.01 else _draw(rng, _SO_WORK[kind])
    paid = work in _SO_PAID
    woman = False
    gender = None if rng.random() < 0.21 else str(_one(rng, _SO_GENDERS, _SO_GENDER_WEIGHTS))
    if gender is not None:
        woman = gender.split(";")[0] == "Woman"
    freq = None
    pay = None
    if paid and rng.random() < 0.72:
        freq = _draw(rng, "Yearly:48;Monthly:46;Weekly:6")
        median = _SO_COUNTRIES[country][1] * (1.0 if kind == "pro" else 0.85)
        growth = 1 + 0.045 * min(pro_years or 0.0, 20)
        pay = median * growth * (0.86 if woman else 1.0) * float(rng.lognormal(-0.25, 0.55))
        pay *= 0.55 if work == "Employed part-time" else 1.0
        pay = 2_000_000.0 if rng.random() < 0.006 else float(round(min(pay, 2_000_000.0)))
    hours = None
    if paid and rng.random() < 0.7:
        hours = float(_one(rng, [40, 40, 40, 45, 50, 35, 38, 42, 37.5, 60, 20, 30, 55]))
        hours = float(_one(rng, [168, 475, 90, 3])) if rng.random() < 0.004 else hours
    if rng.random() < 0.29:
        shown_age: float | None = None
    elif rng.random() < 0.003:
        shown_age = float(_one(rng, [1, 99, 5]))
    else:
        shown_age = float(int(age))
    first = None if rng.random() < 0.1 else "Younger than 5 years" if started < 5 else str(int(started))
    org = None
    if paid and rng.random() < 0.85:
        org = _SO_FREELANCE if "freelancer" in work and rng.random() < 0.5 else _draw(rng, _SO_ORGS)
    return {
        "Respondent": respondent,
        "MainBranch": branch or None,
        "Hobbyist": "Yes" if rng.random() < (0.86 if kind == "student" else 0.77) else "No",
        "Age": shown_age,
        "Age1stCode": first,
        "CompFreq": freq,
        "ConvertedComp": pay,
        "Country": country or None,
        "EdLevel": None if rng.random() < 0.11 else _draw(rng, _SO_EDUCATION),
        "Employment": work or None,
        "Gender": gender,
        "LanguageWorkedWith": _so_languages(rng, kind == "student"),
        "OpSys": None if rng.random() < 0.13 else _draw(rng, _SO_OS),
        "OrgSize": org,
        "WorkWeekHrs": hours,
        "YearsCode": None if rng.random() < 0.1 else _so_years(coding),
        "YearsCodePro": None if pro_years is None or rng.random() < 0.05 else _so_years(pro_years),
    }


def _survey_frame() -> pd.DataFrame:
    rng = np.random.default_rng(6303)
    ids = np.sort(rng.choice(64461, 5000, replace=False) + 1)
    return pd.DataFrame([_so_respondent(rng, int(i)) for i in ids])[_SO_COLUMNS]


def _so_countries(d: pd.DataFrame) -> pd.Series:
    country = _text(d["Country"])
    return _ranked(country[country != ""].value_counts())


def _so_uses(d: pd.DataFrame, language: str) -> pd.Series:
    return _text(d["LanguageWorkedWith"]).str.split(";").apply(lambda names: language in names)


def _so_languages_ranked(d: pd.DataFrame) -> pd.Series:
    names = _text(d["LanguageWorkedWith"]).str.split(";").explode()
    return _ranked(names[names != ""].value_counts())


def _so_python(answered_only: bool) -> Callable[[pd.DataFrame], float]:
    def share(d: pd.DataFrame) -> float:
        answered = _text(d["LanguageWorkedWith"]) != ""
        uses = _so_uses(d, "Python")
        return float(uses[answered].mean() if answered_only else uses.mean())

    return share


def _so_gender_medians(exact: bool) -> Callable[[pd.DataFrame], list[float]]:
    def medians(d: pd.DataFrame) -> list[float]:
        genders = _text(d["Gender"])
        parts = genders.str.split(";")
        flags = [genders == g if exact else parts.apply(lambda names, g=g: g in names) for g in ("Man", "Woman")]
        return [float(d.loc[flag, "ConvertedComp"].median()) for flag in flags]

    return medians


def _so_pro_years(less: float | None, more: float | None) -> Callable[[pd.DataFrame], pd.Series]:
    def years(d: pd.DataFrame) -> pd.Series:
        text = _text(d["YearsCodePro"])
        words = {"Less than 1 year": less, "More than 50 years": more}
        return pd.to_numeric(text.map(lambda t: words.get(t, t)), errors="coerce")

    return years


_SO_ALIASES = {
    "United States": ("USA", "US", "U.S.", "United States of America"),
    "United Kingdom": ("UK", "U.K.", "Britain"),
    "Russian Federation": ("Russia",),
}
_SO_ID = ("Respondent",)
_SO_PAY = "ConvertedComp"
_SURVEY_QS = [
    Q(
        "top 5 countries by number of respondents",
        _top_aliased(_so_countries, 5, _SO_ALIASES),
        (*_SO_ID, "Country"),
    ),
    Q(
        "whats the median ConvertedComp in the top one?",
        _scaled(lambda d: d.loc[_text(d["Country"]) == _so_countries(d).index[0], _SO_PAY].median(), (1e3,)),
        (*_SO_ID, "Country", _SO_PAY),
    ),
    Q(
        "which programming language do the most people work with?",
        _lead(_named(lambda d: str(_so_languages_ranked(d).index[0]))),
        (*_SO_ID, "LanguageWorkedWith"),
    ),
    Q(
        "what % of respondents use python",
        either(_share(_so_python(False)), _share(_so_python(True))),
        (*_SO_ID, "LanguageWorkedWith"),
    ),
    Q(
        "median comp for men vs women?",
        either(_scaled(_so_gender_medians(True), (1e3,)), _scaled(_so_gender_medians(False), (1e3,))),
        (*_SO_ID, "Gender", _SO_PAY, "CompFreq"),
    ),
    Q(
        "is years of professional coding correlated with comp",
        either(
            *(
                _corr(_so_pro_years(less, more), lambda d: d[_SO_PAY])
                for less, more in ((None, None), (0.0, 50.0), (0.5, 51.0), (0.0, 51.0), (1.0, 50.0))
            )
        ),
        (*_SO_ID, "YearsCodePro", "YearsCode", _SO_PAY),
    ),
]


# --- 4. Seattle bike counters (TidyTuesday 2019-04-02, bike_traffic.csv) -------------------------------------------

# crossing: directions, bikes an hour at an average hour, walkers an hour (None: walkers not counted)
_BT_CROSSINGS: dict[str, tuple[tuple[str, str], float, float | None]] = {
    "Broadway Cycletrack North Of E Union St": (("North", "South"), 9.0, None),
    "Burke Gilman Trail": (("North", "South"), 38.0, 9.0),
    "Elliot Bay Trail": (("North", "South"), 24.0, 7.0),
    "39th Ave NE Greenway at NE 62nd St": (("North", "South"), 3.5, None),
    "MTS Trail": (("East", "West"), 7.0, 1.5),
    "NW 58th St Greenway at 22nd Ave": (("East", "West"), 3.0, None),
    "Sealth Trail": (("North", "South"), 2.2, None),
}
_BT_WEEKDAY = [float(x) for x in _split("0.08;0.04;0.03;0.03;0.08;0.35;1.2;2.3;2.4;1.3;0.8;0.8")] + [
    float(x) for x in _split("0.9;0.9;0.95;1.3;1.9;3.0;2.0;1.2;0.7;0.45;0.3;0.15")
]
_BT_WEEKEND = [float(x) for x in _split("0.1;0.06;0.04;0.03;0.03;0.06;0.15;0.35;0.6;1.0;1.3;1.5")] + [
    float(x) for x in _split("1.55;1.55;1.5;1.4;1.2;0.95;0.7;0.5;0.35;0.25;0.18;0.12")
]
_BT_MONTHS = [0.5, 0.55, 0.7, 0.9, 1.25, 1.4, 1.55, 1.45, 1.15, 0.85, 0.6, 0.45]
_BT_YEARS = {2014: 1.0, 2015: 1.05, 2016: 0.98, 2017: 0.94, 2018: 0.9}


def _bike_frame() -> pd.DataFrame:
    rng = np.random.default_rng(6304)
    pairs = [(c, way) for c, spec in _BT_CROSSINGS.items() for way in spec[0]]
    hours = pd.date_range("2014-01-01", "2018-12-31 23:00", freq="h")
    n = 5000
    picks = rng.integers(0, len(pairs), n)
    stamps = hours[np.sort(rng.choice(len(hours), n, replace=False))]
    rows: list[dict[str, Any]] = []
    for k, t in zip(picks, stamps, strict=True):
        crossing, way = pairs[int(k)]
        ways, bikes, walkers = _BT_CROSSINGS[crossing]
        weekend = t.dayofweek >= 5
        shape = (_BT_WEEKEND if weekend else _BT_WEEKDAY)[t.hour]
        inbound = way == ways[0]
        if not weekend and 6 <= t.hour <= 10:
            shape *= 1.25 if inbound else 0.8
        elif not weekend and 15 <= t.hour <= 19:
            shape *= 0.8 if inbound else 1.25
        season = _BT_MONTHS[t.month - 1] * _BT_YEARS[t.year]
        mean = bikes * shape * season * float(rng.gamma(4.0, 0.25))
        walk = None
        if walkers is not None:
            walk_shape = 0.5 * shape + 0.5 * (_BT_WEEKEND[t.hour] * 1.2)
            walk = int(rng.poisson(walkers * walk_shape * (0.6 + 0.4 * season) * float(rng.gamma(3.0, 1 / 3))))
        rows.append(
            {
                "date": f"{t:%m/%d/%Y %I:%M:%S %p}",
                "crossing": crossing,
                "direction": way,
                "bike_count": int(rng.poisson(mean)),
                "ped_count": walk,
            }
        )
    frame = pd.DataFrame(rows)
    frame["bike_count"] = frame["bike_count"].astype("Int64")
    frame["ped_count"] = frame["ped_count"].astype("Int64")
    frame.loc[rng.choice(n, 70, replace=False), "bike_count"] = pd.NA
    counted = np.flatnonzero(frame["ped_count"].notna().to_numpy())
    frame.loc[rng.choice(counted, 40, replace=False), "ped_count"] = pd.NA
    order = {c: i for i, c in enumerate(_BT_CROSSINGS)}
    frame["_k"] = frame["crossing"].map(order)
    frame["_t"] = stamps
    frame = frame.sort_values(["_k", "_t", "direction"], kind="stable").reset_index(drop=True)
    return frame.drop(columns=["_k", "_t"])


def _bt(d: pd.DataFrame) -> pd.DataFrame:
    return d.assign(_t=pd.to_datetime(_text(d["date"]), format="%m/%d/%Y %I:%M:%S %p"))


def _bt_top_crossing(d: pd.DataFrame) -> str:
    return str(_ranked(d.groupby(_text(d["crossing"]))["bike_count"].sum()).index[0])


def _bt_peak(how: str) -> Callable[[pd.DataFrame], int]:
    def hour(d: pd.DataFrame) -> int:
        b = _bt(d)
        return int(_ranked(b.groupby(b["_t"].dt.hour)["bike_count"].agg(how)).index[0])

    return hour


def _bt_years(d: pd.DataFrame) -> Any:
    b = _bt(d)
    return b.groupby(b["_t"].dt.year)["bike_count"].sum().to_numpy()


_BT_NAMES = {
    "Burke Gilman Trail": ("Burke Gilman", "Burke-Gilman"),
    "Broadway Cycletrack North Of E Union St": ("Broadway Cycletrack", "Broadway"),
    "Elliot Bay Trail": ("Elliot Bay", "Elliott Bay"),
    "39th Ave NE Greenway at NE 62nd St": ("39th Ave",),
    "MTS Trail": ("MTS",),
    "NW 58th St Greenway at 22nd Ave": ("NW 58th", "58th St"),
    "Sealth Trail": ("Sealth",),
}
_BT_ID = ("date", "crossing")
_BIKE_QS = [
    Q(
        "which crossing has the most bikes in total?",
        _lead(_named(_bt_top_crossing, _BT_NAMES)),
        (*_BT_ID, "bike_count"),
    ),
    Q(
        "and what's the average hourly bike count there?",
        has(lambda d: float(d.loc[_text(d["crossing"]) == _bt_top_crossing(d), "bike_count"].mean()), rel=0.01),
        (*_BT_ID, "bike_count"),
    ),
    Q(
        "avg number of bikes by hour of the day - when is the peak?",
        _lead(either(_clock(_bt_peak("mean")), _clock(_bt_peak("sum")))),
        (*_BT_ID, "bike_count"),
    ),
    Q(
        "plot total bikes per year, are the counts going up or down?",
        _scaled(_bt_years, (1e3,)),
        (*_BT_ID, "bike_count"),
    ),
    Q(
        "how many hours had more than 100 bikes",
        _over("bike_count", 100),
        (*_BT_ID, "bike_count"),
    ),
    Q(
        "corelation between bike counts and pedestrian counts?",
        _corr(lambda d: d["bike_count"], lambda d: d["ped_count"]),
        (*_BT_ID, "bike_count", "ped_count"),
    ),
]


# --- 5. Hate crimes by state (FiveThirtyEight hate-crimes, hate_crimes.csv) ----------------------------------------

# state|median household income ($)|share of voters who voted Trump
_HC_STATES = _fields(
    "Alabama|42278|0.63;Alaska|67629|0.53;Arizona|49254|0.50;Arkansas|44922|0.60;California|60487|0.33;"
    "Colorado|60940|0.44;Connecticut|70161|0.41;Delaware|57522|0.42;District of Columbia|68277|0.04;"
    "Florida|46140|0.49;Georgia|49555|0.51;Hawaii|71223|0.30;Idaho|53438|0.59;Illinois|54916|0.39;"
    "Indiana|48060|0.57;Iowa|57810|0.52;Kansas|53444|0.57;Kentucky|42786|0.63;Louisiana|42406|0.58;"
    "Maine|51710|0.45;Maryland|76165|0.35;Massachusetts|63151|0.34;Michigan|52005|0.48;Minnesota|67244|0.45;"
    "Mississippi|35521|0.58;Missouri|56630|0.57;Montana|51102|0.57;Nebraska|56870|0.60;Nevada|49875|0.46;"
    "New Hampshire|73397|0.47;New Jersey|65243|0.42;New Mexico|46686|0.40;New York|54310|0.37;"
    "North Carolina|46784|0.50;North Dakota|60730|0.64;Ohio|49644|0.52;Oklahoma|47199|0.65;Oregon|58875|0.39;"
    "Pennsylvania|55173|0.49;Rhode Island|58633|0.40;South Carolina|44929|0.55;South Dakota|53053|0.62;"
    "Tennessee|43716|0.61;Texas|53875|0.53;Utah|63383|0.47;Vermont|60708|0.33;Virginia|66155|0.45;"
    "Washington|59068|0.38;West Virginia|39552|0.69;Wisconsin|58080|0.48;Wyoming|55690|0.70"
)
_HC_NO_CITIZENS = ("Maine", "Mississippi", "South Dakota")
_HC_NO_SPLC = ("Hawaii", "North Dakota", "South Dakota", "Wyoming")
_HC_DC = "District of Columbia"


def _hate_frame() -> pd.DataFrame:
    rng = np.random.default_rng(6305)
    rows: list[dict[str, Any]] = []
    for state, income_text, trump_text in _HC_STATES:
        income, trump = int(income_text), float(trump_text)
        rich = (income - 55000) / 10000
        dc = state == _HC_DC
        gini = 0.532 if dc else float(np.clip(rng.normal(0.455 + 0.012 * (trump < 0.45), 0.017), 0.419, 0.499))
        non_white = float(np.clip(rng.normal(0.32 - 0.35 * (trump - 0.5), 0.12), 0.06, 0.81))
        fbi = float(rng.lognormal(np.log(2.1) + 8 * (gini - 0.455) - 0.6 * (trump - 0.5), 0.42))
        fbi = 10.95347971 if dc else fbi if fbi < 4.5 else 4.5 + 0.15 * (fbi - 4.5)
        splc = 1.52230172 if dc else float(rng.lognormal(np.log(0.28) - 1.4 * (trump - 0.5), 0.5))
        rows.append(
            {
                "state": state,
                "median_household_income": income,
                "share_unemployed_seasonal": round(float(np.clip(rng.normal(0.05, 0.01), 0.028, 0.073)), 3),
                "share_population_in_metro_areas": 1.0
                if dc
                else round(float(np.clip(rng.normal(0.75 - 0.6 * (trump - 0.5), 0.14), 0.31, 1.0)), 2),
                "share_population_with_high_school_degree": round(
                    float(np.clip(0.865 + 0.012 * rich + rng.normal(0, 0.02), 0.799, 0.918)), 3
                ),
                "share_non_citizen": None
                if state in _HC_NO_CITIZENS
                else round(float(np.clip(rng.normal(0.055 + 0.03 * (trump < 0.45), 0.025), 0.01, 0.13)), 2),
                "share_white_poverty": round(float(np.clip(rng.normal(0.095 - 0.012 * rich, 0.015), 0.04, 0.17)), 2),
                "gini_index": round(gini, 3),
                "share_non_white": round(non_white, 2),
                "share_voters_voted_trump": trump,
                "hate_crimes_per_100k_splc": None if state in _HC_NO_SPLC else round(splc, 8),
                "avg_hatecrimes_per_100k_fbi": None if state == "Hawaii" else round(fbi, 8),
            }
        )
    return pd.DataFrame(rows)


_HC_FBI = "avg_hatecrimes_per_100k_fbi"
_HC_TRUMP = "share_voters_voted_trump"


def _hc_ranked(d: pd.DataFrame) -> pd.Series:
    return _ranked(pd.Series(d[_HC_FBI].to_numpy(), index=_text(d["state"])).dropna())


def _hc_states(d: pd.DataFrame, without_dc: bool) -> pd.DataFrame:
    return d[_text(d["state"]) != _HC_DC] if without_dc else d


def _hc_trump_mean(without_dc: bool) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(_hc_states(d, without_dc)[_HC_TRUMP].mean())


def _hc_split_means(at_least: bool, without_dc: bool) -> Callable[[pd.DataFrame], list[float]]:
    def means(d: pd.DataFrame) -> list[float]:
        kept = _hc_states(d, without_dc)
        won = kept[_HC_TRUMP] >= 0.5 if at_least else kept[_HC_TRUMP] > 0.5
        return [float(kept.loc[won, _HC_FBI].mean()), float(kept.loc[~won, _HC_FBI].mean())]

    return means


def _hc_gini_corr(without_dc: bool) -> Check:
    return _corr(lambda d: _hc_states(d, without_dc)["gini_index"], lambda d: _hc_states(d, without_dc)[_HC_FBI])


_HC_NAMES = {_HC_DC: ("DC", "D.C.", "Washington DC", "Washington, D.C.")}
_HC_ID = ("state",)
_HATE_QS = [
    Q(
        "which state has the highest hate crime rate per 100k according to the fbi numbers?",
        _lead(_named(lambda d: str(_hc_ranked(d).index[0]), _HC_NAMES)),
        (*_HC_ID, _HC_FBI),
    ),
    Q(
        "and if you leave out DC?",
        _lead(_named(lambda d: str(_hc_ranked(d).drop(_HC_DC, errors="ignore").index[0]), _HC_NAMES)),
        (*_HC_ID, _HC_FBI),
    ),
    Q(
        "correlation between gini index and the fbi hate crime rate",
        either(_hc_gini_corr(False), _hc_gini_corr(True)),
        (*_HC_ID, "gini_index", _HC_FBI),
    ),
    Q(
        "whats the average trump vote share across the states",
        either(_share(_hc_trump_mean(False)), _share(_hc_trump_mean(True))),
        (*_HC_ID, _HC_TRUMP),
    ),
    Q(
        "how many states are missing the splc number?",
        _count(lambda d: float(d["hate_crimes_per_100k_splc"].isna().sum())),
        (*_HC_ID, "hate_crimes_per_100k_splc"),
    ),
    Q(
        "compare the avg fbi hate crime rate in states where trump got over 50% vs the rest",
        either(
            *(has(_hc_split_means(a, w), rel=0.01) for a in (False, True) for w in (False, True)),
        ),
        (*_HC_ID, _HC_TRUMP, _HC_FBI),
    ),
]


# --- 6. Wholesale customers (UCI "Wholesale customers", Wholesale customers data.csv) ----------------------------

# channel: median yearly spend on Fresh, Milk, Grocery, Frozen, Detergents_Paper, Delicassen, and the spread of each
_WS_SPEND = {
    1: ((8500, 2400, 2900, 1900, 480, 780), (1.05, 0.9, 0.8, 1.0, 1.15, 1.0)),
    2: ((5200, 7600, 12500, 950, 5300, 1100), (1.05, 0.7, 0.6, 1.0, 0.8, 0.9)),
}
_WS_GOODS = ("Fresh", "Milk", "Grocery", "Frozen", "Detergents_Paper", "Delicassen")
# region (in the order the file lists its customers): Horeca clients, Retail clients, extra spend on Fresh
_WS_REGIONS = ((3, 105, 50, 1.0), (1, 59, 18, 1.35), (2, 28, 19, 0.95), (3, 106, 55, 1.0))
_WS_REGION_NAMES = {1: "Lisbon", 2: "Oporto", 3: "Other"}


def _wholesale_frame() -> pd.DataFrame:
    rng = np.random.default_rng(6306)
    rows: list[dict[str, Any]] = []
    for region, horeca, retail, fresh_lift in _WS_REGIONS:
        channels = [1] * horeca + [2] * retail
        for channel in (channels[int(i)] for i in rng.permutation(len(channels))):
            medians, spreads = _WS_SPEND[channel]
            size, paper = float(rng.normal(0, 0.45)), float(rng.normal(0, 0.7))
            row: dict[str, Any] = {"Channel": channel, "Region": region}
            for good, median, spread in zip(_WS_GOODS, medians, spreads, strict=True):
                shared = size if good in ("Milk", "Grocery", "Detergents_Paper") else 0.3 * size
                shared += paper if good in ("Grocery", "Detergents_Paper") else 0.0
                noise = float(rng.normal(0, spread * (0.35 if good in ("Grocery", "Detergents_Paper") else 0.8)))
                value = median * np.exp(shared + noise)
                value *= fresh_lift if good == "Fresh" else 1.0
                row[good] = int(np.clip(round(value), 3, 112_151))
            rows.append(row)
    return pd.DataFrame(rows)


def _ws_region_means(d: pd.DataFrame) -> pd.Series:
    by = d.groupby("Region")["Fresh"].mean()
    return _ranked(pd.Series(by.to_numpy(), index=[_WS_REGION_NAMES[int(r)] for r in by.index]))


def _ws_top_region(d: pd.DataFrame) -> str:
    return str(_ws_region_means(d).index[0])


def _ws_region_code(d: pd.DataFrame) -> int:
    return {v: k for k, v in _WS_REGION_NAMES.items()}[_ws_top_region(d)]


_WS_NAMES = {"Lisbon": ("Region 1",), "Oporto": ("Porto", "Region 2"), "Other": ("Region 3",)}
_WS_ID = ("Channel", "Region")
_WHOLESALE_QS = [
    Q(
        "which product category has the highest total spend",
        _lead(_named(lambda d: str(_ranked(d[list(_WS_GOODS)].sum()).index[0]))),
        _WS_GOODS,
    ),
    Q(
        "average grocery spending for horeca vs retail customers",
        _scaled(lambda d: d.groupby("Channel")["Grocery"].mean().to_numpy(), (1e3,)),
        ("Channel", "Grocery"),
    ),
    Q(
        "how strongly is grocery correlated with detergents_paper?",
        _corr(lambda d: d["Grocery"], lambda d: d["Detergents_Paper"]),
        ("Grocery", "Detergents_Paper"),
    ),
    Q(
        "what share of all milk spending comes from retail customers?",
        _share(lambda d: float(d.loc[d["Channel"] == 2, "Milk"].sum() / d["Milk"].sum())),
        ("Channel", "Milk"),
    ),
    Q(
        "which region spends the most on fresh on average",
        _lead(_named(_ws_top_region, _WS_NAMES)),
        ("Region", "Fresh"),
    ),
    Q(
        "how many customers there spend more than 20k on fresh?",
        either(
            _count(lambda d: float(((d["Region"] == _ws_region_code(d)) & (d["Fresh"] > 20_000)).sum())),
            _count(lambda d: float(((d["Region"] == _ws_region_code(d)) & (d["Fresh"] >= 20_000)).sum())),
        ),
        ("Region", "Fresh"),
    ),
]


# --- 7. 2020 US presidential election by county (Kaggle "US Election 2020", president_county_candidate.csv) -------

# state: number of counties, candidates on the ballot after Biden and Trump, shift of Biden's share in the smaller
# counties and their median number of votes
_EL_STATES: dict[str, tuple[int, str, float, float]] = {
    "Delaware": (3, "Jo Jorgensen;Howie Hawkins", 0.0, 0),
    "District of Columbia": (1, "Jo Jorgensen;Howie Hawkins;Write-ins", 0.0, 0),
    "Arizona": (15, "Jo Jorgensen;Write-ins", 0.07, 31000),
    "Georgia": (159, "Jo Jorgensen;Write-ins", 0.12, 11000),
    "Pennsylvania": (67, "Jo Jorgensen", 0.08, 35000),
    "Michigan": (83, "Jo Jorgensen;Howie Hawkins;Rocky De La Fuente;Don Blankenship", 0.14, 18500),
    "Wisconsin": (72, "Jo Jorgensen;Write-ins;Don Blankenship;Brian Carroll", 0.13, 16000),
    "Nevada": (17, "Jo Jorgensen; None of these candidates;Don Blankenship", 0.17, 5700),
    "North Carolina": (100, "Jo Jorgensen;Howie Hawkins;Don Blankenship;Write-ins", 0.08, 19600),
    "Florida": (67, "Jo Jorgensen;Howie Hawkins;Rocky De La Fuente;Gloria La Riva;Don Blankenship", 0.06, 47000),
    "Texas": (254, "Jo Jorgensen;Howie Hawkins;Write-ins", 0.09, 12400),
}
# candidate: party, share of a county's vote
_EL_MINOR: dict[str, tuple[str, float]] = {
    "Jo Jorgensen": ("LIB", 0.0115),
    "Howie Hawkins": ("GRN", 0.0026),
    "Write-ins": ("WRI", 0.002),
    "Don Blankenship": ("CST", 0.0012),
    "Rocky De La Fuente": ("ALI", 0.0008),
    "Gloria La Riva": ("PSL", 0.0006),
    "Brian Carroll": ("ASP", 0.0005),
    " None of these candidates": ("NON", 0.0062),
}
# the big counties as "state|county|votes|Biden's share"
_EL_BIG = _fields(
    "Delaware|New Castle County|289000|0.68;Delaware|Kent County|87000|0.51;Delaware|Sussex County|129000|0.44;"
    "District of Columbia|District of Columbia|344000|0.921;Arizona|Maricopa County|2069000|0.502;"
    "Arizona|Pima County|530000|0.584;Georgia|Fulton County|524000|0.726;Georgia|Gwinnett County|417000|0.581;"
    "Georgia|Cobb County|398000|0.563;Georgia|DeKalb County|374000|0.832;Georgia|Chatham County|129000|0.59;"
    "Pennsylvania|Philadelphia County|742000|0.81;Pennsylvania|Allegheny County|723000|0.595;"
    "Pennsylvania|Montgomery County|505000|0.627;Pennsylvania|Bucks County|411000|0.517;"
    "Pennsylvania|Delaware County|330000|0.627;Michigan|Wayne County|874000|0.684;"
    "Michigan|Oakland County|772000|0.562;Michigan|Macomb County|486000|0.45;Michigan|Kent County|361000|0.519;"
    "Michigan|Genesee County|229000|0.54;Wisconsin|Milwaukee County|459000|0.691;Wisconsin|Dane County|345000|0.755;"
    "Wisconsin|Waukesha County|268000|0.38;Wisconsin|Brown County|146000|0.453;Nevada|Clark County|974000|0.536;"
    "Nevada|Washoe County|258000|0.509;North Carolina|Mecklenburg County|561000|0.668;"
    "North Carolina|Wake County|650000|0.622;North Carolina|Guilford County|297000|0.62;"
    "North Carolina|Forsyth County|206000|0.567;North Carolina|Durham County|178000|0.804;"
    "Florida|Miami-Dade County|1161000|0.533;Florida|Broward County|964000|0.648;"
    "Florida|Palm Beach County|822000|0.561;Florida|Hillsborough County|767000|0.527;"
    "Florida|Orange County|726000|0.61;Florida|Duval County|493000|0.51;Florida|Pinellas County|562000|0.492;"
    "Texas|Harris County|1647000|0.559;Texas|Dallas County|860000|0.651;Texas|Tarrant County|834000|0.492;"
    "Texas|Bexar County|741000|0.58;Texas|Travis County|611000|0.715;Texas|Collin County|475000|0.472;"
    "Texas|El Paso County|268000|0.667"
)
_EL_SURNAMES = _split(
    "Adams;Allen;Anderson;Appling;Baker;Baldwin;Banks;Barrow;Bartow;Bell;Benton;Berrien;Bibb;Blair;Boone;Bowie;"
    "Bradford;Brooks;Bryan;Burke;Butler;Caldwell;Calhoun;Camden;Campbell;Carroll;Carter;Cass;Chambers;Cherokee;"
    "Clark;Clay;Clayton;Clinton;Coffee;Colbert;Columbia;Cook;Crawford;Crockett;Cumberland;Dawson;Decatur;Dodge;"
    "Dooly;Douglas;Early;Elbert;Emanuel;Evans;Fannin;Fayette;Floyd;Franklin;Gilmer;Glynn;Gordon;Grady;Grant;"
    "Greene;Hall;Hamilton;Hancock;Hardin;Harris;Harrison;Hart;Hays;Henry;Houston;Irwin;Jackson;Jasper;Jefferson;"
    "Jenkins;Johnson;Jones;Knox;Lamar;Lanier;Laurens;Lawrence;Lee;Liberty;Lincoln;Logan;Long;Lowndes;Lumpkin;"
    "Macon;Madison;Marion;Marshall;McDuffie;Meriwether;Miller;Mitchell;Monroe;Morgan;Murray;Newton;Oconee;"
    "Oglethorpe;Paulding;Peach;Perry;Pickens;Pierce;Pike;Polk;Pulaski;Putnam;Quitman;Rabun;Randolph;Rockdale;"
    "Schley;Screven;Seminole;Shelby;Spalding;Stephens;Stewart;Sumter;Talbot;Taylor;Telfair;Terrell;Thomas;Tift;"
    "Toombs;Towns;Troup;Turner;Twiggs;Union;Upson;Walker;Walton;Ware;Warren;Washington;Wayne;Webster;Wheeler;"
    "White;Whitfield;Wilcox;Wilkes;Wilkinson;Wilson;Worth;Young"
)
_EL_PARTS = (
    _split("Cedar;Oak;Pine;Elk;Bear;Stone;Spring;Deer;Maple;Willow;Sandy;Eagle;Fox;Rock;Clear;High;Mill"),
    _split("wood;field;dale;ton;ford;land;view;brook;ridge;burg"),
)
_EL_ORDER = "Delaware;District of Columbia;Arizona;Georgia;Pennsylvania;Michigan;Wisconsin;Nevada;North Carolina"
_EL_ORDER += ";Florida;Texas"


def _el_names(rng: np.random.Generator, state: str, k: int, taken: set[str]) -> list[str]:
    pool = [f"{s} County" for s in _EL_SURNAMES] + [f"{a}{b} County" for a in _EL_PARTS[0] for b in _EL_PARTS[1]]
    order = rng.permutation(len(pool))
    names = [pool[int(i)] for i in order if pool[int(i)] not in taken][:k]
    if state == "Nevada":
        names[0] = "Carson City"
    return names


def _election_frame() -> pd.DataFrame:
    rng = np.random.default_rng(6307)
    rows: list[dict[str, Any]] = []
    for state in _split(_EL_ORDER):
        counties, minors, shift, typical = _EL_STATES[state]
        big = [(c, int(v), float(s)) for st, c, v, s in _EL_BIG if st == state]
        taken = {c for c, _v, _s in big}
        extra = [(name, 0, np.nan) for name in _el_names(rng, state, counties - len(big), taken)]
        places = [*big, *extra]
        for i in rng.permutation(len(places)):
            county, votes, biden = places[int(i)]
            if votes == 0:
                votes = int(np.clip(rng.lognormal(np.log(typical), 1.15), 60, 350_000))
                biden = float(np.clip(0.1 + 0.045 * np.log(votes / 1000) + shift + rng.normal(0, 0.08), 0.05, 0.8))
            else:
                votes = int(votes * float(rng.normal(1, 0.004)))
                biden = float(biden + rng.normal(0, 0.003))
            tally = {"Joe Biden": round(votes * biden)}
            for name in _split(minors):
                tally[name] = int(rng.binomial(votes, _EL_MINOR[name][1] * float(rng.uniform(0.6, 1.4))))
            tally["Donald Trump"] = votes - sum(tally.values())
            winner = max(tally, key=lambda c: tally[c])
            for name, count in sorted(tally.items(), key=lambda x: -x[1]):
                party = {"Joe Biden": "DEM", "Donald Trump": "REP"}.get(name) or _EL_MINOR[name][0]
                rows.append(
                    {
                        "state": state,
                        "county": county,
                        "candidate": name,
                        "party": party,
                        "total_votes": count,
                        "won": name == winner,
                    }
                )
    return pd.DataFrame(rows)


def _el_votes(d: pd.DataFrame, candidate: str) -> pd.Series:
    rows = d[_text(d["candidate"]) == candidate]
    return rows.set_index([_text(rows["state"]), _text(rows["county"])])["total_votes"]


def _el_margins(by_share: bool) -> Callable[[pd.DataFrame], pd.Series]:
    def margins(d: pd.DataFrame) -> pd.Series:
        biden, trump = _el_votes(d, "Joe Biden"), _el_votes(d, "Donald Trump")
        lead = (biden - trump).astype(float)
        if by_share:
            lead = lead / d.groupby([_text(d["state"]), _text(d["county"])])["total_votes"].sum()
        return lead.sort_values(ascending=False, kind="stable")

    return margins


def _el_best_county(by_share: bool) -> Check:
    def forms(name: str) -> list[str]:
        short = name.removesuffix(" County")
        return [short, "DC", "D.C.", "Washington DC"] if name == "District of Columbia" else [short]

    return _lead(_any_named(lambda d: [str(_el_margins(by_share)(d).index[0][1])], forms))


def _el_biden_there(by_share: bool) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(_el_votes(d, "Joe Biden")[_el_margins(by_share)(d).index[0]])


def _el_state_shares(d: pd.DataFrame) -> Any:
    state = _text(d["state"])
    biden = d["total_votes"].where(_text(d["candidate"]) == "Joe Biden", 0)
    return (biden.groupby(state).sum() / d.groupby(state)["total_votes"].sum()).to_numpy()


_EL_ID = ("state", "county", "candidate")
_ELECTION_QS = [
    Q(
        "total votes for biden vs trump",
        _scaled(lambda d: [_el_votes(d, c).sum() for c in ("Joe Biden", "Donald Trump")], (1e3, 1e6)),
        (*_EL_ID, "total_votes"),
    ),
    Q(
        "how many counties did trump win?",
        _count(lambda d: float(((_text(d["candidate"]) == "Donald Trump") & d["won"].astype(bool)).sum())),
        (*_EL_ID, "won"),
    ),
    Q(
        "what % of the total vote went to jo jorgensen?",
        _share(lambda d: float(_el_votes(d, "Jo Jorgensen").sum() / d["total_votes"].sum())),
        (*_EL_ID, "total_votes"),
    ),
    Q(
        "biden's share of the vote in each state",
        _shares(_el_state_shares),
        (*_EL_ID, "total_votes"),
    ),
    Q(
        "which county had the biggest margin for biden?",
        either(_el_best_county(False), _el_best_county(True)),
        (*_EL_ID, "total_votes"),
    ),
    Q(
        "how many votes did he get there",
        either(_count(_el_biden_there(False)), _count(_el_biden_there(True))),
        (*_EL_ID, "total_votes"),
    ),
]


HELDOUT63: list[Dataset] = [
    Dataset("cardekho_used_cars", _car_frame, _CAR_QS),
    Dataset("household_power_consumption", _power_frame, _POWER_QS),
    Dataset("stack_overflow_survey_2020", _survey_frame, _SURVEY_QS),
    Dataset("seattle_bike_counters", _bike_frame, _BIKE_QS),
    Dataset("hate_crimes_by_state", _hate_frame, _HATE_QS),
    Dataset("wholesale_customers", _wholesale_frame, _WHOLESALE_QS),
    Dataset("us_election_2020_counties", _election_frame, _ELECTION_QS),
]
