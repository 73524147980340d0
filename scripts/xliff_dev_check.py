#!/usr/bin/env python3
"""XLIFF conformance, round trip and speed of nsumm on a JSON Lines set of articles.

For every article of DEV (a JSON Lines file with "id" and "text"; by default the summarizer
kit's dev set), the article goes to a temporary file and is exported four times: XLIFF 1.2 and
2.1, full scope and summary scope with an explicit selection (three body sentences, ranked
middle, first, last). Each bundle is checked with the XLIFF kit's check_xliff.sh, then its
sources are copied into targets (state "translated") and `nsumm merge` must give back exactly
the text of the exported sentences and the white space between them, computed here
independently from `nsumm segment --format jsonl` offsets into the original file. Finally the
whole set is exported in one call and merged in one call, and both are timed.

usage: xliff_dev_check.py --nsumm BIN --checker check_xliff.sh [--dev DEV] [--limit N] [--jobs N]
                          [--checker-arg=--no-schematron]
Prints one line per failure and a summary; exit status 0 only when everything passed.
"""
import argparse
import concurrent.futures
import copy
import json
import os
import subprocess
import sys
import tempfile
import time
import unicodedata
import xml.etree.ElementTree as ET

NS12 = "urn:oasis:names:tc:xliff:document:1.2"
NS20 = "urn:oasis:names:tc:xliff:document:2.0"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
VARIANTS = [("1.2", "full"), ("2.1", "full"), ("1.2", "summary"), ("2.1", "summary")]


def run(args, **kw):
    return subprocess.run(args, capture_output=True, text=True, **kw)


def sentences(nsumm, path):
    out = run([nsumm, "segment", "--format", "jsonl", path])
    if out.returncode != 0:
        raise RuntimeError(f"segment failed: {out.stderr.strip()}")
    return [json.loads(line)["sentence"] for line in out.stdout.splitlines() if line.strip()]


def selection(records):
    body = [r["index"] for r in records if r["kind"] == "body"]
    if len(body) < 3:
        return body
    return [body[len(body) // 2], body[0], body[-1]]


def expected_text(raw, records, scope, selected):
    """Title and exported body sentences, without datelines, paragraph by paragraph, with the
    original white space after each sentence between two exported ones of a paragraph."""
    keep = [r for r in records if r["kind"] == "title" or (r["kind"] == "body" and (scope == "full" or r["index"] in selected))]
    by_index = {r["index"]: r for r in records}
    paragraphs, current, previous = [], b"", None
    for r in keep:
        start, end = r["range"]["utf8"]
        if r.get("dateline"):
            start = r["dateline"]["utf8"][1]
            while start < end and raw[start:start + 1].isspace():
                start += 1
        if previous is not None and previous["paragraph"] == r["paragraph"]:
            following = by_index[previous["index"] + 1]
            current += raw[previous["range"]["utf8"][1]:following["range"]["utf8"][0]]
        elif previous is not None:
            paragraphs.append(current)
            current = b""
        current += raw[start:end]
        previous = r
    paragraphs.append(current)
    text = b"\n\n".join(paragraphs).decode("utf-8") + "\n"
    return unicodedata.normalize("NFC", text)


def fill_targets(path, out_path):
    """Copies every source into a target at state "translated"."""
    tree = ET.parse(path)
    root = tree.getroot()
    ns = root.tag[1:].split("}")[0]
    ET.register_namespace("", ns)
    if ns == NS12:
        for f in root.iter(f"{{{ns}}}file"):
            lang = f.get("target-language")
            for tu in f.iter(f"{{{ns}}}trans-unit"):
                seg = tu.find(f"{{{ns}}}seg-source")
                target = copy.deepcopy(seg)
                target.tag = f"{{{ns}}}target"
                target.set(XML_LANG, lang)
                target.set("state", "translated")
                tu.insert(list(tu).index(seg) + 1, target)
    else:
        for seg in root.iter(f"{{{ns}}}segment"):
            source = seg.find(f"{{{ns}}}source")
            target = copy.deepcopy(source)
            target.tag = f"{{{ns}}}target"
            seg.insert(list(seg).index(source) + 1, target)
            seg.set("state", "translated")
    tree.write(out_path, encoding="utf-8", xml_declaration=True)


def check_article(opts, work, number, article):
    """Exports, checks and round-trips one article; returns (checks passed, round trips passed, failures)."""
    folder = os.path.join(work, f"a{number}")
    os.mkdir(folder)
    path = os.path.join(folder, "article.txt")
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(article["text"])
    raw = open(path, "rb").read()
    records = sentences(opts.nsumm, path)
    selected = selection(records)
    passed_checks, passed_trips, failures = 0, 0, []
    for version, scope in VARIANTS:
        label = f"{article['id']} {version} {scope}"
        bundle = os.path.join(folder, f"{version}-{scope}.xlf")
        args = [opts.nsumm, "xliff", "--xliff-version", version, "--scope", scope, "-o", bundle, path]
        if selected:
            args[2:2] = ["--select", ",".join(map(str, selected))]
        out = run(args)
        if out.returncode != 0:
            failures.append(f"{label}: export failed ({out.returncode}): {out.stderr.strip()}")
            continue
        check = run([opts.checker, "--quiet", *opts.checker_args, bundle])
        last = check.stdout.strip().splitlines()[-1] if check.stdout.strip() else ""
        if check.returncode == 0 and last.startswith("SUMMARY PASS"):
            passed_checks += 1
        else:
            failures.append(f"{label}: {last or check.stderr.strip()}")
        translated = os.path.join(folder, f"{version}-{scope}.translated.xlf")
        fill_targets(bundle, translated)
        merged_folder = os.path.join(folder, f"merged-{version}-{scope}")
        os.mkdir(merged_folder)
        out = run([opts.nsumm, "merge", "--require-translated", "-o", merged_folder, translated])
        names = os.listdir(merged_folder)
        if out.returncode != 0 or len(names) != 1:
            failures.append(f"{label}: merge failed ({out.returncode}): {out.stderr.strip()}")
            continue
        merged = open(os.path.join(merged_folder, names[0]), encoding="utf-8").read()
        if merged == expected_text(raw, records, scope, set(selected)):
            passed_trips += 1
        else:
            failures.append(f"{label}: round trip differs from the source text")
    return passed_checks, passed_trips, failures


def timed(args):
    start = time.perf_counter()
    out = run(args)
    return time.perf_counter() - start, out


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--nsumm", required=True)
    parser.add_argument("--checker", required=True)
    parser.add_argument("--dev", default=os.path.join(os.path.dirname(__file__), "../../shared/eval/summ/dev.jsonl"))
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--checker-arg", dest="checker_args", action="append", default=[],
                        help="pass an option to check_xliff.sh (e.g. --no-schematron for a quick run)")
    opts = parser.parse_args()
    articles = [json.loads(line) for line in open(opts.dev, encoding="utf-8") if line.strip()]
    if opts.limit:
        articles = articles[: opts.limit]
    checks = trips = 0
    failures = []
    with tempfile.TemporaryDirectory(prefix="nsumm-xliff-dev-") as work:
        with concurrent.futures.ThreadPoolExecutor(max_workers=opts.jobs) as pool:
            jobs = [pool.submit(check_article, opts, work, n, a) for n, a in enumerate(articles)]
            for job in jobs:
                c, t, f = job.result()
                checks, trips = checks + c, trips + t
                failures += f
        for line in failures:
            print("FAIL", line)
        total = len(articles) * len(VARIANTS)
        print(f"checker: {checks}/{total} bundles SUMMARY PASS ({len(articles)} articles x 1.2/2.1 x full/summary)")
        print(f"round trip: {trips}/{total} merges give back the exported source text exactly")

        subset = os.path.join(work, "articles.jsonl")
        with open(subset, "w", encoding="utf-8") as handle:
            for a in articles:
                handle.write(json.dumps({"id": a["id"], "text": a["text"]}, ensure_ascii=False) + "\n")
        ok = True
        for version in ("1.2", "2.1"):
            bundle = os.path.join(work, f"all-{version}.xlf")
            seconds, out = timed([opts.nsumm, "xliff", "--jsonl", "--scope", "full", "--xliff-version", version, "-o", bundle, subset])
            ok &= out.returncode == 0
            translated = os.path.join(work, f"all-{version}.translated.xlf")
            fill_targets(bundle, translated)
            merged = os.path.join(work, f"merged-{version}")
            os.mkdir(merged)
            merge_seconds, out2 = timed([opts.nsumm, "merge", "--require-translated", "-o", merged, translated])
            ok &= out2.returncode == 0 and len(os.listdir(merged)) == len(articles)
            print(f"timing {version}: export of {len(articles)} articles in one call {seconds:.3f} s, "
                  f"merge in one call {merge_seconds:.3f} s ({len(os.listdir(merged))} files)")
    everything = checks == trips == total and not failures and ok
    print("RESULT", "PASS" if everything else "FAIL")
    return 0 if everything else 1


if __name__ == "__main__":
    sys.exit(main())
