"""HELDOUT40: a blind held-out set of seven datasets and 42 questions.

All seven frames copy the column layout of popular public datasets an analyst is likely to bring along: Kaggle's
Amazon Sales Dataset (amazon.csv, 1465 rows scraped from amazon.in in 2023) with "B07JW9H4J1" product ids, long
product names, "|"-joined category paths such as "Computers&Accessories|Accessories&Peripherals|...", prices as
"₹399" and "₹1,099" text, "64%" discounts, a rating column with one "|" in it, "24,269" rating counts (two blank),
comma-joined reviewer ids, names and reviews, image and product links, and some products listed twice; Kaggle's Uber
and Lyft rides in Boston (rideshare_kaggle.csv, late November to mid December 2018) cut to its ride columns and a
first block of weather columns, with uuid ids, epoch timestamps with two decimals, UTC hour / day / month / datetime
next to an "America/New_York" timezone, twelve Boston pickup and drop-off areas, Lyft product ids beside Uber's uuid
product ids, thirteen ride names, prices in dollars (blank for every Taxi), distances in miles, surge multipliers
only on Lyft, Fahrenheit temperatures and padded weather summaries (" Mostly Cloudy "); Kaggle's Customer Shopping
Trends file (shopping_behavior_updated.csv, 3900 customers) with "Purchase Amount (USD)", 50 US states, 2.5-5.0
review ratings, Yes / No subscription, discount and promo-code flags (discounts only for men, every subscriber
discounted, promo code always matching discount), shipping types, payment methods and purchase frequencies such as
"Every 3 Months"; Kaggle's Global Air Pollution dataset (global air pollution dataset.csv) with one row per city,
United Nations country names ("United States of America", "Russian Federation"), a few rows without a country and
one without a city, and an overall AQI Value with its AQI Category beside the CO, ozone, NO2 and PM2.5 AQI values
and categories; Kaggle's electric vehicle file ElectricCarData_Clean.csv (103 cars) with a trailing space in every
Brand, AccelSec, TopSpeed_KmH, Range_Km, Efficiency_WhKm, FastCharge_KmH as text with "-" for cars that cannot fast
charge, Yes / No RapidCharge, AWD / RWD / FWD PowerTrain, "Type 2 CCS" style PlugType, BodyStyle, A-F, N and S
segments, Seats and PriceEuro; Kaggle's HR analytics file HR_comma_sep.csv with 0-1 satisfaction and evaluation
scores, number_project, the misspelt average_montly_hours, time_spend_company, 0/1 Work_accident, left and
promotion_last_5years, departments written "sales", "RandD", "product_mng", "IT", low / medium / high salary and
everyone who left listed first; and Kaggle's Daily Delhi Climate training file (DailyDelhiClimateTrain.csv,
2013-01-01 to 2017-01-01) with date, meantemp, humidity, wind_speed and meanpressure as averages of a day's readings
(7.166666666666667), a few impossible pressures and a lone first day of 2017. All are generated with a fixed seed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from .heldout37 import _all_named, _count, _lead, _loose, _named, _share, _shares, _split, _text
from .heldout38 import _draw, _month, _plurals
from .offline_eval import Check, Dataset, Q, both, either, has
from .offline_eval import about as _about
from .offline_eval import corr_of as _corr
from .offline_eval import pick_one as _one
from .offline_eval import scaled as _scaled

# --- shared helpers ------------------------------------------------------------------------------------------------


def _number(s: pd.Series) -> pd.Series:
    """Numbers written as text ("₹1,099", "64%", "24,269", "-"), blanks and anything else unreadable as NaN."""
    cleaned = _text(s).str.replace(r"[₹$,%\s]", "", regex=True)
    return pd.to_numeric(cleaned, errors="coerce")


def _fixed(label: str) -> Callable[[pd.DataFrame], str]:
    return lambda _d: label


def _top_named(ranking: Callable[[pd.DataFrame], pd.Series], k: int) -> Check:
    """The first `k` labels of a ranking (scores indexed by label, best first), ties at the cut allowed: every label
    scoring better than the k-th, and enough of those scoring the same as it."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        scores = ranking(df)
        cut = scores.iloc[k - 1]
        above = [str(x) for x, v in scores.iloc[:k].items() if v != cut]
        level = [str(x) for x, v in scores.items() if v == cut]
        why = _all_named(lambda _d: above)(answer, df)
        if why:
            return why
        said = sum(_named(_fixed(x))(answer, df) is None for x in level)
        return None if said >= k - len(above) else f"missing {k - len(above)} of {level!r}"

    return check


# --- 1. Amazon products (Kaggle "Amazon Sales Dataset", amazon.csv) ------------------------------------------------

# leaf category path: products, median actual price (INR), median rating count, brands, what the products are
_AZ_LEAVES: dict[str, tuple[int, float, float, str, str]] = {
    "Computers&Accessories|Accessories&Peripherals|Cables&Accessories|Cables|USBCables": (
        236,
        750,
        4000,
        "Wayona;Ambrane;boAt;Portronics;pTron;AmazonBasics;Duracell;MI;Sounce;Tizum;Zebronics;TP-Link;Syska;Belkin;"
        "Anker;STRIFF;Pinnaclz;Flix (Beetel);Deuce;Lapster",
        "Nylon Braided USB to Lightning Fast Charging and Data Sync Cable Compatible for iPhone 13, 12, 11, X, 8, 7;"
        "USB Type C to Type C 60W Fast Charging Cable, 1.5 Meter;"
        "Micro USB Cable 2A Fast Charging and Data Sync Cable for Android Smartphones;"
        "3 in 1 Multi Charging Cable with Type C, Micro USB and Lightning Connectors;"
        "USB A to Type C Cable 3A Quick Charge, Tough Braided, 1 Meter;"
        "Unbreakable Type C Cable 480Mbps Data Transfer, 6.5 Feet;"
        "100W USB C to USB C Cable PD Fast Charging for MacBook, iPad Pro and Laptops;"
        "Lightning to USB-A Cable MFi Certified, 1.2m;"
        "Magnetic Charging Cable with 360 Degree Rotation and LED Indicator;"
        "Flat Type C Cable Tangle Free with Fast Charging Support, 2 Meter;"
        "USB 2.0 A Male to Micro B Cable for Power Banks and Bluetooth Speakers, 25cm",
    ),
    "Computers&Accessories|Accessories&Peripherals|Keyboards,Mice&InputDevices|Mice": (
        24,
        800,
        12000,
        "Logitech;HP;Dell;Zebronics;Portronics;Lenovo;AmazonBasics;Redgear",
        "Logitech>M235 Wireless Mouse, 1000 DPI Optical Tracking, 12 Month Battery Life;"
        "HP>X200 Wired Optical Mouse with 3 Buttons and 1000 DPI;"
        "Silent Wireless Mouse with Nano Receiver, Ambidextrous Design;"
        "Gaming Mouse with RGB Lighting and 6 Programmable Buttons",
    ),
    "Computers&Accessories|Accessories&Peripherals|Keyboards,Mice&InputDevices|Keyboard&MouseSets": (
        14,
        1500,
        5000,
        "Logitech;HP;Dell;Zebronics;Lenovo;Portronics",
        "MK215 Wireless Keyboard and Mouse Combo for Windows;"
        "KM100 Wired Keyboard and Mouse Set with Spill Resistant Keys;"
        "Slim Wireless Keyboard Mouse Combo with 2.4 GHz Receiver, Hindi and English Keys",
    ),
    "Computers&Accessories|ExternalDevices&DataStorage|PenDrives": (
        18,
        900,
        25000,
        "SanDisk;HP;Kingston;Samsung;Lexar;Sony",
        "SanDisk>Ultra Dual Drive 64GB USB 3.0 OTG Pen Drive;"
        "SanDisk>Cruzer Blade 32GB USB 2.0 Flash Drive;"
        "HP>v236w 64GB USB 2.0 Metal Pen Drive;"
        "Kingston>DataTraveler Exodia 128GB USB 3.2 Flash Drive with Protective Cap;"
        "64GB USB 3.1 Flash Drive with Keyring, up to 100MB/s;"
        "32GB Type C OTG Pen Drive for Android Phones",
    ),
    "Computers&Accessories|NetworkingDevices|Routers": (
        14,
        2800,
        18000,
        "TP-Link;D-Link;Tenda;Netgear;Mercusys",
        "TP-Link>Archer C6 AC1200 Dual Band Wireless Gigabit Router with MU-MIMO;"
        "N300 WiFi Wireless Router, 300Mbps, 2 Antennas;"
        "AC1200 Smart Dual Band WiFi Router with 4 Gigabit Ports;"
        "AX1500 WiFi 6 Router with OneMesh Support",
    ),
    "Computers&Accessories|NetworkingDevices|NetworkAdapters|WirelessUSBAdapters": (
        14,
        900,
        9000,
        "TP-Link;D-Link;Tenda;Zebronics",
        "TL-WN725N 150Mbps Wireless N Nano USB WiFi Adapter;"
        "AC600 Dual Band USB WiFi Adapter for PC and Laptop;"
        "Bluetooth 5.0 USB Adapter for PC, Plug and Play",
    ),
    "Computers&Accessories|Accessories&Peripherals|Adapters|USBtoUSBAdapters": (
        26,
        450,
        3000,
        "AmazonBasics;Portronics;Ambrane;boAt;Tizum;Verilux",
        "USB C to USB A OTG Adapter, Aluminium Shell;"
        "Micro USB Male to USB Female OTG Adapter for Android;"
        "USB C Hub 5 in 1 with HDMI, 3 USB 3.0 Ports and PD Charging;"
        "Type C to 3.5mm Headphone Jack Adapter with DAC Chip",
    ),
    "Computers&Accessories|Accessories&Peripherals|LaptopAccessories|Lapdesks": (
        10,
        1500,
        2500,
        "AmazonBasics;Gizga Essentials;Callas;SOFLIN",
        "Multi-Purpose Foldable Laptop Table with Cup Holder;"
        "Adjustable Aluminium Laptop Stand, Ergonomic and Foldable;"
        "Wooden Bed Table for Laptop and Study, Matte Finish",
    ),
    "Computers&Accessories|Accessories&Peripherals|HardDiskBags": (
        8,
        550,
        2000,
        "AmazonBasics;Gizga Essentials;Tizum;Lapster",
        "Hard Disk Case for 2.5 Inch External Hard Drive, Shockproof;"
        "Travel Organizer Pouch for Cables, Chargers and Power Banks",
    ),
    "Computers&Accessories|Monitors": (
        10,
        14000,
        1500,
        "LG;Samsung;BenQ;Acer;Dell;MSI",
        "27 Inch (68.6 cm) Full HD IPS Monitor with 75Hz Refresh Rate and AMD FreeSync;"
        "24 Inch (60.5 cm) Ultra Slim LED Monitor with HDMI and VGA Ports;"
        "32 Inch (80 cm) Curved Gaming Monitor, 165Hz, 1ms",
    ),
    "Computers&Accessories|Printers,Inks&Accessories|Inks,Toners&Cartridges|InkjetInkCartridges": (
        12,
        900,
        6000,
        "HP;Canon;Epson;Brother",
        "HP>682 Black Original Ink Cartridge;"
        "Canon>PG-47 Black Ink Cartridge for Pixma Printers;"
        "Epson>003 65ml Ink Bottle for EcoTank Printers;"
        "HP>682 Tri-Color Original Ink Advantage Cartridge;"
        "Brother>BT5000 Cyan Ink Bottle",
    ),
    "Computers&Accessories|Accessories&Peripherals|Audio&VideoAccessories|Webcams": (
        12,
        2200,
        3000,
        "Logitech;Lenovo;Zebronics;Quantum;HP",
        "Logitech>C270 Digital HD Webcam with Widescreen HD Video Calling and Noise Reducing Mic;"
        "Full HD 1080p Webcam with Privacy Shutter and Dual Mic;"
        "Crystal Clear 720p USB Webcam for Video Calls",
    ),
    "Computers&Accessories|Components|InternalSolidStateDrives": (
        12,
        4000,
        7000,
        "Crucial;Samsung;Western Digital;Kingston;Crucial",
        "Crucial>P3 500GB PCIe 3.0 3D NAND NVMe M.2 SSD, up to 3500MB/s;"
        "Samsung>870 EVO 500GB 2.5 Inch SATA III Internal SSD;"
        "Western Digital>WD Blue SN570 1TB NVMe Internal Solid State Drive;"
        "Kingston>A400 240GB SATA 3 2.5 Inch Internal SSD;"
        "512GB NVMe M.2 Internal SSD with Heatsink",
    ),
    "Electronics|WearableTechnology|SmartWatches": (
        76,
        7000,
        9000,
        "Fire-Boltt;Noise;boAt;Fastrack;pTron;Amazfit;Fitbit;beatXP;Crossbeats;Gizmore",
        "Fire-Boltt>Ninja Call Pro Plus 1.83 Inch Smart Watch with Bluetooth Calling, AI Voice Assistance;"
        "Noise>ColorFit Pulse Grand Smart Watch with 1.69 Inch HD Display, 60 Sports Modes, 150 Watch Faces;"
        "boAt>Wave Call Smart Watch with Dial Pad, 1.69 Inch HD Display and Heart Rate Monitoring;"
        "Fastrack>Reflex Play Smartwatch with AMOLED Display and SpO2 Monitor;"
        "Smart Watch with Bluetooth Calling, 1.32 Inch Round Display, IP67;"
        "1.85 Inch Bluetooth Calling Smart Watch, 550 NITS Brightness, 100+ Sports Modes;"
        "1.78 Inch AMOLED Display Smart Watch with Metal Frame and Always On Display;"
        "Fitness Band with Heart Rate and SpO2 Monitoring, 14 Days Battery",
    ),
    "Electronics|Mobiles&Accessories|Smartphones&BasicMobiles|Smartphones": (
        66,
        21000,
        18000,
        "Redmi;Samsung Galaxy;OnePlus;iQOO;Realme;Oppo;Vivo;Tecno;Nokia",
        "Redmi>Note 12 Pro 5G (Glacier Blue, 6GB RAM, 128GB Storage);"
        "Redmi>Note 12 Pro 5G (Onyx Black, 8GB RAM, 256GB Storage);"
        "Redmi>10A (Charcoal Black, 4GB RAM, 64GB Storage);"
        "Redmi>A1 (Light Blue, 2GB RAM, 32GB Storage);"
        "Samsung Galaxy>A14 5G (Dark Green, 4GB RAM, 64GB Storage);"
        "Samsung Galaxy>M33 5G (Mystique Green, 6GB, 128GB Storage) with 6000mAh Battery;"
        "Samsung Galaxy>M13 (Aqua Green, 6GB, 128GB Storage);"
        "Samsung Galaxy>S20 FE 5G (Cloud Navy, 8GB RAM, 128GB Storage);"
        "OnePlus>Nord CE 2 Lite 5G (Black Dusk, 6GB RAM, 128GB Storage);"
        "OnePlus>Nord CE 2 Lite 5G (Blue Tide, 8GB RAM, 128GB Storage);"
        "OnePlus>10R 5G (Forest Green, 8GB RAM, 128GB Storage, 80W SuperVOOC);"
        "iQOO>Z6 Lite 5G by vivo (Stellar Green, 6GB RAM, 128GB Storage);"
        "iQOO>Neo 6 5G (Dark Nova, 8GB RAM, 128GB Storage);"
        "Realme>Narzo 50 (Speed Blue, 4GB RAM + 64GB Storage) Helio G96 Processor;"
        "Realme>Narzo 50i (Mint Green, 2GB RAM + 32GB Storage);"
        "Oppo>A78 5G (Glowing Black, 8GB RAM, 128 Storage);"
        "Oppo>A31 (Mystery Black, 6GB RAM, 128GB Storage);"
        "Vivo>Y16 (Steller Black, 4GB RAM, 64GB Storage);"
        "Vivo>T1 44W (Starry Sky, 4GB RAM, 128GB Storage);"
        "Tecno>Spark 9 (Sky Mirror, 6GB RAM, 128GB Storage) with 90Hz Display;"
        "Nokia>G21 (Nordic Blue, 4GB RAM, 64GB Storage) with 50MP Triple Camera",
    ),
    "Electronics|Mobiles&Accessories|Smartphones&BasicMobiles|BasicMobiles": (
        12,
        1800,
        6000,
        "Nokia;Jio;Lava;itel;Samsung Guru",
        "Nokia>105 Single SIM Keypad Mobile Phone with Wireless FM Radio;"
        "A5 Dual SIM Feature Phone with 1000mAh Battery;"
        "Magic Keypad Phone with Auto Call Recording",
    ),
    "Electronics|HomeTheater,TV&Video|Televisions|SmartTelevisions": (
        60,
        38000,
        3500,
        "Samsung;LG;Sony Bravia;Mi;OnePlus;TCL;Redmi;Acer;Kodak;VW",
        "108 cm (43 inches) Crystal 4K Series Ultra HD Smart LED TV;"
        "80 cm (32 inches) HD Ready Smart LED TV with Dolby Audio;"
        "126 cm (50 inches) 4K Ultra HD Smart Android LED TV with Google Assistant;"
        "139 cm (55 inches) QLED 4K Smart Google TV;"
        "100 cm (40 inches) Full HD Smart Android LED TV with Built-in Chromecast",
    ),
    "Electronics|Headphones,Earbuds&Accessories|Headphones|In-Ear": (
        56,
        2200,
        30000,
        "boAt;Noise;JBL;pTron;Boult Audio;Sony;OnePlus;realme;Skullcandy;Zebronics",
        "boAt>Bassheads 100 in Ear Wired Earphones with Mic;"
        "boAt>Airdopes 141 Bluetooth Truly Wireless in Ear Earbuds with 42H Playtime;"
        "boAt>Rockerz 255 Pro+ Bluetooth Neckband with 40H Playtime and ASAP Charge;"
        "JBL>C100SI Wired In Ear Headphones with Mic;"
        "OnePlus>Bullets Wireless Z2 Bluetooth Earphones with Mic;"
        "OnePlus>Buds Z2 True Wireless Earbuds with Active Noise Cancellation;"
        "pTron>Bassbuds Duo in Ear Wireless Earbuds with 32H Playtime;"
        "Truly Wireless in Ear Earbuds with ENC Mic and 30H Playtime;"
        "Wired Earphones with Mic, 10mm Drivers and Tangle Free Cable;"
        "Bluetooth Neckband with Magnetic Earbuds and 24H Playtime;"
        "TWS Earbuds with Quad Mic, Low Latency Gaming Mode",
    ),
    "Electronics|Headphones,Earbuds&Accessories|Headphones|On-Ear": (
        16,
        3000,
        12000,
        "boAt;JBL;Sony;Zebronics;Noise",
        "boAt>Rockerz 450 Bluetooth On Ear Headphones with Mic, Upto 15 Hours Playback;"
        "JBL>Tune 510BT Wireless On Ear Headphones with Mic, 40 Hours Playtime;"
        "Sony>WH-CH520 Wireless Bluetooth Headphones with Mic;"
        "Wireless Over Ear Headphones with Mic and Deep Bass",
    ),
    "Electronics|HomeTheater,TV&Video|Accessories|RemoteControls": (
        46,
        700,
        700,
        "LOHAYA;Amazon Basics;KRKT;SWISS MILITARY;Sky Shop;Xerxes",
        "Remote Compatible for Samsung Smart LED TV with Netflix and Prime Video Buttons;"
        "Television Remote Compatible with Mi Smart TV without Voice Function;"
        "Universal Remote Control for LG LED LCD TV;"
        "Remote Control Compatible for Tata Sky Set Top Box;"
        "Voice Remote Compatible with Fire TV Stick",
    ),
    "Electronics|HomeTheater,TV&Video|Accessories|Cables|HDMICables": (
        24,
        900,
        14000,
        "AmazonBasics;Belkin;Portronics;boAt;Ambrane;Zebronics",
        "High-Speed HDMI Cable, 6 Feet, Supports Ethernet, 3D, 4K video;"
        "HDMI 2.1 Cable 8K 60Hz, 48Gbps, 2 Meter;"
        "Braided HDMI Cable 4K 60Hz, 3 Meter, Gold Plated Connectors",
    ),
    "Electronics|Mobiles&Accessories|MobileAccessories|Chargers|WallChargers": (
        26,
        1300,
        7000,
        "Samsung;Apple;Ambrane;Portronics;Mi;Anker;boAt;OnePlus",
        "Original 25W Type C Fast Charger Adapter without Cable;"
        "20W USB-C Power Adapter;"
        "Dual Port 18W Quick Charge 3.0 Wall Charger with Type C Cable;"
        "65W GaN Charger with 3 Ports for Laptop and Phone",
    ),
    "Electronics|Mobiles&Accessories|MobileAccessories|Chargers|PowerBanks": (
        20,
        2000,
        15000,
        "Mi;Ambrane;Redmi;Syska;Portronics;URBN;boAt",
        "10000mAh Li-Polymer Power Bank with 18W Fast Charging;"
        "20000mAh Lithium Polymer Power Bank, 22.5W Fast Charging, Triple Output;"
        "Ultra Compact 10000mAh Power Bank with Type C PD 20W",
    ),
    "Electronics|GeneralPurposeBatteries&BatteryChargers|DisposableBatteries": (
        12,
        300,
        16000,
        "Duracell;Eveready;Panasonic;AmazonBasics",
        "Ultra Alkaline AA Batteries, Pack of 8;"
        "Ultima Alkaline AAA Batteries, Pack of 10;"
        "CR2032 3V Lithium Coin Battery, Pack of 5",
    ),
    "Electronics|HomeAudio|Speakers|BluetoothSpeakers": (
        26,
        3500,
        9000,
        "boAt;JBL;Zebronics;Mivi;Portronics;Sony;Tribit",
        "Stone 650 10W Bluetooth Speaker with Upto 7 Hours Playback and IPX5;"
        "Go 3 Wireless Portable Bluetooth Speaker with Mic, Waterproof;"
        "Roam 2 Portable Wireless Speaker with 24 Hours Battery;"
        "SoundBar 16W with 2.0 Channel and Bluetooth v5.0",
    ),
    "Electronics|HomeTheater,TV&Video|Projectors": (
        8,
        15000,
        1200,
        "Egate;WZATCO;ZEBRONICS;Portronics",
        "i9 Pro-Max 1080p Native Full HD Projector 4k Support, 3600 L;"
        "Pixel Plus Smart LED Projector with Android 9.0 and WiFi;"
        "Beem 420 Smart LED Portable Projector",
    ),
    "Electronics|Mobiles&Accessories|MobileAccessories|Stands": (
        14,
        500,
        8000,
        "STRIFF;Portronics;AmazonBasics;Tukzer",
        "Adjustable Mobile Phone Foldable Holder Stand for Desk;"
        "Multi Angle Tablet and Mobile Stand, Aluminium;"
        "Gooseneck Flexible Mobile Holder for Bed",
    ),
    "Electronics|HomeTheater,TV&Video|SatelliteEquipment|SatelliteReceivers": (
        8,
        1800,
        2000,
        "Tata Play;Airtel Digital TV;Dish TV",
        "HD Set Top Box with 1 Month Basic Pack;"
        "SD Set Top Box with Free Recharge;"
        "Smart HD Box with Netflix and Prime Video",
    ),
    "Electronics|Cameras&Photography|Accessories|Tripods&Monopods": (
        20,
        900,
        5000,
        "Digitek;AmazonBasics;Tygot;Osaka;SYVO",
        "DTR 550 LW (67 Inch) Tripod for DSLR and Mobile;"
        "Selfie Stick with Tripod Stand and Bluetooth Remote;"
        "Ring Light 10 Inch with Tripod Stand and Phone Holder",
    ),
    "Home&Kitchen|Kitchen&HomeAppliances|SmallKitchenAppliances|MixerGrinders": (
        36,
        4500,
        4000,
        "Bajaj;Prestige;Philips;Butterfly;Sujata;Preethi;Usha;Havells;Pigeon",
        "Rex 500W Mixer Grinder with 3 Jars;"
        "750W Mixer Grinder with 4 Stainless Steel Jars;"
        "Iris 750 Watt Mixer Grinder with 3 Jars and 1 Juicer Jar;"
        "Powermatic Plus 900 Watts Juicer Mixer Grinder",
    ),
    "Home&Kitchen|Heating,Cooling&AirQuality|WaterHeaters&Geysers|InstantWaterHeaters": (
        30,
        5000,
        1500,
        "Crompton;Bajaj;Havells;AO Smith;Racold;V-Guard;Orient Electric",
        "Arno Neo 3 Litre Instant Water Heater (Geyser);"
        "Splendora 3 Litre 3KW IWH Instant Water Heater;"
        "Instanio Prime 3 Litre Instant Geyser with LED Indicators;"
        "EWS-3 Instant Water Heater 3 Litre",
    ),
    "Home&Kitchen|Heating,Cooling&AirQuality|WaterHeaters&Geysers|StorageWaterHeaters": (
        14,
        9000,
        1000,
        "Crompton;Bajaj;Havells;AO Smith;Racold;V-Guard",
        "Solarium Qube 15 Litre Storage Water Heater with Advanced 3 Level Safety;"
        "New Shakti Neo 25L Vertical Storage Water Heater;"
        "HSE-VAS-X-15 Storage Water Heater 15 Litre",
    ),
    "Home&Kitchen|Kitchen&HomeAppliances|Vacuum,Cleaning&Ironing|Irons,Steamers&Accessories|Irons|DryIrons": (
        30,
        1000,
        9000,
        "Philips;Bajaj;Havells;Usha;Morphy Richards;Orient Electric;Pigeon",
        "GC1905 1440-Watt Steam Iron with Spray;"
        "DX-6 1000W Dry Iron with Advance Soleplate;"
        "Sapphire 1000 W Dry Iron;"
        "Armour 1200W Dry Iron with Golden American Heritage Coating",
    ),
    "Home&Kitchen|Heating,Cooling&AirQuality|RoomHeaters|FanHeaters": (
        24,
        2200,
        3000,
        "Bajaj;Orient Electric;Havells;Usha;Morphy Richards;Lifelong",
        "Majesty RX11 2000 Watts Heat Convector Room Heater;"
        "Areva 2000 Watt Fan Room Heater;"
        "Heat Convector 812 T 2000-Watt with Instant Heating Feature",
    ),
    "Home&Kitchen|Kitchen&HomeAppliances|SmallKitchenAppliances|Kettles&HotWaterDispensers|ElectricKettles": (
        30,
        1500,
        8000,
        "Pigeon;Prestige;Philips;Bajaj;Butterfly;Kent;Milton",
        "Amaze Plus Electric Kettle 1.5 Litre with Stainless Steel Body;"
        "PKOSS 1.5 Litre Electric Kettle 1500 Watts;"
        "HD9306/06 1.5 Litre Electric Kettle with Auto Shut Off",
    ),
    "Home&Kitchen|Kitchen&HomeAppliances|SmallKitchenAppliances|HandBlenders": (
        22,
        2000,
        4000,
        "Philips;Bajaj;Prestige;Inalsa;Morphy Richards",
        "HL1655/00 250 Watt Hand Blender;HB 10 250-Watt Hand Blender with Chopper;Robot Insignia 400W Hand Blender Set",
    ),
    "Home&Kitchen|Kitchen&HomeAppliances|SmallKitchenAppliances|InductionCooktop": (
        24,
        3500,
        6000,
        "Prestige;Pigeon;Philips;Usha;Bajaj;Havells",
        "PIC 20 1600 Watt Induction Cooktop with Push Button;"
        "Rapido 2000W Induction Cooktop with Feather Touch Control;"
        "Viva Collection HD4938/01 2100 Watt Induction Cooktop",
    ),
    "Home&Kitchen|Kitchen&HomeAppliances|SmallKitchenAppliances|SandwichMakers": (
        14,
        1800,
        3500,
        "Pigeon;Prestige;Bajaj;Morphy Richards;Wonderchef",
        "Sandwich Maker with Fixed Grill Plates, 750W;"
        "3 in 1 Sandwich, Grill and Waffle Maker;"
        "Panini Press Grill Toaster with Floating Hinge",
    ),
    "Home&Kitchen|Kitchen&HomeAppliances|Vacuum,Cleaning&Ironing|Vacuums&FloorCare|Vacuums|HandheldVacuums": (
        14,
        4500,
        2500,
        "Eureka Forbes;AGARO;Philips;INALSA;Karcher",
        "Active Clean 700 Watts Powerful Suction Vacuum Cleaner with Washable HEPA Filter;"
        "Regal Handheld Vacuum Cleaner 800W with Blower Function;"
        "Cordless Handheld Vacuum Cleaner for Car and Home",
    ),
    "Home&Kitchen|Heating,Cooling&AirQuality|AirPurifiers&Accessories|HEPAAirPurifiers": (
        10,
        10000,
        2500,
        "Philips;Coway;Honeywell;Mi;Sharp",
        "AC1215/20 Air Purifier with True HEPA Filter, Removes 99.97% Airborne Pollutants;"
        "Air Purifier 4 Lite with Smart App Control;"
        "Air Touch V2 Indoor Air Purifier with H13 HEPA Filter",
    ),
    "Home&Kitchen|Kitchen&HomeAppliances|WaterPurifiers&Accessories|WaterFilters&Purifiers": (
        20,
        14000,
        2000,
        "Kent;Aquaguard;Pureit;Livpure;AO Smith",
        "Supreme 8L RO+UF+TDS Water Purifier;"
        "Aura 7L RO+UV+MTDS Water Purifier with Active Copper;"
        "Classic Plus 6L UV Water Purifier",
    ),
    "Home&Kitchen|Heating,Cooling&AirQuality|Fans|CeilingFans": (
        24,
        3200,
        2500,
        "Crompton;Havells;Orient Electric;Usha;Bajaj;Atomberg",
        "Hill Briz Deco 1200mm Ceiling Fan;"
        "Renesa Enso 1200mm BLDC Motor Ceiling Fan with Remote;"
        "Apex Prime 1200mm Energy Saving Ceiling Fan",
    ),
    "Home&Kitchen|Heating,Cooling&AirQuality|Fans|TableFans": (
        20,
        2500,
        4000,
        "Crompton;Havells;Orient Electric;Usha;Bajaj",
        "High Speed 400mm Table Fan with 3 Speed Settings;"
        "Wall Cum Table Fan 400mm, White;"
        "Portable Rechargeable Table Fan with LED Light",
    ),
    "Home&Kitchen|Kitchen&Dining|KitchenTools|ManualChoppers&Chippers|Choppers": (
        22,
        600,
        20000,
        "Pigeon;Ganesh;Tupperware;Prestige;Ladies Fingers",
        "Handy Mini Plastic Food Chopper with 3 Blades;"
        "Vegetable Chopper with 5 Blades and 900ml Container;"
        "Pull Chopper for Onion, Garlic and Vegetables",
    ),
    "Home&Kitchen|Kitchen&HomeAppliances|SmallKitchenAppliances|EggBoilers": (
        14,
        1200,
        3000,
        "Pigeon;Kent;Amazon Basics;Prestige",
        "Egg Boiler Electric Automatic Off 7 Egg Poacher;Electric Egg Boiler 3 Boiling Modes",
    ),
    "Home&Kitchen|Kitchen&HomeAppliances|Coffee,Tea&Espresso|DripCoffeeMachines": (
        8,
        4200,
        1500,
        "Morphy Richards;Philips;Black+Decker;AGARO",
        "Europa Drip 10 Cups Coffee Maker;"
        "HD7432/20 0.6-Litre Coffee Maker;"
        "Espresso Coffee Machine with Milk Frother, 15 Bar",
    ),
    "Home&Kitchen|Kitchen&HomeAppliances|SmallKitchenAppliances|OvenToasterGrills": (
        16,
        6000,
        2500,
        "Bajaj;Morphy Richards;Prestige;Philips;AGARO",
        "Majesty 1603 TSS 16-Litre Oven Toaster Grill;"
        "OTG 28 Litre with Motorised Rotisserie and Convection;"
        "Digital Air Fryer 4.1 Litre with Rapid Air Technology",
    ),
    "Home&Kitchen|Heating,Cooling&AirQuality|WaterHeaters&Geysers|ImmersionRods": (
        22,
        800,
        6000,
        "Bajaj;Havells;Usha;Orient Electric;Lifelong",
        "Splendid 1500W Immersion Rod Water Heater;"
        "Shock Proof Immersion Water Heater 1500W, ISI Marked;"
        "Water Proof 2000 Watt Immersion Heater",
    ),
    "Home&Kitchen|Kitchen&HomeAppliances|SewingMachines&Accessories|Sewing&EmbroideryMachines": (
        8,
        9000,
        1200,
        "Usha;Singer;Brother",
        "Janome Dream Stitch Automatic Zig-Zag Electric Sewing Machine;"
        "FM 1409 Electric Sewing Machine with 19 Stitch Functions;"
        "Promise 1409 Sewing Machine",
    ),
    "Home&Kitchen|Kitchen&HomeAppliances|SmallKitchenAppliances|DigitalKitchenScales": (
        18,
        700,
        12000,
        "HealthSense;Atom;Amazon Basics;Beurer",
        "Chef-Mate KS 33 Digital Kitchen Weighing Scale;Electronic Digital 10kg Kitchen Scale with Tare Function",
    ),
    "OfficeProducts|OfficePaperProducts|Paper|Stationery|Pens,Pencils&WritingSupplies|Pens&Refills|"
    "GelInkRollerballPens": (
        14,
        150,
        9000,
        "Pilot;Uniball;Cello;Reynolds;Parker;Classmate",
        "V7 Liquid Ink Roller Ball Pen, Blue, Pack of 2;"
        "Eye UB-157 Roller Ball Pen, Blue Ink, Pack of 3;"
        "Gripper Gel Pens Set of 10;"
        "Vector Standard Roller Ball Pen with Stainless Steel Trim",
    ),
    "OfficeProducts|OfficePaperProducts|Paper|Stationery|Notebooks,WritingPads&Diaries|CompositionNotebooks": (
        9,
        250,
        6000,
        "Classmate;Navneet;Amazon Brand - Solimo;Paperkraft",
        "Long Notebook 172 Pages Single Line, Pack of 6;"
        "Spiral Notebook A5 Ruled 160 Pages;"
        "Hardbound Diary with Elastic Closure, 200 Pages",
    ),
    "OfficeProducts|OfficeElectronics|Calculators|Scientific": (
        8,
        900,
        7000,
        "Casio;Orpat",
        "FX-991ES Plus 2nd Edition Scientific Calculator;"
        "FX-82MS 2nd Gen Non-Programmable Scientific Calculator, 240 Functions",
    ),
    "MusicalInstruments|Microphones|Condenser": (
        2,
        1500,
        4000,
        "Boya;Maono",
        "BY-M1 Auxiliary Omnidirectional Lavalier Condenser Microphone;AU-A04 Condenser Microphone Kit with Boom Arm",
    ),
    "HomeImprovement|Electrical|CordManagement": (
        2,
        400,
        2500,
        "Tizum;STRIFF",
        "Cable Organizer Clips, Self Adhesive, Pack of 10;Cable Management Sleeve, 1.5 Meter",
    ),
    "Toys&Games|Arts&Crafts|Drawing&PaintingSupplies|ColouringPens&Markers": (
        1,
        150,
        5000,
        "Faber-Castell",
        "Connector Pen Set - Pack of 25 (Assorted)",
    ),
    "Car&Motorbike|CarAccessories|InteriorAccessories|AirPurifiers&Ionizers": (
        1,
        3000,
        1500,
        "Reffair",
        "AX30 [MAX] Portable Air Purifier for Car, Home and Office with True HEPA Filter",
    ),
    "Health&PersonalCare|HomeMedicalSupplies&Equipment|HealthMonitors|WeighingScales|DigitalBathroomScales": (
        1,
        1500,
        8000,
        "HealthSense",
        "Ultra-Lite PS 126 Digital Personal Body Weighing Scale",
    ),
}
# main category: mean discount (%), mean rating
_AZ_MAIN: dict[str, tuple[float, float]] = {
    "Computers&Accessories": (54, 4.15),
    "Electronics": (51, 4.08),
    "Home&Kitchen": (40, 4.04),
    "OfficeProducts": (12, 4.31),
    "MusicalInstruments": (46, 3.9),
    "HomeImprovement": (50, 4.25),
    "Toys&Games": (0, 4.3),
    "Car&Motorbike": (42, 3.8),
    "Health&PersonalCare": (53, 4.0),
}
_AZ_TAILS = _split(" (Black); (White); (Grey); (Blue); - Pack of 2; (Red); (Pack of 3); (Green)")
_AZ_CODE = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
_AZ_PEOPLE = _split(
    "Manav;Adarsh gupta;Sundeep;Nirbhay kumar;Sagar Viswanathan;Asp;Placeholder;BharanI;Ajay;Rohit Sharma;Priya;"
    "Amazon Customer;Vinay;Deepak Kumar;Sreenivas;Anand;Kiran;Pooja;Rahul;Suresh babu;Arjun;Meena;Harsh;Gaurav;"
    "Abhishek;Neha;Karthik;Ramesh;Shubham;Sneha;Vikas;Ananya;Mohit;Lakshmi;Imran;Tanvi"
)
_AZ_TITLES = _split(
    "Satisfied;Good product;Worth the money;Nice;Value for money;Not bad;Average quality;Excellent;Good quality;"
    "Does the job;Very good;Awesome product;Decent;Poor quality;Stopped working after a month;Good;Must buy"
)
_AZ_REVIEWS = _split(
    "Looks durable Charging is fine too No complains;Working well so far;Good quality, would recommend;"
    "Product is as described;Value for money product;Delivery was quick and the packaging was good;"
    "Not up to the mark, expected better;Works perfectly fine;Build quality is average but works;"
    "Nice product, happy with the purchase;It stopped working within a few weeks;Exactly what I needed"
)
_AZ_FEATURES = _split(
    "High Compatibility : Works with most devices;Fast Charge and Data Sync : Transfers data quickly;"
    "Durable : Built to last with premium materials;Warranty : 1 year manufacturer warranty;"
    "Easy to use : Plug and play, no setup needed;Compact design : Easy to carry while travelling;"
    "Safety : Protection against overheating and short circuit;Energy efficient : Lower power consumption"
)


def _az_code(rng: np.random.Generator, k: int) -> str:
    return "".join(_AZ_CODE[int(i)] for i in rng.integers(0, len(_AZ_CODE), k))


def _az_price(value: float) -> int:
    """A shop price: whole rupees, ending in 9 from ₹100 up."""
    if value < 100:
        return max(39, round(value))
    step = 100 if value >= 1000 else 10
    return max(99, round(value / step) * step - 1)


def _az_product(rng: np.random.Generator, path: str, used: set[str], pos: int) -> dict[str, Any]:
    _n, price, popular, brands, stems = _AZ_LEAVES[path]
    main = path.split("|")[0]
    discount, rating_mean = _AZ_MAIN[main]
    for attempt in range(100):
        stem = str(_one(rng, _split(stems)))
        brand, stem = stem.split(">", 1) if ">" in stem else (str(_one(rng, _split(brands))), stem)
        name = f"{brand} {stem}"
        if attempt > 1 or (rng.random() < 0.3 and not stem.endswith(")")):
            name += str(_one(rng, _AZ_TAILS))
        if attempt > 20:
            name += f" ({attempt})"
        if name not in used:
            used.add(name)
            break
    actual = _az_price(price * float(rng.lognormal(0, 0.5)))
    off = 0.0 if discount == 0 else float(np.clip(rng.normal(discount, 19), 0, 94))
    paid = min(actual, _az_price(actual * (1 - off / 100)))
    percent = int(np.floor(100 * (actual - paid) / actual + 0.5))
    rating = round(float(np.clip(rng.normal(rating_mean - 0.004 * (percent - 47), 0.27), 2.0, 5.0)), 1)
    count = float(rng.lognormal(np.log(popular), 1.2))
    count = int(max(2, count if count < 150_000 else 150_000 + (count - 150_000) ** 0.93))
    pid = "B0" + _az_code(rng, 8)
    reviewers = int(_one(rng, [8, 7, 6, 5, 4, 3, 2, 1], [80, 3, 3, 3, 3, 3, 3, 2]))
    slug = "-".join(re.sub(r"[^A-Za-z0-9 ]", "", name).split()[:7])
    return {
        "product_id": pid,
        "product_name": name,
        "category": path,
        "discounted_price": f"₹{paid:,}",
        "actual_price": f"₹{actual:,}",
        "discount_percentage": f"{percent}%",
        "rating": str(rating),
        "rating_count": f"{count:,}",
        "about_product": "|".join(str(_one(rng, _AZ_FEATURES)) for _ in range(int(rng.integers(3, 6)))),
        "user_id": ",".join("A" + _az_code(rng, 27) for _ in range(reviewers)),
        "user_name": ",".join(str(_one(rng, _AZ_PEOPLE)) for _ in range(reviewers)),
        "review_id": ",".join("R" + _az_code(rng, 13) for _ in range(reviewers)),
        "review_title": ",".join(str(_one(rng, _AZ_TITLES)) for _ in range(reviewers)),
        "review_content": ",".join(str(_one(rng, _AZ_REVIEWS)) for _ in range(reviewers)),
        "img_link": f"https://m.media-amazon.com/images/W/WEBP_402378-T1/images/I/{_az_code(rng, 11)}"
        "._SX300_SY300_QL80_FMTwebp_.jpg",
        "product_link": f"https://www.amazon.in/{slug}/dp/{pid}/ref=sr_1_{pos}?qid=1672909124&s="
        f"{'electronics' if main == 'Electronics' else 'computers' if main.startswith('Comp') else 'kitchen'}"
        f"&sr=1-{pos}",
    }


def _amazon_frame() -> pd.DataFrame:
    rng = np.random.default_rng(4001)
    used: set[str] = set()
    rows: list[dict[str, Any]] = []
    for path, spec in _AZ_LEAVES.items():
        block = [_az_product(rng, path, used, pos + 1) for pos in range(spec[0])]
        rows.extend(block[int(i)] for i in rng.permutation(len(block)))
    weights = {"Computers&Accessories": 0.4, "Electronics": 0.32, "Home&Kitchen": 0.28}
    p = np.array([weights.get(r["category"].split("|")[0], 0.0) for r in rows])
    for i in rng.choice(len(rows), 1465 - len(rows), replace=False, p=p / p.sum()):
        rows.insert(int(rng.integers(0, len(rows))), dict(rows[int(i)]))
    rows[int(rng.integers(0, len(rows)))]["rating"] = "|"
    for i in rng.choice(len(rows), 2, replace=False):
        rows[int(i)]["rating_count"] = None
    return pd.DataFrame(rows)


def _az(d: pd.DataFrame, unique: bool = False) -> pd.DataFrame:
    """The products parsed: main category, prices, discount, rating and rating count as numbers."""
    parsed = pd.DataFrame(
        {
            "id": _text(d["product_id"]),
            "name": _text(d["product_name"]),
            "main": _text(d["category"]).str.split("|").str[0],
            "paid": _number(d["discounted_price"]),
            "actual": _number(d["actual_price"]),
            "percent": _number(d["discount_percentage"]),
            "rating": _number(d["rating"]),
            "count": _number(d["rating_count"]),
        }
    )
    return parsed.drop_duplicates("id") if unique else parsed


def _az_top_main(unique: bool) -> Callable[[pd.DataFrame], str]:
    return lambda d: str(_az(d, unique)["main"].value_counts().idxmax())


def _az_discounts(unique: bool, from_prices: bool) -> Callable[[pd.DataFrame], Any]:
    def means(d: pd.DataFrame) -> Any:
        p = _az(d, unique)
        percent = 100 * (p["actual"] - p["paid"]) / p["actual"] if from_prices else p["percent"]
        return percent.groupby(p["main"]).mean().to_numpy()

    return means


def _az_short(name: str, names: list[str]) -> str:
    """The fewest leading words (three at least) that tell a product name from every other one, or its first five
    words when only its colour or pack size tells it from another listing."""
    words = name.split()
    others = [_loose(n) for n in names if n != name]
    for k in range(min(3, len(words)), min(5, len(words)) + 1):
        head = _loose(" ".join(words[:k]))
        if not any(o.startswith(head) for o in others):
            return " ".join(words[:k])
    return " ".join(words[:5])


def _az_most_rated(unique: bool) -> Check:
    """The five products with the most ratings, each by the start of its name or by its product id."""

    def check(answer: str, df: pd.DataFrame) -> str | None:
        p = _az(df, unique)
        top = p.sort_values("count", ascending=False, kind="stable").head(5)
        names = [str(x) for x in p["name"].drop_duplicates()]
        for name, pid in zip(top["name"], top["id"], strict=True):
            short = _az_short(str(name), names)
            if _loose(short) not in _loose(answer) and str(pid) not in answer:
                return f"missing product {short!r}"
        return None

    return check


def _az_gaps(d: pd.DataFrame) -> pd.Series:
    counts = d.isna().sum()
    return counts[counts > 0]


def _az_paid_mean(main: str, unique: bool) -> Callable[[pd.DataFrame], float]:
    def mean(d: pd.DataFrame) -> float:
        p = _az(d, unique)
        return float(p.loc[p["main"] == main, "paid"].mean())

    return mean


_AZ_ID = ("product_id", "product_name")
_AMAZON_QS = [
    Q(
        "which main category has the most products?",
        _lead(either(_named(_az_top_main(False)), _named(_az_top_main(True)))),
        (*_AZ_ID, "category"),
    ),
    Q(
        "avg discount percentage for each top level category",
        either(*(_about(_az_discounts(u, f)) for u in (False, True) for f in (False, True))),
        (*_AZ_ID, "category", "discount_percentage", "discounted_price", "actual_price"),
    ),
    Q(
        "which 5 products have the highest rating count?",
        either(_az_most_rated(False), _az_most_rated(True)),
        (*_AZ_ID, "rating_count", "rating"),
    ),
    Q(
        "are there any missing values in this dataset?",
        both(
            _all_named(lambda d: [str(c) for c in _az_gaps(d).index]),
            _count(lambda d: _az_gaps(d).to_numpy()),
        ),
        (*_AZ_ID, "rating_count", "rating"),
    ),
    Q(
        "what's the average discounted price in electronics?",
        either(*(_scaled(_az_paid_mean("Electronics", u), (1e3,)) for u in (False, True))),
        (*_AZ_ID, "category", "discounted_price"),
    ),
    Q(
        "and for home&kitchen?",
        either(*(_scaled(_az_paid_mean("Home&Kitchen", u), (1e3,)) for u in (False, True))),
        (*_AZ_ID, "category", "discounted_price"),
    ),
]


# --- 2. Uber and Lyft rides in Boston (Kaggle "Uber and Lyft Dataset Boston, MA", rideshare_kaggle.csv) ------------

# area: latitude, longitude
_UB_AREAS: dict[str, tuple[float, float]] = {
    "Back Bay": (42.3503, -71.0810),
    "Beacon Hill": (42.3588, -71.0707),
    "Boston University": (42.3505, -71.1054),
    "Fenway": (42.3429, -71.1003),
    "Financial District": (42.3559, -71.0550),
    "Haymarket Square": (42.3638, -71.0585),
    "North End": (42.3647, -71.0542),
    "North Station": (42.3661, -71.0631),
    "Northeastern University": (42.3398, -71.0892),
    "South Station": (42.3519, -71.0552),
    "Theatre District": (42.3519, -71.0643),
    "West End": (42.3644, -71.0661),
}
# ride name: cab type, product id, base fare, per mile, minimum fare ($)
_UB_RIDES: dict[str, tuple[str, str, float, float, float]] = {
    "Shared": ("Lyft", "lyft_line", 3.0, 1.37, 3.5),
    "Lyft": ("Lyft", "lyft", 5.0, 2.1, 7.0),
    "Lyft XL": ("Lyft", "lyft_plus", 8.5, 3.1, 10.5),
    "Lux": ("Lyft", "lyft_premier", 11.0, 3.1, 13.5),
    "Lux Black": ("Lyft", "lyft_lux", 15.5, 3.5, 16.5),
    "Lux Black XL": ("Lyft", "lyft_luxsuv", 23.0, 4.25, 26.0),
    "UberPool": ("Uber", "997acbb5-e102-41e1-b155-9df7de0a73f2", 5.5, 1.5, 4.5),
    "UberX": ("Uber", "55c66225-fbe7-4fd5-9072-eab1ece5e23e", 6.0, 1.72, 7.0),
    "WAV": ("Uber", "9a0e7b09-b92b-4c41-9779-2ad22b4d779d", 6.0, 1.72, 7.0),
    "UberXL": ("Uber", "6f72dfc5-27f1-42e8-84db-ccc7a75f6969", 10.0, 2.6, 8.5),
    "Black": ("Uber", "6c84fd89-3f11-4782-9b50-97c468b19529", 15.0, 2.5, 15.0),
    "Black SUV": ("Uber", "6d318bcc-22a3-4af6-bddd-b409bfce1546", 24.0, 2.9, 26.5),
    "Taxi": ("Uber", "8cf7e821-f0d3-49c6-8eba-e679c0ebcf6a", 0.0, 0.0, 0.0),
}
_UB_DAYS = _split(
    "2018-11-26;2018-11-27;2018-11-28;2018-11-29;2018-11-30;2018-12-01;2018-12-02;2018-12-03;2018-12-04;2018-12-09;"
    "2018-12-10;2018-12-13;2018-12-14;2018-12-15;2018-12-16;2018-12-17;2018-12-18"
)
_UB_SURGE = "1.0:93.2;1.25:3.3;1.5:1.4;1.75:0.95;2.0:1.1;2.5:0.03;3.0:0.02"
# sky: short summary, day icon, night icon, long summary of a day it dominates
_UB_SKY: dict[str, tuple[str, str, str, str]] = {
    "clear": (" Clear ", " clear-day ", " clear-night ", " Clear throughout the day. "),
    "partly": (
        " Partly Cloudy ",
        " partly-cloudy-day ",
        " partly-cloudy-night ",
        " Partly cloudy throughout the day. ",
    ),
    "mostly": (
        " Mostly Cloudy ",
        " partly-cloudy-day ",
        " partly-cloudy-night ",
        " Mostly cloudy throughout the day. ",
    ),
    "overcast": (" Overcast ", " cloudy ", " cloudy ", " Overcast throughout the day. "),
    "fog": (" Foggy ", " fog ", " fog ", " Foggy in the morning. "),
    "drizzle": (" Possible Drizzle ", " rain ", " rain ", " Possible drizzle in the morning. "),
    "light": (" Light Rain ", " rain ", " rain ", " Light rain in the morning and afternoon. "),
    "rain": (" Rain ", " rain ", " rain ", " Rain throughout the day. "),
}


def _ub_hex(rng: np.random.Generator, k: int) -> str:
    return "".join("0123456789abcdef"[int(i)] for i in rng.integers(0, 16, k))


def _ub_weather(rng: np.random.Generator) -> pd.DataFrame:
    """Hourly weather over the weeks of the rides (UTC hours)."""
    hours = pd.date_range("2018-11-26", "2018-12-19", freq="h", inclusive="left")
    n = len(hours)
    drift = np.zeros(n)
    wet = np.zeros(n, dtype=bool)
    for i in range(1, n):
        drift[i] = 0.97 * drift[i - 1] + rng.normal(0, 0.9)
        wet[i] = rng.random() < (0.86 if wet[i - 1] else 0.025)
    local = (hours.hour.to_numpy() - 5) % 24
    temp = np.clip(39.5 + 5.5 * np.sin(2 * np.pi * (local - 9) / 24) + drift - 2.0 * wet, 18.9, 57.2)
    wind = np.clip(rng.gamma(2.2, 3.0, n) + 2 * wet, 0.45, 18.2)
    clouds = np.where(
        wet,
        [str(_one(rng, ["drizzle", "light", "rain"], [25, 40, 35])) for _ in range(n)],
        [str(_one(rng, ["clear", "partly", "mostly", "overcast", "fog"], [22, 25, 28, 22, 3])) for _ in range(n)],
    )
    humid = np.round(np.clip(0.7 + 0.18 * wet - 0.006 * (temp - 40) + rng.normal(0, 0.06, n), 0.38, 0.96), 2)
    clear_view = rng.uniform(8.5, 10.0, n)
    return pd.DataFrame(
        {
            "hour": hours,
            "temperature": np.round(temp, 2),
            "apparentTemperature": np.round(temp - np.where(temp < 50, 0.9 * wind, 0.0), 2),
            "sky": clouds,
            "precipIntensity": np.where(wet, np.round(rng.gamma(1.5, 0.03, n), 4), 0.0),
            "precipProbability": np.where(wet, np.round(rng.uniform(0.3, 1.0, n), 2), 0.0),
            "humidity": humid,
            "windSpeed": np.round(wind, 2),
            "windGust": np.round(wind * rng.uniform(1.1, 1.9, n), 2),
            "visibility": np.round(np.where(wet | (clouds == "fog"), rng.uniform(0.7, 6.0, n), clear_view), 3),
        }
    )


def _uber_frame() -> pd.DataFrame:
    rng = np.random.default_rng(4002)
    weather = _ub_weather(rng).set_index("hour")
    areas = list(_UB_AREAS)
    ends = {a: [str(x) for x in rng.choice([b for b in areas if b != a], 6, replace=False)] for a in areas}
    base_miles = {}
    for a in areas:
        for b in areas:
            north, east = _UB_AREAS[a][0] - _UB_AREAS[b][0], 0.74 * (_UB_AREAS[a][1] - _UB_AREAS[b][1])
            base_miles[(a, b)] = max(0.4, 1.55 * 69.0 * float(np.hypot(north, east)))
    sky_of_day = weather["sky"].groupby(weather.index.strftime("%Y-%m-%d")).agg(lambda s: s.value_counts().index[0])
    names = list(_UB_RIDES)
    rows: list[dict[str, Any]] = []
    for _ in range(5000):
        day = str(_one(rng, _UB_DAYS))
        start = 13_200 if day == _UB_DAYS[0] else 0
        stamp = round(pd.Timestamp(day).value / 1e9 + float(rng.uniform(start, 86_400)), 2)
        when = pd.Timestamp(int(stamp), unit="s")
        source = str(_one(rng, areas))
        destination = str(_one(rng, ends[source]))
        name = str(_one(rng, names))
        cab, product, base, per_mile, least = _UB_RIDES[name]
        miles = round(float(np.clip(base_miles[(source, destination)] * rng.lognormal(0, 0.12), 0.02, 7.86)), 2)
        surge = float(_draw(rng, _UB_SURGE)) if cab == "Lyft" and name != "Shared" else 1.0
        price: float | None = None
        if name != "Taxi":
            fare = max(least, (base + per_mile * miles) * float(rng.lognormal(0, 0.1))) * surge
            price = round(fare * 2) / 2
        w = weather.loc[when.floor("h")]
        sky = str(w["sky"])
        lat, lon = _UB_AREAS[source]
        rows.append(
            {
                "id": f"{_ub_hex(rng, 8)}-{_ub_hex(rng, 4)}-4{_ub_hex(rng, 3)}-{_one(rng, _split('8;9;a;b'))}"
                f"{_ub_hex(rng, 3)}-{_ub_hex(rng, 12)}",
                "timestamp": stamp,
                "hour": when.hour,
                "day": when.day,
                "month": when.month,
                "datetime": f"{when:%Y-%m-%d %H:%M:%S}",
                "timezone": "America/New_York",
                "source": source,
                "destination": destination,
                "cab_type": cab,
                "product_id": product,
                "name": name,
                "price": price,
                "distance": miles,
                "surge_multiplier": surge,
                "latitude": lat,
                "longitude": lon,
                "temperature": float(w["temperature"]),
                "apparentTemperature": float(w["apparentTemperature"]),
                "short_summary": _UB_SKY[sky][0],
                "long_summary": _UB_SKY[str(sky_of_day[f"{when:%Y-%m-%d}"])][3],
                "precipIntensity": float(w["precipIntensity"]),
                "precipProbability": float(w["precipProbability"]),
                "humidity": float(w["humidity"]),
                "windSpeed": float(w["windSpeed"]),
                "windGust": float(w["windGust"]),
                "windGustTime": int(pd.Timestamp(when.date()).value // 10**9 + 3600 * int(rng.integers(0, 24))),
                "visibility": float(w["visibility"]),
            }
        )
    return pd.DataFrame(rows)


def _ub_surged(d: pd.DataFrame) -> pd.Series:
    return pd.to_numeric(d["surge_multiplier"], errors="coerce") > 1


def _ub_cab_means(d: pd.DataFrame) -> list[float]:
    by = d.groupby(_text(d["cab_type"]))["price"].mean()
    return [float(by["Lyft"]), float(by["Uber"])]


_UB_ID = ("id",)
_UBER_QS = [
    Q(
        "avg price for uber vs lyft?",
        has(_ub_cab_means),
        (*_UB_ID, "cab_type", "price", "name"),
    ),
    Q(
        "which ride type costs the most on average?",
        _lead(_named(lambda d: str(d.groupby(_text(d["name"]))["price"].mean().idxmax()))),
        (*_UB_ID, "name", "price", "cab_type", "product_id"),
    ),
    Q(
        "how many rides had surge pricing (multiplier above 1)?",
        _count(lambda d: float(_ub_surged(d).sum())),
        (*_UB_ID, "surge_multiplier", "cab_type"),
    ),
    Q(
        "what % of lyft rides is that?",
        _share(lambda d: float(_ub_surged(d).sum() / (_text(d["cab_type"]) == "Lyft").sum())),
        (*_UB_ID, "surge_multiplier", "cab_type", "name"),
    ),
    Q(
        "is price corelated with distance?",
        _corr(lambda d: d["distance"], lambda d: d["price"]),
        (*_UB_ID, "price", "distance"),
    ),
    Q(
        "how many rides have no price, and what kind of rides are they?",
        both(_count(lambda d: float(d["price"].isna().sum())), _named(lambda d: "Taxi")),
        (*_UB_ID, "price", "cab_type", "name", "product_id"),
    ),
]


# --- 3. Customer shopping trends (Kaggle "Customer Shopping Trends Dataset", shopping_behavior_updated.csv) --------

# item: category, customers who bought it
_SH_ITEMS: dict[str, tuple[str, int]] = {
    "Blouse": ("Clothing", 173),
    "Pants": ("Clothing", 171),
    "Jewelry": ("Accessories", 170),
    "Shirt": ("Clothing", 169),
    "Dress": ("Clothing", 166),
    "Sweater": ("Clothing", 164),
    "Jacket": ("Outerwear", 163),
    "Belt": ("Accessories", 161),
    "Sunglasses": ("Accessories", 161),
    "Coat": ("Outerwear", 161),
    "Sandals": ("Footwear", 160),
    "Socks": ("Clothing", 159),
    "Skirt": ("Clothing", 158),
    "Shorts": ("Clothing", 157),
    "Scarf": ("Accessories", 157),
    "Hat": ("Accessories", 154),
    "Handbag": ("Accessories", 153),
    "Hoodie": ("Clothing", 151),
    "Shoes": ("Footwear", 150),
    "T-shirt": ("Clothing", 147),
    "Sneakers": ("Footwear", 145),
    "Boots": ("Footwear", 144),
    "Backpack": ("Accessories", 143),
    "Gloves": ("Accessories", 140),
    "Jeans": ("Clothing", 123),
}
_SH_STATES = _split(
    "Alabama;Alaska;Arizona;Arkansas;California;Colorado;Connecticut;Delaware;Florida;Georgia;Hawaii;Idaho;Illinois;"
    "Indiana;Iowa;Kansas;Kentucky;Louisiana;Maine;Maryland;Massachusetts;Michigan;Minnesota;Mississippi;Missouri;"
    "Montana;Nebraska;Nevada;New Hampshire;New Jersey;New Mexico;New York;North Carolina;North Dakota;Ohio;Oklahoma;"
    "Oregon;Pennsylvania;Rhode Island;South Carolina;South Dakota;Tennessee;Texas;Utah;Vermont;Virginia;Washington;"
    "West Virginia;Wisconsin;Wyoming"
)
_SH_COLORS = _split(
    "Olive;Yellow;Silver;Teal;Green;Black;Cyan;Violet;Gray;Maroon;Orange;Charcoal;Pink;Magenta;Blue;Purple;Peach;"
    "Red;Beige;Indigo;Lavender;Turquoise;White;Brown;Gold"
)
_SH_SHIPPING = _split("Free Shipping;Standard;Store Pickup;Next Day Air;Express;2-Day Shipping")
_SH_PAYMENT = _split("PayPal;Credit Card;Cash;Debit Card;Venmo;Bank Transfer")
_SH_FREQUENCY = _split("Every 3 Months;Annually;Quarterly;Monthly;Bi-Weekly;Fortnightly;Weekly")


def _shopping_frame() -> pd.DataFrame:
    rng = np.random.default_rng(4003)
    items = [name for name, (_c, k) in _SH_ITEMS.items() for _ in range(k)]
    items = [items[int(i)] for i in rng.permutation(len(items))]
    rows: list[dict[str, Any]] = []
    for i, item in enumerate(items):
        male = rng.random() < 0.68
        member = male and rng.random() < 0.397
        discount = member or (male and rng.random() < 0.39)
        rows.append(
            {
                "Customer ID": i + 1,
                "Age": int(rng.integers(18, 71)),
                "Gender": "Male" if male else "Female",
                "Item Purchased": item,
                "Category": _SH_ITEMS[item][0],
                "Purchase Amount (USD)": int(rng.integers(20, 101)),
                "Location": str(_one(rng, _SH_STATES)),
                "Size": _draw(rng, "M:45;L:27;S:17;XL:11"),
                "Color": str(_one(rng, _SH_COLORS)),
                "Season": _draw(rng, "Spring:25.6;Fall:25;Winter:24.9;Summer:24.5"),
                "Review Rating": round(float(rng.integers(25, 51)) / 10, 1),
                "Subscription Status": "Yes" if member else "No",
                "Shipping Type": str(_one(rng, _SH_SHIPPING)),
                "Discount Applied": "Yes" if discount else "No",
                "Promo Code Used": "Yes" if discount else "No",
                "Previous Purchases": int(rng.integers(1, 51)),
                "Payment Method": str(_one(rng, _SH_PAYMENT)),
                "Frequency of Purchases": str(_one(rng, _SH_FREQUENCY)),
            }
        )
    return pd.DataFrame(rows)


_SH_AMOUNT = "Purchase Amount (USD)"


def _sh_member_means(d: pd.DataFrame) -> list[float]:
    by = d.groupby(_text(d["Subscription Status"]))[_SH_AMOUNT].mean()
    return [float(by["Yes"]), float(by["No"])]


def _sh_young_payment(inclusive: bool) -> Callable[[pd.DataFrame], str]:
    def top(d: pd.DataFrame) -> str:
        young = d[d["Age"] <= 30] if inclusive else d[d["Age"] < 30]
        return str(_text(young["Payment Method"]).value_counts().idxmax())

    return top


_SH_ID = ("Customer ID",)
_SHOPPING_QS = [
    Q(
        "total purchase amount by category",
        _scaled(lambda d: d.groupby(_text(d["Category"]))[_SH_AMOUNT].sum().to_numpy(), (1e3,)),
        (*_SH_ID, "Category", _SH_AMOUNT),
    ),
    Q(
        "what's the most popular item?",
        _lead(_named(lambda d: str(_text(d["Item Purchased"]).value_counts().idxmax()), _plurals(list(_SH_ITEMS)))),
        (*_SH_ID, "Item Purchased", "Category"),
    ),
    Q(
        "do subscribers spend more? avg purchase amount for subscribed vs not subscribed customers",
        has(_sh_member_means),
        (*_SH_ID, "Subscription Status", _SH_AMOUNT),
    ),
    Q(
        "what percent of customers used a promo code",
        _share(lambda d: float((_text(d["Promo Code Used"]) == "Yes").mean())),
        (*_SH_ID, "Promo Code Used", "Discount Applied"),
    ),
    Q(
        "average review rating per season",
        has(lambda d: d.groupby(_text(d["Season"]))["Review Rating"].mean().to_numpy()),
        (*_SH_ID, "Season", "Review Rating"),
    ),
    Q(
        "which payment method is most common among customers under 30?",
        _lead(either(_named(_sh_young_payment(False)), _named(_sh_young_payment(True)))),
        (*_SH_ID, "Age", "Payment Method"),
    ),
]


# --- 4. Global air pollution (Kaggle "Global Air Pollution Dataset", global air pollution dataset.csv) -------------

# how city names are made in each naming style: beginnings, middles, endings ("+" joins without a space)
_AP_NAMES: dict[str, tuple[str, str, str]] = {
    "us": (
        ";;;;;;Lake ;Mount ;Fort ;Port ;West ;East ;North ;South ",
        "Spring;Green;Fair;Oak;Cedar;Maple;River;Clear;Brook;Glen;Pine;Mill;Red;White;Ash;Elm;Bell;Wood;Rock;Sand;"
        "Stone;Fox;Deer;Eagle;Frank;Jackson;Lincoln;Madison;Clinton;Marion;Salem;Milton;Bloom;Chester;Hunt;Kings",
        "+field;+ville;+ton;+wood;+dale;+port;+burg;+view;+ford;+land;+side;+brook;+haven; Park; Springs; Heights;"
        " City; Falls",
    ),
    "uk": (
        ";;;;Great ;Little ;Upper ;Long ",
        "Ash;Brad;Chel;Dun;Farn;Guild;Hal;Hart;Kings;Lough;Mans;Nor;Ox;Ply;Read;Sal;Staf;Stock;Wal;Wey;Whit;Wick",
        "+ham;+bury;+chester;+ford;+wick;+ton;+mouth;+ley;+field;+borough;+stead;+by",
    ),
    "in": (
        "",
        "Ram;Sita;Chandra;Bhim;Kalyan;Hari;Shiv;Raj;Dev;Gopal;Krishna;Lakshmi;Anand;Vijay;Jagdish;Bhawani;Sultan;Fateh;"
        "Akbar;Nawab;Maha;Ratan;Sundar;Bela;Mohan;Narayan;Kishan;Durga;Ganga;Kali;Hosa;Chik;Dhar;Sri;Nand;Amar;Bahadur;"
        "Jhan;Mira;Sirsa;Bilas;Kotta;Tiru;Hanu;Ahmad;Baram;Kanak",
        "+pur;+nagar;+abad;+ganj;+garh;+kot;+pet;+halli;+palle;+ur;+wada;+patnam;+puram;+gaon;+ad",
    ),
    "pt": (
        "São ;Santa ;Santo ;Nova ;Porto ;Campo ;Rio ;Bom ;Vila ;;",
        "Paulo;José;João;Pedro;Luzia;Rita;Cruz;Maria;Antônio;Francisco;Bento;Lourenço;Miguel;Vicente;Tomé;"
        "Sebastião;Amaro;Gonçalo;Mateus;Roque;Alegre;Branco;Verde;Fundo",
        ";;; do Sul; do Norte; das Missões; da Serra; do Oeste; dos Campos; de Minas; do Itapemirim",
    ),
    "de": (
        ";;;Bad ;Neu+;Alt+;Ober+;Unter+;Groß+;Nieder+",
        "Bach;Berg;Wald;Stein;Hof;Feld;Eich;Linden;Rosen;Sonnen;Hasel;Tann;Buch;Erlen;Mühl;Kirch;Lauf;Reichen;Schön;"
        "Wolfs;Hirsch;Ham;Bran;Lud",
        "+dorf;+hausen;+heim;+burg;+stadt;+feld;+berg;+bach;+au;+ingen;+stedt;+rode;+hagen",
    ),
    "ru": (
        ";;;;Novo+;Staro+;Krasno+;Belo+;Ust-;Nizhne+;Verkhne+",
        "Kamensk;Gorsk;Ozersk;Ural;Sibir;Volzh;Lesn;Zavod;Kirov;Lenin;Pushkin;Sever;Yar;Tver;Vorkut;Chern;Bereg;Angar",
        "+sk;+ovo;+insk;+ino;+grad;+ogorsk;+ka;+oye;+yevo;+ovsk",
    ),
    "it": (
        "San ;Santa ;Castel+;Monte+;Borgo ;Villa ;Porto ;;;",
        "Giovanni;Marco;Pietro;Lucia;Vito;Felice;Remo;Nicola;Mauro;Franco;Severo;Lorenzo;Donato;Secondo;Biagio",
        ";;; Marittimo; al Mare; di Sopra; Terme; Veneto; Ligure; Calabro",
    ),
    "es": (
        "San ;Santa ;Villa ;Puerto ;Ciudad ;Valle de ;;;",
        "Juan;Miguel;Pedro;Rosa;Lucía;Fernando;Isidro;Martín;Carlos;Andrés;Vicente;Cristóbal;Rafael;Lorenzo;Tomás;"
        "Bravo;Hidalgo;Florida;Victoria",
        ";;; del Río; de la Sierra; del Monte; de Abajo; del Valle; de los Reyes; del Mar",
    ),
    "fr": (
        "Saint-;Sainte-;Villeneuve-;Le ;La ;Mont+;Beau+;Château+;;",
        "Denis;Maur;Germain;Étienne;Rocher;Vallon;Pré;Bois;Lac;Clair;Val;Fort;Mont;Lieu;Pont;Chaumont",
        ";;;-sur-Mer;-les-Bains;-la-Forêt;-en-Provence;-le-Château;-sur-Loire",
    ),
    "zh": (
        "",
        "Xin;Jin;Chang;Hua;Nan;Bei;Dong;Xi;Yang;Ling;Feng;Ping;An;Tai;Lin;Shan;He;Hai;Qing;Jian;Fu;Long;Bao;Tian",
        "+zhou;+yang;+cheng;+an;+ning;+shan;+jiang;+ping;+hai;+tai;+kou;+du;+xi;+lin;+chang;+hu",
    ),
    "ja": (
        "",
        "Kashi;Kura;Taka;Naga;Oka;Fuji;Yoko;Kawa;Hira;Mato;Toyo;Kita;Mina;Saka;Ichi;Yama;Shima;Matsu;Hama;Tsu",
        "+wa;+shiki;+saki;+sato;+yama;+da;+no;+hashi;+moto;+mura;+ta;+zu;+oka;+gawa",
    ),
    "sl": (
        ";;;Nowa ;Stara ;Velyka ;Mala ",
        "Bial;Zelen;Kamien;Gor;Rud;Such;Brze;Lub;Kras;Sosn;Dobr;Rad;Myr;Kal;Zhyt;Pol;Tarn;Olsz;Prost;Vol",
        "+ice;+ow;+owo;+in;+yn;+sk;+ava;+any;+iv;+ne;+ka",
    ),
    "ar": (
        ";;;;Al ;El ;Ain ;Bir ;Ras ",
        "Mans;Qas;Zar;Rash;Faiy;Hadi;Khar;Sham;Kafr;Tanj;Jaz;Marr;Bani;Qal;Sadr;Kerm;Ahv;Yazd;Zahed",
        "+ura;+ima;+ir;+id;+iya;+an;+ah;+at;+abad;+ar",
    ),
    "sea": (
        ";;;Tanjung ;Kota ;San ;Ban ;Bac ",
        "Bandar;Suka;Puri;Batu;Cabana;Lipa;Tacl;Baguio;Binh;Thanh;Hai;Nakhon;Chiang;Kuala;Seri;Surat;Mala;Pangas",
        "+bumi;+raya;+jaya;+tuan;+oban;+an;+ong;+hoa;+pur;+ai;+ang",
    ),
    "af": (
        ";;;;Port ;New ;Fort ",
        "Aba;Ibad;Kad;Ilor;Kuma;Tama;Nairo;Momb;Kisu;Nak;Durb;Pretor;Bloem;Kimber;Kaduna;Enu;Ake;Oshog;Ede;Cape",
        "+una;+ene;+ale;+asi;+ru;+bo;+uru;+ia;+fontein;+ley;+ville;+town",
    ),
}
# country: cities, naming style, mean PM2.5 AQI, mean ozone AQI
_AP_COUNTRIES: dict[str, tuple[int, str, float, float]] = {
    "United States of America": (490, "us", 52, 33),
    "India": (424, "in", 138, 45),
    "Brazil": (266, "pt", 46, 30),
    "Germany": (229, "de", 56, 26),
    "Russian Federation": (212, "ru", 46, 28),
    "Italy": (202, "it", 66, 30),
    "China": (156, "zh", 112, 40),
    "France": (146, "fr", 50, 30),
    "Mexico": (104, "es", 76, 48),
    "Japan": (96, "ja", 57, 36),
    "Poland": (86, "sl", 70, 26),
    "Spain": (80, "es", 44, 36),
    "Philippines": (74, "sea", 70, 22),
    "Indonesia": (70, "sea", 92, 26),
    "Ukraine": (66, "sl", 60, 27),
    "Turkey": (56, "ar", 72, 30),
    "Colombia": (50, "es", 62, 24),
    "Canada": (50, "us", 30, 30),
    "Netherlands": (48, "de", 52, 24),
    "Pakistan": (44, "in", 171, 52),
    "Romania": (44, "sl", 62, 28),
    "United Kingdom of Great Britain and Northern Ireland": (44, "uk", 36, 27),
    "South Africa": (40, "af", 68, 33),
    "Iran (Islamic Republic of)": (36, "ar", 112, 45),
    "Egypt": (30, "ar", 128, 50),
    "Viet Nam": (30, "sea", 96, 26),
    "Argentina": (30, "es", 40, 24),
    "Thailand": (30, "sea", 86, 28),
    "Nigeria": (26, "af", 120, 30),
    "Bangladesh": (24, "in", 158, 40),
    "Malaysia": (24, "sea", 68, 24),
    "Chile": (24, "es", 58, 26),
    "Belgium": (24, "fr", 50, 24),
    "Australia": (24, "us", 26, 28),
    "Kazakhstan": (20, "sl", 76, 30),
    "Peru": (20, "es", 56, 20),
    "Sweden": (20, "de", 24, 27),
    "Portugal": (20, "pt", 36, 32),
    "Czechia": (20, "sl", 62, 27),
    "Saudi Arabia": (16, "ar", 140, 55),
    "Hungary": (14, "sl", 62, 28),
    "Greece": (14, "it", 52, 36),
    "Morocco": (14, "ar", 76, 36),
    "Ghana": (14, "af", 112, 26),
    "Switzerland": (14, "de", 38, 32),
    "Austria": (14, "de", 44, 30),
    "Kenya": (10, "af", 56, 26),
    "Republic of Korea": (8, "ja", 98, 40),
}
# AQI category: highest value in it
_AP_LEVELS = {
    "Good": 50,
    "Moderate": 100,
    "Unhealthy for Sensitive Groups": 150,
    "Unhealthy": 200,
    "Very Unhealthy": 300,
    "Hazardous": 500,
}


def _ap_level(value: int) -> str:
    return next(name for name, top in _AP_LEVELS.items() if value <= top)


def _ap_city(rng: np.random.Generator, style: str, used: set[str]) -> str:
    starts, middles, ends = (_split(x) for x in _AP_NAMES[style])
    for _ in range(200):
        start, middle, end = str(_one(rng, starts)), str(_one(rng, middles)), str(_one(rng, ends))
        name = start[:-1] + middle.lower() if start.endswith("+") else start + middle
        name += end[1:] if end.startswith("+") else end
        if name not in used and name != middle:
            used.add(name)
            return name
    raise RuntimeError("no city name left")


def _air_frame() -> pd.DataFrame:
    rng = np.random.default_rng(4004)
    rows: list[dict[str, Any]] = []
    for country, (cities, style, pm_mean, ozone_mean) in _AP_COUNTRIES.items():
        used: set[str] = set()
        for _ in range(cities):
            city = _ap_city(rng, style, used)
            pm = int(np.clip(round(rng.lognormal(np.log(pm_mean), 0.5)), 0, 500))
            ozone = int(np.clip(round(rng.lognormal(np.log(ozone_mean), 0.45)), 0, 235))
            no2 = int(np.clip(round(rng.lognormal(np.log(3.0), 1.0)), 0, 91))
            co = int(np.clip(rng.poisson(1.4) + (rng.random() < 0.005) * rng.integers(10, 134), 0, 133))
            aqi = max(pm, ozone, no2, co)
            rows.append(
                {
                    "Country": country,
                    "City": city,
                    "AQI Value": aqi,
                    "AQI Category": _ap_level(aqi),
                    "CO AQI Value": co,
                    "CO AQI Category": _ap_level(co),
                    "Ozone AQI Value": ozone,
                    "Ozone AQI Category": _ap_level(ozone),
                    "NO2 AQI Value": no2,
                    "NO2 AQI Category": _ap_level(no2),
                    "PM2.5 AQI Value": pm,
                    "PM2.5 AQI Category": _ap_level(pm),
                }
            )
    frame = pd.DataFrame(rows)
    frame = frame.iloc[rng.permutation(len(frame))].reset_index(drop=True)
    frame.loc[rng.choice(len(frame), 72, replace=False), "Country"] = None
    frame.loc[int(rng.integers(0, len(frame))), "City"] = None
    return frame


def _ap_mean(country: str) -> Callable[[pd.DataFrame], float]:
    return lambda d: float(d.loc[_text(d["Country"]) == country, "AQI Value"].mean())


_AP_ID = ("City",)
_AIR_QS = [
    Q(
        "which country has the worst average AQI?",
        _lead(_named(lambda d: str(d.groupby(_text(d["Country"]).replace("", None))["AQI Value"].mean().idxmax()))),
        (*_AP_ID, "Country", "AQI Value"),
    ),
    Q(
        "how many cities have hazardous air quality",
        either(
            _count(lambda d: float((_text(d["AQI Category"]) == "Hazardous").sum())),
            _count(lambda d: float(d.loc[_text(d["AQI Category"]) == "Hazardous", "City"].nunique())),
        ),
        (*_AP_ID, "AQI Category", "AQI Value"),
    ),
    Q(
        "plot the distribution of AQI Category - what % of cities fall in each?",
        _shares(lambda d: _text(d["AQI Category"]).value_counts(normalize=True).to_numpy()),
        (*_AP_ID, "AQI Category", "AQI Value"),
    ),
    Q(
        "corr between pm2.5 aqi and the overall aqi value",
        _corr(lambda d: d["PM2.5 AQI Value"], lambda d: d["AQI Value"]),
        (*_AP_ID, "PM2.5 AQI Value", "AQI Value"),
    ),
    Q(
        "compare the average AQI of India and China",
        has(_ap_mean("India"), _ap_mean("China")),
        (*_AP_ID, "Country", "AQI Value"),
    ),
    Q(
        "and for the US?",
        has(_ap_mean("United States of America")),
        (*_AP_ID, "Country", "AQI Value"),
    ),
]


# --- 5. Electric vehicles (Kaggle "EVs - One Electric Vehicle Dataset - Smaller", ElectricCarData_Clean.csv) -------

# Brand|Model|AccelSec|TopSpeed_KmH|Range_Km|Efficiency_WhKm|FastCharge_KmH|PowerTrain|PlugType|BodyStyle|Segment|
# Seats|PriceEuro
_EV_CARS = _split(
    "Tesla|Model 3 Long Range Dual Motor|4.6|233|450|161|940|AWD|Type 2 CCS|Sedan|D|5|55480;"
    "Volkswagen|ID.3 Pure|10.0|160|270|167|250|RWD|Type 2 CCS|Hatchback|C|5|30000;"
    "Polestar|2|4.7|210|400|181|620|AWD|Type 2 CCS|Liftback|D|5|56440;"
    "BMW|iX3|6.8|180|360|206|560|RWD|Type 2 CCS|SUV|D|5|68040;"
    "Honda|e|9.5|145|170|168|190|RWD|Type 2 CCS|Hatchback|B|4|32997;"
    "Lucid|Air|2.8|250|610|180|620|AWD|Type 2 CCS|Sedan|F|5|105000;"
    "Volkswagen|e-Golf|9.6|150|190|168|220|FWD|Type 2 CCS|Hatchback|C|5|31900;"
    "Peugeot|e-208|8.1|150|275|164|420|FWD|Type 2 CCS|Hatchback|B|5|29682;"
    "Tesla|Model 3 Standard Range Plus|5.6|225|310|153|650|RWD|Type 2 CCS|Sedan|D|5|46380;"
    "Audi|Q4 e-tron|6.3|180|400|193|540|AWD|Type 2 CCS|SUV|D|5|55000;"
    "Mercedes|EQC 400 4MATIC|5.1|180|370|216|440|AWD|Type 2 CCS|SUV|D|5|69484;"
    "Nissan|Leaf|7.9|144|220|164|230|FWD|Type 2 CHAdeMO|Hatchback|C|5|29234;"
    "Hyundai|Kona Electric 64 kWh|7.9|167|400|160|380|FWD|Type 2 CCS|SUV|B|5|40795;"
    "BMW|i4|4.0|200|450|178|650|RWD|Type 2 CCS|Sedan|D|5|65000;"
    "Hyundai|IONIQ Electric|9.7|165|250|153|210|FWD|Type 2 CCS|Liftback|C|5|34459;"
    "Volkswagen|ID.3 Pro S|7.3|160|440|175|590|RWD|Type 2 CCS|Hatchback|C|4|40936;"
    "Porsche|Taycan Turbo S|2.8|260|375|223|780|AWD|Type 2 CCS|Sedan|F|4|180781;"
    "Volkswagen|e-Up!|11.9|130|195|166|170|FWD|Type 2 CCS|Hatchback|A|4|21421;"
    "MG|ZS EV|8.2|140|220|193|260|FWD|Type 2 CCS|SUV|B|5|30000;"
    "Mini|Cooper SE|7.3|150|185|156|260|FWD|Type 2 CCS|Hatchback|B|4|31681;"
    "Opel|Corsa-e|8.1|150|275|164|420|FWD|Type 2 CCS|Hatchback|B|5|29146;"
    "Skoda|Enyaq iV 50|9.0|160|340|162|330|RWD|Type 2 CCS|SUV|C|5|35000;"
    "Volkswagen|ID.4 1st|8.5|160|420|183|450|RWD|Type 2 CCS|SUV|C|5|47500;"
    "Renault|Zoe ZE50 R110|11.4|135|315|156|210|FWD|Type 2 CCS|Hatchback|B|5|31184;"
    "Tesla|Model Y Long Range Dual Motor|5.1|217|425|171|930|AWD|Type 2 CCS|SUV|D|7|58620;"
    "Kia|e-Niro 64 kWh|7.8|167|370|173|350|FWD|Type 2 CCS|SUV|C|5|38105;"
    "Skoda|CITIGOe iV|12.3|130|195|166|170|FWD|Type 2 CCS|Hatchback|A|4|24534;"
    "SEAT|Mii Electric|12.3|130|195|166|170|FWD|Type 2 CCS|Hatchback|A|4|20129;"
    "Tesla|Model S Long Range|3.8|250|515|184|560|AWD|Type 2|Liftback|F|5|79990;"
    "Tesla|Model S Performance|2.5|261|505|188|550|AWD|Type 2|Liftback|F|5|96990;"
    "Tesla|Model X Long Range|4.6|250|450|206|480|AWD|Type 2|SUV|F|7|85990;"
    "Tesla|Model X Performance|2.8|250|440|211|470|AWD|Type 2|SUV|F|7|102990;"
    "Tesla|Model 3 Long Range Performance|3.4|261|435|167|910|AWD|Type 2 CCS|Sedan|D|5|61480;"
    "Tesla|Model Y Long Range Performance|3.7|241|410|177|890|AWD|Type 2 CCS|SUV|D|7|65620;"
    "Tesla|Cybertruck Tri Motor|3.0|210|750|267|710|AWD|Type 2 CCS|Pickup|N|7|75000;"
    "Tesla|Cybertruck Dual Motor|4.5|190|460|261|550|AWD|Type 2 CCS|Pickup|N|7|55000;"
    "Tesla|Cybertruck Single Motor|6.5|180|390|256|470|RWD|Type 2 CCS|Pickup|N|6|45000;"
    "Tesla|Roadster|2.1|410|970|206|920|AWD|Type 2 CCS|Cabrio|S|4|215000;"
    "Audi|e-tron GT|3.5|240|425|197|850|AWD|Type 2 CCS|Sedan|F|4|100000;"
    "Audi|e-tron 55 quattro|5.7|200|365|237|470|AWD|Type 2 CCS|SUV|E|5|79445;"
    "Audi|e-tron 50 quattro|7.0|190|280|231|420|AWD|Type 2 CCS|SUV|E|5|67358;"
    "Audi|e-tron Sportback 55 quattro|5.7|200|375|231|480|AWD|Type 2 CCS|SUV|E|5|81639;"
    "Audi|e-tron Sportback 50 quattro|7.0|190|285|226|430|AWD|Type 2 CCS|SUV|E|5|69551;"
    "Audi|e-tron S 55 quattro|4.5|210|320|270|400|AWD|Type 2 CCS|SUV|E|5|93800;"
    "Audi|e-tron S Sportback 55 quattro|4.5|210|335|258|410|AWD|Type 2 CCS|SUV|E|5|96050;"
    "Audi|Q4 Sportback e-tron|6.3|180|410|188|560|AWD|Type 2 CCS|SUV|D|5|57500;"
    "Volkswagen|ID.3 Pro|9.0|160|340|171|370|RWD|Type 2 CCS|Hatchback|C|5|35575;"
    "Volkswagen|ID.3 Pro Performance|7.3|160|340|171|470|RWD|Type 2 CCS|Hatchback|C|5|38987;"
    "Volkswagen|ID.4 Pure|9.0|160|310|175|330|RWD|Type 2 CCS|SUV|C|5|40000;"
    "Nissan|Leaf e+|7.3|157|325|172|390|FWD|Type 2 CHAdeMO|Hatchback|C|5|37237;"
    "Nissan|e-NV200 Evalia|14.0|123|190|200|190|FWD|Type 2 CHAdeMO|MPV|N|7|33246;"
    "Nissan|Ariya 63kWh|7.5|160|330|191|440|FWD|Type 2 CCS|Hatchback|C|5|45000;"
    "Nissan|Ariya e-4ORCE 63kWh|5.9|200|325|194|440|AWD|Type 2 CCS|Hatchback|C|5|50000;"
    "Nissan|Ariya 87kWh|7.6|160|440|199|520|FWD|Type 2 CCS|Hatchback|C|5|55000;"
    "Nissan|Ariya e-4ORCE 87kWh|5.7|200|425|206|510|AWD|Type 2 CCS|Hatchback|C|5|60000;"
    "Skoda|Enyaq iV 60|8.7|160|390|167|370|RWD|Type 2 CCS|SUV|C|5|40000;"
    "Skoda|Enyaq iV 80|8.5|160|460|168|470|RWD|Type 2 CCS|SUV|C|5|45000;"
    "Skoda|Enyaq iV vRS|6.2|180|400|193|450|AWD|Type 2 CCS|SUV|C|5|55000;"
    "Skoda|Enyaq iV 80X|6.9|160|430|179|440|AWD|Type 2 CCS|SUV|C|5|50000;"
    "Renault|Zoe ZE50 R135|9.5|140|310|158|210|FWD|Type 2 CCS|Hatchback|B|5|33133;"
    "Renault|Zoe ZE40 R110|11.4|135|255|161|-|FWD|Type 2|Hatchback|B|5|29000;"
    "Renault|Twingo ZE|12.6|135|130|164|-|RWD|Type 2|Hatchback|A|4|24790;"
    "Renault|Kangoo Maxi ZE 33|22.4|130|160|194|-|FWD|Type 2|SPV|N|5|37400;"
    "Porsche|Taycan Turbo|3.2|260|390|215|810|AWD|Type 2 CCS|Sedan|F|4|155464;"
    "Porsche|Taycan 4S|4.0|250|365|195|770|AWD|Type 2 CCS|Sedan|F|4|102945;"
    "Porsche|Taycan 4S Plus|4.0|250|425|199|890|AWD|Type 2 CCS|Sedan|F|4|109302;"
    "Porsche|Taycan Cross Turismo|5.1|220|385|217|780|AWD|Type 2 CCS|Station|F|4|90000;"
    "Kia|e-Niro 39 kWh|9.8|155|230|170|230|FWD|Type 2 CCS|SUV|C|5|34400;"
    "Kia|e-Soul 64 kWh|7.9|167|365|175|340|FWD|Type 2 CCS|SUV|B|5|36837;"
    "Kia|e-Soul 39 kWh|9.9|157|230|170|230|FWD|Type 2 CCS|SUV|B|5|33000;"
    "BMW|i3 120 Ah|7.3|150|235|161|270|RWD|Type 2 CCS|Hatchback|B|4|38017;"
    "BMW|i3s 120 Ah|6.9|160|230|165|260|RWD|Type 2 CCS|Hatchback|B|4|41526;"
    "Ford|Mustang Mach-E SR RWD|6.6|180|360|189|380|RWD|Type 2 CCS|SUV|D|5|46900;"
    "Ford|Mustang Mach-E ER RWD|7.0|180|450|198|430|RWD|Type 2 CCS|SUV|D|5|54475;"
    "Ford|Mustang Mach-E SR AWD|5.6|180|340|200|370|AWD|Type 2 CCS|SUV|D|5|54000;"
    "Ford|Mustang Mach-E ER AWD|5.1|180|420|212|440|AWD|Type 2 CCS|SUV|D|5|62000;"
    "Smart|EQ fortwo coupe|11.6|130|100|167|-|RWD|Type 2|Hatchback|A|2|21387;"
    "Smart|EQ fortwo cabrio|11.9|130|95|176|-|RWD|Type 2|Cabrio|A|2|24565;"
    "Smart|EQ forfour|12.7|130|95|176|-|RWD|Type 2|Hatchback|A|4|22030;"
    "Byton|M-Byte 72 kWh 2WD|7.5|190|325|222|420|RWD|Type 2 CCS|SUV|E|5|53500;"
    "Byton|M-Byte 95 kWh 2WD|7.5|190|400|238|480|RWD|Type 2 CCS|SUV|E|5|62000;"
    "Byton|M-Byte 95 kWh 4WD|5.5|190|390|244|470|AWD|Type 2 CCS|SUV|E|5|65000;"
    "Mercedes|EQV 300 Long|10.0|140|330|273|290|FWD|Type 2 CCS|MPV|N|7|70631;"
    "Mercedes|EQA 250|8.9|160|350|180|380|FWD|Type 2 CCS|SUV|C|5|47540;"
    "Hyundai|Kona Electric 39 kWh|9.9|155|255|154|210|FWD|Type 2 CCS|SUV|B|5|34361;"
    "Opel|Ampera-e|7.3|150|335|173|210|FWD|Type 2 CCS|Hatchback|C|5|42990;"
    "Opel|Mokka-e|8.7|150|255|168|390|FWD|Type 2 CCS|SUV|B|5|32000;"
    "Fiat|500e Convertible|9.0|150|250|168|330|FWD|Type 2 CCS|Cabrio|B|4|37900;"
    "Fiat|500e Hatchback|9.0|150|250|168|330|FWD|Type 2 CCS|Hatchback|B|4|34900;"
    "Peugeot|e-2008 SUV|8.5|150|250|180|380|FWD|Type 2 CCS|SUV|B|5|34361;"
    "Peugeot|e-Traveller Standard|13.1|130|220|244|260|FWD|Type 2 CCS|MPV|N|8|56840;"
    "Honda|e Advance|8.3|145|165|172|190|RWD|Type 2 CCS|Hatchback|B|4|35997;"
    "Citroen|e-C4|9.7|150|250|164|380|FWD|Type 2 CCS|Hatchback|C|5|35000;"
    "Citroen|e-SpaceTourer M|13.1|130|180|250|240|FWD|Type 2 CCS|MPV|N|8|54120;"
    "Lexus|UX 300e|7.5|160|270|185|190|FWD|Type 2 CHAdeMO|SUV|C|5|50000;"
    "Jaguar|I-Pace|4.8|200|365|232|340|AWD|Type 2 CCS|SUV|E|5|75351;"
    "DS|3 Crossback E-Tense|8.7|150|250|164|380|FWD|Type 2 CCS|SUV|B|5|35000;"
    "Sono|Sion|9.0|140|225|156|230|FWD|Type 2 CCS|Hatchback|C|5|25500;"
    "Lightyear|One|10.0|150|575|104|540|AWD|Type 2 CCS|Liftback|F|5|149000;"
    "Volvo|XC40 P8 AWD Recharge|4.9|180|375|200|470|AWD|Type 2 CCS|SUV|C|5|60437;"
    "CUPRA|el-Born|6.5|160|420|168|560|RWD|Type 2 CCS|Hatchback|C|5|45000;"
    "Aiways|U5|9.0|150|335|188|350|FWD|Type 2 CCS|SUV|C|5|36057;"
    "Mazda|MX-30|9.7|140|180|178|300|FWD|Type 2 CCS|SUV|C|5|32646"
)


def _ev_frame() -> pd.DataFrame:
    rng = np.random.default_rng(4005)
    columns = _split(
        "Brand;Model;AccelSec;TopSpeed_KmH;Range_Km;Efficiency_WhKm;FastCharge_KmH;PowerTrain;PlugType;BodyStyle;"
        "Segment;Seats;PriceEuro"
    )
    rows: list[dict[str, Any]] = []
    for line in _EV_CARS:
        car: dict[str, Any] = dict(zip(columns, line.split("|"), strict=True))
        for c in ("AccelSec",):
            car[c] = float(car[c])
        for c in ("TopSpeed_KmH", "Range_Km", "Efficiency_WhKm", "Seats"):
            car[c] = int(car[c])
        car["Brand"] += " "
        car["Range_Km"] = int(round(car["Range_Km"] * float(rng.uniform(0.97, 1.03)) / 5) * 5)
        car["PriceEuro"] = round(int(car["PriceEuro"]) * float(rng.uniform(0.985, 1.015)))
        car["RapidCharge"] = "No" if car["FastCharge_KmH"] == "-" else "Yes"
        rows.append(car)
    order = [0, *(1 + rng.permutation(len(rows) - 1))]
    frame = pd.DataFrame([rows[int(i)] for i in order])
    return frame[[*columns[:7], "RapidCharge", *columns[7:]]]


def _ev_brand(d: pd.DataFrame) -> pd.Series:
    return _text(d["Brand"])


def _ev_quickest(d: pd.DataFrame) -> pd.Series:
    return pd.Series(d["AccelSec"].to_numpy(), index=_text(d["Model"])).sort_values(kind="stable")


_EV_ID = ("Brand", "Model")
_EV_QS = [
    Q(
        "which brand has the most models in the dataset",
        _lead(_named(lambda d: str(_ev_brand(d).value_counts().idxmax()))),
        (*_EV_ID,),
    ),
    Q(
        "average range by powertrain",
        has(lambda d: d.groupby(_text(d["PowerTrain"]))["Range_Km"].mean().to_numpy()),
        (*_EV_ID, "PowerTrain", "Range_Km"),
    ),
    Q(
        "top 3 quickest cars 0-100 (lowest AccelSec)?",
        _top_named(_ev_quickest, 3),
        (*_EV_ID, "AccelSec"),
    ),
    Q(
        "how many cars can't fast charge?",
        either(
            _count(lambda d: float((_text(d["FastCharge_KmH"]) == "-").sum())),
            _count(lambda d: float((_text(d["RapidCharge"]) == "No").sum())),
        ),
        (*_EV_ID, "FastCharge_KmH", "RapidCharge"),
    ),
    Q(
        "is the price correlated with top speed?",
        _corr(lambda d: d["TopSpeed_KmH"], lambda d: d["PriceEuro"]),
        (*_EV_ID, "PriceEuro", "TopSpeed_KmH"),
    ),
    Q(
        "and price vs range?",
        _corr(lambda d: d["Range_Km"], lambda d: d["PriceEuro"]),
        (*_EV_ID, "PriceEuro", "Range_Km"),
    ),
]


# --- 6. HR analytics (Kaggle "Human Resources Data Set", HR_comma_sep.csv) -----------------------------------------

# department: share of staff, leaving factor, promotion rate, salary weights (low, medium, high)
_HR_DEPARTMENTS: dict[str, tuple[float, float, float, str]] = {
    "sales": (27.6, 1.0, 0.024, "50;42;8"),
    "technical": (18.1, 1.05, 0.01, "50;43;7"),
    "support": (14.9, 1.02, 0.008, "51;42;7"),
    "IT": (8.2, 0.92, 0.003, "50;43;7"),
    "product_mng": (6.0, 0.92, 0.0, "50;42;8"),
    "marketing": (5.7, 0.98, 0.05, "47;43;10"),
    "RandD": (5.2, 0.64, 0.034, "47;48;5"),
    "accounting": (5.1, 1.1, 0.02, "47;44;9"),
    "hr": (4.9, 1.2, 0.028, "46;47;7"),
    "management": (4.2, 0.62, 0.109, "28;36;36"),
}
_HR_LEAVE = {"low": 0.3, "medium": 0.205, "high": 0.068}


def _hr_frame() -> pd.DataFrame:
    rng = np.random.default_rng(4006)
    departments = list(_HR_DEPARTMENTS)
    rows: list[dict[str, Any]] = []
    for _ in range(5000):
        dept = str(_one(rng, departments, [v[0] for v in _HR_DEPARTMENTS.values()]))
        _w, factor, promote_p, pay = _HR_DEPARTMENTS[dept]
        salary = str(_one(rng, ["low", "medium", "high"], [float(x) for x in _split(pay)]))
        accident = rng.random() < 0.145
        promoted = rng.random() < promote_p
        leave_p = _HR_LEAVE[salary] * factor * 1.12 * (0.3 if accident else 1.0) * (0.3 if promoted else 1.0)
        if rng.random() < leave_p:
            kind = str(_one(rng, ["burnt", "bored", "star"], [35, 45, 20]))
            if kind == "burnt":
                projects = _one(rng, [6, 7], [70, 30])
                spec = (rng.uniform(0.09, 0.11), rng.uniform(0.77, 1.0), projects, (240, 310), (4, 5))
            elif kind == "bored":
                spec = (rng.uniform(0.37, 0.46), rng.uniform(0.45, 0.57), 2, (126, 162), (3, 3))
            else:
                projects = _one(rng, [4, 5], [45, 55])
                spec = (rng.uniform(0.72, 0.92), rng.uniform(0.8, 1.0), projects, (215, 280), (5, 6))
            satisfaction, evaluation, projects, (h_lo, h_hi), (y_lo, y_hi) = spec
            hours = int(rng.integers(h_lo, h_hi + 1))
            years = int(rng.integers(y_lo, y_hi + 1))
            left = 1
        else:
            satisfaction = float(np.clip(rng.beta(3.2, 1.5), 0.12, 1.0))
            evaluation = rng.uniform(0.36, 1.0)
            projects = int(_one(rng, [2, 3, 4, 5, 6], [6, 35, 33, 20, 6]))
            hours = int(np.clip(rng.normal(200, 45), 96, 287))
            years = int(_one(rng, [2, 3, 4, 5, 6, 7, 8, 10], [30, 44, 12, 5, 4, 2, 1.5, 1.5]))
            left = 0
        rows.append(
            {
                "satisfaction_level": round(float(satisfaction), 2),
                "last_evaluation": round(float(evaluation), 2),
                "number_project": int(projects),
                "average_montly_hours": hours,
                "time_spend_company": years,
                "Work_accident": int(accident),
                "left": left,
                "promotion_last_5years": int(promoted),
                "Department": dept,
                "salary": salary,
            }
        )
    frame = pd.DataFrame(rows)
    return frame.sort_values("left", ascending=False, kind="stable").reset_index(drop=True)


def _hr_rates(by: str) -> Callable[[pd.DataFrame], pd.Series]:
    return lambda d: d.groupby(_text(d[by]))["left"].mean()


_HR_ALIASES = {"RandD": ("R&D", "R and D"), "product_mng": ("product management",), "hr": ("human resources",)}
_HR_QS = [
    Q(
        "what % of employees left the company?",
        _share(lambda d: float(d["left"].mean())),
        ("left",),
    ),
    Q(
        "attrition rate by salary level",
        _shares(lambda d: _hr_rates("salary")(d).to_numpy()),
        ("left", "salary"),
    ),
    Q(
        "do ppl who left work more hours? compare avg monthly hrs of leavers and stayers",
        has(lambda d: d.groupby("left")["average_montly_hours"].mean().to_numpy()),
        ("left", "average_montly_hours"),
    ),
    Q(
        "which department has the highest turnover rate?",
        _lead(_named(lambda d: str(_hr_rates("Department")(d).idxmax()), _HR_ALIASES)),
        ("left", "Department"),
    ),
    Q(
        "how many employees got a promotion in the last 5 years",
        _count(lambda d: float((d["promotion_last_5years"] == 1).sum())),
        ("promotion_last_5years",),
    ),
    Q(
        "and how many of them left?",
        _count(lambda d: float(((d["promotion_last_5years"] == 1) & (d["left"] == 1)).sum())),
        ("promotion_last_5years", "left"),
    ),
]


# --- 7. Daily Delhi climate (Kaggle "Daily Climate time series data", DailyDelhiClimateTrain.csv) -----------------

# month: mean temperature (°C), humidity (%), wind speed (km/h), pressure (hPa)
_DL_MONTHS: dict[int, tuple[float, float, float, float]] = {
    1: (13.9, 79, 5.6, 1017.4),
    2: (17.3, 67, 7.4, 1015.2),
    3: (22.6, 55, 8.2, 1012.1),
    4: (28.9, 36, 8.3, 1006.9),
    5: (32.6, 33, 9.1, 1002.3),
    6: (32.4, 50, 9.8, 997.6),
    7: (31.1, 72, 8.1, 996.8),
    8: (30.2, 76, 6.6, 999.2),
    9: (29.4, 68, 6.5, 1004.4),
    10: (26.1, 58, 3.9, 1010.9),
    11: (20.5, 62, 3.5, 1015.0),
    12: (15.6, 72, 4.6, 1017.6),
}
_DL_WARMTH = {2013: 0.0, 2014: -0.35, 2015: 0.15, 2016: 1.35}
_DL_ODD_PRESSURES = [7679.333333333333, -3.0416666666666665, 310.4375, 12.045454545454545, 633.9, 1350.296875]


def _dl_mean(values: np.ndarray) -> float:
    return float(values.sum() / len(values))


def _delhi_frame() -> pd.DataFrame:
    rng = np.random.default_rng(4007)
    days = pd.date_range("2013-01-01", "2016-12-31", freq="D")
    position = (days.dayofyear.to_numpy() - 15.5) / 365.25 * 12
    months = list(range(14))
    table = np.array([_DL_MONTHS[(m - 1) % 12 + 1] for m in months])
    climate = np.column_stack([np.interp(position + 1, months, table[:, k]) for k in range(4)])
    anomaly = 0.0
    rows: list[dict[str, Any]] = []
    for i, day in enumerate(days):
        anomaly = 0.8 * anomaly + float(rng.normal(0, 1.0))
        temp_c, humid_c, wind_c, press_c = climate[i]
        k = int(_one(rng, [1, 2, 3, 4, 5, 6, 7, 8], [4, 8, 10, 12, 10, 20, 16, 20]))
        temp = temp_c + _DL_WARMTH[day.year] + 1.3 * anomaly
        temps = np.round(temp + rng.normal(0, 1.2, k))
        humid = np.clip(np.round(humid_c - 2.0 * anomaly + rng.normal(0, 7, k)), 13, 100)
        winds = np.round(rng.gamma(2.0, wind_c / 2.0, k), 1) * (rng.random() > 0.02)
        pressures = np.round(press_c - 0.6 * anomaly + rng.normal(0, 2.0, k))
        rows.append(
            {
                "date": f"{day:%Y-%m-%d}",
                "meantemp": _dl_mean(temps),
                "humidity": _dl_mean(humid),
                "wind_speed": _dl_mean(winds),
                "meanpressure": _dl_mean(pressures),
            }
        )
    odd = rng.choice(np.flatnonzero(days.year == 2016), len(_DL_ODD_PRESSURES), replace=False)
    for i, value in zip(odd, _DL_ODD_PRESSURES, strict=True):
        rows[int(i)]["meanpressure"] = value
    rows.append({"date": "2017-01-01", "meantemp": 10.0, "humidity": 100.0, "wind_speed": 0.0, "meanpressure": 1016.0})
    return pd.DataFrame(rows)


def _dl(d: pd.DataFrame) -> pd.DataFrame:
    return d.assign(_day=pd.to_datetime(d["date"]))


def _dl_extreme(year: int, how: str, hot: bool) -> Callable[[pd.DataFrame], pd.Timestamp]:
    """The hottest (or coldest) month of a year, by its mean (or extreme) daily temperature."""

    def month(d: pd.DataFrame) -> pd.Timestamp:
        f = _dl(d)
        f = f[f["_day"].dt.year == year]
        by = getattr(f.groupby(f["_day"].dt.to_period("M"))["meantemp"], how)()
        return pd.Timestamp((by.idxmax() if hot else by.idxmin()).to_timestamp())

    return month


def _dl_humid(inclusive: bool) -> Callable[[pd.DataFrame], float]:
    return lambda d: float((d["humidity"] >= 80).sum() if inclusive else (d["humidity"] > 80).sum())


_DL_ID = ("date",)
_DELHI_QS = [
    Q(
        "plot the yearly average of meantemp, is delhi getting hotter?",
        _about(lambda d: _dl(d).groupby(_dl(d)["_day"].dt.year)["meantemp"].mean().to_numpy()[:4]),
        (*_DL_ID, "meantemp"),
    ),
    Q(
        "which month was the hottest in 2016?",
        _lead(either(_month(_dl_extreme(2016, "mean", True)), _month(_dl_extreme(2016, "max", True)))),
        (*_DL_ID, "meantemp"),
    ),
    Q(
        "and the coldest?",
        _lead(either(_month(_dl_extreme(2016, "mean", False)), _month(_dl_extreme(2016, "min", False)))),
        (*_DL_ID, "meantemp"),
    ),
    Q(
        "how many days had humidity over 80",
        either(_count(_dl_humid(False)), _count(_dl_humid(True))),
        (*_DL_ID, "humidity"),
    ),
    Q(
        "whats the correlation between humidity and temperature?",
        _corr(lambda d: d["humidity"], lambda d: d["meantemp"]),
        (*_DL_ID, "humidity", "meantemp"),
    ),
    Q(
        "meanpressure looks off - what are its min and max?",
        _about(lambda d: [float(d["meanpressure"].min()), float(d["meanpressure"].max())]),
        (*_DL_ID, "meanpressure"),
    ),
]


HELDOUT40: list[Dataset] = [
    Dataset("amazon_products_2023", _amazon_frame, _AMAZON_QS),
    Dataset("uber_lyft_boston", _uber_frame, _UBER_QS),
    Dataset("customer_shopping_trends", _shopping_frame, _SHOPPING_QS),
    Dataset("global_air_pollution", _air_frame, _AIR_QS),
    Dataset("electric_vehicle_specs", _ev_frame, _EV_QS),
    Dataset("hr_analytics", _hr_frame, _HR_QS),
    Dataset("delhi_daily_climate", _delhi_frame, _DELHI_QS),
]
