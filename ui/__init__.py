"""Conecta's docks: the guided analysis (Analysis dock) and the indicator reader (Indicators dock)."""
