# Builds tests/dev-set/reports/reports-r.jsonl (r1) and reports-r2.jsonl (r2, held back).
# Usage: python3 tests/sets-src/reports-r/build.py  (from the repository root); uses reports-o's lib.py.
import os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
sys.path.insert(0, os.path.join(here, '..', 'reports-o'))
import lib, r1, r2
out = os.path.join(here, '..', '..', 'dev-set', 'reports')
lib.write(r1.docs, os.path.join(out, 'reports-r.jsonl'))
lib.write(r2.docs, os.path.join(out, 'reports-r2.jsonl'))
