"""Small reusable widgets: level pickers, band chips, check groups, holder choosers."""
