"""The words of a PDF page by page, with their boxes (poppler's pdftotext), for tests of the report."""

import re
import shutil
import subprocess
import unicodedata
from html import unescape

import pytest


def pdf_pages_words(path):
    """Every page of a PDF as (width, height, words), each word (text, x_min, y_min, x_max, y_max) in points;
    ligatures such as "ﬁ" are written out."""
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext is not installed (apt-get install poppler-utils): PDF text not checked")
    out = subprocess.run(
        ["pdftotext", "-bbox-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    pages = []
    for width, height, body in re.findall(
        r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', out, re.S
    ):
        words = [
            (unicodedata.normalize("NFKC", unescape(text)), float(x0), float(y0), float(x1), float(y1))
            for x0, y0, x1, y1, text in re.findall(
                r'<word xMin="([-\d.]+)" yMin="([-\d.]+)" xMax="([-\d.]+)" yMax="([-\d.]+)">(.*?)</word>',
                body,
            )
        ]
        pages.append((float(width), float(height), words))
    return pages


def words_outside(pages):
    """(page number, word) of the words whose box does not lie within their page."""
    return [
        (n + 1, w[0])
        for n, (width, height, words) in enumerate(pages)
        for w in words
        if w[1] < 0 or w[2] < 0 or w[3] > width or w[4] > height
    ]
