#!/usr/bin/env python3
"""Writes one set of the import corpus (issue 25): legacy pages in fourteen layouts and, for each
file, the JSON a careful person re-keying the page would write.

usage: bench/import-corpus/make_corpus.py SET SEED OUT   (SET: test or dev)

The pages are written by the Herald team from the pieces below (stories, contacts, site chrome);
none is copied from a real site. The expected JSON is built from the same pieces as the page, so
it says what the page states and nothing more: a page without a date has "date": null.
The test set was written once, committed, and is never regenerated or edited (see README.md).
"""
import datetime
import json
import os
import random
import sys

# ---------------------------------------------------------------------------------------------
# Places

EN_COUNTRIES = {
    "TD": "Chad", "SD": "Sudan", "NE": "Niger", "ML": "Mali", "LY": "Libya", "NG": "Nigeria",
    "YE": "Yemen", "ET": "Ethiopia", "SO": "Somalia", "AF": "Afghanistan", "IQ": "Iraq",
    "LB": "Lebanon", "JO": "Jordan", "BD": "Bangladesh", "MM": "Myanmar", "HT": "Haiti",
    "CO": "Colombia", "EC": "Ecuador", "PE": "Peru", "UA": "Ukraine", "MD": "Moldova",
    "KZ": "Kazakhstan", "KG": "Kyrgyzstan", "TJ": "Tajikistan", "SN": "Senegal", "MZ": "Mozambique",
    "PK": "Pakistan", "PH": "Philippines", "NP": "Nepal", "KE": "Kenya", "UG": "Uganda",
    "BY": "Belarus", "GE": "Georgia", "AM": "Armenia", "EG": "Egypt", "TN": "Tunisia",
}
EN_CITIES = [("Geneva", "CH"), ("Nairobi", "KE"), ("Dakar", "SN"), ("Cairo", "EG"), ("Bangkok", "TH"),
             ("Amman", "JO"), ("Beirut", "LB"), ("Kabul", "AF"), ("Dhaka", "BD"), ("Juba", "SS"),
             ("N'Djamena", "TD"), ("Niamey", "NE"), ("Bamako", "ML"), ("Tripoli", "LY"), ("Erbil", "IQ"),
             ("Port-au-Prince", "HT"), ("Cox's Bazar", "BD"), ("Kyiv", "UA"), ("Chisinau", "MD"),
             ("Minsk", "BY"), ("Almaty", "KZ"), ("Bishkek", "KG"), ("Vienna", "AT"), ("Brussels", "BE"),
             ("Abuja", "NG"), ("Addis Ababa", "ET"), ("Mogadishu", "SO"), ("Maputo", "MZ"),
             ("Kathmandu", "NP"), ("Manila", "PH"), ("Islamabad", "PK"), ("Tbilisi", "GE"), ("Tunis", "TN")]
FR_COUNTRIES = {"TD": ("Tchad", "au Tchad"), "ML": ("Mali", "au Mali"), "NE": ("Niger", "au Niger"),
                "SN": ("Sénégal", "au Sénégal"), "HT": ("Haïti", "en Haïti"), "BF": ("Burkina Faso", "au Burkina Faso"),
                "CM": ("Cameroun", "au Cameroun"), "MR": ("Mauritanie", "en Mauritanie"),
                "GN": ("Guinée", "en Guinée"), "CD": ("République démocratique du Congo", "en République démocratique du Congo"),
                "MA": ("Maroc", "au Maroc"), "TN": ("Tunisie", "en Tunisie")}
FR_CITIES = [("Genève", "CH"), ("Dakar", "SN"), ("N'Djamena", "TD"), ("Niamey", "NE"), ("Bamako", "ML"),
             ("Ouagadougou", "BF"), ("Port-au-Prince", "HT"), ("Nouakchott", "MR"), ("Bruxelles", "BE"),
             ("Yaoundé", "CM"), ("Conakry", "GN"), ("Rabat", "MA"), ("Tunis", "TN"), ("Kinshasa", "CD")]
ES_COUNTRIES = {"CO": "Colombia", "VE": "Venezuela", "EC": "Ecuador", "PE": "Perú", "GT": "Guatemala",
                "HN": "Honduras", "SV": "El Salvador", "MX": "México", "PA": "Panamá", "CL": "Chile",
                "BO": "Bolivia", "CR": "Costa Rica"}
ES_CITIES = [("Ginebra", "CH"), ("Bogotá", "CO"), ("Quito", "EC"), ("Lima", "PE"), ("Ciudad de Panamá", "PA"),
             ("San José", "CR"), ("Buenos Aires", "AR"), ("Tegucigalpa", "HN"), ("San Salvador", "SV"),
             ("Cúcuta", "CO"), ("Santiago", "CL"), ("La Paz", "BO")]
RU_COUNTRIES = {"BY": ("Беларусь", "в Беларуси"), "UA": ("Украина", "в Украине"), "MD": ("Молдова", "в Молдове"),
                "KZ": ("Казахстан", "в Казахстане"), "KG": ("Кыргызстан", "в Кыргызстане"),
                "TJ": ("Таджикистан", "в Таджикистане"), "UZ": ("Узбекистан", "в Узбекистане"),
                "AM": ("Армения", "в Армении"), "GE": ("Грузия", "в Грузии"), "AZ": ("Азербайджан", "в Азербайджане")}
RU_CITIES = [("Минск", "BY"), ("Москва", "RU"), ("Киев", "UA"), ("Кишинев", "MD"), ("Алматы", "KZ"),
             ("Бишкек", "KG"), ("Душанбе", "TJ"), ("Ташкент", "UZ"), ("Ереван", "AM"), ("Астана", "KZ"),
             ("Тбилиси", "GE"), ("Баку", "AZ")]
AR_COUNTRIES = {"YE": "اليمن", "IQ": "العراق", "SY": "سوريا", "LB": "لبنان", "JO": "الأردن", "LY": "ليبيا",
                "SD": "السودان", "EG": "مصر", "TN": "تونس", "MA": "المغرب"}
AR_CITIES = [("عمّان", "JO"), ("بيروت", "LB"), ("القاهرة", "EG"), ("جنيف", "CH"), ("بغداد", "IQ"),
             ("صنعاء", "YE"), ("طرابلس", "LY"), ("الخرطوم", "SD"), ("أربيل", "IQ"), ("تونس", "TN")]

# ---------------------------------------------------------------------------------------------
# Numbers as each language writes them


def en_num(n, r):
    if n >= 1_000_000:
        m = n / 1_000_000
        return ("%g" % m) + " million"
    return "{:,}".format(n)


def fr_num(n, r):
    if n >= 1_000_000:
        m = ("%g" % (n / 1_000_000)).replace(".", ",")
        return m + (" millions de" if n >= 2_000_000 else " million de")
    sep = r.choice([" ", "\u00a0", "."])
    return "{:,}".format(n).replace(",", sep)


def es_num(n, r):
    if n >= 1_000_000:
        m = ("%g" % (n / 1_000_000)).replace(".", ",")
        return m + " millones de"
    return "{:,}".format(n).replace(",", ".")


def ru_num(n, r):
    if n >= 1_000_000:
        return ("%g" % (n / 1_000_000)).replace(".", ",") + r.choice([" млн", " миллиона"])
    return "{:,}".format(n).replace(",", r.choice([" ", "\u00a0"]))


def ar_num(n, r):
    if n >= 1_000_000:
        return ("%g" % (n / 1_000_000)) + " مليون"
    text = r.choice(["{:,}", "{}"]).format(n)
    if r.random() < 0.3:
        text = text.translate(str.maketrans("0123456789,", "٠١٢٣٤٥٦٧٨٩٬"))
    return text


def some_number(r, big=False):
    if big or r.random() < 0.2:
        return r.choice([1_200_000, 1_500_000, 2_300_000, 1_100_000, 3_400_000, 2_000_000, 1_800_000])
    return r.choice([350, 450, 820, 1_200, 2_500, 4_000, 4_700, 6_300, 8_000, 12_500, 15_000, 23_000,
                     40_000, 61_000, 85_000, 120_000, 250_000, 310_000, 540_000])

# ---------------------------------------------------------------------------------------------
# Figure sentences: (template, qualifier, themes). {c} the country as written, {n} the number.

EN_FIGURES = [
    ("Some {n} people have been displaced in {c} since the fighting began.", "some", ["emergencies"]),
    ("In {c}, nearly {n} migrants have returned home since January.", "nearly", ["migration-management"]),
    ("{c} now hosts about {n} refugees, according to government estimates.", "about", ["emergencies"]),
    ("More than {n} people were displaced by the floods in {c}.", "more than", ["emergencies"]),
    ("An estimated {n} internally displaced persons remain in camps in {c}.", "estimated", ["emergencies"]),
    ("In {c} alone, {n} people were evacuated from low-lying areas.", None, ["emergencies"]),
    ("Over {n} stranded migrants in {c} have asked for help to go home.", "over", ["migration-management"]),
    ("Around {n} people returned to their villages in {c} last month.", "around", ["migration-management"]),
    ("{c} has registered some {n} migrant workers abroad this year.", "some", ["labour-migration"]),
    ("Nearly {n} people crossed from {c} in the first week of the crisis.", "nearly", ["emergencies"]),
]
FR_FIGURES = [
    ("Quelque {n} personnes ont été déplacées {inc} depuis le début des violences.", "quelque", ["emergencies"]),
    ("{Inc}, près de {n} migrants sont rentrés chez eux depuis janvier.", "près de", ["migration-management"]),
    ("Environ {n} réfugiés vivent aujourd'hui {inc}, selon les autorités.", "environ", ["emergencies"]),
    ("Plus de {n} personnes ont fui leurs foyers {inc} après les inondations.", "plus de", ["emergencies"]),
    ("{Inc}, {n} migrants bloqués ont demandé à rentrer dans leur pays.", None, ["migration-management"]),
]
ES_FIGURES = [
    ("Unas {n} personas han sido desplazadas en {c} desde enero.", "unas", ["emergencies"]),
    ("En {c}, cerca de {n} migrantes retornaron a sus comunidades este año.", "cerca de", ["migration-management"]),
    ("{c} acoge a alrededor de {n} refugiados y migrantes.", "alrededor de", ["emergencies"]),
    ("Más de {n} personas abandonaron sus hogares en {c} tras las lluvias.", "más de", ["emergencies"]),
    ("Aproximadamente {n} trabajadores migrantes salieron de {c} en 2010.", "aproximadamente", ["labour-migration"]),
]
RU_FIGURES = [
    ("Около {n} трудовых мигрантов вернулись домой {inc} в этом году.", "около", ["labour-migration"]),
    ("{Inc} насчитывается почти {n} внутренне перемещенных лиц.", "почти", ["emergencies"]),
    ("Более {n} человек пострадали от торговли людьми {inc} за последние пять лет.", "более", ["counter-trafficking"]),
    ("{Inc} зарегистрировано свыше {n} беженцев.", "свыше", ["emergencies"]),
]
AR_FIGURES = [
    ("نزح نحو {n} شخص في {c} منذ بداية العام.", "نحو", ["emergencies"]),
    ("عاد قرابة {n} مهاجر إلى {c} خلال الأشهر الستة الماضية.", "قرابة", ["migration-management"]),
    ("تستضيف {c} أكثر من {n} لاجئ.", "أكثر من", ["emergencies"]),
    ("تقطعت السبل بحوالي {n} مهاجر في {c}.", "حوالي", ["migration-management"]),
]

# Sentences without a figure: (text with {c} or none, themes, organizations)
EN_PLAIN = [
    ("Teams are providing shelter, clean water and health care to the families.", ["emergencies", "migration-health"], []),
    ("The programme is funded by the European Union and implemented with UNHCR.", [], ["EU", "UNHCR"]),
    ("Returnees receive a reintegration grant and counselling on arrival.", ["migration-management"], []),
    ("Mobile clinics screen new arrivals for tuberculosis and measles.", ["migration-health"], []),
    ("The training helped border officials identify victims of trafficking.", ["counter-trafficking", "migration-management"], []),
    ("Work with UNICEF focuses on unaccompanied children.", [], ["UNICEF"]),
    ("The three-year project will also support local authorities in drafting a migration strategy.", ["migration-management"], []),
    ("Ministers agreed on a memorandum of understanding on regional cooperation.", ["regional-cooperation"], []),
    ("The World Health Organization has warned of a risk of cholera in the camps.", ["migration-health"], ["WHO"]),
    ("Recruitment agencies will be licensed to protect migrant workers from abuse.", ["labour-migration"], []),
]
FR_PLAIN = [
    ("Les équipes fournissent des abris, de l'eau potable et des soins de santé aux familles.", ["migration-health"], []),
    ("Le programme est financé par l'Union européenne.", [], ["EU"]),
    ("Les personnes rapatriées reçoivent une aide à la réintégration à leur arrivée.", ["migration-management"], []),
    ("La formation a permis aux policiers de mieux repérer les victimes de la traite.", ["counter-trafficking"], []),
]
ES_PLAIN = [
    ("Los equipos entregan alimentos, agua y atención de salud a las familias.", ["migration-health"], []),
    ("El proyecto cuenta con el apoyo de la Unión Europea.", [], ["EU"]),
    ("La capacitación ayudó a los funcionarios a identificar a víctimas de trata de personas.", ["counter-trafficking"], []),
    ("El programa se ejecuta junto con UNICEF.", [], ["UNICEF"]),
]
RU_PLAIN = [
    ("Проект финансируется Европейским союзом.", [], ["EU"]),
    ("Мигранты получают консультации юристов и медицинскую помощь.", ["migration-health"], []),
    ("Семинар прошел при поддержке ОБСЕ.", [], ["OSCE"]),
    ("Участники обсудили вопросы региональной безопасности и миграции.", ["regional-cooperation"], []),
]
AR_PLAIN = [
    ("وتقدم الفرق المأوى والمياه النظيفة والرعاية الصحية للأسر.", ["migration-health"], []),
    ("ويموّل الاتحاد الأوروبي هذا البرنامج.", [], ["EU"]),
    ("ويحصل العائدون على منحة لإعادة الإدماج عند وصولهم.", ["migration-management"], []),
]

EN_TITLES = {
    "emergencies": ["Thousands Displaced as Floods Hit {c}", "IOM Scales Up Shelter Aid in {c}",
                    "{c}: Displacement Continues to Rise", "Families Fleeing Violence in {c} Need Urgent Help"],
    "migration-management": ["Stranded Migrants Return Home from {c}", "IOM Helps {c} Strengthen Border Management",
                             "Voluntary Returns to {c} Pick Up Pace"],
    "labour-migration": ["New Rules to Protect Migrant Workers from {c}", "{c} Looks to Safer Labour Migration"],
    "migration-health": ["Health Screening Reaches Migrants in {c}", "Mobile Clinics Serve Displaced Families in {c}"],
    "counter-trafficking": ["{c} Steps Up Fight Against Human Trafficking", "Trafficking Survivors in {c} Find New Start"],
    "regional-cooperation": ["Ministers Meet on Regional Cooperation in {c}"],
}
FR_TITLES = ["Des milliers de déplacés {inc} après les inondations", "L'OIM renforce son aide {inc}",
             "Retour volontaire de migrants bloqués : nouveau départ {inc}", "Lutte contre la traite des personnes {inc}"]
ES_TITLES = ["La OIM amplía su asistencia a personas desplazadas en {c}", "Miles de migrantes retornan a {c}",
             "Nueva campaña contra la trata de personas en {c}", "Ayuda humanitaria para familias afectadas por las lluvias en {c}"]
RU_TITLES = ["МОМ помогает мигрантам {inc}", "Семинар по противодействию торговле людьми прошел {inc}",
             "Трудовые мигранты {inc}: новые правила", "Вернувшиеся мигранты получат поддержку {inc}"]
AR_TITLES = ["المنظمة الدولية للهجرة توسع مساعداتها في {c}", "عودة مهاجرين عالقين إلى {c}",
             "آلاف النازحين في {c} بحاجة إلى المساعدة"]

# ---------------------------------------------------------------------------------------------
# Contacts: offices with a phone plan (prefix, display pattern) and the people who answer there.

EN_OFFICES = [
    ("IOM Geneva", "CH", "+41 22 717 {4}", "022 717 {4}"), ("IOM Nairobi", "KE", "+254 20 422 {4}", "020 422 {4}"),
    ("IOM Dakar", "SN", "+221 33 869 {2} {2}", "33 869 {2} {2}"), ("IOM Cairo", "EG", "+20 2 2736 {4}", "02 2736 {4}"),
    ("IOM Bangkok", "TH", "+66 2 343 {4}", "02 343 {4}"), ("IOM Amman", "JO", "+962 6 565 {4}", "06 565 {4}"),
    ("IOM Vienna", "AT", "+43 1 581 {4}", "01 581 {4}"), ("IOM Brussels", "BE", "+32 2 287 {2} {2}", "02 287 {2} {2}"),
    ("IOM Kyiv", "UA", "+380 44 568 {2} {2}", "044 568 {2} {2}"), ("IOM Chisinau", "MD", "+373 22 23 {2} {2}", "022 23 {2} {2}"),
    ("IOM Beirut", "LB", "+961 1 752 {3}", "01 752 {3}"),
]
EN_MOBILES = {"CH": "+41 79 {3} {2} {2}", "KE": "+254 722 {3} {3}", "SN": "+221 77 {3} {2} {2}",
              "EG": "+20 100 {3} {4}", "TH": "+66 81 {3} {4}", "JO": "+962 79 {3} {4}", "AT": "+43 664 {3} {4}",
              "BE": "+32 475 {2} {2} {2}", "UA": "+380 67 {3} {2} {2}", "MD": "+373 69 {3} {3}",
              "LB": "+961 3 {3} {3}"}
FR_OFFICES = [("OIM Dakar", "SN", "+221 33 869 {2} {2}"), ("OIM Niamey", "NE", "+227 20 75 {2} {2}"),
              ("OIM Bamako", "ML", "+223 20 22 {2} {2}"), ("OIM Genève", "CH", "+41 22 717 {4}"),
              ("OIM Tunis", "TN", "+216 71 860 {3}"), ("OIM Rabat", "MA", "+212 537 65 {2} {2}")]
ES_OFFICES = [("OIM Colombia", "CO", "+57 310 {3} {4}"), ("OIM Ecuador", "EC", "+593 2 299 {4}"),
              ("OIM Perú", "PE", "+51 1 633 {4}"), ("OIM Costa Rica", "CR", "+506 2212 {4}"),
              ("OIM Ginebra", "CH", "+41 22 717 {4}")]
RU_OFFICES = [("Бюро МОМ в Минске", "BY", "+375 17 288 {2} {2}"), ("Бюро МОМ в Москве", "RU", "+7 495 797 {2} {2}"),
              ("Представительство МОМ в Украине", "UA", "+380 44 568 {2} {2}"),
              ("Бюро МОМ в Астане", "KZ", "+7 7172 69 {2} {2}"), ("Бюро МОМ в Кишиневе", "MD", "+373 22 23 {2} {2}")]
AR_OFFICES = [("مكتب المنظمة الدولية للهجرة في عمّان", "JO", "+962 6 565 {4}"),
              ("مكتب المنظمة الدولية للهجرة في بيروت", "LB", "+961 1 752 {3}"),
              ("مكتب المنظمة الدولية للهجرة في القاهرة", "EG", "+20 2 2736 {4}")]
EN_NAMES = ["Hana Kessler", "Daniel Mwangi", "Rosa Ferreira", "Ahmed Salih", "Marta Novak", "Kofi Mensah",
            "Sara Lindqvist", "Paul Okello", "Nadia Rahman", "Peter Olsen", "Leila Haddad", "Tomas Berg",
            "Grace Atieno", "Ivan Horvat", "Mariam Touré", "Julia Brandt", "Omar Farouk", "Anna Kovacs"]
FR_NAMES = ["Jean-Paul Ndiaye", "Claire Dubois", "Fatou Sow", "Moussa Traoré", "Aïcha Maïga", "Élodie Martin",
            "Ibrahim Diop", "Sophie Lefèvre"]
ES_NAMES = ["Lucía Herrera", "Carlos Méndez", "Ana María Ruiz", "Jorge Castillo", "Valeria Gómez", "Diego Paredes"]
RU_NAMES = ["Ольга Смирнова", "Иван Петров", "Наталья Ковальчук", "Алексей Морозов", "Айгерим Садыкова", "Дмитрий Лебедев"]
RU_LATIN = {"Ольга Смирнова": "osmirnova", "Иван Петров": "ipetrov", "Наталья Ковальчук": "nkovalchuk",
            "Алексей Морозов": "amorozov", "Айгерим Садыкова": "asadykova", "Дмитрий Лебедев": "dlebedev"}
AR_NAMES = [("ليلى حداد", "lhaddad"), ("سامر خليل", "skhalil"), ("رنا منصور", "rmansour"), ("يوسف العلي", "yalali")]
MAILBOXES = {"en": [("IOM Media Centre", "media@iom.int"), ("IOM Press Office", "pressoffice@iom.int")],
             "fr": [("Bureau de presse de l'OIM", "presse@iom.int")],
             "es": [("Oficina de Prensa de la OIM", "prensa@iom.int")],
             "ru": [("Пресс-служба МОМ", "press@iom.int")],
             "ar": [("المكتب الإعلامي للمنظمة", "media@iom.int")]}

ASCII = str.maketrans("áàâäãéèêëíìîïóòôöõúùûüñçÁÉÍÓÚÑÇ", "aaaaaeeeeiiiiooooouuuuncAEIOUNC")


def email_of(name):
    parts = name.translate(ASCII).replace("-", "").replace("'", "").lower().split()
    return parts[0][0] + parts[-1] + "@iom.int"


def fill(pattern, r):
    out = pattern
    for width in ("{4}", "{3}", "{2}"):
        while width in out:
            n = int(width[1])
            out = out.replace(width, "".join(r.choice("123456789") if i == 0 else r.choice("0123456789")
                                             for i in range(n)), 1)
    return out


def e164(display, country_prefix=None):
    digits = "".join(ch for ch in display if ch.isdigit())
    if display.startswith("+"):
        return "+" + digits
    return country_prefix + digits.lstrip("0")


class Contact:
    def __init__(self, name, office, phones, emails):
        self.name, self.office, self.phones, self.emails = name, office, phones, emails  # phones: [(display, e164)]

    def expected(self):
        return {"name": self.name, "office": self.office, "phones": [p[1] for p in self.phones],
                "emails": self.emails}


def make_contact(lang, r, mailbox=False):
    if lang == "en":
        office, cc, fixed, local = r.choice(EN_OFFICES)
        if mailbox:
            office, mail = r.choice(MAILBOXES["en"])
            number = fill("+41 22 717 {4}", r)
            return Contact(None, office, [(number, e164(number))] if r.random() < 0.5 else [], [mail])
        name = r.choice(EN_NAMES)
        phones = []
        number = fill(fixed, r)
        phones.append((number, e164(number)))
        if r.random() < 0.4:
            mobile = fill(EN_MOBILES[cc], r)
            phones.append((mobile, e164(mobile)))
        return Contact(name, office, phones, [email_of(name)])
    table = {"fr": (FR_OFFICES, FR_NAMES), "es": (ES_OFFICES, ES_NAMES), "ru": (RU_OFFICES, RU_NAMES),
             "ar": (AR_OFFICES, AR_NAMES)}[lang]
    office, cc, fixed = r.choice(table[0])
    if mailbox:
        office, mail = r.choice(MAILBOXES[lang])
        return Contact(None, office, [], [mail])
    person = r.choice(table[1])
    if lang == "ar":
        name, login = person
        mail = login + "@iom.int"
    elif lang == "ru":
        name, mail = person, RU_LATIN[person] + "@iom.int"
    else:
        name, mail = person, email_of(person)
    number = fill(fixed, r)
    return Contact(name, office, [(number, e164(number))], [mail])

# ---------------------------------------------------------------------------------------------
# Dates

EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
ES_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre"]
ES_DAYS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
             "ноября", "декабря"]
AR_MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر",
             "ديسمبر"]


def some_date(r):
    start = datetime.date(2005, 1, 1)
    return start + datetime.timedelta(days=r.randrange(0, 365 * 8))


def long_date(lang, d, r):
    if lang == "en":
        return r.choice(["{d} {m} {y}", "{m} {d}, {y}"]).format(d=d.day, m=EN_MONTHS[d.month - 1], y=d.year)
    if lang == "fr":
        return "%d %s %d" % (d.day, FR_MONTHS[d.month - 1], d.year)
    if lang == "es":
        return "%d de %s de %d" % (d.day, ES_MONTHS[d.month - 1], d.year)
    if lang == "ru":
        return "%d %s %d г." % (d.day, RU_MONTHS[d.month - 1], d.year)
    return "%d %s %d" % (d.day, AR_MONTHS[d.month - 1], d.year)

# ---------------------------------------------------------------------------------------------
# A story: what the page says, and what a person keys from it.


class Story:
    def __init__(self):
        self.lang = None
        self.title = None
        self.city = None
        self.city_cc = None
        self.date = None
        self.kind = None
        self.paras = []
        self.countries = []
        self.figures = []
        self.orgs = []
        self.themes = []
        self.contacts = []
        self.contact_text = []  # the contact block's lines as written

    def add_country(self, cc):
        if cc not in self.countries:
            self.countries.append(cc)

    def expected(self, dateline=True, date=True):
        return {
            "title": self.title,
            "date": self.date.isoformat() if (self.date and date) else None,
            "dateline": {"city": self.city, "country": self.city_cc} if (self.city and dateline) else None,
            "language": self.lang,
            "kind": self.kind,
            "countries": sorted(self.countries),
            "contacts": [c.expected() for c in self.contacts],
            "figures": [{"country": f[0], "value": f[1], "qualifier": f[2]} for f in self.figures],
            "organizations": sorted(set(self.orgs)),
            "themes": sorted(set(self.themes)),
        }


def city_for(r, cities, country):
    """The dateline's city: one in the story's country when the table has one, else a regional or head office."""
    local = [c for c in cities if c[1] == country]
    if local and r.random() < 0.8:
        return r.choice(local)
    return r.choice([c for c in cities[:4]])


def pick_countries(r, table, k):
    return r.sample(sorted(table), k)


def story_en(r, dated=True):
    s = Story()
    s.lang = "en"
    ccs = pick_countries(r, EN_COUNTRIES, 2)
    main = ccs[0]
    figures = r.sample(EN_FIGURES, r.choice([1, 1, 2]))
    theme_of_title = figures[0][2][0]
    title = r.choice(EN_TITLES[theme_of_title]).format(c=EN_COUNTRIES[main])
    s.title = title
    s.add_country(main)
    s.themes += [theme_of_title]
    s.city, s.city_cc = city_for(r, EN_CITIES, main)
    s.date = some_date(r) if dated else None
    first = []
    for i, (tpl, qual, themes) in enumerate(figures):
        cc = main if i == 0 else ccs[1]
        n = some_number(r)
        first.append(tpl.format(c=EN_COUNTRIES[cc], n=en_num(n, r)).replace("{c}", EN_COUNTRIES[cc]))
        s.add_country(cc)
        s.figures.append((cc, n, qual))
        s.themes += themes
    s.paras.append(" ".join(first[:1]) + " " + "IOM, the UN Migration Agency, said on " + EN_DAYS[r.randrange(5)] + ".")
    if len(first) > 1:
        s.paras.append(first[1])
    for text, themes, orgs in r.sample(EN_PLAIN, r.choice([1, 2])):
        s.paras.append(text)
        s.themes += themes
        s.orgs += orgs
    s.paras.append(r.choice([
        "\u201cWe are doing everything we can, but the needs are growing every day,\u201d said the Chief of Mission.",
        "\"The families we met have lost everything,\" an IOM staff member said.",
        "The assessment was carried out over three weeks in 2010 and covered 14 districts.",
        "A second phase is planned for next year, subject to funding.",
    ]))
    return s


def story_fr(r, dated=True):
    s = Story()
    s.lang = "fr"
    ccs = pick_countries(r, FR_COUNTRIES, 2)
    main = ccs[0]
    tpl, qual, themes = r.choice(FR_FIGURES)
    n = some_number(r)
    inc = FR_COUNTRIES[main][1]
    sentence = tpl.format(n=fr_num(n, r), inc=inc, Inc=inc[0].upper() + inc[1:])
    s.title = r.choice(FR_TITLES).format(inc=inc)
    s.add_country(main)
    s.figures.append((main, n, qual))
    s.themes += themes
    if "traite" in s.title:
        s.themes.append("counter-trafficking")
    if "déplacés" in s.title:
        s.themes.append("emergencies")
    if "Retour" in s.title:
        s.themes.append("migration-management")
    s.city, s.city_cc = city_for(r, FR_CITIES, main)
    s.date = some_date(r) if dated else None
    s.paras.append(sentence + " L'Organisation internationale pour les migrations (OIM) l'a annoncé "
                   + FR_DAYS[r.randrange(5)] + ".")
    for text, t, orgs in r.sample(FR_PLAIN, 2):
        s.paras.append(text)
        s.themes += t
        s.orgs += orgs
    other = ccs[1]
    s.paras.append("Une mission similaire est prévue %s au début de l'année prochaine." % FR_COUNTRIES[other][1])
    s.add_country(other)
    return s


def story_es(r, dated=True):
    s = Story()
    s.lang = "es"
    ccs = pick_countries(r, ES_COUNTRIES, 2)
    main = ccs[0]
    tpl, qual, themes = r.choice(ES_FIGURES)
    n = some_number(r)
    s.title = r.choice(ES_TITLES).format(c=ES_COUNTRIES[main])
    s.add_country(main)
    s.figures.append((main, n, qual))
    s.themes += themes
    if "trata" in s.title:
        s.themes.append("counter-trafficking")
    if "desplazadas" in s.title or "humanitaria" in s.title:
        s.themes.append("emergencies")
    if "retornan" in s.title:
        s.themes.append("migration-management")
    s.city, s.city_cc = city_for(r, ES_CITIES, main)
    s.date = some_date(r) if dated else None
    s.paras.append(tpl.format(n=es_num(n, r), c=ES_COUNTRIES[main]) + " Así lo informó la Organización "
                   "Internacional para las Migraciones (OIM).")
    for text, t, orgs in r.sample(ES_PLAIN, 2):
        s.paras.append(text)
        s.themes += t
        s.orgs += orgs
    other = ccs[1]
    s.paras.append("La OIM también trabaja con las autoridades de %s en un plan similar." % ES_COUNTRIES[other])
    s.add_country(other)
    return s


def story_ru(r, dated=True):
    s = Story()
    s.lang = "ru"
    ccs = pick_countries(r, RU_COUNTRIES, 2)
    main = ccs[0]
    tpl, qual, themes = r.choice(RU_FIGURES)
    n = some_number(r)
    inc = RU_COUNTRIES[main][1]
    s.title = r.choice(RU_TITLES).format(inc=inc)
    s.add_country(main)
    s.figures.append((main, n, qual))
    s.themes += themes
    if "торговле" in s.title:
        s.themes.append("counter-trafficking")
    if "Трудовые" in s.title:
        s.themes.append("labour-migration")
    if "Вернувшиеся" in s.title:
        s.themes.append("migration-management")
    s.city, s.city_cc = city_for(r, RU_CITIES, main)
    s.date = some_date(r) if dated else None
    s.paras.append(tpl.format(n=ru_num(n, r), inc=inc, Inc=inc[0].upper() + inc[1:])
                   + " Об этом сообщила Международная организация по миграции (МОМ).")
    for text, t, orgs in r.sample(RU_PLAIN, 2):
        s.paras.append(text)
        s.themes += t
        s.orgs += orgs
    other = ccs[1]
    s.paras.append("Аналогичный проект планируется %s в следующем году." % RU_COUNTRIES[other][1])
    s.add_country(other)
    return s


def story_ar(r, dated=True):
    s = Story()
    s.lang = "ar"
    ccs = pick_countries(r, AR_COUNTRIES, 2)
    main = ccs[0]
    tpl, qual, themes = r.choice(AR_FIGURES)
    n = some_number(r)
    s.title = r.choice(AR_TITLES).format(c=AR_COUNTRIES[main])
    s.add_country(main)
    s.figures.append((main, n, qual))
    s.themes += themes
    if "النازحين" in s.title:
        s.themes.append("emergencies")
    if "عودة" in s.title:
        s.themes.append("migration-management")
    s.city, s.city_cc = city_for(r, AR_CITIES, main)
    s.date = some_date(r) if dated else None
    s.paras.append(tpl.format(n=ar_num(n, r), c=AR_COUNTRIES[main]) + " وذلك وفقاً للمنظمة الدولية للهجرة.")
    for text, t, orgs in r.sample(AR_PLAIN, 2):
        s.paras.append(text)
        s.themes += t
        s.orgs += orgs
    other = ccs[1]
    s.paras.append("وتعمل المنظمة أيضاً مع السلطات في %s على خطة مماثلة." % AR_COUNTRIES[other])
    s.add_country(other)
    return s


STORIES = {"en": story_en, "fr": story_fr, "es": story_es, "ru": story_ru, "ar": story_ar}

# ---------------------------------------------------------------------------------------------
# Datelines and contact blocks as each language writes them


def dateline(s, r, with_date=False):
    """The dateline's words before the first sentence."""
    city = s.city
    if s.lang in ("en", "ru", "fr", "es") and r.random() < 0.6:
        city = city.upper()
    dash = r.choice([" – ", " - ", " — "]) if s.lang != "ar" else " – "
    if with_date and s.date:
        return "%s, %s%s" % (city, long_date(s.lang, s.date, r), dash)
    return city + dash


def contact_lines(s, r, style):
    """Adds contacts to the story and returns their lines as the page writes them."""
    lang = s.lang
    if style == "none":
        return []
    if style == "mailbox":
        c = make_contact(lang, r, mailbox=True)
        s.contacts.append(c)
        label = {"en": r.choice(["Media enquiries:", "For media enquiries, please contact"]),
                 "fr": "Contact presse :", "es": "Contacto de prensa:", "ru": "Контакты для СМИ:",
                 "ar": "للاستفسارات الإعلامية:"}[lang]
        mail_label = {"en": "Email", "fr": "Courriel", "es": "Correo electrónico", "ru": "эл. почта",
                      "ar": "البريد الإلكتروني"}[lang]
        tel = "".join(", Tel: " + p[0] for p in c.phones)
        sep = "، " if lang == "ar" else ", "
        return ["%s %s%s%s%s: %s" % (label, c.office, tel, sep, mail_label, c.emails[0])]
    if style == "inline":
        c = make_contact(lang, r)
        s.contacts.append(c)
        ph = c.phones[0][0]
        if lang == "en":
            extra = "".join(", Mobile: " + p[0] for p in c.phones[1:])
            return ["For more information please contact %s at %s, Tel: %s%s, Email: %s" % (
                c.name, c.office, ph, extra, c.emails[0])]
        if lang == "fr":
            return ["Pour plus d'informations, veuillez contacter %s à l'%s, Tél. : %s, Courriel : %s" % (
                c.name, c.office, ph, c.emails[0])]
        if lang == "es":
            return ["Para más información, por favor contactar a %s en la %s, Tel: %s, Correo electrónico: %s" % (
                c.name, c.office, ph, c.emails[0])]
        if lang == "ru":
            return ["За дополнительной информацией обращайтесь: %s, %s, тел.: %s, эл. почта: %s" % (
                c.name, c.office, ph, c.emails[0])]
        return ["للمزيد من المعلومات، يرجى الاتصال بـ%s في %s، هاتف: %s، البريد الإلكتروني: %s" % (
            c.name, c.office, ph, c.emails[0])]
    if style == "inline-two":
        a, b = make_contact(lang, r), make_contact(lang, r)
        while b.name == a.name:
            b = make_contact(lang, r)
        s.contacts += [a, b]
        if lang == "fr":
            return ["Pour plus d'informations, veuillez contacter %s à l'%s, Tél. : %s, Courriel : %s, ou %s à l'%s, "
                    "Tél. : %s, Courriel : %s" % (a.name, a.office, a.phones[0][0], a.emails[0], b.name, b.office,
                                                  b.phones[0][0], b.emails[0])]
        if lang == "es":
            return ["Para más información, contactar a %s en la %s, Tel: %s, Email: %s, o a %s en la %s, Tel: %s, "
                    "Email: %s" % (a.name, a.office, a.phones[0][0], a.emails[0], b.name, b.office, b.phones[0][0],
                                   b.emails[0])]
        a.phones, b.phones = a.phones[:1], b.phones[:1]
        return ["For more information, please contact %s at %s, Tel: %s, Email: %s or %s at %s, Tel: %s, "
                "Email: %s" % (a.name, a.office, a.phones[0][0], a.emails[0], b.name, b.office, b.phones[0][0],
                               b.emails[0])]
    if style == "block" or style == "block-two":
        people = [make_contact(lang, r)]
        if style == "block-two":
            other = make_contact(lang, r)
            while other.name == people[0].name:
                other = make_contact(lang, r)
            people.append(other)
        s.contacts += people
        label = {"en": r.choice(["For more information please contact:", "For further information, please contact:",
                                 "Media contacts:"]),
                 "fr": "Pour plus d'informations, veuillez contacter :", "es": "Para más información:",
                 "ru": "Контакты:", "ar": "للمزيد من المعلومات:"}[lang]
        tel = {"en": "Tel", "fr": "Tél.", "es": "Tel.", "ru": "Тел.", "ar": "هاتف"}[lang]
        mob = {"en": "Mobile", "fr": "Portable", "es": "Celular", "ru": "Моб.", "ar": "جوال"}[lang]
        mail = {"en": "Email", "fr": "Courriel", "es": "Email", "ru": "E-mail", "ar": "البريد الإلكتروني"}[lang]
        lines = [label]
        for i, c in enumerate(people):
            if i:
                lines.append("")
            if r.random() < 0.5:
                lines.append(c.name)
                lines.append(c.office)
            else:
                lines.append("%s, %s" % (c.name, c.office))
            lines.append("%s: %s" % (tel, c.phones[0][0]))
            for p in c.phones[1:]:
                lines.append("%s: %s" % (mob, p[0]))
            lines.append("%s: %s" % (mail, c.emails[0]))
        return lines
    raise ValueError(style)


def contact_style(r, lang):
    return r.choice(["inline", "inline", "block", "block-two", "mailbox", "inline-two", "none"]
                    if lang in ("en", "fr", "es") else ["inline", "block", "mailbox", "none"])

# ---------------------------------------------------------------------------------------------
# Layouts: each returns [(file name, bytes)] and the expected records per file.

DRUPAL_CHROME = ["Skip to main content", "English", "Français", "Español", "Search form", "Search",
                 "Home", "About IOM", "Our Work", "Where We Work", "Newsroom", "Subscribe to this feed",
                 "Press Releases"]
DRUPAL_FOOTER = ["Share this:", "Facebook", "Twitter", "Email this page", "Print", "Related News",
                 "Contact us | Terms of use | Sitemap", "© International Organization for Migration"]


def kind_label(s):
    return {"press-release": {"en": "Press Release", "fr": "Communiqué de presse", "es": "Comunicado de prensa",
                              "ru": "Пресс-релиз", "ar": "بيان صحفي"},
            "news": {"en": "News", "fr": "Actualités", "es": "Noticias", "ru": "Новости", "ar": "أخبار"},
            "story": {"en": "Feature Story", "fr": "Récit", "es": "Historia", "ru": "История", "ar": "قصة"},
            }[s.kind][s.lang]


def settle_kind(s, r, labelled):
    """The kind a person would key: the page's label, else a press release when it has media contacts."""
    if labelled:
        s.kind = r.choice(["press-release", "news", "story"] if not s.contacts else ["press-release", "press-release", "news"])
    else:
        s.kind = "press-release" if s.contacts else "news"


def posted_line(s, r):
    d = s.date
    if s.lang == "en":
        return "Posted: %s, %s %d, %d - %02d:%02d" % (EN_DAYS[d.weekday()], EN_MONTHS[d.month - 1], d.day, d.year,
                                                      r.randrange(7, 19), r.randrange(60))
    if s.lang == "fr":
        return "Publié le : %s %d %s %d - %02d:%02d" % (FR_DAYS[d.weekday()], d.day, FR_MONTHS[d.month - 1], d.year,
                                                        r.randrange(7, 19), r.randrange(60))
    if s.lang == "es":
        return "Publicado el: %s, %d de %s de %d - %02d:%02d" % (ES_DAYS[d.weekday()], d.day, ES_MONTHS[d.month - 1],
                                                                 d.year, r.randrange(7, 19), r.randrange(60))
    if s.lang == "ru":
        return "Опубликовано: %02d.%02d.%d - %02d:%02d" % (d.day, d.month, d.year, r.randrange(7, 19), r.randrange(60))
    return "نشر في: %d %s %d" % (d.day, AR_MONTHS[d.month - 1], d.year)


def body_text(s, r, dl_date=False):
    paras = list(s.paras)
    paras[0] = dateline(s, r, with_date=dl_date) + paras[0]
    return paras


def layout_drupal_text(s, r, name):
    """A Drupal news page saved as text by a crawler: chrome, title, then a Posted: line (or the
    reverse: the Posted line and an 'updated ago' line before the title)."""
    style = contact_style(r, s.lang)
    contacts = contact_lines(s, r, style)
    labelled = r.random() < 0.5
    settle_kind(s, r, labelled)
    lines = list(DRUPAL_CHROME)
    if r.random() < 0.3:
        lines.insert(1, "Updated %d years ago" % r.randrange(2, 9))
    if labelled:
        lines.append(kind_label(s))
    lines.append(s.title)
    if r.random() < 0.7:
        lines.append(posted_line(s, r))
        lines.append("")
        lines += sum(([p, ""] for p in body_text(s, r)), [])
    else:
        lines.append("")
        lines += sum(([p, ""] for p in body_text(s, r)), [])
        lines.append(posted_line(s, r))
    lines += contacts + [""] + DRUPAL_FOOTER
    return [(name + ".txt", "\n".join(lines).encode("utf-8"))], [s.expected()]


def esc(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_page(lang, title_tag, head_extra, body, charset="utf-8", rtl=False):
    if charset == "utf-8":
        meta = '<meta charset="utf-8">'
    else:
        meta = '<meta http-equiv="Content-Type" content="text/html; charset=%s">' % charset
    lang_attr = ' lang="%s"' % lang if lang else ""
    dir_attr = ' dir="rtl"' if rtl else ""
    return ("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" "
            "\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">\n"
            "<html%s%s>\n<head>\n%s\n<title>%s</title>\n%s</head>\n<body>\n%s\n</body>\n</html>\n"
            % (lang_attr, dir_attr, meta, esc(title_tag), head_extra, body))


def paras_html(paras):
    return "\n".join("<p>%s</p>" % esc(p) for p in paras)


def contacts_html(lines):
    if not lines:
        return ""
    out, block = [], []
    for line in lines + [""]:
        if line == "":
            if block:
                out.append("<p>%s</p>" % "<br>\n".join(esc(b) for b in block))
            block = []
        else:
            block.append(line)
    return "\n".join(out)


def layout_drupal_html(s, r, name):
    """Drupal 6/7 HTML: the site's name is the page's only <h1>, the title an <h2 class="title">,
    'Submitted by … on' line, a language switcher above."""
    style = contact_style(r, s.lang)
    contacts = contact_lines(s, r, style)
    labelled = r.random() < 0.5
    settle_kind(s, r, labelled)
    d = s.date
    submitted = "Submitted by webmaster on %s, %02d/%02d/%d - %02d:%02d" % (
        EN_DAYS[d.weekday()][:3], d.month, d.day, d.year, r.randrange(7, 19), r.randrange(60)) \
        if s.lang == "en" else posted_line(s, r)
    body = """<div id="page"><div id="header"><h1 id="site-name"><a href="/">International Organization for Migration</a></h1>
<ul class="language-switcher"><li>English</li><li>Français</li><li>Español</li></ul>
<div id="feed"><a href="/rss.xml">Subscribe to this feed</a></div></div>
<div id="primary"><ul class="links"><li>Home</li><li>About</li><li>Newsroom</li><li>Contact</li></ul></div>
<div id="main"><div class="node">
%s<h2 class="title">%s</h2>
<div class="submitted">%s</div>
<div class="content">
%s
%s
</div>
<div class="links">Read more | Printer-friendly version | Login to post comments</div>
</div></div>
<div id="footer">Copyright International Organization for Migration</div></div>""" % (
        ('<div class="category">%s</div>\n' % esc(kind_label(s))) if labelled else "", esc(s.title), esc(submitted),
        paras_html(body_text(s, r)), contacts_html(contacts))
    html = html_page(s.lang, "%s | IOM" % s.title, "", body)
    return [(name + ".html", html.encode("utf-8"))], [s.expected()]


def layout_jahia(s, r, name):
    """A Jahia-era page (2005-2009): tables, the title in a bold span, the date in its own cell,
    the <title> made of the site's name and the page's."""
    style = contact_style(r, s.lang)
    contacts = contact_lines(s, r, style)
    settle_kind(s, r, False)
    dated = s.date is not None
    date_cell = "<td class=\"date\">%s</td>" % esc(long_date(s.lang, s.date, r)) if dated else "<td></td>"
    body = """<table width="100%%" border="0" cellpadding="0" cellspacing="0"><tr><td id="jahia-header">
<img src="/jahia/webdav/site/myjahiasite/shared/logo.gif" alt="IOM International Organization for Migration"></td></tr>
<tr><td class="topnav"><a href="/jahia/Jahia/lang/en/pid/1">Home</a> | <a href="/jahia/Jahia/lang/en/pid/2">About IOM</a> | <a href="/jahia/Jahia/lang/en/pid/3">Activities</a> | <a href="/jahia/Jahia/lang/en/pid/4">Press Briefing Notes</a></td></tr>
<tr><td><table><tr><td class="leftnav" width="180">Press Room<br>Press Briefing Notes<br>Press Releases<br>Audio/Video</td>
<td class="content" valign="top">
<table width="100%%"><tr>%s</tr></table>
<span class="titleNews"><b>%s</b></span><br><br>
%s
%s
<br><a href="javascript:window.print()">Print</a> | <a href="/jahia/Jahia/pid/4">Back</a>
</td></tr></table></td></tr>
<tr><td class="footer">Copyright &copy; 2009 International Organization for Migration</td></tr></table>""" % (
        date_cell, esc(s.title), paras_html(body_text(s, r)), contacts_html(contacts))
    html = html_page(None, "IOM International Organization for Migration - %s" % s.title, "", body)
    return [(name + ".html", html.encode("utf-8"))], [s.expected()]


def layout_digest(s, r, name, more):
    """A press briefing notes page: the digest's title and date, then several notes, each with a
    heading and a dateline. Keyed as one item: the digest's title, the first note's dateline,
    every note's countries, figures and contacts."""
    d = s.date
    digest = Story()
    digest.lang = "en"
    digest.title = "Press Briefing Notes, %d %s %d" % (d.day, EN_MONTHS[d.month - 1], d.year) if r.random() < 0.5 \
        else "IOM Press Briefing Notes - %s" % long_date("en", d, r)
    digest.date = d
    digest.kind = "briefing-note"
    digest.city, digest.city_cc = s.city, s.city_cc
    lines = ["Home", "Newsroom", "Press Briefing Notes", "Subscribe to this feed", digest.title, ""]
    for i, note in enumerate([s] + more):
        lines.append(note.title)
        lines.append("")
        paras = body_text(note, r) if i == 0 else [dateline(note, r) + note.paras[0]] + note.paras[1:]
        lines += sum(([p, ""] for p in paras), [])
        style = r.choice(["inline", "block", "none"])
        lines += contact_lines(note, r, style)
        lines.append("")
        for cc in note.countries:
            digest.add_country(cc)
        digest.figures += note.figures
        digest.orgs += note.orgs
        digest.themes += note.themes
        digest.contacts += note.contacts
    lines += DRUPAL_FOOTER
    return [(name + ".txt", "\n".join(lines).encode("utf-8"))], [digest.expected()]


def layout_aggregator(s, r, name):
    """A syndicated copy on a humanitarian news aggregator: its own chrome, a source line, the
    original's date as 'Published', a 'Related content' list of other titles after the text."""
    style = contact_style(r, s.lang)
    contacts = contact_lines(s, r, style)
    settle_kind(s, r, True)
    d = s.date
    related = ["%s" % t.format(c=EN_COUNTRIES[cc]) for t, cc in
               zip(r.sample(sum(EN_TITLES.values(), []), 3), r.sample(sorted(EN_COUNTRIES), 3))]
    body = """<header class="site-header"><div class="brand">ReliefNet — humanitarian information</div>
<nav><a href="/updates">Updates</a> <a href="/countries">Countries</a> <a href="/disasters">Disasters</a> <a href="/organizations">Organizations</a></nav></header>
<main>
<article>
<div class="meta-top"><span class="format">%s</span> &middot; Source: <a href="/org/iom">International Organization for Migration</a></div>
<h1>%s</h1>
<dl class="meta"><dt>Published</dt><dd><time datetime="%s">%d %s %d</time></dd><dt>Origin</dt><dd><a href="#">View original</a></dd></dl>
<div class="content">
%s
%s
</div>
</article>
<section class="related"><h2>Related content</h2><ul>%s</ul></section>
</main>
<footer>ReliefNet is a service of a fictitious aggregator. Terms | Privacy</footer>""" % (
        esc(kind_label(s)), esc(s.title), d.isoformat(), d.day, EN_MONTHS[d.month - 1][:3], d.year,
        paras_html(body_text(s, r)), contacts_html(contacts), "".join("<li>%s</li>" % esc(t) for t in related))
    html = html_page("en", "%s - %s | ReliefNet" % (s.title, "Country") if r.random() < 0.5 else s.title, "", body)
    return [(name + ".html", html.encode("utf-8"))], [s.expected()]


def layout_country_office(s, r, name):
    """A country office's site in its language: breadcrumb, an h1, the date in a paragraph,
    the dateline with or without the date after the city."""
    style = contact_style(r, s.lang)
    contacts = contact_lines(s, r, style)
    labelled = r.random() < 0.6
    settle_kind(s, r, labelled)
    dl_date = r.random() < 0.4
    menu = {"fr": ["Accueil", "Qui sommes-nous", "Nos activités", "Actualités", "Contact"],
            "es": ["Inicio", "Quiénes somos", "Qué hacemos", "Noticias", "Contacto"],
            "ru": ["Главная", "О нас", "Проекты", "Новости", "Контакты"],
            "ar": ["الرئيسية", "من نحن", "أنشطتنا", "الأخبار", "اتصل بنا"]}[s.lang]
    date_p = "" if dl_date else '<p class="date">%s</p>' % esc(
        posted_line(s, r) if r.random() < 0.5 else long_date(s.lang, s.date, r))
    body = """<div id="header"><div class="logo">%s</div><ul class="menu">%s</ul>
<div class="lang">English | Français | Español | Русский | العربية</div></div>
<div class="breadcrumb">%s</div>
<div id="content">
%s<h1>%s</h1>
%s
%s
%s
</div>
<div id="footer">%s</div>""" % (
        esc({"fr": "OIM - Organisation internationale pour les migrations", "es": "OIM - Organización Internacional para las Migraciones",
             "ru": "МОМ - Международная организация по миграции", "ar": "المنظمة الدولية للهجرة"}[s.lang]),
        "".join("<li>%s</li>" % esc(m) for m in menu), esc(" » ".join(menu[:1] + menu[3:4])),
        ('<div class="type">%s</div>\n' % esc(kind_label(s))) if labelled else "", esc(s.title), date_p,
        paras_html(body_text(s, r, dl_date=dl_date)), contacts_html(contacts), esc(menu[-1]))
    html = html_page(s.lang, s.title + " | " + menu[0], "", body, rtl=s.lang == "ar")
    return [(name + ".html", html.encode("utf-8"))], [s.expected()]


def layout_legacy_encoding(s, r, name):
    """HTML of 2005-2012 in a legacy encoding declared in a meta tag: windows-1252 or ISO-8859-1
    for English and French, windows-1251 for Russian; font tags, no <h1>."""
    charset = {"en": r.choice(["windows-1252", "iso-8859-1"]), "fr": r.choice(["windows-1252", "iso-8859-1"]),
               "es": "iso-8859-1", "ru": "windows-1251"}[s.lang]
    style = contact_style(r, s.lang)
    contacts = contact_lines(s, r, style)
    labelled = r.random() < 0.5
    settle_kind(s, r, labelled)
    paras = body_text(s, r, dl_date=True)
    if charset == "iso-8859-1":
        paras = [p.replace("\u201c", '"').replace("\u201d", '"').replace("\u2013", "-").replace("\u2014", "-")
                 .replace("\u00a0", " ") for p in paras]
        contacts = [c.replace("\u2013", "-") for c in contacts]
    body = """<table width="760" border="0"><tr><td colspan="2"><img src="/images/banner.jpg" alt="banner"></td></tr>
<tr><td width="150" valign="top"><font size="1"><a href="/">Home</a><br><a href="/news">News</a><br><a href="/links">Links</a></font></td>
<td valign="top">
%s<p><font size="4" color="#003366"><b>%s</b></font></p>
%s
%s
<p><font size="1">Last modified: %s</font></p>
</td></tr></table>""" % (('<p><font size="2"><i>%s</i></font></p>\n' % esc(kind_label(s))) if labelled else "",
                         esc(s.title), paras_html(paras), contacts_html(contacts),
                         (s.date + datetime.timedelta(days=r.randrange(30, 400))).strftime("%d/%m/%Y"))
    # The "last modified" date is the page's, not the item's: a careful person keys the dateline's date.
    html = html_page(None, s.title, "", body, charset=charset)
    enc = {"windows-1252": "cp1252", "iso-8859-1": "latin-1", "windows-1251": "cp1251"}[charset]
    return [(name + ".html", html.encode(enc))], [s.expected()]


def layout_wxr(stories, r, name):
    """A WordPress export with several posts and a page without a date."""
    items, expected = [], []
    for i, s in enumerate(stories):
        style = contact_style(r, s.lang)
        contacts = contact_lines(s, r, style)
        labelled = True
        settle_kind(s, r, labelled)
        is_page = s.date is None
        if is_page:
            s.kind = "page"
            s.city = None
        category = {"press-release": "Press Releases", "news": "News", "story": "Stories", "page": ""}[s.kind]
        paras = s.paras if is_page else body_text(s, r)
        content = "\n\n".join(paras + ["\n".join(contacts)] if contacts else paras)
        if is_page:
            pub = "Mon, 30 Nov -0001 00:00:00 +0000"
            gmt = "0000-00-00 00:00:00"
        else:
            pub = "%s, %02d %s %d 10:00:00 +0000" % (EN_DAYS[s.date.weekday()][:3], s.date.day,
                                                   EN_MONTHS[s.date.month - 1][:3], s.date.year)
            gmt = "%s 10:00:00" % s.date.isoformat()
        items.append("""    <item>
        <title>%s</title>
        <link>https://example.org/?p=%d</link>
        <pubDate>%s</pubDate>
        <guid isPermaLink="false">https://example.org/?p=%d</guid>
        <content:encoded><![CDATA[%s]]></content:encoded>
        <wp:post_id>%d</wp:post_id>
        <wp:post_date_gmt><![CDATA[%s]]></wp:post_date_gmt>
        <wp:status><![CDATA[publish]]></wp:status>
        <wp:post_type><![CDATA[%s]]></wp:post_type>
%s    </item>""" % (esc(s.title), 100 + i, pub, 100 + i, content, 100 + i, gmt, "page" if is_page else "post",
                    ('        <category domain="category" nicename="c"><![CDATA[%s]]></category>\n' % category)
                    if category else ""))
        expected.append(s.expected())
    xml = """<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
    <title>IOM Country Office</title>
    <link>https://example.org</link>
    <language>%s</language>
    <wp:wxr_version>1.2</wp:wxr_version>
%s
</channel>
</rss>
""" % (stories[0].lang, "\n".join(items))
    return [(name + ".xml", xml.encode("utf-8"))], expected


def layout_jsonl(stories, r, name):
    """A JSON Lines export of another CMS: some lines without date, kind or language."""
    lines, expected = [], []
    for i, s in enumerate(stories):
        style = contact_style(r, s.lang)
        contacts = contact_lines(s, r, style)
        settle_kind(s, r, True)
        obj = {"id": "%s-%d" % (name, i + 1), "title": s.title}
        if s.date and r.random() < 0.6:
            obj["date"] = s.date.isoformat()
            body = body_text(s, r)
        elif s.date:
            body = body_text(s, r, dl_date=True)  # the date only in the dateline
        else:
            body = s.paras
            s.city = None
            s.kind = "page"
        if s.kind != "page" and r.random() < 0.7:
            obj["kind"] = s.kind
        elif s.kind == "page":
            obj["kind"] = "page"
        else:
            s.kind = "press-release" if s.contacts else "news"
        if r.random() < 0.6:
            obj["language"] = s.lang
        obj["body"] = "\n\n".join(body + (["\n".join(contacts)] if contacts else []))
        lines.append(json.dumps(obj, ensure_ascii=False))
        expected.append(s.expected())
    return [(name + ".jsonl", ("\n".join(lines) + "\n").encode("utf-8"))], expected


def layout_plain_crawl(s, r, name):
    """A wget/lynx text dump: breadcrumbs, 'You are here', a share bar, the title, a date line in
    the language of the page, the text, a stacked contact block, a footer."""
    style = r.choice(["block", "block-two", "mailbox", "inline"])
    contacts = contact_lines(s, r, style)
    settle_kind(s, r, False)
    lines = ["You are here: Home > Media > News", "Share | Print | Email", "Text size: A A A", "", s.title, "",
             long_date(s.lang, s.date, r), ""]
    lines += sum(([p, ""] for p in body_text(s, r)), [])
    lines += contacts + ["", "Back to top", "Contact us | Terms of use | Sitemap"]
    return [(name + ".txt", "\n".join(lines).encode("utf-8"))], [s.expected()]


def layout_static_page(s, r, name):
    """A page that is not news: no date anywhere, no dateline; an 'updated … ago' line."""
    s.date = None
    s.city = None
    s.kind = "page"
    lines = list(DRUPAL_CHROME[:8]) + ["Updated %d months ago" % r.randrange(2, 11), s.title, ""]
    lines += sum(([p, ""] for p in s.paras), [])
    lines += DRUPAL_FOOTER
    return [(name + ".txt", "\n".join(lines).encode("utf-8"))], [s.expected()]


def layout_story_html(s, r, name):
    """A feature story: the byline and the date after the text's first heading, a photo caption
    before the text, no dateline."""
    s.kind = "story"
    s.city = None
    d = s.date
    body = """<header><div class="logo">IOM</div><nav><ul><li>Stories</li><li>News</li><li>Data</li></ul></nav></header>
<main><article>
<figure><img src="/photo.jpg" alt=""><figcaption>Photo: IOM/%s</figcaption></figure>
<h1>%s</h1>
<p class="byline">By %s | %s</p>
%s
</article></main>
<footer>Stories from the field</footer>""" % (esc(r.choice(EN_NAMES)), esc(s.title), esc(r.choice(EN_NAMES)),
                                              esc(long_date("en", d, r)), paras_html(s.paras))
    html = html_page("en", s.title + " | IOM Stories", "", body)
    return [(name + ".html", html.encode("utf-8"))], [s.expected()]


# ---------------------------------------------------------------------------------------------
# A set


def build(set_name, seed, out):
    r = random.Random(seed)
    pages = os.path.join(out, "pages")
    expected_dir = os.path.join(out, "expected")
    os.makedirs(pages, exist_ok=True)
    os.makedirs(expected_dir, exist_ok=True)
    scale = 1 if set_name == "test" else 2
    plan = []  # (layout, language)
    plan += [("drupal-text", "en")] * (5 * scale)
    plan += [("drupal-html", "en")] * (3 * scale) + [("drupal-html", "fr")] * scale
    plan += [("jahia", "en")] * (4 * scale)
    plan += [("digest", "en")] * (3 * scale)
    plan += [("aggregator", "en")] * (4 * scale)
    plan += [("country-office", l) for l in ("fr", "es", "ru", "ar")] * (2 * scale)
    plan += [("legacy-encoding", l) for l in ("en", "fr", "ru", "es")] * scale
    plan += [("wxr", "en"), ("wxr", "fr")] * scale
    plan += [("jsonl", "en"), ("jsonl", "es")] * scale
    plan += [("plain-crawl", "en")] * (3 * scale) + [("plain-crawl", "fr")] * scale
    plan += [("static-page", "en")] * (2 * scale)
    plan += [("story-html", "en")] * (3 * scale)
    plan += [("drupal-text", l) for l in ("fr", "es", "ru")] * scale
    count = 0
    for i, (layout, lang) in enumerate(plan):
        name = "%03d-%s-%s" % (i + 1, layout, lang)
        story = STORIES[lang](r)
        if layout == "drupal-text":
            files, expected = layout_drupal_text(story, r, name)
        elif layout == "drupal-html":
            files, expected = layout_drupal_html(story, r, name)
        elif layout == "jahia":
            if r.random() < 0.25:
                story.date = None
            files, expected = layout_jahia(story, r, name)
        elif layout == "digest":
            files, expected = layout_digest(story, r, name, [story_en(r) for _ in range(r.choice([1, 2]))])
        elif layout == "aggregator":
            files, expected = layout_aggregator(story, r, name)
        elif layout == "country-office":
            files, expected = layout_country_office(story, r, name)
        elif layout == "legacy-encoding":
            files, expected = layout_legacy_encoding(story, r, name)
        elif layout in ("wxr", "jsonl"):
            group = [story] + [STORIES[lang](r) for _ in range(3)]
            group[-1].date = None  # an undated page among the posts
            files, expected = (layout_wxr if layout == "wxr" else layout_jsonl)(group, r, name)
        elif layout == "plain-crawl":
            files, expected = layout_plain_crawl(story, r, name)
        elif layout == "static-page":
            files, expected = layout_static_page(story, r, name)
        elif layout == "story-html":
            files, expected = layout_story_html(story, r, name)
        else:
            raise ValueError(layout)
        for file_name, data in files:
            with open(os.path.join(pages, file_name), "wb") as f:
                f.write(data)
            with open(os.path.join(expected_dir, file_name.rsplit(".", 1)[0] + ".json"), "w", encoding="utf-8") as f:
                json.dump([dict({"file": file_name, "layout": layout}, **e) for e in expected], f,
                          ensure_ascii=False, indent=2)
                f.write("\n")
        count += len(expected)
    print("%s: %d files, %d items, %d layouts" % (set_name, len(plan), count, len({p[0] for p in plan})))


if __name__ == "__main__":
    build(sys.argv[1], int(sys.argv[2]), sys.argv[3])
