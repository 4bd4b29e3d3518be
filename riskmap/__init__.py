"""riskmap: corruption risk mapping for Customs administrations (WCO method)."""

__version__ = "0.1.0"
