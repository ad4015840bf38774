"""Verifies the DKIM signature of one message with python3-dkim, without DNS.

usage: verify_dkim.py MESSAGE.eml TXT_RECORD_FILE EXPECTED_QNAME
Prints "pass" or "fail: ..." ; exit 3 when python3-dkim is missing.
"""
import sys

try:
    import dkim
except ImportError:
    print("missing: install python3-dkim (.ci/run does)")
    sys.exit(3)

message = open(sys.argv[1], "rb").read()
record = open(sys.argv[2], "rb").read().strip()
expected = sys.argv[3].encode()
asked = []


def dnsfunc(name, timeout=5):
    asked.append(name)
    return record if name.rstrip(b".") == expected else None


try:
    ok = dkim.verify(message, dnsfunc=dnsfunc)
except Exception as e:  # noqa: BLE001 - report any verifier error as a failure
    print("fail: %r (asked %r)" % (e, asked))
    sys.exit(1)
print("pass" if ok else "fail: signature does not verify (asked %r)" % asked)
sys.exit(0 if ok else 1)
