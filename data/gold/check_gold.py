"""Validate the gold files: every doc_id exists, every sentence occurs verbatim
in its document, and every coded field uses the codebook's values.
Run from the repository root: python data/gold/check_gold.py"""
import csv, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEED_DIRS = [os.path.join(HERE, "..", "..", "seeds"), os.path.join(HERE, "..", "..", "..", "shared", "seeds"), "/work/shared/seeds"]
TYPES = {"DEMAND", "CONCESSION", "REJECTION", "THREAT", "PROPOSAL", "AGREEMENT", "ACCUSATION", "STATEMENT"}
ISSUES = {"NATO_MEMBERSHIP", "TERRITORY", "CEASEFIRE", "SECURITY_GUARANTEES", "TROOPS", "SANCTIONS",
          "NEGOTIATIONS", "LEGITIMACY", "DEMILITARIZATION", "MILITARY_AID", "RESOURCES", "RELATIONS",
          "DEFENSE_SPENDING", "OTHER"}
MODES = {"QUOTE", "INDIRECT", "REPORTED"}
HEADER = "doc_id,sentence,claimant,actor,actor_country,claim_type,issue,polarity,addressee_country,speech_mode,cue,note".split(",")


def find_doc(doc_id):
    cands = [os.path.join(HERE, "texts", doc_id + ".txt")] + [os.path.join(d, doc_id + ".txt") for d in SEED_DIRS]
    for p in cands:
        if os.path.exists(p):
            return open(p, encoding="utf-8").read()
    return None


def main():
    errors = []
    for name in ("claims.csv", "negatives.csv"):
        raw = open(os.path.join(HERE, name), "rb").read()
        if raw.startswith(b"\xef\xbb\xbf"):
            errors.append(f"{name}: has a BOM")
        with open(os.path.join(HERE, name), encoding="utf-8", newline="") as f:
            rows = list(csv.reader(f))
        header, body = rows[0], rows[1:]
        if name == "claims.csv" and header != HEADER:
            errors.append(f"claims.csv: header {header}")
        for i, r in enumerate(body, start=2):
            text = find_doc(r[0])
            if text is None:
                errors.append(f"{name}:{i}: unknown doc_id {r[0]}")
                continue
            if r[1] not in text:
                errors.append(f"{name}:{i}: sentence not verbatim in {r[0]}: {r[1][:60]}")
            if name == "claims.csv":
                d = dict(zip(HEADER, r))
                if d["claim_type"] not in TYPES: errors.append(f"{i}: claim_type {d['claim_type']}")
                if d["issue"] not in ISSUES: errors.append(f"{i}: issue {d['issue']}")
                if d["speech_mode"] not in MODES: errors.append(f"{i}: speech_mode {d['speech_mode']}")
                if d["polarity"] not in ("1", "-1", "0"): errors.append(f"{i}: polarity {d['polarity']}")
                if not re.fullmatch(r"[A-Z]{2,5}", d["actor_country"]): errors.append(f"{i}: actor_country {d['actor_country']}")
                if d["addressee_country"] and not re.fullmatch(r"[A-Z]{2,5}", d["addressee_country"]):
                    errors.append(f"{i}: addressee_country {d['addressee_country']}")
        print(f"{name}: {len(body)} rows")
    for e in errors:
        print("ERROR", e)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
