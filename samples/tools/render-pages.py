#!/usr/bin/env python3
"""Renders the sample corpus from its article sources.

Each file in tools/articles/ holds one article written for Peristiwa: a header of
`key: value` lines, a `---` line, then the body paragraphs separated by blank lines
(the first one without its dateline; the outlet's style adds it). From each source
this writes html/NN-slug.html (the page, in the outlet's own layout and encoding),
text/NN-slug.txt (what select-all + paste on that page gives) and gold/NN-slug.json
(the truth the tests compare against). Rendering the three from one source is what
keeps the gold and the pages from drifting apart.

Python 3 standard library only; the output is deterministic.
"""
import datetime
import html
import json
import pathlib
import re

ROOT = pathlib.Path(__file__).resolve().parent.parent
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
          "September", "Oktober", "November", "Desember"]
DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


class Article:
    def __init__(self, path):
        head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
        self.meta = {}
        for line in head.splitlines():
            if line.strip() and not line.startswith("#"):
                k, v = line.split(":", 1)
                self.meta[k.strip()] = v.strip()
        self.nn, self.slug = path.stem.split("-", 1)
        self.name = path.stem
        self.outlet_key = self.meta["outlet"]
        self.title = self.meta["title"]
        self.description = self.meta["description"]
        self.author = self.meta.get("author") or None
        self.editor = self.meta.get("editor") or None
        self.published = self.meta["published"]
        self.place = self.meta.get("place") or None
        self.encoding = self.meta.get("encoding", "utf-8")
        self.tags = [t.strip() for t in self.meta["tags"].split(";")]
        self.related = [t.strip() for t in self.meta["related"].split(";")]
        ra = self.meta["readalso"].split("|")
        self.readalso_after, self.readalso_title, self.readalso_path = int(ra[0]), ra[1].strip(), ra[2].strip()
        im = self.meta.get("image")
        self.image = (int(im.split("|")[0]), im.split("|", 1)[1].strip()) if im else None
        self.body = [re.sub(r"\s+", " ", p).strip() for p in body.strip().split("\n\n")]
        self.title_twice = int(self.nn) % 2 == 1
        if "T" in self.published:
            self.when = datetime.datetime.fromisoformat(self.published)
        else:
            self.when = datetime.datetime.fromisoformat(self.published + "T00:00:00+07:00")
        self.has_time = "T" in self.published

    # date styles -------------------------------------------------------------
    def d_long(self):  # Selasa, 31 Januari 2023 14:05 WIB
        w = self.when
        s = f"{DAYS[w.weekday()]}, {w.day} {MONTHS[w.month - 1]} {w.year}"
        return s + (f" {w:%H:%M} WIB" if self.has_time else "")

    def d_short(self):  # 31 Jan 2023, 14:05 WIB
        w = self.when
        return f"{w.day} {MONTHS[w.month - 1][:3]} {w.year}, {w:%H:%M} WIB"

    def d_slash(self):  # 31/01/2023, 14:05 WIB
        return f"{self.when:%d/%m/%Y, %H:%M} WIB"

    def d_dots(self):  # 24.06.2024 21:40
        return f"{self.when:%d.%m.%Y %H:%M}"

    def d_pt(self):  # Kamis 14 Nov 2024 - 16:30 WIB
        w = self.when
        return f"{DAYS[w.weekday()]} {w.day} {MONTHS[w.month - 1][:3]} {w.year} - {w:%H:%M} WIB"


OUTLETS = {
    "wd": dict(name="Warta Dunia", host="https://wartadunia.example", section="Internasional", path="internasional"),
    "kn": dict(name="Kabar Nusantara", host="https://kabarnusantara.example", section="Dunia", path="dunia"),
    "sk": dict(name="Suara Khatulistiwa", host="https://suarakhatulistiwa.example", section="Internasional", path="internasional"),
    "hc": dict(name="Harian Cakrawala", host="https://cakrawala.example", section="Internasional", path="internasional"),
    "lb": dict(name="Lintas Benua", host="https://lintasbenua.example", section="Global", path="global"),
    "pt": dict(name="Pelita Timur", host="https://pelitatimur.example", section="Internasional", path="internasional"),
}


def gold_place(p):
    """The place as Peristiwa reports it: an all-capitals place in title case ("KYIV" is "Kyiv")."""
    return " ".join(w.capitalize() for w in p.split()) if p and p.isupper() else p


def dateline(a):
    """(printed prefix, gold dateline) in the outlet's style; the prefix is followed by the sentence."""
    prefix, gold = printed_dateline(a)
    return prefix, {"place": gold_place(gold["place"]), "outlet": gold["outlet"]}


def printed_dateline(a):
    k, p = a.outlet_key, a.place
    if k == "wd":
        return (f"{p}, Warta Dunia -- ", {"place": p, "outlet": "Warta Dunia"}) if p else \
               ("Warta Dunia – ", {"place": None, "outlet": "Warta Dunia"})
    if k == "kn":
        return f"{p} (Kabar Nusantara) - ", {"place": p, "outlet": "Kabar Nusantara"}
    if k == "sk":
        return f"{p}, SUARAKHATULISTIWA.example – ", {"place": p, "outlet": "SUARAKHATULISTIWA.example"}
    if k == "hc":
        return f"Cakrawala.example, {p} - ", {"place": p, "outlet": "Cakrawala.example"}
    if k == "lb":
        return f"LINTASBENUA.EXAMPLE, {p} -- ", {"place": p, "outlet": "LINTASBENUA.EXAMPLE"}
    if k == "pt":
        return f"{p} - ", {"place": p, "outlet": None}
    raise ValueError(k)


def gold_author(a):
    """The byline as printed without role labels: a team credit counts when no person is named."""
    if a.author:
        return a.author
    return "Tim pelitaTimur" if a.outlet_key == "pt" else None


def url(a):
    o = OUTLETS[a.outlet_key]
    w = a.when
    if a.outlet_key == "wd":
        return f"{o['host']}/{o['path']}/{w:%Y%m%d}{w:%H%M}-{a.nn}/{a.slug}"
    if a.outlet_key == "kn":
        return f"{o['host']}/berita/{3800000 + int(a.nn) * 7919}/{a.slug}"
    if a.outlet_key == "sk":
        return f"{o['host']}/{o['path']}/read/{w:%Y/%m/%d}/{a.slug}"
    if a.outlet_key == "hc":
        return f"{o['host']}/{o['path']}/{a.slug}-{int(a.nn) * 1117 + 40000}"
    if a.outlet_key == "lb":
        return f"{o['host']}/{o['path']}/{w:%Y/%m}/{a.slug}.html"
    return f"{o['host']}/{o['path']}/d-{7000000 + int(a.nn) * 4241}/{a.slug}"


def lead_html(a, strong):
    prefix, _ = dateline(a)
    first = a.body[0]
    if strong:
        sep = re.match(r"^(.*?)(\s+(?:--|–|-)\s+)$", prefix)
        return f"<strong>{esc(sep.group(1))}</strong>{esc(sep.group(2))}{esc(first)}"
    return esc(prefix + first)


def paragraphs(a):
    prefix, _ = dateline(a)
    return [prefix + a.body[0]] + a.body[1:]


def slugify(t):
    return re.sub(r"[^a-z0-9]+", "-", t.lower()).strip("-")


# ---------------------------------------------------------------------------
# Warta Dunia: dark top bar, "read__" classes, meta article:published_time.
def wd_html(a, u):
    o = OUTLETS["wd"]
    body = []
    for i, p in enumerate(a.body):
        body.append(f'      <p>{lead_html(a, False) if i == 0 else esc(p)}</p>')
        if i == a.readalso_after:
            body.append(f'      <div class="read__also"><strong>Baca juga:</strong> <a href="{o["host"]}{a.readalso_path}">{esc(a.readalso_title)}</a></div>')
        if i == 2:
            body.append('      <div class="ads ads--inarticle" data-slot="wd_inarticle_1"><span class="ads__label">ADVERTISEMENT</span></div>')
    img = ""
    if a.image:
        img = f'''    <figure class="read__photo">
      <img src="{o['host']}/img/{a.when:%Y/%m}/{a.slug}.jpg" alt="{attr(a.title)}" width="780" height="439">
      <figcaption>{esc(a.image[1])}</figcaption>
    </figure>
'''
    byline = f'<div class="read__author">Penulis: <a href="{o["host"]}/penulis/{slugify(a.author)}">{esc(a.author)}</a> | Editor: {esc(a.editor)}</div>' if a.author else ""
    tags = "\n".join(f'        <li><a href="{o["host"]}/tag/{slugify(t)}">{esc(t)}</a></li>' for t in a.tags)
    rel = "\n".join(f'        <li><a href="{o["host"]}/{o["path"]}/{slugify(t)}">{esc(t)}</a></li>' for t in a.related)
    charset = ('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
               if a.encoding == "windows-1252" else '<meta charset="utf-8">')
    return f'''<!DOCTYPE html>
<html lang="id">
<head>
  {charset}
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{esc(a.title)} - Warta Dunia</title>
  <meta name="description" content="{attr(a.description)}">
  <meta property="og:type" content="article">
  <meta property="og:title" content="{attr(a.title)}">
  <meta property="og:site_name" content="Warta Dunia">
  <meta property="og:url" content="{u}">
  <meta property="article:published_time" content="{a.published}">
  <meta property="article:section" content="{o['section']}">
  <link rel="canonical" href="{u}">
  <link rel="stylesheet" href="{o['host']}/assets/css/main.3f9a1c.css">
</head>
<body class="page-read">
  <a class="skip" href="#konten">Lewati ke konten</a>
  <header class="topbar">
    <div class="topbar__logo"><a href="{o['host']}/">Warta Dunia</a></div>
    <nav class="topbar__nav">
      <ul>
        <li><a href="{o['host']}/">Beranda</a></li>
        <li><a href="{o['host']}/nasional">Nasional</a></li>
        <li class="active"><a href="{o['host']}/internasional">Internasional</a></li>
        <li><a href="{o['host']}/ekonomi">Ekonomi</a></li>
        <li><a href="{o['host']}/olahraga">Olahraga</a></li>
        <li><a href="{o['host']}/teknologi">Teknologi</a></li>
        <li><a href="{o['host']}/opini">Opini</a></li>
        <li><a href="{o['host']}/indeks">Indeks</a></li>
      </ul>
    </nav>
    <form class="topbar__search" action="{o['host']}/cari" method="get">
      <input type="search" name="q" placeholder="Cari berita...">
      <button type="submit">Cari</button>
    </form>
  </header>
  <div class="loader" id="loader">Loading...</div>
  <main id="konten" class="read">
    <ul class="breadcrumb">
      <li><a href="{o['host']}/">Beranda</a></li>
      <li><a href="{o['host']}/internasional">Internasional</a></li>
    </ul>
    <h1 class="read__title">{esc(a.title)}</h1>
    {byline}
    <div class="read__time">{a.d_short()}</div>
    <div class="share">
      <span>Bagikan:</span>
      <a class="share__fb" href="#">Facebook</a>
      <a class="share__x" href="#">X</a>
      <a class="share__wa" href="#">WhatsApp</a>
      <button class="share__copy">Salin tautan</button>
    </div>
{img}    <div class="read__content">
{chr(10).join(body)}
    </div>
    <div class="read__tags">
      <span>Tag:</span>
      <ul>
{tags}
      </ul>
    </div>
    <section class="related">
      <h3>Berita Terkait</h3>
      <ul>
{rel}
      </ul>
    </section>
    <section class="comments" id="komentar">
      <h3>Komentar</h3>
      <p class="comments__empty">Belum ada komentar. Jadilah yang pertama berkomentar.</p>
      <form class="comments__form" action="{o['host']}/komentar" method="post">
        <label for="c-nama">Nama</label><input id="c-nama" name="nama" type="text">
        <label for="c-email">Email</label><input id="c-email" name="email" type="email">
        <label for="c-isi">Komentar</label><textarea id="c-isi" name="isi"></textarea>
        <button type="submit">Kirim</button>
      </form>
    </section>
  </main>
  <div class="cookie" role="dialog">Kami menggunakan kuki untuk meningkatkan pengalaman Anda membaca Warta Dunia. <button>Setuju</button></div>
  <footer class="footer">
    <p>&copy; 2025 Warta Dunia. Hak cipta dilindungi undang-undang.</p>
    <ul>
      <li><a href="{o['host']}/tentang">Tentang Kami</a></li>
      <li><a href="{o['host']}/redaksi">Redaksi</a></li>
      <li><a href="{o['host']}/pedoman-media-siber">Pedoman Media Siber</a></li>
      <li><a href="{o['host']}/kontak">Kontak</a></li>
    </ul>
  </footer>
  <script src="{o['host']}/assets/js/app.8d21e0.js"></script>
</body>
</html>
'''


def wd_text(a):
    out = ["Lewati ke konten", "Warta Dunia", "Beranda", "Nasional", "Internasional", "Ekonomi", "Olahraga",
           "Teknologi", "Opini", "Indeks", "Cari", "Loading...", "Beranda", "Internasional", a.title]
    if a.author:
        out.append(f"Penulis: {a.author} | Editor: {a.editor}")
    out += [a.d_short(), "Bagikan:", "Facebook", "X", "WhatsApp", "Salin tautan"]
    if a.image:
        out.append(a.image[1])
    out.append("")
    for i, p in enumerate(paragraphs(a)):
        out += [p, ""]
        if i == a.readalso_after:
            out += [f"Baca juga: {a.readalso_title}", ""]
        if i == 2:
            out += ["ADVERTISEMENT", ""]
    out += ["Tag:"] + a.tags + ["", "Berita Terkait"] + a.related
    out += ["", "Komentar", "Belum ada komentar. Jadilah yang pertama berkomentar.", "Nama", "Email", "Komentar",
            "Kirim", "",
            "Kami menggunakan kuki untuk meningkatkan pengalaman Anda membaca Warta Dunia. Setuju",
            "© 2025 Warta Dunia. Hak cipta dilindungi undang-undang.", "Tentang Kami", "Redaksi",
            "Pedoman Media Siber", "Kontak"]
    return out


# ---------------------------------------------------------------------------
# Kabar Nusantara: JSON-LD only, Bootstrap-like grid, dateline in <strong>.
def kn_html(a, u):
    o = OUTLETS["kn"]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a.title,
          "datePublished": a.published, "dateModified": a.published,
          "author": {"@type": "Person", "name": a.author} if a.author else {"@type": "Organization", "name": "Kabar Nusantara"},
          "publisher": {"@type": "Organization", "name": "Kabar Nusantara"},
          "articleSection": o["section"], "mainEntityOfPage": u, "keywords": ", ".join(a.tags)}
    body = []
    for i, p in enumerate(a.body):
        body.append(f'          <p>{lead_html(a, True) if i == 0 else esc(p)}</p>')
        if a.image and i == a.image[0]:
            body.append(f'''          <div class="img-wrap">
            <img class="img-fluid" src="{o['host']}/foto/{a.slug}.jpg" alt="">
            <p class="img-caption">{esc(a.image[1])}</p>
          </div>''')
        if i == a.readalso_after:
            body.append(f'          <p class="baca-juga">Baca juga: <a href="{o["host"]}{a.readalso_path}">{esc(a.readalso_title)}</a></p>')
    by = (f'<span class="reporter">Pewarta: {esc(a.author)}</span><span class="editor">Editor: {esc(a.editor)}</span>'
          if a.author else '<span class="reporter">Redaksi Kabar Nusantara</span>')
    tags = " ".join(f'<a class="badge" href="{o["host"]}/tag/{slugify(t)}">{esc(t)}</a>' for t in a.tags)
    rel = "\n".join(f'            <div class="card-terkait"><a href="{o["host"]}/berita/{slugify(t)}"><h4>{esc(t)}</h4></a></div>' for t in a.related)
    return f'''<!doctype html>
<html lang="id-ID">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<title>{esc(a.title)} - Kabar Nusantara</title>
<meta name="description" content="{attr(a.description)}">
<meta property="og:title" content="{attr(a.title)}">
<meta property="og:description" content="{attr(a.description)}">
<meta property="og:site_name" content="Kabar Nusantara">
<meta property="og:url" content="{u}">
<meta property="og:image" content="{o['host']}/foto/{a.slug}.jpg">
<link rel="canonical" href="{u}">
<script type="application/ld+json">
{json.dumps(ld, ensure_ascii=False, indent=2)}
</script>
</head>
<body>
<div id="preloader"><span>Loading...</span></div>
<nav class="navbar navbar-expand-lg">
  <a class="navbar-brand" href="{o['host']}/">Kabar Nusantara</a>
  <ul class="navbar-nav">
    <li class="nav-item"><a class="nav-link" href="{o['host']}/terkini">Terkini</a></li>
    <li class="nav-item"><a class="nav-link" href="{o['host']}/politik">Politik</a></li>
    <li class="nav-item"><a class="nav-link" href="{o['host']}/hukum">Hukum</a></li>
    <li class="nav-item"><a class="nav-link" href="{o['host']}/ekonomi">Ekonomi</a></li>
    <li class="nav-item active"><a class="nav-link" href="{o['host']}/dunia">Dunia</a></li>
    <li class="nav-item"><a class="nav-link" href="{o['host']}/daerah">Daerah</a></li>
    <li class="nav-item"><a class="nav-link" href="{o['host']}/foto">Foto</a></li>
    <li class="nav-item"><a class="nav-link" href="{o['host']}/video">Video</a></li>
  </ul>
  <form class="form-inline" role="search" action="{o['host']}/search">
    <input class="form-control" type="text" name="q" placeholder="Cari" aria-label="Cari">
    <button class="btn" type="submit">Cari</button>
  </form>
</nav>
<div class="container">
  <div class="row">
    <div class="col-md-8">
      <ol class="breadcrumb">
        <li class="breadcrumb-item"><a href="{o['host']}/">Home</a></li>
        <li class="breadcrumb-item active"><a href="{o['host']}/dunia">Dunia</a></li>
      </ol>
      <article class="post">
        <header class="post-header">
          <h1 class="post-title">{esc(a.title)}</h1>
          <div class="post-meta">{by}<span class="post-date">{a.d_long()}</span></div>
          <div class="share-buttons">Bagikan <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">WhatsApp</a> <a href="#">Telegram</a></div>
        </header>
        <div class="post-content">
{chr(10).join(body)}
        </div>
        <div class="post-tags">Tags: {tags}</div>
        <p class="copyright-note">&copy; Kabar Nusantara 2025</p>
      </article>
      <div class="komentar">
        <h3>Tinggalkan Komentar</h3>
        <form method="post" action="{o['host']}/komentar/kirim">
          <input type="text" name="name" placeholder="Nama">
          <input type="email" name="email" placeholder="Email">
          <textarea name="comment" placeholder="Komentar"></textarea>
          <input type="submit" value="Kirim">
        </form>
      </div>
    </div>
    <aside class="col-md-4">
      <div class="terkait">
        <h3>Berita Terkait</h3>
{rel}
      </div>
      <div class="ads" id="div-gpt-sidebar"></div>
    </aside>
  </div>
</div>
<div class="cookie-consent">Situs ini menggunakan cookie. Dengan melanjutkan, Anda menyetujui <a href="{o['host']}/privasi">Kebijakan Privasi</a> kami. <a href="#" class="btn-ok">OK</a></div>
<footer class="site-footer">
  <div><a href="{o['host']}/tentang-kami">Tentang Kami</a> | <a href="{o['host']}/kode-etik">Kode Etik</a> | <a href="{o['host']}/karir">Karir</a> | <a href="{o['host']}/kontak">Hubungi Kami</a></div>
  <div>Copyright &copy; 2025 Kabar Nusantara. All rights reserved.</div>
</footer>
</body>
</html>
'''


def kn_text(a):
    out = ["Loading...", "Kabar Nusantara", "Terkini", "Politik", "Hukum", "Ekonomi", "Dunia", "Daerah", "Foto",
           "Video", "Cari", "Home", "Dunia", a.title]
    if a.title_twice:
        out.append(a.title)
    out.append((f"Pewarta: {a.author}Editor: {a.editor}" if a.author else "Redaksi Kabar Nusantara") + a.d_long())
    out.append("Bagikan Facebook Twitter WhatsApp Telegram")
    for i, p in enumerate(paragraphs(a)):
        out.append(p)
        if a.image and i == a.image[0]:
            out.append(a.image[1])
        if i == a.readalso_after:
            out.append(f"Baca juga: {a.readalso_title}")
    out += ["Tags: " + " ".join(a.tags), "© Kabar Nusantara 2025", "Tinggalkan Komentar", "Kirim",
            "Berita Terkait"] + a.related
    out += ["Situs ini menggunakan cookie. Dengan melanjutkan, Anda menyetujui Kebijakan Privasi kami. OK",
            "Tentang Kami | Kode Etik | Karir | Hubungi Kami", "Copyright © 2025 Kabar Nusantara. All rights reserved."]
    return out


# ---------------------------------------------------------------------------
# Suara Khatulistiwa: <time datetime>, uppercase dateline, "Baca Juga" box with several links.
def sk_html(a, u):
    o = OUTLETS["sk"]
    body = []
    for i, p in enumerate(a.body):
        body.append(f'<p>{lead_html(a, True) if i == 0 else esc(p)}</p>')
        if i == a.readalso_after:
            body.append(f'<div class="sk-inline-related"><span class="sk-inline-related__label">Baca Juga:</span> <a href="{o["host"]}{a.readalso_path}">{esc(a.readalso_title)}</a></div>')
        if i == 1:
            body.append('<div class="ads" id="sk-parallax"><!-- iklan --></div>')
    img = ""
    if a.image:
        img = f'<div class="sk-photo"><img src="{o["host"]}/media/{a.slug}.webp" alt="{attr(a.image[1])}"><div class="sk-photo__caption">{esc(a.image[1])}</div></div>'
    tags = "".join(f'<li><a href="{o["host"]}/tag/{slugify(t)}">#{esc(t)}</a></li>' for t in a.tags)
    rel = "".join(f'<li class="sk-list__item"><a href="{o["host"]}/internasional/{slugify(t)}">{esc(t)}</a></li>' for t in a.related)
    author = f'<div class="sk-byline">Oleh <a rel="author" href="{o["host"]}/profil/{slugify(a.author)}">{esc(a.author)}</a></div>' if a.author else ""
    return f'''<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><title>{esc(a.title)} - Suara Khatulistiwa</title>
<meta name="description" content="{attr(a.description)}">
<meta property="og:site_name" content="Suara Khatulistiwa"><meta property="og:title" content="{attr(a.title)}"><meta property="og:url" content="{u}">
<meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="{u}">
</head>
<body class="sk-body sk-body--article">
<div class="sk-header"><div class="sk-header__brand"><a href="{o['host']}/">SUARA KHATULISTIWA</a></div>
<ul class="sk-menu"><li><a href="{o['host']}/news">News</a></li><li><a href="{o['host']}/nasional">Nasional</a></li><li><a href="{o['host']}/internasional">Internasional</a></li><li><a href="{o['host']}/bisnis">Bisnis</a></li><li><a href="{o['host']}/sains">Sains</a></li><li><a href="{o['host']}/gaya-hidup">Gaya Hidup</a></li><li><a href="{o['host']}/bola">Bola</a></li></ul>
<form class="sk-search" action="{o['host']}/search/"><input type="text" name="q" placeholder="Ketik kata kunci lalu tekan enter"><input type="submit" value="Cari"></form></div>
<div class="sk-loading">Loading...</div>
<div class="sk-wrap">
<div class="sk-breadcrumb"><a href="{o['host']}/">Home</a> / <a href="{o['host']}/internasional">Internasional</a></div>
<h1 class="sk-title">{esc(a.title)}</h1>
<div class="sk-meta"><time class="sk-date" datetime="{a.published}">{a.d_slash()}</time>{author}</div>
<div class="sk-share"><a href="#">Share</a><a href="#">Facebook</a><a href="#">Twitter</a><a href="#">Line</a><a href="#">WhatsApp</a></div>
{img}
<div class="sk-article-body" itemprop="articleBody">
{chr(10).join(body)}
</div>
<ul class="sk-tags">{tags}</ul>
<div class="sk-list"><h2 class="sk-list__title">Artikel Terkait</h2><ul>{rel}</ul></div>
<div class="sk-comment"><h2>Komentar</h2><form action="{o['host']}/comment" method="post"><input type="text" name="n" placeholder="Nama"><input type="email" name="e" placeholder="Email"><textarea name="k" placeholder="Komentar"></textarea><button>Kirim</button></form></div>
</div>
<div class="sk-cookie">Kami menggunakan cookies untuk personalisasi konten dan iklan. <a href="#">Pelajari</a> <a href="#">Terima</a></div>
<div class="sk-footer"><a href="{o['host']}/about">Tentang Kami</a> <a href="{o['host']}/pedoman">Pedoman Siber</a> <a href="{o['host']}/karier">Karier</a> <a href="{o['host']}/iklan">Info Iklan</a><br>Copyright 2025 SUARA KHATULISTIWA. All Rights Reserved.</div>
</body></html>
'''


def sk_text(a):
    out = ["SUARA KHATULISTIWA", "News", "Nasional", "Internasional", "Bisnis", "Sains", "Gaya Hidup", "Bola",
           "Cari", "Loading...", "Home / Internasional", a.title]
    out.append(a.d_slash() + (f"Oleh {a.author}" if a.author else ""))
    out.append("ShareFacebookTwitterLineWhatsApp")
    if a.image:
        out.append(a.image[1])
    out.append("")
    for i, p in enumerate(paragraphs(a)):
        out += [p, ""]
        if i == a.readalso_after:
            out += [f"Baca Juga: {a.readalso_title}", ""]
    out += ["".join("#" + t for t in a.tags), "Artikel Terkait"] + a.related
    out += ["Komentar", "Kirim", "Kami menggunakan cookies untuk personalisasi konten dan iklan. Pelajari Terima",
            "Tentang Kami Pedoman Siber Karier Info Iklan", "Copyright 2025 SUARA KHATULISTIWA. All Rights Reserved."]
    if a.title_twice:
        out.insert(out.index("Loading...") + 1, a.title)
    return out


# ---------------------------------------------------------------------------
# Harian Cakrawala: table-ish old CMS, only a visible date, ids instead of classes.
def hc_html(a, u):
    o = OUTLETS["hc"]
    body = []
    for i, p in enumerate(a.body):
        body.append(f'<p>{lead_html(a, True) if i == 0 else esc(p)}</p>')
        if a.image and i == a.image[0]:
            body.append(f'<table class="foto"><tr><td><img src="{o["host"]}/images/{a.slug}.jpg"></td></tr><tr><td class="keterangan">{esc(a.image[1])}</td></tr></table>')
        if i == a.readalso_after:
            body.append(f'<p class="baca"><b>Baca juga:</b> <a href="{o["host"]}{a.readalso_path}">{esc(a.readalso_title)}</a></p>')
        if i == 3:
            body.append('<div class="ads" id="iklan-tengah">Iklan</div>')
    charset = '<meta charset="iso-8859-1">' if a.encoding == "iso-8859-1" else '<meta charset="utf-8">'
    tags = ", ".join(f'<a href="{o["host"]}/topik/{slugify(t)}">{esc(t)}</a>' for t in a.tags)
    rel = "\n".join(f'<li><a href="{o["host"]}/internasional/{slugify(t)}">{esc(t)}</a></li>' for t in a.related)
    by = f'<div id="penulis">Reporter: {esc(a.author)}</div>' if a.author else ""
    return f'''<html>
<head>
{charset}
<title>{esc(a.title)} - Harian Cakrawala</title>
<meta name="description" content="{attr(a.description)}">
<meta property="og:title" content="{attr(a.title)}">
<meta property="og:site_name" content="Harian Cakrawala">
<meta property="og:url" content="{u}">
<link rel="canonical" href="{u}">
</head>
<body>
<div id="atas">
<div id="logo"><a href="{o['host']}/"><img src="{o['host']}/images/logo.png" alt="Harian Cakrawala"></a></div>
<div id="menu"><a href="{o['host']}/">Depan</a> | <a href="{o['host']}/politik">Politik</a> | <a href="{o['host']}/internasional">Internasional</a> | <a href="{o['host']}/ekbis">Ekbis</a> | <a href="{o['host']}/metro">Metro</a> | <a href="{o['host']}/nusantara">Nusantara</a> | <a href="{o['host']}/sport">Sport</a></div>
<form id="cari" action="{o['host']}/cari.php"><input type="text" name="kata" value=""> <input type="submit" value="Cari"></form>
</div>
<div id="memuat" style="display:none">Loading...</div>
<div id="isi">
<div id="jalur"><a href="{o['host']}/">Depan</a> » <a href="{o['host']}/internasional">Internasional</a></div>
<h1 id="judul">{esc(a.title)}</h1>
<div id="tanggal">{a.d_long()}</div>
{by}
<div id="bagikan">Bagikan: <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">WhatsApp</a> <a href="#">Email</a></div>
<div id="berita">
{chr(10).join(body)}
</div>
<div id="topik">Topik: {tags}</div>
<div id="terkait"><b>Berita Lainnya</b>
<ul>
{rel}
</ul></div>
<div id="komentar"><b>Kirim Komentar</b>
<form method="post" action="{o['host']}/komentar.php">
Nama: <input type="text" name="nama"><br>
Email: <input type="text" name="email"><br>
Komentar: <textarea name="komentar"></textarea><br>
<input type="submit" value="Kirim">
</form></div>
</div>
<div id="kuki">Situs ini memakai cookie. <a href="#">Tutup</a></div>
<div id="bawah">Copyright © 2003-2025 Harian Cakrawala. <a href="{o['host']}/redaksi">Redaksi</a> | <a href="{o['host']}/iklan">Iklan</a> | <a href="{o['host']}/kontak">Kontak</a></div>
</body>
</html>
'''


def hc_text(a):
    out = ["Depan | Politik | Internasional | Ekbis | Metro | Nusantara | Sport", "Cari",
           "Depan » Internasional", a.title]
    if a.title_twice:
        out.insert(0, a.title)
    out.append(a.d_long())
    if a.author:
        out.append(f"Reporter: {a.author}")
    out.append("Bagikan: Facebook Twitter WhatsApp Email")
    for i, p in enumerate(paragraphs(a)):
        out.append(p)
        if a.image and i == a.image[0]:
            out.append(a.image[1])
        if i == a.readalso_after:
            out.append(f"Baca juga: {a.readalso_title}")
        if i == 3:
            out.append("Iklan")
    out += ["Topik: " + ", ".join(a.tags), "Berita Lainnya"] + a.related
    out += ["Kirim Komentar", "Nama:", "Email:", "Komentar:", "Kirim", "Situs ini memakai cookie. Tutup",
            "Copyright © 2003-2025 Harian Cakrawala. Redaksi | Iklan | Kontak"]
    return out


# ---------------------------------------------------------------------------
# Lintas Benua: HTML5 semantic, meta + JSON-LD, dotted date, "Baca juga" as <aside>.
def lb_html(a, u):
    o = OUTLETS["lb"]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a.title, "datePublished": a.published,
          "author": [{"@type": "Person", "name": a.author}] if a.author else [],
          "articleSection": o["section"], "url": u}
    body = []
    for i, p in enumerate(a.body):
        body.append(f'        <p>{lead_html(a, False) if i == 0 else esc(p)}</p>')
        if i == a.readalso_after:
            body.append(f'        <aside class="lb-readalso"><p>Baca juga: <a href="{o["host"]}{a.readalso_path}">{esc(a.readalso_title)}</a></p></aside>')
    img = ""
    if a.image:
        img = f'''      <figure class="lb-hero">
        <img src="{o['host']}/cdn/{a.slug}.jpg" alt="">
        <figcaption>{esc(a.image[1])} <span class="credit">(Foto: AFP)</span></figcaption>
      </figure>
'''
    charset = ('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
               if a.encoding == "windows-1252" else '<meta charset="utf-8">')
    tags = "\n".join(f'          <a href="{o["host"]}/topik/{slugify(t)}">{esc(t)}</a>' for t in a.tags)
    rel = "\n".join(f'          <li><a href="{o["host"]}/global/{slugify(t)}">{esc(t)}</a></li>' for t in a.related)
    by = f'<p class="lb-author">{esc(a.author)}</p>' if a.author else ""
    return f'''<!DOCTYPE html>
<html lang="id">
<head>
  {charset}
  <title>{esc(a.title)} - Lintas Benua</title>
  <meta name="description" content="{attr(a.description)}">
  <meta property="og:title" content="{attr(a.title)}">
  <meta property="og:site_name" content="Lintas Benua">
  <meta property="og:url" content="{u}">
  <meta property="article:published_time" content="{a.published}">
  <link rel="canonical" href="{u}">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=True)}</script>
</head>
<body>
  <header class="lb-masthead">
    <a class="lb-logo" href="{o['host']}/">Lintas Benua</a>
    <nav aria-label="Rubrik">
      <a href="{o['host']}/">Terbaru</a>
      <a href="{o['host']}/global" aria-current="page">Global</a>
      <a href="{o['host']}/asia">Asia</a>
      <a href="{o['host']}/eropa">Eropa</a>
      <a href="{o['host']}/timur-tengah">Timur Tengah</a>
      <a href="{o['host']}/analisis">Analisis</a>
      <a href="{o['host']}/infografik">Infografik</a>
    </nav>
    <form role="search" action="{o['host']}/cari"><label>Cari <input type="search" name="q"></label></form>
  </header>
  <p class="lb-spinner">Loading...</p>
  <main>
    <article class="lb-article">
      <nav class="lb-crumbs"><a href="{o['host']}/">Lintas Benua</a> › <a href="{o['host']}/global">Global</a></nav>
      <h1>{esc(a.title)}</h1>
      <p class="lb-lede">{esc(a.description)}</p>
      <div class="lb-byline">{by}<p class="lb-date">{a.d_dots()}</p></div>
      <ul class="lb-share"><li>Bagikan ke Facebook</li><li>Bagikan ke X</li><li>Bagikan ke WhatsApp</li></ul>
{img}      <div class="lb-text">
{chr(10).join(body)}
      </div>
      <footer class="lb-article-foot">
        <div class="lb-topics">
{tags}
        </div>
      </footer>
    </article>
    <section class="lb-more">
      <h2>Baca Selengkapnya</h2>
      <ol>
{rel}
      </ol>
    </section>
    <section class="lb-discuss">
      <h2>Diskusi</h2>
      <form method="post" action="{o['host']}/diskusi">
        <label>Nama <input name="nama"></label>
        <label>Email <input name="email" type="email"></label>
        <label>Komentar <textarea name="teks"></textarea></label>
        <button type="submit">Kirim</button>
      </form>
    </section>
    <div class="ads" data-ad="billboard-bottom"></div>
  </main>
  <div class="lb-consent">Dengan menggunakan situs ini, Anda setuju dengan penggunaan cookie. <button>Mengerti</button></div>
  <footer class="lb-foot">
    <nav><a href="{o['host']}/tentang">Tentang</a> <a href="{o['host']}/pedoman">Pedoman Media Siber</a> <a href="{o['host']}/privasi">Privasi</a></nav>
    <small>&copy; 2025 Lintas Benua</small>
  </footer>
</body>
</html>
'''


def lb_text(a):
    out = ["Lintas Benua", "Terbaru Global Asia Eropa Timur Tengah Analisis Infografik", "Cari", "", "Loading...", "",
           "Lintas Benua › Global", "", a.title, "", a.description, ""]
    if a.author:
        out.append(a.author)
    out += [a.d_dots(), "", "Bagikan ke Facebook", "Bagikan ke X", "Bagikan ke WhatsApp", ""]
    if a.image:
        out += [f"{a.image[1]} (Foto: AFP)", ""]
    for i, p in enumerate(paragraphs(a)):
        out += [p, ""]
        if i == a.readalso_after:
            out += [f"Baca juga: {a.readalso_title}", ""]
    out += a.tags + ["", "Baca Selengkapnya", ""] + [f"{n}. {t}" for n, t in enumerate(a.related, 1)]
    out += ["", "Diskusi", "", "Nama", "Email", "Komentar", "Kirim", "",
            "Dengan menggunakan situs ini, Anda setuju dengan penggunaan cookie. Mengerti", "",
            "Tentang Pedoman Media Siber Privasi", "© 2025 Lintas Benua"]
    if a.title_twice:
        out[0:0] = [a.title, ""]
    return out


# ---------------------------------------------------------------------------
# Pelita Timur: detik-like "d-" ids, place-only dateline, meta + <time>-less visible date.
def pt_html(a, u):
    o = OUTLETS["pt"]
    body = []
    for i, p in enumerate(a.body):
        body.append(f'\t\t\t<p>{lead_html(a, True) if i == 0 else esc(p)}</p>')
        if i == a.readalso_after:
            body.append(f'\t\t\t<table class="linksisip"><tr><td><div class="lihatjg"><strong>Baca juga:</strong><br><a href="{o["host"]}{a.readalso_path}">{esc(a.readalso_title)}</a></div></td></tr></table>')
        if i == 2:
            body.append('\t\t\t<div class="ads inarticle"><div id="div-gpt-ad-pt-1"></div></div>')
    img = ""
    if a.image:
        img = f'\t\t<div class="detail__media"><figure><img src="{o["host"]}/pic/{a.slug}.jpeg" alt="{attr(a.title)}"><figcaption class="detail__media-caption">{esc(a.image[1])}</figcaption></figure></div>\n'
    tags = "".join(f'<a class="nav__item" href="{o["host"]}/tag/{slugify(t)}">{esc(t)}</a>' for t in a.tags)
    rel = "\n".join(f'\t\t\t<article class="list-content__item"><h3><a href="{o["host"]}/internasional/{slugify(t)}">{esc(t)}</a></h3></article>' for t in a.related)
    author = f'{esc(a.author)} - pelitaTimur' if a.author else "Tim pelitaTimur"
    return f'''<!DOCTYPE html>
<html lang="id-ID">
<head>
\t<meta charset="utf-8">
\t<title>{esc(a.title)} - Pelita Timur</title>
\t<meta name="description" content="{attr(a.description)}">
\t<meta property="og:site_name" content="Pelita Timur">
\t<meta property="og:title" content="{attr(a.title)}">
\t<meta property="og:url" content="{u}">
\t<meta property="article:published_time" content="{a.published}">
\t<meta name="dtk:author" content="{attr(a.author or '')}">
\t<link rel="canonical" href="{u}">
</head>
<body>
<div class="header">
\t<div class="logo"><a href="{o['host']}/">pelitaTimur</a></div>
\t<div class="nav"><a href="{o['host']}/berita">Berita</a><a href="{o['host']}/internasional">Internasional</a><a href="{o['host']}/ekonomi">Ekonomi</a><a href="{o['host']}/hikmah">Hikmah</a><a href="{o['host']}/haji">Haji &amp; Umrah</a><a href="{o['host']}/foto">Foto</a></div>
\t<form class="search" action="{o['host']}/search/searchall"><input type="text" name="query" placeholder="Cari berita"><button>Cari</button></form>
</div>
<div class="lazy-placeholder">Loading...</div>
<div class="container">
\t<div class="page__breadcrumb"><a href="{o['host']}/">pelitaTimur</a><a href="{o['host']}/internasional">Internasional</a></div>
\t<article class="detail">
\t\t<h1 class="detail__title">{esc(a.title)}</h1>
\t\t<div class="detail__author">{author}</div>
\t\t<div class="detail__date">{a.d_pt()}</div>
\t\t<div class="detail__share"><a href="#">Bagikan</a><span class="share-count">0 komentar</span></div>
{img}\t\t<div class="detail__body-text itp_bodycontent">
{chr(10).join(body)}
\t\t</div>
\t\t<div class="detail__body-tag"><div class="nav">{tags}</div></div>
\t</article>
\t<div class="komentar-box"><h2>Komentar</h2><form><input placeholder="Nama"><input placeholder="Email"><textarea placeholder="Komentar"></textarea><button>Kirim</button></form></div>
\t<section class="list-content">
\t\t<h2>Berita Terkait</h2>
{rel}
\t</section>
</div>
<div class="cookie-bar">Kami menggunakan cookie agar situs berjalan dengan baik. <a href="#">Oke</a></div>
<div class="footer"><a href="{o['host']}/redaksi">Redaksi</a><a href="{o['host']}/pedoman">Pedoman Media Siber</a><a href="{o['host']}/karir">Karir</a><a href="{o['host']}/kotak-pos">Kotak Pos</a><p>Hak Cipta &copy; 2025 pelitaTimur</p></div>
</body>
</html>
'''


def pt_text(a):
    out = ["pelitaTimur", "BeritaInternasionalEkonomiHikmahHaji & UmrahFoto", "Cari", "Loading...",
           "pelitaTimurInternasional", a.title]
    if a.title_twice:
        out.insert(0, a.title + " - Pelita Timur")
    out += [f"{a.author} - pelitaTimur" if a.author else "Tim pelitaTimur", a.d_pt(), "Bagikan0 komentar"]
    if a.image:
        out.append(a.image[1])
    for i, p in enumerate(paragraphs(a)):
        out.append(p)
        if i == a.readalso_after:
            out += ["Baca juga:", a.readalso_title]
    out += ["".join(a.tags), "Komentar", "Kirim", "Berita Terkait"] + a.related
    out += ["Kami menggunakan cookie agar situs berjalan dengan baik. Oke",
            "RedaksiPedoman Media SiberKarirKotak Pos", "Hak Cipta © 2025 pelitaTimur"]
    return out


RENDER = {"wd": (wd_html, wd_text), "kn": (kn_html, kn_text), "sk": (sk_html, sk_text),
          "hc": (hc_html, hc_text), "lb": (lb_html, lb_text), "pt": (pt_html, pt_text)}


def main():
    for src in sorted((ROOT / "tools" / "articles").glob("*.txt")):
        a = Article(src)
        u = url(a)
        page_fn, text_fn = RENDER[a.outlet_key]
        page = page_fn(a, u)
        (ROOT / "html" / f"{a.name}.html").write_bytes(page.encode(a.encoding, errors="xmlcharrefreplace"))
        lines = text_fn(a)
        if a.title_twice and a.outlet_key == "wd":
            lines.insert(lines.index("Loading...") + 1, a.title)
        (ROOT / "text" / f"{a.name}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
        gold = {"title": a.title, "section": OUTLETS[a.outlet_key]["section"], "outlet": OUTLETS[a.outlet_key]["name"],
                "canonicalUrl": u, "published": a.published, "author": gold_author(a), "dateline": dateline(a)[1],
                "paragraphs": paragraphs(a), "encoding": a.encoding}
        (ROOT / "gold" / f"{a.name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        words = sum(len(p.split()) for p in gold["paragraphs"])
        print(f"{a.name}: {words} words, {a.encoding}")


if __name__ == "__main__":
    main()
