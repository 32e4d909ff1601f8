# Builds tests/dev-set/reports/reports-o.jsonl (o1..o5) and reports-o2.jsonl (p1, p2, held back).
# Usage: python3 tests/sets-src/reports-o/build.py  (from the repository root)
# lib.py is tests/sets-src/build.py's claim builder with every field written and a quote found at a
# number's boundaries ("8" is not the 8 of "28"), plus row() for table rows.
import os, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
import lib, o1, o2, o3, o4, o5, p1, p2
out = os.path.join(here, '..', '..', 'dev-set', 'reports')
lib.write(o1.docs + o2.docs + o3.docs + o4.docs + o5.docs, os.path.join(out, 'reports-o.jsonl'))
lib.write(p1.docs + p2.docs, os.path.join(out, 'reports-o2.jsonl'))
