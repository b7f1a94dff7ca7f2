#!/usr/bin/env python3
"""Fills unfinished messages of translations/keypoint-studio_<lang>.ts from a tab-separated file
(context, source, German, Brazilian Portuguese; a literal \\n in a field is a line break).
Run after `cmake --build build --target kps_translations_update`. Prints what is still
unfinished, so a missing translation is seen at once."""
import sys
import xml.etree.ElementTree as ET

COLUMNS = {"de": 2, "pt_BR": 3}


def load(tsv):
    table = {}
    with open(tsv, encoding="utf-8") as lines:
        for line in lines:
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.rstrip("\n").split("\t")
            if len(fields) != 4:
                sys.exit(f"{tsv}: expected 4 tab-separated fields: {line!r}")
            fields = [f.replace("\\n", "\n") for f in fields]
            table[(fields[0], fields[1])] = fields
    return table


def apply(ts_path, language, table):
    tree = ET.parse(ts_path)
    filled, missing = 0, []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") != "unfinished":
                continue
            source = message.findtext("source", "")
            row = table.get((name, source))
            if row is None:
                missing.append(f"{name}: {source}")
                continue
            translation.text = row[COLUMNS[language]]
            del translation.attrib["type"]
            filled += 1
    with open(ts_path, "wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
    print(f"{ts_path}: {filled} filled, {len(missing)} unfinished")
    for text in missing:
        print("  unfinished:", text)
    return not missing


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: tools/ts_apply_translations.py TRANSLATIONS.tsv")
    rows = load(sys.argv[1])
    results = [apply(f"translations/keypoint-studio_{lang}.ts", lang, rows) for lang in COLUMNS]
    ok = all(results)
    sys.exit(0 if ok else 1)
