# Builds tests/dev-set/reports/reports-s.jsonl (s1) and reports-s2.jsonl (s2, held back).
# Usage: python3 tests/sets-src/reports-s/build.py  (from the repository root); uses reports-o's lib.py.
import os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
sys.path.insert(0, os.path.join(here, '..', 'reports-o'))
import lib, s1, s2
out = os.path.join(here, '..', '..', 'dev-set', 'reports')
lib.write(s1.docs, os.path.join(out, 'reports-s.jsonl'))
lib.write(s2.docs, os.path.join(out, 'reports-s2.jsonl'))
