#!/usr/bin/env python3
"""Fills translations/keypoint-studio_en.ts: every unfinished message gets its source text
(numerus messages get the source in each form). Run after `cmake --build build --target
kps_translations_update`; the English file then has no unfinished entries."""
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1] if len(sys.argv) > 1 else "translations/keypoint-studio_en.ts"
tree = ET.parse(path)
filled = 0
for message in tree.getroot().iter("message"):
    translation = message.find("translation")
    if translation is None or translation.get("type") != "unfinished":
        continue
    source = message.findtext("source", "")
    if message.get("numerus") == "yes":
        for form in list(translation):
            translation.remove(form)
        translation.text = None
        for _ in range(2):
            ET.SubElement(translation, "numerusform").text = source
    else:
        translation.text = source
    del translation.attrib["type"]
    filled += 1
with open(path, "wb") as out:
    out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
    tree.write(out, encoding="utf-8", xml_declaration=False)
print(f"{path}: {filled} filled")
