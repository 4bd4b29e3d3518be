"""The risk register of the seaport example: 46 risks, stage by stage, then on hand-overs."""

from __future__ import annotations

from example_builder import ExampleBuilder

EFF, PART, INEFF, UNTESTED = "effective", "partially_effective", "ineffective", "not_tested"
REVIEW = "2026-05-22"

HOTLINE = "Integrity hotline complaints 2022-2024"
SURVEY = "Customs Integrity Perception Survey 2024"
IA = "Internal Audit report IA/2024/07"
DATA = "Analysis of clearance-system data 2023-2024"
WORKSHOP = "Workshop discussion, May 2025"


def add_risks(b: ExampleBuilder) -> None:
    """Every risk of the register, in code order."""
    _arrival_to_lodging(b)
    _selectivity_and_documents(b)
    _examination(b)
    _payment_to_audit(b)
    _handovers(b)


def _arrival_to_lodging(b: ExampleBuilder) -> None:
    b.risk("R-001", "S-01",
           "A manifest officer, paid by the shipping agent, deletes or amends manifest lines "
           "after arrival, so that undeclared containers are never matched to a declaration "
           "and leave the port unrecorded.",
           "collusion", ["Manifest officer", "Shipping agent"],
           "discretion manual_step weak_accountability",
           "Goods enter without duties; prohibited goods escape control.",
           "revenue security_society",
           [("Amendments after arrival need supervisor approval in the system", PART),
            ("Monthly reconciliation of unmatched manifest lines", INEFF)],
           ((4, 5), (3, 5), (2, 4)), "Head of Manifest Section",
           f"{IA} (63 amendments without supporting document); {WORKSHOP}", REVIEW)
    b.risk("R-002", "S-01",
           "A shipping agent pays the manifest officer to accept a late or incomplete manifest "
           "without the statutory penalty.",
           "bribery", ["Manifest officer", "Shipping agent"], "discretion face_to_face",
           "Loss of penalty revenue; late manifests weaken pre-arrival risk analysis.",
           "revenue reputation",
           [("Late-manifest penalty calculated by the system", PART)],
           ((4, 2), (2, 2), (1, 2)), "Head of Manifest Section", f"{DATA}; {WORKSHOP}", REVIEW)
    b.risk("R-003", "S-01",
           "A manifest officer leaks manifest data on high-value or sensitive cargo to "
           "criminal groups or to competing importers.",
           "information_leakage", ["Manifest officer", "Third parties"], "weak_accountability",
           "Theft or hijacking of cargo after exit; unfair competition; loss of trust.",
           "security_society reputation",
           [("Confidentiality clause in the code of conduct", UNTESTED)],
           ((3, 4), (2, 4), (2, 3)), "Director of ICT", WORKSHOP, REVIEW)
    b.risk("R-004", "S-02",
           "A warehouse officer and container freight station staff let containers leave "
           "the storage area before clearance (\"ghost release\") in return for a payment.",
           "collusion", ["Warehouse officer", "CFS operator", "Truck driver"],
           "weak_accountability manual_step",
           "Duties lost on whole containers; prohibited goods enter the market.",
           "revenue security_society",
           [("Paper gate pass countersigned by the warehouse officer", INEFF)],
           ((3, 5), (3, 5), (2, 4)), "Head of Warehousing Section",
           f"2 criminal cases (2023); {SURVEY}", REVIEW)
    b.risk("R-005", "S-02",
           "A warehouse officer colludes with terminal staff to pilfer or substitute goods "
           "in storage, then records the loss as a shortage on landing.",
           "embezzlement", ["Warehouse officer", "Terminal staff"],
           "weak_accountability manual_step",
           "Losses for importers; disputes over duties on short-landed goods.",
           "revenue trade_facilitation",
           [("Joint tally of discharged containers", PART),
            ("CCTV at the container freight stations", PART)],
           ((3, 3), (2, 3), (1, 3)), "Head of Warehousing Section", HOTLINE, REVIEW)
    b.risk("R-006", "S-02",
           "Officers are paid to extend the storage period of overstayed containers instead of "
           "transferring them to the State warehouse for auction.",
           "bribery", ["Warehouse officer", "Importer"], "discretion",
           "Congested terminal; goods lose value; auction revenue lost.",
           "revenue trade_facilitation",
           [("Monthly list of overstayed containers", PART)],
           ((3, 3), (3, 3), (2, 2)), "Head of Warehousing Section", DATA, REVIEW)
    b.risk("R-007", "S-03",
           "A Long Room officer delays the registration of complete declarations until the "
           "broker makes a facilitation payment (\"speed money\").",
           "bribery", ["Long Room officer", "Customs broker"],
           "face_to_face discretion monopoly",
           "Delays and extra cost for compliant traders; payments become the norm.",
           "trade_facilitation reputation staff_integrity",
           [("Service standard of 4 hours for registration", INEFF),
            ("Complaints box in the Long Room", INEFF)],
           ((5, 3), (4, 3), (2, 2)), "Long Room Manager",
           f"{SURVEY} (61 % of brokers report paying to speed up files); {HOTLINE}", REVIEW)
    b.risk("R-008", "S-03",
           "A broker lodges a declaration with forged or recycled supporting documents "
           "(invoice, permit, certificate of origin) with the knowledge of the receiving "
           "officer.",
           "collusion", ["Customs broker", "Long Room officer", "Importer"],
           "manual_step weak_accountability",
           "Duties and controls evaded on the basis of false documents.",
           "revenue security_society",
           [("Scanned documents attached to the declaration", PART),
            ("Broker licence can be suspended", INEFF)],
           ((4, 4), (3, 4), (2, 3)), "Long Room Manager", f"{IA}; 3 disciplinary cases", REVIEW)
    b.risk("R-009", "S-03",
           "An officer demands an unofficial fee from small traders who lodge without a "
           "broker, threatening to reject the file.",
           "extortion", ["Long Room officer", "Small trader"], "face_to_face discretion",
           "Small traders are pushed to informal channels; damage to public trust.",
           "trade_facilitation reputation",
           [("Help desk for self-filers", PART)],
           ((4, 2), (3, 2), (1, 2)), "Long Room Manager", HOTLINE, REVIEW)


def _selectivity_and_documents(b: ExampleBuilder) -> None:
    b.risk("R-010", "S-04",
           "A shift supervisor overrides the red or yellow channel to green in return for a "
           "payment, without a valid written reason.",
           "bribery", ["Shift supervisor", "Customs broker"],
           "discretion monopoly weak_accountability",
           "High-risk consignments released without control: drugs, weapons, "
           "undervalued goods.",
           "revenue security_society reputation",
           [("Override requires a reason code in the system", PART),
            ("Quarterly review of overrides by the Risk Management Unit", INEFF)],
           ((5, 5), (4, 5), (2, 4)), "Head of Risk Management Unit",
           f"{IA}: 1,140 overrides in 2023, 38 % with the reason \"other\"; {SURVEY}", REVIEW,
           rationale="Individual scores ranged from 3 to 5 for likelihood. The group agreed "
           "4 x 5: the override report shows fewer overrides since November 2025, but the "
           "second-level approval is not yet in place.")
    b.risk("R-011", "S-04",
           "A risk analyst or an IT administrator amends or switches off selectivity profiles "
           "to favour certain importers.",
           "internal_fraud", ["Risk analyst", "IT administrator"],
           "monopoly weak_accountability",
           "Systematic release of high-risk importers without control.",
           "revenue security_society",
           [("Profile changes logged in the system", PART)],
           ((3, 5), (3, 5), (1, 5)), "Head of Risk Management Unit", WORKSHOP, REVIEW)
    b.risk("R-012", "S-04",
           "Officers who see the selectivity result tip off brokers that a consignment is "
           "red, so that the declaration is withdrawn or the examination is \"arranged\".",
           "information_leakage", ["Long Room officer", "Risk analyst", "Customs broker"],
           "weak_accountability face_to_face",
           "Smuggling networks avoid examination; examinations lose their deterrent effect.",
           "security_society revenue",
           [("Channel shown to the broker only after allocation of the examiner", INEFF)],
           ((4, 4), (4, 4), (2, 3)), "Head of Risk Management Unit",
           f"{DATA} (red-channel declarations withdrawn: 4 %); {WORKSHOP}", REVIEW)
    b.risk("R-013", "S-04",
           "An analyst keeps importers with recent offences on the low-risk list because of "
           "personal ties with them.",
           "nepotism", ["Risk analyst", "Importer"], "discretion weak_accountability",
           "Offending importers keep clearing through the green channel.",
           "revenue security_society",
           [("Annual review of the low-risk list", PART)],
           ((3, 4), (3, 3), (2, 3)), "Head of Risk Management Unit", IA, REVIEW)
    b.risk("R-014", "S-05",
           "A verification officer raises trivial queries and holds the file until an "
           "unofficial payment is made.",
           "extortion", ["Verification officer", "Customs broker"],
           "discretion face_to_face monopoly",
           "Delays and extra cost for traders; honest brokers disadvantaged.",
           "trade_facilitation reputation",
           [("Queries must be entered in the system", PART)],
           ((5, 3), (4, 3), (2, 2)), "Head of Verification", f"{SURVEY}; {HOTLINE}", REVIEW)
    b.risk("R-015", "S-05",
           "A verification officer accepts missing or forged import permits for restricted "
           "goods (pharmaceuticals, pesticides) in return for a payment.",
           "bribery", ["Verification officer", "Customs broker"], "discretion manual_step",
           "Dangerous or sub-standard goods reach consumers.",
           "security_society reputation",
           [("Electronic permits from two agencies checked on line", PART)],
           ((3, 5), (3, 4), (2, 4)), "Head of Verification", WORKSHOP, REVIEW)
    b.risk("R-016", "S-05",
           "A broker chooses his verification officer at the Long Room desk because files "
           "are allocated by hand (\"officer shopping\").",
           "collusion", ["Customs broker", "Verification officer", "Shift supervisor"],
           "discretion manual_step",
           "Lenient checks for favoured brokers; collusive relationships settle in.",
           "revenue staff_integrity",
           [("Allocation register kept by the shift supervisor", INEFF)],
           ((4, 3), (4, 3), (1, 3)), "Head of Verification", WORKSHOP, REVIEW)
    b.risk("R-017", "S-06",
           "A tariff officer accepts a wrong tariff code with a lower duty rate (e.g. parts "
           "instead of complete vehicles) for a share of the duty saved.",
           "collusion", ["Tariff officer", "Customs broker"], "discretion monopoly",
           "Revenue loss on high-duty goods; distortion of trade statistics.",
           "revenue",
           [("Advance tariff rulings available to traders", PART),
            ("Sample review of amended codes", INEFF)],
           ((4, 4), (3, 4), (2, 3)), "Head of Valuation and Tariff Section",
           "Auditor-General management letter 2023", REVIEW)
    b.risk("R-018", "S-06",
           "A tariff officer threatens to reclassify goods at a higher rate unless the importer "
           "pays.",
           "extortion", ["Tariff officer", "Importer"], "discretion face_to_face",
           "Extra cost and uncertainty for traders.",
           "trade_facilitation reputation",
           [("Right of appeal to the Tariff Committee", PART)],
           ((3, 3), (1, 3), (1, 3)), "Head of Valuation and Tariff Section", HOTLINE, REVIEW)
    b.risk("R-019", "S-07",
           "A valuation officer accepts an under-invoiced value well below the reference "
           "database in return for a payment.",
           "bribery", ["Valuation officer", "Importer", "Customs broker"],
           "discretion face_to_face",
           "Major revenue loss; honest importers undercut.",
           "revenue",
           [("Valuation database with reference prices", PART),
            ("Supervisor approval of values below reference", INEFF)],
           ((5, 4), (4, 4), (2, 3)), "Head of Valuation and Tariff Section",
           f"{DATA}: 22 % of accepted values below 50 % of reference", REVIEW)
    b.risk("R-020", "S-07",
           "A valuation officer applies arbitrary uplifts to honest importers, then asks for "
           "a payment to \"negotiate\" the value down.",
           "extortion", ["Valuation officer", "Importer"], "discretion face_to_face",
           "Extra cost for honest traders; legal disputes.",
           "trade_facilitation reputation",
           [("Uplift must be justified in the system", PART)],
           ((4, 3), (3, 3), (1, 3)), "Head of Valuation and Tariff Section", HOTLINE, REVIEW)
    b.risk("R-021", "S-07",
           "An officer with access manipulates reference prices in the valuation database to "
           "benefit a group of importers.",
           "internal_fraud", ["Valuation officer", "IT administrator"], "monopoly",
           "Systematic under-valuation across all declarations of a product.",
           "revenue",
           [("Database changes logged", UNTESTED)],
           ((2, 4), (2, 4), (1, 4)), "Head of Valuation and Tariff Section", WORKSHOP, REVIEW)
    b.risk("R-022", "S-07",
           "A valuation officer handles declarations of a company in which a relative holds "
           "shares, without declaring the interest.",
           "conflict_of_interest", ["Valuation officer"], "weak_accountability",
           "Biased decisions; loss of trust in valuation.",
           "revenue reputation",
           [("Conflict-of-interest clause in the code of conduct", INEFF)],
           ((3, 3), (3, 3), (1, 3)), "Head of Valuation and Tariff Section", WORKSHOP, REVIEW)


def _examination(b: ExampleBuilder) -> None:
    b.risk("R-023", "S-08",
           "An image analyst clears a suspicious scan image without referral, in collusion "
           "with the broker.",
           "collusion", ["Image analyst", "Customs broker"], "discretion monopoly",
           "Concealed drugs, weapons or undeclared goods pass the scanner.",
           "security_society revenue",
           [("Images stored for 12 months", PART)],
           ((3, 5), (3, 5), (2, 4)), "Head of NII Unit", WORKSHOP, REVIEW)
    b.risk("R-024", "S-08",
           "A scanner operator skips the scan or scans another container, and records the "
           "scan as done.",
           "internal_fraud", ["Scanner operator", "Customs broker"], "monopoly manual_step",
           "Red-channel containers leave without inspection.",
           "security_society",
           [("Container number read automatically by the new scanner", EFF)],
           ((3, 5), (2, 5), (1, 5)), "Head of NII Unit", "New scanner commissioned 2025-09",
           REVIEW)
    b.risk("R-025", "S-09",
           "An examination officer records a full examination that did not take place, or "
           "examines only the first row of cartons, in return for a payment.",
           "bribery", ["Examination officer", "Customs broker"],
           "discretion face_to_face monopoly manual_step",
           "Prohibited goods and undeclared quantities enter; examination loses deterrence.",
           "security_society revenue reputation",
           [("Supervisor spot checks in the shed", PART),
            ("Examination report signed by the broker", INEFF)],
           ((5, 5), (4, 5), (2, 4)), "Head of Examination",
           f"{SURVEY}; 4 disciplinary cases; {WORKSHOP}", REVIEW,
           rationale="Scores spread from 2 to 5 for likelihood; examiners scored lower than "
           "auditors. Agreed 4 x 5 until CCTV and random allocation are in place.")
    b.risk("R-026", "S-09",
           "An examiner under-reports quantities or overlooks prohibited goods found "
           "(\"accommodating examination\").",
           "collusion", ["Examination officer", "Customs broker", "Importer"],
           "discretion face_to_face",
           "Revenue loss and entry of prohibited goods.",
           "security_society revenue",
           [("Second examiner for high-risk consignments", PART)],
           ((4, 5), (4, 4), (2, 4)), "Head of Examination", f"{SURVEY}; {HOTLINE}", REVIEW)
    b.risk("R-027", "S-09",
           "A supervisor assigns \"friendly\" examiners to the containers of particular "
           "brokers.",
           "abuse_of_discretion", ["Shift supervisor", "Customs broker"],
           "discretion monopoly manual_step",
           "Collusive examination becomes systematic.",
           "security_society revenue staff_integrity",
           [("Allocation recorded in a paper register", INEFF)],
           ((4, 4), (4, 4), (1, 4)), "Head of Examination", WORKSHOP, REVIEW)
    b.risk("R-028", "S-09",
           "Examiners or terminal labourers pilfer goods from opened containers during "
           "devanning.",
           "embezzlement", ["Examination officer", "Terminal labour"],
           "weak_accountability face_to_face",
           "Losses for importers; complaints and claims against Customs.",
           "trade_facilitation reputation",
           [("Port police present in the shed", PART)],
           ((3, 3), (3, 3), (2, 2)), "Head of Examination", HOTLINE, REVIEW)
    b.risk("R-029", "S-09",
           "An examiner delays the examination booking and asks for a payment to examine the "
           "same day.",
           "extortion", ["Examination officer", "Customs broker"], "monopoly face_to_face",
           "Storage costs and delays for traders; payments become routine.",
           "trade_facilitation reputation",
           [("Examination booking list", INEFF)],
           ((4, 3), (4, 3), (2, 2)), "Head of Examination", SURVEY, REVIEW)
    b.risk("R-030", "S-10",
           "Examination findings are not entered, or are altered before the declaration is "
           "amended, so that additional duties are not raised.",
           "internal_fraud", ["Examination officer", "Shift supervisor"],
           "manual_step weak_accountability",
           "Revenue loss; offences go unrecorded.",
           "revenue",
           [("Paper report kept with the file", INEFF)],
           ((4, 4), (3, 4), (2, 3)), "Head of Examination", IA, REVIEW)
    b.risk("R-031", "S-11",
           "An enforcement officer negotiates the penalty down or drops the offence case in "
           "return for a bribe (\"settlement in the corridor\").",
           "bribery", ["Enforcement officer", "Importer", "Customs broker"],
           "discretion face_to_face monopoly",
           "Offenders go unpunished; penalty revenue lost; deterrence collapses.",
           "revenue reputation staff_integrity",
           [("Penalties above a threshold approved by the Head of Enforcement", PART)],
           ((4, 4), (4, 4), (2, 3)), "Head of Enforcement", f"{HOTLINE}; {WORKSHOP}", REVIEW)
    b.risk("R-032", "S-11",
           "Seized goods are stolen, swapped or sold below value before the auction.",
           "embezzlement", ["Enforcement officer", "Warehouse keeper", "Auction buyers"],
           "weak_accountability manual_step",
           "Loss of seized goods and auction revenue; seized drugs return to the market.",
           "revenue security_society reputation",
           [("Inventory of the seizure store", PART)],
           ((3, 4), (3, 3), (1, 3)), "Head of Enforcement",
           "Auditor-General management letter 2023", REVIEW)


def _payment_to_audit(b: ExampleBuilder) -> None:
    b.risk("R-033", "S-12",
           "A cashier at the Customs cash office issues fake or duplicate receipts and keeps "
           "the cash.",
           "embezzlement", ["Cashier"], "cash_handling manual_step",
           "Direct loss of revenue; goods released on false receipts.",
           "revenue reputation",
           [("Daily cash reconciliation", PART),
            ("Cash office closed; all payments through the bank (June 2026)", EFF)],
           ((4, 5), (2, 4), (1, 4)), "Revenue Accounting Manager",
           f"{IA}; 1 criminal case (2024)", "2026-07-15",
           rationale="Re-scored in July 2026 after the cash office closed: residual "
           "likelihood lowered from Likely to Unlikely.")
    b.risk("R-034", "S-12",
           "A revenue accountant confirms a payment in the system on the strength of a forged "
           "bank slip, in collusion with the broker.",
           "internal_fraud", ["Revenue accountant", "Customs broker"],
           "manual_step weak_accountability",
           "Goods released without payment; large revenue losses before detection.",
           "revenue",
           [("Monthly reconciliation with bank statements", INEFF)],
           ((4, 5), (4, 5), (1, 5)), "Revenue Accounting Manager",
           "Auditor-General management letter 2023 (unreconciled receipts)", REVIEW)
    b.risk("R-035", "S-12",
           "An assessment officer manually reduces the duty after assessment (exemption code, "
           "exchange rate) without supporting documents.",
           "internal_fraud", ["Assessment officer"], "discretion weak_accountability",
           "Revenue loss hidden as legitimate exemptions.",
           "revenue",
           [("Exemption codes need a reference to the exemption letter", PART)],
           ((3, 4), (3, 4), (1, 4)), "Revenue Accounting Manager", DATA, REVIEW)
    b.risk("R-036", "S-13",
           "A release officer issues a manual release order during a \"system outage\" for "
           "goods not cleared or not paid.",
           "abuse_of_discretion", ["Release officer", "Shift supervisor"],
           "discretion manual_step",
           "Goods leave without duties or controls.",
           "revenue security_society",
           [("Fallback procedure with Port Manager authorisation", EFF)],
           ((3, 5), (3, 4), (1, 4)), "Port Customs Manager", IA, REVIEW)
    b.risk("R-037", "S-13",
           "The release order is held back until the broker pays to have it printed and "
           "signed.",
           "extortion", ["Release officer", "Customs broker"], "face_to_face monopoly",
           "Delay and cost for traders.",
           "trade_facilitation reputation",
           [("Release order available on the broker portal", PART)],
           ((4, 2), (2, 2), (1, 2)), "Port Customs Manager", SURVEY, REVIEW)
    b.risk("R-038", "S-14",
           "A gate officer lets out a truck carrying another container than the one released, "
           "or with broken seals, in return for a payment.",
           "bribery", ["Gate officer", "Truck driver", "Customs broker"],
           "face_to_face manual_step",
           "Uncleared or prohibited goods leave the port.",
           "security_society revenue",
           [("Gate officer checks the release order on screen", PART)],
           ((4, 5), (3, 5), (2, 4)), "Port Customs Manager", WORKSHOP, REVIEW)
    b.risk("R-039", "S-14",
           "A gate officer extorts \"gate fees\" from truck drivers by delaying the exit "
           "check.",
           "extortion", ["Gate officer", "Truck driver"], "face_to_face monopoly",
           "Queues at the gate; extra cost for transport.",
           "trade_facilitation reputation",
           [("Published gate opening hours", PART)],
           ((5, 2), (4, 2), (2, 2)), "Port Customs Manager",
           "Transporters' association complaint (2024)", REVIEW)
    b.risk("R-040", "S-15",
           "A post-clearance auditor negotiates the amount of additional duties found in "
           "return for a bribe.",
           "bribery", ["Post-clearance auditor", "Importer"], "discretion face_to_face",
           "Revenue loss; audit loses credibility.",
           "revenue reputation",
           [("Audit report reviewed by the audit manager", PART)],
           ((3, 5), (3, 4), (2, 3)), "Head of Post-Clearance Audit", WORKSHOP, REVIEW)
    b.risk("R-041", "S-15",
           "Audit selection is steered so that certain importers are never audited.",
           "abuse_of_discretion", ["Audit manager", "Importer"], "discretion monopoly",
           "High-risk importers escape control for years.",
           "revenue",
           [("Annual audit plan approved by the Director", PART)],
           ((3, 4), (3, 4), (1, 4)), "Head of Post-Clearance Audit", IA, REVIEW)
    b.risk("R-042", "S-09",
           "Officers pay managers, or use family ties, to be posted to the examination shed "
           "and to stay there beyond the rotation period.",
           "nepotism", ["Examination officer", "Senior managers", "HR officer"],
           "discretion weak_accountability",
           "Lucrative posts held by the same people; collusive networks grow.",
           "staff_integrity reputation",
           [("Rotation policy (on paper)", INEFF)],
           ((4, 3), (4, 3), (2, 3)), "Director of Human Resources", SURVEY, REVIEW)
    b.risk("R-043", "S-13",
           "The user account of an officer on leave or transferred is used by colleagues to "
           "approve releases.",
           "internal_fraud", ["Release officer", "IT administrator"], "weak_accountability",
           "Unauthorised releases that cannot be traced to a person.",
           "revenue security_society",
           [("Passwords renewed every 90 days", INEFF)],
           ((3, 4), (2, 4), (1, 4)), "Director of ICT", "ICT access-rights review, April 2026",
           REVIEW)


def _handovers(b: ExampleBuilder) -> None:
    b.risk("R-044", "F-06",
           "The paper examination file is handed to the broker to carry to the scanner and "
           "the shed; documents are replaced or the file is \"lost\" on the way.",
           "collusion", ["Customs broker", "Long Room officer"],
           "manual_step weak_accountability",
           "Examination done against altered documents; findings cannot be proved.",
           "revenue security_society",
           [("File checklist signed at the shed", INEFF)],
           ((4, 4), (3, 4), (1, 4)), "Head of Examination", WORKSHOP, REVIEW)
    b.risk("R-045", "F-13",
           "Offence findings are not passed on to the Enforcement Section; the examiner "
           "settles the matter privately with the broker.",
           "bribery", ["Examination officer", "Customs broker"],
           "discretion weak_accountability",
           "Offences disappear from the record; no penalty, no risk profile update.",
           "revenue security_society",
           [("Monthly comparison of amendments and offence cases", INEFF)],
           ((4, 4), (3, 4), (2, 3)), "Head of Enforcement", IA, REVIEW)
    b.risk("R-046", "F-15",
           "The release desk accepts a hand-carried bank slip while the bank confirmation is "
           "pending; the payment is later reversed and the goods are already gone.",
           "collusion", ["Release officer", "Customs broker"], "manual_step",
           "Goods released without payment.",
           "revenue",
           [("Bank interface confirms most payments within 1 hour", PART)],
           ((3, 5), (3, 4), (1, 4)), "Revenue Accounting Manager",
           "Two reversed payments found by Revenue Accounting, March 2026", REVIEW)
