"""Protecting biometric data: encryption at rest, the admin PIN, backups, retention, erasure.

- ``keys``: the data key (OS keyring where usable, else a 0600 file), identified by a key id
  recorded in the database so a missing or wrong key is detected and explained.
- ``crypto``: ``Protector`` (AES-GCM), ``protector_for(settings, db)``, ``encrypt_existing``.
- ``pin``: the admin PIN as a slow salted scrypt hash, with a growing lock-out.
- ``backup``: one passphrase-encrypted archive (database, settings, data key) and its restore.
- ``retention``: the retention policy and the erasure of a person (receipt in the audit log).
- ``admin``: the admin unlock of a window (PIN once per idle period).
"""
