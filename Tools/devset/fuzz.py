#!/usr/bin/env python3
"""Looks for inputs that stop the extractor: mutates the development texts and ingests them.

A Swift trap (an index out of range, a reversed range) ends the whole process, so one bad
article would stop a batch of files. This tool cuts, shuffles, splices and glues the texts of
`texts/` (re-created as README.md says), writes them to a scratch folder, and runs
`kgraph ingest --dry-run` on them a hundred at a time. A chunk that ends with a signal is run
file by file; every file that stops the extractor is printed with the error line, kept for a
test to be written from it.

    Tools/devset/fuzz.py --kgraph .build/release/kgraph --count 4000 --seed 7

Exit status: 0 when no file stopped the extractor, 1 when some did, 2 on bad arguments.
"""
import argparse
import os
import random
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
# Particles, list marks, quotes and words that the rules key on: inserted at random places.
TOKENS = ['와', '과', '는', '은', '이', '가', '를', '을', '의', '에', '에서', '도', '등', '및', ',', '·', '△', '▲',
          '(', ')', '“', '”', '"', "'", '‘', '\n', '.', '간', '각각', '비롯해', '함께', '손잡고', '투자', '인수',
          '금지', '협약을 체결했다', '밝혔다', '두 회사의', '양사는', '이번', '컨소시엄에는', '중심으로', '㈜', '(주)',
          '1조 2000억 원', '27일(현지시각)', '지난 4월', '랩스']


def sentences(text):
    return re.split(r'(?<=[.다])\s+', text)


def mutate(text, texts, rng):
    """One of six mutations of `text`: spans cut, sentences shuffled, two texts spliced, tokens
    inserted, words swapped, or a random slice with words glued together."""
    kind = rng.randrange(6)
    if kind == 0:
        for _ in range(rng.randint(1, 8)):
            if len(text) < 3:
                break
            a = rng.randrange(len(text))
            text = text[:a] + text[a + rng.randint(1, 20):]
    elif kind == 1:
        parts = sentences(text)
        rng.shuffle(parts)
        text = ' '.join(parts)
    elif kind == 2:
        a, b = sentences(text), sentences(rng.choice(texts))
        text = ' '.join(a[:rng.randint(0, len(a))] + b[rng.randint(0, len(b)):])
    elif kind == 3:
        for _ in range(rng.randint(1, 10)):
            a = rng.randrange(len(text) + 1)
            text = text[:a] + rng.choice(TOKENS) + text[a:]
    elif kind == 4:
        words = text.split(' ')
        for _ in range(rng.randint(1, 10)):
            if len(words) < 2:
                break
            a, b = rng.randrange(len(words)), rng.randrange(len(words))
            words[a], words[b] = words[b], words[a]
        text = ' '.join(words)
    else:
        a, b = sorted((rng.randrange(len(text) + 1), rng.randrange(len(text) + 1)))
        if b - a > 20:
            text = text[a:b]
        words = text.split(' ')
        for _ in range(rng.randint(0, 6)):
            if len(words) < 2:
                break
            a = rng.randrange(len(words) - 1)
            words[a:a + 2] = [words[a] + words[a + 1]]
        text = ' '.join(words)
    return text


def stopped(kgraph, paths):
    """Ingests `paths` (dry run); returns the error line when the process ended with a signal."""
    run = subprocess.run([kgraph, 'ingest', *paths, '--dry-run', '--published', '2024-05-01'],
                         capture_output=True, text=True, errors='replace')
    if run.returncode < 0 or run.returncode >= 128:
        lines = [l for l in run.stderr.splitlines() if 'Fatal error' in l] or ['signal %d' % -run.returncode]
        return lines[0]
    return None


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--kgraph', default=os.path.join(HERE, '..', '..', '.build', 'release', 'kgraph'))
    ap.add_argument('--count', type=int, default=2000, help='mutated texts to try (default 2000)')
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--keep', default=None, help='folder for the mutated texts (default: a scratch folder)')
    a = ap.parse_args()
    if not os.access(a.kgraph, os.X_OK):
        print(f'fuzz.py: no kgraph at {a.kgraph}; build it with `swift build -c release --product kgraph` or pass --kgraph', file=sys.stderr)
        return 2
    source = os.path.join(HERE, 'texts')
    names = sorted(n for n in os.listdir(source) if n.endswith('.txt')) if os.path.isdir(source) else []
    if not names:
        print(f'fuzz.py: no texts in {source}; re-create them as Tools/devset/README.md says', file=sys.stderr)
        return 2
    texts = [open(os.path.join(source, n), encoding='utf-8').read() for n in names]
    texts = [t for t in texts if t.strip()]
    rng = random.Random(a.seed)
    folder = a.keep or tempfile.mkdtemp(prefix='kgraph-fuzz-')
    os.makedirs(folder, exist_ok=True)
    paths = []
    for k in range(a.count):
        text = mutate(rng.choice(texts), texts, rng)
        if not text.strip():
            continue
        path = os.path.join(folder, 'm%05d.txt' % k)
        with open(path, 'w', encoding='utf-8') as f:
            f.write(text)
        paths.append(path)
    found = []
    for k in range(0, len(paths), 100):
        chunk = paths[k:k + 100]
        if stopped(a.kgraph, chunk) is None:
            continue
        for path in chunk:
            why = stopped(a.kgraph, [path])
            if why:
                found.append(path)
                print(f'{path}: {why}')
    print(f'{len(paths)} mutated texts (seed {a.seed}) in {folder}: {len(found)} stopped the extractor')
    return 1 if found else 0


if __name__ == '__main__':
    sys.exit(main())
