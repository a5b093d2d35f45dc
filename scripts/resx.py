#!/usr/bin/env python3
"""Adds or updates strings in a neutral (English) .resx and its French twin in one go, keeping both sorted.

  scripts/resx.py src/Host/Resources/SharedText.resx Key "English text" "Texte français" [Key2 "…" "…" …]
"""
import html, os, re, sys

def load(path):
    try:
        text = open(path, encoding="utf-8").read()
    except FileNotFoundError:
        return {}
    return {m.group(1): html.unescape(m.group(2)) for m in re.finditer(
        r'<data name="([^"]+)" xml:space="preserve">\s*<value>(.*?)</value>', text, re.S)}

def save(path, entries):
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    head = ['<?xml version="1.0" encoding="utf-8"?>', '<root>',
            '  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>',
            '  <resheader name="version"><value>2.0</value></resheader>',
            '  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>',
            '  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>']
    body = [f'  <data name="{k}" xml:space="preserve"><value>{html.escape(v, quote=False)}</value></data>' for k, v in sorted(entries.items())]
    open(path, "w", encoding="utf-8").write("\n".join(head + body + ["</root>"]) + "\n")

def main():
    neutral = sys.argv[1]
    french = neutral[:-len(".resx")] + ".fr.resx"
    args = sys.argv[2:]
    if len(args) % 3:
        sys.exit("arguments come in threes: Key English French")
    en, fr = load(neutral), load(french)
    for i in range(0, len(args), 3):
        key, e, f = args[i:i + 3]
        en[key], fr[key] = e, f
    missing = set(en) ^ set(fr)
    if missing:
        sys.exit(f"keys present in one language only: {sorted(missing)}")
    save(neutral, en)
    save(french, fr)

main()
