"""Example project "landborder-transit": road transit from Kerewa border post to Mbogani."""

from __future__ import annotations

import datetime as dt

from example_builder import ExampleBuilder

from riskmap.model import Metadata, Project

ENTRY, EXIT = "Kerewa Border Post", "Mbogani Exit Office"
PART, INEFF, EFF = "partially_effective", "ineffective", "effective"
PREV, DET = "preventive", "detective"
EXISTING = "Existing initiative taken into the plan at the March 2026 workshop."
REVIEW = "2026-03-12"
SURVEY = "Customs Integrity Perception Survey 2024"
DATA = "Analysis of transit data 2024-2025"

PARTICIPANTS = (
    ("P01", "Grace Nyambura", "Integrity Officer (facilitator)",
     "Integrity and Anti-Corruption Unit, Headquarters"),
    ("P02", "Hassan Mohamed", "Station Manager", ENTRY),
    ("P03", "John Ouma", "Transit Officer", ENTRY),
    ("P04", "Lucy Wambui", "Inspection Officer", ENTRY),
    ("P05", "Patrick Kiplagat", "Escort Team Leader", "Enforcement, Northern Region"),
    ("P06", "Zainab Ali", "Cargo Tracking Analyst", "Regional Cargo Tracking Centre"),
    ("P07", "Michael Odhiambo", "Exit Office Supervisor", EXIT),
    ("P08", "Agnes Muthoni", "Guarantee Officer", "Transit and Guarantees Section, HQ"),
    ("P09", "Victor Kimani", "Internal Auditor", "Internal Audit Division"),
    ("P10", "", "Transporters' association representative (observer)",
     "Road Transporters' Association"),
)


def _metadata() -> Metadata:
    return Metadata(
        title="Corruption risk map: road transit from Kerewa to Mbogani",
        administration="Customs and Excise Directorate",
        office=f"{ENTRY} and {EXIT}",
        scope="Road transit of goods entering at Kerewa Border Post and leaving the "
        "territory at Mbogani Exit Office (about 640 km), from arrival at the border to the "
        "discharge of the transit declaration and the release of the guarantee. Sensitive "
        "goods (cigarettes, spirits, sugar, fuel) are escorted or electronically tracked.",
        start_date=dt.date(2026, 3, 10),
        end_date=dt.date(2026, 3, 12),
        classification="RESTRICTED",
        sources=f"{SURVEY}; {DATA} (undischarged movements, time-limit overruns); "
        "Regional Cargo Tracking Centre alert logs; 14 complaints from transporters; "
        "interviews with escort teams and exit-office staff.",
    )


def _process(b: ExampleBuilder) -> None:
    b.process("P-01", "Transit (road)", "Road transit between Kerewa and Mbogani.")
    b.stage("S-01", "Arrival at the entry border post", 0, 0,
            "The truck enters the control zone; the driver presents the transport documents "
            "and the vehicle is registered.", ["Driver", "Border officer"], ENTRY,
            "face_to_face monopoly")
    b.stage("S-02", "Lodging of the transit declaration", 1, 0,
            "The transit agent lodges the transit declaration with the commercial documents.",
            ["Transit agent", "Transit officer"], ENTRY, "discretion face_to_face")
    b.stage("S-03", "Guarantee check", 2, 0,
            "The comprehensive or individual guarantee is checked against the duties at "
            "stake and registered.", ["Transit officer", "Guarantor"], ENTRY,
            "discretion manual_step")
    b.stage("S-04", "Risk assessment and control decision", 3, 0,
            "The system selects consignments for inspection; the supervisor confirms or "
            "cancels the selection.", ["Selectivity system", "Supervisor"], ENTRY,
            "discretion monopoly")
    b.stage("S-05", "Physical inspection", 4, 1,
            "The load is checked against the declaration, partly or fully unloaded.",
            ["Inspection officer", "Driver", "Transit agent"], ENTRY,
            "discretion face_to_face manual_step")
    b.stage("S-06", "Sealing and electronic tracking", 5, 0,
            "Customs seals are fitted and recorded; sensitive loads get an electronic "
            "tracking seal.", ["Sealing officer", "Tracking technician"], ENTRY, "manual_step")
    b.stage("S-07", "Release for transit and route prescription", 6, 0,
            "The prescribed route and time limit are set and the truck leaves the border post.",
            ["Transit officer", "Driver"], ENTRY, "discretion")
    b.stage("S-08", "Route monitoring and escort", 7, 0,
            "Escort teams accompany convoys of sensitive goods; the Cargo Tracking Centre "
            "follows the electronic seals and raises alerts.",
            ["Escort officer", "Tracking analyst", "Driver"], "Regional Cargo Tracking Centre",
            "discretion face_to_face")
    b.stage("S-09", "Arrival at the exit office", 8, 0,
            "The truck is presented at the exit office and its arrival registered.",
            ["Exit officer", "Driver"], EXIT, "face_to_face")
    b.stage("S-10", "Seal check and discharge", 9, 0,
            "Seals and load are checked; the transit declaration is discharged.",
            ["Exit officer", "Supervisor"], EXIT, "discretion manual_step")
    b.stage("S-11", "Guarantee release and enquiry", 10, 0,
            "The guarantee is released after discharge; undischarged movements go to "
            "enquiry and recovery.", ["Guarantee officer"], "Transit and Guarantees Section",
            "discretion")
    transit = ("S-02", "S-03", "S-06", "S-07", "S-08", "S-09", "S-10", "S-11")
    b.library_keys({"S-01": "arrival-manifest", "S-04": "channel-allocation",
                    "S-05": "physical-examination"} | dict.fromkeys(transit, "transit"))
    b.flow("F-01", "S-01", "S-02")
    b.flow("F-02", "S-02", "S-03")
    b.flow("F-03", "S-03", "S-04")
    b.flow("F-04", "S-04", "S-06", "no inspection")
    b.flow("F-05", "S-04", "S-05", "selected for inspection")
    b.flow("F-06", "S-05", "S-06")
    b.flow("F-07", "S-06", "S-07")
    b.flow("F-08", "S-07", "S-08")
    b.flow("F-09", "S-08", "S-09", "on the road")
    b.flow("F-10", "S-09", "S-10")
    b.flow("F-11", "S-10", "S-11")


def _risks(b: ExampleBuilder) -> None:
    r = b.risk
    r("R-001", "S-01", "A border officer lets trucks jump the queue in return for cash.",
      "bribery", ["Border officer", "Driver"], "face_to_face monopoly",
      "Waiting times for compliant transporters; payments become routine.",
      "trade_facilitation reputation", [("Queue marshal at the gate", INEFF)],
      ((4, 2), (3, 2), (2, 1)), "Station Manager", SURVEY, REVIEW)
    r("R-002", "S-02", "A transit officer accepts a vague description (\"general goods\") or an "
      "understated quantity, so that high-duty goods travel under a low guarantee.",
      "collusion", ["Transit officer", "Transit agent"], "discretion face_to_face",
      "Duties at stake not covered if the goods are diverted.", "revenue",
      [("Commodity code mandatory in the system", PART)],
      ((4, 4), (3, 4), (2, 3)), "Station Manager", DATA, REVIEW)
    r("R-003", "S-03", "An officer accepts a forged or exhausted guarantee certificate.",
      "collusion", ["Transit officer", "Transit agent", "Guarantor"], "manual_step",
      "No security for the duties on diverted goods.", "revenue",
      [("Guarantee register at headquarters", PART)],
      ((3, 4), (2, 3), (1, 3)), "Head of Transit and Guarantees", DATA, REVIEW)
    r("R-004", "S-03", "The guarantee amount is calculated on a reference value well below "
      "the real value of the goods.", "internal_fraud", ["Transit officer"],
      "discretion manual_step", "Guarantee too small to recover the duties.", "revenue",
      [("Minimum guarantee for sensitive goods", PART)],
      ((3, 3), (1, 3), (1, 3)), "Head of Transit and Guarantees", DATA, REVIEW)
    r("R-005", "S-04", "A supervisor cancels an inspection selection in return for a payment.",
      "bribery", ["Supervisor", "Transit agent"], "discretion monopoly",
      "High-risk loads travel without inspection.", "security_society revenue",
      [("Cancellation needs a reason in the system", PART)],
      ((4, 4), (2, 4), (2, 3)), "Station Manager", DATA, REVIEW)
    r("R-006", "S-05", "An inspection officer records an inspection without unloading, or "
      "overlooks extra cargo, in return for a payment.", "bribery",
      ["Inspection officer", "Driver"], "discretion face_to_face",
      "Undeclared goods travel under Customs seal.", "security_society revenue",
      [("Photographs of the open load", PART)],
      ((4, 4), (3, 4), (2, 3)), "Station Manager", SURVEY, REVIEW)
    r("R-007", "S-05", "An inspection officer threatens a full unloading to extort a payment.",
      "extortion", ["Inspection officer", "Driver"], "face_to_face monopoly",
      "Delay and cost for transporters.", "trade_facilitation reputation",
      [("Complaints desk of the transporters' association", INEFF)],
      ((3, 2), (3, 2), (1, 2)), "Station Manager", "Complaints from transporters", REVIEW)
    r("R-008", "S-06", "A sealing officer fits seals loosely or records seal numbers that are "
      "not on the truck, so that goods can be removed on the way.", "collusion",
      ["Sealing officer", "Driver"], "manual_step",
      "Goods diverted without trace.", "revenue security_society",
      [("Seal numbers entered in the system", PART)],
      ((3, 4), (2, 4), (1, 4)), "Station Manager", DATA, REVIEW)
    r("R-009", "S-06", "Seals or tracking devices are taken from stock and sold to smugglers.",
      "embezzlement", ["Sealing officer", "Storekeeper"], "manual_step",
      "Counterfeit sealing of diverted loads.", "security_society",
      [("Seal stock register", EFF)],
      ((2, 4), (1, 3), (1, 3)), "Station Manager", "Workshop discussion", REVIEW)
    r("R-010", "S-07", "A transit officer sets an unusually long time limit or route so that "
      "goods can be off-loaded on the way.", "abuse_of_discretion",
      ["Transit officer", "Transit agent"], "discretion",
      "Diversion made easy; monitoring loses its value.", "revenue",
      [("Standard time limits per route", PART)],
      ((3, 3), (2, 3), (1, 3)), "Station Manager", DATA, REVIEW)
    r("R-011", "S-08", "Escort officers leave the convoy or let trucks stop at unofficial "
      "off-loading points in return for payment.", "collusion",
      ["Escort officer", "Driver", "Transit agent"], "discretion face_to_face",
      "Sensitive goods sold on the home market duty-free.",
      "revenue security_society reputation",
      [("Escort report signed at the exit office", INEFF)],
      ((4, 4), (4, 4), (2, 3)), "Head of Enforcement, Northern Region",
      "Tracking alerts during escorted trips; 2 disciplinary cases", REVIEW)
    r("R-012", "S-08", "Tracking-centre staff ignore or close alerts (seal opened, route "
      "deviation) without action.", "internal_fraud", ["Tracking analyst"],
      "discretion weak_accountability", "Diversions go undetected.",
      "revenue security_society", [("Alert log kept by the system", PART)],
      ((3, 4), (3, 4), (1, 4)), "Head of Cargo Tracking Centre", "Alert log review", REVIEW)
    r("R-013", "S-10", "An exit officer discharges the transit without the truck being "
      "presented, on a photocopy of the documents (false discharge).", "collusion",
      ["Exit officer", "Transit agent"], "discretion manual_step weak_accountability",
      "Goods stay on the home market while the guarantee is released.",
      "revenue reputation", [("Supervisor countersigns discharges", INEFF)],
      ((4, 4), (4, 4), (1, 4)), "Exit Office Supervisor",
      f"{DATA}: 31 discharges without exit-gate record", REVIEW)
    r("R-014", "S-11", "A guarantee officer releases the guarantee or closes the enquiry "
      "without recovering the duties on undischarged movements.", "abuse_of_discretion",
      ["Guarantee officer", "Guarantor"], "discretion weak_accountability",
      "Duties on diverted goods never recovered.", "revenue",
      [("Monthly list of open movements", PART)],
      ((3, 4), (2, 3), (1, 3)), "Head of Transit and Guarantees", DATA, REVIEW)
    r("R-015", "F-09", "Goods are diverted to home use between the last checkpoint and the "
      "exit office; the truck arrives empty or reloaded with low-value goods.", "collusion",
      ["Driver", "Transit agent", "Escort officer"], "weak_accountability",
      "Revenue loss and unfair competition for local producers.", "revenue",
      [("Electronic seals on sensitive loads", PART)],
      ((4, 4), (3, 4), (2, 3)), "Head of Enforcement, Northern Region", DATA, REVIEW)
    r("R-016", "S-09", "Exit-office staff record a false arrival time that hides an overrun "
      "of the time limit, in return for a payment.", "bribery", ["Exit officer", "Driver"],
      "face_to_face", "Overruns never investigated; penalties lost.", "revenue",
      [("Arrival time stamped by the system", PART)],
      ((3, 2), (3, 2), (1, 2)), "Exit Office Supervisor", DATA, REVIEW)


def _measures(b: ExampleBuilder) -> None:
    m = b.measure
    m("M-001", "Electronic tracking seals on all sensitive loads, followed 24/7 by the Cargo "
      "Tracking Centre", "R-008 R-011 R-012 R-015", (4, 5), DET,
      "Head of Cargo Tracking Centre", "ICT Directorate", ("2025-09-01", "2027-03-31"),
      "300 tracking seals (donor project)", "Sensitive loads tracked", "35 %", "100 %",
      "in_progress", 70, EXISTING)
    m("M-002", "Automatic discharge by electronic exchange of transit data with the "
      "neighbouring administration", "R-013 R-014", (2, 4), PREV, "Head of Transit and "
      "Guarantees", "ICT Directorate", ("2026-07-01", "2027-12-31"),
      "Bilateral agreement; ICT interface", "Movements discharged electronically", "0 %",
      "90 %", "planned", 0)
    m("M-003", "Central guarantee management with an automatic balance check",
      "R-003 R-004", (4,), PREV, "Head of Transit and Guarantees", "ICT Directorate",
      ("2025-04-01", "2025-12-31"), "ICT development", "Guarantees checked automatically",
      "0 %", "100 %", "done", 100, EXISTING)
    m("M-004", "Published reference values and minimum guarantees for sensitive goods",
      "R-002 R-004", (2, 3), PREV, "Head of Transit and Guarantees", "Legal Services",
      ("2025-06-01", "2025-10-31"), "Within the recurrent budget", "Values published",
      "No", "Yes, updated quarterly", "done", 100, EXISTING)
    m("M-005", "Random rotation of escort teams and GPS tracking of escort vehicles", "R-011",
      (4, 8), PREV, "Head of Enforcement, Northern Region", "Human Resources Directorate",
      ("2026-01-15", "2026-08-31"), "12 GPS units", "Escorts by rotating teams", "0 %",
      "100 %", "delayed", 30, "GPS units delivered; rotation roster contested by staff.")
    m("M-006", "Reasoned cancellation of inspection selections, reviewed weekly by the "
      "Regional Manager", "R-005", (1, 6), DET, "Regional Manager", "Internal Audit Division",
      ("2026-04-01", "2026-06-30"), "Within the recurrent budget",
      "Cancellations reviewed", "0 %", "100 %", "in_progress", 50)
    m("M-007", "Numbered seal stock with monthly reconciliation by a second officer",
      "R-008 R-009", (6,), DET, "Station Manager", "Internal Audit Division",
      ("2025-06-01", "2025-09-30"), "Within the recurrent budget", "Seals unaccounted for",
      "Unknown", "0", "done", 100, EXISTING)
    m("M-008", "Queue tickets, published opening hours and a border committee with "
      "transporters", "R-001 R-007 R-016", (3, 10), PREV, "Station Manager",
      "Road Transporters' Association", ("2026-04-01", "2026-12-31"), "Ticket machine",
      "Average waiting time at entry", "9 hours", "3 hours", "in_progress", 40)
    m("M-009", "Integrity training and code of conduct for border, inspection and escort "
      "staff, with signed declarations", "R-006 R-007 R-011", (7, 9), PREV,
      "Head of Integrity Unit", "Customs Training School", ("2025-10-01", "2026-02-28"),
      "Trainers' time", "Staff trained", "20 %", "100 %", "done", 100, EXISTING)
    m("M-010", "Monthly follow-up of undischarged movements; enquiry opened within 28 days",
      "R-013 R-014", (2, 6), DET, "Head of Transit and Guarantees", "Internal Audit Division",
      ("2026-04-01", "2026-09-30"), "Within the recurrent budget",
      "Movements without discharge after 28 days", "210", "Fewer than 20", "in_progress", 60,
      "Backlog of 2024 movements slows the work.")
    m("M-011", "Housing, hardship allowance and two-year rotation for staff of remote border "
      "posts", "R-001 R-006", (8, 9), PREV, "Director of Human Resources",
      "Finance Directorate", ("2026-07-01", "2027-06-30"), "Housing budget",
      "Staff posted more than 2 years", "44 %", "0 %", "planned", 0)



# Residual levels at the March 2026 workshop that have come down since.
RESIDUAL_MARCH_2026 = {"R-003": (3, 4), "R-009": (2, 4), "R-006": (4, 4)}
PLAN_MARCH_2026 = {
    "M-001": ("in_progress", 40), "M-005": ("in_progress", 10), "M-006": ("planned", 0),
    "M-008": ("planned", 0), "M-010": ("planned", 0),
}


def build() -> Project:
    """The whole land-border transit example, identical on every run."""
    b = ExampleBuilder("landborder-transit", "eu-fraud-4x4", _metadata())
    for code, name, role, unit in PARTICIPANTS:
        b.participant(code, name, role, unit)
    _process(b)
    _risks(b)
    _measures(b)
    b.round("Workshop March 2026", "2026-03-12",
            "Mapping workshop at Kerewa Border Post, 10-12 March 2026, 10 participants.",
            RESIDUAL_MARCH_2026, PLAN_MARCH_2026, absent="M-011")
    b.audit("2026-03-12T17:00:00+00:00", "Grace Nyambura", "project", "round", "",
            "Workshop March 2026")
    b.audit("2026-09-15T10:30:00+00:00", "Patrick Kiplagat", "M-005", "status", "in_progress",
            "delayed")
    return b.build()
