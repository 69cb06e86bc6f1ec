#!/usr/bin/env python3
"""A mail server for the cluster drill: accepts every mail on 127.0.0.1:PORT and appends one line per
recipient to FILE: the time, the Message-ID and the recipient. Nothing is relayed.

    mail-sink.py PORT FILE
"""
import asyncore
import email
import smtpd
import sys
import time
import warnings

warnings.simplefilter("ignore", DeprecationWarning)


class Sink(smtpd.SMTPServer):
    def __init__(self, port, path):
        super().__init__(("127.0.0.1", port), None, decode_data=False)
        self.path = path

    def process_message(self, peer, mailfrom, rcpttos, data, **kwargs):
        message = email.message_from_bytes(data)
        with open(self.path, "a", encoding="utf-8") as out:
            for rcpt in rcpttos:
                out.write(f"{int(time.time() * 1000)} {message.get('Message-ID', '-')} {rcpt}\n")
        return None


if __name__ == "__main__":
    Sink(int(sys.argv[1]), sys.argv[2])
    asyncore.loop()
