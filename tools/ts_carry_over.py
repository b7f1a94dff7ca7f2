#!/usr/bin/env python3
"""Carries translations over to strings that moved to another class (another tr() context).

Usage: tools/ts_carry_over.py REV translations/keypoint-studio_de.ts [...]
Run after `cmake --build build --target kps_translations_update`: every unfinished message
whose source text (and disambiguation comment) had a finished translation in the same file at git
revision REV, in any context, gets that translation. Prefers the translation of the context with
the same class name, then the most common one. Prints what it filled and what is left."""
import collections
import subprocess
import sys
import xml.etree.ElementTree as ET


def key(message):
    return (message.findtext("source", ""), message.findtext("comment", ""))


def finished(message):
    translation = message.find("translation")
    return translation is not None and translation.get("type") not in ("unfinished", "vanished",
                                                                        "obsolete")


def old_translations(revision, path):
    text = subprocess.run(["git", "show", f"{revision}:{path}"], check=True,
                          capture_output=True).stdout
    found = collections.defaultdict(list)
    for context in ET.fromstring(text).iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            if finished(message):
                found[key(message)].append((name, message.find("translation")))
    return found


def main():
    revision, paths = sys.argv[1], sys.argv[2:]
    for path in paths:
        old = old_translations(revision, path)
        tree = ET.parse(path)
        filled, left = 0, []
        for context in tree.getroot().iter("context"):
            name = context.findtext("name", "")
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is None or translation.get("type") != "unfinished":
                    continue
                candidates = old.get(key(message), [])
                if not candidates:
                    left.append(f"{name}: {key(message)[0]!r}")
                    continue
                same = [t for n, t in candidates if n == name]
                texts = collections.Counter(ET.tostring(t) for _, t in candidates)
                chosen = same[0] if same else next(
                    t for _, t in candidates if ET.tostring(t) == texts.most_common(1)[0][0])
                translation.clear()
                translation.text = chosen.text
                for form in chosen:
                    copy = ET.SubElement(translation, form.tag)
                    copy.text = form.text
                filled += 1
        with open(path, "wb") as out:
            out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
            tree.write(out, encoding="utf-8", xml_declaration=False)
        print(f"{path}: {filled} carried over, {len(left)} left unfinished")
        for entry in left:
            print(f"  {entry}")


if __name__ == "__main__":
    main()
