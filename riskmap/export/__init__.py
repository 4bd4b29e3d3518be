"""Exports for managers: Excel workbook, PDF report, SVG drawings."""
