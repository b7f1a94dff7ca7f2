#!/usr/bin/env python3
"""Fills translations/keypoint-studio_en.ts: every unfinished message gets its source text.
Numerus messages get English's two forms, spelt out from the source's "(s)": "%n image(s)"
becomes "%n image" and "%n images" (forms still holding "(s)" are redone too). Run after
`cmake --build build --target kps_translations_update`; the English file then has no unfinished
entries."""
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1] if len(sys.argv) > 1 else "translations/keypoint-studio_en.ts"
tree = ET.parse(path)
filled = 0
for message in tree.getroot().iter("message"):
    translation = message.find("translation")
    if translation is None:
        continue
    numerus = message.get("numerus") == "yes"
    unspelt = numerus and any("(s)" in (form.text or "") for form in translation)
    if translation.get("type") != "unfinished" and not unspelt:
        continue
    source = message.findtext("source", "")
    if numerus:
        for form in list(translation):
            translation.remove(form)
        translation.text = None
        for plural in ("", "s"):
            ET.SubElement(translation, "numerusform").text = source.replace("(s)", plural)
    else:
        translation.text = source
    translation.attrib.pop("type", None)
    filled += 1
with open(path, "wb") as out:
    out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
    tree.write(out, encoding="utf-8", xml_declaration=False)
print(f"{path}: {filled} filled")
