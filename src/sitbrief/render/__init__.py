"""Writers that draw a Brief with a resolved Theme: PDF (ReportLab) and PPTX (python-pptx)."""
