#!/usr/bin/env bash
# Refreshes translations/snapline_en.ts: the English plural forms of every
# "%n …(s)" string in the sources ("%n day(s)" → "%n day" / "%n days").
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

lupdate=$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)
echo "==> scanning sources for plural strings"
"$lupdate" -pluralonly -locations none -no-obsolete -source-language en -target-language en \
    app core ui sandbox -ts translations/snapline_en.ts

echo "==> filling English plural forms"
python3 - translations/snapline_en.ts <<'PY'
import re, sys, html
path = sys.argv[1]
text = open(path, encoding="utf-8").read()

def fill(match):
    source = html.unescape(match.group(1))
    one = re.sub(r"\((?:s|es)\)", "", source)
    many = re.sub(r"\((s|es)\)", r"\1", source)
    forms = "".join(f"\n            <numerusform>{html.escape(f, quote=False)}</numerusform>" for f in (one, many))
    return match.group(0).split("<translation")[0] + f"<translation>{forms}\n        </translation>"

text = re.sub(r'<source>(.*?)</source>\s*<translation[^>]*>.*?</translation>', fill, text, flags=re.S)
open(path, "w", encoding="utf-8").write(text)
PY
echo "==> translations/snapline_en.ts updated"
