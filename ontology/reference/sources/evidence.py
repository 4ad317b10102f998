#!/usr/bin/env python3
"""Recomputes the 'evidence' column of organization-names.tsv against the AKN sample.

Usage: python3 evidence.py SHARED_DIR   (run in this folder; rewrites organization-names.tsv)

For each row (key, lang, role, name, evidence, en_probe): the language versions of every resolution
in SHARED_DIR/akn are aligned with the English version by element eId (preambular containers,
operative paragraphs, points); 'aligned:N' counts aligned pairs whose English text contains en_probe
and whose text in 'lang' contains name; when there are none, 'text:N' counts paragraphs of that
language containing name; else 'curated'. Texts are NFKC-normalized with typographic apostrophes
and non-breaking hyphens made plain, as ReferenceData.normalize does.
"""
import glob
import os
import re
import sys
import unicodedata
import xml.etree.ElementTree as ET

NS = '{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}'
LETTERS = {'E': 'en', 'C': 'zh', 'F': 'fr', 'S': 'es', 'R': 'ru', 'A': 'ar'}


def norm(s):
    return unicodedata.normalize('NFKC', s).replace('\u2019', "'").replace('\u2010', '-').replace('\u2011', '-')


def load(shared):
    docs = {}
    for f in sorted(glob.glob(os.path.join(shared, 'akn', '*session', '*', '*.xml'))):
        m = re.match(r'(A_RES_[^-]+)-\d+([ECFSRA])', os.path.basename(f))
        if not m:
            continue
        root = ET.parse(f).getroot()
        paras = {}
        for e in root.iter():
            if e.get('eId') and e.tag in (NS + 'container', NS + 'paragraph', NS + 'point'):
                paras[e.get('eId')] = norm(''.join(e.itertext()))
        docs.setdefault(m.group(1), {})[LETTERS[m.group(2)]] = paras
    return docs


def evidence(docs, lang, name, probe):
    n, e = norm(name), norm(probe)
    aligned = anywhere = 0
    for d in docs.values():
        if lang in d:
            anywhere += sum(1 for t in d[lang].values() if n in t)
        if lang != 'en' and 'en' in d and lang in d:
            aligned += sum(1 for i, t in d['en'].items() if e in t and n in d[lang].get(i, ''))
    return 'aligned:%d' % aligned if aligned else ('text:%d' % anywhere if anywhere else 'curated')


def main():
    docs = load(sys.argv[1])
    lines = open('organization-names.tsv', encoding='utf-8').read().split('\n')
    out, header = [], None
    for line in lines:
        if not line or line.startswith('#'):
            out.append(line)
            continue
        f = line.split('\t')
        if header is None:
            header = f
            out.append(line)
            continue
        f[4] = evidence(docs, f[1], f[3], f[5])
        out.append('\t'.join(f))
    open('organization-names.tsv', 'w', encoding='utf-8').write('\n'.join(out))


if __name__ == '__main__':
    main()
