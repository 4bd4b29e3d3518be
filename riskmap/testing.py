"""Seeded generator of realistic synthetic projects, for tests, benchmarks and demos."""

from __future__ import annotations

import datetime as dt
import random
import uuid

from riskmap.model import (
    Assessment,
    Control,
    Flow,
    Measure,
    Metadata,
    Participant,
    Position,
    Process,
    Project,
    Risk,
    Stage,
    StageFlags,
)
from riskmap.scales import ScaleProfile, builtin_profile
from riskmap.vocabulary import (
    CorruptionType,
    Effectiveness,
    EnablingFactor,
    ImpactDimension,
    KeyFactor,
    MeasureStatus,
    MeasureType,
)

# Every date is relative to this day, never to today, so that output never drifts.
REFERENCE_DATE = dt.date(2026, 11, 23)
STAGES_PER_PROCESS = 50
X_STEP, Y_STEP = 250, 140

# (name, key in the stage library resources/library/stages.json)
STAGES = (
    ("Arrival, manifest and temporary storage", "arrival-manifest"),
    ("Lodging of the goods declaration", "declaration-lodging"),
    ("Documentary check", "documentary-check"),
    ("Risk assessment and channel allocation", "channel-allocation"),
    ("Tariff classification", "tariff-classification"), ("Valuation", "valuation"),
    ("Origin and preferences", "origin-preferences"),
    ("Physical examination", "physical-examination"),
    ("Assessment and payment of duties", "duty-payment"),
    ("Release / exit gate", "release-exit"),
    ("Exemptions, suspensions, drawback", "exemptions-suspensions"), ("Transit", "transit"),
    ("Warehouses, free zones, temporary admission", "warehouses-free-zones"),
    ("Export", "export"), ("Post-clearance audit", "post-clearance-audit"),
    ("Licences and authorisations", "licences-authorisations"),
    ("Urgent / special consignments", "urgent-consignments"),
    ("Seizures, penalties and disposal of seized goods", "seizures-penalties"),
    ("Passengers, postal and express", "passengers-postal-express"),
    ("Appeals and advance rulings", "appeals-rulings"), ("Support functions", "support-functions"),
)
PROCESS_NAMES = (
    "Import clearance (sea)", "Import clearance (air cargo)", "Export clearance",
    "Transit (road)", "Warehousing and free zones", "Passengers and express",
    "Post-clearance control", "Exemptions and drawback",
)
OFFICES = ("Main port office", "Airport cargo office", "Northern border post",
           "Inland clearance depot", "Headquarters")
BRANCH_LABELS = {
    2: ("green channel", "red channel"),
    3: ("green channel", "yellow channel", "red channel"),
    4: ("green channel", "yellow channel", "red channel", "blue channel"),
}

ACTOR_SHORT = ("Declaration officer", "Examination officer", "Supervisor", "Valuation officer",
               "Cashier", "Gate officer", "Customs broker", "Warehouse keeper",
               "Risk analyst", "Auditor", "Importer", "Transit officer", "IT administrator")
# (actor, action, the corruption type it usually is)
ACTIONS = (
    ("A declaration officer", "accepts speed money to process a file ahead of the queue",
     CorruptionType.BRIBERY),
    ("A declaration officer", "demands an unofficial payment before accepting documents",
     CorruptionType.EXTORTION),
    ("A manifest officer", "ignores undeclared lines of the manifest", CorruptionType.COLLUSION),
    ("A classification officer", "accepts a wrong tariff code proposed by the broker",
     CorruptionType.COLLUSION),
    ("A valuation officer", "accepts an under-invoiced transaction value",
     CorruptionType.BRIBERY),
    ("A documentary-check officer", "accepts a false certificate of origin",
     CorruptionType.ABUSE_OF_DISCRETION),
    ("A shift supervisor", "overrides the selectivity channel from red to green",
     CorruptionType.INTERNAL_FRAUD),
    ("A risk-management analyst", "tips off a trader about a planned examination",
     CorruptionType.INFORMATION_LEAKAGE),
    ("A head of section", "chooses a friendly examiner for a consignment",
     CorruptionType.NEPOTISM),
    ("An examination officer", "records an examination that did not take place",
     CorruptionType.INTERNAL_FRAUD),
    ("A gate officer", "releases goods before duties are paid", CorruptionType.COLLUSION),
    ("A cashier", "issues a fake receipt and keeps the cash", CorruptionType.EMBEZZLEMENT),
    ("A transit officer", "discharges a transit declaration without the goods",
     CorruptionType.COLLUSION),
    ("A post-clearance auditor", "negotiates the amount of an audit finding",
     CorruptionType.BRIBERY),
    ("A warehouse keeper", "takes seized goods for resale", CorruptionType.EMBEZZLEMENT),
    ("A senior manager", "sells a lucrative posting to an officer", CorruptionType.NEPOTISM),
    ("An IT administrator", "uses a colleague's privileges to amend a declaration",
     CorruptionType.INTERNAL_FRAUD),
    ("An auditor", "audits a company owned by a relative", CorruptionType.CONFLICT_OF_INTEREST),
)
OUTCOMES = (
    ("so that duties and taxes are lost", ImpactDimension.REVENUE),
    ("so that prohibited or dangerous goods enter undetected",
     ImpactDimension.SECURITY_SOCIETY),
    ("so that compliant traders wait longer and pay more", ImpactDimension.TRADE_FACILITATION),
    ("so that trust in Customs falls when the case becomes known", ImpactDimension.REPUTATION),
    ("so that honest officers are discouraged and the practice spreads",
     ImpactDimension.STAFF_INTEGRITY),
)
CONTROLS = (
    "Supervisor countersigns the decision", "Audit trail in the clearance system",
    "Random post-clearance verification", "Rotation of officers every two years",
    "Two officers present at every examination", "CCTV at the examination bay",
    "Electronic payment through a bank", "Published list of fees and procedures",
    "Internal affairs spot checks", "Declaration of assets by officers",
)
EVIDENCE = (
    "Workshop discussion", "Integrity perception survey", "Internal audit report",
    "Complaints from traders", "Disciplinary case files", "Interviews with officers",
    "Analysis of clearance data", "Private-sector consultation",
)
OWNERS = ("Head of clearance", "Head of enforcement", "Head of internal audit",
          "Office manager", "Head of risk management", "Head of revenue accounting",
          "Director of human resources", "Head of IT")
UNITS = ("Integrity unit", "IT directorate", "Human resources", "Internal audit",
         "Legal services", "Training school", "Risk management unit", "Finance")
MEASURES = (
    ("Automate the {stage} step in the clearance system", KeyFactor.AUTOMATION),
    ("Random allocation of examiners at {stage}", KeyFactor.AUTOMATION),
    ("Rotate officers posted at {stage}", KeyFactor.HUMAN_RESOURCES),
    ("Separate decision and verification duties at {stage}", KeyFactor.REFORM),
    ("Introduce e-payment for all fees at {stage}", KeyFactor.AUTOMATION),
    ("Publish procedures and fees for {stage}", KeyFactor.TRANSPARENCY),
    ("Audit trail and monthly review of overrides at {stage}", KeyFactor.AUDIT),
    ("Asset declarations for officers of {stage}", KeyFactor.CODE_OF_CONDUCT),
    ("Code-of-conduct training for {stage} staff", KeyFactor.CODE_OF_CONDUCT),
    ("Whistle-blowing channel covering {stage}", KeyFactor.LEADERSHIP),
    ("MoU with brokers' association on {stage}", KeyFactor.PRIVATE_SECTOR),
    ("Supervisory review of discretionary decisions at {stage}", KeyFactor.REGULATORY_FRAMEWORK),
    ("Recognition scheme for integrity at {stage}", KeyFactor.MORALE),
)
INDICATORS = (
    ("Share of files handled without manual step", "35 %", "90 %"),
    ("Number of overrides without written reason", "120 a year", "0"),
    ("Complaints about unofficial payments", "48 a year", "fewer than 10 a year"),
    ("Officers trained", "0", "all officers of the stage"),
    ("Share of payments made electronically", "20 %", "100 %"),
    ("Average time to release", "5 days", "2 days"),
)


def _uuid(rng: random.Random) -> uuid.UUID:
    return uuid.UUID(int=rng.getrandbits(128), version=4)


def _days_before(rng: random.Random, low: int, high: int) -> dt.date:
    return REFERENCE_DATE - dt.timedelta(days=rng.randint(low, high))


def _layer_widths(rng: random.Random, count: int) -> list[list[int]]:
    """Widths of the layers of one process: runs of 1, with 2-4 wide branch blocks."""
    layers: list[list[int]] = [[1]]  # each block: a list of layer widths
    remaining = count - 1
    while remaining > 0:
        width = rng.randint(2, 4)
        depth = rng.randint(1, 2)
        if remaining >= width * depth + 1 and rng.random() < 0.3:
            layers.append([width] * depth + [1])
            remaining -= width * depth + 1
        else:
            layers.append([1])
            remaining -= 1
    return layers


class _Builder:
    """Holds the counters and the random generator while a project is built."""

    def __init__(self, rng: random.Random, profile: ScaleProfile) -> None:
        self.rng = rng
        self.profile = profile
        self.stage_no = 0
        self.flow_no = 0
        self.name_uses: dict[str, int] = {}

    def stage(self, layer: int, row: float) -> Stage:
        rng = self.rng
        self.stage_no += 1
        base, library_key = rng.choice(STAGES)
        uses = self.name_uses[base] = self.name_uses.get(base, 0) + 1
        name = base if uses == 1 else f"{base} {uses}"
        return Stage(
            id=_uuid(rng), code=f"S-{self.stage_no:02d}", name=name, library_key=library_key,
            description=f"{base} as practised at this office.",
            actors=rng.sample(ACTOR_SHORT, rng.randint(1, 3)), office=rng.choice(OFFICES),
            flags=StageFlags(
                discretion=rng.random() < 0.5, cash_handling=rng.random() < 0.2,
                face_to_face=rng.random() < 0.5, manual_step=rng.random() < 0.4,
                monopoly=rng.random() < 0.2,
            ),
            position=Position(x=layer * X_STEP, y=row * Y_STEP),
        )

    def flow(self, source: Stage, target: Stage, label: str = "") -> Flow:
        self.flow_no += 1
        return Flow(id=_uuid(self.rng), code=f"F-{self.flow_no:02d}",
                    source=source.id, target=target.id, label=label)

    def process(self, number: int, count: int) -> Process:
        rng = self.rng
        base = PROCESS_NAMES[(number - 1) % len(PROCESS_NAMES)]
        cycle = (number - 1) // len(PROCESS_NAMES)
        process = Process(id=_uuid(rng), code=f"P-{number:02d}",
                          name=base if cycle == 0 else f"{base} {cycle + 1}")
        previous: list[Stage] = []
        column = 0
        for block in _layer_widths(rng, count):
            for width in block:
                layer = [self.stage(column, i - (width - 1) / 2) for i in range(width)]
                process.stages.extend(layer)
                process.flows.extend(self._connect(previous, layer))
                previous = layer
                column += 1
        return process

    def _connect(self, before: list[Stage], after: list[Stage]) -> list[Flow]:
        if not before:
            return []
        if len(before) == 1:  # a split (with channel labels) or a straight hand-over
            labels = BRANCH_LABELS.get(len(after), ("",))
            return [self.flow(before[0], s, labels[i % len(labels)])
                    for i, s in enumerate(after)]
        if len(after) == 1:  # branches meet again
            return [self.flow(s, after[0]) for s in before]
        return [self.flow(a, b) for a, b in zip(before, after, strict=True)]

    def assessments(self) -> tuple[Assessment, Assessment, Assessment]:
        """Inherent >= residual >= target, level by level, within the profile."""
        rng = self.rng
        n_l, n_i = self.profile.size
        lik, imp = rng.randint(2, n_l), rng.randint(2, n_i)
        res_l, res_i = max(1, lik - rng.randint(0, 2)), max(1, imp - rng.randint(0, 1))
        tgt_l, tgt_i = max(1, res_l - rng.randint(0, 2)), max(1, res_i - rng.randint(0, 1))
        return (Assessment(likelihood=lik, impact=imp),
                Assessment(likelihood=res_l, impact=res_i),
                Assessment(likelihood=tgt_l, impact=tgt_i))

    def risk(self, number: int, where: str, stage: Stage | None, flow: Flow | None) -> Risk:
        rng = self.rng
        actor, action, ctype = rng.choice(ACTIONS)
        outcome, dimension = rng.choice(OUTCOMES)
        dimensions = sorted({dimension, rng.choice(list(ImpactDimension))})
        inherent, residual, target = self.assessments()
        controls = [
            Control(id=_uuid(rng), description=text, effectiveness=rng.choice(list(Effectiveness)))
            for text in rng.sample(CONTROLS, rng.randint(0, 3))
        ]
        return Risk(
            id=_uuid(rng), code=f"R-{number:03d}",
            stage_id=stage.id if stage is not None else None,
            flow_id=flow.id if flow is not None else None,
            statement=f"{actor} at {where} {action}, {outcome}.",
            corruption_type=ctype if rng.random() < 0.85 else rng.choice(list(CorruptionType)),
            actors=sorted({actor.split(" ", 1)[1].capitalize(), rng.choice(ACTOR_SHORT)}),
            enabling_factors=rng.sample(list(EnablingFactor), rng.randint(1, 3)),
            consequences=outcome.removeprefix("so that ").capitalize() + ".",
            impact_dimensions=dimensions, controls=controls,
            inherent=inherent, residual=residual, target=target,
            owner=rng.choice(OWNERS), evidence="; ".join(rng.sample(EVIDENCE, rng.randint(1, 2))),
            last_reviewed=_days_before(rng, 0, 700),
        )

    def measure(self, number: int, risks: list[Risk], stage_names: dict[uuid.UUID, str]) -> Measure:
        rng = self.rng
        linked = rng.sample(risks, min(len(risks), rng.randint(1, 4))) if risks else []
        template, factor = rng.choice(MEASURES)
        where = stage_names.get(linked[0].stage_id or linked[0].flow_id or uuid.UUID(int=0),
                                "hand-overs") if linked else "all stages"
        others = rng.sample([f for f in KeyFactor if f is not factor], rng.randint(0, 2))
        status = rng.choices(list(MeasureStatus), weights=(30, 30, 20, 15, 5))[0]
        progress = {
            MeasureStatus.PLANNED: 0, MeasureStatus.DONE: 100,
            MeasureStatus.IN_PROGRESS: rng.randint(1, 9) * 10,
            MeasureStatus.DELAYED: rng.randint(1, 8) * 10,
            MeasureStatus.CANCELLED: rng.randint(0, 5) * 10,
        }[status]
        start = _days_before(rng, 30, 720)
        deadline = start + dt.timedelta(days=rng.randint(90, 600))
        indicator, baseline, target = rng.choice(INDICATORS)
        return Measure(
            id=_uuid(rng), code=f"M-{number:03d}",
            title=template.format(stage=where.lower()), risk_ids=[r.id for r in linked],
            key_factors=sorted([factor, *others]), type=rng.choice(list(MeasureType)),
            owner=rng.choice(OWNERS), supporting_unit=rng.choice(UNITS),
            start=start, deadline=deadline,
            resources=rng.choice(("Within existing budget", "Donor project",
                                  "IT development (3 person-months)", "Training budget")),
            indicator=indicator, baseline=baseline, target=target,
            status=status, progress=progress,
            notes="" if rng.random() < 0.5 else "Progress reviewed at the last steering meeting.",
        )


def _metadata(rng: random.Random) -> Metadata:
    roles = ("Facilitator", "Head of clearance", "Examination officer", "Auditor",
             "HR officer", "IT officer", "Integrity officer", "Broker liaison")
    participants = [
        Participant(id=_uuid(rng), code=f"P{n:02d}", role=rng.choice(roles),
                    unit=rng.choice(UNITS))
        for n in range(1, 13)
    ]
    return Metadata(
        title="Synthetic corruption risk map", administration="Synthetic Customs Administration",
        office=rng.choice(OFFICES), scope="Generated for tests and benchmarks.",
        start_date=REFERENCE_DATE - dt.timedelta(days=200),
        end_date=REFERENCE_DATE - dt.timedelta(days=198),
        sources="Integrity perception survey; internal audit reports; complaints.",
        participants=participants,
    )


def generate(
    stages: int = 40,
    risks: int = 150,
    measures: int = 60,
    processes: int | None = None,
    seed: int = 1,
    profile_key: str = "wco-5x5",
) -> Project:
    """A valid project of the given size; the same arguments always give the same project."""
    if min(stages, risks, measures) < 0:
        raise ValueError("sizes must not be negative")
    if processes is None:
        processes = max(1, round(stages / STAGES_PER_PROCESS))
    processes = max(1, min(processes, stages)) if stages else 0
    rng = random.Random(seed)
    profile = builtin_profile(profile_key)
    builder = _Builder(rng, profile)
    project = Project(id=_uuid(rng), metadata=_metadata(rng), profile=profile)
    for number in range(1, processes + 1):
        count = stages // processes + (1 if number <= stages % processes else 0)
        project.processes.append(builder.process(number, count))
    all_stages = project.all_stages()
    all_flows = [f for p in project.processes for f in p.flows]
    names = {s.id: s.name for s in all_stages}
    for flow in all_flows:
        names[flow.id] = f"the hand-over from {names[flow.source]} to {names[flow.target]}"
    if risks and not all_stages:
        raise ValueError("risks need at least one stage")
    for number in range(1, risks + 1):
        if all_flows and rng.random() < 0.05:
            flow = rng.choice(all_flows)
            project.risks.append(builder.risk(number, names[flow.id], None, flow))
        else:
            stage = rng.choice(all_stages)
            where = f"the {stage.name.lower()} stage"
            project.risks.append(builder.risk(number, where, stage, None))
    for number in range(1, measures + 1):
        project.measures.append(builder.measure(number, project.risks, names))
    project.touch()
    return project
