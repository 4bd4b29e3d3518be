"""The fixed vocabulary of the method: pick-lists and their English labels (DOMAIN.md)."""

from __future__ import annotations

from enum import IntEnum, StrEnum


class ScoreKind(StrEnum):
    """Which assessment of a risk: before controls, with them, or after planned measures."""

    INHERENT = "inherent"
    RESIDUAL = "residual"
    TARGET = "target"


class CorruptionType(StrEnum):
    BRIBERY = "bribery"
    EXTORTION = "extortion"
    COLLUSION = "collusion"
    EMBEZZLEMENT = "embezzlement"
    NEPOTISM = "nepotism"
    ABUSE_OF_DISCRETION = "abuse_of_discretion"
    INFORMATION_LEAKAGE = "information_leakage"
    CONFLICT_OF_INTEREST = "conflict_of_interest"
    INTERNAL_FRAUD = "internal_fraud"


class EnablingFactor(StrEnum):
    """Why corruption can happen at a stage."""

    MONOPOLY = "monopoly"
    DISCRETION = "discretion"
    WEAK_ACCOUNTABILITY = "weak_accountability"
    CASH_HANDLING = "cash_handling"
    FACE_TO_FACE = "face_to_face"
    MANUAL_STEP = "manual_step"


class ImpactDimension(StrEnum):
    REVENUE = "revenue"
    SECURITY_SOCIETY = "security_society"
    TRADE_FACILITATION = "trade_facilitation"
    REPUTATION = "reputation"
    STAFF_INTEGRITY = "staff_integrity"


class Effectiveness(StrEnum):
    EFFECTIVE = "effective"
    PARTIALLY_EFFECTIVE = "partially_effective"
    INEFFECTIVE = "ineffective"
    NOT_TESTED = "not_tested"


class MeasureType(StrEnum):
    PREVENTIVE = "preventive"
    DETECTIVE = "detective"
    CORRECTIVE = "corrective"


class MeasureStatus(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DELAYED = "delayed"
    CANCELLED = "cancelled"


class KeyFactor(IntEnum):
    """The 10 key factors of the Revised Arusha Declaration."""

    LEADERSHIP = 1
    REGULATORY_FRAMEWORK = 2
    TRANSPARENCY = 3
    AUTOMATION = 4
    REFORM = 5
    AUDIT = 6
    CODE_OF_CONDUCT = 7
    HUMAN_RESOURCES = 8
    MORALE = 9
    PRIVATE_SECTOR = 10


SCORE_KIND_LABELS = {
    ScoreKind.INHERENT: "Inherent",
    ScoreKind.RESIDUAL: "Residual",
    ScoreKind.TARGET: "Target",
}

CORRUPTION_TYPE_LABELS = {
    CorruptionType.BRIBERY: "Bribery / facilitation payment",
    CorruptionType.EXTORTION: "Extortion",
    CorruptionType.COLLUSION: "Collusion (officer-broker-importer)",
    CorruptionType.EMBEZZLEMENT: "Embezzlement / theft",
    CorruptionType.NEPOTISM: "Nepotism / favouritism",
    CorruptionType.ABUSE_OF_DISCRETION: "Abuse of discretion",
    CorruptionType.INFORMATION_LEAKAGE: "Information leakage",
    CorruptionType.CONFLICT_OF_INTEREST: "Conflict of interest",
    CorruptionType.INTERNAL_FRAUD: "Internal fraud / data manipulation",
}

ENABLING_FACTOR_LABELS = {
    EnablingFactor.MONOPOLY: "Monopoly of decision",
    EnablingFactor.DISCRETION: "Discretion",
    EnablingFactor.WEAK_ACCOUNTABILITY: "Weak accountability",
    EnablingFactor.CASH_HANDLING: "Cash handling",
    EnablingFactor.FACE_TO_FACE: "Face-to-face contact",
    EnablingFactor.MANUAL_STEP: "Manual / paper step",
}

IMPACT_DIMENSION_LABELS = {
    ImpactDimension.REVENUE: "Revenue",
    ImpactDimension.SECURITY_SOCIETY: "Security and society",
    ImpactDimension.TRADE_FACILITATION: "Trade facilitation",
    ImpactDimension.REPUTATION: "Reputation and public trust",
    ImpactDimension.STAFF_INTEGRITY: "Staff integrity and morale",
}

EFFECTIVENESS_LABELS = {
    Effectiveness.EFFECTIVE: "Effective",
    Effectiveness.PARTIALLY_EFFECTIVE: "Partially effective",
    Effectiveness.INEFFECTIVE: "Ineffective",
    Effectiveness.NOT_TESTED: "Not tested",
}

MEASURE_TYPE_LABELS = {
    MeasureType.PREVENTIVE: "Preventive",
    MeasureType.DETECTIVE: "Detective",
    MeasureType.CORRECTIVE: "Corrective",
}

MEASURE_STATUS_LABELS = {
    MeasureStatus.PLANNED: "Planned",
    MeasureStatus.IN_PROGRESS: "In progress",
    MeasureStatus.DONE: "Done",
    MeasureStatus.DELAYED: "Delayed",
    MeasureStatus.CANCELLED: "Cancelled",
}

KEY_FACTOR_LABELS = {
    KeyFactor.LEADERSHIP: "Leadership and Commitment",
    KeyFactor.REGULATORY_FRAMEWORK: "Regulatory Framework",
    KeyFactor.TRANSPARENCY: "Transparency",
    KeyFactor.AUTOMATION: "Automation",
    KeyFactor.REFORM: "Reform and Modernization",
    KeyFactor.AUDIT: "Audit and Investigation",
    KeyFactor.CODE_OF_CONDUCT: "Code of Conduct",
    KeyFactor.HUMAN_RESOURCES: "Human Resource Management",
    KeyFactor.MORALE: "Morale and Organizational Culture",
    KeyFactor.PRIVATE_SECTOR: "Relationship with the Private Sector",
}

# Statuses that end a measure: neither can become overdue.
CLOSED_STATUSES = frozenset({MeasureStatus.DONE, MeasureStatus.CANCELLED})
