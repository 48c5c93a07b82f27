#!/usr/bin/env python3
"""Packs the sample pages into archives/samples.warc.gz and archives/samples.jsonl.

Reads gold/NN-slug.json (URL, title, date, encoding) and html/NN-slug.html (the exact
bytes). The WARC holds one `warcinfo` record, then per article a `request` and a
`response` record; every record is its own gzip member. The output is
deterministic: record ids are name-based UUIDs of the URL, WARC-Date is the
publication time from the gold, gzip headers carry no timestamp. After writing,
the WARC is read back and checked (record count, lengths, digests).

Usage: python3 samples/build-archives.py      (standard library only)
"""
import base64
import datetime
import email.utils
import gzip
import hashlib
import json
import pathlib
import sys
import urllib.parse
import uuid
import zlib

ROOT = pathlib.Path(__file__).resolve().parent
OUT = ROOT / "archives"
WARCINFO_DATE = "2025-06-01T00:00:00Z"
CHARSET_HEADER = {"utf-8": "text/html; charset=UTF-8",
                  "iso-8859-1": "text/html; charset=ISO-8859-1",
                  # windows-1252 pages are served without a charset so that readers must honour the <meta>.
                  "windows-1252": "text/html"}


def record_id(name):
    return f"<urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, name)}>"


def sha1_b32(data):
    return "sha1:" + base64.b32encode(hashlib.sha1(data).digest()).decode("ascii")


def capture_time(published):
    """The gold's publication time as a UTC instant; a date-only value means midnight UTC."""
    if "T" not in published:
        return datetime.datetime.fromisoformat(published + "T00:00:00+00:00")
    return datetime.datetime.fromisoformat(published).astimezone(datetime.timezone.utc)


def record(headers, block):
    """One WARC record (header lines in order, then the block), gzipped on its own."""
    lines = ["WARC/1.1"] + [f"{k}: {v}" for k, v in headers] + [f"Content-Length: {len(block)}"]
    raw = ("\r\n".join(lines) + "\r\n\r\n").encode("utf-8") + block + b"\r\n\r\n"
    return gzip.compress(raw, compresslevel=9, mtime=0)


def article_records(gold, page, warcinfo_id):
    url = gold["canonicalUrl"]
    when = capture_time(gold["published"])
    warc_date = when.strftime("%Y-%m-%dT%H:%M:%SZ")
    parts = urllib.parse.urlsplit(url)
    request = (f"GET {parts.path} HTTP/1.1\r\nHost: {parts.netloc}\r\n"
               "User-Agent: Mozilla/5.0 (compatible; PeristiwaSampler/1.0)\r\n"
               "Accept: text/html,application/xhtml+xml\r\nAccept-Language: id-ID,id;q=0.9\r\n\r\n").encode("ascii")
    http_head = (f"HTTP/1.1 200 OK\r\nDate: {email.utils.format_datetime(when, usegmt=True)}\r\n"
                 f"Server: nginx\r\nContent-Type: {CHARSET_HEADER[gold['encoding']]}\r\n"
                 f"Content-Length: {len(page)}\r\nConnection: close\r\n\r\n").encode("ascii")
    response = http_head + page
    response_id, request_id = record_id(url + "#response"), record_id(url + "#request")
    yield record([("WARC-Type", "request"), ("WARC-Record-ID", request_id), ("WARC-Date", warc_date),
                  ("WARC-Target-URI", url), ("WARC-Warcinfo-ID", warcinfo_id),
                  ("WARC-Concurrent-To", response_id), ("WARC-Block-Digest", sha1_b32(request)),
                  ("Content-Type", "application/http; msgtype=request")], request)
    yield record([("WARC-Type", "response"), ("WARC-Record-ID", response_id), ("WARC-Date", warc_date),
                  ("WARC-Target-URI", url), ("WARC-Warcinfo-ID", warcinfo_id),
                  ("WARC-Block-Digest", sha1_b32(response)), ("WARC-Payload-Digest", sha1_b32(page)),
                  ("WARC-Identified-Payload-Type", "text/html"),
                  ("Content-Type", "application/http; msgtype=response")], response)


def samples():
    for gold_path in sorted((ROOT / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        page = (ROOT / "html" / f"{gold_path.stem}.html").read_bytes()
        yield gold, page


def build():
    OUT.mkdir(exist_ok=True)
    warcinfo_id = record_id("https://peristiwa.example/samples/samples.warc.gz#warcinfo")
    info = ("software: Peristiwa samples/build-archives.py\r\nformat: WARC File Format 1.1\r\n"
            "conformsTo: https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/\r\n"
            "description: Fictional Indonesian news pages written for Peristiwa tests and demos\r\n"
            "isPartOf: peristiwa-samples\r\n").encode("utf-8")
    chunks = [record([("WARC-Type", "warcinfo"), ("WARC-Record-ID", warcinfo_id), ("WARC-Date", WARCINFO_DATE),
                      ("WARC-Filename", "samples.warc.gz"), ("WARC-Block-Digest", sha1_b32(info)),
                      ("Content-Type", "application/warc-fields")], info)]
    lines = []
    for gold, page in samples():
        chunks.extend(article_records(gold, page, warcinfo_id))
        text = page.decode({"windows-1252": "cp1252"}.get(gold["encoding"], gold["encoding"]))
        lines.append(json.dumps({"url": gold["canonicalUrl"], "title": gold["title"], "date": gold["published"],
                                 "outlet": gold["outlet"], "html": text}, ensure_ascii=False))
    (OUT / "samples.warc.gz").write_bytes(b"".join(chunks))
    (OUT / "samples.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)


def read_back(path):
    """Yields (headers dict, block) for every gzip member of a WARC file, checking its framing."""
    data = path.read_bytes()
    while data:
        d = zlib.decompressobj(wbits=31)
        raw = d.decompress(data)
        assert d.eof, "truncated gzip member"
        data = d.unused_data
        head, _, rest = raw.partition(b"\r\n\r\n")
        first, *fields = head.decode("utf-8").split("\r\n")
        assert first == "WARC/1.1", first
        headers = dict(f.split(": ", 1) for f in fields)
        length = int(headers["Content-Length"])
        block, tail = rest[:length], rest[length:]
        assert len(block) == length and tail == b"\r\n\r\n", "Content-Length does not frame the block"
        yield headers, block


def check(expected_articles):
    records = list(read_back(OUT / "samples.warc.gz"))
    assert len(records) == 1 + 2 * expected_articles, len(records)
    assert records[0][0]["WARC-Type"] == "warcinfo"
    ids = set()
    for headers, block in records:
        assert headers["WARC-Block-Digest"] == sha1_b32(block)
        ids.add(headers["WARC-Record-ID"])
        if headers["WARC-Type"] == "response":
            http_head, _, payload = block.partition(b"\r\n\r\n")
            assert headers["WARC-Payload-Digest"] == sha1_b32(payload)
            assert f"Content-Length: {len(payload)}".encode() in http_head
    assert len(ids) == len(records), "duplicate WARC-Record-ID"
    jsonl = (OUT / "samples.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(jsonl) == expected_articles and all(json.loads(x)["html"] for x in jsonl)
    print(f"samples.warc.gz: {len(records)} records ({expected_articles} articles), "
          f"{(OUT / 'samples.warc.gz').stat().st_size} bytes; samples.jsonl: {len(jsonl)} lines")


if __name__ == "__main__":
    n = build()
    check(n)
    sys.exit(0)
