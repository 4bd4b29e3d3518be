"""Write the five built-in scale profiles to resources/profiles/ (run once after editing)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run from a checkout where riskmap is not installed
    sys.path.insert(0, str(ROOT))

# Band colours told apart in greyscale too, with readable text (see riskmap.palettes).
from riskmap.palettes import GREEN, ORANGE, RED, YELLOW  # noqa: E402

OUT = ROOT / "resources" / "profiles"

LIKELIHOOD_5 = [
    ("Rare", "Could happen only in exceptional circumstances; no known case in the office "
     "or in comparable offices."),
    ("Unlikely", "Could happen at some time; isolated cases known elsewhere in the "
     "administration, none recently here."),
    ("Possible", "Might happen; occasional cases, complaints or rumours in this office in "
     "the last few years."),
    ("Likely", "Will probably happen; recurring cases, complaints or audit findings; the "
     "opportunity arises every week."),
    ("Almost certain", "Is expected to happen or is happening; widely known practice, "
     "the opportunity arises daily."),
]
IMPACT_5 = [
    ("Insignificant", "Negligible loss of revenue; no effect on security, trade or "
     "reputation; handled in the normal course of management."),
    ("Minor", "Small loss of revenue or minor delay for traders; local complaints; "
     "disciplinary matter for one officer."),
    ("Moderate", "Noticeable loss of revenue or of control over goods; repeated complaints "
     "from traders; local media attention; several officers involved."),
    ("Major", "Significant loss of revenue or entry of prohibited goods; serious cost and "
     "delay for trade; national media; loss of trust in the office."),
    ("Severe", "Large-scale revenue loss or a serious threat to security and society "
     "(weapons, drugs, dangerous goods); national scandal; organised networks "
     "inside the administration."),
]
PROBABILITY_5 = ["< 10 % in a year", "10-25 % in a year", "26-50 % in a year",
                 "51-75 % in a year", "> 75 % in a year"]


def levels(pairs: list[tuple[str, str]]) -> list[dict[str, object]]:
    return [
        {"value": n, "label": label, "descriptor": text}
        for n, (label, text) in enumerate(pairs, start=1)
    ]


def bands(*spec: tuple[str, int, str]) -> list[dict[str, object]]:
    return [{"name": n, "min_score": s, "colour": c} for n, s, c in spec]


FOUR_BANDS = bands(("Low", 1, GREEN), ("Medium", 5, YELLOW), ("High", 10, ORANGE),
                   ("Critical", 16, RED))

PROFILES = [
    {
        "key": "wco-5x5",
        "name": "WCO default (5 x 5)",
        "description": "Five likelihood by five impact levels, score = likelihood x impact, "
        "as commonly used in WCO corruption risk mapping workshops.",
        "likelihood": levels(LIKELIHOOD_5),
        "impact": levels(IMPACT_5),
        "method": "product",
        "lookup": None,
        "bands": FOUR_BANDS,
    },
    {
        "key": "iso31000-5x5",
        "name": "ISO 31000 style (5 x 5)",
        "description": "Five by five with likelihood read as a probability of occurrence "
        "within a year, in the style of ISO 31000 risk matrices.",
        "likelihood": levels([
            (label, f"{prob}. {text}")
            for (label, text), prob in zip(LIKELIHOOD_5, PROBABILITY_5, strict=True)
        ]),
        "impact": levels(IMPACT_5),
        "method": "product",
        "lookup": None,
        "bands": FOUR_BANDS,
    },
    {
        "key": "eu-fraud-4x4",
        "name": "EU fraud-risk style (4 x 4)",
        "description": "Four by four, with tolerable, significant and critical bands, in the "
        "style of EU fraud-risk self-assessments.",
        "likelihood": levels([
            ("Unlikely", "Not expected to happen in the next two years."),
            ("Possible", "Could happen in the next two years; cases known elsewhere."),
            ("Likely", "Expected to happen at least once in the next two years."),
            ("Very likely", "Happens several times a year or is happening now."),
        ]),
        "impact": levels([
            ("Limited", "Minor loss, no lasting harm to revenue, security or trust."),
            ("Moderate", "Loss of revenue or control that management can recover locally."),
            ("Significant", "Serious loss of revenue or control; public attention; "
             "disciplinary or criminal cases."),
            ("Critical", "Large loss, harm to security or society, or damage to the "
             "administration's reputation at national level."),
        ]),
        "method": "product",
        "lookup": None,
        "bands": bands(("Tolerable", 1, GREEN), ("Significant", 4, ORANGE),
                       ("Critical", 9, RED)),
    },
    {
        "key": "compact-3x3",
        "name": "Compact (3 x 3)",
        "description": "Three by three, for a first quick mapping or a short workshop.",
        "likelihood": levels([
            ("Low", "Not expected; no known case."),
            ("Medium", "Could happen; some cases or complaints known."),
            ("High", "Expected or happening; frequent opportunity and known cases."),
        ]),
        "impact": levels([
            ("Low", "Limited loss; handled by local management."),
            ("Medium", "Noticeable loss of revenue, control or trust."),
            ("High", "Serious loss of revenue, harm to security or national scandal."),
        ]),
        "method": "product",
        "lookup": None,
        "bands": bands(("Low", 1, GREEN), ("Medium", 3, YELLOW), ("High", 6, RED)),
    },
    {
        "key": "corruption-severe-5x3",
        "name": "Corruption-severe (5 x 3)",
        "description": "Five likelihood levels by three impact levels that start at "
        "moderate: any corruption harms revenue, security or trust.",
        "likelihood": levels(LIKELIHOOD_5),
        "impact": levels([
            ("Moderate", "Loss of revenue or control in single cases; harm to staff "
             "integrity and morale."),
            ("Major", "Repeated or organised loss of revenue or control; public "
             "attention; loss of trust in the office."),
            ("Catastrophic", "Threat to security and society, large-scale revenue loss or "
             "organised networks; national scandal."),
        ]),
        "method": "product",
        "lookup": None,
        "bands": bands(("Medium", 1, YELLOW), ("High", 4, ORANGE), ("Critical", 9, RED)),
    },
]

if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    for profile in PROFILES:
        text = json.dumps(profile, indent=2, ensure_ascii=False) + "\n"
        (OUT / f"{profile['key']}.json").write_text(text, encoding="utf-8")
        print("wrote", profile["key"])
