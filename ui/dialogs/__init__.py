"""Dialogs: the risk editor, quick capture, links of a measure, export options."""
