"""Parses one message with Python's email package and prints what it found as JSON.

usage: parse_mime.py MESSAGE.eml
"""
import email
import email.policy
import json
import sys

raw = open(sys.argv[1], "rb").read()
head = raw.split(b"\r\n\r\n", 1)[0]
lines = head.split(b"\r\n")
names = [l.split(b":", 1)[0].decode("ascii") for l in lines if l and l[:1] not in (b" ", b"\t")]
msg = email.message_from_bytes(raw, policy=email.policy.default)
parts = []
defects = [str(d) for d in msg.defects]
for part in msg.walk():
    defects += [str(d) for d in part.defects]
    if part.is_multipart():
        continue
    parts.append({
        "type": part.get_content_type(),
        "charset": part.get_content_charset(),
        "encoding": part.get("Content-Transfer-Encoding"),
        "text": part.get_content(),
    })
print(json.dumps({
    "header_names": names,
    "content_type": msg.get_content_type(),
    "subject": str(msg["Subject"]),
    "from": str(msg["From"]),
    "to": str(msg["To"]),
    "to_addresses": [a.addr_spec for a in msg["To"].addresses] if msg["To"] else [],
    "message_id": str(msg["Message-ID"]),
    "list_unsubscribe": str(msg["List-Unsubscribe"]) if msg["List-Unsubscribe"] else None,
    "list_unsubscribe_post": str(msg["List-Unsubscribe-Post"]) if msg["List-Unsubscribe-Post"] else None,
    "parts": parts,
    "defects": defects,
}, ensure_ascii=False))
