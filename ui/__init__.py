"""The riskmap desktop application (PySide6)."""
