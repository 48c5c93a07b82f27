#!/usr/bin/env python3
"""Checks that every sample page, text capture and gold file agree.

For each gold/NN-slug.json: the page decodes in the declared encoding, its body
<p> elements (minus captions and "Baca juga" boxes) equal the gold paragraphs after
entity decoding and whitespace normalisation, the title/canonical URL are on the
page, and every gold paragraph appears as a line of the text capture.
Exits non-zero on the first disagreement. Standard library only.
"""
import html.parser
import json
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
BODY = {"Warta Dunia": ("class", "read__content"), "Kabar Nusantara": ("class", "post-content"),
        "Suara Khatulistiwa": ("class", "sk-article-body"), "Harian Cakrawala": ("id", "berita"),
        "Lintas Benua": ("class", "lb-text"), "Pelita Timur": ("class", "detail__body-text")}
SKIP_CLASSES = {"baca-juga", "baca", "img-caption"}
SKIP_TAGS = {"aside", "figure", "table"}


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


class BodyParagraphs(html.parser.HTMLParser):
    """Collects the text of <p> elements inside the outlet's body container."""

    def __init__(self, key, value):
        super().__init__(convert_charrefs=True)
        self.key, self.value = key, value
        self.depth = 0          # nesting depth inside the body container (0 = outside)
        self.skip = 0           # nesting depth inside a skipped element
        self.current = None
        self.found = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if self.depth:
            if tag in ("p", "div", "aside", "figure", "table"):
                self.depth += 1
            if self.skip:
                self.skip += 1 if tag in ("p", "div", "aside", "figure", "table") else 0
            elif tag in SKIP_TAGS or set((a.get("class") or "").split()) & SKIP_CLASSES:
                self.skip = 1
            elif tag == "p":
                self.current = []
        elif tag == "div" and self.value in (a.get(self.key) or "").split():
            self.depth = 1

    def handle_endtag(self, tag):
        if not self.depth or tag not in ("p", "div", "aside", "figure", "table"):
            return
        if self.skip:
            self.skip -= 1
        elif tag == "p" and self.current is not None:
            self.found.append(norm("".join(self.current)))
            self.current = None
        self.depth -= 1

    def handle_data(self, data):
        if self.current is not None and not self.skip:
            self.current.append(data)


def check(gold_path):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    name = gold_path.stem
    raw = (ROOT / "html" / f"{name}.html").read_bytes()
    enc = gold["encoding"]
    declared = re.search(rb'charset="?([\w-]+)', raw).group(1).decode().lower()
    assert declared == enc, f"{name}: declares {declared}, gold says {enc}"
    page = raw.decode({"windows-1252": "cp1252"}.get(enc, enc))
    if enc == "windows-1252":
        assert b"\x93" in raw or b"\xe9" in raw, f"{name}: no cp1252-specific bytes"
    p = BodyParagraphs(*BODY[gold["outlet"]])
    p.feed(page)
    assert p.found == [norm(x) for x in gold["paragraphs"]], f"{name}: body paragraphs differ\n{p.found}"
    assert f'<link rel="canonical" href="{gold["canonicalUrl"]}">' in page, f"{name}: canonical"
    text = (ROOT / "text" / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    for para in gold["paragraphs"]:
        assert para in text, f"{name}: paragraph missing from text capture: {para[:60]}"
    assert gold["title"] in text, f"{name}: title missing from text capture"
    words = sum(len(x.split()) for x in gold["paragraphs"])
    assert 250 <= words <= 600, f"{name}: {words} words"
    return words


def main():
    golds = sorted((ROOT / "gold").glob("*.json"))
    for g in golds:
        check(g)
    print(f"{len(golds)} samples consistent")
    return 0 if golds else 1


if __name__ == "__main__":
    sys.exit(main())
