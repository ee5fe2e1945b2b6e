"""Action-register eval against a gold directory (format: ../shared/gold/README.md).

Matching rule: a predicted action matches a gold one when it comes from the same document and
its description, quote or progress contains one of the gold key phrases (case- and whitespace-
insensitive, curly quotes folded), or at least 80% of the phrase's words. Matching is one-to-one.
Status is scored as recorded at the action's own meeting; follow-ups through `history`;
"status now" is the status a user sees today (the latest firm update) against the status of
the action's latest gold follow-up.

    python -m evals.actions_eval --gold ../shared/gold --gold ../shared/gold/external \
        --corpus ../shared/corpus
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from pathlib import Path

from assistant.records import ActionItem

_FOLD = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


def norm(text: str | None) -> str:
    return re.sub(r"\s+", " ", (text or "").translate(_FOLD)).strip().lower()


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9£]+", norm(text))


def key_matches(key: str, text: str) -> bool:
    k, t = norm(key), norm(text)
    if not k:
        return False
    if k in t:
        return True
    kw = _words(k)
    tw = set(_words(t))
    return bool(kw) and sum(w in tw for w in kw) / len(kw) >= 0.8


def action_text(a: ActionItem) -> str:
    return " \n ".join([a.description, a.source.quote, a.progress or ""])


def matches(gold: dict, a: ActionItem) -> bool:
    text = action_text(a)
    return any(key_matches(k, text) for k in gold["key"])


def _owner_norm(name: str) -> str:
    name = norm(name).replace(".", "")
    name = re.sub(r"^(?:the|cllrs?|councillors?|dr|mr|mrs|ms|county councillor)\s+", "", name)
    return name.strip()


def owner_same(gold: str, predicted: str) -> bool:
    g, p = _owner_norm(gold), _owner_norm(predicted)
    if not g or not p:
        return False
    if g == p or g in p or p in g:
        return True
    return g.split()[-1] == p.split()[-1]  # surname


def owners_correct(gold: list[str], a: ActionItem) -> bool:
    predicted = list(a.owners)
    printed = [p for r in a.owner_refs for p in re.split(r"/|,|\band\b|&", r) if p.strip()]
    if not gold:
        return not predicted
    every_gold = all(any(owner_same(g, p) for p in predicted + printed) for g in gold)
    no_extra = all(any(owner_same(g, p) for g in gold) for p in predicted)
    return every_gold and no_extra


def assign(golds: list[dict], preds: list[ActionItem]) -> dict[int, int]:
    """One-to-one matching (augmenting paths): gold index -> predicted index."""
    edges = {
        g: [p for p, a in enumerate(preds) if matches(gold, a)] for g, gold in enumerate(golds)
    }
    owner: dict[int, int] = {}

    def augment(g: int, seen: set[int]) -> bool:
        for p in edges[g]:
            if p in seen:
                continue
            seen.add(p)
            if p not in owner or augment(owner[p], seen):
                owner[p] = g
                return True
        return False

    for g in sorted(edges, key=lambda g: len(edges[g])):
        augment(g, set())
    return {g: p for p, g in owner.items()}


def load_jsonl(path: Path) -> list[dict]:
    return [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]


def _gold_files(gold_dir: Path, name: str) -> list[Path]:
    """The file in gold_dir, else in gold_dir/external when gold_dir has no actions of its own."""
    if (gold_dir / name).exists():
        return [gold_dir / name]
    own_actions = (gold_dir / "actions.jsonl").exists()
    external = gold_dir / "external" / name
    return [external] if external.exists() and not own_actions else []


def score_actions(gold_dir: Path, predicted: dict[str, list[ActionItem]]) -> dict:
    """Recall, precision, F1, owner and status accuracy on matched, follow-up linking P/R/F1."""
    gold_dir = Path(gold_dir)
    gold = [g for f in _gold_files(gold_dir, "actions.jsonl")[:1] for g in load_jsonl(f)]
    by_doc: dict[str, list[dict]] = {}
    for g in gold:
        by_doc.setdefault(g["doc"], []).append(g)
    cases, matched_pairs, n_pred = [], [], 0
    for doc, golds in by_doc.items():
        preds = predicted.get(doc, [])
        n_pred += len(preds)
        assignment = assign(golds, preds)
        for index, gold_action in enumerate(golds):
            pred = preds[assignment[index]] if index in assignment else None
            case = {
                "doc": doc,
                "id": gold_action["id"],
                "key": gold_action["key"][0],
                "matched": pred is not None,
            }
            if pred is not None:
                case.update(
                    owner_ok=owners_correct(gold_action["owners"], pred),
                    gold_owners=gold_action["owners"],
                    owners=pred.owners,
                    status_ok=pred.status == gold_action["status"],
                    gold_status=gold_action["status"],
                    status=pred.status,
                    predicted=pred.description[:160],
                )
                matched_pairs.append(case)
            cases.append(case)
        unmatched = set(range(len(preds))) - set(assignment.values())
        for p in sorted(unmatched):
            cases.append(
                {"doc": doc, "extra": preds[p].description[:160], "owners": preds[p].owners}
            )
    n_gold = len(gold)
    tp = len(matched_pairs)
    recall = tp / n_gold if n_gold else 0.0
    precision = tp / n_pred if n_pred else 0.0
    result = {
        "gold_actions": n_gold,
        "predicted_actions": n_pred,
        "recall": recall,
        "precision": precision,
        "f1": _f1(precision, recall),
        "owner_accuracy": sum(c["owner_ok"] for c in matched_pairs) / tp if tp else 0.0,
        "status_accuracy": sum(c["status_ok"] for c in matched_pairs) / tp if tp else 0.0,
        "cases": cases,
    }
    follow = _gold_files(gold_dir, "followups.jsonl")
    if follow:
        result["followups"] = score_followups(load_jsonl(follow[0]), gold, predicted)
    return result


def per_body(cases: list[dict], bodies: dict[str, str]) -> dict[str, dict]:
    """Recall, precision and owner accuracy for each body of the gold documents (`bodies`:
    document -> the body's one name): what a rule does on each body, not only pooled."""
    counts: dict[str, dict[str, int]] = {}
    for case in cases:
        row = counts.setdefault(
            bodies.get(case["doc"], "?"), {"gold": 0, "pred": 0, "hit": 0, "owner": 0}
        )
        if "extra" in case:
            row["pred"] += 1
            continue
        row["gold"] += 1
        if case["matched"]:
            row["hit"] += 1
            row["pred"] += 1
            row["owner"] += bool(case.get("owner_ok"))
    return {
        body: {
            "gold_actions": c["gold"],
            "recall": c["hit"] / c["gold"] if c["gold"] else 0.0,
            "precision": c["hit"] / c["pred"] if c["pred"] else 0.0,
            "owner_accuracy": c["owner"] / c["hit"] if c["hit"] else 0.0,
        }
        for body, c in sorted(counts.items())
    }


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def score_followups(
    links: list[dict], gold: list[dict], predicted: dict[str, list[ActionItem]]
) -> dict:
    """A predicted link is an (action, history update) pair; it is right when the action matches
    the gold earlier key and the update comes from the gold later document and contains its key.
    Precision counts predicted links whose earlier action matches some gold action."""
    docs = {g["doc_earlier"] for g in links} | {g["doc_later"] for g in links}
    gold_by_doc: dict[str, list[dict]] = {}
    for g in gold:
        gold_by_doc.setdefault(g["doc"], []).append(g)
    pred_links = []
    for doc in docs:
        for action in predicted.get(doc, []):
            if not any(matches(g, action) for g in gold_by_doc.get(doc, [])):
                continue
            for update in action.history:
                pred_links.append((doc, action, update))

    def hit(link: dict, doc: str, action: ActionItem, update) -> bool:
        return (
            link["doc_earlier"] == doc
            and update.source.doc == link["doc_later"]
            and key_matches(link["key_earlier"], action_text(action))
            and key_matches(link["key_later"], update.text)
        )

    found = [any(hit(link, *p) for p in pred_links) for link in links]
    correct = [any(hit(link, *p) for link in links) for p in pred_links]
    recall = sum(found) / len(links) if links else 0.0
    precision = sum(correct) / len(pred_links) if pred_links else 0.0
    status_ok = [
        p[2].status == link["status_later"] for link in links for p in pred_links if hit(link, *p)
    ]
    return {
        "gold_links": len(links),
        "predicted_links": len(pred_links),
        "status_now_accuracy": status_now_accuracy(links, gold, predicted),
        "recall": recall,
        "precision": precision,
        "f1": _f1(precision, recall),
        "status_accuracy": sum(status_ok) / len(status_ok) if status_ok else 0.0,
        "missed": [link["id"] for link, ok in zip(links, found, strict=True) if not ok],
    }


def status_now_accuracy(
    links: list[dict], gold: list[dict], predicted: dict[str, list[ActionItem]]
) -> float:
    """How often a matched action's current status (its latest firm update, else its own) is
    the gold one: the status of its latest gold follow-up, else the status at its meeting."""
    latest: dict[str, dict] = {}
    for link in links:
        known = latest.get(link["action_id_earlier"])
        if known is None or link["doc_later"] > known["doc_later"]:
            latest[link["action_id_earlier"]] = link
    right = total = 0
    by_doc: dict[str, list[dict]] = {}
    for g in gold:
        by_doc.setdefault(g["doc"], []).append(g)
    for doc, golds in by_doc.items():
        preds = predicted.get(doc, [])
        for g_index, p_index in assign(golds, preds).items():
            g, action = golds[g_index], preds[p_index]
            want = latest[g["id"]]["status_later"] if g["id"] in latest else g["status"]
            standing = action.standing()
            right += (standing.status if standing else action.status) == want
            total += 1
    return right / total if total else 0.0


def run(gold_dirs: list[Path], corpus_dirs: list[Path]) -> dict:
    from assistant.ingest.meeting import parse_meeting
    from assistant.ingest.readers import read_document
    from assistant.linking import group_bodies, people_by_body
    from assistant.store.register import Register

    reports: dict[str, dict] = {}
    for gold_dir in gold_dirs:
        gold = load_jsonl(gold_dir / "actions.jsonl")
        names = sorted({g["doc"] for g in gold})
        follow = gold_dir / "followups.jsonl"
        if follow.exists():
            names = sorted(
                set(names)
                | {x for f in load_jsonl(follow) for x in (f["doc_earlier"], f["doc_later"])}
            )
        paths: dict[str, Path] = {}
        for corpus in corpus_dirs:
            for path in corpus.rglob("*"):
                if path.name in names:
                    paths.setdefault(path.name, path)
        started = time.perf_counter()
        meetings = [parse_meeting(read_document(paths[n])) for n in names if n in paths]
        with tempfile.TemporaryDirectory() as tmp:
            register = Register(Path(tmp) / "actions.db")
            for meeting in meetings:
                register.upsert_meeting(meeting)
            register.relink()
            linked = {a.id: a for a in register.actions(status="all")}
            register.close()
        elapsed = time.perf_counter() - started
        # status as recorded at the action's own meeting; history, and owners as the body's
        # other meetings explain them, from the register (what `minutes actions` lists); a row
        # the register folded into an earlier action as its update has that action's owners
        updated = {
            (u.source.doc, u.source.page, u.source.start): a
            for a in linked.values()
            for u in a.history
        }
        predicted: dict[str, list[ActionItem]] = {}
        for m in meetings:
            predicted[m.doc] = []
            for a in m.actions:
                into = linked.get(a.id) or updated.get(
                    (a.source.doc, a.source.page, a.source.start)
                )
                history = linked[a.id].history if a.id in linked else []
                owners = into.owners if into is not None else a.owners
                predicted[m.doc].append(a.model_copy(update={"history": history, "owners": owners}))
        report = score_actions(gold_dir, predicted)
        grouped = group_bodies((m.body for m in meetings), people_by_body(meetings))
        bodies = {m.doc: grouped.get(m.body or "", m.body or "?") for m in meetings}
        report["per_body"] = per_body(report["cases"], bodies)
        report["seconds"] = round(elapsed, 3)
        report["missing_docs"] = sorted(set(names) - set(paths))
        reports[str(gold_dir)] = report
    return reports


def _body_table(reports: dict[str, dict]) -> str:
    rows = ["body | gold | recall | precision | owner acc"]
    for r in reports.values():
        for body, b in r.get("per_body", {}).items():
            rows.append(
                f"{body} | {b['gold_actions']} | {b['recall']:.3f} | {b['precision']:.3f} | "
                f"{b['owner_accuracy']:.3f}"
            )
    return "\n".join(rows)


def _table(reports: dict[str, dict]) -> str:
    rows = [
        "gold dir | gold | pred | recall | precision | F1 | owner acc | status acc | links P/R/F1"
        " | status now"
    ]
    for name, r in reports.items():
        f = r.get("followups")
        links = f"{f['precision']:.2f}/{f['recall']:.2f}/{f['f1']:.2f}" if f else "-"
        now = f"{f['status_now_accuracy']:.3f}" if f else "-"
        rows.append(
            f"{name} | {r['gold_actions']} | {r['predicted_actions']} | {r['recall']:.3f} | {r['precision']:.3f} | "
            f"{r['f1']:.3f} | {r['owner_accuracy']:.3f} | {r['status_accuracy']:.3f} | {links} | {now}"
        )
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", action="append", type=Path, required=True)
    parser.add_argument("--corpus", action="append", type=Path, required=True)
    parser.add_argument("--cases", action="store_true", help="include per-case details in the JSON")
    args = parser.parse_args(argv)
    reports = run(args.gold, args.corpus)
    print(_table(reports))
    print()
    print(_body_table(reports))
    if not args.cases:
        for r in reports.values():
            r.pop("cases", None)
    print(json.dumps(reports, indent=2, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
