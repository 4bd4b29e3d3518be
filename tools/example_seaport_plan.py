"""The action plan, workshop votes, assessment rounds and audit log of the seaport example."""

from __future__ import annotations

from example_builder import ExampleBuilder

# Arusha key factors by number: 1 Leadership and Commitment, 2 Regulatory Framework,
# 3 Transparency, 4 Automation, 5 Reform and Modernization, 6 Audit and Investigation,
# 7 Code of Conduct, 8 Human Resource Management, 9 Morale and Organizational Culture,
# 10 Relationship with the Private Sector.
PREV, DET, CORR = "preventive", "detective", "corrective"
PLANNED, RUNNING, DONE, DELAYED, CANCELLED = (
    "planned", "in_progress", "done", "delayed", "cancelled")
ICT, HR, INTEGRITY, AUDIT = ("ICT Directorate", "Human Resources Directorate",
                             "Integrity and Anti-Corruption Unit", "Internal Audit Division")
BUDGET = "Within the recurrent budget"


def add_measures(b: ExampleBuilder) -> None:
    m = b.measure
    m("M-001", "Mandatory reason codes and an automatic weekly report of channel overrides "
      "to the Port Customs Manager", "R-010 R-013", (4, 6), DET,
      "Head of Risk Management Unit", ICT, ("2025-06-01", "2025-12-31"),
      "ICT development, 2 person-months", "Overrides a month; share with a specific reason",
      "95 a month; 62 % (2023)", "Fewer than 30 a month; 100 %", DONE, 100,
      "Live since 17 November 2025; overrides fell to 31 in the first month.")
    m("M-002", "Second-level approval of every override by the duty analyst of the Risk "
      "Management Unit", "R-010", (2, 5), PREV, "Head of Risk Management Unit", ICT,
      ("2025-10-01", "2026-09-30"), "Standing order; ICT change, 1 person-month",
      "Overrides approved by two officers", "0 %", "100 %", RUNNING, 60,
      "Standing order signed; the system change is in user testing.")
    m("M-003", "Random allocation of verification and examination officers by the clearance "
      "system", "R-016 R-025 R-027", (4, 8), PREV, "Head of Examination", ICT,
      ("2025-07-01", "2026-03-31"), "ICT development, 3 person-months; shift re-planning",
      "Declarations allocated by the system", "0 % (paper register)", "100 %", DELAYED, 40,
      "Module ready; roll-out held up by talks with the staff union on shift patterns. "
      "New date proposed: 31 January 2027.")
    m("M-004", "Electronic payment of all duties, taxes and fees through the bank interface; "
      "closure of the Customs cash office", "R-033 R-034", (4, 5), PREV,
      "Revenue Accounting Manager", "Finance Directorate; partner banks",
      ("2025-01-15", "2026-06-30"), "Bank interface project (donor-funded)",
      "Share of revenue paid electronically", "41 % (2024)", "100 %; cash office closed",
      DONE, 100, "Cash office closed on 30 June 2026.")
    m("M-005", "On-line bank confirmation of every payment before release; no hand-carried "
      "slips accepted", "R-034 R-046", (4,), PREV, "Revenue Accounting Manager", ICT,
      ("2026-06-01", "2026-12-31"), "ICT development, 1 person-month",
      "Releases on payments not confirmed by the bank", "2 reversed payments (2026)", "0",
      RUNNING, 50, "Added at the May 2026 review.")
    m("M-006", "CCTV recording of Examination Shed B and body-worn cameras for examiners, "
      "footage kept 90 days and sampled by Internal Affairs", "R-025 R-026 R-028", (5, 6),
      DET, "Head of Examination", "Internal Affairs Unit", ("2025-09-01", "2026-12-15"),
      "Equipment: 24 cameras, 30 body cameras (donor)", "Examinations recorded",
      "0 %", "100 %; 5 % of footage reviewed monthly", RUNNING, 70,
      "Cameras installed; body cameras delivered, training in progress.")
    m("M-007", "Examination findings and photographs entered on a tablet at the container, "
      "before leaving the shed", "R-025 R-030", (4,), PREV, "Head of Examination", ICT,
      ("2026-10-01", "2027-06-30"), "40 tablets; mobile application", "Reports entered on site",
      "0 %", "95 %", PLANNED, 0)
    m("M-008", "Rotation of examination, valuation and gate officers every 24 months and of "
      "supervisors every 36 months", "R-027 R-038 R-042", (8,), PREV,
      "Director of Human Resources", "Port Customs Manager", ("2025-07-01", "2026-07-01"),
      BUDGET, "Officers in the same post for more than 24 months", "58 %", "0 %", RUNNING, 75,
      "42 officers rotated in January 2026; rotation of supervisors postponed.")
    m("M-009", "Merit-based posting procedure: published criteria and vacancies, posting board "
      "with an Integrity Unit observer", "R-042", (3, 8), PREV, "Director of Human Resources",
      INTEGRITY, ("2026-09-01", "2027-03-31"), BUDGET, "Postings decided by the board",
      "0 %", "100 % of postings to high-risk posts", PLANNED, 0)
    m("M-010", "Valuation alerts when the declared value is below 70 % of the reference price; "
      "supervisor review of every accepted low value", "R-019 R-020 R-021", (4, 6), DET,
      "Head of Valuation and Tariff Section", ICT, ("2025-06-15", "2026-03-31"),
      "ICT development, 2 person-months", "Accepted values below 50 % of reference",
      "22 % (2024)", "Below 5 %", DONE, 100,
      "Alerts live since February 2026; share already down to 9 %.")
    m("M-011", "Publish the classification and valuation dispute procedure and all advance "
      "rulings on the Directorate's website", "R-017 R-018 R-020", (2, 3), PREV,
      "Head of Valuation and Tariff Section", "Legal Services", ("2025-06-01", "2025-12-31"),
      BUDGET, "Rulings published", "0", "All rulings since 2022", DONE, 100)
    m("M-012", "Supervisory review of 5 % of tariff-code amendments and of all codes accepted "
      "in sensitive chapters (22, 24, 85, 87)", "R-017", (6,), DET,
      "Head of Valuation and Tariff Section", AUDIT, ("2026-01-15", "2027-02-28"), BUDGET,
      "Amendments reviewed; errors found", "None reviewed", "5 % reviewed monthly",
      RUNNING, 40)
    m("M-013", "Service charter: published fees, documents required and time limits in the "
      "Long Room, at the gate and on the website", "R-007 R-009 R-014 R-037 R-039", (3, 10),
      PREV, "Port Customs Manager", "Public Relations Office", ("2025-06-01", "2025-09-30"),
      "Printing and website update", "Brokers aware of the charter (survey)", "Not measured",
      "80 %", DONE, 100)
    m("M-014", "Integrity hotline and whistle-blowing channel with protection of reporters; "
      "quarterly report to the Commissioner", "R-007 R-014 R-029 R-039", (1, 6), DET,
      "Head of Integrity Unit", "Internal Affairs Unit", ("2025-07-01", "2026-12-31"),
      "Toll-free number; case-management software",
      "Reports received and cases opened", "57 complaints in 3 years", "Every report "
      "acknowledged within 5 days", RUNNING, 80)
    m("M-015", "Memorandum of Understanding with the Clearing and Forwarding Agents' "
      "Association and the Shippers' Council on integrity", "R-008 R-014 R-016", (10,), PREV,
      "Port Customs Manager", INTEGRITY, ("2025-06-01", "2025-11-30"), BUDGET,
      "MoU signed; joint meetings held", "No MoU", "MoU signed; quarterly meetings", DONE, 100,
      "Signed on 12 November 2025.")
    m("M-016", "Revised broker licensing regulations: suspension for forged documents and "
      "annual integrity attestation", "R-008", (2, 10), CORR, "Head of Legal Services",
      "Licensing Section", ("2025-09-01", "2026-06-30"), "Legal drafting",
      "Regulation in force", "1998 regulations", "Revised regulation gazetted", DELAYED, 30,
      "Draft with the Ministry of Finance since March 2026.")
    m("M-017", "Code-of-conduct refresher training and signed integrity pledge for all port "
      "officers", "R-007 R-025 R-031 R-033", (7,), PREV, "Head of Integrity Unit",
      "Customs Training School", ("2025-07-01", "2025-12-15"), "Trainers' time; venue",
      "Officers trained", "12 % (2024)", "100 % of 410 port officers", DONE, 100)
    m("M-018", "Annual declaration of assets and interests for officers in high-risk posts, "
      "with verification of a sample by Internal Affairs", "R-022 R-040 R-041", (6, 7), DET,
      "Head of Integrity Unit", "Internal Affairs Unit", ("2025-11-01", "2026-10-31"),
      BUDGET, "Declarations received and verified", "None", "100 % received; 10 % verified",
      RUNNING, 30, "Form approved; collection under way in three sections.")
    m("M-019", "Compounding guidelines: penalty grid, two signatures above a threshold and "
      "publication of settlements", "R-031 R-045", (2, 3), PREV, "Head of Enforcement",
      "Legal Services", ("2026-01-15", "2027-03-31"), BUDGET,
      "Settlements within the grid", "Not measured", "100 %", RUNNING, 50)
    m("M-020", "Automatic transfer of offence findings from the examination report to the "
      "enforcement case register", "R-030 R-045", (4,), PREV, "Head of Enforcement", ICT,
      ("2027-01-15", "2027-06-30"), "ICT development, 1 person-month",
      "Findings with an offence case", "Not measured", "100 %", PLANNED, 0)
    m("M-021", "Barcode inventory of seized goods, joint custody of the seizure store and "
      "public e-auction", "R-032 R-006", (3, 4), PREV, "Head of Enforcement",
      "Finance Directorate", ("2025-10-01", "2026-09-30"), "Barcode equipment; e-auction "
      "platform", "Seized items tagged", "0 %", "100 %", DELAYED, 20,
      "Equipment procurement re-launched after an unsuccessful tender.")
    m("M-022", "Real-time matching of terminal gate-out records with release orders, with "
      "alerts on unmatched containers", "R-004 R-038", (4, 6), DET, "Port Customs Manager",
      "ICT Directorate; terminal operator", ("2025-10-01", "2027-01-31"),
      "Interface with the terminal operating system", "Containers out without release",
      "Unknown", "0; every alert investigated", RUNNING, 65)
    m("M-023", "Manifest amendments after arrival only in the system, with supervisor "
      "approval and a monthly reconciliation report", "R-001 R-002", (4, 6), PREV,
      "Head of Manifest Section", ICT, ("2025-06-01", "2026-02-28"), BUDGET,
      "Amendments without supporting document", "63 (IA/2024/07)", "0", DONE, 100)
    m("M-024", "Need-to-know access rights, quarterly review of user accounts and automatic "
      "lock of accounts of staff on leave or transferred", "R-003 R-011 R-012 R-043", (4, 6),
      PREV, "Director of ICT", HR, ("2026-06-01", "2026-11-30"), BUDGET,
      "Active accounts of absent staff", "37 (April 2026)", "0", RUNNING, 45)
    m("M-025", "Profile committee reviews and approves every change of selectivity profiles; "
      "changes logged", "R-011 R-013", (5, 6), PREV, "Head of Risk Management Unit", AUDIT,
      ("2025-06-01", "2026-04-30"), BUDGET, "Profile changes approved by the committee",
      "0 %", "100 %", DONE, 100)
    m("M-026", "System-generated, risk-based audit selection; audits by teams of two and "
      "rotation of audit files", "R-040 R-041", (5, 6), PREV,
      "Head of Post-Clearance Audit", "Risk Management Unit", ("2025-09-01", "2026-06-30"),
      "ICT development, 2 person-months", "Audits selected by the system", "0 %", "80 %",
      RUNNING, 35, "Selection rules drafted; waiting for ICT capacity.")
    m("M-027", "Commissioner's integrity statement; integrity a standing item of port "
      "management meetings; integrity objectives in managers' performance contracts",
      "R-010 R-025 R-031", (1, 9), PREV, "Commissioner of Customs", INTEGRITY,
      ("2025-05-20", "2025-07-31"), BUDGET, "Managers with integrity objectives", "0",
      "All 14 port managers", DONE, 100)
    m("M-028", "Night-shift allowance, transport and canteen for port staff, and an annual "
      "integrity award", "R-029 R-039 R-042", (8, 9), PREV, "Director of Human Resources",
      "Finance Directorate", ("2025-09-01", "2026-04-30"), "Allowance budget (Treasury)",
      "Staff satisfaction (survey)", "38 % satisfied (2024)", "60 % satisfied", DELAYED, 20,
      "Allowance awaiting Treasury approval; first award given in December 2025.")
    m("M-029", "Fallback procedure for system outages: manual release only with the Port "
      "Customs Manager's authorisation on numbered forms, entered in the system within "
      "24 hours", "R-036", (2,), PREV, "Port Customs Manager", ICT,
      ("2025-06-01", "2025-10-31"), BUDGET, "Manual releases entered within 24 hours",
      "Not measured", "100 %", DONE, 100)
    m("M-030", "Second analyst review of all red-channel scan images and random re-scans",
      "R-023 R-024", (5, 6), DET, "Head of NII Unit", "Risk Management Unit",
      ("2026-06-15", "2027-03-31"), "Two additional image analysts",
      "Red-channel images reviewed twice", "0 %", "100 %", RUNNING, 25)
    m("M-031", "Move the Customs cash office into the bank hall", "R-033", (5,), PREV,
      "Revenue Accounting Manager", "Finance Directorate", ("2025-06-01", "2025-12-31"),
      "Refurbishment", "Cash handled by Customs staff", "100 %", "0 %", CANCELLED, 0,
      "Cancelled at the May 2026 review: superseded by e-payment (M-004).")
    m("M-032", "Annual trader and broker satisfaction survey, with results published",
      "R-007 R-014 R-039", (3, 10), DET, "Head of Integrity Unit", "Shippers' Council",
      ("2026-06-01", "2027-01-31"), "Survey firm (donor)", "Survey published",
      "Last survey 2024", "Yearly", RUNNING, 30)


# Residual levels that were higher before the measures took effect.
RESIDUAL_MAY_2025 = {
    "R-001": (4, 5), "R-007": (5, 3), "R-008": (4, 4), "R-010": (5, 5), "R-013": (3, 4),
    "R-014": (5, 3), "R-017": (4, 4), "R-019": (5, 4), "R-020": (4, 3), "R-025": (5, 5),
    "R-026": (4, 5), "R-032": (3, 4), "R-033": (4, 5), "R-036": (3, 5), "R-038": (4, 5),
    "R-039": (5, 2), "R-040": (3, 5),
}
RESIDUAL_MAY_2026 = {"R-033": (4, 4)}
ADDED_MAY_2026 = "R-024 R-043 R-046 M-005 M-020 M-024 M-030 M-032"
STATES_MAY_2025 = {"M-004": (RUNNING, 20), "M-027": (RUNNING, 50)}
STATES_MAY_2026 = {
    "M-002": (RUNNING, 40), "M-003": (RUNNING, 40), "M-004": (RUNNING, 80),
    "M-005": (PLANNED, 0), "M-006": (RUNNING, 45), "M-008": (RUNNING, 60),
    "M-012": (RUNNING, 20), "M-014": (RUNNING, 60), "M-016": (RUNNING, 30),
    "M-018": (RUNNING, 10), "M-019": (RUNNING, 25), "M-022": (RUNNING, 40),
    "M-024": (PLANNED, 0), "M-026": (RUNNING, 20), "M-030": (PLANNED, 0),
    "M-032": (PLANNED, 0),
}


def add_history(b: ExampleBuilder) -> None:
    """Workshop votes, the two assessment rounds and a few audit-log lines."""
    b.votes("R-010", {"P02": (4, 5), "P04": (3, 5), "P05": (4, 5), "P07": (5, 5),
                      "P09": (4, 4), "P10": (5, 5), "P13": (4, 5), "P14": (5, 5)})
    b.votes("R-025", {"P02": (4, 5), "P03": (2, 4), "P04": (3, 5), "P08": (4, 5),
                      "P10": (5, 5), "P13": (5, 5), "P14": (4, 5), "P15": (4, 4)})
    plan_2025 = dict.fromkeys(b.measures, (PLANNED, 0)) | STATES_MAY_2025
    b.round("Workshop May 2025", "2025-05-15",
            "Initial mapping workshop at the Port of Sabaki, 13-15 May 2025, 17 participants "
            "(one an observer from the brokers' association); each score agreed by "
            "consensus after individual scoring. Action plan adopted by the Commissioner on "
            "20 May 2025.",
            RESIDUAL_MAY_2025, plan_2025, absent=ADDED_MAY_2026)
    b.round("Review May 2026", "2026-05-22",
            "Annual review, 20-22 May 2026: progress of the action plan checked, all risks "
            "re-scored, three new risks and five new measures added.",
            RESIDUAL_MAY_2026, STATES_MAY_2026)
    a = b.audit
    a("2025-11-18T09:12:00+00:00", "Mary Atieno", "M-001", "status", "in_progress", "done")
    a("2026-05-22T15:40:00+00:00", "Amina K. Salim", "R-010", "residual", "5 x 5", "4 x 5")
    a("2026-05-22T15:55:00+00:00", "Amina K. Salim", "R-046", "statement", "",
      b.risks["R-046"].statement)
    a("2026-05-22T16:20:00+00:00", "Amina K. Salim", "M-031", "status", "planned", "cancelled")
    a("2026-07-01T08:30:00+00:00", "Halima Abdi", "M-004", "status", "in_progress", "done")
    a("2026-07-15T11:05:00+00:00", "Halima Abdi", "R-033", "residual", "4 x 4", "2 x 4")
    a("2026-10-02T10:00:00+00:00", "Joseph Mutua", "M-003", "status", "in_progress",
      "delayed")
    a("2026-11-02T14:25:00+00:00", "Ruth Chebet", "M-008", "progress", "60", "75")
