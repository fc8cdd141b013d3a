#!/usr/bin/env bash
# Refreshes the translation sources from the code:
#   translations/snapline_en.ts        the English plural forms of every "%n …(s)"
#                                      string ("%n day(s)" → "%n day" / "%n days"), filled in here
#                                      for new strings (edit a form by hand where that reads badly);
#   translations/snapline_{de,fr,ja}.ts every string, for translators (Qt Linguist:
#                                      `linguist translations/snapline_de.ts`).
# scripts/update-translations.sh [FOLDER] writes the files in FOLDER instead
# (scripts/check-translations.sh uses that to see whether they are current).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
folder="${1:-translations}"
lupdate="${LUPDATE:-$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)}"
sources=(app core ui)

echo "==> scanning sources for plural strings (English)"
"$lupdate" -silent -pluralonly -locations none -no-obsolete -source-language en -target-language en \
    "${sources[@]}" -ts "$folder/snapline_en.ts"

echo "==> filling English plural forms"
python3 - "$folder/snapline_en.ts" <<'PY'
import re, sys, html
path = sys.argv[1]
text = open(path, encoding="utf-8").read()

def fill(match):
    source = html.unescape(match.group(1))
    one = re.sub(r"\((?:s|es)\)", "", source)
    many = re.sub(r"\((s|es)\)", r"\1", source)
    forms = "".join(f"\n            <numerusform>{html.escape(f, quote=False)}</numerusform>" for f in (one, many))
    return match.group(0).split("<translation")[0] + f"<translation>{forms}\n        </translation>"

# Only new entries: a form written by hand ("The file matches the manifest.") stays.
text = re.sub(r'<source>([^<]*)</source>\s*<translation type="unfinished"[^>]*>.*?</translation>', fill, text, flags=re.S)
open(path, "w", encoding="utf-8").write(text)
PY

for language in de fr ja; do
    echo "==> scanning sources for every string ($language)"
    "$lupdate" -silent -locations none -no-obsolete -source-language en -target-language "$language" \
        "${sources[@]}" -ts "$folder/snapline_$language.ts"
done
echo "==> $folder/snapline_{en,de,fr,ja}.ts updated"
