"""HELDOUT52: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public datasets an analyst is likely to bring along: Natural
Resources Canada's fuel consumption ratings for model year 2022 (MY2022 Fuel Consumption Ratings.csv, 988 vehicles
sorted by make and model) with Model Year, Make, Model names such as "ILX" or "RDX SH-AWD A-SPEC", Vehicle Class
("Compact", "SUV: Small", "Pickup truck: Standard"), Engine Size(L), Cylinders, transmissions such as "AM8", "AS10",
"AV" and "M6", Fuel Type X / Z / D / E (flex-fuel trucks listed a second time on E85), the unbalanced "Fuel
Consumption (City (L/100 km)" header beside "Fuel Consumption(Hwy (L/100 km))", "Fuel Consumption(Comb (L/100 km))"
and "Fuel Consumption(Comb (mpg))", "CO2 Emissions(g/km)", a 1-10 CO2 Rating and a 1-7 Smog Rating; Kaggle's Hotel
booking demand file (hotel_bookings.csv, 5000 bookings at a Resort Hotel and a City Hotel arriving from July 2015 to
August 2017, the resort's first, in arrival order) with 0/1 is_canceled, lead_time in days, the arrival year, month
name ("July"), week number and day, weekend and week nights, adults, children with four "NA", babies, BB / HB / FB /
SC / Undefined meals, ISO-3 countries ("PRT", "GBR") with "NULL" for unknown, market segments and distribution
channels, repeated guests and previous cancellations, reserved and assigned room letters, "No Deposit" / "Non Refund"
/ "Refundable" deposits, agent and company ids or "NULL", days on the waiting list, Transient / Transient-Party /
Contract / Group customers, adr (0 for complementary stays, one negative), parking spaces, special requests and a
Check-Out / Canceled / No-Show reservation_status with its ISO date; Kaggle's Uber Request Data (Uber Request
Data.csv, 4500 requests from 11 to 15 July 2016, sorted by status and driver) with Request id, Airport / City Pickup
point, Driver id "NA" when no car was available, "Trip Completed" / "Cancelled" / "No Cars Available" statuses,
timestamps written "11/7/2016 11:51" on the first two days and "13-07-2016 08:33:16" after, and the Drop timestamp
blank unless the trip was completed; the US BTS airline on-time performance (Kaggle's "Airline Delay and Cancellation
Data 2009-2018", 2018.csv, 5000 flights) with ISO FL_DATE, OP_CARRIER codes ("WN", "DL", "F9"), OP_CARRIER_FL_NUM,
ORIGIN and DEST airport codes, CRS_DEP_TIME and CRS_ARR_TIME as hhmm integers (1155), DEP_TIME, WHEELS_OFF, WHEELS_ON
and ARR_TIME as hhmm floats in local time (2400 for midnight), DEP_DELAY, TAXI_OUT, TAXI_IN and ARR_DELAY in minutes,
CANCELLED and DIVERTED as 0.0 / 1.0, CANCELLATION_CODE A / B / C blank unless cancelled, elapsed and air times,
DISTANCE in miles, the five delay-cause columns blank unless the flight arrived 15 minutes late or more, and an empty
trailing "Unnamed: 27"; Kaggle's Smartphones cleaned dataset (smartphones_cleaned_v6.csv, 932 phones sold in India)
with lower-case brand_name, models such as "Realme 10 Pro 5G (8GB RAM + 128GB)", price in rupees (a Vertu at 650000),
a 60-89 rating blank for about one phone in eight, True / False has_5g, has_nfc and has_ir_blaster, processor brand,
cores and speed with a few blanks, battery_capacity in mAh, 0/1 fast_charging_available and fast_charging in watts
(often blank), ram_capacity and internal_memory in GB as floats, screen size, refresh rate, camera counts and
megapixels, android / ios / other os, extended-memory flag and limit, and resolution width and height; Kaggle's Pima
Indians Diabetes file (diabetes.csv, 768 women, 268 with diabetes) with Pregnancies, Glucose, BloodPressure,
SkinThickness, Insulin and BMI where 0 stands for a missing measurement (5, 35, 227, 374 and 11 zeros, every missing
skin fold also missing its insulin), DiabetesPedigreeFunction to three decimals, Age and a 0/1 Outcome; and Kaggle's
NBA Players file (all_seasons.csv, a sample of 4805 player-seasons from 1996-97 to 2022-23, by season) with its
unnamed index column, player_name, the team_abbreviation of that season ("VAN", "SEA", "NJN", "NOK"), age as a float,
player_height in cm and player_weight in kg with the long decimals of converted inches and pounds, college "None" for
players who came from high school or abroad, country, draft_year / draft_round / draft_number as text with
"Undrafted", gp, pts, reb, ast, net_rating, the oreb_pct, dreb_pct, usg_pct, ts_pct and ast_pct fractions and season
written "1996-97". All are generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _count, _day, _lead, _named, _share, _shares, _split, _text
from .heldout38 import _draw, _month
from .heldout39 import _clock, _fields
from .heldout41 import _any_named
from .heldout42 import _ranked, _unique
from .offline_eval import DAY_WORDS, Dataset, Q, both, either
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------


def _top(scores: Callable[[pd.DataFrame], pd.Series]) -> Callable[[pd.DataFrame], str]:
    """The first label of a ranking computed from the frame (ties broken by label)."""
    return lambda d: str(_ranked(scores(d)).index[0])


def _known(s: pd.Series) -> pd.Series:
    """A text column's non-blank values, padding stripped."""
    t = _text(s)
    return t[t != ""]


# --- 1. Fuel consumption ratings (Natural Resources Canada, MY2022 Fuel Consumption Ratings.csv) -------------------

# make: rows, transmissions, share of premium-fuel (Z) rows, models as "model|vehicle class|engines", an engine
# written "2.7/6h": litres, cylinders when the size does not tell them, h for a hybrid, e for a flex-fuel engine
# listed once more on E85, d for a diesel
_FC_MAKES: dict[str, tuple[int, str, float, str]] = {
    "Acura": (
        12,
        "AS10:6;AM8:3;AS9:1",
        0.95,
        "ILX|Compact|2.4;MDX SH-AWD|SUV: Small|3.5;MDX SH-AWD Type S|SUV: Standard|3.0;RDX SH-AWD|SUV: Small|2.0;"
        "RDX SH-AWD A-SPEC|SUV: Small|2.0;TLX SH-AWD|Compact|2.0;TLX Type S|Compact|3.0;NSX|Two-seater|3.5h",
    ),
    "Alfa Romeo": (
        5,
        "A8:1",
        1.0,
        "Giulia|Mid-size|2.0;Giulia AWD|Mid-size|2.0;Giulia Quadrifoglio|Mid-size|2.9/6;Stelvio AWD|SUV: Small|2.0;"
        "Stelvio AWD Quadrifoglio|SUV: Small|2.9/6",
    ),
    "Aston Martin": (
        7,
        "A8:5;AM7:2",
        1.0,
        "DB11 V8|Minicompact|4.0;DB11 V12|Minicompact|5.2/12;DBS|Minicompact|5.2/12;DBX|SUV: Standard|4.0;"
        "Vantage V8|Two-seater|4.0",
    ),
    "Audi": (
        42,
        "AM7:4;A8:5;AM8:1",
        0.95,
        "A3 Sedan 40 TFSI quattro|Subcompact|2.0;A4 Sedan 45 TFSI quattro|Compact|2.0;"
        "A4 allroad 45 TFSI quattro|Station wagon: Small|2.0;A5 Sportback 45 TFSI quattro|Compact|2.0;"
        "A6 Sedan 55 TFSI quattro|Mid-size|3.0;A7 55 TFSI quattro|Mid-size|3.0;A8 L 55 TFSI quattro|Full-size|3.0;"
        "Q3 45 TFSI quattro|SUV: Small|2.0;Q5 45 TFSI quattro|SUV: Small|2.0;"
        "Q5 Sportback 45 TFSI quattro|SUV: Small|2.0;Q7 55 TFSI quattro|SUV: Standard|3.0;"
        "Q8 55 TFSI quattro|SUV: Standard|3.0;RS 5 Sportback|Compact|2.9/6;RS 6 Avant|Station wagon: Mid-size|4.0;"
        "RS Q8|SUV: Standard|4.0;R8 Coupe|Two-seater|5.2/10;S4 Sedan|Compact|3.0;SQ5|SUV: Small|3.0",
    ),
    "Bentley": (
        7,
        "AM8:4;A8:3",
        1.0,
        "Bentayga|SUV: Standard|4.0;Bentayga Speed|SUV: Standard|6.0/12;Continental GT|Minicompact|4.0;"
        "Continental GT Convertible|Subcompact|6.0/12;Flying Spur|Mid-size|6.0/12",
    ),
    "BMW": (
        60,
        "A8:8;M6:1;AM7:1",
        1.0,
        "228i xDrive Gran Coupe|Subcompact|2.0;230i xDrive Coupe|Subcompact|2.0;330i xDrive Sedan|Compact|2.0;"
        "M340i xDrive Sedan|Compact|3.0;430i xDrive Gran Coupe|Mid-size|2.0;M440i xDrive Coupe|Subcompact|3.0;"
        "530i xDrive Sedan|Mid-size|2.0;540i xDrive Sedan|Mid-size|3.0;M550i xDrive Sedan|Mid-size|4.4;"
        "750Li xDrive Sedan|Full-size|4.4;M3 Competition xDrive|Compact|3.0;M4 Competition Coupe|Subcompact|3.0;"
        "M5 Competition|Mid-size|4.4;M8 Competition Coupe|Subcompact|4.4;X1 xDrive28i|SUV: Small|2.0;"
        "X2 xDrive28i|SUV: Small|2.0;X3 xDrive30i|SUV: Small|2.0;X3 M40i|SUV: Small|3.0;X4 xDrive30i|SUV: Small|2.0;"
        "X5 xDrive40i|SUV: Standard|3.0;X5 M50i|SUV: Standard|4.4;X6 xDrive40i|SUV: Standard|3.0;"
        "X7 xDrive40i|SUV: Standard|3.0;Z4 sDrive30i|Two-seater|2.0;Z4 M40i|Two-seater|3.0",
    ),
    "Bugatti": (2, "AM7:1", 1.0, "Chiron Pur Sport|Two-seater|8.0/16;Chiron Super Sport|Two-seater|8.0/16"),
    "Buick": (
        12,
        "A9:5;A6:2;AV:1",
        0.0,
        "Enclave AWD|SUV: Standard|3.6;Encore|SUV: Small|1.4;Encore GX AWD|SUV: Small|1.3/3;"
        "Envision AWD|SUV: Small|2.0",
    ),
    "Cadillac": (
        22,
        "A10:6;A8:2;A9:2",
        0.7,
        "CT4|Compact|2.0;CT4 AWD|Compact|2.0;CT4-V Blackwing|Compact|3.6;CT5 AWD|Mid-size|2.0;CT5-V AWD|Mid-size|3.0;"
        "CT5-V Blackwing|Mid-size|6.2;Escalade 4WD|SUV: Standard|6.2;Escalade ESV 4WD|SUV: Standard|6.2;"
        "XT4 AWD|SUV: Small|2.0;XT5 AWD|SUV: Small|2.0;XT6 AWD|SUV: Standard|3.6",
    ),
    "Chevrolet": (
        74,
        "A8:3;A6:3;A10:3;A9:2;AV:1;M6:1",
        0.05,
        "Blazer AWD|SUV: Small|2.0,3.6;Camaro|Subcompact|2.0,3.6,6.2;Colorado 4WD|Pickup truck: Small|2.5,3.6;"
        "Corvette|Two-seater|6.2;Equinox AWD|SUV: Small|1.5;Express 2500 Passenger|Van: Passenger|4.3/6,6.6;"
        "Malibu|Mid-size|1.5;Silverado 4WD|Pickup truck: Standard|2.7,5.3,6.2,3.0d,5.3e;Spark|Subcompact|1.4;"
        "Suburban 4WD|SUV: Standard|5.3,6.2,3.0d;Tahoe 4WD|SUV: Standard|5.3,6.2,3.0d;"
        "Trailblazer AWD|SUV: Small|1.3/3;Traverse AWD|SUV: Standard|3.6;Trax AWD|SUV: Small|1.4",
    ),
    "Chrysler": (
        10,
        "A9:5;AV:2;A8:3",
        0.1,
        "300 AWD|Full-size|3.6;300|Full-size|5.7;Pacifica|Minivan|3.6;Pacifica AWD|Minivan|3.6;Voyager|Minivan|3.6",
    ),
    "Dodge": (
        20,
        "A8:7;A9:2;M6:1",
        0.2,
        "Challenger|Mid-size|3.6,5.7,6.4,6.2;Charger|Full-size|3.6,5.7,6.4,6.2;Charger AWD|Full-size|3.6;"
        "Durango AWD|SUV: Standard|3.6,5.7,6.4;Durango SRT Hellcat|SUV: Standard|6.2",
    ),
    "FIAT": (2, "M6:1;A9:1", 0.0, "500X AWD|SUV: Small|1.3/4"),
    "Ford": (
        91,
        "A10:5;AS10:2;A8:3;AV:1;M6:1;A6:1",
        0.05,
        "Bronco Sport 4WD|SUV: Small|1.5/3,2.0;Bronco 4WD|SUV: Standard|2.3,2.7/6;EcoSport AWD|SUV: Small|2.0;"
        "Edge AWD|SUV: Small|2.0,2.7/6;Escape FWD|SUV: Small|1.5/3;Escape AWD|SUV: Small|1.5/3,2.0;"
        "Escape FWD Hybrid|SUV: Small|2.5h;Expedition 4X4|SUV: Standard|3.5;Expedition MAX 4X4|SUV: Standard|3.5;"
        "Explorer AWD|SUV: Standard|2.3,3.0,3.0h;F-150 4X4|Pickup truck: Standard|2.7/6,3.5,5.0;"
        "F-150 FFV 4X4|Pickup truck: Standard|3.3e;F-150 Hybrid 4X4|Pickup truck: Standard|3.5h;"
        "F-150 Raptor|Pickup truck: Standard|3.5;Maverick FWD Hybrid|Pickup truck: Small|2.5h;"
        "Maverick AWD|Pickup truck: Small|2.0;Mustang|Subcompact|2.3,5.0;Mustang Convertible|Subcompact|2.3,5.0;"
        "Mustang Shelby GT500|Subcompact|5.2;Ranger 4X4|Pickup truck: Small|2.3;"
        "Transit Connect Van|Special purpose vehicle|2.0",
    ),
    "Genesis": (
        12,
        "A8:1",
        1.0,
        "G70 AWD|Compact|2.0,3.3;G80 AWD|Mid-size|2.5,3.5;G90 AWD|Full-size|3.3,5.0;GV70 AWD|SUV: Small|2.5,3.5;"
        "GV80 AWD|SUV: Standard|2.5,3.5",
    ),
    "GMC": (
        45,
        "A8:3;A10:3;A9:3;A6:1",
        0.05,
        "Acadia AWD|SUV: Small|2.0,3.6;Canyon 4WD|Pickup truck: Small|2.5,3.6;"
        "Sierra 4WD|Pickup truck: Standard|2.7,5.3,6.2,3.0d,5.3e;Sierra 4WD AT4|Pickup truck: Standard|5.3,6.2,3.0d;"
        "Terrain AWD|SUV: Small|1.5;Yukon 4WD|SUV: Standard|5.3,6.2,3.0d;Yukon XL 4WD|SUV: Standard|5.3,6.2,3.0d",
    ),
    "Honda": (
        22,
        "AV:6;A10:2;A9:2;M6:1",
        0.0,
        "Accord|Mid-size|1.5;Accord Hybrid|Mid-size|2.0h;Civic Sedan|Compact|2.0,1.5;Civic Hatchback|Compact|1.5;"
        "Civic Si|Compact|1.5;CR-V AWD|SUV: Small|1.5;HR-V AWD|SUV: Small|1.8;Insight|Compact|1.5h;"
        "Odyssey|Minivan|3.5;Passport AWD|SUV: Small|3.5;Pilot AWD|SUV: Standard|3.5;"
        "Ridgeline AWD|Pickup truck: Small|3.5",
    ),
    "Hyundai": (
        32,
        "AV:4;A8:4;AM7:2;A6:2;M6:1",
        0.0,
        "Accent|Compact|1.6;Elantra|Mid-size|2.0;Elantra Hybrid|Mid-size|1.6h;Elantra N|Mid-size|2.0;"
        "Kona AWD|SUV: Small|2.0,1.6;Kona N|SUV: Small|2.0;Palisade AWD|SUV: Standard|3.8;"
        "Santa Cruz AWD|Pickup truck: Small|2.5;Santa Fe AWD|SUV: Small|2.5;Santa Fe Hybrid AWD|SUV: Small|1.6h;"
        "Sonata|Mid-size|2.5,1.6;Tucson AWD|SUV: Small|2.5;Tucson Hybrid AWD|SUV: Small|1.6h;"
        "Venue|Station wagon: Small|1.6",
    ),
    "Infiniti": (
        10,
        "AV:5;A7:5",
        1.0,
        "Q50 AWD|Compact|3.0;Q60 AWD|Subcompact|3.0;QX50 AWD|SUV: Small|2.0;QX55 AWD|SUV: Small|2.0;"
        "QX60 AWD|SUV: Standard|3.5;QX80 4WD|SUV: Standard|5.6",
    ),
    "Jaguar": (
        16,
        "A8:1",
        1.0,
        "E-PACE P250|SUV: Small|2.0;F-PACE P250|SUV: Small|2.0;F-PACE P400|SUV: Small|3.0;F-PACE SVR|SUV: Small|5.0;"
        "F-TYPE P450 Coupe|Minicompact|5.0;F-TYPE R Convertible|Minicompact|5.0;XF P250 AWD|Mid-size|2.0",
    ),
    "Jeep": (
        38,
        "A8:6;A9:3;M6:1",
        0.0,
        "Cherokee 4X4|SUV: Small|2.4,3.2,2.0;Compass 4X4|SUV: Small|2.4;Gladiator 4X4|Pickup truck: Small|3.6,3.0d;"
        "Grand Cherokee 4X4|SUV: Small|3.6,5.7;Grand Cherokee L 4X4|SUV: Standard|3.6,5.7;Renegade 4X4|SUV: Small|1.3;"
        "Wagoneer 4X4|SUV: Standard|5.7;Grand Wagoneer 4X4|SUV: Standard|6.4;Wrangler 2-Door 4X4|SUV: Small|3.6,2.0;"
        "Wrangler Unlimited 4X4|SUV: Small|3.6,2.0,3.0d;Wrangler Unlimited Rubicon 392|SUV: Small|6.4",
    ),
    "Kia": (
        32,
        "AV:4;A8:4;AM7:2;A6:2",
        0.0,
        "Carnival|Minivan|3.5;Forte|Compact|2.0;Forte5 GT|Compact|1.6;K5 AWD|Mid-size|1.6;K5 GT|Mid-size|2.5;"
        "Niro FE|Station wagon: Small|1.6h;Rio|Compact|1.6;Seltos AWD|SUV: Small|2.0,1.6;Sorento AWD|SUV: Small|2.5;"
        "Sorento Hybrid AWD|SUV: Small|1.6h;Soul|Station wagon: Small|2.0;Sportage AWD|SUV: Small|2.5;"
        "Stinger AWD|Full-size|2.5,3.3;Telluride AWD|SUV: Standard|3.8",
    ),
    "Lamborghini": (
        7,
        "AM7:4;AM8:3",
        1.0,
        "Aventador Coupe|Two-seater|6.5/12;Aventador Roadster|Two-seater|6.5/12;Huracan EVO|Two-seater|5.2/10;"
        "Huracan STO|Two-seater|5.2/10;Urus|SUV: Standard|4.0",
    ),
    "Land Rover": (
        18,
        "A8:1",
        1.0,
        "Defender 90 P400|SUV: Standard|3.0;Defender 110 P300|SUV: Standard|2.0;Discovery P360|SUV: Standard|3.0;"
        "Discovery Sport P250|SUV: Small|2.0;Range Rover Evoque P250|SUV: Small|2.0;"
        "Range Rover Velar P340|SUV: Small|3.0;Range Rover Sport P400|SUV: Standard|3.0;"
        "Range Rover Sport SVR|SUV: Standard|5.0;Range Rover P525|SUV: Standard|5.0",
    ),
    "Lexus": (
        26,
        "AS8:4;AV:3;AS10:2;A8:1",
        0.9,
        "ES 250 AWD|Mid-size|2.5;ES 300h|Mid-size|2.5h;ES 350|Mid-size|3.5;GX 460|SUV: Standard|4.6;"
        "IS 300 AWD|Compact|3.5;IS 350 AWD|Compact|3.5;IS 500 F SPORT|Compact|5.0;LC 500|Minicompact|5.0;"
        "LS 500 AWD|Full-size|3.4;LX 600|SUV: Standard|3.4;NX 350 AWD|SUV: Small|2.4;NX 350h AWD|SUV: Small|2.5h;"
        "RC 350 AWD|Subcompact|3.5;RX 350 AWD|SUV: Small|3.5;RX 450h AWD|SUV: Small|3.5h;UX 250h AWD|SUV: Small|2.0h",
    ),
    "Lincoln": (
        14,
        "AS10:5;A8:3",
        0.5,
        "Aviator AWD|SUV: Standard|3.0;Corsair AWD|SUV: Small|2.0,2.3;Nautilus AWD|SUV: Small|2.0,2.7/6;"
        "Navigator 4X4|SUV: Standard|3.5;Navigator L 4X4|SUV: Standard|3.5",
    ),
    "MINI": (
        20,
        "AM7:4;A8:3;M6:3",
        1.0,
        "Cooper 3 Door|Minicompact|1.5/3;Cooper S 3 Door|Minicompact|2.0;Cooper 5 Door|Subcompact|1.5/3;"
        "Cooper S Convertible|Minicompact|2.0;Cooper Countryman ALL4|Subcompact|1.5/3;"
        "Cooper S Countryman ALL4|Subcompact|2.0;John Cooper Works Clubman ALL4|Compact|2.0",
    ),
    "Maserati": (
        10,
        "A8:1",
        1.0,
        "Ghibli|Mid-size|3.0,2.0;Ghibli Trofeo|Mid-size|3.8/8;Levante|SUV: Standard|3.0;"
        "Levante Trofeo|SUV: Standard|3.8/8;Quattroporte|Full-size|3.0;MC20|Two-seater|3.0",
    ),
    "Mazda": (
        22,
        "AS6:8;M6:2",
        0.0,
        "CX-3 AWD|SUV: Small|2.0;CX-30 AWD|SUV: Small|2.5;CX-5 AWD|SUV: Small|2.5;CX-9 AWD|SUV: Standard|2.5;"
        "MX-5|Two-seater|2.0;MX-5 RF|Two-seater|2.0;Mazda3 4-Door AWD|Compact|2.5;Mazda3 5-Door|Compact|2.0,2.5",
    ),
    "Mercedes-Benz": (
        56,
        "A9:8;AM7:1;A8:1",
        1.0,
        "A 220 4MATIC Sedan|Subcompact|2.0;AMG A 35 4MATIC Sedan|Subcompact|2.0;C 300 4MATIC Sedan|Compact|2.0;"
        "CLA 250 4MATIC Coupe|Compact|2.0;AMG CLA 45 4MATIC+|Compact|2.0;CLS 450 4MATIC|Compact|3.0;"
        "E 350 4MATIC Sedan|Mid-size|2.0;E 450 4MATIC Sedan|Mid-size|3.0;AMG E 53 4MATIC+|Mid-size|3.0;"
        "AMG E 63 S 4MATIC+|Mid-size|4.0;G 550|SUV: Standard|4.0;AMG G 63|SUV: Standard|4.0;"
        "GLA 250 4MATIC|SUV: Small|2.0;GLB 250 4MATIC|SUV: Small|2.0;GLC 300 4MATIC|SUV: Small|2.0;"
        "AMG GLC 43 4MATIC|SUV: Small|3.0;GLE 350 4MATIC|SUV: Standard|2.0;GLE 450 4MATIC|SUV: Standard|3.0;"
        "AMG GLE 63 S 4MATIC+|SUV: Standard|4.0;GLS 450 4MATIC|SUV: Standard|3.0;GLS 580 4MATIC|SUV: Standard|4.0;"
        "S 500 4MATIC|Full-size|3.0;S 580 4MATIC|Full-size|4.0;AMG GT 53 4MATIC+|Full-size|3.0;"
        "AMG SL 55 4MATIC+|Two-seater|4.0;Sprinter 2500|Special purpose vehicle|2.0",
    ),
    "Mitsubishi": (
        10,
        "AV:7;M5:1;AV6:2",
        0.0,
        "Eclipse Cross S-AWC|SUV: Small|1.5;Mirage|Compact|1.2/3;Mirage G4|Compact|1.2/3;"
        "Outlander S-AWC|SUV: Small|2.5;RVR AWC|SUV: Small|2.0",
    ),
    "Nissan": (
        30,
        "AV:6;AV7:2;A9:2;A7:2;M6:1",
        0.05,
        "Altima AWD|Mid-size|2.5;Altima SR VC-Turbo|Mid-size|2.0;Armada 4WD|SUV: Standard|5.6;"
        "Frontier 4X4|Pickup truck: Small|3.8;Kicks|SUV: Small|1.6;Maxima|Mid-size|3.5;Murano AWD|SUV: Small|3.5;"
        "Pathfinder 4WD|SUV: Standard|3.5;Qashqai AWD|SUV: Small|2.0;Rogue AWD|SUV: Small|1.5/3;Sentra|Mid-size|2.0;"
        "Titan 4WD|Pickup truck: Standard|5.6;Versa|Compact|1.6;Z|Two-seater|3.0",
    ),
    "Porsche": (
        52,
        "AM8:6;A8:3;M6:1",
        1.0,
        "718 Boxster|Two-seater|2.0,2.5,4.0/6;718 Cayman|Two-seater|2.0,2.5,4.0/6;911 Carrera|Minicompact|3.0;"
        "911 Carrera 4S|Minicompact|3.0;911 Turbo S|Minicompact|3.8;911 GT3|Minicompact|4.0/6;"
        "Cayenne|SUV: Standard|3.0;Cayenne S|SUV: Standard|2.9/6;Cayenne GTS|SUV: Standard|4.0;"
        "Cayenne Turbo|SUV: Standard|4.0;Cayenne Coupe|SUV: Standard|3.0;Macan|SUV: Small|2.0;"
        "Macan S|SUV: Small|2.9/6;Macan GTS|SUV: Small|2.9/6;Panamera 4|Full-size|2.9/6;Panamera GTS|Full-size|4.0;"
        "Panamera Turbo S|Full-size|4.0",
    ),
    "Ram": (
        26,
        "A8:8;A6:2",
        0.0,
        "1500 4X4|Pickup truck: Standard|3.6,5.7,3.0d;1500 4X4 eTorque|Pickup truck: Standard|3.6,5.7;"
        "1500 TRX 4X4|Pickup truck: Standard|6.2;1500 Classic 4X4|Pickup truck: Standard|3.6,5.7,3.0d;"
        "ProMaster City|Special purpose vehicle|2.4",
    ),
    "Rolls-Royce": (
        7,
        "A8:1",
        1.0,
        "Cullinan|SUV: Standard|6.75/12;Dawn|Minicompact|6.6/12;Ghost|Full-size|6.75/12;Phantom|Full-size|6.75/12;"
        "Wraith|Compact|6.6/12",
    ),
    "Subaru": (
        22,
        "AV:8;M6:2",
        0.1,
        "Ascent|SUV: Standard|2.4;BRZ|Minicompact|2.4;Crosstrek AWD|SUV: Small|2.0,2.5;Forester AWD|SUV: Small|2.5;"
        "Impreza 4-Door AWD|Compact|2.0;Impreza 5-Door AWD|Mid-size|2.0;Legacy AWD|Mid-size|2.5,2.4;"
        "Outback AWD|SUV: Small|2.5,2.4;WRX|Compact|2.4",
    ),
    "Toyota": (
        46,
        "AS8:5;AV:3;A6:1;AS6:1;M6:1",
        0.0,
        "4Runner 4WD|SUV: Standard|4.0/6;C-HR|SUV: Small|2.0;Camry|Mid-size|2.5,3.5;Camry Hybrid LE|Mid-size|2.5h;"
        "Corolla|Compact|1.8,2.0;Corolla Hybrid|Compact|1.8h;Corolla Cross AWD|SUV: Small|2.0;GR86|Minicompact|2.4;"
        "GR Supra|Two-seater|2.0,3.0;Highlander AWD|SUV: Standard|3.5;Highlander Hybrid AWD|SUV: Standard|2.5h;"
        "Prius|Mid-size|1.8h;Prius AWD-e|Mid-size|1.8h;RAV4 AWD|SUV: Small|2.5;RAV4 Hybrid AWD|SUV: Small|2.5h;"
        "Sequoia 4WD|SUV: Standard|5.7;Sienna AWD|Minivan|2.5h;Tacoma 4WD|Pickup truck: Small|3.5;"
        "Tundra 4WD|Pickup truck: Standard|3.5;Venza AWD|SUV: Small|2.5h",
    ),
    "Volkswagen": (
        28,
        "AM7:3;A8:5;M6:2",
        0.3,
        "Arteon 4MOTION|Full-size|2.0;Atlas 4MOTION|SUV: Standard|2.0,3.6;"
        "Atlas Cross Sport 4MOTION|SUV: Standard|2.0,3.6;Golf GTI|Compact|2.0;Golf R|Compact|2.0;Jetta|Compact|1.5;"
        "Jetta GLI|Compact|2.0;Taos 4MOTION|SUV: Small|1.5;"
        "Tiguan 4MOTION|SUV: Small|2.0",
    ),
    "Volvo": (
        16,
        "AS8:1",
        0.6,
        "S60 B5 AWD|Compact|2.0;S90 B6 AWD|Mid-size|2.0;V60 Cross Country B5 AWD|Station wagon: Small|2.0;"
        "V90 Cross Country B6 AWD|Station wagon: Mid-size|2.0;XC40 B5 AWD|SUV: Small|2.0;XC60 B5 AWD|SUV: Small|2.0;"
        "XC60 B6 AWD|SUV: Small|2.0;XC90 B6 AWD|SUV: Standard|2.0",
    ),
}
# vehicle class: extra city L/100 km
_FC_CLASSES = {"Minicompact": 0.1, "Subcompact": -0.2, "Compact": -0.5, "Mid-size": -0.2, "Full-size": 0.6}
_FC_CLASSES |= {"Two-seater": 0.6, "Station wagon: Small": -0.3, "Station wagon: Mid-size": 0.3, "SUV: Small": 0.6}
_FC_CLASSES |= {"SUV: Standard": 1.6, "Minivan": 1.2, "Pickup truck: Small": 1.6, "Pickup truck: Standard": 2.6}
_FC_CLASSES |= {"Special purpose vehicle": 1.4, "Van: Passenger": 3.5}
_FC_COLUMNS = _split(
    "Model Year;Make;Model;Vehicle Class;Engine Size(L);Cylinders;Transmission;Fuel Type;"
    "Fuel Consumption (City (L/100 km);Fuel Consumption(Hwy (L/100 km));Fuel Consumption(Comb (L/100 km));"
    "Fuel Consumption(Comb (mpg));CO2 Emissions(g/km);CO2 Rating;Smog Rating"
)
_FC_CITY, _FC_HWY, _FC_COMB, _FC_MPG, _FC_CO2 = _FC_COLUMNS[8:13]


def _fc_engine(spec: str) -> tuple[float, int, str]:
    """An engine written "2.7/6h": litres, cylinders and its kind ("" for petrol)."""
    m = re.fullmatch(r"(\d+(?:\.\d+)?)(?:/(\d+))?([hed]?)", spec)
    if m is None:
        raise ValueError(spec)
    litres = float(m.group(1))
    cylinders = (
        int(m.group(2)) if m.group(2) else 3 if litres <= 1.0 else 4 if litres <= 2.7 else 6 if litres <= 3.9 else 8
    )
    return litres, cylinders, m.group(3)


def _fc_row(rng: np.random.Generator, make: str, model: str, cls: str, spec: str, gears: str) -> dict[str, Any]:
    litres, cylinders, kind = _fc_engine(spec)
    premium = _FC_MAKES[make][2]
    noise = float(rng.lognormal(0, 0.06))
    if kind == "h":
        city = (1.6 + 1.45 * litres + 0.5 * _FC_CLASSES[cls]) * noise
        hwy = city * float(rng.uniform(0.98, 1.16))
        gear = "AV" if rng.random() < 0.7 else "AM6" if litres < 2.2 else "A10"
    else:
        city = (5.9 + 1.6 * litres + 0.12 * cylinders + _FC_CLASSES[cls]) * noise
        city *= 0.82 if kind == "d" else 1.0
        hwy = city * float(rng.uniform(0.66, 0.8))
        gear = _draw(rng, gears)
    city, hwy = round(city, 1), round(hwy, 1)
    comb = round(0.55 * city + 0.45 * hwy, 1)
    fuel = "D" if kind == "d" else "Z" if rng.random() < premium or (litres >= 4.4 and premium > 0) else "X"
    co2 = round(comb * (26.6 if kind == "d" else 23.1) + float(rng.normal(0, 2)))
    small = litres <= 2.5
    smog = int(_draw(rng, "7:30;6:25;5:30;3:15" if small else "7:8;6:22;5:36;3:28;1:6"))
    return {
        "Model Year": 2022,
        "Make": make,
        "Model": model,
        "Vehicle Class": cls,
        "Engine Size(L)": litres,
        "Cylinders": cylinders,
        "Transmission": gear,
        "Fuel Type": fuel,
        _FC_CITY: city,
        _FC_HWY: hwy,
        _FC_COMB: comb,
        _FC_MPG: round(235.215 / comb),
        _FC_CO2: co2,
        "CO2 Rating": _fc_co2_rating(co2),
        "Smog Rating": smog,
    }


def _fc_co2_rating(co2: float) -> int:
    return int(np.clip(10 - (co2 - 80) // 42, 1, 10))


def _fuel_frame() -> pd.DataFrame:
    rng = np.random.default_rng(5201)
    rows: list[dict[str, Any]] = []
    for make, (n, gears, _premium, models) in _FC_MAKES.items():
        offers = [(m, c, e) for m, c, engines in _fields(models) for e in engines.split(",")]
        picks = list(range(len(offers)))[:n]
        picks += [int(rng.integers(0, len(offers))) for _ in range(n - len(picks))]
        for k in picks:
            model, cls, spec = offers[k]
            row = _fc_row(rng, make, model, cls, spec, gears)
            rows.append(row)
            if spec.endswith("e"):
                city, hwy = round(row[_FC_CITY] * 1.36, 1), round(row[_FC_HWY] * 1.34, 1)
                comb = round(0.55 * city + 0.45 * hwy, 1)
                co2 = round(comb * 16.4 + float(rng.normal(0, 2)))
                rows.append(
                    row
                    | {"Fuel Type": "E", _FC_CITY: city, _FC_HWY: hwy, _FC_COMB: comb, _FC_MPG: round(235.215 / comb)}
                    | {_FC_CO2: co2, "CO2 Rating": _fc_co2_rating(co2)}
                )
    frame = pd.DataFrame(rows)
    frame = frame.sort_values(["Make", "Model"], key=lambda s: s.str.lower(), kind="stable").reset_index(drop=True)
    return frame[_FC_COLUMNS]


def _fc_mpg(strict: bool) -> Callable[[pd.DataFrame], float]:
    return lambda d: float((d[_FC_MPG] > 40).sum() if strict else (d[_FC_MPG] >= 40).sum())


_FC_ID = ("Make", "Model")
_FUEL_QS = [
    Q(
        "which make has the most vehicles in this list?",
        _lead(_named(_top(lambda d: _known(d["Make"]).value_counts()))),
        _FC_ID,
    ),
    Q(
        "average co2 emissions for each fuel type",
        _about(lambda d: d.groupby(_text(d["Fuel Type"]))[_FC_CO2].mean().to_numpy()),
        (*_FC_ID, "Fuel Type", _FC_CO2),
    ),
    Q(
        "how many vehicles get more than 40 mpg combined?",
        either(_count(_fc_mpg(True)), _count(_fc_mpg(False))),
        (*_FC_ID, _FC_MPG, _FC_COMB),
    ),
    Q(
        "what percentage of them are SUVs",
        _share(lambda d: float(_text(d["Vehicle Class"]).str.upper().str.startswith("SUV").mean())),
        (*_FC_ID, "Vehicle Class"),
    ),
    Q(
        "is engine size correlated with co2 emissions?",
        _corr(lambda d: d["Engine Size(L)"], lambda d: d[_FC_CO2]),
        (*_FC_ID, "Engine Size(L)", _FC_CO2),
    ),
    Q(
        "and engine size vs the smog rating?",
        _corr(lambda d: d["Engine Size(L)"], lambda d: d["Smog Rating"]),
        (*_FC_ID, "Engine Size(L)", "Smog Rating"),
    ),
]


# --- 2. Hotel booking demand (Kaggle "Hotel booking demand", hotel_bookings.csv) ----------------------------------

# arrival month: bookings in the full file
_HB_MONTHS = (
    "2015-07:2776;2015-08:3889;2015-09:5114;2015-10:4957;2015-11:2340;2015-12:2920;2016-01:2248;2016-02:3891;"
    "2016-03:4824;2016-04:5428;2016-05:5478;2016-06:5292;2016-07:4572;2016-08:5063;2016-09:5394;2016-10:6203;"
    "2016-11:4454;2016-12:3860;2017-01:3681;2017-02:4177;2017-03:4970;2017-04:5661;2017-05:6313;2017-06:5647;"
    "2017-07:5313;2017-08:4925"
)
# hotel: share of bookings, nightly rate by month (Jan-Dec), countries, agents, nights (weekend, week)
_HB_HOTELS: dict[str, tuple[float, tuple[float, ...], str, str, tuple[float, float]]] = {
    "Resort Hotel": (
        33.6,
        (48, 55, 57, 75, 76, 107, 150, 181, 96, 62, 48, 68),
        "PRT:43;GBR:18;ESP:8;IRL:6;FRA:4;DEU:3;CN:2;NLD:1.5;USA:1;BEL:1;CHE:1;ITA:1;SWE:0.6;POL:0.6;RUS:0.5;"
        "AUT:0.5;NOR:0.5;FIN:0.4;BRA:0.5;DNK:0.4;ROU:0.3;AUS:0.3;ISR:0.2;MAR:0.2;NULL:1.2",
        "240:45;250:10;241:7;40:4;314:3;242:3;6:2;243:2;2:2;96:1.5;298:1;175:1;315:1;NULL:8",
        (1.2, 3.1),
    ),
    "City Hotel": (
        66.4,
        (83, 86, 92, 111, 121, 117, 115, 118, 112, 102, 88, 88),
        "PRT:38;FRA:12;DEU:8;GBR:6.5;ESP:6;ITA:4.5;BEL:2.6;BRA:2.5;NLD:2.5;USA:2.4;CHE:2;CN:1.3;AUT:1.2;SWE:0.9;"
        "CHN:1.1;POL:0.9;ISR:0.7;RUS:0.8;NOR:0.5;IRL:1;AUS:0.5;JPN:0.4;KOR:0.3;ARG:0.3;DNK:0.4;AGO:0.5;IND:0.2;"
        "NULL:0.1",
        "9:48;1:10;14:5;7:5;28:3;8:3;3:2;37:2;19:1.5;21:2;229:1;83:1;29:1;NULL:3",
        (0.8, 2.2),
    ),
}
_HB_SEGMENTS = (
    "Online TA|TA/TO:47;Offline TA/TO|TA/TO:20;Groups|TA/TO:16.6;Direct|Direct:10.5;Corporate|Corporate:4.4;"
    "Complementary|Direct:0.6;Aviation|Corporate:0.2"
)
_HB_ROOMS = "A:72;D:16;E:5.5;F:2.4;G:1.8;B:0.9;C:0.8;H:0.5"
_HB_ROOM_RATE = {"A": 1.0, "B": 0.95, "C": 1.3, "D": 1.24, "E": 1.35, "F": 1.6, "G": 1.85, "H": 1.65}
_HB_COMPANIES = _split("40;223;67;45;153;174;219;281;154;405;233;51;94;135")
_HB_MEALS = "BB:77;HB:12;SC:9;Undefined:1;FB:0.7"
_HB_COLUMNS = _split(
    "hotel;is_canceled;lead_time;arrival_date_year;arrival_date_month;arrival_date_week_number;"
    "arrival_date_day_of_month;stays_in_weekend_nights;stays_in_week_nights;adults;children;babies;meal;country;"
    "market_segment;distribution_channel;is_repeated_guest;previous_cancellations;previous_bookings_not_canceled;"
    "reserved_room_type;assigned_room_type;booking_changes;deposit_type;agent;company;days_in_waiting_list;"
    "customer_type;adr;required_car_parking_spaces;total_of_special_requests;reservation_status;"
    "reservation_status_date"
)


def _hb_booking(rng: np.random.Generator, hotel: str) -> dict[str, Any]:
    _w, rates, countries, agents, (weekend, week) = _HB_HOTELS[hotel]
    city = hotel == "City Hotel"
    month = pd.Period(_draw(rng, _HB_MONTHS), freq="M")
    arrival = month.start_time + pd.Timedelta(days=int(rng.integers(0, month.days_in_month)))
    segment, channel = _draw(rng, _HB_SEGMENTS).split("|")
    group = segment == "Groups"
    lead = int(min(rng.exponential(165 if group else 110 if segment != "Direct" else 50), 629))
    lead = 0 if rng.random() < 0.05 else lead
    country = _draw(rng, countries)
    repeated = rng.random() < (0.2 if segment == "Corporate" else 0.025)
    refund = "Non Refund" if rng.random() < (0.2 if group or segment == "Offline TA/TO" else 0.03) else "No Deposit"
    refund = "Refundable" if rng.random() < 0.0015 else refund
    previous = int(rng.random() < 0.05) * int(_one(rng, [1, 1, 1, 2, 3, 11, 24, 26]))
    if refund == "Non Refund":
        canceled = rng.random() < 0.99
    else:
        logit = -2.25 + 0.0055 * lead + 0.6 * city + 0.55 * (country == "PRT") - 1.4 * repeated + 2.5 * (previous > 0)
        canceled = rng.random() < 1 / (1 + np.exp(-logit))
    nights_weekend = int(rng.poisson(weekend))
    nights_week = int(rng.poisson(week)) + (nights_weekend == 0)
    adults = int(_one(rng, [2, 1, 3, 0, 4], [75, 19, 5, 0.3, 0.2]))
    children = int(_one(rng, [0, 1, 2, 3], [92.5, 4, 3.4, 0.1])) if adults else 2
    room = _draw(rng, _HB_ROOMS) if children == 0 else str(_one(rng, ["A", "D", "F", "G", "C"], [30, 25, 20, 20, 5]))
    assigned = room
    if rng.random() < (0.05 if canceled else 0.15):
        assigned = str(_one(rng, ["A", "D", "E", "F", "C", "I", "K"], [10, 40, 20, 10, 10, 3, 2]))
    rate = rates[arrival.month - 1] * (0.9, 1.0, 1.1)[arrival.year - 2015] * _HB_ROOM_RATE[room]
    rate *= 0.92 * float(rng.lognormal(0, 0.18)) * (0.85 if group else 1.0) * (1 + 0.25 * children)
    adr = 0.0 if segment == "Complementary" or rng.random() < 0.01 else round(rate, 2 if rng.random() < 0.6 else 0)
    requests = int(_one(rng, [0, 1, 2, 3, 4], [66, 23, 9, 1.8, 0.2] if canceled else [48, 32, 16, 3.5, 0.5]))
    parking = int(not canceled and rng.random() < (0.14 if not city else 0.025))
    status = ("No-Show" if rng.random() < 0.03 else "Canceled") if canceled else "Check-Out"
    if status == "Check-Out":
        day = arrival + pd.Timedelta(days=nights_weekend + nights_week)
    elif status == "No-Show":
        day = arrival
    else:
        day = arrival - pd.Timedelta(days=int(rng.integers(0, lead + 1)))
    agent = _draw(rng, agents) if channel == "TA/TO" else "NULL"
    return {
        "hotel": hotel,
        "is_canceled": int(canceled),
        "lead_time": lead,
        "arrival_date_year": arrival.year,
        "arrival_date_month": f"{arrival:%B}",
        "arrival_date_week_number": int(arrival.isocalendar()[1]),
        "arrival_date_day_of_month": arrival.day,
        "stays_in_weekend_nights": nights_weekend,
        "stays_in_week_nights": nights_week,
        "adults": adults,
        "children": str(children),
        "babies": int(rng.random() < 0.008),
        "meal": _draw(rng, _HB_MEALS) if not city else _draw(rng, "BB:80;HB:9;SC:11"),
        "country": country,
        "market_segment": segment,
        "distribution_channel": channel,
        "is_repeated_guest": int(repeated),
        "previous_cancellations": previous,
        "previous_bookings_not_canceled": int(rng.poisson(4)) if repeated else 0,
        "reserved_room_type": room,
        "assigned_room_type": assigned,
        "booking_changes": int(_one(rng, [0, 1, 2, 3], [85, 10, 4, 1] if not canceled else [93, 5, 1.5, 0.5])),
        "deposit_type": refund,
        "agent": agent,
        "company": str(_one(rng, _HB_COMPANIES)) if segment == "Corporate" and rng.random() < 0.7 else "NULL",
        "days_in_waiting_list": int(rng.exponential(40)) if group and rng.random() < 0.2 else 0,
        "customer_type": "Transient-Party"
        if group
        else _draw(rng, "Transient:86;Transient-Party:10;Contract:4;Group:0.6"),
        "adr": adr,
        "required_car_parking_spaces": parking,
        "total_of_special_requests": requests,
        "reservation_status": status,
        "reservation_status_date": f"{day:%Y-%m-%d}",
        "_arrival": arrival,
    }


def _hotel_frame() -> pd.DataFrame:
    rng = np.random.default_rng(5202)
    rows = [
        _hb_booking(rng, str(_one(rng, list(_HB_HOTELS), [v[0] for v in _HB_HOTELS.values()]))) for _ in range(5000)
    ]
    frame = pd.DataFrame(rows)
    frame["_order"] = frame["hotel"].map({"Resort Hotel": 0, "City Hotel": 1})
    frame = frame.sort_values(["_order", "_arrival"], kind="stable").reset_index(drop=True)
    august = np.flatnonzero((frame["hotel"] == "City Hotel") & (frame["_arrival"] < pd.Timestamp("2015-09-01")))
    frame.loc[rng.choice(august, 4, replace=False), "children"] = "NA"
    frame.loc[int(rng.choice(np.flatnonzero(frame["adr"] > 0))), "adr"] = -6.38
    return frame[_HB_COLUMNS]


def _hb_canceled(d: pd.DataFrame) -> pd.Series:
    return d["is_canceled"] == 1


def _hb_busiest(kept: bool) -> Callable[[pd.DataFrame], str]:
    return _top(lambda d: _text(d.loc[~_hb_canceled(d) if kept else d.index, "arrival_date_month"]).value_counts())


def _hb_years(kept: bool) -> Callable[[pd.DataFrame], Any]:
    return lambda d: d.loc[~_hb_canceled(d) if kept else d.index].groupby("arrival_date_year")["adr"].mean().to_numpy()


def _hb_portugal(d: pd.DataFrame) -> pd.Series:
    return _text(d["country"]) == "PRT"


_HB_ID = ("hotel",)
_HOTEL_QS = [
    Q(
        "what's the cancellation rate for each hotel?",
        _shares(lambda d: _hb_canceled(d).groupby(_text(d["hotel"])).mean().to_numpy()),
        (*_HB_ID, "is_canceled", "reservation_status"),
    ),
    Q(
        "which month gets the most arrivals",
        either(_lead(_named(_hb_busiest(False))), _lead(_named(_hb_busiest(True)))),
        (*_HB_ID, "arrival_date_month", "is_canceled", "reservation_status"),
    ),
    Q(
        "avg adr per year - is it going up?",
        either(_about(_hb_years(False)), _about(_hb_years(True))),
        (*_HB_ID, "adr", "arrival_date_year", "is_canceled"),
    ),
    Q(
        "how many bookings came from portugal?",
        _count(lambda d: float(_hb_portugal(d).sum())),
        (*_HB_ID, "country"),
    ),
    Q(
        "and what % of those were canceled",
        _share(lambda d: float(_hb_canceled(d)[_hb_portugal(d)].mean())),
        (*_HB_ID, "country", "is_canceled", "reservation_status"),
    ),
    Q(
        "is lead time correlated with cancelations?",
        _corr(lambda d: d["lead_time"], lambda d: d["is_canceled"]),
        (*_HB_ID, "lead_time", "is_canceled"),
    ),
]


# --- 3. Uber requests (Kaggle "Uber Request Data", Uber Request Data.csv) -----------------------------------------

# requests by hour of the day (0-23) and by day (11-15 July 2016)
_UR_HOURS = (3, 2, 2, 2, 5, 14, 14, 14, 14, 14, 6, 5, 5, 5, 5, 5, 5, 14, 17, 15, 15, 14, 8, 5)
_UR_DAYS = (1.0, 0.95, 0.97, 0.99, 1.1)
_UR_STATUS = ("Trip Completed", "Cancelled", "No Cars Available")


def _ur_when(t: pd.Timestamp) -> str:
    """A timestamp as the file writes it: "11/7/2016 11:51" for the first two days, "13-07-2016 08:33:16" after."""
    if t.day in (11, 12):
        return f"{t.day}/{t.month}/{t.year} {t.hour}:{t.minute:02d}"
    return f"{t:%d-%m-%Y %H:%M:%S}"


def _uber_frame() -> pd.DataFrame:
    rng = np.random.default_rng(5203)
    n = 4500
    rows: list[dict[str, Any]] = []
    for _ in range(n):
        day = int(_one(rng, [11, 12, 13, 14, 15], list(_UR_DAYS)))
        hour = int(_one(rng, list(range(24)), list(_UR_HOURS)))
        t = pd.Timestamp(2016, 7, day, hour) + pd.Timedelta(seconds=int(rng.integers(0, 3600)))
        morning, evening, night = 4 <= hour <= 9, 17 <= hour <= 21, hour >= 22 or hour <= 3
        city = rng.random() < (0.72 if morning else 0.3 if evening else 0.5)
        if city and morning:
            weights = [33, 45, 22]
        elif not city and evening:
            weights = [28, 6, 66]
        elif night:
            weights = [45, 10, 45]
        else:
            weights = [60, 10, 30]
        status = str(_one(rng, list(_UR_STATUS), weights))
        minutes = float(np.clip(rng.normal(52.5, 13.8), 20.8, 83.0))
        drop = t + pd.Timedelta(seconds=round(minutes * 60))
        rows.append(
            {
                "_at": t,
                "Pickup point": "City" if city else "Airport",
                "Driver id": "NA" if status == _UR_STATUS[2] else str(int(rng.integers(1, 301))),
                "Status": status,
                "Request timestamp": _ur_when(t),
                "Drop timestamp": _ur_when(drop) if status == _UR_STATUS[0] else None,
            }
        )
    frame = pd.DataFrame(rows).sort_values("_at", kind="stable").reset_index(drop=True)
    frame.insert(0, "Request id", np.sort(rng.choice(np.arange(1, n + 22), n, replace=False)))
    frame["_status"] = frame["Status"].map({s: i for i, s in enumerate(_UR_STATUS)})
    frame["_driver"] = pd.to_numeric(frame["Driver id"], errors="coerce")
    frame = frame.sort_values(["_status", "_driver", "_at"], kind="stable").reset_index(drop=True)
    return frame[_split("Request id;Pickup point;Driver id;Status;Request timestamp;Drop timestamp")]


def _ur_stamp(s: pd.Series) -> pd.Series:
    text = _text(s)
    slash = pd.to_datetime(text, format="%d/%m/%Y %H:%M", errors="coerce")
    return slash.fillna(pd.to_datetime(text, format="%d-%m-%Y %H:%M:%S", errors="coerce"))


def _ur_busiest(d: pd.DataFrame) -> pd.Timestamp:
    return pd.Timestamp(_top(lambda x: _ur_stamp(x["Request timestamp"]).dt.strftime("%Y-%m-%d").value_counts())(d))


def _ur_weekday(d: pd.DataFrame) -> str:
    return DAY_WORDS[_ur_busiest(d).dayofweek].split("|")[0]


def _ur_trip_minutes(d: pd.DataFrame) -> float:
    done = d[_text(d["Status"]) == _UR_STATUS[0]]
    return float(
        (_ur_stamp(done["Drop timestamp"]) - _ur_stamp(done["Request timestamp"])).dt.total_seconds().mean() / 60
    )


_UR_ID = ("Request id",)
_UBER_QS = [
    Q(
        "what % of requests were completed?",
        _share(lambda d: float((_text(d["Status"]) == _UR_STATUS[0]).mean())),
        (*_UR_ID, "Status"),
    ),
    Q(
        "which hour of the day gets the most requests",
        _lead(_clock(lambda d: _top(lambda x: _ur_stamp(x["Request timestamp"]).dt.hour.value_counts())(d))),
        (*_UR_ID, "Request timestamp"),
    ),
    Q(
        "how many requests got cancelled at the city pickup point?",
        _count(lambda d: float(((_text(d["Status"]) == "Cancelled") & (_text(d["Pickup point"]) == "City")).sum())),
        (*_UR_ID, "Status", "Pickup point"),
    ),
    Q(
        "avg trip time in minutes for completed trips",
        _about(_ur_trip_minutes),
        (*_UR_ID, "Status", "Request timestamp", "Drop timestamp"),
    ),
    Q(
        "which day had the most requests?",
        either(_lead(_day(_ur_busiest)), _lead(_named(_ur_weekday))),
        (*_UR_ID, "Request timestamp"),
    ),
    Q(
        "and how many requests that day found no cars available",
        _count(
            lambda d: float(
                (
                    (_ur_stamp(d["Request timestamp"]).dt.normalize() == _ur_busiest(d))
                    & (_text(d["Status"]) == _UR_STATUS[2])
                ).sum()
            )
        ),
        (*_UR_ID, "Request timestamp", "Status"),
    ),
]


# --- 4. Airline on-time performance (US BTS, Kaggle "Airline Delay and Cancellation Data", 2018.csv) -------------

# airport|latitude|longitude|UTC offset|share of flights|mean taxi-out minutes
_AL_AIRPORTS = _fields(
    "ATL|33.64|-84.43|-5|9.0|17;ORD|41.98|-87.90|-6|7.5|20;DFW|32.90|-97.04|-6|6.0|17;DEN|39.86|-104.67|-7|5.8|16;"
    "LAX|33.94|-118.41|-8|5.4|18;CLT|35.21|-80.94|-5|4.2|19;SFO|37.62|-122.38|-8|4.0|19;PHX|33.43|-112.01|-7|3.6|14;"
    "LAS|36.08|-115.15|-8|3.5|14;SEA|47.45|-122.31|-8|3.6|17;MSP|44.88|-93.22|-6|3.2|17;DTW|42.21|-83.35|-5|3.2|18;"
    "BOS|42.36|-71.01|-5|3.0|19;EWR|40.69|-74.17|-5|3.0|22;MCO|28.43|-81.31|-5|3.0|15;IAH|29.98|-95.34|-6|3.2|18;"
    "LGA|40.78|-73.87|-5|2.8|23;JFK|40.64|-73.78|-5|2.4|23;SLC|40.79|-111.98|-7|2.6|15;BWI|39.18|-76.67|-5|2.2|13;"
    "MDW|41.79|-87.75|-6|1.9|12;DCA|38.85|-77.04|-5|2.2|17;FLL|26.07|-80.15|-5|1.8|15;MIA|25.79|-80.29|-5|1.8|18;"
    "SAN|32.73|-117.19|-8|1.7|14;TPA|27.98|-82.53|-5|1.5|13;PHL|39.87|-75.24|-5|2.0|20;HOU|29.65|-95.28|-6|1.2|12;"
    "PDX|45.59|-122.60|-8|1.4|13;BNA|36.12|-86.68|-6|1.3|13;AUS|30.19|-97.67|-6|1.2|13;STL|38.75|-90.37|-6|1.1|13;"
    "RDU|35.88|-78.79|-5|1.0|14;MCI|39.30|-94.71|-6|0.9|13;MSY|29.99|-90.26|-6|0.9|13;SMF|38.70|-121.59|-8|0.8|12;"
    "SJC|37.36|-121.93|-8|0.8|13;OAK|37.72|-122.22|-8|0.8|12;DAL|32.85|-96.85|-6|0.8|11;SAT|29.53|-98.47|-6|0.8|13;"
    "CLE|41.41|-81.85|-5|0.7|14;PIT|40.49|-80.23|-5|0.6|13;IND|39.72|-86.29|-5|0.6|12;CMH|40.00|-82.89|-5|0.6|13;"
    "RSW|26.54|-81.76|-5|0.5|12;ABQ|35.04|-106.61|-7|0.5|11;OMA|41.30|-95.89|-6|0.4|12;BUF|42.94|-78.73|-5|0.4|12;"
    "HNL|21.32|-157.92|-10|1.0|14;OGG|20.90|-156.43|-10|0.4|11;ANC|61.17|-149.99|-9|0.3|13"
)
# carrier: share of flights, hubs, extra chance of a late departure, cancellation factor, short-haul only
_AL_CARRIERS: dict[str, tuple[float, str, float, float, bool]] = {
    "WN": (18.0, "MDW;DAL;HOU;BWI;LAS;PHX;DEN;OAK", 0.05, 0.8, False),
    "DL": (13.5, "ATL;MSP;DTW;SLC;LGA;JFK;SEA;BOS", -0.05, 0.4, False),
    "AA": (12.7, "DFW;CLT;ORD;PHL;PHX;MIA;DCA;LAX", 0.03, 1.0, False),
    "OO": (10.5, "DEN;ORD;SFO;LAX;SLC;SEA;PHX", 0.01, 1.4, True),
    "UA": (8.1, "ORD;DEN;EWR;SFO;IAH;LAX", 0.02, 0.8, False),
    "YX": (4.5, "LGA;DCA;EWR;ORD;IND", -0.03, 1.5, True),
    "MQ": (4.2, "DFW;ORD;LGA;DCA", 0.02, 2.0, True),
    "B6": (4.1, "JFK;BOS;FLL;MCO", 0.11, 1.3, False),
    "OH": (3.8, "CLT;DCA;PHL", 0.04, 1.8, True),
    "AS": (3.5, "SEA;PDX;SFO;LAX;ANC", -0.03, 0.5, False),
    "9E": (3.6, "ATL;MSP;DTW;LGA;JFK", -0.02, 1.6, True),
    "YV": (3.1, "PHX;IAH;DFW;DEN", 0.05, 1.5, True),
    "NK": (2.7, "FLL;LAS;DTW;ORD;MCO", 0.03, 1.0, False),
    "EV": (2.6, "IAH;EWR;ORD;ATL", 0.08, 2.5, True),
    "F9": (1.7, "DEN;MCO;LAS;PHL", 0.2, 1.0, False),
    "G4": (1.4, "LAS;MCO;TPA;RSW", 0.05, 1.2, False),
    "HA": (1.2, "HNL;OGG", -0.06, 0.3, False),
}
# month (Jan-Dec): share of flights, extra chance of a late departure, cancellation factor
_AL_MONTHS: tuple[tuple[float, float, float], ...] = (
    (8.0, 0.03, 1.8),
    (7.3, 0.03, 1.3),
    (8.5, 0.0, 1.6),
    (8.3, 0.01, 0.7),
    (8.6, 0.04, 0.7),
)
_AL_MONTHS += ((8.7, 0.10, 0.8), (9.1, 0.16, 0.8), (9.1, 0.09, 0.8), (8.0, -0.04, 1.5), (8.4, -0.02, 1.2))
_AL_MONTHS += ((7.9, -0.03, 0.8), (8.1, 0.04, 0.8))
_AL_DEPARTURES = "6:8;7:9;8:8;9:7;10:7;11:7;12:7;13:7;14:6;15:7;16:7;17:8;18:7;19:6;20:4;21:3;22:1.5;23:1;5:2"
_AL_COLUMNS = _split(
    "FL_DATE;OP_CARRIER;OP_CARRIER_FL_NUM;ORIGIN;DEST;CRS_DEP_TIME;DEP_TIME;DEP_DELAY;TAXI_OUT;WHEELS_OFF;WHEELS_ON;"
    "TAXI_IN;CRS_ARR_TIME;ARR_TIME;ARR_DELAY;CANCELLED;CANCELLATION_CODE;DIVERTED;CRS_ELAPSED_TIME;"
    "ACTUAL_ELAPSED_TIME;AIR_TIME;DISTANCE;CARRIER_DELAY;WEATHER_DELAY;NAS_DELAY;SECURITY_DELAY;LATE_AIRCRAFT_DELAY;"
    "Unnamed: 27"
)
_AL_CAUSES = _split("CARRIER_DELAY;WEATHER_DELAY;NAS_DELAY;SECURITY_DELAY;LATE_AIRCRAFT_DELAY")
_AL_NAMES: dict[str, tuple[str, ...]] = {
    "WN": ("Southwest",),
    "DL": ("Delta",),
    "AA": ("American",),
    "OO": ("SkyWest",),
    "UA": ("United",),
}
_AL_NAMES |= {"YX": ("Republic",), "MQ": ("Envoy",), "B6": ("JetBlue",), "OH": ("PSA",), "AS": ("Alaska",)}
_AL_NAMES |= {"9E": ("Endeavor",), "YV": ("Mesa",), "NK": ("Spirit",), "EV": ("ExpressJet",), "F9": ("Frontier",)}
_AL_NAMES |= {"G4": ("Allegiant",), "HA": ("Hawaiian",)}
_AL_REASONS: dict[str, tuple[str, ...]] = {
    "A": ("carrier", "airline"),
    "B": ("weather",),
    "C": ("NAS", "National Air System", "air traffic"),
}
_AL_REASONS |= {"D": ("security",)}
_AL_CITIES: dict[str, tuple[str, ...]] = {
    "ATL": ("Atlanta",),
    "ORD": ("O'Hare", "Chicago O'Hare"),
    "DFW": ("Dallas/Fort Worth", "Dallas-Fort"),
}
_AL_CITIES |= {"DEN": ("Denver",), "LAX": ("Los Angeles",), "CLT": ("Charlotte",), "EWR": ("Newark",)}


def _al_miles(a: list[str], b: list[str]) -> float:
    la1, lo1, la2, lo2 = (np.radians(float(x)) for x in (a[1], a[2], b[1], b[2]))
    h = np.sin((la2 - la1) / 2) ** 2 + np.cos(la1) * np.cos(la2) * np.sin((lo2 - lo1) / 2) ** 2
    return float(round(2 * 3958.8 * np.arcsin(np.sqrt(h))))


def _al_clock(minutes: float) -> int:
    """Minutes after midnight as an hhmm number, midnight written 2400."""
    m = round(minutes) % 1440
    return m // 60 * 100 + m % 60 or 2400


def _al_split(rng: np.random.Generator, total: int, dep: float, weather: bool) -> list[float]:
    """An arrival delay of 15 minutes or more split over the five causes, in whole minutes."""
    nas = max(0, total - max(int(dep), 0))
    rest = total - nas
    weights = np.array([3.0, 1.2 if weather else 0.0, 0.0, 0.02 if rng.random() < 0.01 else 0.0, 3.5])
    weights[4] *= rng.random() < 0.6
    weights = weights if weights.sum() > 0 else np.array([1.0, 0, 0, 0, 0])
    parts = np.floor(rest * rng.dirichlet(weights + 1e-9) * (weights > 0)).astype(int)
    parts[int(np.argmax(weights))] += rest - int(parts.sum())
    parts[2] += nas
    return [float(x) for x in parts]


def _al_flight(rng: np.random.Generator, when: pd.Timestamp, carrier: str) -> dict[str, Any]:
    airports = {a[0]: a for a in _AL_AIRPORTS}
    _share, hub_text, late_bias, cancel_factor, short = _AL_CARRIERS[carrier]
    hubs = _split(hub_text)
    codes, weights = [a[0] for a in _AL_AIRPORTS], [float(a[4]) for a in _AL_AIRPORTS]
    if carrier == "HA":
        island = str(_one(rng, hubs))
        other = island if rng.random() < 0.3 else str(_one(rng, _split("LAX;SFO;SEA;PDX;SAN;OAK;SJC;LAS;PHX")))
        origin, dest = (island, "HNL" if island == "OGG" else "OGG") if other == island else (island, other)
        origin, dest = (dest, origin) if rng.random() < 0.5 else (origin, dest)
    else:
        while True:
            hub = str(_one(rng, hubs))
            other = str(_one(rng, [c for c in codes if c not in ("HNL", "OGG")], weights[:-3] + weights[-1:]))
            miles = _al_miles(airports[hub], airports[other])
            if other != hub and (not short or miles < 1300) and (other != "ANC" or carrier == "AS"):
                break
        origin, dest = (hub, other) if rng.random() < 0.5 else (other, hub)
    a, b = airports[origin], airports[dest]
    miles = _al_miles(a, b)
    _month_share, month_late, month_cancel = _AL_MONTHS[when.month - 1]
    scheduled = int(_draw(rng, _AL_DEPARTURES)) * 60 + 5 * int(rng.integers(0, 12))
    planned = round(miles / 7.8 + 14 + float(a[5]) + 7 + 5) + int(rng.integers(-4, 6))
    zone = (int(b[3]) - int(a[3])) * 60
    row: dict[str, Any] = {
        "FL_DATE": f"{when:%Y-%m-%d}",
        "OP_CARRIER": carrier,
        "OP_CARRIER_FL_NUM": int(rng.integers(1, 3200 if short else 2900)) + (3000 if short else 0),
        "ORIGIN": origin,
        "DEST": dest,
        "CRS_DEP_TIME": _al_clock(scheduled),
        "CRS_ARR_TIME": _al_clock(scheduled + planned + zone),
        "CANCELLED": 0.0,
        "CANCELLATION_CODE": None,
        "DIVERTED": 0.0,
        "CRS_ELAPSED_TIME": float(planned),
        "DISTANCE": miles,
    }
    if rng.random() < 0.0155 * month_cancel * cancel_factor:
        stormy = when.month in (1, 2, 3, 9, 10)
        code = _draw(rng, "B:62;A:24;C:14;D:0.2" if stormy else "A:45;B:33;C:22;D:0.2")
        return row | {"CANCELLED": 1.0, "CANCELLATION_CODE": code}
    hour_late = 0.012 * max(scheduled / 60 - 7, 0)
    if rng.random() < 0.16 + month_late + late_bias + hour_late:
        dep = float(round(rng.exponential(52 if carrier != "F9" else 64)) + 1)
    else:
        dep = float(round(rng.normal(-4, 4.5)))
    taxi_out = float(max(1, round(rng.gamma(4.0, float(a[5]) / 4.0) + (3 if dep > 30 else 0))))
    row |= {"DEP_TIME": float(_al_clock(scheduled + dep)), "DEP_DELAY": dep, "TAXI_OUT": taxi_out}
    row["WHEELS_OFF"] = float(_al_clock(scheduled + dep + taxi_out))
    if rng.random() < 0.0025:
        return row | {"DIVERTED": 1.0}
    air = float(max(18, round(miles / 7.8 + 12 + rng.normal(0, 0.05 * miles / 7.8 + 2))))
    taxi_in = float(max(1, round(rng.gamma(3.0, 2.6))))
    elapsed = taxi_out + air + taxi_in
    arr = dep + elapsed - planned
    row |= {"WHEELS_ON": float(_al_clock(scheduled + dep + taxi_out + air + zone)), "TAXI_IN": taxi_in}
    row |= {"ARR_TIME": float(_al_clock(scheduled + dep + elapsed + zone)), "ARR_DELAY": arr}
    row |= {"ACTUAL_ELAPSED_TIME": elapsed, "AIR_TIME": air}
    if arr >= 15:
        weather = rng.random() < (0.25 if when.month in (1, 2, 3, 6, 7, 8, 9) else 0.1)
        row |= dict(zip(_AL_CAUSES, _al_split(rng, int(arr), dep, weather), strict=True))
    return row


def _airline_frame() -> pd.DataFrame:
    rng = np.random.default_rng(5204)
    carriers = list(_AL_CARRIERS)
    rows: list[dict[str, Any]] = []
    for _ in range(5000):
        month = int(_one(rng, list(range(1, 13)), [m[0] for m in _AL_MONTHS]))
        when = pd.Timestamp(2018, month, 1) + pd.Timedelta(
            days=int(rng.integers(0, pd.Timestamp(2018, month, 1).days_in_month))
        )
        rows.append(_al_flight(rng, when, str(_one(rng, carriers, [c[0] for c in _AL_CARRIERS.values()]))))
    frame = pd.DataFrame(rows).reindex(columns=_AL_COLUMNS)
    for c in _AL_COLUMNS[6:]:
        if c not in ("CRS_ARR_TIME", "CANCELLATION_CODE"):
            frame[c] = frame[c].astype(float)
    return frame.sort_values(["FL_DATE", "OP_CARRIER", "OP_CARRIER_FL_NUM"], kind="stable").reset_index(drop=True)


def _al_worst_carrier(d: pd.DataFrame) -> str:
    return _top(lambda x: x.groupby(_text(x["OP_CARRIER"]))["ARR_DELAY"].mean())(d)


def _al_worst_month(d: pd.DataFrame) -> pd.Timestamp:
    month = pd.to_datetime(_text(d["FL_DATE"])).dt.month
    return pd.Timestamp(2018, int(_top(lambda x: x["DEP_DELAY"].groupby(month).mean())(d)), 1)


def _al_late(strict: bool) -> Callable[[pd.DataFrame], pd.Series]:
    return lambda d: d["ARR_DELAY"] > 60 if strict else d["ARR_DELAY"] >= 60


def _al_late_origin(strict: bool) -> Callable[[pd.DataFrame], str]:
    return _top(lambda d: _text(d.loc[_al_late(strict)(d), "ORIGIN"]).value_counts())


_AL_ID = ("FL_DATE", "OP_CARRIER", "OP_CARRIER_FL_NUM")
_AIRLINE_QS = [
    Q(
        "which airline has the worst average arrival delay?",
        _lead(_named(_al_worst_carrier, _AL_NAMES)),
        (*_AL_ID, "ARR_DELAY"),
    ),
    Q(
        "what percent of flights were cancelled",
        _share(lambda d: float(d["CANCELLED"].mean())),
        (*_AL_ID, "CANCELLED"),
    ),
    Q(
        "whats the most common reason for cancellations?",
        _lead(_named(_top(lambda d: _known(d["CANCELLATION_CODE"]).value_counts()), _AL_REASONS)),
        (*_AL_ID, "CANCELLED", "CANCELLATION_CODE"),
    ),
    Q(
        "avg departure delay by month. which month is the worst?",
        _lead(_month(_al_worst_month)),
        (*_AL_ID, "DEP_DELAY"),
    ),
    Q(
        "how many flights arrived more than an hour late",
        either(_count(lambda d: float(_al_late(True)(d).sum())), _count(lambda d: float(_al_late(False)(d).sum()))),
        (*_AL_ID, "ARR_DELAY"),
    ),
    Q(
        "which origin airport had the most of those?",
        either(
            _lead(_named(_al_late_origin(True), _AL_CITIES)),
            _lead(_named(_al_late_origin(False), _AL_CITIES)),
        ),
        (*_AL_ID, "ARR_DELAY", "ORIGIN"),
    ),
]


# --- 5. Smartphones (Kaggle "Smartphones cleaned dataset", smartphones_cleaned_v6.csv) ---------------------------

# brand_name: phones, series as "name|lowest price|highest price" ({n} a number from the range after it),
# processor brands, chance of NFC, chance of an IR blaster
_SP_BRANDS: dict[str, tuple[int, str, str, float, float]] = {
    "samsung": (
        135,
        "Samsung Galaxy A{n}|9000|32000|04-74;Samsung Galaxy A{n} 5G|15000|38000|13-74;"
        "Samsung Galaxy M{n}|8500|22000|04-53;Samsung Galaxy M{n} 5G|12000|28000|13-53;"
        "Samsung Galaxy F{n}|9000|24000|04-62;Samsung Galaxy F{n} 5G|13000|28000|23-62;"
        "Samsung Galaxy S{n}|50000|105000|21-23;Samsung Galaxy S{n} FE 5G|30000|58000|20-23;"
        "Samsung Galaxy S{n} Ultra 5G|90000|135000|21-23;Samsung Galaxy Z Flip {n}|70000|110000|3-5",
        "exynos:40;snapdragon:35;dimensity:15;helio:10",
        0.45,
        0.0,
    ),
    "xiaomi": (
        134,
        "Xiaomi Redmi Note {n}|10000|26000|10-12;Xiaomi Redmi Note {n} Pro|15000|28000|10-12;"
        "Xiaomi Redmi Note {n} Pro Plus|22000|33000|11-12;Xiaomi Redmi {n}|7000|15000|10-12;"
        "Xiaomi Redmi {n}A|5500|8500|10-12;Xiaomi Redmi K{n} Pro|30000|45000|50-60;Xiaomi {n} Pro|50000|80000|12-13;"
        "Xiaomi {n}T Pro|40000|60000|11-12;Xiaomi {n} Lite NE 5G|22000|30000|12-12",
        "snapdragon:50;helio:25;dimensity:25",
        0.2,
        0.85,
    ),
    "vivo": (
        111,
        "Vivo Y{n}|9000|20000|02-77;Vivo Y{n} 5G|13000|22000|35-77;Vivo V{n}|24000|40000|23-27;"
        "Vivo V{n} Pro|35000|48000|25-27;Vivo T{n} 5G|15000|25000|1-2;Vivo X{n}|38000|60000|70-90;"
        "Vivo X{n} Pro|60000|90000|70-90",
        "helio:35;snapdragon:30;dimensity:35",
        0.15,
        0.05,
    ),
    "realme": (
        97,
        "Realme C{n}|7000|12000|30-55;Realme Narzo {n}|10000|18000|30-60;Realme {n}|13000|20000|9-10;"
        "Realme {n} Pro|18000|27000|9-10;Realme {n} Pro Plus|24000|32000|9-10;Realme GT {n}|30000|45000|2-3;"
        "Realme GT Neo {n}|28000|42000|2-5",
        "unisoc:10;helio:35;dimensity:35;snapdragon:20",
        0.2,
        0.05,
    ),
    "oppo": (
        88,
        "Oppo A{n}|9000|20000|16-98;Oppo A{n} 5G|14000|22000|53-98;Oppo F{n}|18000|30000|19-23;"
        "Oppo Reno {n}|25000|40000|7-9;Oppo Reno {n} Pro|35000|50000|7-9;Oppo Find X{n}|60000|95000|5-6;"
        "Oppo Find N{n} Flip|80000|95000|2-2",
        "helio:35;dimensity:35;snapdragon:30",
        0.2,
        0.0,
    ),
    "motorola": (
        52,
        "Motorola Moto G{n}|8000|22000|13-82;Motorola Moto E{n}|6500|9000|13-40;Motorola Edge {n}|25000|45000|20-40;"
        "Motorola Edge {n} Pro|50000|75000|30-40;Motorola Razr {n}|60000|120000|2022-2023",
        "snapdragon:60;helio:25;dimensity:10;unisoc:5",
        0.35,
        0.0,
    ),
    "apple": (
        44,
        "Apple iPhone {n}|50000|90000|12-15;Apple iPhone {n} Pro|110000|140000|13-15;"
        "Apple iPhone {n} Pro Max|120000|150000|13-15;Apple iPhone {n} Mini|45000|70000|12-13;"
        "Apple iPhone SE {n}|40000|50000|2020-2022",
        "bionic:1",
        1.0,
        0.0,
    ),
    "oneplus": (
        42,
        "OnePlus Nord CE {n} 5G|19000|28000|2-3;OnePlus Nord {n} 5G|27000|35000|2-3;OnePlus {n}|50000|70000|9-11;"
        "OnePlus {n} Pro|60000|80000|9-11;OnePlus {n}R|38000|45000|9-11;OnePlus {n}T|40000|50000|9-10",
        "snapdragon:70;dimensity:30",
        0.8,
        0.05,
    ),
    "poco": (
        41,
        "Poco X{n}|14000|22000|3-5;Poco X{n} Pro|18000|25000|3-5;Poco M{n}|9000|15000|3-6;"
        "Poco M{n} Pro 5G|13000|18000|4-6;Poco F{n}|25000|40000|3-5;Poco C{n}|6500|9000|31-55",
        "snapdragon:45;helio:30;dimensity:25",
        0.2,
        0.9,
    ),
    "tecno": (
        33,
        "Tecno Spark {n}|7000|11000|8-10;Tecno Pova {n}|10000|16000|3-5;Tecno Camon {n}|13000|22000|18-20;"
        "Tecno Phantom X{n}|30000|50000|1-2",
        "helio:80;dimensity:20",
        0.1,
        0.0,
    ),
    "iqoo": (
        32,
        "iQOO Z{n}|13000|22000|5-7;iQOO Neo {n}|25000|35000|6-7;iQOO {n}|40000|60000|9-11;"
        "iQOO {n} Pro|55000|70000|9-11",
        "snapdragon:60;dimensity:40",
        0.3,
        0.2,
    ),
    "infinix": (
        29,
        "Infinix Hot {n}|7000|11000|11-30;Infinix Note {n}|11000|18000|11-12;Infinix Zero {n}|18000|30000|20-30;"
        "Infinix Smart {n}|5500|7500|5-7",
        "helio:70;unisoc:15;dimensity:15",
        0.1,
        0.0,
    ),
    "huawei": (
        15,
        "Huawei Mate {n}|40000|90000|40-50;Huawei Nova {n}|25000|40000|9-10;Huawei P{n} Pro|60000|100000|50-60",
        "kirin:60;snapdragon:40",
        0.8,
        0.6,
    ),
    "google": (
        14,
        "Google Pixel {n}|45000|65000|6-7;Google Pixel {n} Pro|70000|90000|6-7;Google Pixel {n}a|30000|45000|6-7",
        "google:70;snapdragon:30",
        1.0,
        0.0,
    ),
    "nokia": (
        13,
        "Nokia G{n}|9000|18000|11-60;Nokia C{n}|6000|9000|12-32;Nokia X{n}|18000|30000|20-30",
        "snapdragon:40;unisoc:60",
        0.2,
        0.0,
    ),
    "honor": (
        13,
        "Honor X{n}|12000|25000|7-9;Honor Magic {n}|45000|80000|4-5;Honor {n}|30000|40000|70-80",
        "snapdragon:60;dimensity:40",
        0.5,
        0.3,
    ),
    "sony": (9, "Sony Xperia {n} IV|50000|100000|1-10;Sony Xperia {n} III|35000|80000|1-10", "snapdragon:1", 0.9, 0.0),
    "asus": (7, "Asus ROG Phone {n}|50000|90000|5-7;Asus Zenfone {n}|40000|60000|8-9", "snapdragon:1", 0.8, 0.0),
    "lava": (
        6,
        "Lava Agni {n} 5G|14000|20000|1-2;Lava Blaze {n}|8000|11000|1-5;Lava X{n}|6000|8000|2-3",
        "dimensity:40;unisoc:60",
        0.0,
        0.0,
    ),
    "micromax": (
        5,
        "Micromax In {n}|7000|13000|1-2;Micromax In Note {n}|10000|14000|1-2",
        "helio:70;unisoc:30",
        0.0,
        0.0,
    ),
    "nothing": (3, "Nothing Phone {n}|32000|42000|1-2", "snapdragon:1", 1.0, 0.0),
    "jio": (3, "Jio Phone {n}|3000|6500|1-3", "unisoc:1", 0.0, 0.0),
}
# the most expensive phones: brand|model|price|rating|5G|NFC|processor|speed|battery|fast charging W|RAM|storage|
# screen|refresh|rear cameras|os|rear MP|front MP|width|height
_SP_LUXURY = _fields(
    "vertu|Vertu Signature Touch|650000||False|True|snapdragon|2.3|2275|0|4|64|4.7|60|1|android|21.0|2.1|1080|1920;"
    "huawei|Huawei Mate 50 RS Porsche Design|239999|81|False|True|snapdragon|3.2|4700|66|12|512|6.74|120|3|android|"
    "50.0|13.0|1212|2616;"
    "samsung|Samsung Galaxy Z Fold 4 (12GB RAM + 1TB)|194999|88|True|True|snapdragon|3.2|4400|25|12|1024|7.6|120|3|"
    "android|50.0|10.0|1812|2176;"
    "apple|Apple iPhone 14 Pro Max (1TB)|189900|78|True|True|bionic|3.46|4323|0|6|1024|6.7|120|3|ios|48.0|12.0|1290|"
    "2796;"
    "apple|Apple iPhone 14 Pro (1TB)|169900|77|True|True|bionic|3.46|3200|0|6|1024|6.1|120|3|ios|48.0|12.0|1179|2556;"
    "samsung|Samsung Galaxy S23 Ultra 5G (12GB RAM + 1TB)|154999|89|True|True|snapdragon|3.2|5000|45|12|1024|6.8|120|4|"
    "android|200.0|12.0|1440|3088"
)
_SP_COLUMNS = _split(
    "brand_name;model;price;rating;has_5g;has_nfc;has_ir_blaster;processor_brand;num_cores;processor_speed;"
    "battery_capacity;fast_charging_available;fast_charging;ram_capacity;internal_memory;screen_size;refresh_rate;"
    "num_rear_cameras;num_front_cameras;os;primary_camera_rear;primary_camera_front;extended_memory_available;"
    "extended_upto;resolution_width;resolution_height"
)
_SP_SPEEDS = {"snapdragon": (1.8, 3.2), "helio": (2.0, 2.2), "dimensity": (2.2, 3.05), "exynos": (2.0, 2.9)}
_SP_SPEEDS |= {"bionic": (2.65, 3.46), "unisoc": (1.6, 1.8), "kirin": (2.2, 3.13), "google": (2.8, 2.85)}


def _sp_tier(price: float, weights: str) -> list[float]:
    """Weights for a price band, from "under 8000;under 15000;under 30000;under 60000;dearer" rows of "a,b,c"."""
    bands = (
        [float(x) for x in weights.split(";")[0].split(",")],
        *([float(x) for x in w.split(",")] for w in weights.split(";")[1:]),
    )
    for limit, w in zip((8000, 15000, 30000, 60000, float("inf")), bands, strict=True):
        if price < limit:
            return w
    return bands[-1]


_SP_RAM = "30,40,30,0,0,0,0;2,10,50,30,8,0,0;0,0,15,40,40,5,0;0,0,0,10,60,30,0;0,0,0,0,40,50,10"
_SP_STORAGE = "40,50,10,0,0;5,45,50,0,0;0,10,75,15,0;0,0,55,40,5;0,0,30,55,15"
_SP_WATTS = "40,25,30,5,0,0,0,0;40,25,30,5,0,0,0,0;10,20,35,15,15,5,0,0;0,15,10,10,20,15,15,15;0,15,10,10,20,15,15,15"
_SP_HERTZ = "70,25,5,0;70,25,5,0;10,40,45,5;0,10,75,15;0,10,75,15"
_SP_CAMERA = "40,30,25,5,0,0;40,30,25,5,0,0;0,20,45,20,15,0;0,10,55,20,10,5;0,10,55,20,10,5"


def _sp_name(rng: np.random.Generator, base: str, ram: int, storage: int, apple: bool, used: set[str]) -> str:
    """The model as the file writes it, with its memory variant when it is sold in several or already listed ("" when
    every variant is taken)."""
    name = base
    for attempt in range(60):
        if attempt or rng.random() < 0.45:
            ram_now = ram if attempt < 2 else int(_one(rng, [4, 6, 8, 12]))
            storage_now = storage if attempt < 2 else int(_one(rng, [64, 128, 256, 512]))
            name = f"{base} ({storage_now}GB)" if apple else f"{base} ({ram_now}GB RAM + {storage_now}GB)"
        if name not in used:
            used.add(name)
            return name
    return ""


def _sp_phone(rng: np.random.Generator, brand: str, used: set[str]) -> dict[str, Any]:
    _k, series, processors, nfc, ir = _SP_BRANDS[brand]
    apple, model = brand == "apple", ""
    while not model:
        pattern, lo, hi, numbers = (str(x) for x in _one(rng, _fields(series)))
        first, last = (int(x) for x in numbers.split("-"))
        number = int(rng.integers(first, last + 1))
        tier = float(rng.random()) ** 1.6
        price = float(lo) * (float(hi) / float(lo)) ** tier
        price = min(round(price / 1000) * 1000 - (1 if rng.random() < 0.8 else 0), 150000)
        g5 = "5G" in pattern or rng.random() < 1 / (1 + np.exp(-(price - 18000) / 2500))
        g5 = (number >= 12 if apple else g5) and brand != "jio"
        g5 = g5 and not (brand in ("tecno", "infinix", "lava", "micromax") and price < 14000)
        ram = 6 if apple else int(_one(rng, [2, 3, 4, 6, 8, 12, 16], _sp_tier(price, _SP_RAM)))
        if apple:
            storage = int(_one(rng, [128, 256, 512], [60, 30, 10]))
        else:
            storage = int(_one(rng, [32, 64, 128, 256, 512], _sp_tier(price, _SP_STORAGE)))
        base = pattern.format(n=number)
        base += " 5G" if g5 and "5G" not in base and not apple and rng.random() < 0.7 else ""
        model = _sp_name(rng, base, ram, storage, apple, used)
    processor = "bionic" if apple else _draw(rng, processors) if rng.random() > 0.02 else ""
    lo_s, hi_s = _SP_SPEEDS.get(processor, (1.6, 2.0))
    level = float(np.clip(np.log(price / 6000) / np.log(25), 0, 1))
    speed = round(lo_s + (hi_s - lo_s) * min(1.0, level * 0.7 + float(rng.random()) * 0.3), 2)
    fast = brand != "jio" and (apple or price > 9000 or rng.random() < 0.5)
    watts = 25 if brand == "samsung" else int(_one(rng, [18, 25, 33, 44, 67, 80, 100, 120], _sp_tier(price, _SP_WATTS)))
    rating = round(float(np.clip(76 + 4.2 * np.log(price / 15000) + rng.normal(0, 3.6), 60, 89)))
    card = not apple and brand not in ("google", "oneplus", "nothing") and (price < 40000 or rng.random() < 0.2)
    rear = int(_one(rng, [1, 2, 3, 4], [5, 25, 55, 15] if price < 40000 else [0, 10, 70, 20]))
    if apple:
        battery = float(_one(rng, [2018, 3095, 3279, 4323], [1, 2, 3, 2]))
        camera = float(_one(rng, [12.0, 48.0], [3, 1]))
    else:
        battery = float(_one(rng, [4000, 4500, 4600, 4800, 5000, 6000, 7000], [6, 12, 6, 6, 55, 13, 2]))
        camera = float(_one(rng, [13.0, 48.0, 50.0, 64.0, 108.0, 200.0], _sp_tier(price, _SP_CAMERA)))
    selfie = 12.0 if apple else float(_one(rng, [5.0, 8.0, 13.0, 16.0, 32.0, 50.0], [10, 35, 15, 20, 15, 5]))
    screen = float(_one(rng, [5.4, 6.1, 6.7], [1, 4, 3])) if apple else round(float(rng.uniform(6.1, 6.9)), 2)
    hertz = (
        (120 if price >= 110000 else 60) if apple else int(_one(rng, [60, 90, 120, 144], _sp_tier(price, _SP_HERTZ)))
    )
    return {
        "brand_name": brand,
        "model": model,
        "price": int(price),
        "rating": float(rating) if rng.random() > (0.1 if price > 9000 else 0.25) else None,
        "has_5g": bool(g5),
        "has_nfc": bool(apple or rng.random() < nfc * min(1.0, price / 30000)),
        "has_ir_blaster": bool(rng.random() < ir),
        "processor_brand": processor or None,
        "num_cores": (6.0 if apple else 8.0 if rng.random() > 0.04 else 4.0) if processor else None,
        "processor_speed": speed if processor and rng.random() > 0.03 else None,
        "battery_capacity": battery if rng.random() > 0.01 else None,
        "fast_charging_available": int(fast),
        "fast_charging": float(watts) if fast and not apple and rng.random() > 0.12 else None,
        "ram_capacity": float(ram),
        "internal_memory": float(storage),
        "screen_size": screen,
        "refresh_rate": hertz,
        "num_rear_cameras": rear,
        "num_front_cameras": float(2 if rng.random() < 0.03 else 1) if rng.random() > 0.01 else None,
        "os": "ios" if apple else "other" if brand == "jio" else "android",
        "primary_camera_rear": camera,
        "primary_camera_front": selfie if rng.random() > 0.01 else None,
        "extended_memory_available": int(card),
        "extended_upto": float(_one(rng, [256, 512, 1000, 1024], [25, 30, 25, 20]))
        if card and rng.random() > 0.1
        else None,
        "resolution_width": 1170 if apple else 720 if price < 11000 else 1440 if price > 70000 else 1080,
        "resolution_height": 2532 if apple else 1600 if price < 11000 else 3200 if price > 70000 else 2400,
    }


def _sp_luxury(line: list[str]) -> dict[str, Any]:
    (
        brand,
        model,
        price,
        rating,
        g5,
        nfc,
        processor,
        speed,
        battery,
        watts,
        ram,
        storage,
        screen,
        hertz,
        rear,
        os,
        camera,
        selfie,
        width,
        height,
    ) = line
    return {
        "brand_name": brand,
        "model": model,
        "price": int(price),
        "rating": float(rating) if rating else None,
        "has_5g": g5 == "True",
        "has_nfc": nfc == "True",
        "has_ir_blaster": False,
        "processor_brand": processor,
        "num_cores": 6.0 if processor == "bionic" else 8.0,
        "processor_speed": float(speed),
        "battery_capacity": float(battery),
        "fast_charging_available": int(watts != "0" or os == "ios"),
        "fast_charging": float(watts) if watts != "0" else None,
        "ram_capacity": float(ram),
        "internal_memory": float(storage),
        "screen_size": float(screen),
        "refresh_rate": int(hertz),
        "num_rear_cameras": int(rear),
        "num_front_cameras": 1.0,
        "os": os,
        "primary_camera_rear": float(camera),
        "primary_camera_front": float(selfie),
        "extended_memory_available": 0,
        "extended_upto": None,
        "resolution_width": int(width),
        "resolution_height": int(height),
    }


def _phones_frame() -> pd.DataFrame:
    rng = np.random.default_rng(5205)
    used = {line[1] for line in _SP_LUXURY}
    rows = [_sp_luxury(line) for line in _SP_LUXURY]
    for brand, spec in _SP_BRANDS.items():
        rows += [_sp_phone(rng, brand, used) for _ in range(spec[0])]
    frame = pd.DataFrame(rows)
    frame = frame.iloc[rng.permutation(len(frame))].reset_index(drop=True)
    return frame[_SP_COLUMNS]


def _sp_dearest(d: pd.DataFrame) -> pd.Series:
    return _ranked(pd.Series(d["price"].to_numpy(), index=_text(d["model"])))


def _sp_forms(name: str) -> list[str]:
    """A model's shorter names: without its memory variant and "5G", and without the brand's name too."""
    short = name.split(" (")[0].replace(" 5G", "")
    return [short, short.split(" ", 1)[-1]]


def _sp_biggest_battery(d: pd.DataFrame) -> list[str]:
    top = d.assign(_m=_text(d["model"])).set_index("_m").loc[list(_sp_dearest(d).index[:5])]
    return [str(top["battery_capacity"].idxmax())]


_SP_ID = ("brand_name", "model")
_PHONES_QS = [
    Q(
        "which brand has the most phones in the data?",
        _lead(_named(_top(lambda d: _known(d["brand_name"]).value_counts()))),
        _SP_ID,
    ),
    Q(
        "avg price of 5g vs non 5g phones",
        _scaled(lambda d: d.groupby(_text(d["has_5g"]).str.lower())["price"].mean().to_numpy(), (1e3, 1e5)),
        (*_SP_ID, "has_5g", "price"),
    ),
    Q(
        "how many phones cost under 20000 rs",
        either(
            _count(lambda d: float((d["price"] < 20000).sum())), _count(lambda d: float((d["price"] <= 20000).sum()))
        ),
        (*_SP_ID, "price"),
    ),
    Q(
        "is price correlated with rating?",
        _corr(lambda d: d["price"], lambda d: d["rating"]),
        (*_SP_ID, "price", "rating"),
    ),
    Q(
        "top 5 most expensive phones",
        _any_named(lambda d: list(_sp_dearest(d).index[:5]), _sp_forms),
        (*_SP_ID, "price"),
    ),
    Q(
        "which of those has the biggest battery?",
        _lead(_any_named(_sp_biggest_battery, _sp_forms)),
        (*_SP_ID, "price", "battery_capacity"),
    ),
]


# --- 6. Pima Indians diabetes (Kaggle "Pima Indians Diabetes Database", diabetes.csv) -----------------------------

# column: zeros standing for a missing value, among patients without and with diabetes
_PI_ZEROS = {"Glucose": (3, 2), "BloodPressure": (19, 16), "SkinThickness": (139, 88), "Insulin": (236, 138)}
_PI_ZEROS |= {"BMI": (9, 2)}
_PI_MEASURES = ("Glucose", "BloodPressure", "SkinThickness", "Insulin", "BMI")


def _pima_frame() -> pd.DataFrame:
    rng = np.random.default_rng(5206)
    parts: list[pd.DataFrame] = []
    for outcome, n in ((0, 500), (1, 268)):
        sick = outcome == 1
        age = np.clip(np.round(21 + rng.gamma(2.0 if sick else 1.3, 8.0 if sick else 7.6, n)), 21, 81).astype(int)
        expected = np.clip((age - 19) * (0.36 if sick else 0.3), 0.3, 9) * rng.gamma(2, 0.5, n)
        pregnancies = np.clip(rng.poisson(expected), 0, 17)
        glucose = np.clip(np.round(rng.normal(141 if sick else 110, 29 if sick else 24.5, n)), 56, 199)
        bmi = np.clip(np.round(rng.normal(35.3 if sick else 31.5, 6.6, n), 1), 18.2, 67.1)
        skin = np.clip(np.round(rng.normal(33 if sick else 27, 10, n) + 0.5 * (bmi - 32)), 7, 63)
        insulin = np.clip(
            np.round(rng.lognormal(np.log(165 if sick else 112), 0.6, n) + 0.8 * (glucose - 120)), 14, 846
        )
        parts.append(
            pd.DataFrame(
                {
                    "Pregnancies": pregnancies.astype(int),
                    "Glucose": glucose.astype(int),
                    "BloodPressure": np.clip(
                        np.round(rng.normal(75 if sick else 70.5, 12, n) + 0.15 * (age - 33)), 24, 122
                    ).astype(int),
                    "SkinThickness": skin.astype(int),
                    "Insulin": insulin.astype(int),
                    "BMI": bmi,
                    "DiabetesPedigreeFunction": np.round(
                        np.clip(rng.lognormal(np.log(0.45 if sick else 0.34), 0.62, n), 0.078, 2.42), 3
                    ),
                    "Age": age,
                    "Outcome": outcome,
                }
            )
        )
        frame = parts[-1]
        for column, zeros in _PI_ZEROS.items():
            k = zeros[outcome]
            if column == "Insulin":
                skinless = np.flatnonzero(frame["SkinThickness"] == 0)
                others = np.setdiff1d(np.arange(n), skinless)
                rows = np.concatenate([skinless, rng.choice(others, k - len(skinless), replace=False)])
            else:
                rows = rng.choice(n, k, replace=False)
            frame.loc[rows, column] = 0
    frame = pd.concat(parts, ignore_index=True)
    frame.loc[int(rng.choice(np.flatnonzero(frame["SkinThickness"] > 40))), "SkinThickness"] = 99
    return frame.iloc[rng.permutation(len(frame))].reset_index(drop=True)


def _pi_missing(d: pd.DataFrame) -> pd.DataFrame:
    """The measures with their zeros read as missing."""
    return d.assign(**{c: d[c].replace(0, np.nan) for c in _PI_MEASURES})


def _pi_age_rates(d: pd.DataFrame) -> Any:
    groups = pd.cut(d["Age"], [0, 29, 39, 49, 200])
    return d["Outcome"].groupby(groups, observed=True).mean().to_numpy()


def _pi_strongest(zeros_missing: bool) -> Callable[[pd.DataFrame], str]:
    def name(d: pd.DataFrame) -> str:
        frame = _pi_missing(d) if zeros_missing else d
        return str(frame.corr()["Outcome"].drop("Outcome").abs().idxmax())

    return name


_PIMA_QS = [
    Q(
        "what % of the patients have diabetes?",
        _share(lambda d: float(d["Outcome"].mean())),
        ("Outcome",),
    ),
    Q(
        "average glucose for diabetics vs non-diabetics",
        either(
            _about(lambda d: d.groupby("Outcome")["Glucose"].mean().to_numpy()),
            _about(lambda d: _pi_missing(d).groupby("Outcome")["Glucose"].mean().to_numpy()),
        ),
        ("Glucose", "Outcome"),
    ),
    Q(
        "how many patients have insulin = 0",
        _count(lambda d: float((d["Insulin"] == 0).sum())),
        ("Insulin",),
    ),
    Q(
        "whats the median BMI",
        either(_about(lambda d: d["BMI"].median()), _about(lambda d: _pi_missing(d)["BMI"].median())),
        ("BMI",),
    ),
    Q(
        "diabetes rate by age group (21-29, 30-39, 40-49, 50+)",
        _shares(_pi_age_rates),
        ("Age", "Outcome"),
    ),
    Q(
        "which variable is most strongly correlated with the outcome?",
        both(
            either(_lead(_named(_pi_strongest(False))), _lead(_named(_pi_strongest(True)))),
            either(
                _corr(lambda d: d["Glucose"], lambda d: d["Outcome"]),
                _corr(lambda d: _pi_missing(d)["Glucose"], lambda d: d["Outcome"]),
            ),
        ),
        ("Outcome", *_PI_MEASURES, "Pregnancies", "DiabetesPedigreeFunction", "Age"),
    ),
]


# --- 7. NBA players (Kaggle "NBA Players", all_seasons.csv) ---------------------------------------------------------

# franchises, a move written ">NEW@first season"; a franchise with "@" alone joins the league that season
_NB_FRANCHISES = _split(
    "ATL;BOS;CHH>NOH@2002>NOK@2005>NOH@2007>NOP@2013;CHI;CLE;DAL;DEN;DET;GSW;HOU;IND;LAC;LAL;MIA;MIL;MIN;"
    "NJN>BKN@2012;NYK;ORL;PHI;PHX;POR;SAC;SAS;SEA>OKC@2008;TOR;UTA;VAN>MEM@2001;WAS;CHA@2004"
)
_NB_TEAM_NAMES: dict[str, tuple[str, ...]] = {
    "ATL": ("Atlanta", "Hawks"),
    "BOS": ("Boston", "Celtics"),
    "CHH": ("Charlotte", "Hornets"),
}
_NB_TEAM_NAMES |= {"NOH": ("New Orleans", "Hornets"), "NOK": ("New Orleans", "Hornets"), "NOP": ("Pelicans",)}
_NB_TEAM_NAMES |= {"CHI": ("Chicago", "Bulls"), "CLE": ("Cleveland", "Cavaliers"), "DAL": ("Dallas", "Mavericks")}
_NB_TEAM_NAMES |= {"DEN": ("Denver", "Nuggets"), "DET": ("Detroit", "Pistons"), "GSW": ("Golden State", "Warriors")}
_NB_TEAM_NAMES |= {"HOU": ("Houston", "Rockets"), "IND": ("Indiana", "Pacers"), "LAC": ("Clippers",)}
_NB_TEAM_NAMES |= {"LAL": ("Lakers",), "MIA": ("Miami", "Heat"), "MIL": ("Milwaukee", "Bucks")}
_NB_TEAM_NAMES |= {"MIN": ("Minnesota", "Timberwolves"), "NJN": ("New Jersey", "Nets"), "BKN": ("Brooklyn", "Nets")}
_NB_TEAM_NAMES |= {"NYK": ("New York", "Knicks"), "ORL": ("Orlando", "Magic"), "PHI": ("Philadelphia", "76ers")}
_NB_TEAM_NAMES |= {"PHX": ("Phoenix", "Suns"), "POR": ("Portland", "Trail Blazers"), "SAC": ("Sacramento", "Kings")}
_NB_TEAM_NAMES |= {"SAS": ("San Antonio", "Spurs"), "SEA": ("Seattle", "SuperSonics"), "OKC": ("Oklahoma City",)}
_NB_TEAM_NAMES |= {"TOR": ("Toronto", "Raptors"), "UTA": ("Utah", "Jazz"), "VAN": ("Vancouver", "Grizzlies")}
_NB_TEAM_NAMES |= {"MEM": ("Memphis", "Grizzlies"), "WAS": ("Washington", "Wizards"), "CHA": ("Charlotte",)}
_NB_COLLEGES = (
    "Kentucky:4.2;Duke:3.6;North Carolina:2.9;UCLA:2.8;Kansas:2.7;Arizona:2.6;Connecticut:1.9;Michigan:1.8;Texas:1.8;"
    "Florida:1.7;Syracuse:1.6;Michigan State:1.6;Georgetown:1.4;Louisville:1.3;Ohio State:1.3;Wake Forest:1.3;"
    "Memphis:1.3;Villanova:1.2;Indiana:1.2;Stanford:1.2;Maryland:1.2;Georgia Tech:1.2;Washington:1.2;"
    "Arizona State:1.0;Gonzaga:1.0;LSU:1.0;Marquette:1.0;USC:1.0;Notre Dame:0.9;Alabama:0.9;Baylor:0.8;Iowa State:0.8;"
    "Cincinnati:0.8;Oklahoma:0.8;Purdue:0.8;Tennessee:0.8;Virginia:0.8;Xavier:0.7;Oregon:0.7;Pittsburgh:0.7;"
    "Arkansas:0.7;Missouri:0.7;Wisconsin:0.7;Illinois:0.7;Utah:0.6;Texas A&M:0.6;Seton Hall:0.5;St. John's:0.5;"
    "Creighton:0.5;Nevada:0.5;Temple:0.5;Minnesota:0.5;Iowa:0.5;Florida State:0.5;Mississippi State:0.4;Auburn:0.4;"
    "Miami (FL):0.4;Boston College:0.4;Providence:0.4;DePaul:0.4;Fresno State:0.3;Murray State:0.3;Weber State:0.3;"
    "Davidson:0.3;Butler:0.3;UNLV:0.4;San Diego State:0.4;Vanderbilt:0.4;West Virginia:0.5;Oklahoma State:0.4"
)
_NB_COUNTRIES = (
    "Canada:11;France:10;Australia:7;Serbia:5.5;Spain:5;Germany:5;Brazil:4;Croatia:4;Lithuania:3.5;Nigeria:3;"
    "Turkey:3;Greece:2.5;Argentina:2.5;Slovenia:2.5;Italy:2;Dominican Republic:2;Cameroon:2;Latvia:1.5;Georgia:1.5;"
    "Senegal:1.5;Ukraine:1.5;Russia:1.5;Montenegro:1;Bahamas:1;Puerto Rico:1;China:1;Jamaica:1;Japan:0.5;"
    "Israel:0.7;Finland:0.5;Sweden:0.5;New Zealand:0.5;Switzerland:0.5;Congo:0.5;Sudan:0.3;Mali:0.3"
)
_NB_FIRST = _split(
    "James;Michael;Chris;Anthony;Kevin;Marcus;Brandon;Tyler;Justin;Jordan;Jalen;Derrick;Andre;Darius;Terrence;Jamal;"
    "Tony;Eric;Brian;Jason;Kyle;Ryan;Aaron;Isaiah;Malik;Trey;Devin;Tre;DeAndre;Rashad;Lamar;Dwayne;Jarrett;Corey;"
    "Shawn;Troy;Antoine;Kendrick;Cedric;Quentin;Reggie;Vince;Damon;Ray;Shane;Luke;Nick;Josh;Zach;Cameron;Keith;Gary;"
    "Mike;Glenn;Larry;Cliff;Otto;Dejounte;Kelly;Bobby;Tim;Greg;Wesley;Elijah;Donovan;Jaylen;Jabari;Khris;Kemba"
)
_NB_LAST = _split(
    "Johnson;Williams;Brown;Jones;Davis;Miller;Wilson;Moore;Taylor;Anderson;Thomas;Jackson;White;Harris;Martin;"
    "Thompson;Robinson;Walker;Young;Allen;King;Wright;Hill;Green;Adams;Baker;Nelson;Carter;Mitchell;Roberts;Turner;"
    "Phillips;Campbell;Parker;Evans;Edwards;Collins;Stewart;Morris;Rogers;Reed;Cook;Bell;Murphy;Bailey;Cooper;"
    "Richardson;Cox;Howard;Ward;Watson;Brooks;Sanders;Price;Bennett;Wood;Barnes;Ross;Henderson;Coleman;Jenkins;"
    "Perry;Powell;Long;Patterson;Hughes;Washington;Butler;Simmons;Foster;Bryant;Alexander;Russell;Griffin;Hayes;"
    "Myers;Ford;Hamilton;Graham;Sullivan;Wallace;Woods;Cole;West;Jordan;Owens;Reynolds;Fisher;Ellis;Harrison;Gibson"
)
_NB_FOREIGN_FIRST = _split("Luka;Nikola;Goran;Dario;Bojan;Jonas;Domantas;Rudy;Evan;Nicolas;Dennis;Thon;Andrew;Kristaps")
_NB_FOREIGN_LAST = _split(
    "Petrovic;Jokic;Bogdanovic;Saric;Valanciunas;Sabonis;Gobert;Fournier;Batum;Schroder;Maker;Wiggins;Porzingis;"
    "Mirotic;Gasol;Parker;Diaw;Ginobili;Scola;Kanter;Turkoglu;Ilyasova;Antetokounmpo;Nowitzki;Kleber;Doncic"
)
_NB_GAMES = {1998: 50, 2011: 66, 2019: 75, 2020: 72}
_NB_COLUMNS = _split(
    ";player_name;team_abbreviation;age;player_height;player_weight;college;country;draft_year;draft_round;"
    "draft_number;gp;pts;reb;ast;net_rating;oreb_pct;dreb_pct;usg_pct;ts_pct;ast_pct;season"
)


def _nb_team(franchise: str, year: int) -> str | None:
    """A franchise's abbreviation in the season starting in `year` (None before it joined)."""
    code, *moves = franchise.split(">")
    if "@" in code:
        code, first = code.split("@")
        if year < int(first):
            return None
    for move in moves:
        new, since = move.split("@")
        code = new if year >= int(since) else code
    return code


def _nb_career(rng: np.random.Generator, used: set[str]) -> list[dict[str, Any]]:
    debut = int(rng.integers(1988, 2023))
    skill = float(np.clip(rng.normal(0, 1), -2.5, 2.9))
    abroad = rng.random() < float(np.clip(0.06 + 0.007 * (debut - 1996), 0.04, 0.28))
    country = _draw(rng, _NB_COUNTRIES) if abroad else "USA"
    first, last = (_NB_FOREIGN_FIRST, _NB_FOREIGN_LAST) if abroad and rng.random() < 0.6 else (_NB_FIRST, _NB_LAST)
    name = _unique(rng, lambda r: f"{_one(r, first)} {_one(r, last)}" + (" Jr." if r.random() < 0.03 else ""), used)
    inches = int(np.clip(round(rng.normal(79.4 - 0.035 * (debut - 1996), 3.4)), 69, 90))
    pounds = float(np.clip(round(222 + 7.5 * (inches - 79) + rng.normal(0, 17)), 160, 360))
    prep = not abroad and 1995 <= debut <= 2005 and rng.random() < 0.04 + 0.1 * (skill > 1.5)
    if abroad:
        college = _draw(rng, _NB_COLLEGES) if rng.random() < 0.2 else "None"
    else:
        college = "None" if prep or rng.random() < 0.04 else _draw(rng, _NB_COLLEGES)
    drafted = rng.random() < 1 / (1 + np.exp(-(1.3 + 1.4 * skill)))
    first_round = drafted and rng.random() < 1 / (1 + np.exp(-(0.4 + 1.6 * skill)))
    if drafted:
        pick = (
            int(np.clip(round(15 - 8 * skill + rng.normal(0, 5)), 1, 30)) if first_round else int(rng.integers(31, 61))
        )
        draft = (str(debut - int(rng.integers(0, 3)) if abroad else debut), "1" if first_round else "2", str(pick))
    else:
        draft = ("Undrafted", "Undrafted", "Undrafted")
    years = int(np.clip(round(rng.gamma(1.4 + 0.9 * max(skill, 0), 3.2)), 1, 20))
    role = "guard" if inches <= 76 else "big" if inches >= 82 else "wing"
    franchises = [f for f in _NB_FRANCHISES if _nb_team(f, max(debut, 1996))]
    franchise = str(_one(rng, franchises))
    age0 = int(rng.integers(19, 23)) + int(abroad) + int(not drafted)
    rows: list[dict[str, Any]] = []
    for k in range(years):
        year = debut + k
        if k and rng.random() < 0.22:
            franchise = str(_one(rng, [f for f in _NB_FRANCHISES if _nb_team(f, year)]))
        if year < 1996 or year > 2022:
            continue
        form = skill + 0.35 * min(k, 4) / 4 - 0.1 * max(0, age0 + k - 30) + float(rng.normal(0, 0.3))
        games = int(np.clip(round(rng.normal(50 + 10 * form, 18)), 1, _NB_GAMES.get(year, 82)))
        raw = max(0.0, float(np.exp(1.9 + 0.45 * form + rng.normal(0, 0.2))) - 1.5)
        pts = round(60 * (1 - np.exp(-raw / 60)), 1)
        reb_rate, ast_rate, oreb, dreb, astp = {
            "guard": (0.28, 0.4, 0.02, 0.1, 0.26),
            "wing": (0.42, 0.2, 0.04, 0.14, 0.12),
            "big": (0.72, 0.12, 0.09, 0.21, 0.08),
        }[role]
        small = games < 10
        rows.append(
            {
                "player_name": name,
                "team_abbreviation": _nb_team(franchise, year),
                "age": float(age0 + k),
                "player_height": round(inches * 2.54, 2),
                "player_weight": round(pounds * 0.453592, 6),
                "college": college,
                "country": country,
                "draft_year": draft[0],
                "draft_round": draft[1],
                "draft_number": draft[2],
                "gp": games,
                "pts": pts,
                "reb": round(float(0.4 + pts**0.85 * reb_rate * rng.lognormal(0, 0.2)), 1),
                "ast": round(float(0.2 + pts**0.85 * ast_rate * rng.lognormal(0, 0.25)), 1),
                "net_rating": round(float(rng.normal(-2 + 2 * form, 16 if small else 5)), 1),
                "oreb_pct": round(float(np.clip(rng.normal(oreb, 0.012 if not small else 0.04), 0, 0.5)), 3),
                "dreb_pct": round(float(np.clip(rng.normal(dreb, 0.025 if not small else 0.08), 0, 0.6)), 3),
                "usg_pct": round(float(np.clip(0.1 + pts / 150 + rng.normal(0, 0.035), 0.03, 0.4)), 3),
                "ts_pct": round(float(np.clip(rng.normal(0.535, 0.045 if not small else 0.15), 0, 1)), 3),
                "ast_pct": round(float(np.clip(rng.normal(astp, 0.04), 0, 0.55)), 3),
                "season": f"{year}-{(year + 1) % 100:02d}",
            }
        )
    return rows


def _nba_frame() -> pd.DataFrame:
    rng = np.random.default_rng(5207)
    used: set[str] = set()
    rows: list[dict[str, Any]] = []
    while len(rows) < 4800:
        rows += _nb_career(rng, used)
    frame = pd.DataFrame(rows)
    frame = frame.iloc[rng.permutation(len(frame))].sort_values("season", kind="stable").reset_index(drop=True)
    frame.insert(0, "", np.arange(len(frame)))
    return frame[_NB_COLUMNS]


def _nb_best(d: pd.DataFrame) -> pd.Series:
    return d.loc[d["pts"].idxmax()]


def _nb_heights(d: pd.DataFrame) -> list[float]:
    season = _text(d["season"])
    return [float(d.loc[season == s, "player_height"].mean()) for s in ("1996-97", "2022-23")]


def _nb_undrafted(unique: bool) -> Callable[[pd.DataFrame], float]:
    def count(d: pd.DataFrame) -> float:
        rows = d[_text(d["draft_year"]).str.lower() == "undrafted"]
        return float(rows["player_name"].nunique() if unique else len(rows))

    return count


def _nb_top_college(unique: bool) -> Callable[[pd.DataFrame], str]:
    def name(d: pd.DataFrame) -> str:
        rows = d.assign(_c=_text(d["college"]))
        rows = rows[~rows["_c"].isin(["", "None"])]
        rows = rows.drop_duplicates(["player_name", "_c"]) if unique else rows
        return _top(lambda x: x["_c"].value_counts())(rows)

    return name


_NB_ID = ("player_name",)
_NBA_QS = [
    Q(
        "who had the highest points per game in a single season?",
        _lead(_named(lambda d: str(_nb_best(d)["player_name"]))),
        (*_NB_ID, "pts", "season"),
    ),
    Q(
        "what team was he on that year",
        _named(lambda d: str(_nb_best(d)["team_abbreviation"]), _NB_TEAM_NAMES),
        (*_NB_ID, "pts", "season", "team_abbreviation"),
    ),
    Q(
        "how has average player height changed from 1996-97 to 2022-23?",
        either(_about(_nb_heights, rel=0.001), _about(lambda d: np.asarray(_nb_heights(d)) / 2.54, rel=0.001)),
        (*_NB_ID, "player_height", "season"),
    ),
    Q(
        "how many players went undrafted?",
        either(_count(_nb_undrafted(True)), _count(_nb_undrafted(False))),
        (*_NB_ID, "draft_year", "draft_round", "draft_number"),
    ),
    Q(
        "which college has produced the most players",
        either(_lead(_named(_nb_top_college(True))), _lead(_named(_nb_top_college(False)))),
        (*_NB_ID, "college"),
    ),
    Q(
        "is usage rate correlated with points per game?",
        _corr(lambda d: d["usg_pct"], lambda d: d["pts"]),
        (*_NB_ID, "usg_pct", "pts"),
    ),
]


HELDOUT52: list[Dataset] = [
    Dataset("fuel_consumption_ratings_2022", _fuel_frame, _FUEL_QS),
    Dataset("hotel_booking_demand", _hotel_frame, _HOTEL_QS),
    Dataset("uber_request_data", _uber_frame, _UBER_QS),
    Dataset("airline_on_time_2018", _airline_frame, _AIRLINE_QS),
    Dataset("smartphones_cleaned", _phones_frame, _PHONES_QS),
    Dataset("pima_indians_diabetes", _pima_frame, _PIMA_QS),
    Dataset("nba_players_all_seasons", _nba_frame, _NBA_QS),
]
