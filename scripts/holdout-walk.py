#!/usr/bin/env python3
"""Walk of the held-out selection rule (fixtures/holdoutN/README-hNde.md, README-hNen.md).

Usage: python3 holdout-walk.py ROOT N OUTDIR [CORPUS_DIR]

ROOT       a tree of the repo (a full `git archive` of the rule commit, extracted)
N          the set number; fixtures/holdoutN/ is left out of every repo check
OUTDIR     where the logs (hNde.log, hNen.log: the walk tables) and the taken texts go
CORPUS_DIR where de-news.jsonl and en-news.jsonl are (default /work/shared/corpus)

The checks run in the rule's order; a row's log line gives the first check it fails:
 1. length: 600 to 6,000 characters (Python string length)
 2. at least 8 ASCII digits
 3. id test: the id, as a whole word (no letter, digit or underscore before or after it), in no
    file matching fixtures/**/*.gold.json, fixtures/**/*.txt, fixtures/**/*.groups.json or any
    file under seeds/; logged with the id's own gold file where there is one, else the first
    file in path order
 4. the first 200 characters of the text, as a literal substring, in no file under fixtures/,
    seeds/, tests/; logged with the first file in path order
 5. not an exact repeat of the text of an earlier row of the corpus (file order)
 6. body-window test: no 40-character window body[i:i+40] (i = 0, 10, 20, ... while
    i + 40 <= len(body); the body is the text after its first line, or the whole text if it has
    no line break) in a .txt or .jsonl file under fixtures/ (a .jsonl file both raw and as the
    decoded string values of its JSON lines) or in any file under tests/, seeds/, src/, notes/;
    logged with the first window in body order that is found and the first file in path order
    holding it (a line break, carriage return or tab in the shown window printed as a space)
German (de-news.jsonl, ids test-<row>): labels Sport, Panorama, Web, International, Wirtschaft,
1 row each, each walked forwards from row index 150, wrapping to row 0 after the last row.
English (en-news.jsonl): business 2, politics 2, tech 1, sport 1, entertainment 1, each walked
within its label in file order from the label's 321st row ((321 - 1) mod count, 0-based),
wrapping to the label's first row. A label that has not reached its count after one full round
gets a no-row line and is left out (no fallback label, no second round).
Nothing in this script is tuned to a row.
"""
import json
import os
import re
import sys

DE_LABELS = [("Sport", 1), ("Panorama", 1), ("Web", 1), ("International", 1), ("Wirtschaft", 1)]
EN_LABELS = [("business", 2), ("politics", 2), ("tech", 1), ("sport", 1), ("entertainment", 1)]
DE_START_ROW = 150
EN_START_POS = 321
MIN_CHARS, MAX_CHARS, MIN_DIGITS = 600, 6000, 8
WIN, STEP, HEAD = 40, 10, 200


def read_text(path):
    with open(path, "rb") as f:
        return f.read().decode("utf-8", errors="replace")


def repo_files(root, top, excluded):
    """Files under root/top, as repo-relative paths with '/', sorted (path order)."""
    out = []
    base = os.path.join(root, top)
    for dirpath, dirnames, filenames in os.walk(base):
        for name in filenames:
            rel = os.path.relpath(os.path.join(dirpath, name), root).replace(os.sep, "/")
            if rel.startswith(excluded):
                continue
            out.append(rel)
    return sorted(out)


def json_strings(value, acc):
    if isinstance(value, str):
        acc.append(value)
    elif isinstance(value, list):
        for v in value:
            json_strings(v, acc)
    elif isinstance(value, dict):
        for v in value.values():
            json_strings(v, acc)


def decoded_jsonl(text):
    acc = []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        try:
            json_strings(json.loads(line), acc)
        except ValueError:
            continue
    return "\x00".join(acc)


def body_of(text):
    nl = text.find("\n")
    return text if nl < 0 else text[nl + 1:]


def windows(body):
    return [body[i:i + WIN] for i in range(0, len(body) - WIN + 1, STEP)]


def shown(window):
    return window.replace("\r", " ").replace("\n", " ").replace("\t", " ")


def load_corpus(path):
    rows = []
    with open(path, "r", encoding="utf-8") as f:
        for line in f:
            if line.strip():
                rows.append(json.loads(line))
    return rows


class Repo:
    def __init__(self, root, n, all_rows, labels):
        excluded = "fixtures/holdout%d/" % n
        fixtures = repo_files(root, "fixtures", excluded)
        seeds = repo_files(root, "seeds", excluded)
        tests = repo_files(root, "tests", excluded)
        src = repo_files(root, "src", excluded)
        notes = repo_files(root, "notes", excluded)
        cache = {}

        def text(p):
            if p not in cache:
                cache[p] = read_text(os.path.join(root, p))
            return cache[p]

        # id test: the files and the whole-word ids in them
        id_files = [p for p in fixtures
                    if p.endswith(".gold.json") or p.endswith(".txt") or p.endswith(".groups.json")]
        id_files = sorted(id_files + seeds)
        self.id_hits = {}
        id_re = re.compile(r"(?<![A-Za-z0-9_])(" + "|".join(re.escape(l) for l in labels) +
                           r")-([0-9]+)(?![A-Za-z0-9_])")
        for p in id_files:
            for m in id_re.finditer(text(p)):
                files = self.id_hits.setdefault(m.group(0), [])
                if not files or files[-1] != p:
                    files.append(p)
        # first-200-characters test: every file under fixtures/, seeds/, tests/
        self.head_files = [(p, text(p)) for p in sorted(fixtures + seeds + tests)]
        # body-window test: the windows of every row, and the first file holding each
        wanted = set()
        for row in all_rows:
            wanted.update(windows(body_of(row["text"])))
        body_files = [p for p in fixtures if p.endswith(".txt") or p.endswith(".jsonl")]
        body_files = sorted(body_files + tests + seeds + src + notes)
        self.window_file = {}
        for p in body_files:
            t = text(p)
            hay = [t]
            if p.endswith(".jsonl") and p.startswith("fixtures/"):
                hay.append(decoded_jsonl(t))
            for h in hay:
                for i in range(0, len(h) - WIN + 1):
                    w = h[i:i + WIN]
                    if w in wanted and w not in self.window_file:
                        self.window_file[w] = p

    def id_file(self, rid, prefix):
        files = self.id_hits.get(rid)
        if not files:
            return None
        own = [p for p in files if p.rsplit("/", 1)[-1] == "%s-%s.gold.json" % (prefix, rid)]
        return (own or files)[0]

    def head_file(self, text):
        head = text[:HEAD]
        for p, t in self.head_files:
            if head in t:
                return p
        return None

    def body_window(self, text):
        for w in windows(body_of(text)):
            if w in self.window_file:
                return w, self.window_file[w]
        return None


def decide(row, repo, prefix, repeat):
    text = row["text"]
    n = len(text)
    if n < MIN_CHARS or n > MAX_CHARS:
        return "skipped: {:,} characters".format(n), False
    digits = sum(1 for c in text if c in "0123456789")
    if digits < MIN_DIGITS:
        return "skipped: %d digits" % digits, False
    p = repo.id_file(row["id"], prefix)
    if p:
        return "skipped: id in the repo: `%s`" % p, False
    p = repo.head_file(text)
    if p:
        return "skipped: first 200 characters in the repo: `%s`" % p, False
    if repeat:
        return "skipped: exact repeat of an earlier row", False
    found = repo.body_window(text)
    if found:
        return "skipped: body window in the repo: `%s` (`%s`)" % (found[1], shown(found[0])), False
    return "**taken** ({:,} characters, {:,} digits)".format(n, digits), True


def earlier(rows):
    """The index of the first row with each text (a later row with that text is a repeat)."""
    first = {}
    for i, r in enumerate(rows):
        first.setdefault(r["text"], i)
    return first


def walk(rows, order, label, quota, repo, prefix, first_index, log, taken):
    got = 0
    looked = 0
    for i in order:
        row = rows[i]
        looked += 1
        decision, ok = decide(row, repo, prefix, first_index[row["text"]] < i)
        log.append("| %s | %s | %s |" % (label, row["id"], decision))
        if ok:
            taken.append(row)
            got += 1
            if got == quota:
                break
    return got, looked


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    root, n, outdir = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    corpus = sys.argv[4] if len(sys.argv) > 4 else "/work/shared/corpus"
    os.makedirs(outdir, exist_ok=True)
    de = load_corpus(os.path.join(corpus, "de-news.jsonl"))
    en = load_corpus(os.path.join(corpus, "en-news.jsonl"))
    de_walked = [r for r in de if r["label"] in dict(DE_LABELS)]
    repo = Repo(root, n, de_walked + en, ["test"] + [l for l, _ in EN_LABELS])
    header = ["| label | row | decision |", "| --- | --- | --- |"]

    log, taken, left_out = list(header), [], []
    first_index = earlier(de)
    for label, quota in DE_LABELS:
        start = DE_START_ROW % len(de)
        order = [(start + k) % len(de) for k in range(len(de))]
        order = [i for i in order if de[i]["label"] == label]
        got, looked = walk(de, order, label, quota, repo, "de", first_index, log, taken)
        if got < quota:
            log.append("| %s | - | no qualifying row after one full round of the file (all %d `%s` "
                       "rows looked at); the label is left out |" % (label, looked, label))
            left_out.append(label)
    for row in taken:
        with open(os.path.join(outdir, "de-%s.txt" % row["id"]), "wb") as f:
            f.write(row["text"].encode("utf-8"))
    with open(os.path.join(outdir, "h%dde.log" % n), "w", encoding="utf-8") as f:
        f.write("\n".join(log) + "\n")
        f.write("\nTaken: %s; left out: %s\n" % (", ".join(r["id"] for r in taken) or "none",
                                                  ", ".join(left_out) or "none"))

    log, taken, left_out = list(header), [], []
    first_index = earlier(en)
    for label, quota in EN_LABELS:
        idx = [i for i, r in enumerate(en) if r["label"] == label]
        start = (EN_START_POS - 1) % len(idx)
        order = [idx[(start + k) % len(idx)] for k in range(len(idx))]
        got, looked = walk(en, order, label, quota, repo, "en", first_index, log, taken)
        if got < quota:
            log.append("| %s | - | no qualifying row after one full round (all %d `%s` rows looked "
                       "at); %d taken |" % (label, looked, label, got))
            left_out.append(label)
    for row in taken:
        with open(os.path.join(outdir, "en-%s.txt" % row["id"]), "wb") as f:
            f.write(row["text"].encode("utf-8"))
    with open(os.path.join(outdir, "h%den.log" % n), "w", encoding="utf-8") as f:
        f.write("\n".join(log) + "\n")
        f.write("\nTaken: %s; left out: %s\n" % (", ".join(r["id"] for r in taken) or "none",
                                                  ", ".join(left_out) or "none"))


if __name__ == "__main__":
    main()
