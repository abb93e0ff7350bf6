"""A real SMTP server for the tests (Debian's python3-aiosmtpd): every message it accepts is written into a folder
as NAME.eml (the bytes received) and NAME.json (its headers and decoded parts, read with Python's own e-mail
parser), the JSON last, so a file counted by the tests is complete. Prints "READY <port>" once listening.

Usage: /usr/bin/python3 smtp_sink.py --port PORT --folder FOLDER
"""
import argparse
import json
import os
import signal
import threading
import time
from email import message_from_bytes, policy

from aiosmtpd.controller import Controller


class FolderSink:
    def __init__(self, folder):
        self.folder = folder
        self.count = 0

    def write(self, name, data):
        temporary = os.path.join(self.folder, name + ".tmp")
        with open(temporary, "wb") as f:
            f.write(data)
        os.replace(temporary, os.path.join(self.folder, name))

    async def handle_DATA(self, server, session, envelope):
        raw = envelope.original_content or envelope.content
        message = message_from_bytes(raw, policy=policy.default)
        parts = [
            {"type": part.get_content_type(), "charset": part.get_content_charset(), "body": part.get_content()}
            for part in message.walk()
            if not part.is_multipart()
        ]
        summary = {
            "messageId": message["Message-ID"],
            "from": str(message["From"]),
            "to": str(message["To"]),
            "subject": str(message["Subject"]),
            "contentType": message.get_content_type(),
            "contentLanguage": message["Content-Language"],
            "envelopeFrom": envelope.mail_from,
            "envelopeTo": list(envelope.rcpt_tos),
            "parts": parts,
        }
        # Unique across restarts of the server on the same folder.
        self.count += 1
        name = f"{time.time_ns()}-{os.getpid()}-{self.count}"
        self.write(name + ".eml", raw)
        self.write(name + ".json", json.dumps(summary, ensure_ascii=False).encode("utf-8"))
        return "250 Message accepted for delivery"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--folder", required=True)
    args = parser.parse_args()
    os.makedirs(args.folder, exist_ok=True)
    controller = Controller(FolderSink(args.folder), hostname="127.0.0.1", port=args.port)
    controller.start()
    print(f"READY {args.port}", flush=True)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    stop.wait()
    controller.stop()


if __name__ == "__main__":
    main()
