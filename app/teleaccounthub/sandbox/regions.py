"""The regions the sandbox store sells from: category ids and names, countries and dial codes.

Names are written the way a shop that lists countries in their own language would write them, so
the catalog carries accents, curly apostrophes, CJK, Cyrillic, Greek and right-to-left scripts.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Region:
    category_id: int
    name: str
    countries: tuple[tuple[str, str], ...]  # (country name, dial code such as "+63" or "+1 876")


REGIONS: tuple[Region, ...] = (
    Region(
        1,
        "Asia",
        (
            ("Philippines", "+63"),
            ("Indonesia", "+62"),
            ("Malaysia", "+60"),
            ("Việt Nam", "+84"),
            ("ประเทศไทย", "+66"),
            ("日本", "+81"),
            ("대한민국", "+82"),
            ("中国香港", "+852"),
            ("Taiwan", "+886"),
            ("Singapore", "+65"),
            ("India", "+91"),
            ("Pakistan", "+92"),
            ("Bangladesh", "+880"),
            ("Sri Lanka", "+94"),
            ("Nepal", "+977"),
            ("Myanmar", "+95"),
            ("Cambodia", "+855"),
            ("Laos", "+856"),
            ("Mongolia", "+976"),
            ("Қазақстан", "+7"),
            ("Oʻzbekiston", "+998"),
            ("Kyrgyzstan", "+996"),
            ("Tajikistan", "+992"),
            ("Turkmenistan", "+993"),
            ("中国澳门", "+853"),
            ("Brunei", "+673"),
            ("Maldives", "+960"),
            ("Bhutan", "+975"),
            ("Timor-Leste", "+670"),
            ("Afghanistan", "+93"),
        ),
    ),
    Region(
        12,
        "Europe",
        (
            ("United Kingdom", "+44"),
            ("Deutschland", "+49"),
            ("France", "+33"),
            ("España", "+34"),
            ("Italia", "+39"),
            ("Portugal", "+351"),
            ("België", "+32"),
            ("Nederland", "+31"),
            ("Österreich", "+43"),
            ("Schweiz", "+41"),
            ("Polska", "+48"),
            ("Česko", "+420"),
            ("Slovensko", "+421"),
            ("Magyarország", "+36"),
            ("România", "+40"),
            ("България", "+359"),
            ("Ελλάδα", "+30"),
            ("Türkiye", "+90"),
            ("Україна", "+380"),
            ("Moldova", "+373"),
            ("Lietuva", "+370"),
            ("Latvija", "+371"),
            ("Eesti", "+372"),
            ("Suomi", "+358"),
            ("Sverige", "+46"),
            ("Norge", "+47"),
            ("Danmark", "+45"),
            ("Ísland", "+354"),
            ("Ireland", "+353"),
            ("Hrvatska", "+385"),
            ("Srbija", "+381"),
            ("Slovenija", "+386"),
            ("Bosna i Hercegovina", "+387"),
            ("Shqipëri", "+355"),
            ("Северна Македонија", "+389"),
            ("Κύπρος", "+357"),
            ("Malta", "+356"),
            ("Luxembourg", "+352"),
            ("საქართველო", "+995"),
            ("Հայաստան", "+374"),
            ("Azərbaycan", "+994"),
        ),
    ),
    Region(
        27,
        "Americas",
        (
            ("United States", "+1"),
            ("Canada", "+1"),
            ("México", "+52"),
            ("Brasil", "+55"),
            ("Argentina", "+54"),
            ("Chile", "+56"),
            ("Colombia", "+57"),
            ("Perú", "+51"),
            ("Venezuela", "+58"),
            ("Ecuador", "+593"),
            ("Bolivia", "+591"),
            ("Paraguay", "+595"),
            ("Uruguay", "+598"),
            ("Guatemala", "+502"),
            ("Honduras", "+504"),
            ("El Salvador", "+503"),
            ("Nicaragua", "+505"),
            ("Costa Rica", "+506"),
            ("Panamá", "+507"),
            ("Cuba", "+53"),
            ("República Dominicana", "+1 809"),
            ("Puerto Rico", "+1 787"),
            ("Jamaica", "+1 876"),
            ("Haïti", "+509"),
            ("Trinidad and Tobago", "+1 868"),
            ("Curaçao", "+599"),
            ("Guyana", "+592"),
            ("Suriname", "+597"),
            ("Belize", "+501"),
        ),
    ),
    Region(
        41,
        "Middle East",
        (
            ("Saudi Arabia", "+966"),
            ("الإمارات", "+971"),
            ("Qatar", "+974"),
            ("Kuwait", "+965"),
            ("Bahrain", "+973"),
            ("Oman", "+968"),
            ("Yemen", "+967"),
            ("Iraq", "+964"),
            ("Iran", "+98"),
            ("ישראל", "+972"),
            ("الأردن", "+962"),
            ("Lebanon", "+961"),
            ("Syria", "+963"),
            ("Palestine", "+970"),
        ),
    ),
    Region(
        53,
        "Oceania",
        (
            ("Australia", "+61"),
            ("New Zealand", "+64"),
            ("Fiji", "+679"),
            ("Papua New Guinea", "+675"),
            ("Samoa", "+685"),
            ("Tonga", "+676"),
            ("Vanuatu", "+678"),
            ("Solomon Islands", "+677"),
            ("Nouvelle-Calédonie", "+687"),
            ("Polynésie française", "+689"),
            ("Kiribati", "+686"),
            ("Micronesia", "+691"),
        ),
    ),
    Region(
        86,
        "Africa",
        (
            ("Nigeria", "+234"),
            ("Kenya", "+254"),
            ("Ghana", "+233"),
            ("South Africa", "+27"),
            ("مصر", "+20"),
            ("المغرب", "+212"),
            ("Algérie", "+213"),
            ("Tunisie", "+216"),
            ("Libya", "+218"),
            ("Ethiopia", "+251"),
            ("Tanzania", "+255"),
            ("Uganda", "+256"),
            ("Rwanda", "+250"),
            ("Cameroun", "+237"),
            ("Côte d’Ivoire", "+225"),
            ("Sénégal", "+221"),
            ("Mali", "+223"),
            ("Burkina Faso", "+226"),
            ("Niger", "+227"),
            ("Tchad", "+235"),
            ("Sudan", "+249"),
            ("South Sudan", "+211"),
            ("Somalia", "+252"),
            ("Angola", "+244"),
            ("Moçambique", "+258"),
            ("Zambia", "+260"),
            ("Zimbabwe", "+263"),
            ("Malawi", "+265"),
            ("Botswana", "+267"),
            ("Namibia", "+264"),
            ("Madagascar", "+261"),
            ("Maurice", "+230"),
            ("Bénin", "+229"),
            ("Togo", "+228"),
            ("Guinée", "+224"),
            ("Sierra Leone", "+232"),
            ("Liberia", "+231"),
            ("Gabon", "+241"),
            ("Congo", "+242"),
            ("RD Congo", "+243"),
            ("São Tomé and Príncipe", "+239"),
            ("Cabo Verde", "+238"),
            ("Réunion", "+262"),
            ("Eritrea", "+291"),
            ("Djibouti", "+253"),
            ("Gambia", "+220"),
        ),
    ),
)

BULK_CATEGORY_ID = 97
BULK_CATEGORY_NAME = "Bulk"
HUGE_CATEGORY_ID = 98
HUGE_CATEGORY_NAME = "Huge"


@dataclass(frozen=True, slots=True)
class PinnedProduct:
    """A product whose figures are fixed, whatever the seed."""

    category_id: int
    country: str
    product_id: int
    price: str
    stock: int


# Pinned to the API page's examples, so its curl lines work verbatim against the sandbox.
PINNED_PRODUCTS: tuple[PinnedProduct, ...] = (
    PinnedProduct(1, "Philippines", 56, "0.7245", 15242),
    PinnedProduct(86, "Nigeria", 2281, "0.2990", 4870),
    # A price on a half cent: its display must round half up to "$0.13" (banker's gives "$0.12").
    PinnedProduct(86, "Côte d’Ivoire", 2290, "0.1250", 731),
)

VARIANTS: tuple[str, ...] = ("(aged)", "(premium)", "(fresh)")
