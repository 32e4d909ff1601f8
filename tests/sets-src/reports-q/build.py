# Builds tests/dev-set/reports/reports-q.jsonl (q1, q2) and reports-q2.jsonl (q3, held back).
# Usage: python3 tests/sets-src/reports-q/build.py  (from the repository root); uses reports-o's lib.py.
import os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
sys.path.insert(0, os.path.join(here, '..', 'reports-o'))
import lib, q1, q2, q3
out = os.path.join(here, '..', '..', 'dev-set', 'reports')
lib.write(q1.docs + q2.docs, os.path.join(out, 'reports-q.jsonl'))
lib.write(q3.docs, os.path.join(out, 'reports-q2.jsonl'))
