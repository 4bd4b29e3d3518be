"""Example project "seaport-import": import clearance at the (fictional) Port of Sabaki."""

from __future__ import annotations

import datetime as dt

from example_builder import ExampleBuilder
from example_seaport_plan import add_history, add_measures
from example_seaport_risks import add_risks

from riskmap.model import Metadata, Project

OFFICE = "Sabaki Port Customs Office"

SCOPE = (
    "Clearance of containerised and break-bulk imports at the Port of Sabaki, from the "
    "arrival of the vessel and its cargo manifest to the exit of the goods from the port "
    "gate, and the post-clearance audit that follows. Transit, exports, passengers and "
    "support functions other than postings and IT access are out of scope and will be "
    "mapped in 2027. The map was drawn at the initial workshop (13-15 May 2025) and "
    "re-assessed at the annual review (20-22 May 2026); the action plan is monitored "
    "every six months by the Integrity Committee of the Directorate."
)

SOURCES = (
    "Customs Integrity Perception Survey 2024 (312 officers, 148 traders and brokers); "
    "Internal Audit report IA/2024/07 on selectivity overrides and manifest amendments; "
    "Auditor-General management letter on revenue collection 2023; 57 complaints received "
    "through the integrity hotline and the Shippers' Council (2022-2024); 9 disciplinary and "
    "2 criminal case files; analysis of clearance-system data for 2023-2024 (channel "
    "overrides, examination results, release times, value uplifts); interviews with 24 "
    "officers and 11 customs brokers; consultation of the Clearing and Forwarding Agents' "
    "Association."
)

PARTICIPANTS = (
    ("P01", "Amina K. Salim", "Head of Integrity Unit (facilitator)",
     "Integrity and Anti-Corruption Unit, Headquarters"),
    ("P02", "Daniel Okello", "Senior Customs Officer, Long Room", OFFICE),
    ("P03", "Esther W. Kamau", "Examination Officer", "Examination Shed B, " + OFFICE),
    ("P04", "Joseph Mutua", "Shift Supervisor, Verification", OFFICE),
    ("P05", "Fatuma Hassan", "Valuation Officer", "Valuation and Tariff Section"),
    ("P06", "Peter Njoroge", "Tariff Classification Officer", "Valuation and Tariff Section"),
    ("P07", "Mary Atieno", "Risk Analyst", "Risk Management Unit, Headquarters"),
    ("P08", "Samuel Kiprono", "Scanner Image Analyst", "Non-Intrusive Inspection Unit"),
    ("P09", "Halima Abdi", "Revenue Accountant", "Revenue Accounting, " + OFFICE),
    ("P10", "George Barasa", "Post-Clearance Auditor", "Post-Clearance Audit Division"),
    ("P11", "Ruth Chebet", "Human Resources Officer", "Human Resources Directorate"),
    ("P12", "Ibrahim Juma", "ICT Systems Administrator", "ICT Directorate"),
    ("P13", "Catherine Nduta", "Internal Auditor", "Internal Audit Division"),
    ("P14", "Omar Said", "Investigator", "Internal Affairs Unit"),
    ("P15", "Moses Wekesa", "Enforcement Officer", "Enforcement Section, " + OFFICE),
    ("P16", "Laura Fernández", "WCO accredited integrity expert (co-facilitator)",
     "WCO capacity building mission"),
    ("P17", "", "Observer, brokers' representative",
     "Clearing and Forwarding Agents' Association"),
)


def _metadata() -> Metadata:
    return Metadata(
        title="Corruption risk map: import clearance at the Port of Sabaki",
        administration="Customs and Excise Directorate",
        office=OFFICE,
        scope=SCOPE,
        start_date=dt.date(2025, 5, 13),
        end_date=dt.date(2026, 5, 22),
        classification="RESTRICTED",
        sources=SOURCES,
        anonymous_votes=True,
    )


def _process(b: ExampleBuilder) -> None:
    b.process("P-01", "Import clearance (sea)",
              "Containerised and break-bulk imports for home use through the Port of Sabaki.")
    longroom, shed = "Long Room, " + OFFICE, "Examination Shed B, " + OFFICE
    # Main line on row 0; yellow channel on row 1, red channel on row 2 (columns 4-6).
    b.stage("S-01", "Vessel arrival and cargo manifest", 0, 0,
            "The shipping agent submits the electronic cargo manifest 24 hours before "
            "arrival; the Manifest Section registers it, records amendments and reconciles "
            "it with the terminal's discharge list.",
            ["Shipping agent", "Manifest officer", "Terminal operator"],
            "Manifest Section, " + OFFICE, "discretion manual_step")
    b.stage("S-02", "Unloading and temporary storage", 1, 0,
            "Containers are discharged, tallied and kept at the container terminal or a "
            "licensed container freight station under Customs control for up to 21 days.",
            ["Terminal operator", "CFS operator", "Warehouse officer"],
            "Container terminal and container freight stations", "manual_step face_to_face")
    b.stage("S-03", "Lodging of the goods declaration", 2, 0,
            "The licensed customs broker lodges the declaration in the clearance system with "
            "invoice, packing list, bill of lading and permits; the Long Room officer checks "
            "the file is complete and registers it.",
            ["Customs broker", "Long Room officer"], longroom,
            "discretion face_to_face manual_step")
    b.stage("S-04", "Risk assessment and channel allocation", 3, 0,
            "The selectivity module allocates the green, yellow or red channel from risk "
            "profiles; the shift supervisor may override the channel with a written reason.",
            ["Selectivity system", "Shift supervisor", "Risk analyst"],
            "Risk Management Unit and " + longroom, "discretion monopoly")
    b.stage("S-05", "Documentary check", 4, 1,
            "The verification officer checks the declaration against the commercial documents, "
            "licences and permits, queries the broker and may refer the file to examination.",
            ["Verification officer", "Customs broker"], longroom,
            "discretion face_to_face manual_step")
    b.stage("S-06", "Tariff classification", 5, 1,
            "Classification checked against the national tariff, advance rulings and the "
            "explanatory notes; the officer may amend the tariff code.",
            ["Tariff officer", "Customs broker"], "Valuation and Tariff Section",
            "discretion monopoly")
    b.stage("S-07", "Valuation", 6, 1,
            "The declared transaction value is checked against the valuation database; the "
            "officer accepts it, asks for evidence or applies an uplift.",
            ["Valuation officer", "Importer", "Customs broker"], "Valuation and Tariff Section",
            "discretion face_to_face")
    b.stage("S-08", "Non-intrusive inspection (scanning)", 4, 2,
            "The container passes the drive-through scanner; the image analyst clears the "
            "image or marks the areas to examine.",
            ["Scanner operator", "Image analyst"], "Non-Intrusive Inspection Unit",
            "discretion monopoly")
    b.stage("S-09", "Physical examination", 5, 2,
            "The container is devanned at Examination Shed B in the presence of the broker; "
            "the examiner checks quantity, description, origin marks and prohibited goods "
            "and may take samples.",
            ["Examination officer", "Customs broker", "Terminal labour", "Port police"], shed,
            "discretion face_to_face manual_step monopoly")
    b.stage("S-10", "Examination report and amendment", 6, 2,
            "The examiner records the findings; the declaration is amended and additional "
            "duties are raised; offences are referred to the Enforcement Section.",
            ["Examination officer", "Shift supervisor"], shed, "discretion manual_step")
    b.stage("S-11", "Offence proceedings and penalties", 7, 2,
            "The Enforcement Section investigates misdeclarations, seizes goods where the law "
            "requires it and settles offences by compounding (administrative fine) or refers "
            "them for prosecution.",
            ["Enforcement officer", "Head of Enforcement", "Importer"],
            "Enforcement Section, " + OFFICE, "discretion face_to_face cash_handling monopoly")
    b.stage("S-12", "Assessment and payment of duties", 8, 0,
            "The system calculates duties and taxes; the importer pays at the designated bank "
            "or, until 2026, at the Customs cash office; receipts are reconciled in the system.",
            ["Cashier", "Revenue accountant", "Importer", "Bank"],
            "Revenue Accounting, " + OFFICE, "cash_handling face_to_face manual_step")
    b.stage("S-13", "Release order", 9, 0,
            "The system issues the release order once payment is confirmed; a manual release "
            "order is allowed only under the fallback procedure when the system is down.",
            ["Release officer", "Shift supervisor"], longroom, "discretion manual_step")
    b.stage("S-14", "Exit gate", 10, 0,
            "The gate officer checks the release order, container and seal numbers before "
            "the truck leaves the port, and records the exit.",
            ["Gate officer", "Terminal security", "Truck driver"], "Main gate, Port of Sabaki",
            "face_to_face manual_step")
    b.stage("S-15", "Post-clearance audit", 11, 0,
            "Importers are selected on risk criteria and their records audited up to five "
            "years back; additional duties and penalties are raised.",
            ["Post-clearance auditor", "Audit manager", "Importer"],
            "Post-Clearance Audit Division, Headquarters", "discretion face_to_face")
    b.library_keys({
        "S-01": "arrival-manifest", "S-02": "arrival-manifest", "S-03": "declaration-lodging",
        "S-04": "channel-allocation", "S-05": "documentary-check",
        "S-06": "tariff-classification", "S-07": "valuation", "S-08": "physical-examination",
        "S-09": "physical-examination", "S-10": "physical-examination",
        "S-11": "seizures-penalties", "S-12": "duty-payment", "S-13": "release-exit",
        "S-14": "release-exit", "S-15": "post-clearance-audit",
    })
    b.flow("F-01", "S-01", "S-02")
    b.flow("F-02", "S-02", "S-03")
    b.flow("F-03", "S-03", "S-04")
    b.flow("F-04", "S-04", "S-12", "green channel")
    b.flow("F-05", "S-04", "S-05", "yellow channel")
    b.flow("F-06", "S-04", "S-08", "red channel")
    b.flow("F-07", "S-05", "S-06")
    b.flow("F-08", "S-06", "S-07")
    b.flow("F-09", "S-07", "S-12")
    b.flow("F-10", "S-08", "S-09")
    b.flow("F-11", "S-09", "S-10")
    b.flow("F-12", "S-10", "S-12", "no offence found")
    b.flow("F-13", "S-10", "S-11", "offence found")
    b.flow("F-14", "S-11", "S-12", "penalty settled")
    b.flow("F-15", "S-12", "S-13", "duties paid")
    b.flow("F-16", "S-13", "S-14")
    b.flow("F-17", "S-14", "S-15", "selected for audit")


def build() -> Project:
    """The whole seaport example, identical on every run."""
    b = ExampleBuilder("seaport-import", "wco-5x5", _metadata())
    for code, name, role, unit in PARTICIPANTS:
        b.participant(code, name, role, unit)
    _process(b)
    add_risks(b)
    add_measures(b)
    add_history(b)
    return b.build()
