#!/usr/bin/env python3
"""Deterministic crawled-text corpus for the import benchmark.

Writes N press releases in the seed's form (site menu, title, "Posted:" line, a dateline,
hard-wrapped paragraphs with a quote and a figure, a contact block) into one zip, or into a
folder with --folder. Same (N, seed) -> byte-identical output. Standard library only.

usage: gen_crawled.py N OUT.zip [--seed S] [--folder]
"""
import argparse, os, random, textwrap, zipfile

NAV = "-\nWho we are\nWho we are\n-\nOur Work\nOur Work\nWhat We Do\nWhat We Do\n- Where we work\n- Data and Research\n"
CITIES = [("GENEVA", "Geneva", "+41 22 717 9111", "CH"), ("MINSK", "Minsk", "+375 17 288 2742", "BY"),
          ("ALMATY", "Almaty", "+7 727 258 2643", "KZ"), ("BISHKEK", "Bishkek", "+996 312 314 670", "KG"),
          ("TASHKENT", "Tashkent", "+998 71 120 6050", "UZ"), ("KYIV", "Kyiv", "+380 44 568 5015", "UA"),
          ("DAKAR", "Dakar", "+221 33 869 6200", "SN"), ("BANGKOK", "Bangkok", "+66 2 343 9300", "TH")]
COUNTRIES = ["Belarus", "Kazakhstan", "Ukraine", "Senegal", "Thailand", "Kyrgyzstan", "Uzbekistan", "the Russian Federation",
             "Moldova", "Armenia", "Georgia", "Tajikistan"]
TOPICS = ["labour migration", "border management", "migrant health", "counter-trafficking", "displacement",
          "return and reintegration", "regional cooperation", "climate migration"]
NOUNS = ["programme", "centre", "hotline", "training", "agreement", "survey", "network", "campaign", "office", "project"]
VERBS = ["launched", "opened", "expanded", "completed", "signed", "presented", "started", "reviewed"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
FIRST = ["Anna", "Galina", "Joel", "Leonard", "Dana", "Olga", "Aida", "Nodira", "Marie", "Ivan", "Farrukh", "Lilia"]
LAST = ["Ivanova", "Desyatova", "Millman", "Doyle", "Bekova", "Rebrova", "Asanova", "Karimova", "Dupont", "Petrov"]


def sentence(r):
    return (f"The {r.choice(NOUNS)} on {r.choice(TOPICS)} in {r.choice(COUNTRIES)} was {r.choice(VERBS)} "
            f"with the support of partners and {r.choice(['local authorities', 'civil society', 'employers', 'donors'])}.")


def item(n, r):
    upper, city, phone, _ = r.choice(CITIES)
    year, month, day = r.randint(1998, 2024), r.randint(1, 12), r.randint(1, 28)
    title = f"IOM {r.choice(VERBS).capitalize()} {r.choice(NOUNS).capitalize()} on {r.choice(TOPICS).title()} No. {n}"
    first = f"{upper} – IOM and the Government of {r.choice(COUNTRIES)} today {r.choice(VERBS)} a new {r.choice(NOUNS)}. " \
            + " ".join(sentence(r) for _ in range(2))
    paras = [first] + [" ".join(sentence(r) for _ in range(r.randint(2, 4))) for _ in range(r.randint(2, 4))]
    paras.insert(2, f"{r.choice(COUNTRIES)[0].upper()}{r.choice(COUNTRIES)[1:]} hosts an estimated "
                    f"{r.randint(1, 99) / 10} million migrants.")
    paras.insert(3, f"\"This {r.choice(NOUNS)} will make a difference,\" said the Chief of Mission.")
    body = "\n".join(textwrap.fill(p, 68) for p in paras)
    person = f"{r.choice(FIRST)} {r.choice(LAST)}"
    email = person.lower().replace(" ", ".") + "@iom.int"
    return (f"{NAV}{title}\nPosted: {day} {MONTHS[month - 1]} {year}\n{body}\n"
            f"For more information please contact:\n{person}\nIOM {city}\nTel. {phone}\nE-mail: {email}\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("n", type=int)
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=6)
    ap.add_argument("--folder", action="store_true")
    a = ap.parse_args()
    r = random.Random(a.seed)
    if a.folder:
        for n in range(a.n):
            d = os.path.join(a.out, f"{n // 1000:03d}")
            os.makedirs(d, exist_ok=True)
            with open(os.path.join(d, f"{n:06d}.txt"), "w", encoding="utf-8") as f:
                f.write(item(n, r))
        return
    with zipfile.ZipFile(a.out, "w", zipfile.ZIP_DEFLATED) as z:
        for n in range(a.n):
            info = zipfile.ZipInfo(f"{n // 1000:03d}/{n:06d}.txt", date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, item(n, r))


if __name__ == "__main__":
    main()
