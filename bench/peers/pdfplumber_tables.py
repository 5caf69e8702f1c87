"""The peer reader for `bench/readers.js`: pdfplumber's extract_tables() on each PDF given, timed.

Prints one JSON line per file: pages, seconds, tables and cells found. pdfplumber is what the
GovBudgetChecker project reads these documents with (`pip install pdfplumber`, bench only).
"""
import json
import sys
import time

import pdfplumber

for path in sys.argv[1:]:
    start = time.perf_counter()
    tables = cells = 0
    with pdfplumber.open(path) as pdf:
        pages = len(pdf.pages)
        for page in pdf.pages:
            for table in page.extract_tables():
                tables += 1
                cells += sum(1 for row in table for cell in row if cell not in (None, ""))
    print(json.dumps({"file": path, "pages": pages, "seconds": time.perf_counter() - start, "tables": tables, "cells": cells}), flush=True)
