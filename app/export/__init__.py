"""Exports: Excel (openpyxl) and PDF (reportlab) writers that take ReportData, never the database."""
