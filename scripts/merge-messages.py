"""Merges a proposed message file ({"cs": {...}, "en": {...}}) into src/i18n/messages/{cs,en}.json.

Usage: python3 scripts/merge-messages.py src/i18n/messages/proposed.<name>.json
Nested objects merge key by key; a key present in both with different text is reported and the proposal wins.
"""
import json
import sys


def merge(target, proposal, path=""):
    for key, value in proposal.items():
        where = f"{path}{key}"
        if isinstance(value, dict):
            merge(target.setdefault(key, {}), value, where + ".")
        else:
            if key in target and target[key] != value:
                print(f"replacing {where}", file=sys.stderr)
            target[key] = value


proposal = json.load(open(sys.argv[1], encoding="utf-8"))
for locale, messages in proposal.items():
    path = f"src/i18n/messages/{locale}.json"
    catalog = json.load(open(path, encoding="utf-8"))
    merge(catalog, messages)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(catalog, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"merged into {path}")
