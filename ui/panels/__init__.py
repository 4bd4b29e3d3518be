"""Docked panels: the stage inspector and the dashboard."""
