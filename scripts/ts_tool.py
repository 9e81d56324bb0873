"""Translation helper for i18n/*.ts (dev tool).

ts_tool.py todo [--json]            list unfinished or empty entries of every .ts file
ts_tool.py memory > memory.json      every finished translation as a table with context "*" (to apply after
                                    moving strings between contexts, which pylupdate5 -noobsolete drops)
ts_tool.py apply translations.json  fill entries from [{"context": "...", "source": "...", "es": "...",
                                    "pt_BR": "..."}] ("context": "*" matches any context); identical source
                                    strings already translated in another context are reused
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
LANGUAGES = {"es": REPO / "i18n" / "conecta_es.ts", "pt_BR": REPO / "i18n" / "conecta_pt_BR.ts"}


def entries(root: ET.Element):
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def unfinished(message: ET.Element) -> bool:
    translation = message.find("translation")
    return (
        translation is None or translation.get("type") == "unfinished" or not (translation.text or "").strip()
    )


def todo(as_json: bool) -> int:
    pending = {}
    for language, path in LANGUAGES.items():
        root = ET.parse(path).getroot()
        for context, message in entries(root):
            if unfinished(message):
                key = (context, message.findtext("source"))
                pending.setdefault(key, {"context": key[0], "source": key[1]})[language] = ""
    if as_json:
        print(json.dumps(list(pending.values()), ensure_ascii=False, indent=1))
    else:
        for item in pending.values():
            print(f"[{item['context']}] {item['source']!r}")
        print(f"{len(pending)} entries unfinished")
    return 1 if pending else 0


def apply(table_path: Path) -> int:
    table = json.loads(table_path.read_text(encoding="utf-8"))
    for language, path in LANGUAGES.items():
        tree = ET.parse(path)
        root = tree.getroot()
        root.set("language", language)
        by_key = {(item["context"], item["source"]): item[language] for item in table if item.get(language)}
        memory = {item["source"]: item[language] for item in table if item.get(language)}
        for _, message in entries(root):
            if not unfinished(message):
                memory.setdefault(message.findtext("source"), message.find("translation").text)
        filled = 0
        for context, message in entries(root):
            if not unfinished(message):
                continue
            source = message.findtext("source")
            text = by_key.get((context, source)) or by_key.get(("*", source)) or memory.get(source)
            if text:
                translation = message.find("translation")
                translation.text = text
                translation.attrib.pop("type", None)
                filled += 1
        ET.indent(tree, space="    ")
        tree.write(path, encoding="utf-8", xml_declaration=True)
        with open(path, "r+", encoding="utf-8") as handle:
            text = handle.read().replace(
                "<?xml version='1.0' encoding='utf-8'?>",
                '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>',
                1,
            )
            handle.seek(0)
            handle.write(text + ("" if text.endswith("\n") else "\n"))
            handle.truncate()
        print(f"{path.name}: {filled} filled")
    return 0


def memory() -> int:
    """Print every finished translation of both languages as an apply table with context "*"."""
    table: dict = {}
    for language, path in LANGUAGES.items():
        for _, message in entries(ET.parse(path).getroot()):
            if not unfinished(message):
                item = table.setdefault(
                    message.findtext("source"), {"context": "*", "source": message.findtext("source")}
                )
                item.setdefault(language, message.find("translation").text)
    print(json.dumps(list(table.values()), ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    if len(sys.argv) == 2 and sys.argv[1] == "memory":
        sys.exit(memory())
    if len(sys.argv) >= 2 and sys.argv[1] == "todo":
        sys.exit(todo("--json" in sys.argv))
    if len(sys.argv) == 3 and sys.argv[1] == "apply":
        sys.exit(apply(Path(sys.argv[2])))
    print(__doc__)
    sys.exit(2)
